"""Long runs read in time linear in their length (session 25, S2).

The new patterns and loops: a link without its scheme before an access date
(`trailers._BARE_LINK`: its host's dotted words parted by the stops, the pieces of a
file's name with spaces by the spaces, so each is read once; searched in the last 300
characters only); a run of cities (`sources.city_run`, at most `_CITY_RUN_MAX` words,
three tried at each); the note after a book's place (`trailers.imprint_annotation`,
within `ANNOTATION_WINDOW`); a city and its state's code (`parts._CITY_STATE`, at most
three words, fullmatched); a German host book's volume (`sources._HOST_VOLUME`, three
words that part; `_GERMAN_HOST_FIGURE`, one figure at the end); a brief's series
(`sources._SERIES_SENTENCE`, its words bounded as before); a German edition's stop
(`sources._EDITION_STOP`, led by one separator after a word's character); a book's
volume between commas (`sources._VOLUME_IMPRINT`, one run of figures between literals).
No timer (they flake): the readings of long runs are compared with plain readings, and a
quadratic form could not return in a test's time on these sizes. The data is invented.
"""

from __future__ import annotations

from mmrefs.ingest.styles import sources, trailers


def test_bare_link_is_linear() -> None:
    link = trailers._BARE_LINK
    assert link.search(". " + "a." * 100_000 + "1") is None
    assert link.search(". a.com/x" + " bb" * 100_000 + " c.pdx") is None
    assert link.search(". www." + "a-" * 100_000) is None
    assert link.search(". a.co/b " * 50_000 + "!") is None
    found: dict[str, str] = {}
    text = "Widget " * 50_000 + "Body; 2017. www.example.org/a b.pdf"
    assert trailers.bare_link(text, found) == "Widget " * 50_000 + "Body; 2017."
    assert trailers.bare_link("Body; 2017." + " " * 100_000 + "www.example.org", {}) is None
    assert found == {"url": "www.example.org/a b.pdf"}


def test_city_run_and_imprint_note_are_bounded() -> None:
    assert not sources.city_run("Berlin " * 100_000 + "Paris")
    assert sources.city_run("Berlin Heidelberg New York Tokyo")
    assert not sources.city_run("Berlin Widget")
    text = "Title, Example Press, London. " * 20_000 + "A thorough introduction to the field."
    note = " A thorough introduction to the field."
    assert trailers.imprint_annotation(text, len(text) - 1) == text[: -len(note)]
    long_note = "Title, Example Press, London. " + "a " * 100_000 + "end."
    assert trailers.imprint_annotation(long_note, len(long_note) - 1) is None


def test_city_state_host_volume_and_brief_are_linear() -> None:
    # (parts' city-and-state pattern went with `body_then_city`: the imprint reader reads
    # a body's `Center: City, ST` now, and test_review27_imprint.py times its patterns)
    assert sources._HOST_VOLUME.search(", Bd" + " " * 200_000 + "x") is None
    assert sources._GERMAN_HOST_FIGURE.search("Widget 1 " * 50_000 + "x") is None
    assert sources._GERMAN_HOST_FIGURE.search("Innere Medizin 1")
    assert sources._SERIES_SENTENCE.search(". Aa " * 50_000 + "brief") is None
    assert sources._SERIES_SENTENCE.search(". Data Brief, no" + " " * 200_000 + "x") is None


def test_german_edition_stop_is_linear() -> None:
    assert sources._EDITION_STOP.search(", 2. Aufl." + " " * 200_000 + "x") is None
    assert sources._EDITION_STOP.search("a, 2. Aufl " * 30_000) is None
    found = sources._EDITION_STOP.search("Widgetkunde, 2. Aufl. Thieme, Stuttgart")
    assert found is not None and found.group(2) == "2. Aufl"


def test_volume_imprint_is_linear() -> None:
    assert sources._VOLUME_IMPRINT.search(", vol." + " " * 200_000 + "1") is None
    assert sources.volume_imprint(", vol. 2, A" * 30_000) is None
    found = sources.volume_imprint("Widgets, vol. 21, Wiley, New York, pp. 848–864.")
    assert found is not None and found.group(1) == "21"
