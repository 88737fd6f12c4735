"""Citation keys: readable, unique case-insensitively, stable for the same list."""

from __future__ import annotations

import pytest

from mmrefs.keys import assign_keys, base_key, romanize
from mmrefs.model import Author, Reference, SourceLoc


def ref(
    family: str = "",
    year: str = "2020",
    title: str = "Heart failure",
    literal: str = "",
    **more: object,
) -> Reference:
    authors = (Author(family, "J", literal=literal),) if family or literal else ()
    return Reference("", None, "", SourceLoc("t.txt", 1), authors=authors, year=year,
                     title=title, **more)  # type: ignore[arg-type]  # fmt: skip


@pytest.mark.parametrize(
    ("reference", "key"),
    [
        (ref("Smith"), "smith2020heart"),
        (ref("van der Berg", title="The heart of things"), "berg2020heart"),
        (ref("DE LA PUENTE", title="A study"), "puente2020study"),
        (ref("Müller", title="Über Herzen"), "muller2020uber"),
        (ref(literal="The World Health Organization"), "world2020heart"),
        (ref("", year="", title=""), "anon"),
        (ref("Smith", year="2019a"), "smith2019heart"),
        (ref("张", title="肿瘤免疫治疗"), "zhang2020zhongliu"),
    ],
)
def test_base_keys(reference: Reference, key: str) -> None:
    assert base_key(reference) == key


def test_chinese_entries_with_a_translation_use_it() -> None:
    zh = ref("张", title="肿瘤免疫治疗", language="zh", title_translation="Tumour immunotherapy",
             authors_translation=(Author("ZHANG", "S"),))  # fmt: skip
    assert base_key(zh) == "zhang2020tumour"


def test_clashes_get_letters_in_order_past_z() -> None:
    keys = [r.key for r in assign_keys([ref("Smith")] * 29)]
    assert keys[:3] == ["smith2020heart", "smith2020hearta", "smith2020heartb"]
    assert keys[26:] == ["smith2020heartz", "smith2020heartaa", "smith2020heartab"]
    assert len({k.lower() for k in keys}) == 29


def test_taken_keys_are_avoided_case_insensitively() -> None:
    (only,) = assign_keys([ref("Smith")], taken=["Smith2020Heart"])
    assert only.key == "smith2020hearta"


def test_keys_are_stable_and_depend_only_on_the_references() -> None:
    refs = [ref("Smith"), ref("Jones"), ref("Smith")]
    assert [r.key for r in assign_keys(refs)] == [r.key for r in assign_keys(refs)]
    assert [r.key for r in assign_keys(refs)] == ["smith2020heart", "jones2020heart",
                                                   "smith2020hearta"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "plain"), [("Ñuñez-Díaz", "nunezdiaz"), ("O'Brien", "obrien"), ("李", "li")]
)
def test_romanize(text: str, plain: str) -> None:
    assert romanize(text) == plain
