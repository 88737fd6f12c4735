"""Author blocks in every style's shape → people; a new shape is one row."""

from __future__ import annotations

import pytest

from mmrefs.ingest.styles.people import read_names

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
