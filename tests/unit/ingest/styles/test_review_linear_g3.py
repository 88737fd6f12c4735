"""Linearity of the Qikan year-before-journal pattern (`gbt7714._YEAR_BEFORE_JOURNAL`):
a long run of spaces inside the journal is read one way, so the match finishes (no
timer: a quadratic pattern would take minutes at this length)."""

from __future__ import annotations

from mmrefs.ingest.gbt7714 import _YEAR_BEFORE_JOURNAL, year_before_journal


def test_a_long_run_of_spaces_in_the_journal_finishes() -> None:
    text = "1998, a" + " " * 200_000 + "x"
    assert _YEAR_BEFORE_JOURNAL.match(text) is None
    assert year_before_journal(text) == text


def test_a_long_run_of_spaces_before_the_issue_still_reads() -> None:
    text = "1998, Example Journal" + " " * 200_000 + "(4):12-19"
    found = _YEAR_BEFORE_JOURNAL.match(text)
    assert found is not None
    assert found.group("journal") == "Example Journal"
    assert found.group("issue") == "(4)"
