"""Table-driven tests: one row per printed quirk or style, raw text → expected fields.

Journal-article facts come from the bundled review or from the recorded provider samples
in ../shared/api-samples (Crossref work 10.1371/journal.pone.0033693, PubMed EFetch
20412080); book, thesis and web entries use placeholder names and example.org addresses.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import FailedEntry, Kind, Reference


def parse(text: str) -> Reference:
    result = parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt")
    assert not isinstance(result, FailedEntry), result.reason
    return result


CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "vancouver journal with doi",
        "Sadasivan S, Pond BB, Pani AK, Qu C, Jiao Y, Smeyne RJ. Methylphenidate exposure induces "
        "dopamine neuron loss and activation of microglia in the basal ganglia of mice. PLoS One. "
        "2012;7(3):e33693. doi:10.1371/journal.pone.0033693",
        {
            "container": "PLoS One",
            "year": "2012",
            "volume": "7",
            "issue": "3",
            "article_number": "e33693",
            "doi": "10.1371/journal.pone.0033693",
            "kind": Kind.ARTICLE,
            "title": "Methylphenidate exposure induces dopamine neuron loss and activation of "
            "microglia in the basal ganglia of mice",
        },
    ),
    (
        "vancouver with month, doi and pmid",
        "Robinson PN, Mundlos S. The human phenotype ontology. Clin Genet. 2010 Jun;77(6):525-34. "
        "doi: 10.1111/j.1399-0004.2010.01436.x. PMID: 20412080.",
        {
            "container": "Clin Genet",
            "first_page": "525",
            "last_page": "534",
            "pmid": "20412080",
            "doi": "10.1111/j.1399-0004.2010.01436.x",
            "title": "The human phenotype ontology",
        },
    ),
    (
        "vancouver from the review's first entry",
        "Rajkumar SV. Multiple myeloma: 2024 update on diagnosis, risk-stratification, and "
        "management. Am J Hematol. 2024;99(9):1802-24.",
        {"container": "Am J Hematol", "last_page": "1824", "et_al": False},
    ),
    (
        "vancouver et al and suffix",
        "Munshi NC, Anderson LD Jr, Shah N, et al. Idecabtagene vicleucel in relapsed and "
        "refractory multiple myeloma. N Engl J Med. 2021;384(8):705-16.",
        {"et_al": True, "volume": "384", "last_page": "716"},
    ),
    (
        "vancouver question-mark title",
        "Placeholder A. Is this a title? Test J. 2020;1:1-2.",
        {"title": "Is this a title?", "container": "Test J", "volume": "1"},
    ),
    (
        "vancouver book",
        "Placeholder A, Example B. A book title. 2nd ed. Example City: Example Press; 2019.",
        {"kind": Kind.BOOK, "publisher": "Example Press", "place": "Example City", "year": "2019"},
    ),
    (
        "gbt chinese book with full-width punctuation",
        "张三，李四，等．示例图书标题[M]．北京：示例出版社，2020：12-15．",
        {
            "kind": Kind.BOOK,
            "type_code": "M",
            "title": "示例图书标题",
            "place": "北京",
            "publisher": "示例出版社",
            "year": "2020",
            "first_page": "12",
            "last_page": "15",
            "et_al": True,
            "language": "zh",
        },
    ),
    (
        "gbt chinese book ascii punctuation",
        "张三, 李四, 等. 示例图书标题[M]. 北京: 示例出版社, 2020: 12-15.",
        {"kind": Kind.BOOK, "publisher": "示例出版社", "first_page": "12"},
    ),
    (
        "gbt web page with dates",
        "示例机构. 示例网页标题[EB/OL]. (2021-03-01)[2024-05-02]. https://example.org/page.",
        {"kind": Kind.WEB, "type_code": "EB/OL", "url": "https://example.org/page", "year": "2021"},
    ),
    (
        "gbt thesis",
        "王五. 示例学位论文题目[D]. 北京: 示例大学, 2019.",
        {"kind": Kind.THESIS, "publisher": "示例大学", "place": "北京", "year": "2019"},
    ),
    (
        "gbt conference contribution",
        "SMITH J. A placeholder paper[C]//Proceedings of an Example Meeting. Example City: "
        "Example Press, 2018: 100-108.",
        {
            "kind": Kind.CONFERENCE,
            "container": "Proceedings of an Example Meeting",
            "first_page": "100",
            "last_page": "108",
        },
    ),
    (
        "gbt journal with chinese year(issue) only",
        "张三. 示例论文题目[J]. 示例学报, 2021(3): 45-50.",
        {"container": "示例学报", "year": "2021", "issue": "3", "volume": "", "first_page": "45"},
    ),
    (
        "gbt online journal",
        "SMITH J. A placeholder article[J/OL]. Example Journal, 2020, 3(2): 10-12 [2021-01-05]. "
        "https://example.org/a.",
        {"type_code": "J/OL", "url": "https://example.org/a", "volume": "3", "issue": "2"},
    ),
    (
        "gbt doi instead of volume and pages",
        "LIN M J, CHORAZECZEWSKI J K, PANTSULAIA G, et al. Potentiating CAR-T bystander killing "
        "by enhanced Fas/FasL signaling mitigates antigen escape in heterogeneous tumors [J]. "
        "*bioRxiv*, 2025, doi: 10.1101/2025.09.22.677496.",
        {"container": "bioRxiv", "doi": "10.1101/2025.09.22.677496", "volume": ""},
    ),
    (
        "gbt spaced greek and italics",
        "NARAYANAN N K, DUAN B, BUTCHER J T, et al. Characterization of multiple myeloma clonal "
        "cell expansion and stromal Wnt/ β -catenin signaling in hyaluronic acid-based 3D "
        "hydrogel [J]. *In Vivo*, 2014, 28(1): 67-73.",
        {
            "container": "In Vivo",
            "title": "Characterization of multiple myeloma clonal cell "
            "expansion and stromal Wnt/β-catenin signaling in hyaluronic acid-based 3D hydrogel",
        },
    ),
    (
        "gbt supplement issue and letter pages",
        "ESCURE G, MANIER S. Bispecific antibodies in multiple myeloma [J]. *Bull Cancer*, 2021, "
        "108(10S): S205-12.",
        {"issue": "10S", "first_page": "S205", "last_page": "S212"},
    ),
    (
        "gbt en dash range",
        "SMITH J. Placeholder [J]. Example J, 2020, 3(2): 100–108.",
        {"first_page": "100", "last_page": "108"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_style_table(name: str, text: str, expected: dict[str, Any]) -> None:
    ref = parse(text)
    for field, value in expected.items():
        assert getattr(ref, field) == value, f"{name}: {field}"


def test_vancouver_authors_split() -> None:
    ref = parse("Munshi NC, Anderson LD Jr, van de Donk NW, et al. A title. J Test. 2021;1(1):1-2.")
    assert [(a.family, a.given, a.suffix) for a in ref.authors] == [
        ("Munshi", "NC", ""),
        ("Anderson", "LD", "Jr"),
        ("van de Donk", "NW", ""),
    ]


def test_entry_without_authors_keeps_title() -> None:
    ref = parse("Multiple myeloma: a placeholder title [J]. Example J, 2020, 3: 1-2.")
    assert ref.authors == ()
    assert ref.title == "Multiple myeloma: a placeholder title"


@pytest.mark.parametrize(
    "text",
    [
        "just some words without any structure",
        "SMITH J. A title [J]. nothing parseable here",
        "",
    ],
)
def test_unparseable_entries_fail_with_reason(text: str) -> None:
    result = parse_entry(RawEntry(7, "[7]", text, 3, 4), "t.txt")
    assert isinstance(result, FailedEntry)
    assert result.reason and result.loc.line == 3 and result.number == 7
    assert result.raw == text


def test_empty_parentheses_before_a_type_code_do_not_crash() -> None:
    """Found by hypothesis: `()` then `[J]` inside the tail once tripped an assertion."""
    text = "SMITH J. Placeholder [J]. Example J () [J], 2020, 3: 1-2."
    assert isinstance(parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt"), Reference | FailedEntry)
