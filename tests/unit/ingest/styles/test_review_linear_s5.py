"""Long runs read in time linear in their length (the fix round's S patterns).

A Japanese book's brackets, an editor or translator after a title, an edition in the
list's own words, a range's dash lost to a question mark and a working paper's city
after its number each read a bounded piece or scan once. No timer (they flake): a
quadratic form could not return in a test's time on these sizes. The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import sources


def test_lost_dash_and_foreign_edition_are_linear() -> None:
    digits = "1?" * 100_000 + "2"
    assert sources._LOST_DASH.sub(r"\1-\2", "14, 133?137") == "14, 133-137"
    assert len(sources._LOST_DASH.sub(r"\1-\2", digits)) == len(digits)
    text = "Title (" + " " * 200_000 + "3. utg). Example."
    assert sources.foreign_edition(text) == (text, "")
    assert sources.foreign_edition("Title (3. utg). Example.") == ("Title. Example.", "3. utg")


def test_translators_and_editors_are_linear() -> None:
    text = "Title, edited by" + " " * 200_000 + "x"
    assert sources.translated_title(text) is None
    parens = "Title (" + "Ed. A" * 40_000 + ")" + " " * 100_000 + "x"
    assert sources.translated_title(parens) is None
    stops = "Widgets. Edited by A" + ". Edited by A" * 30_000
    assert sources.translated_title(stops) is None  # initials all along: no name ends


def test_bracketed_book_is_linear() -> None:
    fields: dict[str, Any] = {}
    assert not sources.bracketed_book("『" + "例" * 100_000 + "』" + " " * 100_000 + "x』", fields)
    assert sources.bracketed_book("『例の研究』例出版。", fields)
    assert fields["publisher"] == "例出版"


def test_series_place_is_linear() -> None:
    rest = "Title. EXA Discussion Paper, No. 1," + " " * 200_000 + "Bonn x"
    assert sources.series_sentence(rest) is None
    assert sources.series_sentence("Title. EXA Discussion Paper, No. 1681, Bonn.") is not None


def test_host_without_in_is_linear() -> None:
    rest = "Title. Roe, M.J." + " " * 200_000 + "(ed) Book. London: Example."
    assert sources._EDITED_HOST_NO_IN.search(rest) is None
    words = "Title." + " Roe, M.J. and" * 30_000 + " (ed) Book."
    assert sources._EDITED_HOST_NO_IN.search(words) is None
