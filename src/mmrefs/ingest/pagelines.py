"""PDF glyphs → printed lines in reading order: columns, superscripts, table cells.

A page is read in bands from top to bottom: a band of lines that cross the gutter (title,
abstract, a table or figure set across the page) is read as it stands; a band of two
columns is read left column first, then right. The gutter is where no line of the page
prints: a run of empty x positions near the middle. A glyph is a superscript when it is
smaller than its line's text and raised above its baseline (`cm²`, a citation `⁴`); it is
written `<sup>…</sup>`, as the DOCX reader writes superscript runs, so that both are judged
on the same evidence. A gap far wider than the line's word gaps separates table cells.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pdfminer (behind formats.pdf) loads only when a PDF is read
    from mmrefs.formats.pdf import Glyph, PdfPage

SUP_RAISE = 0.2  # share of the line's size a glyph's bottom rises to be a superscript
SUP_SIZE = 0.95  # and it is smaller than this share of the line's size
SPACE_GAP = 0.18  # a gap wider than this share of the size is a space the PDF did not print
CELL_GAP = 1.8  # a gap this many sizes wide separates table cells
NARROW_CELL_GAP = 1.2  # so does one this wide that is also CELL_RATIO times the narrowest
CELL_RATIO = 3.0
EVEN_GAPS = 0.5  # a justified line's word gaps differ by less than this many sizes
GUTTER_MIN = 4.0  # points: a narrower empty strip is not a gutter
GUTTER_SHARE = 0.5  # lines crossing a gutter: at most this share of those beside it
GUTTER_SIDE = 4  # a column has at least this many lines
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line of one region: its text (cells joined by tabs), where it stands
    (page, band from the top, region `span`/`left`/`right`) and its box and size."""

    text: str
    page: int
    band: int
    region: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    cells: int = 1


def cluster(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into lines: a glyph joins the line whose main box holds its centre,
    so a raised superscript stays with its line and the next line down does not."""
    lines: list[list[Glyph]] = []
    box: tuple[float, float, float] = (0.0, 0.0, 0.0)  # y0, y1, size of the line's biggest
    for glyph in sorted(glyphs, key=lambda g: -(g.y0 + g.y1) / 2):
        centre = (glyph.y0 + glyph.y1) / 2
        if lines and box[0] <= centre <= box[1]:
            lines[-1].append(glyph)
            if glyph.size > box[2]:
                box = (glyph.y0, glyph.y1, glyph.size)
            continue
        lines.append([glyph])
        box = (glyph.y0, glyph.y1, glyph.size)
    return lines


def coverage(rows: list[list[Glyph]], width: float) -> list[int]:
    """For each point across the page, how many lines print something there."""
    cover = [0] * (int(width) + 2)
    for row in rows:
        hit: set[int] = set()
        for glyph in row:
            hit.update(range(max(0, int(glyph.x0)), min(len(cover), int(glyph.x1) + 1)))
        for x in hit:
            cover[x] += 1
    return cover


def find_gutter(rows: list[list[Glyph]], width: float) -> tuple[float, float] | None:
    """The empty strip between two columns, if the page has one: the least printed strip
    near the middle, crossed by at most half as many lines as either side prints."""
    cover = coverage(rows, width)
    low, high = int(width * 0.3), int(width * 0.7)
    if high - low < GUTTER_MIN:
        return None
    least = min(cover[low:high])
    runs: list[tuple[int, int]] = []
    for x in range(low, high):
        if cover[x] <= least + 1:
            if runs and runs[-1][1] == x:
                runs[-1] = (runs[-1][0], x + 1)
            else:
                runs.append((x, x + 1))
    start, end = max(runs, key=lambda r: r[1] - r[0])
    left = [c for c in cover[int(width * 0.1) : start] if c]
    right = [c for c in cover[end : int(width * 0.9)] if c]
    if end - start < GUTTER_MIN or not left or not right:
        return None
    sides = min(statistics.median(left), statistics.median(right))
    return (start, end) if sides >= GUTTER_SIDE and least <= GUTTER_SHARE * sides else None


def _crosses(row: list[Glyph], gutter: tuple[float, float] | None) -> bool:
    return gutter is None or any(g.x0 < gutter[1] and g.x1 > gutter[0] for g in row)


def _left_ends(rows: list[list[Glyph]], middle: float) -> list[tuple[float, float]]:
    """(right end, size) of the left-hand part of each row that has one."""
    parts = [[g for g in row if (g.x0 + g.x1) / 2 < middle] for row in rows]
    return [(max(g.x1 for g in part), part[0].size) for part in parts if part]


def _columns(rows: list[list[Glyph]], edge: float, middle: float) -> bool:
    """Whether rows that leave the gutter empty are two columns of text rather than a
    table or figure set across the page: some left-hand line ends at the column's edge."""
    ends = _left_ends(rows, middle)
    return not ends or any(edge - 2 * size <= end <= edge + size / 2 for end, size in ends)


def bands(page: PdfPage) -> list[list[tuple[str, list[Glyph]]]]:
    """The page's glyphs in bands from the top: each band one `span` region, or a `left`
    and a `right` column."""
    rows = cluster(page.glyphs)
    gutter = find_gutter(rows, page.width)
    groups: list[tuple[bool, list[list[Glyph]]]] = []
    for row in rows:
        crosses = _crosses(row, gutter)
        if groups and groups[-1][0] == crosses:
            groups[-1][1].append(row)
        else:
            groups.append((crosses, [row]))
    out: list[list[tuple[str, list[Glyph]]]] = []
    spans = False
    middle = (gutter[0] + gutter[1]) / 2 if gutter else 0.0
    ends = sorted(end for c, g in groups if not c for end, _ in _left_ends(g, middle))
    edge = ends[int(len(ends) * 0.9)] if ends else 0.0  # the left column's right edge
    for crosses, group in groups:
        if crosses or gutter is None or not _columns(group, edge, middle):
            if not spans:
                out.append([("span", [])])
            out[-1][0][1].extend(g for row in group for g in row)
            spans = True
            continue
        left = [g for row in group for g in row if (g.x0 + g.x1) / 2 < middle]
        right = [g for row in group for g in row if (g.x0 + g.x1) / 2 >= middle]
        out.append([("left", left), ("right", right)])
        spans = False
    return out


def page_lines(page: PdfPage) -> list[Line]:
    """Every line of a page, in reading order."""
    lines: list[Line] = []
    right = max((g.x1 for g in page.glyphs), default=0.0)
    for number, band in enumerate(bands(page)):
        for region, glyphs in band:
            groups = cluster(glyphs)
            edge = right if region == "span" else _common_end(groups)
            for group in groups:
                line = build_line(group, (page.number, number, region), edge)
                if line.text.strip():
                    lines.append(line)
    return lines


def _common_end(groups: list[list[Glyph]]) -> float:
    """Where most lines of a column end: its justified right edge (a stray page number
    or a short last line does not move it)."""
    ends = sorted(max(g.x1 for g in group) for group in groups)
    return ends[int(0.75 * (len(ends) - 1))] if ends else 0.0


def _main(glyphs: list[Glyph]) -> tuple[float, float]:
    """The size most of the line's text has, and the bottom of that text."""
    sizes = Counter(round(g.size, 1) for g in glyphs if not g.text.isspace())
    size = sizes.most_common(1)[0][0] if sizes else glyphs[0].size
    bottoms = [g.y0 for g in glyphs if abs(g.size - size) < 0.15]
    return size, statistics.median(bottoms) if bottoms else glyphs[0].y0


def build_line(glyphs: list[Glyph], where: tuple[int, int, str], edge: float) -> Line:
    """One line's text: spaces from gaps, superscripts tagged, cells split by wide gaps.

    A line that runs to its region's right `edge` with even word gaps is justified text,
    however far a short line is stretched. Elsewhere a gap wider than word gaps go, or
    clearly wider than the line's narrowest, separates cells.
    """
    size, base = _main(glyphs)
    ordered = sorted(glyphs, key=lambda g: g.x0)
    visible = [g for g in ordered if not g.text.isspace()] or ordered
    x0, x1 = min(g.x0 for g in visible), max(g.x1 for g in visible)
    gaps = [b.x0 - a.x1 for a, b in pairwise(visible)]
    words = [gap for gap in gaps if gap > SPACE_GAP * size]
    wide = CELL_GAP * size
    narrow = max(NARROW_CELL_GAP * size, CELL_RATIO * min(words)) if words else wide
    even = bool(words) and max(words) - min(words) < EVEN_GAPS * size
    cell = float("inf") if even and x1 >= edge - size / 2 else min(wide, narrow)
    text, cells = _assemble(ordered, size, base, cell)
    top = max(g.y1 for g in visible)
    return Line(text, *where, x0, x1, base, top, size, cells)


def _normal(text: str) -> str:
    """Ligatures spelt out; CJK radicals that fonts map instead of ideographs (`⾻` for
    `骨`) folded to the ideograph."""
    text = text.translate(LIGATURES)
    if any("\u2e80" <= c <= "\u2fdf" for c in text):
        text = unicodedata.normalize("NFKC", text)
    return text


def _assemble(ordered: list[Glyph], size: float, base: float, cell: float) -> tuple[str, int]:
    out: list[str] = []
    prev: Glyph | None = None
    spaced, sup, cells = False, False, 1
    for idx, glyph in enumerate(ordered):
        if glyph.text.isspace():
            following = ordered[idx + 1] if idx + 1 < len(ordered) else None
            # a zero-advance space is an unprinted soft hyphen, not a word break
            invisible = following is not None and following.x0 < (glyph.x0 + glyph.x1) / 2
            spaced = spaced or (prev is not None and not invisible)
            continue
        raised = glyph.size < SUP_SIZE * size and glyph.y0 > base + SUP_RAISE * size
        gap = glyph.x0 - prev.x1 if prev is not None else 0.0
        if prev is not None and gap >= cell:
            out.append("</sup>\t" if sup else "\t")
            sup, cells = False, cells + 1
        elif prev is not None and (spaced or gap > SPACE_GAP * size) and not (sup and raised):
            out.append("</sup> " if sup else " ")
            sup = False
        if raised != sup:
            out.append("<sup>" if raised else "</sup>")
            sup = raised
        out.append(_normal(glyph.text))
        prev, spaced = glyph, False
    if sup:
        out.append("</sup>")
    return "".join(out), cells
