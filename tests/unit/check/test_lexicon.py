"""The bundled lexicon: its data holds together, and text maps to the concepts a reader sees."""

from __future__ import annotations

from collections import defaultdict

import pytest

from mmrefs.check.lexicon import (
    CATEGORIES,
    TERM,
    bundled,
    compile_lexicon,
    find_entities,
    lexicon_for,
    parse_lexicon,
)
from mmrefs.model import Term


def test_lexicon_data_holds_together() -> None:
    concepts = bundled()
    names = {c.name for c in concepts}
    assert len(concepts) >= 250 and len(names) == len(concepts)
    owners: dict[str, set[str]] = defaultdict(set)
    for concept in concepts:
        assert concept.category in CATEGORIES, concept
        assert set(concept.broader) <= names, concept
        for word in (*concept.zh, *concept.en, *(a for a in concept.abbr)):
            owners[word.replace("-", " ")].add(concept.name)
    shared = {w: o for w, o in owners.items() if len(o) > 1}
    assert not shared, f"synonyms claimed by two concepts: {shared}"


def test_lexicon_header_cites_its_source() -> None:
    from importlib.resources import files

    text = files("mmrefs.check").joinpath("data/lexicon.tsv").read_text(encoding="utf-8")
    assert "MeSH" in text.split("\n# ---")[0] and "public domain" in text


FIND = [
    ("多发性骨髓瘤患者", {"multiple myeloma", "humans"}, {"bone marrow microenvironment"}),
    ("anti-myeloma activity of nanoparticles", {"multiple myeloma", "nanoparticle"}, set()),
    ("MM细胞表达CD38", {"multiple myeloma", "cd38"}, set()),
    ("MMP-9 and MMPs", set(), {"multiple myeloma"}),
    ("铁死亡", {"ferroptosis"}, {"iron"}),
    ("骨髓微环境", {"bone marrow microenvironment"}, {"tumor microenvironment"}),
    ("a humanized mouse model", {"mouse"}, {"humans"}),
    ("Liposomes: structure and types", {"liposome"}, set()),
    ("CAR-T细胞", {"chimeric antigen receptor t-cell"}, set()),
    ("硫酸乙酰肝素模拟物抑制乙酰肝素酶", {"heparan sulfate", "heparanase"}, set()),
    ("tumour cells and TNF-α", {"cancer", "tumor necrosis factor"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), FIND, ids=[r[0] for r in FIND])
def test_find_entities(text: str, present: set[str], absent: set[str]) -> None:
    found = find_entities(text, lexicon_for(()))
    assert present <= found and not (absent & found), found


def test_parse_rows_broader_and_latin_zh() -> None:
    rows = (
        "# comment\n"
        "肿瘤\tcancer|tumor\t\tdisease\t\tgeneric\n"
        "CD38抗原|CD38\tcd38\t\tgene\tcancer|x\n"
    )
    generic, cd38 = parse_lexicon(rows)
    assert generic.generic and generic.en == ("cancer", "tumor")
    assert cd38.zh == ("CD38抗原",) and cd38.abbr == ("CD38",) and cd38.broader == ("cancer", "x")
    lex = compile_lexicon((generic, cd38))
    assert lex.lineage("cd38") == {"cd38", "cancer"}


def test_glossary_joins_known_concepts_and_adds_new_ones() -> None:
    glossary = (
        Term("埃罗妥单抗", "elotuzumab", "Elo", 3),
        Term("星形孢菌素", "staurosporine", "STS", 4),
    )
    lex = lexicon_for(glossary)
    assert "elotuzumab" in find_entities("埃罗妥单抗激活NK细胞", lex)
    assert "elotuzumab" not in find_entities("埃罗妥单抗激活NK细胞", lexicon_for(()))
    assert lex.category("staurosporine") == TERM
    assert "staurosporine" in find_entities("STS induces apoptosis", lex)
