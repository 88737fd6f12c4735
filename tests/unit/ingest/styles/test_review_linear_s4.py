"""Long runs read in time linear in their length (the review s3's narrowings).

The narrowed readings add a lookahead to a month after NLM's year and to a word glued to
a Chicago volume, a label test after a book's volume and a few string tests: each reads
a bounded piece, or scans once. No timer (they flake): a quadratic form could not return
in a test's time on these sizes. The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import sources, trailers


def test_month_after_a_year_is_linear_on_a_run_of_spaces() -> None:
    text = "Example J. 2019 ene" + " " * 200_000 + "x"
    assert sources.english_months(text) == text
    assert sources.english_months("Example J. 2019 ene;12(3):1-5").endswith("Jan;12(3):1-5")


def test_glued_volume_is_linear_on_runs() -> None:
    text = "a1, no. 1" + " " * 200_000 + "x"
    assert sources.unglue(text) == text
    many = "a1, no. " * 50_000
    assert sources.unglue(many) == many
    assert sources.unglue("Journal Theory27, no. 1: 1-29") == "Journal Theory 27, no. 1: 1-29"


def test_book_volume_and_meeting_are_linear() -> None:
    text = "Title. Vol. 2, No. 3" + " " * 200_000 + ". London: Example Press; 2001."
    assert sources.book_volume(text) == (text, "")
    fields: dict[str, Any] = {}
    head = "A, " * 100_000 + "Conference on Widgets, IEEE"
    assert sources.meeting_in_commas(head, fields)
    assert fields["publisher"] == "IEEE"
    assert not sources.imprint_then_city("Example Press" + ", Abc" * 100_000 + " 1")


def test_linked_publisher_and_url_year_are_linear() -> None:
    assert not sources.publisher_evidence("Revista " * 100_000 + "Internacional", True)
    found: dict[str, str] = {}
    text, found = trailers.peel("Doe, J. (2018). Title. https://example.org/en/,2018")
    assert found["url"] == "https://example.org/en/"
    assert not text.endswith("2018")
