"""Find a numbered reference list and split it into entries, rejoining page-break splits.

PDF text puts figure captions and page furniture inside the list, and splits one entry over
a page break. Each line is classified once (entry start, continuation, insertion, blank) so
every input line ends up in exactly one entry or one SkippedText: nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mmrefs.model import SkippedText, SourceLoc
from mmrefs.text import cjk_ratio

HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:\d+\.?\s*)?(?:参考文献|参 考 文 献|references?|bibliography|"
    r"literature\s+cited|works\s+cited|cited\s+literature)\b\s*(?:\(?\s*references?\s*\)?)?"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
LABEL = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:\[(?P<a>\d{1,7})\]|(?P<b>\d{1,7})\.(?=\s)|\((?P<c>\d{1,7})\)|"
    r"（(?P<d>\d{1,7})）)\s*"
)
_BULLET = re.compile(r"^\s*[-*•]\s+")
_CAPTION = re.compile(r"^\s*(?:图|表|Fig(?:ure)?\.?|Table|Scheme)\s*\d", re.IGNORECASE)
_FURNITURE = re.compile(r"^\s*(?:\d{1,4}|第\s*\d+\s*页|page\s+\d+(?:\s+of\s+\d+)?)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class RawEntry:
    """One entry's text as printed, with its label number and line span."""

    number: int
    label: str
    text: str
    line: int
    end_line: int


@dataclass(frozen=True, slots=True)
class SplitList:
    """The result of splitting: entries plus every line that belonged to none of them."""

    entries: tuple[RawEntry, ...]
    skipped: tuple[SkippedText, ...]
    start_line: int


def find_list_start(lines: list[str]) -> int | None:
    """Index of the first line after the last reference heading, or 0 for a bare list."""
    heads = [i for i, line in enumerate(lines) if HEADING.match(line)]
    for i in reversed(heads):
        if any(LABEL.match(line) for line in lines[i + 1 : i + 40]):
            return i + 1
    labelled = [line for line in lines if line.strip()]
    if labelled and sum(1 for line in labelled if LABEL.match(line)) >= max(1, len(labelled) // 3):
        return 0
    return None


def label_number(line: str) -> tuple[int, str] | None:
    match = LABEL.match(line)
    if not match:
        return None
    digits = next(g for g in match.groups() if g is not None)
    return int(digits), match.group(0)


def looks_complete(text: str) -> bool:
    """Whether an entry ends the way references end (page, year, DOI/URL, full stop)."""
    tail = text.rstrip()
    return bool(
        re.search(r"(?:\d|[A-Za-z]\d*)\.?\s*$", tail) and re.search(r"\b(1[5-9]|20)\d{2}\b", tail)
    ) or bool(re.search(r"(?:doi:\s*|https?://)\S+\s*$", tail, re.I))


def is_insertion(line: str, entry_text: str, bulleted: bool) -> str:
    """Why a non-label line is not part of the open entry ('' when it is a continuation)."""
    if _CAPTION.match(line):
        return "figure or table caption inside the reference list"
    if _FURNITURE.match(line):
        return "page number or running header inside the reference list"
    if bulleted and not _BULLET.match(line):
        return "unbulleted text between bulleted entries (page-break insertion)"
    if looks_complete(entry_text) and not _BULLET.match(line) and len(line) > 120:
        return "prose after a complete entry"
    if cjk_ratio(line) > 0.5 and cjk_ratio(entry_text) < 0.05 and len(line) > 40:
        return "Chinese prose inside a Latin-script entry (page-break insertion)"
    return ""


def split_reference_list(text: str, file: str, start: int) -> SplitList:
    """Split the list that starts at line index `start` into RawEntry values."""
    lines = text.splitlines()
    bulleted = sum(1 for ln in lines[start:] if LABEL.match(ln) and _BULLET.match(ln)) > 0
    entries: list[RawEntry] = []
    skipped: list[SkippedText] = []
    current: dict[str, object] | None = None

    def close() -> None:
        if current is not None:
            entries.append(RawEntry(**current))  # type: ignore[arg-type]

    for idx in range(start, len(lines)):
        line, lineno = lines[idx], idx + 1
        if not line.strip():
            continue
        labelled = label_number(line)
        if labelled:
            close()
            number, label = labelled
            body = line[len(label) :].strip()
            current = {
                "number": number,
                "label": label.strip(),
                "text": body,
                "line": lineno,
                "end_line": lineno,
            }
            continue
        why = (
            "text before the first numbered entry"
            if current is None
            else is_insertion(line, str(current["text"]), bulleted)
        )
        if why:
            skipped.append(SkippedText(line.strip(), SourceLoc(file, lineno), why))
            continue
        assert current is not None
        piece = _BULLET.sub("", line).strip()
        current["text"] = join_continuation(str(current["text"]), piece)
        current["end_line"] = lineno
    close()
    return SplitList(tuple(entries), tuple(skipped), start + 1)


def join_continuation(head: str, tail: str) -> str:
    """Join two halves of an entry; a hyphen at a line end joins words without a space."""
    if re.search(r"[A-Za-z]-$", head) and tail[:1].islower():
        return head + tail
    return f"{head} {tail}"
