"""Linearity of the patterns the review of session 23's second round (helper G) added or
narrowed (no timer: a quadratic reading at these lengths would take minutes).
`grammars._HOST_EDITORS` is matched at one place, the host name's comma: its spaces are
read once and its initials (`B. C. Roe, ed. (`) each one way; `_COMMA_BOOK_CUT` is led by
a comma or a year and closed by the end of the searched span, so each start fails at
once unless a firm's suffix or a year and the span's last comma follow it."""

from __future__ import annotations

from mmrefs.ingest.styles.grammars import _COMMA_BOOK_CUT, _HOST_EDITORS, comma_book, glued_host

RUN = 200_000


def test_the_host_editors_are_read_once() -> None:
    assert _HOST_EDITORS.match("x," + " " * RUN + "y", 1) is None
    assert _HOST_EDITORS.match(", " + "A. " * RUN + "x") is None
    assert _HOST_EDITORS.match(", " + "A." * RUN + "Bb x") is None
    assert not glued_host("inWidget, " + "A. " * RUN)
    assert glued_host("inWidget Handbook," + " " * RUN + "edited byB. Roe")
    assert glued_host("inWidget Handbook, " + "B. " * RUN + "Roe, ed. (Example, 1969)")
    assert glued_host("inWidget Handbook, Eds." + " " * RUN + "B. Roe")
    assert not glued_host("inWidget Handbook, Eds." + " " * RUN + "x")


def test_a_comma_book_cut_is_searched_once() -> None:
    assert _COMMA_BOOK_CUT.search("x" + ", " * RUN + "y") is None
    assert _COMMA_BOOK_CUT.search("1977, " * (RUN // 5) + "y") is None
    assert _COMMA_BOOK_CUT.search(", Inc." * (RUN // 5) + "y") is None
    assert _COMMA_BOOK_CUT.search(", Inc.," + " " * RUN + "y") is None
    assert not comma_book("Doe, J., Title" + ", Inc., 1977" * (RUN // 10) + " x", 8)
    assert comma_book("Doe, J., Title" + ", Example" * (RUN // 10) + ", 1977.", 8)
