"""A report's, a standard's and a patent's own number, and who issued a report or a
thesis, out and back in: each format's place for them, as Zotero's translators, biblatex
and pandoc read them, and nothing a library printed lost on the way back.

Table-driven: a kind and what each writer must print for it; the read-back is through the
library readers (`ingest.library`).
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


# (kind, RIS's TY)
KINDS = [(Kind.REPORT, "RPRT"), (Kind.STANDARD, "STAND"), (Kind.PATENT, "PAT")]


@pytest.mark.parametrize(("kind", "ty"), KINDS)
def test_ris_carries_the_number_in_sn_and_keeps_it_read_back(kind: Kind, ty: str) -> None:
    text = render_ris([numbered(kind)])
    assert f"TY  - {ty}" in text and "SN  - EX-12" in text
    back = read_library(text, "back.ris", "ris").references[0]
    assert back.extra_value("issn") == "EX-12"  # kept as printed: SN is an ISSN elsewhere
    assert back.publisher == "Example Institute"


@pytest.mark.parametrize("kind", [Kind.ARTICLE, Kind.BOOK, Kind.THESIS, Kind.OTHER])
def test_ris_writes_no_sn_for_kinds_whose_sn_is_an_issn_or_isbn(kind: Kind) -> None:
    assert "SN  -" not in render_ris([numbered(kind)])


@pytest.mark.parametrize("biblatex", [False, True])
def test_bibtex_names_a_reports_institution_and_reads_it_back(biblatex: bool) -> None:
    text = render_bibtex([numbered(Kind.REPORT)], biblatex=biblatex)
    assert "institution = {Example Institute}" in text and "number = {EX-12}" in text
    assert "publisher =" not in text
    back = read_library(text, "back.bib", "bibtex").references[0]
    assert back.kind == Kind.REPORT and back.publisher == "Example Institute"


def test_csl_json_writes_a_reports_number_and_publisher() -> None:
    item = json.loads(render_csljson([numbered(Kind.REPORT)]))[0]
    assert item["number"] == "EX-12" and item["publisher"] == "Example Institute"


BIB = """@techreport{r, title = {Widgets}, institution = {Example University},
  publisher = {Example Distributor}, year = {2010}}
@phdthesis{t, title = {Widgets}, school = {Example University},
  publisher = {Example Repository}, year = {2010}}
@article{a, title = {Widgets}, journal = {J Widgets}, institution = {Example University},
  year = {2010}}
"""


def test_the_issuer_field_of_a_kind_is_its_publisher_and_nothing_beside_it_is_lost() -> None:
    report, thesis, article = read_library(BIB, "lib.bib", "bibtex").references
    assert report.publisher == "Example University"
    assert report.extra_value("publisher") == "Example Distributor"
    assert thesis.publisher == "Example University"
    assert thesis.extra_value("publisher") == "Example Repository"
    # an article's `institution` is no publisher (often an affiliation): kept in extra
    assert article.publisher == "" and article.extra_value("institution") == "Example University"


def test_a_thesis_school_is_written_and_read_back_as_its_publisher() -> None:
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
