"""Long runs read in time linear in their length (the review of fresh17's S rules).

The capital `No.` that starts a locator after a comma, and after no report's or series'
word (`parts._LOCATOR_START`'s lookbehinds, each of fixed width, tried only where a
`No.` stands; the pattern is run on a locator's last `LOCATOR_MAX` characters only),
a host book's editors named initials first (`parts._BOOK_EDITOR`), the doubled
closing mark of a title (`sources._DOUBLED_CLOSE`), and the lower-case word that turns
a host book's `… and the Press` away from the publisher (`sources._TITLE_WORD`) each
scan once. No timer (they flake): the readings of long runs are compared with a plain
reading, and a quadratic form could not return in a test's time on these sizes. The
data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import parts, sources


def test_capital_no_after_report_words_is_linear() -> None:
    text = "Report, No. 1" * 20_000
    starts = [m.start() for m in parts._LOCATOR_START.finditer(text)]
    # a `No.` after `Report, ` is no start; the figures after each `No.` are
    assert len(starts) == text.count("No. ")
    assert all(text[s + 1 : s + 2].isdigit() or text[s + 1 : s + 2] == " " for s in starts)
    issues = "Journal, No. 1" * 20_000
    assert sum(1 for _ in parts._LOCATOR_START.finditer(issues)) == 2 * issues.count("No. ")


def test_title_word_is_linear() -> None:
    house = "Example" + " of" * 100_000 + " Press"
    assert sources._TITLE_WORD.search(house) is None
    title = "Power" + " Of" * 100_000 + " and Press"
    match = sources._TITLE_WORD.search(title)
    assert match is not None and match.start() == title.index(" and")


def test_long_host_with_a_title_word_keeps_its_container() -> None:
    fields: dict[str, Any] = {}
    book = "Widgets" + ", Gadgets" * 2_000 + ", Media and the Press"
    sources.hosted_source(f"In: F. Roe (ed.), {book}, 1-9.", fields)
    assert fields["container"] == book
    assert "publisher" not in fields


def test_host_editors_and_doubled_quotes_are_linear() -> None:
    # the editors' repeat is bounded (six names) and each name ends at its comma
    # more than six names before the book: none go (an initial follows the sixth)
    assert parts._BOOK_EDITOR.match("A. Roe, " * 100_000 + "Book") is None
    six = parts._BOOK_EDITOR.match("A. Roe, " * 6 + "Book")
    assert six is not None and six.end() == len("A. Roe, ") * 6
    assert parts._BOOK_EDITOR.match("A. Roe," + " " * 200_000 + "x") is None
    assert parts._BOOK_EDITOR.match("A. B. " * 100_000 + "Roe, Book") is None
    inner = "‘’" + "a’’ b " * 50_000 + "c’’ d."
    assert sources.title_and_rest(inner) == ("", inner)
    spaced = "‘’a’’" + " " * 200_000 + "x"
    assert sources.title_and_rest(spaced) == ("", spaced)
    assert sources.title_and_rest("‘’Widget growth’’, Journal") == ("Widget growth", "Journal")
