"""Unnumbered reference lists (author–year papers): find the list, split it into entries.

An alphabetical list has no labels to split on. An entry is one paragraph when blank lines
separate entries, one hanging-indent block when continuation lines are indented, and
otherwise starts at a line that opens with a name (`Smith, J.`, `van der Berg A`, `张三,`)
once the entry before it looks complete (reflist.looks_complete). Lines wrapped inside an
entry, or split by a page break, are rejoined; page numbers, running heads and captions in
between are kept as skipped text. Each entry's number is its position in the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mmrefs.ingest.reflist import HEADING, RawEntry, SplitList, looks_complete
from mmrefs.model import SkippedText, SourceLoc
from mmrefs.text import has_cjk

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LETTER = r"[^\W\d_\u3400-\u9fff]"
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|du|la|le|dos|das|ter|ten|zu)"
_SURNAME = (
    rf"(?:{_PARTICLE}\s+){{0,3}}(?:[dDlL]['’]|O['’])?[{_UPPER}]{_LETTER}+"
    rf"(?:[-'’][{_UPPER}]?{_LETTER}+)*"
)
ENTRY_START = re.compile(
    rf"^{_SURNAME}(?:\s+{_SURNAME})?"
    r"(?:,\s*(?:[A-Z]\.|[A-Z][a-z]+\b)|\s+[A-Z]{1,3}(?:[,.]|\s+[A-Z][a-z])|\s*\(\d{4}|,\s*\d{4})"
    r"|^[\u3400-\u9fff]{2,4}\s*[,，.．、]"
    r"|^[A-Z][A-Za-z&.\- ]{2,60}[,.]\s*(?:\(?\d{4}|n\.\s?d\.)"
)
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?![\d])|n\.\s?d\.|in\s+press")
_FURNITURE = re.compile(r"^\s*(?:\d{1,4}|第\s*\d+\s*页|page\s+\d+(?:\s+of\s+\d+)?)\s*$", re.I)
_CAPTION = re.compile(r"^\s*(?:图|表|Fig(?:ure)?\.?|Table|Scheme)\s*\d", re.IGNORECASE)
BACK_MATTER = re.compile(
    r"^\s*(?:#+\s*)?(?:appendix|appendices|supplementary|supporting information|figure legends|"
    r"figure captions|tables?|acknowledge?ments?|附录|致谢)\b\s*[:：]?\s*$",
    re.IGNORECASE,
)
_HYPHEN_END = re.compile(r"[A-Za-z]-$")
MIN_ENTRIES = 2
TAIL = 200  # characters of an entry's end that decide whether it looks complete


def _starts_entry(line: str) -> bool:
    return line[:1] not in " \t" and bool(ENTRY_START.match(line))


def find_unnumbered_start(lines: list[str]) -> int | None:
    """Index of the first line after the last reference heading that is followed by
    entries starting with a name (and holding a year), or 0 for a file that is only such
    a list; None when there is no unnumbered list."""
    heads = [i for i, line in enumerate(lines) if HEADING.match(line)]
    for i in reversed(heads):
        window = [ln for ln in lines[i + 1 : i + 40] if ln.strip()]
        if sum(1 for ln in window if _starts_entry(ln) and _YEAR.search(ln)) >= MIN_ENTRIES:
            return i + 1
    filled = [ln for ln in lines if ln.strip()]
    dated = sum(1 for ln in filled if _starts_entry(ln) and _YEAR.search(ln))
    if heads or len(filled) < 3 or dated < max(3, len(filled) // 2):
        return None
    return 0


@dataclass(slots=True)
class _Open:
    """The entry being read: its pieces and where it starts and ends."""

    line: int
    end_line: int
    pieces: list[str] = field(default_factory=list)
    dated: bool = False  # whether a year has been seen, so the whole text is never rescanned

    def add(self, piece: str, lineno: int) -> None:
        """Append a wrapped line; a hyphen at a line end joins a word without a space, and
        Chinese text needs none."""
        last = self.pieces[-1] if self.pieces else ""
        if _HYPHEN_END.search(last) and piece[:1].islower():
            self.pieces[-1] = last[:-1]
        elif last and not (has_cjk(last[-1]) and has_cjk(piece[:1])):
            self.pieces.append(" ")
        self.pieces.append(piece)
        self.end_line = lineno
        self.dated = self.dated or bool(_YEAR.search(piece))

    def text(self) -> str:
        return "".join(self.pieces)

    def complete(self) -> bool:
        """Whether the entry looks finished, judged on its last pieces only, so a run-on
        entry costs the same per line however long it grows."""
        tail = "".join(self.pieces[-8:])[-TAIL:]
        return looks_complete(tail, self.dated or bool(_YEAR.search(tail)))


def layout_of(lines: list[str]) -> tuple[bool, bool]:
    """(entries are blank-line paragraphs, entries use hanging indents) for the list."""
    starts = [i for i, ln in enumerate(lines) if _starts_entry(ln)]
    after_blank = sum(1 for i in starts if i > 0 and not lines[i - 1].strip())
    indented = sum(1 for ln in lines if ln.strip() and ln[:1] in " \t")
    return after_blank >= 0.6 * len(starts) > 0, indented > 0 and len(starts) > 0


def split_unnumbered(lines: list[str], file: str, start: int) -> SplitList:
    """Split the unnumbered list starting at line index `start` into RawEntry values
    numbered by position; every other line becomes SkippedText with its reason."""
    paragraphs, hanging = layout_of(lines[start:])
    entries: list[_Open] = []
    skipped: list[SkippedText] = []
    blank_before, ended = True, False
    for idx in range(start, len(lines)):
        raw, lineno = lines[idx], idx + 1
        line = raw.strip()
        if not line:
            blank_before = True
            continue
        why = _set_aside(line, ended, not entries)
        ended = ended or why == "after the reference list"
        if why:
            skipped.append(SkippedText(line, SourceLoc(file, lineno), why))
        elif _opens(raw, entries, blank_before, paragraphs, hanging):
            entries.append(_Open(lineno, lineno, [line], bool(_YEAR.search(line))))
        else:
            entries[-1].add(line, lineno)
        blank_before = False
    raw_entries = tuple(
        RawEntry(pos, "", e.text(), e.line, e.end_line) for pos, e in enumerate(entries, 1)
    )
    return SplitList(raw_entries, tuple(skipped), start + 1)


def _set_aside(line: str, ended: bool, before_first: bool) -> str:
    """Why a line belongs to no entry ('' when it does)."""
    if ended or BACK_MATTER.match(line):
        return "after the reference list"
    if _CAPTION.match(line):
        return "figure or table caption inside the reference list"
    if _FURNITURE.match(line):
        return "page number or running header inside the reference list"
    if before_first and not _starts_entry(line):
        return "text before the first entry"
    return ""


def _opens(raw: str, entries: list[_Open], blank_before: bool, paras: bool, hanging: bool) -> bool:
    """Whether line `raw` starts a new entry rather than continuing the open one."""
    if not entries:
        return True
    if not _starts_entry(raw.lstrip() if not hanging else raw):
        return False
    if paras:
        return blank_before
    return hanging or entries[-1].complete()
