"""PDF lines → the text the readers understand: one paragraph per line, page furniture set
aside, hyphenation at line ends repaired.

Running headers and footers (text that repeats in the top or bottom margin of several
pages, page numbers changing) and bare page numbers are set aside with their reason, as
the bundled review's page furniture is. Lines join into a paragraph until a gap, a change
of size, a first-line indent or a short line that ends a sentence says a new one starts; a
paragraph left open at the end of a column or page continues in the next. A word broken
at a line end (`haema-` / `tological`) is joined; a compound the document prints whole
elsewhere (`co-culture`) keeps its hyphen. After the reference heading, lines are kept as
printed, with blank lines between paragraphs, since the list readers split entries
themselves.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mmrefs.ingest.layout import CAPTION_LABEL, ends_sentence
from mmrefs.ingest.pagelines import Line, page_lines
from mmrefs.ingest.reflist import HEADING, looks_complete
from mmrefs.text import has_cjk

if TYPE_CHECKING:  # pdfminer (behind formats.pdf) loads only when a PDF is read
    from mmrefs.formats.pdf import PdfPage

MARGIN = 0.08  # share of the page height at top and bottom where furniture is printed
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)
PARAGRAPH_GAP = 0.6  # white space between lines, in sizes, that starts a new paragraph
SIZE_CHANGE = 0.05  # a line this much larger or smaller than the last starts a new block
_HYPHENATED = re.compile(r"\b([A-Za-z]+)-([A-Za-z]+)\b")
_BROKEN = re.compile(r"([A-Za-z]+)-$")
_RANGE_BROKEN = re.compile(r"\d[-–]$")
_DEFINES = re.compile(r"^<sup>[^<]{1,3}</sup>")  # `¹Department of …`, `ᵃ Measured in …`


@dataclass(frozen=True, slots=True)
class SetAside:
    """Text of the PDF that is not part of the document's flow, and why."""

    page: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class PageText:
    """The PDF as text, how many pages it has, and what was set aside."""

    text: str
    pages: int
    set_aside: tuple[SetAside, ...]


def _zone(line: Line, page: PdfPage) -> str:
    if line.y1 >= page.height * (1 - MARGIN):
        return "top"
    return "bottom" if line.y0 <= page.height * MARGIN else ""


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def furniture(pages: Sequence[PdfPage], lines: Sequence[list[Line]]) -> dict[int, str]:
    """id(line) → reason, for page numbers and for headers or footers that repeat."""
    repeated = Counter(
        (_zone(line, page), _shape(line.text))
        for page, page_lines_ in zip(pages, lines, strict=True)
        for line in {_shape(x.text): x for x in page_lines_ if _zone(x, page)}.values()
    )
    out: dict[int, str] = {}
    for page, page_lines_ in zip(pages, lines, strict=True):
        for line in page_lines_:
            zone = _zone(line, page)
            if zone and PAGE_NUMBER.match(line.text):
                out[id(line)] = "page number"
            elif zone and repeated[(zone, _shape(line.text))] >= 2:
                out[id(line)] = f"running {'header' if zone == 'top' else 'footer'}"
    return out


def hyphenated_words(lines: Sequence[Line]) -> frozenset[str]:
    """Compounds the document prints with a hyphen inside a line (`co-culture`)."""
    return frozenset(m.group(0).lower() for line in lines for m in _HYPHENATED.finditer(line.text))


def join(text: str, more: str, compounds: frozenset[str]) -> str:
    """Two lines of one paragraph: a word broken at the line end is rejoined, keeping the
    hyphen only of a compound the document prints whole elsewhere."""
    broken = _BROKEN.search(text)
    head = re.match(r"[a-z]+", more)
    if broken and head:
        compound = f"{broken.group(1)}-{head.group(0)}".lower()
        return text + more if compound in compounds else text[:-1] + more
    if text and more and has_cjk(text[-1]) and has_cjk(more[0]):
        return text + more
    return f"{text} {more}"


def _starts_paragraph(prev: Line, line: Line, text: str, left: float, listing: bool) -> bool:
    """Whether `line` starts a paragraph rather than continuing the one `prev` ended."""
    if line.cells > 1 or prev.cells > 1 or abs(line.size - prev.size) > SIZE_CHANGE * prev.size:
        return True
    if CAPTION_LABEL.match(line.text) or HEADING.match(line.text) or _DEFINES.match(line.text):
        return True
    if (prev.page, prev.band, prev.region) != (line.page, line.band, line.region):
        return ends_sentence(text) or (listing and looks_complete(text, True))
    if prev.y0 - line.y1 > PARAGRAPH_GAP * line.size or line.x0 > left + line.size:
        return True
    return ends_sentence(text) and prev.x1 < line.x1 - 2 * line.size


def _unbroken(text: str, more: str) -> bool:
    """Whether a list line continues the last without a space: a page range broken at its
    dash, or Chinese text (which has no spaces to break at)."""
    if _RANGE_BROKEN.search(text) and more[:1].isdigit():
        return True
    return bool(text) and bool(more) and has_cjk(text[-1]) and has_cjk(more[0])


class _Writer:
    """Collects output lines: paragraphs in the body, printed lines in the list."""

    def __init__(self, compounds: frozenset[str]) -> None:
        self.out: list[str] = []
        self.para = ""
        self.prev: Line | None = None
        self.listing = False
        self.compounds = compounds

    def add(self, line: Line, left: float) -> None:
        prev, self.prev = self.prev, line
        before = self.para or (prev.text if prev else "")
        starts = prev is None or _starts_paragraph(prev, line, before, left, self.listing)
        if self.listing:
            indent = "    " if line.x0 > left + line.size / 2 else ""
            if not starts and _unbroken(self.out[-1], line.text):
                self.out[-1] += line.text  # `1-` / `11.`, `研` / `究`: one word or range
            else:
                blank = starts and prev is not None and not HEADING.match(self.out[-1])
                self.out += ["", indent + line.text] if blank else [indent + line.text]
            return
        if starts or not self.para:
            self.flush()
            self.para = line.text
        else:
            self.para = join(self.para, line.text, self.compounds)
        if HEADING.match(line.text):
            self.flush()
            self.listing = True

    def flush(self) -> None:
        if self.para:
            self.out.append(self.para)
        self.para = ""


def text_from_pages(pages: Sequence[PdfPage]) -> PageText:
    """The document's text from its pages' glyphs."""
    lines = [page_lines(page) for page in pages]
    aside = furniture(pages, lines)
    kept = [line for page in lines for line in page if id(line) not in aside]
    lefts: dict[tuple[int, int, str], float] = {}
    for line in kept:
        key = (line.page, line.band, line.region)
        lefts[key] = min(lefts.get(key, line.x0), line.x0)
    writer = _Writer(hyphenated_words(kept))
    for line in kept:
        writer.add(line, lefts[(line.page, line.band, line.region)])
    writer.flush()
    set_aside = tuple(
        SetAside(line.page, line.text, aside[id(line)])
        for page in lines
        for line in page
        if id(line) in aside
    )
    return PageText("\n".join(writer.out) + "\n", len(pages), set_aside)
