"""Long runs read in time linear in their length (review of round 23, S).

The review's narrowings: the glued stop's city looked up up to its colon
(`sources.glued_place`, the colon the pattern's lookahead found, so the scan is the
lookahead's own); a journal's locator in a title before its translation
(`_TITLE_LOCATOR`, three led-by-a-figure alternatives, each bounded); the words no house
bears (`_NO_HOUSE_WORD`, one alternation between word boundaries); and a periodical's
issue day after its name (`_ISSUE_DAY`, fullmatched from one position). No timer (they
flake): the readings of long runs are compared with plain readings, and a quadratic form
could not return in a test's time on these sizes. The data is invented.
"""

from __future__ import annotations

from mmrefs.ingest.styles import sources


def test_glued_place_lookup_is_linear() -> None:
    text = "ab.Xy Ab Ab Ab: " * 20_000
    assert sources.unglue(text) == text  # no place: every stop stays
    placed = "ab.Boston, MA: " * 20_000
    assert sources.unglue(placed) == placed.replace(".B", ". B")
    assert sources.unglue("Widget.Net: A framework") == "Widget.Net: A framework"


def test_title_locator_is_linear() -> None:
    assert sources._TITLE_LOCATOR.search("1, 1" * 50_000 + "x") is None
    assert sources._TITLE_LOCATOR.search("1 (1" * 50_000 + "x") is None
    assert sources._TITLE_LOCATOR.search("1; x" * 50_000) is None
    assert sources._TITLE_LOCATOR.search("Widgets, 12(3), 1-9") is not None


def test_house_words_and_issue_day_are_linear() -> None:
    assert sources._NO_HOUSE_WORD.search("Timesx " * 50_000) is None
    assert sources._NO_HOUSE_WORD.search("Widget Times") is not None
    assert sources._ISSUE_DAY.fullmatch("1" + " " * 200_000 + "May") is None
    body = "Widget Weekly" * 20_000 + ", 16 May."
    assert sources.issue_day_after(body, "Widget Weekly")
    assert not sources.issue_day_after("Widget Weekly, 16 May" + " x" * 100_000, "Widget Weekly")
