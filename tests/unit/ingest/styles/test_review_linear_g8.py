"""Linearity of the review's patterns (no timer: a quadratic or cubic reading would take
minutes at these lengths). GB/T's publisher before its place (`gbt7714._PUBLISHER_PLACE`)
read its pages lazily before a closing stop between two runs of spaces, so a run after a
range of pages was tried at every split (about three seconds at 16,000 spaces, the old
pattern's colon pages fourteen at 2,000): the pages now open and close on no space, and
the stop has one run on each side. The review's guards read each position once: a
stop and a space in the names (`gbt._SPACED_STOP`), a later year after JFM's head
(`grammars._LATER_YEAR`) and the body's unit after an institute's comma (bounded)."""

from __future__ import annotations

from mmrefs.ingest.gbt7714 import _PUBLISHER_PLACE
from mmrefs.ingest.styles.gbt import _SPACED_STOP, numeric_order
from mmrefs.ingest.styles.grammars import _LATER_YEAR, jfm_head

RUN = 100_000
SPACES = " " * RUN


def test_a_run_of_spaces_after_the_pages_of_a_reversed_imprint_finishes() -> None:
    assert _PUBLISHER_PLACE.match("Example Press, Beijing, 2010, 1-2" + SPACES + "x") is None
    assert _PUBLISHER_PLACE.match("Example Press, Beijing, 2010: 1-2" + SPACES + ";") is None
    assert _PUBLISHER_PLACE.match("Example Press, Beijing, 2010: 1" + " 2" * RUN + ". x") is None
    found = _PUBLISHER_PLACE.match("Example Press, Beijing, 2010: 1-2" + SPACES + "." + SPACES)
    assert found is not None and found["pages"] == "1-2"


def test_a_body_s_unit_after_an_institute_is_read_once() -> None:
    assert _PUBLISHER_PLACE.match("Example Institute" + ", Department" * RUN + ", 2010") is None


def test_the_review_s_guards_read_long_text_once() -> None:
    assert _SPACED_STOP.search("Doe T.M.," * RUN) is None
    assert numeric_order("Doe J" + " ." * RUN + " (2010) Widget[J]. Widgets, 12(3): 4.") is None
    assert _LATER_YEAR.search("1999-" * RUN) is None
    assert jfm_head("Doe, J. A. 1951 Widget" + " 2010-2011" * RUN) is not None  # ranges
    assert jfm_head("Doe, J. A. 1951 Widget" + " 2010-2011" * RUN + " 2012.") is None
