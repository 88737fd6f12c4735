"""The name fast path (`styles.namefast`) reads as the general reader (`read_pieces`) does.

`quick_name` and `quick_pair` stand in for `person` and `inverted_pair` on the common
shapes; a piece they accept must read the same either way, and a block must read the
same with the fast path on or off (monkeypatched away), in every orientation. And
`read_names` as a whole (names scored as they are read, the pair score known without
`plausible`, the ASCII split) must read as the plain algorithm below does.
"""

from __future__ import annotations

import random
import re

import pytest

from mmrefs.ingest.authors import ANONYMOUS, pinyin_given_first
from mmrefs.ingest.styles import people
from mmrefs.ingest.styles.namefast import quick_name, quick_pair
from mmrefs.model import Author

FAMILIES = (
    "Smith", "Jr", "Sr", "Ii", "Iii", "Iv", "Group", "Society", "Lee", "St", "Van", "De",
    "van", "de la Cruz", "O'Neil", "García", "Clara-Trujillo", "Abu Bakr", "Li", "SMITH",
    "Of", "And", "Mc", "Al-Sayed", "Committee", "Team", "X",
)  # fmt: skip
INITIALS = (
    "A", "AR", "ABC", "ABCD", "A.", "A. R.", "A.R.", "A. R", "J.-L.", "Ana", "Ana R.", "Jr",
    "II", "a", "A. B. C. D.", "A. B. C. D. E.", "Ar", "ÅR", "",
)  # fmt: skip
SEPARATORS = (", ", ",", ", and ", " and ", " & ", "; ", ", et al", " et al.", "，", "、", ", 等")
# CJK names, bodies and near misses: compound families, `佚名` (no name), body endings,
# too long, a space inside, a capital before or after.
CJK = (
    "王洋秀", "唐洋", "司马婷明", "欧阳", "欧阳婷", "王", "佚名", "示例协会", "研究中心",
    "王洋秀明德", "工作组", "李小组", "王学", "王 洋", "Smith中", "中Smith", "㐀洋", "Anonymous",
)  # fmt: skip


def pieces_sample(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return rng.choice(CJK)
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
    pieces = [pieces_sample(rng) for _ in range(6000)] + ["Smith AR", "A. R. Smith", *CJK]
    accepted = 0
    for piece in pieces:
        quick = quick_name(piece)
        if quick is None:
            continue
        accepted += 1
        assert not people.is_suffix(piece)
        assert people.plausible(quick) == 1.0, piece  # what `read_pieces` counts it as
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
        assert people.plausible(quick) == 1.0, (family, given)
        for flag in (True, False):
            assert quick == people.inverted_pair(family, given, flag), (family, given)
    assert accepted > 100


def test_fast_shapes_are_taken_and_others_declined() -> None:
    assert quick_name("Smith AR") is not None
    assert quick_name("A. R. Smith") is not None
    assert quick_pair("Smith", "A. R.") is not None
    assert quick_name("王洋秀") == Author("王", "洋秀")
    assert quick_name("欧阳婷") == Author("欧阳", "婷")
    for piece in ("Smith Jr", "Group AB", "A. R. Jr", "van Smith A", "Smith", "García AR"):
        assert quick_name(piece) is None, piece
    for piece in ("佚名", "示例协会", "王洋秀明德", "王", "王 洋", "Smith中"):
        assert quick_name(piece) is None, piece
    for family, given in (("Jr", "A."), ("Smith", "Ana"), ("Smith", "A. R"), ("de", "A.")):
        assert quick_pair(family, given) is None, (family, given)


def plain_read_names(block: str, family_first: bool, inverted_first: bool) -> people.Names:
    """`read_names` without any fast path or shortcut: each piece a suffix, an inverted
    pair or a whole name, the readings that are no name left out afterwards, and the
    score the mean of `plausible` over the rest."""
    block = block.strip().rstrip(",;:").strip()
    block, et_al = people.pop_et_al(block)
    block = block.strip().rstrip(",;").strip()
    if not block:
        return people.Names((), et_al, 1.0 if et_al else 0.0)
    if people.divided_body(block):  # `Example Corporation (Widget Div.)`: one body
        body = Author(literal=block)
        return people.Names((body,), et_al, people.plausible(body))
    read: list[Author] = []
    odd = False  # a whole name read as a body or an initial and two words
    if ";" not in block and people.lone_word(block):  # `Examplify`: one word
        acronym = re.fullmatch(r"[A-Z]{3,8}(?:-[A-Z]{1,3})?", block)  # `WHO`, `ITU-R`: a body
        lone = people.BODY_SCORE if acronym else people.LONE_WORD_SCORE
        return people.Names((Author(literal=block),), et_al, lone)
    cut = False
    if ";" in block and any("," in p and people.listed_names(p) for p in block.split(";")):
        # names before a group author: a piece of several names read as a block of its own
        pairs: list[tuple[Author, float]] = []
        for p in block.split(";"):
            if "," in p and people.listed_names(p):
                sub = plain_read_names(p, family_first, inverted_first)
                pairs.extend((a, sub.score) for a in sub.authors)
            elif p.strip():
                one = people.inverted(p)
                if (one.family or one.literal) and one.literal not in ANONYMOUS:
                    pairs.append((one, people.plausible(one)))
        if not pairs:
            return people.Names((), et_al, 0.0)
        mean = sum(s for _, s in pairs) / len(pairs)
        return people.Names(tuple(a for a, _ in pairs), et_al, mean)
    if ";" in block:
        read = [people.inverted(p) for p in block.split(";") if p.strip()]
    else:
        whole = block
        block = people._CONNECT.sub(", ", block)
        if "/" in block:  # `Example, Anna/Other, Bernd`: German lists' slashes
            block = people.slashed_names(block)
        pieces = [p for p in (q.strip() for q in people._SEPARATORS.split(block)) if p]
        if family_first and pinyin_given_first(pieces):  # `Jialin Wang, Jin Chen`
            family_first = False
        if family_first and people.spelled_and_names(whole, pieces):  # `Ana Example and B…`
            family_first = False
        inverted = inverted_first or people.one_inverted(whole, pieces)
        idx = 0
        while idx < len(pieces):
            piece, nxt = pieces[idx], pieces[idx + 1] if idx + 1 < len(pieces) else ""
            pair = people.inverted_pair(piece, nxt, inverted and idx == 0) if nxt else None
            if read and people.is_suffix(piece):
                prev = read[-1]
                read[-1] = Author(prev.family, prev.given, piece.rstrip("."), prev.literal)
            elif pair is not None:
                read.append(pair)
                idx += 1
                family_first = False
            else:
                read.append(people.person(piece, family_first))
                odd = odd or people.unusual(read[-1])
            idx += 1
        if odd and people.one_body(pieces, whole):  # a whole name read as a body: one?
            body = Author(literal=whole)
            return people.Names((body,), et_al, people.plausible(body))
        cut = people.cut_inside_name(pieces, whole) or people.title_run_on(pieces)
    kept = [a for a in read if (a.family or a.literal) and a.literal not in ANONYMOUS]
    if not kept:
        return people.Names((), et_al, 0.0)
    score = sum(map(people.plausible, kept)) / len(kept)  # as read, before middle names
    if odd:  # middle names: after a whole name read as an initial and two words
        kept = people.spelled_middle_names(kept)
    if cut:  # a block that ends inside a name scores as no names, at most
        score = min(score, people.CUT_SCORE)
    return people.Names(tuple(kept), et_al, score)


@pytest.mark.parametrize("seed", range(4))
def test_blocks_read_as_the_plain_algorithm(seed: int) -> None:
    for block in [*TABLE, *blocks(1500, seed)]:
        for family_first in (True, False):
            for inverted_first in (True, False):
                expected = plain_read_names(block, family_first, inverted_first)
                assert people.read_names(block, family_first, inverted_first) == expected, block


def test_pair_scores_read_as_plausible() -> None:
    """`pair_read` scores an undemoted pair 1.0 without `plausible`: check it does as
    `plausible` would, demoted particles (`Wei J. von`) and CJK families included."""
    rng = random.Random(7)
    families = (*FAMILIES, "Stein", "Smith中", "Ekre", "O’Connor", "SMITH", "Clara-Trujillo")
    givens = (*INITIALS, "Wei J. von", "A. van der", "Ana Maria", "Eldbjørg Leinebø", "Lee")
    for _ in range(6000):
        piece, nxt, first = rng.choice(families), rng.choice(givens), rng.random() < 0.5
        pair = people.inverted_pair(piece, nxt, first)
        read = people.pair_read(piece, nxt, first)
        assert read == (None if pair is None else (pair, people.plausible(pair))), (piece, nxt)


def test_the_fast_path_leaves_every_body_ending_to_the_general_reader() -> None:
    """`namefast._BODY_ENDS` spells out the last characters of `people._CJK_BODY`'s
    endings: an ending added there must be added here, or bodies take the fast path."""
    from mmrefs.ingest.styles.namefast import _BODY_ENDS
    from mmrefs.ingest.styles.people import _CJK_BODY

    endings = _CJK_BODY.pattern.removeprefix("(?:").removesuffix(")$").split("|")
    assert endings and all(ending[-1] in _BODY_ENDS for ending in endings)
