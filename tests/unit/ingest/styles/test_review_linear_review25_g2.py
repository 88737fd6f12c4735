"""Linearity of the patterns the review of round 25's G2 rules added (timer-free): each
pattern's search starts only at a fixed character (`В`, a stop), never at a space run a
search would read again from each of its spaces, and its space runs are possessive; the
results on runs of growing length agree with a plain reading of the same text."""

from __future__ import annotations

import pytest

from mmrefs.ingest.styles import grammars


def test_patterns_open_on_a_fixed_character() -> None:
    for pattern in (grammars._RUSSIAN_IN_BOOK, grammars._SECOND_SENTENCE):
        assert not pattern.pattern.startswith(("\\s", "(?:\\s", "[")), pattern.pattern
        assert "\\s*" not in pattern.pattern.replace("\\s*+", ""), pattern.pattern
        assert "\\s+" not in pattern.pattern.replace("\\s++", ""), pattern.pattern


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_long_runs_read_as_a_plain_reading_says(size: int) -> None:
    """Runs of spaces, of `В`s and of stops: the reader's result is the plain one."""
    spaced = "Виджеты" + " " * size + "Вx. М., 1997."
    found = grammars.russian_place_year(spaced)
    assert found is not None and found["title"] == spaced[: spaced.index(". М.")].strip()
    assert grammars._RUSSIAN_IN_BOOK.search("Виджеты " + "В " * size) is None
    chapter = grammars.russian_place_year("Глава" + " " * size + "В кн.: Книга. М., 1990.")
    assert chapter is not None and (chapter["title"], chapter["container"]) == ("Глава", "Книга")
    assert grammars._SECOND_SENTENCE.search("Виджеты" + ". " * size) is None
    assert grammars._SECOND_SENTENCE.search("Виджеты" + "." + " " * size + "Ч. 1") is not None
