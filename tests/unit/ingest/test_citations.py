"""Citation map: golden over the whole review, hand-checked claims, and the mark forms."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmrefs.ingest.citations import build_citation_map
from mmrefs.ingest.citemarks import AUTHOR_YEAR, expand_numbers, find_marks
from mmrefs.model import CitationMap, Document
from mmrefs.pipeline import cite
from mmrefs.report.citemap import render_citations_json
from tests.conftest import REVIEW


@pytest.fixture(scope="module")
def cmap(review: Document) -> CitationMap:
    return cite(REVIEW.read_text("utf-8"), review)


def test_golden_citation_map(cmap: CitationMap, golden) -> None:
    golden("mm-biomaterials-review.citations.json", render_citations_json(cmap))


def test_counts_by_where_and_coverage(cmap: CitationMap) -> None:
    text = REVIEW.read_text("utf-8")
    assert Counter(c.where.value for c in cmap.citations) == {"body": 121, "table": 8, "caption": 4}
    assert text.count("^[") == 121
    assert cmap.malformed == () and cmap.uncited() == ()
    assert [c.index for c in cmap.citations] == list(range(1, 134))
    lines = [c.loc.line for c in cmap.citations]
    assert lines == sorted(lines)


def by_marker(cmap: CitationMap, marker: str, line: int):  # type: ignore[no-untyped-def]
    return next(c for c in cmap.citations if c.marker == marker and c.loc.line == line)


@pytest.mark.parametrize(
    ("marker", "line", "numbers", "section", "claim_start", "claim_end"),
    [
        (
            "^[1-2]",
            25,
            (1, 2),
            "intro",
            "多发性骨髓瘤(multiple myeloma, MM)是一种",
            "第二大最常见的血液系统的恶性肿瘤",
        ),
        ("^[3]", 25, (3,), "intro", "据统计", "年死亡人数约10万例"),
        ("^[96,107-108]", 131, (96, 107, 108), "3.1", "然而, CAR-T疗法", "免疫抑制性肿瘤微环境"),
        ("^[29]", 77, (29,), "1.2", "PUENTE等提出了", "靶向递送的材料。"),
        ("^[117]", 140, (117,), "3.2", "关键性III期研究显示", "(对照组24.9%)"),
        (
            "[19-21,24-28]",
            64,
            (19, 20, 21, 24, 25, 26, 27, 28),
            "1.1",
            "Precision targeting and immune regulation",
            "in mice to 100%",
        ),
        ("[114]", 164, (114,), "3.3.1", "图2 抗CD38", "的作用机制"),
        ("[135]", 227, (135,), "4", "Fig.5 The ferroptotic", "GPX4 regulatory pathway"),
    ],
)
def test_hand_checked_claims(
    cmap: CitationMap,
    marker: str,
    line: int,
    numbers: tuple[int, ...],
    section: str,
    claim_start: str,
    claim_end: str,
) -> None:
    cit = by_marker(cmap, marker, line)
    assert cit.numbers == numbers and cit.section == section
    assert cit.claim.text.startswith(claim_start), cit.claim.text
    assert cit.claim.text.endswith(claim_end), cit.claim.text


@pytest.mark.parametrize(
    ("marker", "line", "context"),
    [
        ("[19-21,24-28]", 64, "Protein/peptide-based materials | Antibodies and fusion proteins"),
        ("[22-23]", 65, "Protein/peptide-based materials | Protein/peptide nanocarriers"),
        ("[43-50]", 70, "Composite metal ion materials | MOFs (metal-organic frameworks)"),
        ("[114]", 164, ""),
    ],
)
def test_table_rows_keep_their_labels_as_context(
    cmap: CitationMap, marker: str, line: int, context: str
) -> None:
    cit = by_marker(cmap, marker, line)
    assert cit.claim.context.startswith(context) and bool(cit.claim.context) == bool(context)
    assert not context or context not in cit.claim.text


def test_claim_rejoined_across_page_break(cmap: CitationMap) -> None:
    cit = by_marker(cmap, "^[117]", 140)
    assert "达雷妥尤单抗组疾病进展或死亡风险降低44%" in cit.claim.text
    claim = by_marker(cmap, "^[1-2]", 25).claim.text
    assert "是仅次于淋巴瘤的第二大" in claim and "收稿日期" not in claim


@pytest.mark.parametrize(
    ("marker", "author"),
    [("^[36]", "DESAI"), ("^[29]", "PUENTE"), ("^[106]", "LIN"), ("^[85]", "YU")],
)
def test_narrative_authors(cmap: CitationMap, marker: str, author: str) -> None:
    cit = next(c for c in cmap.citations if c.marker == marker and c.narrative_author)
    assert cit.narrative_author == author


def test_reverse_index_and_glossary(cmap: CitationMap) -> None:
    assert len(cmap.by_reference[114]) == 6
    glossary = {(t.zh, t.en, t.abbr) for t in cmap.glossary}
    assert ("多发性骨髓瘤", "multiple myeloma", "MM") in glossary
    assert ("硼替佐米", "bortezomib", "BTZ") in glossary
    assert "bortezomib" in by_marker(cmap, "^[29]", 77).terms


@pytest.mark.parametrize(
    ("inner", "numbers", "problem"),
    [
        ("19-21,24-28", (19, 20, 21, 24, 25, 26, 27, 28), ""),
        ("96,107-108", (96, 107, 108), ""),
        ("1–3", (1, 2, 3), ""),
        ("1—3", (1, 2, 3), ""),
        ("1~3", (1, 2, 3), ""),
        ("1，3、5", (1, 3, 5), ""),
        ("2 - 4", (2, 3, 4), ""),
        ("5-3", (), "reversed"),
        ("12-", (), "open range"),
        ("0", (), "0 or below"),
        ("140", (), "above"),
        ("a", (), "cannot read"),
        ("", (), "empty"),
    ],
)
def test_expand_numbers(inner: str, numbers: tuple[int, ...], problem: str) -> None:
    got, why = expand_numbers(inner, 139)
    assert got == numbers and problem in why


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        ("as shown before [1,3-5].", [(1, 3, 4, 5)]),
        ("as shown<sup>12</sup> here", [(12,)]),
        ("如前所述（12）。", [(12,)]),
        ("两处^[1]和^[2-3]。", [(1,), (2, 3)]),
        ("no numbers (Smith et al., 2020) here", []),
    ],
)
def test_other_mark_forms(line: str, numbers: list[tuple[int, ...]]) -> None:
    assert [m.numbers for m in find_marks(line, 139)] == numbers


def test_author_year_is_recognised_not_numbered() -> None:
    assert AUTHOR_YEAR.search("(Smith et al., 2020)")
    assert find_marks("(Smith et al., 2020)", 139) == []


def test_malformed_marks_reported_with_line() -> None:
    text = "甲^[5-3]。乙^[12-]。丙^[0]。丁^[200]。戊^[3\n参考文献\n[1] A B. T [J]. J, 2020, 1: 1.\n"
    cmap = build_citation_map(text, "m.txt", 139)
    assert len(cmap.malformed) == 5 and cmap.citations == ()
    assert all(f.loc is not None and f.loc.line == 1 for f in cmap.malformed)
    assert "unclosed" in cmap.malformed[-1].message


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_random_text_never_raises(text: str) -> None:
    cmap = build_citation_map(text, "r.txt", 50)
    assert all(1 <= n <= 50 for c in cmap.citations for n in c.numbers)
