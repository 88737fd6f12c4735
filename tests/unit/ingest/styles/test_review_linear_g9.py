"""Linearity of the Japanese comma-parted rest's patterns (no timer: a quadratic or
cubic reading would take minutes at these lengths). `grammars._JAPANESE_COMMA_ARTICLE`
has a run of spaces after each comma and between its optional parts, and
`grammars._JAPANESE_EDITION_BOOK` a title that may end in spaces before `第`: each run
is read once (possessive runs; the title ends on no space). `people._JAPANESE_ET_AL_STOP`
is bounded."""

from __future__ import annotations

from mmrefs.ingest.styles.grammars import (
    _JAPANESE_CHAPTER,
    _JAPANESE_COMMA_ARTICLE,
    _JAPANESE_COMMA_BOOK,
    _JAPANESE_EDITION_BOOK,
    _JAPANESE_PUBLISHER_YEAR,
)
from mmrefs.ingest.styles.people import _HANGUL_NAMES, japanese_et_al_stop

RUN = 100_000
SPACES = " " * RUN


def test_runs_of_spaces_in_the_comma_parted_article_are_read_once() -> None:
    assert _JAPANESE_COMMA_ARTICLE.fullmatch("題名, 誌名," + SPACES + "x") is None
    assert _JAPANESE_COMMA_ARTICLE.fullmatch("題名, 誌名, 56 巻," + SPACES + ",x") is None
    assert _JAPANESE_COMMA_ARTICLE.fullmatch("題名" + ", " * RUN + "x") is None
    found = _JAPANESE_COMMA_ARTICLE.fullmatch("題名, 誌名, 56 巻," + SPACES + "1990")
    assert found is not None and found["volume"] == "56"


def test_runs_of_spaces_in_the_edition_book_are_read_once() -> None:
    assert _JAPANESE_EDITION_BOOK.fullmatch("題名" + SPACES + "x") is None
    assert _JAPANESE_EDITION_BOOK.fullmatch("題名" + SPACES + "第" + SPACES + "3 版, x") is None
    assert _JAPANESE_EDITION_BOOK.fullmatch("題名 第 3" + " 版" * RUN) is None


def test_the_et_al_stop_is_bounded() -> None:
    assert japanese_et_al_stop("道家太郎," * RUN + "他.") is None
    assert japanese_et_al_stop("道家太郎" + SPACES + ",他.") is None


def test_the_comma_parted_book_and_chapter_are_read_once() -> None:
    assert _JAPANESE_PUBLISHER_YEAR.search("出版," + SPACES + "x") is None
    assert _JAPANESE_PUBLISHER_YEAR.search("社" * RUN) is None
    assert _JAPANESE_COMMA_BOOK.fullmatch("題名, 例出版," + SPACES + "x") is None
    assert _JAPANESE_COMMA_BOOK.fullmatch("題名, " + "社" * RUN + "x, 1996") is None
    assert _JAPANESE_CHAPTER.fullmatch("題名,例(編):" + SPACES + "書,pp1-2," + SPACES) is None


def test_hangul_names_joined_by_stops_are_read_once() -> None:
    assert _HANGUL_NAMES.fullmatch("도가남." * RUN + "x") is None
    assert _HANGUL_NAMES.fullmatch("도가남가" + ".도가남가나" * RUN) is None
    assert _HANGUL_NAMES.fullmatch("도가남" + "·백선기" * RUN) is not None
