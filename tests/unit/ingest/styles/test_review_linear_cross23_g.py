"""Linearity of the patterns session 23's second round (helper G) added or widened (no
timer: a quadratic reading at these lengths would take minutes). `grammars._COMMA_BOOK_END`
is led by a comma or a word's last letter and a year, so each start fails at once unless
a year follows it, and the spaces after a year are read once; `grammars._INVERTED_HEAD`
now closes with `,\\s*` (a lost space), and the lookaheads after it read no run;
`grammars._GLUED_BY` is a lookbehind and a lookahead of fixed width, `_HOST_EDITORS` a
search led by a word's boundary; `_GLUED_IN`'s host name is words parted by spaces, each
read one way; `_NAME_TAIL` is matched at one place."""

from __future__ import annotations

from mmrefs.ingest.styles.grammars import (
    _COMMA_BOOK_END,
    _GLUED_IN,
    _INVERTED_HEAD,
    comma_book,
    glued_host,
    unglued_host,
)

RUN = 200_000


def test_a_comma_book_end_is_searched_once() -> None:
    assert not comma_book("Doe, J., Title" + ", " * RUN + "x", 8)
    assert not comma_book("Doe, J., Title" + ", 1977 " * (RUN // 10) + "x", 8)
    assert _COMMA_BOOK_END.search("Title, 1977" + " " * RUN + "x") is None
    assert comma_book("Doe, J., Title" + " " * RUN + ", Example Press, 1977.", 8)


def test_an_inverted_head_without_its_space_reads_once() -> None:
    assert _INVERTED_HEAD.match("Doe, J." + ",  " * RUN + "x") is None
    assert _INVERTED_HEAD.match("Doe, J.," + " " * RUN + "1") is None
    assert _INVERTED_HEAD.match("Doe, J., " + "Roe, B., " * (RUN // 10) + "1") is None
    found = _INVERTED_HEAD.match("Doe, J. A.,Widget Theory, Example Press, 1977.")
    assert found is not None and found["names"] == "Doe, J. A."


def test_a_glued_host_is_read_once() -> None:
    assert not glued_host("inWidget" + " by" * RUN + " x")
    assert glued_host("inWidget Handbook," + " " * RUN + "edited byB. Roe")
    unglued = unglued_host("inWidget" + " by" * RUN + "B. Roe")
    assert unglued.startswith("in Widget") and unglued.endswith(" by B. Roe")


def test_a_glued_host_name_is_read_once() -> None:
    assert _GLUED_IN.match("inWidget" + " Example" * (RUN // 10) + " x") is None
    assert _GLUED_IN.match("inWidget" + " " * RUN + "x") is None
    assert _GLUED_IN.match("inWidget" + " of the" * (RUN // 10) + ",") is not None
