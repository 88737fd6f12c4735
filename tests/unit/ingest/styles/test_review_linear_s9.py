"""Long runs read in time linear in their length (fresh16's S rules).

A host book's house of capitalised words (`sources._HOUSE_WORDS`, a bounded repeat), a
host's editors' sentence (`sources._EDITOR_SENTENCE`, tried at its start only), a
journal's city in its date's parentheses (`locator._PAREN_PLACE`, tried at each `(`
only), a Roman volume before its issue's slash (`parts._LOCATOR_START`'s possessive
`[IVXLC]{1,7}+/`, `locator._DOTTED_ISSUE`), a translator's words after a comma
(`sources._COMMA_TRANSLATOR`), Polish `s.` pages (`sources._SEITE_PAGES`) and a
subtitle's sentences before a house (`parts.subtitle_sentence`) each scan once. No
timer (they flake): the readings of long runs are compared with plain readings, and a
quadratic form could not return in a test's time on these sizes. The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import locator, parts, sources


def test_house_words_are_linear() -> None:
    assert sources._HOUSE_WORDS.fullmatch("Example" + " of" * 100_000 + " Press") is None
    assert sources._HOUSE_WORDS.fullmatch("Example" + " " * 200_000 + "x") is None
    assert sources._HOUSE_WORDS.fullmatch("Example Institute of Widgets") is not None
    head = "Book" + ", Ab" * 50_000 + ", Paris"
    assert sources.placed_host(head) == ("Book" + ", Ab" * 49_999, "Ab", "Paris")


def test_editor_sentence_is_linear() -> None:
    assert sources._EDITOR_SENTENCE.match("Ed. " + "A. b " * 50_000) is None
    assert sources._EDITOR_SENTENCE.match("Ed. Roe." + " " * 200_000 + "x") is None
    match = sources._EDITOR_SENTENCE.match("Red. G. Roe. PWN, Warszawa.")
    assert match is not None and match.end() == len("Red. G. Roe. ")


def test_paren_place_is_linear() -> None:
    fields: dict[str, Any] = {}
    text = "(Madrid, " * 50_000
    assert locator.paren_place(text, fields) == text and not fields
    many = "(Ma Ma Ma, x" * 50_000
    assert locator.paren_place(many, fields) == many and not fields
    assert locator.paren_place("12 (Madrid, 2017): 1-5", fields) == "12 (2017): 1-5"
    assert fields == {"place": "Madrid"}


def test_roman_volume_starts_are_linear() -> None:
    text = " IVX/1" * 50_000
    assert sum(1 for _ in parts._LOCATOR_START.finditer(text)) == 50_000
    assert sum(1 for _ in parts._LOCATOR_START.finditer(" IVX/" * 50_000)) == 0
    long = " IVXLCIVXLC" * 50_000 + "/1"
    assert sum(1 for _ in parts._LOCATOR_START.finditer(long)) <= 1
    assert locator._DOTTED_ISSUE.match("I" * 200_000 + "/1 x") is None


def test_translator_and_polish_pages_are_linear() -> None:
    assert sources._COMMA_TRANSLATOR.search(",  " * 100_000 + "traducción de a") is None
    text = ", traducción de " * 50_000
    assert sources._COMMA_TRANSLATOR.search(text) is None
    assert sources._SEITE_PAGES.search(", s. 1, 2" * 50_000 + " x") is None
    assert sources._SEITE_PAGES.search("," + " " * 200_000 + "s. 1 x") is None


def test_subtitle_sentences_are_linear() -> None:
    pub = {"publisher": "Ab cde. " * 50_000 + "Example Press"}
    fields: dict[str, Any] = {"title": "T"}
    parts.subtitle_sentence(pub, fields)
    assert pub["publisher"] == "Example Press"
    assert fields["title"] == "T. " + "Ab cde. " * 49_999 + "Ab cde"
