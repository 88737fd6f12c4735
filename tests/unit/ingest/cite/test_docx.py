"""Word files read as the text every reader takes: superscript runs become marks to be
judged, tables rows of cells, Word's list numbers labels, footnotes lines of their own."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from mmrefs.errors import InputError
from mmrefs.formats.docx import text_from_docx

DOCUMENTS = Path(__file__).resolve().parents[3] / "data" / "documents"


def written(build) -> bytes:  # type: ignore[no-untyped-def]
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def runs(document, *parts: tuple[str, bool]) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    for text, sup in parts:
        paragraph.add_run(text).font.superscript = sup


@pytest.mark.parametrize(
    ("parts", "line"),
    [
        ((("adults.", False), ("1", True)), "adults.<sup>1</sup>"),
        (
            (("drugs", False), ("2,", True), ("3", True), (" here", False)),
            "drugs<sup>2,3</sup> here",
        ),
        (
            (("bortezomib", False), ("4", True), ("–", False), ("6", True)),
            "bortezomib<sup>4</sup>–<sup>6</sup>",
        ),
        ((("Ca", False), ("2+", True), (" flux", False)), "Ca<sup>2+</sup> flux"),
        ((("a\tb", False),), "a b"),
    ],
)
def test_superscript_runs_become_tagged(parts: tuple[tuple[str, bool], ...], line: str) -> None:
    assert text_from_docx(written(lambda d: runs(d, *parts)), "t.docx").text == line + "\n"


def test_tables_become_rows_of_cells() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        table = document.add_table(rows=2, cols=3)
        for r, row in enumerate((("Agent", "Finding", "Ref."), ("Bortezomib", "Kills", "[4]"))):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell

    read = text_from_docx(written(build), "t.docx")
    assert read.text == "Agent\tFinding\tRef.\nBortezomib\tKills\t[4]\n" and read.tables == 1


def test_word_list_numbers_become_labels() -> None:
    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("References")
        document.add_paragraph("Abel A. A title. J Test. 2010;1:1-2.", style="List Number")
        document.add_paragraph("Baker B. A title. J Test. 2011;2:3-4.", style="List Number")
        document.add_paragraph("a point", style="List Bullet")

    lines = text_from_docx(written(build), "t.docx").text.splitlines()
    assert lines == [
        "References",
        "[1] Abel A. A title. J Test. 2010;1:1-2.",
        "[2] Baker B. A title. J Test. 2011;2:3-4.",
        "a point",
    ]


def test_footnotes_are_kept_after_the_paragraph_that_calls_them() -> None:
    read = text_from_docx((DOCUMENTS / "superscript-paper.docx").read_bytes(), "s.docx")
    lines = read.text.splitlines()
    called = next(i for i, line in enumerate(lines) if "18<sup>11</sup> months" in line)
    assert lines[called + 1].startswith("Footnote 1: The pilot cohort")
    assert read.footnotes == 1


@pytest.mark.parametrize("data", [b"", b"not a zip", b"PK\x03\x04garbage"])
def test_what_is_not_a_word_file_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"not a readable \.docx"):
        text_from_docx(data, "bad.docx")
