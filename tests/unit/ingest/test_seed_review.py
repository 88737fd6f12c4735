"""Golden tests over all 139 references of the bundled review, plus hand-checked rows."""

from __future__ import annotations

import pytest

from mmrefs.formats.jsonmodel import render_json
from mmrefs.model import Document, Kind


def test_all_139_references_parse_and_match_golden(review: Document, golden) -> None:
    assert [r.number for r in review.references] == list(range(1, 140))
    assert review.failures == ()
    assert review.findings == ()
    golden("mm-biomaterials-review.mmrefs.json", render_json(review))


def test_page_break_insertions_are_kept_not_leaked(review: Document) -> None:
    ref4 = review.by_number()[4]
    assert ref4.title.endswith("ethnicity in the United States")
    assert "铁死亡" not in ref4.raw and "ferroptotic" not in ref4.raw
    assert ref4.loc.line == 217 and ref4.loc.end_line == 229
    skipped = [s.text for s in review.skipped]
    assert any(s.startswith("图5") for s in skipped)
    assert any(s.startswith("Fig.5") for s in skipped)
    assert len(review.skipped) == 4
    ref54 = review.by_number()[54]
    assert "stromal Wnt/β-catenin signaling" in ref54.title


@pytest.mark.parametrize(
    ("number", "field", "expected"),
    [
        (1, "pages", "1802-24"),
        (1, "first_page", "1802"),
        (1, "last_page", "1824"),
        (1, "container", "Am J Hematol"),
        (1, "volume", "99"),
        (1, "issue", "9"),
        (20, "article_number", "e2307852"),
        (20, "first_page", ""),
        (47, "issue", "Pt 2"),
        (79, "issue", "Suppl.1"),
        (125, "issue", "12 Suppl"),
        (103, "first_page", "D1670"),
        (103, "last_page", "D1676"),
        (118, "first_page", "S205"),
        (118, "last_page", "S212"),
        (131, "last_page", "E642"),
        (106, "doi", "10.1101/2025.09.22.677496"),
        (106, "volume", ""),
        (124, "doi", "10.1186/ar2168"),
        (124, "container", "Arthritis Res Ther"),
        (51, "title", "In vitro and ex vivo anti-myeloma effects of nanocomposite As₄S₄/ZnS/Fe₃O₄"),
        (
            3,
            "title",
            "In vivo evaluation of CD38 and CD138 as targets for nanoparticle-based drug"
            " delivery in multiple myeloma",
        ),
        (
            66,
            "title",
            "Dextran microsphere embolization: experimental and clinical experience "
            "with radiologic-pathologic correlation. Work in progress",
        ),
        (68, "title", "多发性骨髓瘤患者血浆相关细胞因子水平及临床意义"),
        (
            68,
            "title_translation",
            "Plasma levels and clinical significance of cytokine "
            "profile in patients with multiple myeloma",
        ),
        (68, "container", "中国实验血液学杂志"),
        (68, "container_translation", "Journal of Experimental Hematology"),
        (68, "language", "zh"),
        (1, "language", "en"),
        (95, "container_translation", "National Medical Journal of China"),
        (95, "volume", "102"),
        (95, "issue", "30"),
        (95, "last_page", "2356"),
        (8, "article_number", "899272"),
        (2, "first_page", "45"),
        (1, "type_code", "J"),
    ],
)
def test_hand_checked_fields(review: Document, number: int, field: str, expected: str) -> None:
    assert getattr(review.by_number()[number], field) == expected


@pytest.mark.parametrize(
    ("number", "position", "family", "given", "suffix"),
    [
        (29, 0, "DE LA PUENTE", "P", ""),
        (70, 0, "HESHMATI AGHDA", "N", ""),
        (100, 1, "ANDERSON", "L D", "Jr"),
        (5, 0, "GUIMARÃES", "P P G", ""),
        (93, 0, "DE ALMEIDA BARCELOS", "K", ""),
        (22, 0, "VAN DER VREKEN", "A", ""),
        (121, 2, "DE LA RUBIA COMOS", "J", ""),
        (68, 1, "陈", "葆国", ""),
        (137, 1, "OZTURK KURT", "B", ""),
        (104, 1, "GRUNEBaum", "E", ""),
    ],
)
def test_hand_checked_authors(
    review: Document, number: int, position: int, family: str, given: str, suffix: str
) -> None:
    author = review.by_number()[number].authors[position]
    assert (author.family, author.given, author.suffix) == (family, given, suffix)


def test_et_al_and_translation_authors(review: Document) -> None:
    refs = review.by_number()
    assert refs[2].et_al and not refs[1].et_al
    assert refs[68].et_al
    assert [a.family for a in refs[68].authors_translation] == ["GAN", "CHEN", "ZHANG"]
    assert all(r.kind == Kind.ARTICLE for r in review.references)


def test_keys_unique_case_insensitively_and_stable(review: Document) -> None:
    keys = [r.key.lower() for r in review.references]
    assert len(set(keys)) == 139
    refs = review.by_number()
    assert refs[1].key == "rajkumar2024multiple"
    assert refs[29].key == "puente2018enhancing"
    assert refs[68].key == "gan2022plasma"
