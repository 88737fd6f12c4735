"""The name fast path (`styles.namefast`) reads as the general reader (`read_pieces`) does.

`quick_name` and `quick_pair` stand in for `person` and `inverted_pair` on the common
shapes; a piece they accept must read the same either way, and a block must read the
same with the fast path on or off (monkeypatched away), in every orientation.
"""

from __future__ import annotations

import random

import pytest

from mmrefs.ingest.styles import people
from mmrefs.ingest.styles.namefast import quick_name, quick_pair

FAMILIES = (
    "Smith", "Jr", "Sr", "Ii", "Iii", "Iv", "Group", "Society", "Lee", "St", "Van", "De",
    "van", "de la Cruz", "O'Neil", "García", "Clara-Trujillo", "Abu Bakr", "Li", "SMITH",
    "Of", "And", "Mc", "Al-Sayed", "Committee", "Team", "X",
)  # fmt: skip
INITIALS = (
    "A", "AR", "ABC", "ABCD", "A.", "A. R.", "A.R.", "A. R", "J.-L.", "Ana", "Ana R.", "Jr",
    "II", "a", "A. B. C. D.", "A. B. C. D. E.", "Ar", "ÅR", "",
)  # fmt: skip
SEPARATORS = (", ", ",", ", and ", " and ", " & ", "; ", ", et al", " et al.", "，")


def pieces_sample(rng: random.Random) -> str:
    family, given = rng.choice(FAMILIES), rng.choice(INITIALS)
    shape = rng.randrange(5)
    if shape == 0:
        return f"{family} {given}".strip()
    if shape == 1:
        return f"{given} {family}".strip()
    if shape == 2:
        return f"{family}, {given}".strip(", ")
    if shape == 3:
        return f"{family}  {given}"
    return rng.choice((family, given)) or family


def blocks(count: int = 4000, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        names = [pieces_sample(rng) for _ in range(rng.randint(1, 6))]
        text = names[0]
        for name in names[1:]:
            text += rng.choice(SEPARATORS) + name
        out.append(text)
    return out


TABLE = (
    "Smith AR, Jones B, Lee CDE, et al",
    "Smith AR, Group B",
    "Smith, A. R., Jones, B., & Lee, C. D.",
    "Smith, A.R., Jr, A.",
    "Jr, A., Smith, B.",
    "A. R. Smith, B. Jones, and C. D. Lee",
    "A. R. Jr, B. Smith",
    "A. B. C. D. Smith",
    "Smith AR, van der Berg J",
    "Smith, Ana R., Linda G. Pereira, and L. W. Huber",
    "Society AB, Smith C",
    "SMITH A R, JONES B",
)


def general(monkeypatch: pytest.MonkeyPatch, block: str, **flags: bool) -> people.Names:
    with monkeypatch.context() as patch:
        patch.setattr(people, "quick_name", lambda piece: None)
        patch.setattr(people, "quick_pair", lambda family, given: None)
        return people.read_names(block, **flags)


@pytest.mark.parametrize("block", [*TABLE, *blocks()])
def test_blocks_read_the_same_with_and_without_the_fast_path(
    monkeypatch: pytest.MonkeyPatch, block: str
) -> None:
    for family_first in (True, False):
        for inverted_first in (True, False):
            flags = {"family_first": family_first, "inverted_first": inverted_first}
            assert people.read_names(block, **flags) == general(monkeypatch, block, **flags)


def test_accepted_pieces_read_as_person_and_never_pair() -> None:
    rng = random.Random(5)
    pieces = [pieces_sample(rng) for _ in range(6000)] + ["Smith AR", "A. R. Smith"]
    accepted = 0
    for piece in pieces:
        quick = quick_name(piece)
        if quick is None:
            continue
        accepted += 1
        assert not people.is_suffix(piece)
        for flag in (True, False):
            assert quick == people.person(piece, flag), piece
            assert people.inverted_pair(piece, rng.choice(pieces), flag) is None, piece
    assert accepted > 100  # the shapes the samples are made of do reach the fast path


def test_accepted_pairs_read_as_inverted_pairs() -> None:
    rng = random.Random(6)
    accepted = 0
    for _ in range(6000):
        family, given = rng.choice(FAMILIES), rng.choice(INITIALS)
        quick = quick_pair(family, given)
        if quick is None:
            continue
        accepted += 1
        assert not people.is_suffix(family)
        for flag in (True, False):
            assert quick == people.inverted_pair(family, given, flag), (family, given)
    assert accepted > 100


def test_fast_shapes_are_taken_and_others_declined() -> None:
    assert quick_name("Smith AR") is not None
    assert quick_name("A. R. Smith") is not None
    assert quick_pair("Smith", "A. R.") is not None
    for piece in ("Smith Jr", "Group AB", "A. R. Jr", "van Smith A", "Smith", "García AR"):
        assert quick_name(piece) is None, piece
    for family, given in (("Jr", "A."), ("Smith", "Ana"), ("Smith", "A. R"), ("de", "A.")):
        assert quick_pair(family, given) is None, (family, given)
