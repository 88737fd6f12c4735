"""Long runs read in time linear in their length (fresh18's S rules, round 23).

A title's stop glued to an imprint's city (`sources._GLUED_PLACE`, led by the stop, its
place bounded to four words) and an edition glued to a title (`_GLUED_EDITION`); a bare
volume and page range (`locator._BARE_VOLUME_RANGE`) and a day and month
(`_DAY_MONTH`), both fullmatched; APA's paper presented at a meeting
(`sources._APA_PRESENTED`, its spaces before the meeting taken whole); a book's editors
in parentheses (`_BOOK_EDITORS`, led by the space and `(`) and a host's `In` before
them (`_HOST_BEFORE`); a bracketed translation holding a stop (`_INNER_TRANSLATION`,
led by `[`, its content one negated class) and its edition (`_TRANSLATED_EDITION`); a
thesis's place pieces (`_ACCENTED_PLACE_PIECE`, disjoint alternatives); the lower-case
issue's word among the locator starts (`parts._LOCATOR_START`); Portuguese access notes
(`trailers._TRAILER`'s `Recuperado em` branch) and Cochrane's `Art. No.:` (the pages'
label in `locator._LABELLED`) each scan once. No timer (they flake):
the readings of long runs are compared with plain readings, and a quadratic form could
not return in a test's time on these sizes. The data is invented.
"""

from __future__ import annotations

from mmrefs.ingest.styles import locator, parts, sources, trailers


def test_glued_place_and_edition_are_linear() -> None:
    text = "ab.Xy ab.Xy, " * 50_000
    assert sources._GLUED_PLACE.sub(". ", text) == text
    assert sources._GLUED_PLACE.search("ab.Xy" + ", Ab" * 100_000 + "x") is None
    assert sources.unglue("ab." + "St. " * 50_000 + ": x").startswith("ab.St. ")
    assert sources.unglue("Widgets.Boston: Example Press.") == "Widgets. Boston: Example Press."
    assert sources._GLUED_EDITION.search("a(1st " * 50_000) is None
    assert sources._GLUED_EDITION.sub(" (", "Widgets(2nd ed.)") == "Widgets (2nd ed.)"


def test_bare_locators_are_linear() -> None:
    assert locator._BARE_VOLUME_RANGE.fullmatch("1 " + "1" * 200_000) is None
    assert locator._BARE_VOLUME_RANGE.fullmatch("31 61-68") is not None
    assert locator._DAY_MONTH.fullmatch("1" + " " * 200_000 + "May x") is None
    assert locator.read_locator("16 May", False) == {}
    assert sum(1 for _ in parts._LOCATOR_START.finditer(" issue" * 50_000)) == 0
    assert sum(1 for _ in parts._LOCATOR_START.finditer(" issue 1" * 50_000)) == 100_000


def test_presented_and_editors_are_linear() -> None:
    assert sources._APA_PRESENTED.fullmatch("Paper presented at " + " " * 200_000 + "1") is None
    assert sources._APA_PRESENTED.fullmatch("Presented at Ab" + ", Ab ." * 50_000 + "1") is None
    fields: dict[str, object] = {}
    assert sources.apa_presented("Paper presented at the Example Meeting, Boston, MA.", fields)
    assert fields["container"] == "Example Meeting" and fields["place"] == "Boston, MA"
    assert sources._BOOK_EDITORS.search(" (eds J." * 50_000) is None
    assert sources._BOOK_EDITORS.search(" (eds J. " + "a" * 200_000) is None
    assert sources._HOST_BEFORE.search(". " * 100_000) is None
    text = " (eds J. Doe), x" * 20_000
    assert sources.drop_book_editors(text) == text[len(" (eds J. Doe)") :]


def test_translation_and_places_are_linear() -> None:
    assert sources._INNER_TRANSLATION.search("[A" * 100_000) is None
    assert sources._INNER_TRANSLATION.search("[Ab" + " " * 200_000 + "],") is None
    assert sources._TRANSLATED_EDITION.search(". 2nd" * 50_000 + " x") is None
    assert sources._ACCENTED_PLACE_PIECE.fullmatch("A" + "'" * 200_000 + "1") is None
    assert sources._ACCENTED_PLACE_PIECE.fullmatch("São Paulo") is not None
    fields: dict[str, object] = {}
    assert not sources.school_first("Universidade X" + ", Ab" * 50_000 + ", 1", fields)
    assert sources._EDITION.match("New " + " " * 200_000 + "x") is None


def test_article_number_label_is_linear() -> None:
    pages = locator._LABELLED[2][1]
    assert pages.search(" Art" + " " * 200_000 + "x") is None
    assert pages.search(" Art. No" + " " * 200_000 + "x") is None
    match = pages.search(" Art. No.: CD006936")
    assert match is not None and match["v"] == "CD006936"


def test_portuguese_access_note_is_linear() -> None:
    assert trailers._TRAILER.search("Recuperado em 1" + " " * 200_000 + "x") is None
    assert trailers._TRAILER.search("Recuperado em 1 de " + "ab" * 100_000) is None
