"""Long runs read in time linear in their length (this round's new patterns, and one
older pattern the review found quadratic).

A link cut from the middle of an entry (`trailers._MIDDLE`) was tried from each
character of a run of spaces, each try scanning the rest of the run; it now starts only
where a run starts. The new book, edition, month and meeting readings take bounded
pieces or split on commas once. No timer (they flake): the quadratic forms could not
return in a test's time. The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import heads, locator, sources, trailers


def test_middle_link_is_linear_on_a_run_of_spaces() -> None:
    for lead in ("Available from: URL:", "Title", "Available from:"):
        assert trailers._MIDDLE.search(lead + " " * 400_000 + "x") is None
    found: dict[str, str] = {}
    _, found = trailers.cut_middle("Title https://example.org/a.October 4, 2016", found)
    assert found == {"url": "https://example.org/a", "accessed": "October 4, 2016"}


def test_city_book_is_linear_on_many_commas() -> None:
    fields: dict[str, Any] = {}
    head = "Widget" + ", Abc" * 100_000 + ", Example Verlag, Berlin"
    assert sources.city_book(head, {"year": "1998", "pages": "1"}, fields)
    assert fields["publisher"] == "Example Verlag"
    assert sources._CITY_BOOK.fullmatch("Abc" + " a" * 200_000 + ", 5th ed., vol. II, EXQM, Berlin")


def test_commas_and_months_are_linear() -> None:
    assert not sources.meeting_in_commas("A, " * 200_000 + "x conference, Delft, 1", {})
    assert not sources.place_then_house("A, " * 200_000 + "Poznań, Example", {})
    assert sources.english_months("2019 " * 200_000) == "2019 " * 200_000
    assert sources.english_months(", fev" * 200_000 + " 2019").endswith(", Feb 2019")
    assert sources.unglue("x;" * 100_000 + "a2019;1").endswith("a 2019;1")


def test_locator_and_split_are_linear() -> None:
    assert locator.ams_series("(4)" + " " * 400_000 + "12").startswith("(4)")
    title, container = heads.split_title_container("Title. " + "vet. " * 200_000 + "Med")
    assert title == "Title."
    assert container.endswith("vet. Med")
