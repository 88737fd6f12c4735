"""Long runs read in time linear in their length (the S rules of fresh17's dev round).

A page range's one-sided space, a book's page count with its series or volume before it,
a report's month after its imprint, a romanised Russian city and year, hyphen-joined
places, a host's editor named initials first, a Japanese access date after a link, a
volume glued to a Japanese name and a Japanese book's series and house each read a
bounded piece or scan once. No timer (they flake): a quadratic form could not return in
a test's time on these sizes.
The data is invented.
"""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.styles import heads, locator, parts, sources, trailers


def test_spaced_range_is_linear() -> None:
    spaces = "1" + " " * 200_000 + "x"
    assert locator._SPACED_RANGE.sub("-", spaces) == spaces
    runs = "1 " * 100_000
    assert locator._SPACED_RANGE.sub("-", runs) == runs
    assert locator._SPACED_RANGE.sub("-", "901- 910, 1 -2") == "901-910, 1-2"


def test_counted_book_is_linear() -> None:
    fields: dict[str, Any] = {}
    assert not sources.counted_book("Aa " * 100_000 + "12 pp. Nowhere-" * 3, fields)
    assert not sources.counted_book("A" + " b" * 100_000 + ": 12 pp.", fields)
    assert not sources.counted_book("A" + " No." * 100_000 + " 12 pp.", fields)
    assert sources.counted_book("Example Series 12: 98 pp.", fields)
    assert fields["volume"] == "12"
    assert sources.place_alone("London-" * 100_000) == ""


def test_host_editor_and_no_place_are_linear() -> None:
    assert parts._BOOK_EDITOR.match("A. Roe," + " " * 200_000 + "x") is None
    assert parts._BOOK_EDITOR.match("A. " * 100_000) is None
    assert parts._NO_PLACE.match("[S.l.]" + " " * 200_000) is not None


def test_japanese_trailers_and_glued_volume_are_linear() -> None:
    text = "Title. https://example.org/a" + " " * 100_000 + "(2021年7月30日"
    body, _ = trailers.peel(text)
    assert body.startswith("Title.")
    glued = "例" * 100_000 + "1:" * 100_000
    assert sources.unglue(glued).count(" ") == 1
    assert heads._QUOTED_TITLE.search(", " + " " * 200_000 + "x") is None


def test_imprint_month_and_city_count_are_linear() -> None:
    far = "Seoul: A;" + " " * 200_000 + "2017. 12."  # the `;` is looked for near the end
    assert sources.imprint_month(far) == far
    spaces = "Seoul: A" + " " * 200_000 + "B;2017. 12."
    assert sources.imprint_month(spaces) == spaces[:-5]
    assert sources.imprint_month("x;" * 100_000) == "x;" * 100_000
    assert sources._CITY_YEAR_COUNT.fullmatch("Moscow;" + " " * 200_000 + "2002 : 4 px") is None
    fields: dict[str, Any] = {}
    assert not sources.city_locator("Kharkiv. " + "1 " * 100_000 + "x", fields)


def test_japanese_house_and_series_are_linear() -> None:
    assert sources._JAPANESE_HOUSE.search("例" * 200_000 + "学会") is None
    titles = ", 例" * 100_000 + "x"
    assert sources._JAPANESE_SERIES.sub("", titles) == titles
