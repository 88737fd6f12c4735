"""Long runs read in time linear in their length (this round's new patterns).

A French title in guillemets, a translation in brackets or parentheses after a title's
stop, and a Japanese book's imprint are found by patterns whose parts could each take a
run of spaces or of a bracket's words: written so that no split of a long run is tried
twice (possessive classes, one optional space), they return at once where the first
forms took time quadratic (or worse) in the run's length. No timer (they flake): the
quadratic forms could not return in a test's time. The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import sources


def test_guillemets_are_linear_on_a_run_of_spaces() -> None:
    assert sources._GUILLEMETS.match("«" + " " * 200_000 + "x") is None
    assert sources.title_and_rest("« Titre du widget », Revue, 12, 1-9.")[0] == "Titre du widget"


def test_stopped_translation_is_linear_on_an_unclosed_bracket() -> None:
    fields: dict[str, Any] = {"title": "Widgetpolitik"}
    for opening in ("[", "("):
        rest = f"{opening}A" + " a" * 100_000
        assert sources.stopped_translation(rest, fields) == rest
        assert "title_translation" not in fields


def test_japanese_book_is_linear_on_a_run_of_spaces() -> None:
    fields: dict[str, Any] = {}
    assert not sources.japanese_book("頁" + " " * 100_000 + "x", fields)
    assert not sources.japanese_book("見本" + " ." * 50_000 + "x,2012", fields)
    assert sources.japanese_book("見本の本.1-6頁,見本社,2012", fields)
    assert fields["publisher"] == "見本社"
