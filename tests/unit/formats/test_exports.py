"""Exporters: golden files over the whole review, and read-back round trips."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import rispy

from mmrefs.formats.bibtex import escape, protect_case, read_bibtex, render_bibtex, unescape
from mmrefs.formats.csljson import render_csljson
from mmrefs.formats.jsonmodel import document_from_data, render_json
from mmrefs.formats.ris import render_ris
from mmrefs.model import Document
from mmrefs.names import display_family, initials
from mmrefs.pipeline import build_outputs


def test_exports_match_golden(review: Document, record: Document, golden) -> None:
    for doc, stem in ((review, "mm-biomaterials-review"), (record, "mirna-review-record")):
        for name, content in build_outputs(doc, stem).items():
            golden(name, content)


@pytest.mark.parametrize("biblatex", [False, True])
def test_bibtex_round_trip(review: Document, biblatex: bool) -> None:
    entries, failed = read_bibtex(render_bibtex(review.references, biblatex=biblatex))
    assert failed == [] and len(entries) == 139
    for ref, entry in zip(review.references, entries, strict=True):
        assert entry["ID"] == ref.key
        assert entry["title"] == ref.title
        assert entry["journaltitle" if biblatex else "journal"] == ref.container
        assert entry.get("volume", "") == ref.volume and entry.get("number", "") == ref.issue
        authors, et_al = entry["author"]  # type: ignore[misc]
        assert et_al == ref.et_al
        for printed, read in zip(ref.authors, authors, strict=True):
            assert read.family == display_family(printed.family)
            assert initials(read.given) == initials(printed.given)
            assert read.suffix == printed.suffix
        if ref.title_translation:
            assert entry["origtitle"] == ref.title_translation
            assert entry["userb"] == ref.container_translation


def test_bibtex_escapes_and_protects() -> None:
    assert (
        escape("50% & $5 #1 a_b {x} ~ ^")
        == r"50\% \& \$5 \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{}"
    )
    assert protect_case("CD38 in mg/L of T cells") == "{CD38} in {mg/L} of {T} cells"
    assert protect_case("Trends in the United States") == "Trends in the {United} {States}"
    assert unescape(protect_case("50% of CD38 {x}")) == "50% of CD38 {x}"


def test_particles_suffixes_and_unicode_in_bibtex(review: Document) -> None:
    text = render_bibtex(review.references, biblatex=True)
    assert "de la Puente, P." in text and "options = {useprefix=true}" in text
    assert "Anderson, Jr, L. D." in text
    assert "As₄S₄/ZnS/Fe₃O₄" in text and "Wnt/β-catenin" in text
    assert "$" not in text.split("@article{cholujova")[1].split("}\n")[0]


def test_csljson_items(review: Document) -> None:
    items = json.loads(render_csljson(review.references))
    by_number = {item["citation-number"]: item for item in items}
    assert len(by_number) == 139
    # particle and suffix inside family and given: the form Zotero's import keeps
    assert by_number[29]["author"][0] == {"family": "de la Puente", "given": "P."}
    assert by_number[100]["author"][1] == {"family": "Anderson", "given": "L. D., Jr"}
    assert by_number[1]["page"] == "1802-1824" and by_number[20]["number"] == "e2307852"
    assert by_number[20]["page"] == "e2307852"
    assert by_number[68]["translated-title"].startswith("Plasma levels")
    assert by_number[68]["original-title"] == by_number[68]["translated-title"]
    assert by_number[68]["original-container-title"] == "Journal of Experimental Hematology"
    assert by_number[68]["original-author"][0] == {"family": "Gan", "given": "J."}
    assert by_number[68]["note"].splitlines()[2] == "original-author: Gan || J."
    assert by_number[68]["language"] == "zh"
    assert by_number[2]["author"][-1] == {"literal": "others"}
    assert by_number[1]["author"][-1] == {"family": "Rajkumar", "given": "S. V."}
    assert by_number[106]["DOI"] == "10.1101/2025.09.22.677496"


def test_ris_round_trip(review: Document) -> None:
    records = rispy.loads(render_ris(review.references))
    assert len(records) == 139
    for ref, rec in zip(review.references, records, strict=True):
        assert rec["title"] == ref.title and rec["id"] == ref.key
        assert rec.get("end_page", "") == ref.last_page
        assert len(rec["authors"]) == len(ref.authors)
    assert records[99]["authors"][1] == "Anderson, L. D., Jr"
    assert records[19]["start_page"] == "e2307852"
    m2 = records[67]["unknown_tag"]["M2"]
    assert m2[0].startswith("original-title: Plasma levels") and m2[-1] == "original-author: others"


def test_json_model_round_trip(review: Document, record: Document) -> None:
    for doc in (review, record):
        assert document_from_data(json.loads(render_json(doc))) == doc


def entry_text(text: str, key: str) -> str:
    """One BibTeX entry of a rendered file, from its `@type{key,` line to its `}`."""
    start = text.index("{" + key + ",")
    return text[start : text.index("\n}", start)]


# What each export writes for the hard cases, and why (the README's survival table).
BIBTEX_CASES = [
    # et al.: BibTeX's own `and others` (biber, BibTeX styles and pandoc print "et al.")
    (
        False,
        "malard2024multiple",
        "author = {Malard, F. and Neri, P. and Bahlis, N. J. and others}",
    ),
    (True, "rajkumar2024multiple", "author = {Rajkumar, S. V.},"),
    # article number: in pages, which pandoc, Zotero and citation-js read (not eid)
    (True, "yu2024antibody", "pages = {e2307852},"),
    (False, "yu2024antibody", "pages = {e2307852},"),
    # language: `language` for Zotero's import, `langid` for biblatex and pandoc
    (True, "gan2022plasma", "langid = {chinese},\n\tlanguage = {chinese}"),
    (False, "gan2022plasma", "langid = {chinese},\n\tlanguage = {chinese}"),
    # bilingual: origtitle (pandoc, citation-js), userb/namea (biber), annote (Zotero note)
    (True, "gan2022plasma", "origtitle = {Plasma levels and clinical significance"),
    (True, "gan2022plasma", "userb = {Journal of Experimental Hematology},"),
    (True, "gan2022plasma", "namea = {Gan, J. and Chen, B. G. and Zhang, Y. and others},"),
    (True, "gan2022plasma", "annote = {original-title: Plasma levels"),
    (True, "gan2022plasma", "original-author: Gan || J.\noriginal-author: Chen || B. G."),
    # colon: the word after it keeps its printed case in pandoc
    (True, "rajkumar2024multiple", "title = {Multiple myeloma: 2024 update on diagnosis"),
    (True, "dion1986dextran", "title = {Dextran microsphere embolization: {experimental} and"),
]


@pytest.mark.parametrize(("biblatex", "key", "written"), BIBTEX_CASES)
def test_bibtex_writes(review: Document, biblatex: bool, key: str, written: str) -> None:
    assert written in entry_text(render_bibtex(review.references, biblatex=biblatex), key)


@pytest.mark.parametrize("biblatex", [False, True])
def test_bibtex_writes_no_eid_and_no_others_for_a_registry_list(
    review: Document, biblatex: bool
) -> None:
    """Once a registry filled the authors, the list is whole: no `and others`."""
    ref = review.by_number()[2]
    resolved = replace(ref, provenance=(("authors", "crossref"),))
    text = render_bibtex([resolved], biblatex=biblatex)
    assert "others" not in text and "eid" not in text
    assert "others" not in render_csljson([resolved])
