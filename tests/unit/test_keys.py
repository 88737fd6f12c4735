"""Citation keys: readable, unique case-insensitively, stable for the same list."""

from __future__ import annotations

import random
import re
from dataclasses import FrozenInstanceError, dataclass, fields, replace

import pytest

from mmrefs.keys import (
    STOP_WORDS,
    assign_keys,
    author_part,
    base_key,
    key_base,
    romanize,
    title_part,
)
from mmrefs.model import Author, Kind, Reference, SourceLoc
from mmrefs.text import ascii_fold, has_cjk


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


# The fast paths (ASCII titles, the ASCII head of other titles, plain years, the slot copy)
# are checked against the plain computation they replace, on random input.

_PIECES = ["heart", "The", "a", "AN", "of", "de", "LES", "Über", "naïve", "β-catenin", "NF-κB",
           "ﬁbrosis", "Straße", "æther", "ŁÓDŹ", "e\u0301tude", "\u0301", "①", "x_y", "_", "1990s",
           "COVID-19", "abc\u00e9def", "the\u00e9", "İstanbul", "ΣΑΣ", "肿瘤", "免疫治疗", "—", "(",
           ":", "’s", "Une", "x²", "µm", "ǅemal", "Å", "\u00a0", "", "٢٠٢٠"]  # fmt: skip
_SEPARATORS = [" ", " ", "", "-", ", ", "/"]


def _random_title(rnd: random.Random) -> str:
    sep = rnd.choice(_SEPARATORS)
    return sep.join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 5)))


def _plain_title_part(title: str) -> str:
    if has_cjk(title[:2]):
        return romanize(title[:2])
    for word in re.findall(r"[^\W_]+", ascii_fold(title)):
        if word.lower() not in STOP_WORDS:
            return romanize(word)
    return ""


def _plain_base_key(ref: Reference) -> str:
    authors = (
        ref.authors_translation if ref.language == "zh" and ref.authors_translation else ref.authors
    )
    title = ref.title_translation or ref.title
    parts = [author_part(authors) or "anon", re.sub(r"\D", "", ref.year)[:4]]
    return "".join([*parts, _plain_title_part(title)]) or "ref"


def _plain_assign_keys(refs: list[Reference], taken: list[str]) -> tuple[Reference, ...]:
    used = {k.lower() for k in taken}
    out = []
    for ref in refs:
        base = _plain_base_key(ref)
        key, n = base, 0
        while key.lower() in used:
            n += 1
            letters, m = "", n
            while m:
                m, rem = divmod(m - 1, 26)
                letters = chr(97 + rem) + letters
            key = base + letters
        used.add(key.lower())
        out.append(replace(ref, key=key))
    return tuple(out)


_YEARS = ["2020", "2019a", "", "n.d.", "２０２０", "1999-2000", "20"]


def _random_reference(rnd: random.Random, n: int) -> Reference:
    names = ["Smith", "van der Berg", "DE LA PUENTE", "Müller", "张", "欧阳", "Øster", "", "Δημα"]
    authors = tuple(
        Author(literal=rnd.choice(["The WHO", "中华医学会", "of the", ""]))
        if rnd.random() < 0.1
        else Author(rnd.choice(names), "J")
        for _ in range(rnd.choice([0, 1, 1, 2]))
    )
    return Reference(rnd.choice(["", "x", "smith2020heart"]), n, f"raw {n}", SourceLoc("t.txt", n),
                     title=_random_title(rnd), authors=authors,
                     title_translation=_random_title(rnd) if rnd.random() < 0.2 else "",
                     authors_translation=(Author("ZHANG", "S"),) if rnd.random() < 0.2 else (),
                     language=rnd.choice(["zh", "en", ""]),
                     year=rnd.choice(_YEARS))  # fmt: skip


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("The β-catenin pathway", "catenin"),
        ("Heart β-blockers", "heart"),
        ("abcédef and more", "abcedef"),
        ("the\u00e9 heart", "thee"),
        ("An Über view", "uber"),
        ("ﬁbrosis", "fibrosis"),
        ("e\u0301tude", "etude"),
        ("of — the", ""),
    ],
)
def test_title_part_reads_past_the_ascii_head_only_when_it_must(title: str, word: str) -> None:
    assert title_part(title) == _plain_title_part(title) == word


def test_title_part_matches_the_plain_fold_on_random_titles() -> None:
    rnd = random.Random(7)
    for title in (_random_title(rnd) for _ in range(5000)):
        assert title_part(title) == _plain_title_part(title), title


def test_assign_keys_matches_the_plain_computation_on_random_references() -> None:
    rnd = random.Random(11)
    refs = [_random_reference(rnd, n) for n in range(3000)]
    refs += [rnd.choice(refs[:4]) for _ in range(800)]  # suffixes past z, zz
    taken = ["SMITH2020HEART", "anon", "ANONa", "zhang2020zhongliu"]
    for kept in ([], taken):
        keyed = assign_keys(refs, kept)
        assert [base_key(r) for r in refs] == [_plain_base_key(r) for r in refs]
        assert keyed == _plain_assign_keys(refs, kept)
        assert [repr(r) for r in keyed] == [repr(r) for r in _plain_assign_keys(refs, kept)]
        assert {type(r) for r in keyed} == {Reference}


def test_a_reference_holding_its_key_is_kept_and_a_clash_is_copied() -> None:
    full = Reference(
        "old", 7, "raw", SourceLoc("t.txt", 3, 4), Kind.ARTICLE, "J", "Title", "Titre",
        (Author("Smith", "J"),), True, (Author("Li", "X"),), "Nature", "自然", "2020", "1",
        "2", "3-4", "3", "4", "e5", "10.1/x", "123", "https://x", "Pub", "London", "en",
        ("kw",), "Abstract", (("edition", "2"),), (("title", "crossref"),),
    )  # fmt: skip
    assert all(getattr(full, f.name) != f.default for f in fields(Reference))
    born = replace(full, key=base_key(full))
    first, second = assign_keys([born, born])
    assert first is born  # frozen: a reference that holds its key is not copied
    assert second == replace(full, key=base_key(full) + "a")
    with pytest.raises(FrozenInstanceError):
        second.key = "changed"  # type: ignore[misc]


def test_key_base_reads_the_fields_base_key_reads() -> None:
    rnd = random.Random(3)
    for ref in (_random_reference(rnd, n) for n in range(500)):
        assert key_base(
            ref.authors, ref.authors_translation, ref.language, ref.year, ref.title,
            ref.title_translation,
        ) == _plain_base_key(ref)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Annotated(Reference):
    note: str = ""


def test_a_reference_subclass_is_copied_whole() -> None:
    sub = _Annotated("", None, "raw", SourceLoc("t.txt", 1), title="Heart", note="kept")
    (keyed,) = assign_keys([sub])
    assert type(keyed) is _Annotated
    assert keyed == replace(sub, key="anonheart")
    assert keyed.note == "kept"
