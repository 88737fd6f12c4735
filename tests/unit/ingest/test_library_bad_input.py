"""Bad input in users' bibliographies (CSV, RIS, BibTeX): read what can be read, name the rest.

Each table row is one quirk seen in real exports: raw input → what must come out. Nothing
may vanish: every line is either in a reference or in a failure with its file:line, and
every message is one line.
"""

from __future__ import annotations

import csv
import logging

import pytest

from mmrefs.formats.bibtex import render_bibtex
from mmrefs.formats.ris import render_ris
from mmrefs.ingest.fieldmap import authors_from_text
from mmrefs.ingest.library import read_library
from mmrefs.model import Author, Document


def one_line_messages(doc: Document) -> None:
    """Every message reads as one line, so a terminal or a log shows it whole."""
    for failure in doc.failures:
        assert "\n" not in failure.reason and failure.loc.file == doc.source
    for finding in doc.findings:
        assert "\n" not in finding.message and finding.loc is not None


def failures(doc: Document) -> list[tuple[int, str]]:
    return [(f.loc.line, f.reason) for f in doc.failures]


def assert_failures(doc: Document, expected: list[tuple[int, str]]) -> None:
    """Failures at exactly these lines, each reason containing the given words."""
    got = failures(doc)
    assert [line for line, _ in got] == [line for line, _ in expected], got
    for (_, reason), (_, words) in zip(got, expected, strict=True):
        assert words in reason, reason


HEADER = "ID,title,author,year\n"


@pytest.mark.parametrize(
    ("body", "refs", "failed"),
    [
        pytest.param(
            'a,"Broken title,Rajkumar SV,2020\nb,Second,Jones K,2021\nc,"Third",Lee M,2022\n',
            [("b", "Second", 3), ("c", "Third", 4)],
            [(2, "unterminated quote")],
            id="unterminated quote closed by a later quote: rows swallowed into one title",
        ),
        pytest.param(
            'a,"Broken title,Smith J,2020\nb,Second,Jones K,2021\nc,Third,Lee M,2022\n',
            [("b", "Second", 3), ("c", "Third", 4)],
            [(2, "unterminated quote")],
            id="unterminated quote running to the end of the file",
        ),
        pytest.param(
            'a,"Broken title,Smith J,2020\nb,"Also broken,Jones K,2021\nc,Third,Lee M,2022\n',
            [("c", "Third", 4)],
            [(2, "unterminated quote"), (3, "unterminated quote")],
            id="two unterminated quotes in a row",
        ),
        pytest.param(
            'a,"Title over\ntwo lines",Smith J,2020\nb,Second,Jones K,2021\n',
            [("a", "Title over\ntwo lines", 2), ("b", "Second", 4)],
            [],
            id="a quoted cell over two lines is one cell",
        ),
        pytest.param(
            'a,"Title, with, commas\nand, more, of, them",Smith J,2020\n',
            [("a", "Title, with, commas\nand, more, of, them", 2)],
            [],
            id="continuation with the header's cell count but no id is text",
        ),
        pytest.param(
            "\na,First,Smith J,2020\n\n\nb,Second,Jones K,2021\n",
            [("a", "First", 3), ("b", "Second", 6)],
            [],
            id="blank lines do not shift the line numbers",
        ),
        pytest.param(
            "a,First,Smith J\nb,Second,Jones K,2021\n",
            [("b", "Second", 3)],
            [(2, "3 cells where the header has 4")],
            id="short row",
        ),
    ],
)
def test_csv_rows(
    body: str, refs: list[tuple[str, str, int]], failed: list[tuple[int, str]]
) -> None:
    doc = read_library(HEADER + body, "lib.csv")
    assert [(r.key, r.title, r.loc.line) for r in doc.references] == refs
    assert_failures(doc, failed)
    one_line_messages(doc)
    kept = "".join(r.raw for r in doc.references) + "".join(f.raw for f in doc.failures)
    for line in body.split("\n"):
        for cell in line.replace('"', "").split(","):
            assert cell in kept.replace('"', ""), f"{cell!r} was lost"


def test_csv_swallow_failure_names_the_swallowed_lines() -> None:
    body = 'a,"Broken title,Smith J,2020\nb,Second,Jones K,2021\nc,"Third",Lee M,2022\n'
    (failure,) = read_library(HEADER + body, "lib.csv").failures
    assert failure.raw == 'a,"Broken title,Smith J,2020'
    assert "lines 3-4" in failure.reason


def test_csv_unreadable_row_keeps_its_text() -> None:
    old = csv.field_size_limit(20)
    try:
        doc = read_library(HEADER + "a,A title longer than twenty,X Y,2020\nb,B,Lee M,1\n", "x.csv")
    finally:
        csv.field_size_limit(old)
    assert_failures(doc, [(2, "unreadable CSV row: field larger than field limit")])
    assert doc.failures[0].raw == "a,A title longer than twenty,X Y,2020"
    assert [r.key for r in doc.references] == ["b"]


def people(*names: tuple[str, str] | tuple[str, str, str] | str) -> tuple[Author, ...]:
    """`("Family", "Given"[, "Suffix"])` for a person, a bare string for an organisation."""
    return tuple(
        Author(literal=n) if isinstance(n, str) else Author(n[0], n[1], *n[2:]) for n in names
    )


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Rajkumar SV", people(("Rajkumar", "SV"))),
        ("Rajkumar SV; Kumar SK", people(("Rajkumar", "SV"), ("Kumar", "SK"))),
        ("Rajkumar SV and Kumar S", people(("Rajkumar", "SV"), ("Kumar", "S"))),
        ("Rajkumar S.V.", people(("Rajkumar", "S.V."))),
        ("RAJKUMAR S V", people(("RAJKUMAR", "S V"))),
        ("RAJKUMAR SV", people(("RAJKUMAR", "SV"))),
        ("van de Donk NW", people(("van de Donk", "NW"))),
        ("van de Donk NW Jr", people(("van de Donk", "NW", "Jr"))),
        ("Shaji Kumar and Philippe Moreau", people(("Kumar", "Shaji"), ("Moreau", "Philippe"))),
        ("Yihan ZHAO; Wei LI", people(("ZHAO", "Yihan"), ("LI", "Wei"))),
        ("Moreau, P and Kumar, S", people(("Moreau", "P"), ("Kumar", "S"))),
        ("Smith, John, Jr", people(("Smith", "John", "Jr"))),
        ("Smith, Jr, John", people(("Smith", "John", "Jr"))),
        ("Foo", people(("Foo", ""))),
        ("WHO Collaborators", people("WHO Collaborators")),
        (
            "Smith J and International Myeloma Working Group",
            people(("Smith", "J"), "International Myeloma Working Group"),
        ),
        ("{Myeloma UK}", people("Myeloma UK")),
    ],
)
def test_csv_author_cells(cell: str, expected: tuple[Author, ...]) -> None:
    assert authors_from_text(cell) == (expected, False)


def test_csv_author_cell_reaches_the_reference() -> None:
    doc = read_library(HEADER + 'a,Title,"Rajkumar SV, Kumar SK",2020\n', "lib.csv")
    assert doc.references[0].authors == people(("Rajkumar", "SV"), ("Kumar", "SK"))


def ris(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "titles", "failed"),
    [
        pytest.param(
            ris(
                "TY  - JOUR",
                "TI  - One",
                "ER  - ",
                "KW  - orphan",
                "TY  - JOUR",
                "TI  - Two",
                "ER  -",
            ),
            ["One", "Two"],
            [(4, "tag KW outside any RIS record (after the ER at line 3)")],
            id="tag after ER",
        ),
        pytest.param(
            ris("Exported from a database", "", "TY  - JOUR", "TI  - One", "ER  - "),
            ["One"],
            [(1, "outside any RIS record (before the first TY)")],
            id="text before the first record",
        ),
        pytest.param(
            ris("TY  - JOUR", "TI  - One", "PY  - 20x4", "XX  bad tag line", "ER  - "),
            ["One"],
            [(4, "malformed RIS tag line 'XX  bad tag line'")],
            id="malformed tag line is not glued to the value before it",
        ),
        pytest.param(
            ris("TY  - JOUR", "TI  - One", "PY - 2004", "VL  - 3", "ER  - "),
            ["One"],
            [(3, "malformed RIS tag line")],
            id="tag with one space",
        ),
        pytest.param(
            ris("TY  - JOUR", "PY  - 2004", "stray words", "TI  - One", "ER  - "),
            ["One"],
            [(3, "not a continuation: PY values are one line")],
            id="text after a one-line tag",
        ),
        pytest.param(
            ris("TY  - JOUR", "TI  - A long title", "over two lines", "ER  - "),
            ["A long title over two lines"],
            [],
            id="a wrapped title is continued",
        ),
        pytest.param(
            ris("TY  - JOUR", "TI  - One", "", "TY  - JOUR", "TI  - Two", "ER  - "),
            ["One", "Two"],
            [],
            id="record without ER is read, not merged into the next",
        ),
        pytest.param(
            ris("TY  - JOUR", "TI  - One", "ER  - ", "", "TY  - JOUR", "TI  - Cut off"),
            ["One", "Cut off"],
            [],
            id="last record without ER is read",
        ),
    ],
)
def test_ris_lines(text: str, titles: list[str], failed: list[tuple[int, str]]) -> None:
    doc = read_library(text, "lib.ris")
    assert [r.title for r in doc.references] == titles
    assert_failures(doc, failed)
    one_line_messages(doc)


def test_ris_malformed_line_keeps_the_value_and_the_line() -> None:
    doc = read_library(ris("TY  - JOUR", "PY  - 20x4", "XX  bad tag line", "ER  - "), "l.ris")
    (ref,) = doc.references
    assert ref.year == "20x4"
    assert "XX  bad tag line" in ref.raw and doc.failures[0].raw == "XX  bad tag line"


def test_ris_missing_er_is_a_warning_with_its_line() -> None:
    doc = read_library(ris("TY  - JOUR", "TI  - One", "", "TY  - JOUR", "TI  - Two"), "l.ris")
    assert [(f.code, f.loc.line if f.loc else 0) for f in doc.findings] == [
        ("input.ris.no-er", 1),
        ("input.ris.no-er", 4),
    ]
    one_line_messages(doc)


@pytest.mark.parametrize(
    ("au_lines", "authors", "written"),
    [
        (["AU  - Foo"], people(("Foo", "")), ["AU  - Foo"]),
        (["AU  - Foo", "AU  - "], people(("Foo", "")), ["AU  - Foo"]),
        (["AU  - WHO Collaborators"], people("WHO Collaborators"), ["AU  - WHO Collaborators"]),
        (
            ["AU  - Moreau, Philippe", "AU  - International Myeloma Working Group"],
            people(("Moreau", "Philippe"), "International Myeloma Working Group"),
            ["AU  - Moreau, Philippe", "AU  - International Myeloma Working Group"],
        ),
        (["AU  - Smith, John, Jr."], people(("Smith", "John", "Jr.")), ["AU  - Smith, John, Jr."]),
        (["AU  - Rajkumar SV"], people(("Rajkumar", "SV")), ["AU  - Rajkumar, S. V."]),
        (
            ["AU  - Society for Hematology and Oncology"],
            people("Society for Hematology and Oncology"),
            ["AU  - Society for Hematology and Oncology"],
        ),
    ],
)
def test_ris_author_lines_read_and_write_back(
    au_lines: list[str], authors: tuple[Author, ...], written: list[str]
) -> None:
    doc = read_library(ris("TY  - JOUR", *au_lines, "TI  - T", "ER  - "), "l.ris")
    assert doc.references[0].authors == authors
    out = [line for line in render_ris(doc.references).splitlines() if line.startswith("AU")]
    assert out == written


@pytest.mark.parametrize(
    ("text", "keys", "titles"),
    [
        pytest.param(
            "@article{, title={Keyless entry}, year={2020}}\n",
            ["anon2020keyless"],
            ["Keyless entry"],
            id="empty key",
        ),
        pytest.param(
            "@article{title = {Keyless entry}, year = {2021}}\n",
            ["anon2021keyless"],
            ["Keyless entry"],
            id="no key at all",
        ),
        pytest.param(
            "@article{, title={Key one}}\n\n@article{, title={Key two}}\n",
            ["anonkey", "anonkeya"],
            ["Key one", "Key two"],
            id="two keyless entries get distinct keys",
        ),
        pytest.param(
            "@article{anonkey, title={Taken}}\n@article{, title={Key}}\n",
            ["anonkey", "anonkeya"],
            ["Taken", "Key"],
            id="a generated key never takes a printed one",
        ),
    ],
)
def test_bibtex_keyless_entries_get_generated_keys(
    text: str, keys: list[str], titles: list[str]
) -> None:
    doc = read_library(text, "lib.bib")
    assert [(r.key, r.title) for r in doc.references] == list(zip(keys, titles, strict=True))
    assert doc.failures == ()
    generated = [f for f in doc.findings if f.code == "input.bibtex.no-key"]
    assert generated and all(f.severity == "warning" for f in generated)
    assert all(f"read as {f.message.rsplit(' ', 1)[-1]}" in f.message for f in generated)
    assert "@article{," not in render_bibtex(doc.references)
    one_line_messages(doc)


def test_bibtex_duplicate_keys_keep_both_entries() -> None:
    text = (
        "@string{bl = {Blood}}\n"
        "@article{dup, title={First}, journal=bl}\n"
        "\n"
        "@article{dup, title={Second {CD38}}, journal=bl}\n"
    )
    doc = read_library(text, "lib.bib")
    assert [(r.key, r.title, r.container, r.loc.line) for r in doc.references] == [
        ("dup", "First", "Blood", 2),
        ("dup-2", "Second CD38", "Blood", 4),
    ]
    assert doc.failures == ()
    (finding,) = doc.findings
    assert finding.code == "input.bibtex.duplicate-key" and finding.loc is not None
    assert finding.loc.line == 4
    assert "duplicate key dup (first at line 2)" in finding.message and "dup-2" in finding.message
    one_line_messages(doc)


@pytest.mark.parametrize(
    ("text", "keys", "failed", "raw"),
    [
        pytest.param(
            "@article{bad\n  title = {T},\n}\n@article{ok, title={Fine}}\n",
            ["ok"],
            [(1, "not a readable BibTeX entry: Expected comma after entry key, but found =")],
            "@article{bad\n  title = {T},\n}",
            id="missing comma after the key: the whole block is kept",
        ),
        pytest.param(
            "@article{bad, title={Open\n  year = {2020},\n\n@article{ok, title={Fine}}\n",
            ["ok"],
            [(1, "Was still looking for field-value closing `}`")],
            "@article{bad, title={Open\n  year = {2020},",
            id="unclosed brace",
        ),
        pytest.param(
            "@article{x, title={a}, title={b}}\n",
            [],
            [(1, "duplicate field title in one entry")],
            "@article{x, title={a}, title={b}}",
            id="duplicate field",
        ),
    ],
)
def test_bibtex_broken_blocks_keep_their_text_and_say_why(
    text: str, keys: list[str], failed: list[tuple[int, str]], raw: str
) -> None:
    doc = read_library(text, "lib.bib")
    assert [r.key for r in doc.references] == keys
    assert_failures(doc, failed)
    assert doc.failures[0].raw == raw
    one_line_messages(doc)


def test_bibtexparser_logs_nothing_and_logging_is_left_alone(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    before = logging.getLogger("bibtexparser").level
    doc = read_library("@article{broken, title={no end\n", "lib.bib")
    assert doc.failures
    assert [r for r in caplog.records if r.name.startswith("bibtexparser")] == []
    assert capsys.readouterr().err == ""
    assert logging.getLogger("bibtexparser").level == before
    logging.getLogger("mmrefs.test").warning("others still log")
    assert [r.message for r in caplog.records] == ["others still log"]
