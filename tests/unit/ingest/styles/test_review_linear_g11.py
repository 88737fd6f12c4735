"""Linearity of the patterns the fresh16 round added (no timer: a quadratic reading at
these lengths would take minutes). `grammars._INVERTED_BARE_YEAR` is matched from the
start only and its names are bounded (300 characters), so a long run of spaces or commas
before a year costs at most that bound; `people._NAME_IDEOGRAPHS` is bounded inside its
parentheses, and `unparenthesised_ideographs` rejoins the words once;
`gbt7714._YEARLESS_STANDARD` is matched from the start, its parts parted by hyphens and
its spaces read once before the title's capital; `gbt7714.number_alone` reads 40
characters at most."""

from __future__ import annotations

from mmrefs.ingest.gbt7714 import _NUMBER_ALONE, _YEARLESS_STANDARD, number_alone
from mmrefs.ingest.styles.choose import bracketed_chinese
from mmrefs.ingest.styles.grammars import _INVERTED_BARE_YEAR, inverted_bare_year_head
from mmrefs.ingest.styles.people import _NAME_IDEOGRAPHS, unparenthesised_ideographs

RUN = 200_000


def test_a_long_run_before_the_bare_year_is_bounded() -> None:
    assert _INVERTED_BARE_YEAR.match("Doe, Ann" + " " * RUN + "1950 Title") is None
    assert _INVERTED_BARE_YEAR.match("Doe, Ann" + ", " * RUN + "1950 Title") is None
    assert inverted_bare_year_head("Doe, Ann" + " " * RUN + "1950 Title.") is None
    found = _INVERTED_BARE_YEAR.match("Doe, Ann 1950 Title" + " " * RUN)
    assert found is not None and found["year"] == "1950"


def test_many_parenthesised_names_are_read_once() -> None:
    block = "Doe J (张三), " * (RUN // 10) + "Roe K (李四)"
    assert unparenthesised_ideographs(block).startswith("Doe J, Doe J,")
    assert _NAME_IDEOGRAPHS.search("Doe J (" + "张" * RUN + ")") is None
    spaced = "Doe J" + " " * RUN + "(张三), Roe K"
    assert unparenthesised_ideographs(spaced) == "Doe J, Roe K"


def test_a_long_english_version_is_parted_once() -> None:
    body = "Doe J. Widget" + " " * RUN + "(in Chinese). Example, 1990 [张三. 题名. 示例, 1990]."
    pair = bracketed_chinese(body)
    assert pair is not None and pair[0] == "张三. 题名. 示例, 1990"
    pair = bracketed_chinese("Doe J. Widget (in Chinese). x" + "[" * RUN + "张三]")
    assert pair is not None and pair[0] == "张三"


def test_a_standard_designation_is_read_once() -> None:
    assert _YEARLESS_STANDARD.match("ISO 9001" + " " * RUN + "x") is None
    assert _YEARLESS_STANDARD.match("ISO 12" + "-1" * RUN + " x") is None
    found = _YEARLESS_STANDARD.match("ISO 9001" + " " * RUN + "Quality")
    assert found is not None and found["number"] == "ISO 9001"


def test_a_report_number_is_bounded() -> None:
    assert not number_alone("A" + "1" * RUN)
    assert _NUMBER_ALONE.fullmatch("A" + "1" * RUN + "x") is None
    assert number_alone("AIAA-2004-5246")
