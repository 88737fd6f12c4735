"""Author blocks in every style's shape → people; a new shape is one row."""

from __future__ import annotations

import pytest

from mmrefs.ingest.styles.heads import body_lead, names_after_title
from mmrefs.ingest.styles.people import divided_body, parted_japanese_names, read_names
from mmrefs.model import Author

# (block, family_first, inverted_first, [(family, given)], et al)
ROWS = [
    (
        "Smith AR, Pereira LG, Cox CC Jr, et al",
        True,
        False,
        [("Smith", "AR"), ("Pereira", "LG"), ("Cox", "CC")],
        True,
    ),
    ("SMITH A R, VAN DER BERG A, 等", True, False, [("SMITH", "A R"), ("VAN DER BERG", "A")], True),
    (
        "Smith, A. R., Pereira, L. G., & Huber, L. W.",
        True,
        False,
        [("Smith", "A. R."), ("Pereira", "L. G."), ("Huber", "L. W.")],
        False,
    ),
    ("Smith, A.R. et al.", True, False, [("Smith", "A.R.")], True),
    (
        "Smith, A. R.; Pereira, L. G.; Cox, C. C., Jr",
        True,
        False,
        [("Smith", "A. R."), ("Pereira", "L. G."), ("Cox", "C. C.")],
        False,
    ),
    (
        "A. R. Smith, L. G. Pereira, and L. W. Huber",
        False,
        False,
        [("Smith", "A. R."), ("Pereira", "L. G."), ("Huber", "L. W.")],
        False,
    ),
    (
        "N. W. C. J. van de Donk and K. Singh",
        False,
        False,
        [("van de Donk", "N. W. C. J."), ("Singh", "K.")],
        False,
    ),
    (
        "Smith, Ana R., Linda G. Pereira, and L. W. Huber",
        True,
        True,
        [("Smith", "Ana R."), ("Pereira", "Linda G."), ("Huber", "L. W.")],
        False,
    ),
    (
        "Ekre, Eldbjørg Leinebø, and Vebjørn Horsfjord",
        True,
        True,
        [("Ekre", "Eldbjørg Leinebø"), ("Horsfjord", "Vebjørn")],
        False,
    ),
    ("Li Wenjun, Okafor Chidi", True, False, [("Li", "Wenjun"), ("Okafor", "Chidi")], False),
    (
        "Tan WG, Santos Y, Demir L",
        True,
        False,
        [("Tan", "WG"), ("Santos", "Y"), ("Demir", "L")],
        False,
    ),
    ("Nakos, Th., Willis, J. P.", True, False, [("Nakos", "Th."), ("Willis", "J. P.")], False),
    (
        "Berg KL,Ito MR,Sato T,et al",
        True,
        False,
        [("Berg", "KL"), ("Ito", "MR"), ("Sato", "T")],
        True,
    ),
    ("陶子萍, 邵欣涵, 等", True, False, [("陶", "子萍"), ("邵", "欣涵")], True),
]


@pytest.mark.parametrize(
    ("block", "family_first", "inverted", "people", "et_al"), ROWS, ids=[r[0] for r in ROWS]
)
def test_name_blocks(
    block: str, family_first: bool, inverted: bool, people: list[tuple[str, str]], et_al: bool
) -> None:
    names = read_names(block, family_first, inverted)
    assert [(a.family, a.given) for a in names.authors] == people
    assert names.et_al is et_al
    assert names.score >= 0.75


def test_organisation_is_one_literal_name() -> None:
    names = read_names("Example Myeloma Working Group")
    assert [a.literal for a in names.authors] == ["Example Myeloma Working Group"]


def test_a_title_is_not_a_plausible_name_block() -> None:
    assert read_names("multiple myeloma: a review of things", True).score < 0.75


def test_a_body_with_its_division_in_parentheses_is_one_name() -> None:
    """IEEE: `Example Corporation (Staff of Widgets and Gears, Aerospace Div.)`, commas
    and all; a date or editor mark in parentheses is no division."""
    block = "Example Electric Corporation (Staff of Widgets and Gears, Aerospace Div.)"
    names = read_names(block)
    assert [a.literal for a in names.authors] == [block]
    assert names.score >= 0.75
    assert not divided_body("Example Widget Society (n.d.)")
    assert not divided_body("Sample, A. (Example Widget Group)")


def test_a_lone_word_is_enough_for_an_author_year_block_only() -> None:
    """`Examplify. 2016.`: a firm's one-word name is scored as a family alone."""
    names = read_names("Examplify")
    assert [a.literal for a in names.authors] == ["Examplify"]
    assert 0.5 <= names.score < 0.75
    assert read_names("Anonymous").authors == ()


def test_a_body_closed_by_a_comma_leads_a_given_first_entry() -> None:
    """`Example Bureau of Widgets, Title, …` (IEEE): the body and where the title starts;
    no body when a person, a year or a sentence comes first."""
    text = (
        "Example Bureau of Widgets, Widget Activity, Sampleland, Jun 2017. Sampletown: EBW, 2017."
    )
    found = body_lead(text)
    assert found is not None
    end, names = found
    assert text[end:].startswith("Widget Activity")
    assert [a.literal for a in names.authors] == ["Example Bureau of Widgets"]
    division = (
        "Example Corporation (Staff of Widgets, Gear Div.), Integrated Widgets. Place: P, 1970."
    )
    found = body_lead(division)
    assert found is not None and division[found[0] :].startswith("Integrated Widgets")
    for text in (
        "Sample AR, Example B. Widget care. Example J. 2019;1:2.",
        "Example Widget Society, 2019. Widget care.",
        "Widgets in use. Example Society, Sampletown, 2019.",
    ):
        assert body_lead(text) is None, text


def test_names_after_a_title_and_its_by() -> None:
    """IEEE's patent: `Title, by A.B. Example`."""
    found = names_after_title("Musical widget with an adjustable gear, by L.M.R. Sample.")
    assert found is not None
    title, names = found
    assert title == "Musical widget with an adjustable gear"
    assert [(a.family, a.given) for a in names.authors] == [("Sample", "L.M.R.")]
    assert names_after_title("Widgets, by and large, in use") is None


# `parted_japanese_names`: (name, authors as (family, given, literal), body, parted or None).
_WHOLE = "ウィジェットの研究"  # a body with kana: a Japanese entry
PARTED_JAPANESE: list[tuple[str, list[tuple[str, str, str]], str, list[tuple[str, str]] | None]] = [
    ("a name of four ideographs", [("道家太郎", "", "")], _WHOLE, [("道家", "太郎")]),
    ("a name of three", [("見本聡", "", "")], _WHOLE, [("見本", "聡")]),
    ("already parted", [("道家", "太郎", "")], _WHOLE, None),
    ("a family of two alone", [("道家", "", "")], _WHOLE, None),
    ("a body's name", [("日本例示学会", "", "")], _WHOLE, None),
    ("a prefecture", [("例示県", "", "")], _WHOLE, None),
    ("an agency", [("例示者庁", "", "")], _WHOLE, None),
    ("a house", [("例示出版", "", "")], _WHOLE, None),
    ("a title's head noun", [("環境問題", "", "")], _WHOLE, None),
    ("a literal", [("", "", "道家太郎")], _WHOLE, None),
    ("Latin letters", [("Doe", "", "")], _WHOLE, None),
    ("no kana: a Chinese entry", [("拉格曼", "", "")], "例示研究. 例示学报", None),
]


@pytest.mark.parametrize(
    ("name", "authors", "body", "parted"), PARTED_JAPANESE, ids=[r[0] for r in PARTED_JAPANESE]
)
def test_parted_japanese_names(
    name: str,
    authors: list[tuple[str, str, str]],
    body: str,
    parted: list[tuple[str, str]] | None,
) -> None:
    given = tuple(Author(family, first, literal=literal) for family, first, literal in authors)
    found = parted_japanese_names(given, body)
    if parted is None:
        assert found is None, name
    else:
        assert found is not None and [(a.family, a.given) for a in found] == parted, name
