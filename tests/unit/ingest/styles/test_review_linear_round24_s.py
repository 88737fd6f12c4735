"""Long runs read in time linear in their length (fresh19's S rules, session 24).

Nature's host book's edition closing its title (`parts._NATURE_HOST_EDITION`, its
separators read from their run's start only) and volume before the pages
(`_NATURE_HOST_VOLUME`, led by `V`); Springer's German `S 34–54` (`sources._SEITE_PAGES`,
led by the separator); a one-word house (`_ONE_WORD_HOUSE`, fullmatched); an edition in
German or French parentheses closing the entry (`_FOREIGN_EDITION`, led by ` (`); a German
body's name (`_GERMAN_BODY`, its words atomic); the issue's `Nr.` after a `Jg.`
(`locator._HEFT`); a journal's long ISO 4 cut (`heads._ABBREVIATED_WORD`, fullmatched on
one word); the German labels before a link and access dates (`trailers._TRAILER`). No
timer (they flake): the readings of long runs are compared with plain readings, and a
quadratic form could not return in a test's time on these sizes. The data is invented.
"""

from __future__ import annotations

from mmrefs.ingest.styles import heads, locator, parts, sources, trailers


def test_nature_host_parts_are_linear() -> None:
    assert parts._NATURE_HOST_EDITION.search("a" + " " * 200_000 + "x") is None
    assert parts._NATURE_HOST_EDITION.search("a" + ", " * 100_000 + "x") is None
    found = parts._NATURE_HOST_EDITION.search("Book" + " " * 1000 + "4th edn")
    assert found is not None and found["edition"] == "4th edn"
    assert parts._NATURE_HOST_VOLUME.search(" Vol. 1" * 50_000 + " x") is None
    assert parts._NATURE_HOST_VOLUME.search(" Vol. 1 " + "1, " * 50_000 + "x") is None
    volume = parts._NATURE_HOST_VOLUME.search("Book Vol. 2, 879–902")
    assert volume is not None and volume["volume"] == "2"


def test_imprint_parts_are_linear() -> None:
    assert sources._SEITE_PAGES.search("." + " " * 200_000 + "x") is None
    assert sources._SEITE_PAGES.search(", S " * 50_000 + "x") is None
    assert sources._ONE_WORD_HOUSE.fullmatch("A" + "b" * 200_000 + "1") is None
    assert sources._FOREIGN_EDITION.search(" (2. Aufl.) " * 20_000 + "x") is None
    assert sources.foreign_edition("Widgets (2. Aufl.)") == ("Widgets", "2. Aufl")
    assert not sources.german_body("A " + "der " * 50_000 + "x.")
    assert not sources.german_body("A für " + "b" * 200_000 + "1")
    assert not sources.german_body("A für B (" + "B" * 200_000 + ")")
    assert sources.german_body("Bundesministerium für Widgets")
    assert sources.german_body("Bundesamt für Widgets (BfW)")


def test_labels_and_cuts_are_linear() -> None:
    assert locator._HEFT.search("Nr." + " " * 200_000 + "x") is None
    assert heads._ABBREVIATED_WORD.fullmatch("A" + "b" * 200_000 + "ol") is None
    assert heads._ABBREVIATED_WORD.fullmatch("Neuropathol") is not None
    assert trailers._TRAILER.search("Verfügbar unter" + " " * 200_000 + "x") is None
    assert trailers._TRAILER.search("zuletzt geprüft am" + " " * 200_000 + "x") is None
    assert trailers._TRAILER.search("Avalaible at" + " " * 200_000 + "x") is None
