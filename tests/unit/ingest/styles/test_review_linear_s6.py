"""Long runs read in time linear in their length (the review's repairs of the S rules).

The lost dash read only after a locator's mark, a Japanese book's translation in square
brackets, a series' place checked against months and issuers, the imprint after a
Harvard editor's `(ed)` and Russian contributors' sentences each read a bounded piece or
scan once. No timer (they flake): a quadratic form could not return in a test's time on
these sizes. The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import sources


def test_lost_dash_after_marks_is_linear() -> None:
    marks = ", 12?34" * 50_000
    assert sources._LOST_DASH.sub(r"\1-\2", marks).count("-") == 50_000
    queries = ", 1?2?3" * 50_000  # a query's marks run on: no range
    assert sources._LOST_DASH.sub(r"\1-\2", queries) == queries
    pages = "pp. 1" * 50_000 + "?"
    assert sources._LOST_DASH.sub(r"\1-\2", pages) == pages
    assert sources._LOST_DASH.sub(r"\1-\2", "Is 2?3 a widget, 4?5") == "Is 2?3 a widget, 4-5"


def test_bracketed_book_translation_is_linear() -> None:
    fields: dict[str, Any] = {}
    spaced = "『例』" + " " * 100_000 + "[x]" + " " * 100_000 + "』"
    assert not sources.bracketed_book(spaced, fields)
    assert not sources.bracketed_book("『例』 [a]" + " " * 200_000 + "x』", fields)
    assert not sources.bracketed_book("『例』[" + "a" * 200_000 + "』", fields)
    assert sources.bracketed_book("『例』 [Widgets]. Example Press.", fields)
    assert fields["title_translation"] == "Widgets"


def test_series_place_and_editors_imprint_are_linear() -> None:
    assert not sources.series_place("Bonn" + " Aa" * 100_000)
    assert not sources.series_place("March")
    assert sources.series_place("Bonn.")
    assert not sources.imprint_after_editors(" London:" * 100_000)
    cut = sources.cut_title("Title. Roe, M.J. (ed) London:" + " Example" * 50_000 + ".", False)
    assert cut is None or cut[1][:3] != "In "  # the imprint alone: no host


def test_contributors_are_linear() -> None:
    assert sources._CONTRIBUTORS.match("Под общ. ред. " + "А.Б. " * 50_000 + "x") is None
    assert sources._CONTRIBUTORS.match("Пер. с англ. " + "Аб " * 100_000 + "x") is None
    parens = "Title" + " (Ed. Aa" * 50_000
    assert sources._PAREN_TRANSLATOR.search(parens) is None
