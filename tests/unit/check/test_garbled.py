"""`reference.garbled` as a table: printed names and titles that must and must not be
reported, alone and against a registry record."""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.check.garbled import garbled, odd_case_word
from mmrefs.model import Author, Finding, Severity
from tests.unit.check.factory import make_build, ref, resolved, with_findings

ODD_CASE = [
    ("SMITh", True),
    ("GRUNEBaum", True),
    ("SmiTh", True),
    ("SMITH", False),
    ("Smith", False),
    ("McDONALD", False),
    ("McCloskey", False),
    ("MacKenzie", False),
    ("DeVita", False),
    ("O'Brien", False),
    ("干", False),
    ("Müller", False),
    ("MÜLLER", False),
    ("GRUNEBäum", True),
    ("MARÍN-PAYÁ", False),
]


@pytest.mark.parametrize(("word", "odd"), ODD_CASE)
def test_odd_case_word(word: str, odd: bool) -> None:
    assert odd_case_word(word) is odd


GARBLED = [
    # (label, authors, reference fields, registry authors or None, reasons)
    ("clean", ["ZHANG H", "LI M"], {}, None, []),
    ("odd case", ["LOVES R", "GRUNEBaum E"], {}, None, ["odd-case"]),
    ("particles and Mc", ["DE LA PUENTE P", "McDONALD R"], {}, None, []),
    ("cut surname suspected", ["OYAJOB I B O"], {}, None, ["cut-surname?"]),
    ("three initials, consonant first", ["ZHANG Z W B"], {}, None, []),
    ("cut surname confirmed", ["OYAJOB I B O"], {}, [Author("Oyajobi", "B O")], ["cut-surname"]),
    (
        "registry spells differently",
        ["PILLARISSETTI K", "POWERS G"],
        {},
        [Author("Pillarisetti", "K"), Author("Powers", "G")],
        ["registry-spelling"],
    ),
    ("registry case and accents only", ["MARIN-PAYA J C"], {}, [Author("Marín-Payá", "J C")], []),
    (
        "registry capitalises the particle",
        ["VAN NIEUWENHUIJZEN N"],
        {},
        [Author("Van Nieuwenhuijzen", "N")],
        [],
    ),
    (
        "registry capitalises a compound",
        ["DE LA RUBIA COMOS J"],
        {},
        [Author("De La Rubia Comos", "J")],
        [],
    ),
    ("a different person is the resolver's", ["SMITH J"], {}, [Author("Kumar", "S")], []),
    (
        "unbalanced parenthesis",
        ["LI M"],
        {"raw": "[4] LI M. T [J]. Blood, 2020, 1(2: 3-4."},
        None,
        ["brackets"],
    ),
    (
        "balanced Chinese parentheses",
        ["干军"],
        {"raw": "[4] 干军. 题（英文 (X)） [J]. 杂志, 2020."},
        None,
        [],
    ),
    (
        "HTML left in title",
        ["LI M"],
        {"title": "Effect of <i>in vivo</i> delivery"},
        None,
        ["markup"],
    ),
    ("TeX left in title", ["LI M"], {"title": r"The \textit{BCL2} family"}, None, ["markup"]),
    ("asterisk left in title", ["LI M"], {"title": "*In vitro* model"}, None, ["markup"]),
    (
        "rendered math is fine",
        ["LI M"],
        {"title": "Nanocomposite As₄S₄/ZnS and β-catenin"},
        None,
        [],
    ),
]


@pytest.mark.parametrize(
    ("label", "authors", "fields", "record", "reasons"), GARBLED, ids=[r[0] for r in GARBLED]
)
def test_garbled(
    label: str,
    authors: list[str],
    fields: dict[str, Any],
    record: list[Author] | None,
    reasons: list[str],
) -> None:
    reference = ref(4, fields.pop("title", "T"), *authors, **fields)
    resolutions = [resolved(reference, authors=tuple(record))] if record is not None else []
    found = garbled(make_build([reference], resolutions=resolutions))
    assert [r for f in found for k, r in f.evidence if k == "reason"] == reasons
    for f in found:
        assert f.code == "reference.garbled" and f.loc == reference.loc
        assert f.message.startswith("[4] looks garbled: ")
    if reasons == ["cut-surname?"]:
        assert found[0].severity == Severity.INFO


def test_first_author_left_to_the_resolver_when_it_reported() -> None:
    reference = ref(4, "T", "PILLARISSETTI K")
    mismatch = Finding("resolve.mismatch.first_author", Severity.WARNING, "m", (4,))
    res = with_findings(resolved(reference, authors=(Author("Pillarisetti", "K"),)), mismatch)
    assert garbled(make_build([reference], resolutions=[res])) == ()


def test_message_lists_every_garble() -> None:
    reference = ref(4, "The <b>bold</b> claim", "GRUNEBaum E")
    (finding,) = garbled(make_build([reference]))
    assert finding.message == (
        "[4] looks garbled: author name 'GRUNEBaum' has odd mixed case; title keeps markup '<b>'"
    )
