"""Linearity of the bilingual patterns the fresh17 round searched on more entries (no
timer: a quadratic reading at these lengths would take minutes). A run of spaces before
`gbt7714._BRACKETED_VERSION` (now searched on every English entry a bracket closes) and
before `choose._IN_JAPANESE_THEN` was tried from each of its spaces, and the spaces
around the bracket's closing stop backtracked over the last run: a run is now tried from
its first space only (a lookbehind) and read once (possessive)."""

from __future__ import annotations

from mmrefs.ingest.gbt7714 import _BRACKETED_VERSION
from mmrefs.ingest.styles.choose import _IN_JAPANESE_THEN, japanese_original

RUN = 200_000
SPACES = " " * RUN


def test_spaces_before_a_bracket_are_tried_once() -> None:
    assert _BRACKETED_VERSION.search("Doe J. Widget" + SPACES + "x]") is None
    found = _BRACKETED_VERSION.search("Doe J. Widget[J]." + SPACES + "[张三. 题名[J]. 学报.]")
    assert found is not None and found.start() == len("Doe J. Widget[J].")


def test_spaces_after_a_bracket_are_read_once() -> None:
    assert _BRACKETED_VERSION.search("Doe J. [题名[J]]" + SPACES + "x") is None
    found = _BRACKETED_VERSION.search("Doe J. [题名[J]]" + SPACES + "." + SPACES)
    assert found is not None and found["inner"] == "题名[J]"


def test_spaces_before_the_japanese_note_are_tried_once() -> None:
    assert _IN_JAPANESE_THEN.search("Doe T. Widget" + SPACES + "(in Japanese) x") is None
    pair = japanese_original("Doe T. Widget" + SPACES + "(in Japanese)" + SPACES + "道家太郎")
    assert pair == ("道家太郎", "Doe T. Widget")
