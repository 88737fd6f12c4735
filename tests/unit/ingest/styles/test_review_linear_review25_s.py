"""Long runs read in time linear in their length (review of round 25's S rules).

A report's series sentence (`sources._SERIES_SENTENCE`, `Title. NCHS Data Brief, no 356.`)
put a `\\s*` after the words' `\\s+` before its kind of paper: a run of spaces after a
capitalised word was parted between them every way, quadratic in the run's length; the
kind's word now follows the words' spaces with no run of its own. The locator before a
`(Place: Publisher)` (`parts._LOCATOR_BEFORE_PAREN`) is searched in the 24 characters
before the parenthesis only, and a host's leading article (`sources._HOST_ARTICLE`) is
matched at the start. No timer (they flake): a quadratic form could not return in a
test's time on these sizes. The data is invented.
"""

from __future__ import annotations

from mmrefs.ingest.styles import parts, sources


def test_series_sentence_is_linear() -> None:
    series = sources._SERIES_SENTENCE
    assert series.search(". Aa" + " " * 200_000 + "x") is None
    assert series.search(". Aa Bb" + " " * 200_000 + "x") is None
    assert series.search(". Working" + " " * 200_000 + "x") is None
    assert series.search(", paper No" + " " * 200_000 + "x") is None
    found = series.search("Title. NCHS Data Brief, no 356. Hyattsville, MD: Example; 2020.")
    assert found is not None and found["number"] == "356"
    found = series.search("Title. NBER Working Paper No. 12. Cambridge, MA: Example.")
    assert found is not None and found["number"] == "12"
    found = series.search("Title, Working paper no. 1500. Place: Publisher.")
    assert found is not None and found["number"] == "1500"


def test_locator_before_paren_and_host_article_are_bounded() -> None:
    text = "Widget " + "1: 2" * 50_000 + " (London: Example, Green & Co.)."
    assert parts.paren_place_publisher(text) is None
    text = "Widget " + "a, " * 50_000 + "Medicine (London: Example, Green & Co.)."
    assert parts.paren_place_publisher(text) is not None
    assert sources._HOST_ARTICLE.match("Die " * 100_000) is not None
    assert sources._HOST_ARTICLE.match(" " * 100_000 + "Die ") is None
