"""Linearity of the patterns round 25's G fix added or changed (timer-free): shared
machines are noisy, so each test checks the shape that keeps a pattern linear (one
quantifier over a class, a search bounded to the text's end, an anchored match) and its
results on runs of growing length of the piece it could meet."""

from __future__ import annotations

import pytest

from mmrefs.ingest import gbt7714
from mmrefs.ingest.styles import grammars, people


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_japanese_name_list_splits_on_a_mark_alone(size: int) -> None:
    """`_JAPANESE_NAME_LIST` is one class, no `\\s*` around it (which would try a run of
    spaces at each of its places); the pieces are stripped after the split."""
    assert "*" not in people._JAPANESE_NAME_LIST.pattern
    assert people.japanese_unspaced_pieces("道" + " " * size + "家") is None
    names = people.japanese_unspaced_pieces("道家太郎" + " " * size + "・例田花子")
    assert names is not None and [a.family for a in names] == ["道家", "例田"]


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_link_lost_is_looked_for_at_the_end(size: int) -> None:
    """`_LINK_LOST` closes on one class (`[\\s:.]*\\Z`), and `parse_gbt` searches it in
    the tail's last 40 characters only."""
    spaces = " " * size
    head = "Doe J. Widget handbook[M]. London: Example Press, 2004."
    assert isinstance(gbt7714.parse_gbt(f"{head}{spaces}Available{spaces}."), (dict, str))
    fields = gbt7714.parse_gbt(f"{head} Available :  .")
    assert isinstance(fields, dict) and fields["year"] == "2004"
    assert gbt7714._LINK_LOST.search("x." + spaces + "Available" + spaces + "x") is None


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_edition_sentence_on_repeated_editions(size: int) -> None:
    """`_EDITION_SENTENCE`'s tail is a class that holds no stop: from each stop it reads
    to the next one at most."""
    assert gbt7714._EDITION_SENTENCE.search(". 2nd ed. x" * size + ".") is None
    assert gbt7714._EDITION_SENTENCE.search("Title. 2nd ed." + " x" * size) is not None


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_russian_et_al_and_mixed_initials_are_anchored(size: int) -> None:
    """`_RUSSIAN_ET_AL` is matched at one place, `_MIXED_INITIALS` and `_NLM_PIECE` are
    full matches of one run each, `_ET_AL_COLON` is searched in a window of 9."""
    assert grammars._RUSSIAN_ET_AL.match("и " + " " * size + "x") is None
    assert people._MIXED_INITIALS.fullmatch("Doe" + "e" * size + " Am") is not None
    assert people._NLM_PIECE.fullmatch("Doe" + "e" * size + " " * size) is None
    assert people._BODY_WITH_LATIN.fullmatch("日" + "A" * size + ".") is None
    assert not people.mixed_initials("Doe N", "Roe" + " " * size + "Am", "Poe M")
