"""Find a numbered reference list and split it into entries, rejoining page-break splits.

PDF text puts figure captions and page furniture inside the list, and splits one entry over
a page break. Each line is classified once (entry start, continuation, insertion, blank) so
every input line ends up in exactly one entry or one SkippedText: nothing is lost.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

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


def label_number(line: str) -> tuple[int, str, int] | None:
    """A line's label: its number, the label as printed, and its form (which of `[n]`,
    `n.`, `(n)`, `（n）` it is: the index of the group that matched)."""
    match = LABEL.match(line)
    if not match:
        return None
    # `LABEL`'s groups are alternatives, so the one that matched is the last one that did
    form = match.lastindex or 0
    return int(match.group(form)), match.group(0), form


def usual_form(labels: Iterable[tuple[int, str, int] | None]) -> int:
    """The label form most entries of a list are printed with (0 if none)."""
    forms = Counter(label[2] for label in labels if label)
    return forms.most_common(1)[0][0] if forms else 0


def starts_entry(number: int, form: int, usual: int, entry: OpenEntry | None) -> bool:
    """Whether a labelled line starts an entry: one in the list's usual form always does
    (a wrong number is reported, not merged), one in another form only as the next
    number. Otherwise it is text wrapped inside the entry: `(2011). Title…` of an
    author-date entry, `(2):45-50` of an issue, at the start of a line in a `[n]` list."""
    return entry is None or form == usual or number == entry.number + 1


_YEAR = re.compile(r"\b(1[5-9]|20)\d{2}\b")
_HYPHEN_END = re.compile(r"[A-Za-z]-$")
_TAIL = 200  # how much of an entry's end decides whether it looks complete


def looks_complete(text: str, has_year: bool | None = None) -> bool:
    """Whether an entry ends the way references end (page, year, DOI/URL, full stop).

    Only the end of the text is searched (`has_year` may say whether a year was seen
    anywhere), so a runaway entry in garbage input costs no more per line than a short one.
    """
    tail = text[-_TAIL:].rstrip()
    year = bool(_YEAR.search(text)) if has_year is None else has_year
    return bool(re.search(r"(?:\d|[A-Za-z]\d*)\.?\s*$", tail) and year) or bool(
        re.search(r"(?:doi:\s*|https?://)\S+\s*$", tail, re.I)
    )


@dataclass(slots=True)
class OpenEntry:
    """The entry being read: its pieces, joined once when it closes, and what is known
    about them, so that judging a line costs the same however long the entry has grown.
    Both facts are gathered lazily, from the pieces not yet looked at, since only a long
    continuation line asks for them: most entries are one line and never do."""

    number: int
    label: str
    line: int
    end_line: int
    pieces: list[str]
    has_year: bool = False
    year_checked: int = 0  # pieces searched for a year (none found in them, or `has_year`)
    counted: int = 0  # pieces whose characters are in `cjk` and `chars`
    cjk: float = 0.0
    chars: int = 0

    def add(self, piece: str, lineno: int) -> None:
        """Append a line; a hyphen at a line end joins words without a space."""
        if not (_HYPHEN_END.search(self.pieces[-1]) and piece[:1].islower()):
            self.pieces.append(" ")
        self.pieces.append(piece)
        self.end_line = lineno

    def year_seen(self) -> bool:
        """Whether a piece holds a year (each piece is searched once at most)."""
        while not self.has_year and self.year_checked < len(self.pieces):
            self.has_year = _YEAR.search(self.pieces[self.year_checked]) is not None
            self.year_checked += 1
        return self.has_year

    def tail(self) -> str:
        """The last `_TAIL` characters or so of the text (whole pieces)."""
        size, idx = 0, len(self.pieces)
        while idx > 0 and size < _TAIL:
            idx -= 1
            size += len(self.pieces[idx])
        return "".join(self.pieces[idx:])

    def is_latin(self) -> bool:
        """Under 5% CJK ideographs; counted lazily, only when a Chinese line asks."""
        for piece in self.pieces[self.counted :]:
            visible = len(piece) - sum(map(str.isspace, piece))
            self.cjk += 0.0 if piece.isascii() else cjk_ratio(piece) * visible
            self.chars += visible
        self.counted = len(self.pieces)
        return self.chars == 0 or self.cjk / self.chars < 0.05

    def close(self) -> RawEntry:
        text = "".join(self.pieces)
        return RawEntry(self.number, self.label, text, self.line, self.end_line)


def is_insertion(line: str, entry: OpenEntry, bulleted: bool) -> str:
    """Why a non-label line is not part of the open entry ('' when it is a continuation)."""
    if _CAPTION.match(line):
        return "figure or table caption inside the reference list"
    if _FURNITURE.match(line):
        return "page number or running header inside the reference list"
    if bulleted and not _BULLET.match(line):
        return "unbulleted text between bulleted entries (page-break insertion)"
    if (
        len(line) > 120
        and not _BULLET.match(line)
        and looks_complete(entry.tail(), entry.year_seen())
    ):
        return "prose after a complete entry"
    if len(line) > 40 and not line.isascii() and cjk_ratio(line) > 0.5 and entry.is_latin():
        return "Chinese prose inside a Latin-script entry (page-break insertion)"
    return ""


def split_reference_list(text: str, file: str, start: int) -> SplitList:
    """Split the list that starts at line index `start` into RawEntry values."""
    return split_lines(text.splitlines(), file, start)


def split_lines(lines: list[str], file: str, start: int) -> SplitList:
    """Split the list that starts at line index `start` of `lines` into RawEntry values."""
    # the bullet first: it fails at once on most lines, and a bulleted line is rare
    bulleted = any(_BULLET.match(ln) and LABEL.match(ln) for ln in islice(lines, start, None))
    labels = [label_number(line) for line in islice(lines, start, None)]
    usual = usual_form(labels)
    entries: list[RawEntry] = []
    skipped: list[SkippedText] = []
    current: OpenEntry | None = None
    for idx in range(start, len(lines)):
        line, lineno = lines[idx], idx + 1
        if not line.strip():
            continue
        labelled = labels[idx - start]
        if labelled and starts_entry(labelled[0], labelled[2], usual, current):
            if current is not None:
                entries.append(current.close())
            number, label, _ = labelled
            body = line[len(label) :].strip()
            current = OpenEntry(number, label.strip(), lineno, lineno, [body])
            continue
        if current is None:
            why = "text before the first numbered entry"
        else:
            why = is_insertion(line, current, bulleted)
        if why:
            skipped.append(SkippedText(line.strip(), SourceLoc(file, lineno), why))
        else:
            assert current is not None
            current.add(_BULLET.sub("", line).strip(), lineno)
    if current is not None:
        entries.append(current.close())
    return SplitList(tuple(entries), tuple(skipped), start + 1)
