"""Long runs read in time linear in their length (session 25, S).

The new patterns: a year-less `(Place: Publisher)` (`_PLACE_COLON_PAREN`, matched at one
position, its place's words holding no hyphen, so a hyphenated run splits one way only);
a city's `;` before a publisher (`_PLACE_SEMICOLON`, matched at the start, bounded); a
body's word (`_BODY_WORD`, one alternation after a word boundary); an author-year
locator before an annotation (`_RANGE_LOCATOR_END`, bounded figures, one run of spaces);
GOST's Cyrillic labels (`_CYRILLIC_LABEL`); a volume and issue glued to a journal's
word (`_GLUED_VOLUME_ISSUE`, searched in the last 40 characters only); a host's
`, in Editor, ed.,` (`_IN_EDITED_HOST`, bounded); a preprint server's word
(`_SERVER_PREPRINT`); a German date's ordinal stop inside a title (`ordinal_day`, each
stop passed over once). No timer (they flake): the readings of long runs are compared with
plain readings, and a quadratic form could not return in a test's time on these sizes.
The data is invented.
"""

from __future__ import annotations

from mmrefs.ingest.styles import locator, parts, sources, trailers


def test_colon_paren_imprint_is_linear() -> None:
    assert parts._PLACE_COLON_PAREN.match(" (Aa" + "-A" * 100_000 + "x") is None
    assert parts._PLACE_COLON_PAREN.match(" (London:" + " " * 200_000 + "x)") is None
    assert parts._PLACE_COLON_PAREN.match(" (London: A" + ", A" * 100_000 + " 1)") is None
    text = "Widget Medicine (London: Example, Green & Co.)."
    assert parts.paren_place_publisher(text) == (15, "London: Example, Green & Co.")


def test_semicolon_place_and_body_word_are_linear() -> None:
    assert parts.semicolon_place("Aaaa, MD;" + " " * 200_000 + "a").startswith("Aaaa, MD;")
    assert parts.semicolon_place("Bethesda, MD; Example, 2017") == "Bethesda, MD: Example, 2017"
    assert parts._BODY_WORD.search("Colleg " * 50_000) is None


def test_annotation_locator_is_linear() -> None:
    assert trailers._RANGE_LOCATOR_END.search("1, 2-3." + " " * 200_000 + "a") is None
    assert len(trailers._RANGE_LOCATOR_END.findall("1, 2-3. A " * 30_000)) == 30_000
    note = "Journal, 12, 33-40." + " " * 100_000 + "Excellent overview of the topic and more"
    assert trailers.comma_annotation(note, len(note)) is None  # past the window: kept
    text = "Title. Journal, 12, 33-40. Excellent overview of the topic and more."
    assert trailers.comma_annotation(text, len(text) - 1) == "Title. Journal, 12, 33-40."


def test_cyrillic_labels_are_linear() -> None:
    text = "Т. " * 100_000 + "x"
    assert locator._CYRILLIC_LABEL.sub(locator.latin_label, text) == text
    locator.read_locator("2016. Т." + " " * 100_000 + "61")  # returns, whatever it reads
    assert locator.read_locator("2016. Т. 61, № 5. С. 32-42.") == {
        "volume": "61",
        "issue": "5",
        "year": "2016",
        "pages": "32-42",
        "first_page": "32",
        "last_page": "42",
    }


def test_glued_volume_host_and_server_are_linear() -> None:
    assert sources._GLUED_VOLUME_ISSUE.search("abc12(3)," + " " * 200_000 + "1") is None
    text = "Widget " * 50_000 + "journal12(3), 45-67."
    assert sources.unglue(text).endswith("journal 12(3), 45-67.")
    assert sources._IN_EDITED_HOST.search(", in A" + " " * 200_000 + "x") is None
    assert sources._IN_EDITED_HOST.search(", in A, " * 50_000) is None
    assert parts._SERVER_PREPRINT.fullmatch("bioRxiv" + " " * 200_000 + "preprinx") is None
    assert parts.undouble("bioRxiv preprint") == "bioRxiv"


def test_ordinal_days_are_passed_once() -> None:
    rest = "Widgets vom 1. Januar " * 20_000 + "1999. Berlin: Example Verlag."
    fields = sources.title_then_source(rest, {}, dated=True)
    assert fields["place"] == "Berlin"
    assert fields["title"].endswith("1. Januar 1999.")
