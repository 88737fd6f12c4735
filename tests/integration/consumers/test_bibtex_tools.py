"""What biber and bibtool keep of the BibTeX and BibLaTeX exports: biber validates each
entry against the biblatex data model and writes back only what it keeps (`--tool`);
bibtool parses and rewrites BibTeX. Compared in full with
tests/data/exports/consumers/{biber,bibtool}-*.json, and the facts spelled out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mmrefs.formats.bibtex import read_bibtex, render_bibtex
from mmrefs.model import Author, Kind, Reference, SourceLoc
from tests.integration.consumers.helpers import run

pytestmark = pytest.mark.consumers

NAME_FIELDS = ("author", "namea", "editor")
FACTS = [
    # bilingual: origtitle, userb and namea are all in the data model
    (
        "biblatex",
        "gan2022plasma",
        "origtitle",
        "Plasma levels and clinical significance of "
        "cytokine profile in patients with multiple myeloma",
    ),
    ("biblatex", "gan2022plasma", "userb", "Journal of Experimental Hematology"),
    ("biblatex", "gan2022plasma", "namea", ["Gan, J.", "Chen, B. G.", "Zhang, Y.", "others"]),
    ("biblatex", "gan2022plasma", "language", "chinese"),
    ("biblatex", "gan2022plasma", "langid", "chinese"),
    # article number, et al., particle, suffix
    ("biblatex", "yu2024antibody", "pages", "e2307852"),
    (
        "biblatex",
        "malard2024multiple",
        "author",
        ["Malard, F.", "Neri, P.", "Bahlis, N. J.", "others"],
    ),
    ("biblatex", "puente2018enhancing", "options", "useprefix=true"),
    (
        "biblatex",
        "munshi2021idecabtagene",
        "author",
        ["Munshi, N. C.", "Anderson, L. D., Jr", "Shah, N.", "others"],
    ),
    ("bibtex", "yu2024antibody", "pages", "e2307852"),
]


def name(author: Author) -> str:
    parts = [author.family, author.given, author.suffix] if not author.literal else [author.literal]
    return ", ".join(p for p in parts if p)


def fields_of(path: Path) -> dict[str, dict[str, Any]]:
    """Entries as key → {field: value}, names as `Family, Given[, Suffix]` strings."""
    entries, failed = read_bibtex(path.read_text("utf-8"))
    assert failed == []
    out = {}
    for entry in entries:
        fields: dict[str, Any] = {}
        for key, value in entry.items():
            if key in NAME_FIELDS and isinstance(value, tuple):
                authors, et_al = value
                fields[key] = [name(a) for a in authors] + ["others"] * et_al
            elif key not in ("ID", "line"):
                fields[key] = value
        out[str(entry["ID"])] = fields
    return out


def unwrapped(entries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """bibtool wraps long values onto indented lines; the text is the same."""
    return {
        key: {k: " ".join(v.split()) if isinstance(v, str) else v for k, v in fields.items()}
        for key, fields in entries.items()
    }


@pytest.fixture(scope="module")
def biber(exported: dict[str, Path]) -> dict[str, dict[str, Any]]:
    kept = {}
    for fmt in ("biblatex", "bibtex"):
        path = exported[fmt]
        log = run(
            ["biber", "--tool", "--validate-datamodel", path.name],
            path.parent,
            "apt-get install biber",
        )
        assert "WARN" not in log and "ERROR" not in log, log
        kept[fmt] = fields_of(path.with_name(f"{path.stem}_bibertool.bib"))
    return kept


@pytest.mark.parametrize("fmt", ["biblatex", "bibtex"])
def test_biber_keeps(biber: dict[str, Any], expected: Any, fmt: str) -> None:
    expected(f"biber-{fmt}", biber[fmt])


@pytest.mark.parametrize(("fmt", "key", "field", "value"), FACTS)
def test_what_biber_keeps(
    biber: dict[str, Any], fmt: str, key: str, field: str, value: Any
) -> None:
    assert biber[fmt][key][field] == value


def test_bibtool_keeps_every_field(exported: dict[str, Path], expected: Any) -> None:
    path = exported["bibtex"]
    out = path.with_name("bibtool.bib")
    run(["bibtool", "-i", str(path), "-o", str(out)], path.parent, "apt-get install bibtool")
    kept = fields_of(out)
    expected("bibtool-bibtex", kept)
    assert unwrapped(kept) == unwrapped(fields_of(path))


def test_biber_keeps_who_issued_a_report(tmp_path: Path) -> None:
    """biblatex's report has an `institution` and no `publisher`: biber's data model
    check flags a report's `publisher` as invalid and its `institution` as missing."""
    report = Reference(
        key="doe2010widget",
        number=1,
        raw="Doe J. Widget markets. Example Institute, Cambridge; 2010. Report No. EX-12.",
        loc=SourceLoc("list.txt", 1),
        kind=Kind.REPORT,
        title="Widget markets",
        authors=(Author(family="Doe", given="J."),),
        year="2010",
        publisher="Example Institute",
        place="Cambridge",
        extra=(("document_number", "EX-12"),),
    )
    path = tmp_path / "report.bib"
    path.write_text(render_bibtex([report], biblatex=True), "utf-8")
    log = run(
        ["biber", "--tool", "--validate-datamodel", path.name], tmp_path, "apt-get install biber"
    )
    assert "publisher" not in log.lower() and "institution" not in log.lower(), log
    kept = fields_of(tmp_path / "report_bibertool.bib")["doe2010widget"]
    assert kept["institution"] == "Example Institute" and kept["number"] == "EX-12"
