"""Linearity of this round's patterns (no timer: an exponential or quadratic reading
would take minutes at these lengths). A Japanese list's rest (`sources._HOOKED_BOOK`,
`_JAPANESE_ARTICLE`) holds no two parts that may share a run of spaces: the book's
publisher takes the spaces after the title's hook itself, and an article's volume, issue
and pages are parted by marks no space is. GB/T's patterns this round widened (a
standard's designation, `gbt7714._STANDARD_NUMBER`; the publisher before its place,
`_PUBLISHER_PLACE`; the year in parentheses after the names, `gbt._PAREN_AUTHOR_DATE`)
meet a run of spaces where each part ends; so do the Journal of Fluid Mechanics' head
(`grammars.jfm_head`, bounded), the comma style's end after pinyin names
(`grammars.pinyin_comma_head`) and the stops its PDF text moved (`choose.restored_stops`)."""

from __future__ import annotations

from mmrefs.ingest.gbt7714 import _PUBLISHER_PLACE, _STANDARD_NUMBER
from mmrefs.ingest.styles.choose import restored_stops
from mmrefs.ingest.styles.gbt import _PAREN_AUTHOR_DATE
from mmrefs.ingest.styles.grammars import (
    _JAPANESE_ARTICLE,
    japanese_rest,
    jfm_head,
    pinyin_comma_head,
)
from mmrefs.ingest.styles.sources import _HOOKED_BOOK

RUN = 100_000
SPACES = " " * RUN


def test_a_run_of_spaces_after_a_japanese_book_s_title_finishes() -> None:
    assert _HOOKED_BOOK.fullmatch("『示例』" + SPACES + "『x") is None
    assert _HOOKED_BOOK.fullmatch("『示例』" + SPACES + "示例社。") is not None


def test_a_run_of_spaces_in_a_japanese_article_s_locator_finishes() -> None:
    assert _JAPANESE_ARTICLE.fullmatch("「示例」『示例誌』12" + SPACES + "x") is None
    assert _JAPANESE_ARTICLE.fullmatch("「示例」『示例誌』" + SPACES + "12" + SPACES + "x") is None
    assert japanese_rest("「示例」『示例誌』12," + SPACES + "34-45。") is not None


def test_a_run_of_spaces_in_a_standard_s_designation_finishes() -> None:
    assert _STANDARD_NUMBER.match("GB" + SPACES + "x") is None
    assert _STANDARD_NUMBER.match("GB 50010-2010" + SPACES + "x") is None
    assert _STANDARD_NUMBER.match("GB 50010" + "-1" * RUN + "x") is None


def test_a_run_of_spaces_in_a_reversed_imprint_finishes() -> None:
    assert _PUBLISHER_PLACE.match("Example Press, Beijing, 2001," + SPACES + "x") is None
    assert _PUBLISHER_PLACE.match("Example" + SPACES + "Press, Beijing, 2001") is not None


def test_a_run_of_spaces_before_a_parenthesised_year_finishes() -> None:
    assert _PAREN_AUTHOR_DATE.match("Doe J" + SPACES + "(2010" + SPACES + "x") is None
    assert _PAREN_AUTHOR_DATE.match("Doe J" + " " * 500 + "(2010) Widget") is not None


def test_a_run_of_spaces_in_a_jfm_head_finishes() -> None:
    assert jfm_head("Doe, J." + SPACES + "1951 Widget") is None
    assert jfm_head("Doe, J. C. 1951" + SPACES + "x") is None
    assert restored_stops("Doe, J .1951 Widget" + " ." * RUN).startswith("Doe, J. 1951")


def test_a_run_of_spaces_and_commas_before_a_comma_style_end_finishes() -> None:
    assert pinyin_comma_head("Cai Zaisheng, Widget" + ", " * RUN + "x") is None
    assert pinyin_comma_head("Cai Zaisheng, Widget, 2004" + SPACES + "x") is None
    assert pinyin_comma_head("Cai Zaisheng, Widget, 2004" + SPACES) is not None
