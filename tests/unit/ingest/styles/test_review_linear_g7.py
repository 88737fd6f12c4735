"""Linearity of this round's patterns (no timer: an exponential or quadratic reading
would take minutes at these lengths). A Japanese list's rest (`grammars._JAPANESE_BOOK`,
`_JAPANESE_ARTICLE`) holds no two parts that may share a run of spaces: the book's
publisher takes the spaces after the title's hook itself, and an article's volume, issue
and pages are parted by marks no space is."""

from __future__ import annotations

from mmrefs.ingest.styles.grammars import _JAPANESE_ARTICLE, _JAPANESE_BOOK, japanese_rest

RUN = 100_000
SPACES = " " * RUN


def test_a_run_of_spaces_after_a_japanese_book_s_title_finishes() -> None:
    assert _JAPANESE_BOOK.fullmatch("『示例』" + SPACES + "『x") is None
    assert _JAPANESE_BOOK.fullmatch("『示例』" + SPACES + "示例社。") is not None


def test_a_run_of_spaces_in_a_japanese_article_s_locator_finishes() -> None:
    assert _JAPANESE_ARTICLE.fullmatch("「示例」『示例誌』12" + SPACES + "x") is None
    assert _JAPANESE_ARTICLE.fullmatch("「示例」『示例誌』" + SPACES + "12" + SPACES + "x") is None
    assert japanese_rest("「示例」『示例誌』12," + SPACES + "34-45。") is not None
