"""PDF geometry, tested on glyphs laid out by hand: superscripts from rise and size,
column reading order, running heads and page numbers set aside, paragraphs, hyphenation
repaired, table cells, and a scan refused."""

from __future__ import annotations

import re

import pytest

from mmrefs.errors import InputError
from mmrefs.formats.pdf import Glyph, PdfPage, refuse_without_text
from mmrefs.ingest.pagetext import text_from_pages

SIZE = 10.0
WIDTH, HEIGHT = 400.0, 600.0


def glyphs(text: str, x: float, y: float, size: float = SIZE) -> list[Glyph]:
    """`text` set from (x, y); `<sup>…</sup>` parts raised and smaller, as printed."""
    out: list[Glyph] = []
    for part in re.split(r"(<sup>.*?</sup>)", text):
        raised = part.startswith("<sup>")
        chars = part[5:-6] if raised else part
        gsize, rise = (size * 0.7, size * 0.35) if raised else (size, 0.0)
        for char in chars:
            width = gsize * 0.5
            if char != " ":
                out.append(Glyph(char, x, x + width, y + rise, y + rise + gsize, gsize))
            x += width if char != " " else size * 0.3
    return out


def page(
    number: int, *lines: tuple[str, float, float] | tuple[str, float, float, float]
) -> PdfPage:
    found = [g for text, x, y, *size in lines for g in glyphs(text, x, y, *size)]
    return PdfPage(number, WIDTH, HEIGHT, tuple(found), 0)


def text_of(*pages: PdfPage) -> list[str]:
    return text_from_pages(pages).text.splitlines()


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("bone marrow.<sup>4</sup>", "bone marrow.<sup>4</sup>"),
        ("bortezomib<sup>4</sup>–<sup>6</sup>, and", "bortezomib<sup>4</sup>–<sup>6</sup>, and"),
        ("lesions of 1 cm<sup>2</sup>", "lesions of 1 cm<sup>2</sup>"),
        ("shown<sup>2,3</sup> here", "shown<sup>2,3</sup> here"),
    ],
)
def test_superscripts_from_rise_and_size(printed: str, read: str) -> None:
    assert text_of(page(1, (printed, 30, 300))) == [read]


def test_a_lowered_small_glyph_is_not_a_superscript() -> None:
    low = [Glyph("2", 60, 63.5, 297, 304, 7.0)]
    found = PdfPage(1, WIDTH, HEIGHT, (*glyphs("CO", 50, 300), *low), 0)
    assert text_from_pages([found]).text == "CO2\n"


def two_columns() -> PdfPage:
    left = [(f"left column line {n} of the text.", 30, 500 - 12 * n) for n in range(8)]
    right = [(f"right column line {n} goes on.", 215, 500 - 12 * n) for n in range(8)]
    title = ("A title set across the whole page width", 30, 540, 14.0)
    return page(1, title, *left, *right)


def test_two_columns_are_read_left_then_right() -> None:
    lines = text_of(two_columns())
    assert lines[0] == "A title set across the whole page width"
    assert lines[1].startswith("left column line 0") and "line 7" in lines[1]
    assert lines[2].startswith("right column line 0") and lines[2].endswith("line 7 goes on.")


def test_running_heads_and_page_numbers_are_set_aside() -> None:
    pages = [
        page(
            n,
            ("Example Journal 2026", 140, 580),
            ("Body text of page.", 30, 300),
            (str(n), 195, 20),
        )
        for n in (1, 2)
    ]
    result = text_from_pages(pages)
    assert result.text.splitlines() == ["Body text of page.", "Body text of page."]
    assert [(s.page, s.reason) for s in result.set_aside] == [
        (1, "running header"),
        (1, "page number"),
        (2, "running header"),
        (2, "page number"),
    ]


def test_a_header_printed_once_is_text() -> None:
    assert text_of(page(1, ("Example Journal 2026", 140, 580), ("Body.", 30, 300)))[0] == (
        "Example Journal 2026"
    )


def test_lines_join_into_paragraphs_and_a_gap_starts_another() -> None:
    lines = text_of(
        page(1, ("First paragraph runs", 30, 500), ("on here.", 30, 488), ("Second one.", 30, 466))
    )
    assert lines == ["First paragraph runs on here.", "Second one."]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("most common haema-", "tological cancer.", "most common haematological cancer."),
        ("in co-", "culture, and co-culture.", "in co-culture, and co-culture."),
        ("anti-", "CD38 antibodies.", "anti- CD38 antibodies."),
    ],
)
def test_hyphenation_at_line_ends(first: str, second: str, joined: str) -> None:
    assert text_of(page(1, (first, 30, 500), (second, 30, 488))) == [joined]


def test_table_cells_from_wide_gaps() -> None:
    row = [
        *glyphs("Bortezomib", 30, 300),
        *glyphs("Proteasome", 130, 300),
        *glyphs("[4]", 250, 300),
    ]
    found = PdfPage(1, WIDTH, HEIGHT, tuple(row), 0)
    assert text_from_pages([found]).text == "Bortezomib\tProteasome\t[4]\n"


def test_after_the_reference_heading_lines_are_kept_as_printed() -> None:
    lines = text_of(
        page(1, ("References", 30, 500), ("[1] Abel A. A title", 30, 480), ("of a paper.", 30, 468))
    )
    assert lines == ["References", "[1] Abel A. A title", "of a paper."]


def test_a_scanned_pdf_is_refused() -> None:
    scan = [PdfPage(1, WIDTH, HEIGHT, (), 1), PdfPage(2, WIDTH, HEIGHT, (), 1)]
    with pytest.raises(InputError, match="OCR"):
        refuse_without_text(scan, "scan.pdf")
    with pytest.raises(InputError, match="no text"):
        refuse_without_text([PdfPage(1, WIDTH, HEIGHT, (), 0)], "empty.pdf")
