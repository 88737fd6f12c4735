"""A report's, a standard's and a patent's own number, and who issued a report, out and
back in: each format's place for them, as Zotero's translators and biblatex read them.

Table-driven: a kind and what each writer must print for it; the read-back is through the
library readers (`ingest.library`), so a number exported as one kind's is read as the same.
"""

from __future__ import annotations

import json

import pytest

from mmrefs.formats.bibtex import render_bibtex
from mmrefs.formats.csljson import render_csljson
from mmrefs.formats.ris import render_ris
from mmrefs.ingest.library import read_library
from mmrefs.model import Kind, Reference, SourceLoc


def numbered(kind: Kind) -> Reference:
    return Reference(
        key="doe2010widget",
        number=1,
        raw="Doe J. Widget markets. Example Institute, Cambridge; 2010. Report No. EX-12.",
        loc=SourceLoc("list.txt", 1),
        kind=kind,
        title="Widget markets",
        year="2010",
        publisher="Example Institute",
        place="Cambridge",
        extra=(("document_number", "EX-12"),),
    )


# (kind, the BibTeX field naming who issued it, RIS's TY)
KINDS = [
    (Kind.REPORT, "institution", "RPRT"),
    (Kind.STANDARD, "publisher", "STAND"),
    (Kind.PATENT, "publisher", "PAT"),
]


@pytest.mark.parametrize(("kind", "issuer", "ty"), KINDS)
def test_ris_carries_the_number_in_sn_and_reads_it_back(kind: Kind, issuer: str, ty: str) -> None:
    text = render_ris([numbered(kind)])
    assert f"TY  - {ty}" in text and "SN  - EX-12" in text
    back = read_library(text, "back.ris", "ris").references[0]
    assert back.kind == kind
    assert back.extra_value("document_number") == "EX-12" and back.issue == ""
    assert back.publisher == "Example Institute"


@pytest.mark.parametrize("biblatex", [False, True])
@pytest.mark.parametrize(("kind", "issuer", "ty"), KINDS[:1])
def test_bibtex_names_a_reports_institution_and_reads_its_number_back(
    kind: Kind, issuer: str, ty: str, biblatex: bool
) -> None:
    text = render_bibtex([numbered(kind)], biblatex=biblatex)
    assert f"{issuer} = {{Example Institute}}" in text and "number = {EX-12}" in text
    assert "publisher =" not in text
    back = read_library(text, "back.bib", "bibtex").references[0]
    assert back.kind == Kind.REPORT
    assert back.publisher == "Example Institute"
    assert back.extra_value("document_number") == "EX-12" and back.issue == ""


def test_csl_json_reads_a_reports_number_back_as_its_number() -> None:
    item = json.loads(render_csljson([numbered(Kind.REPORT)]))[0]
    assert item["number"] == "EX-12" and item["publisher"] == "Example Institute"
    back = read_library(json.dumps([item]), "back.json", "csl-json").references[0]
    assert back.extra_value("document_number") == "EX-12" and back.issue == ""


def test_an_articles_number_is_still_its_issue_and_no_sn_is_written() -> None:
    article = Reference(
        key="doe2010widget",
        number=1,
        raw="Doe J. Widget markets. J Widgets. 2010;12(3):4-5.",
        loc=SourceLoc("list.txt", 1),
        kind=Kind.ARTICLE,
        title="Widget markets",
        container="J Widgets",
        year="2010",
        volume="12",
        issue="3",
    )
    assert "SN  -" not in render_ris([article])
    back = read_library(render_bibtex([article]), "back.bib", "bibtex").references[0]
    assert back.issue == "3" and not back.extra_value("document_number")


def test_a_thesis_school_is_read_back_as_its_publisher() -> None:
    thesis = Reference(
        key="doe2010widget",
        number=1,
        raw="Doe J. Widget markets [thesis]. Cambridge: Example University; 2010.",
        loc=SourceLoc("list.txt", 1),
        kind=Kind.THESIS,
        title="Widget markets",
        year="2010",
        publisher="Example University",
    )
    text = render_bibtex([thesis])
    assert "school = {Example University}" in text
    assert read_library(text, "back.bib", "bibtex").references[0].publisher == "Example University"
