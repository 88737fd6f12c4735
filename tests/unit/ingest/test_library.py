"""Foreign bibliography formats in: fields mapped, lines kept, broken records reported."""

from __future__ import annotations

from mmrefs import pipeline
from mmrefs.ingest.library import detect_format, read_library
from mmrefs.model import Kind

BIB = """@article{good,
  author = {de la Puente, Pilar and Azab, Abdel Kareem},
  title = {{3D} tissue-engineered bone marrow},
  journal = {Biomaterials},
  year = {2015},
  pages = {1802--1824},
}

@article{broken,
  title = {no closing brace
"""
RIS = """TY  - JOUR
AU  - Moreau, Philippe
TI  - Injectable hydrogels
T2  - Blood
PY  - 2021
SP  - 10
EP  - 19
ER  -

TY  - CONF
AU  - Lee, J.
TI  - Second record
ER  -
"""
CSL = """[
  {"id": "one", "type": "article-journal", "title": "First",
   "author": [{"family": "Puente", "given": "Pilar", "non-dropping-particle": "de la"}],
   "issued": {"date-parts": [[2015, 3]]}, "container-title": "Biomaterials"},
  "not an item"
]
"""


def test_detects_formats_by_suffix_and_content() -> None:
    assert detect_format("a.csv", "") == "csv"
    assert detect_format("lib.txt", "TY  - JOUR\n") == "ris"
    assert detect_format("lib", "@article{x,}") == "bibtex"
    assert detect_format("x.json", '{"mmrefs_json": 1}') == "mmrefs-json"
    assert detect_format("x.json", "[]") == "csl-json"
    assert detect_format("review.txt", "参考文献\n[1] A") == "text"


def test_bibtex_fields_names_and_failed_block_with_line() -> None:
    doc = read_library(BIB, "lib.bib")
    (ref,) = doc.references
    assert (ref.title, ref.container, ref.year, ref.first_page, ref.last_page) == (
        "3D tissue-engineered bone marrow",
        "Biomaterials",
        "2015",
        "1802",
        "1824",
    )
    assert ref.authors[0].family == "de la Puente" and ref.loc.line == 1
    (failed,) = doc.failures
    assert failed.loc.line == 9 and "broken" in failed.raw


def test_ris_records_keep_their_lines() -> None:
    doc = read_library(RIS, "lib.ris")
    assert [r.title for r in doc.references] == ["Injectable hydrogels", "Second record"]
    assert [r.loc.line for r in doc.references] == [1, 10]
    assert doc.references[0].pages == "10-19" and doc.references[1].kind == Kind.CONFERENCE


def test_csl_json_items_and_a_bad_item() -> None:
    doc = read_library(CSL, "lib.json")
    (ref,) = doc.references
    assert (ref.key, ref.year, ref.authors[0].family) == ("one", "2015", "de la Puente")
    (failed,) = doc.failures
    assert failed.loc.line == 5


def test_record_ids_are_unique_and_name_the_file() -> None:
    a = read_library("ID,title\nx,One\nx,Two\n", "a.csv")
    b = read_library("ID,title\nx,One\n", "b.csv")
    assert pipeline.record_ids([a])[1] == ["x", "x#2"]
    assert pipeline.record_ids([a, b])[1] == ["a.csv:x", "a.csv:x#2", "b.csv:x"]


def test_review_dedupe_near_misses_golden(review, golden) -> None:  # type: ignore[no-untyped-def]
    golden("review.dedupe.md", pipeline.render_dedupe(pipeline.dedupe([review]), "md"))


def test_csl_json_others_is_et_al_not_a_person() -> None:
    text = (
        '[{"id": "a", "type": "article-journal", "title": "T", '
        '"author": [{"family": "Li", "given": "X."}, {"literal": "others"}]}]'
    )
    (ref,) = read_library(text, "lib.json").references
    assert [a.family for a in ref.authors] == ["Li"] and ref.et_al
