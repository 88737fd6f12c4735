"""Linearity of this round's name and GB/T patterns on long runs (no timer: a quadratic
pattern would take minutes at these lengths): the English title before a Chinese
original (`gbt7714.version_pattern`, whose English ends in no white space, so a
run of spaces is read one way), the ideographs after pinyin names
(`gbt7714.without_originals`), an old work's author after its dynasty
(`gbt7714.classical_head`), a name in capitals (`people.capitals_name`) and an old
veterinary article's rest (`people._COLON_ARTICLE_REST`)."""

from __future__ import annotations

from mmrefs.ingest.gbt7714 import (
    classical_head,
    original_after_version,
    version_pattern,
    without_originals,
)
from mmrefs.ingest.styles.people import _COLON_ARTICLE_REST, capitals_name

RUN = 200_000


def test_a_long_run_of_spaces_before_no_parenthesis_finishes() -> None:
    title = "Example widget studies" + " " * RUN + "x)"
    assert version_pattern().fullmatch(title) is None


def test_a_long_run_of_spaces_before_the_original_still_reads() -> None:
    title = "Example widget studies in the field" + " " * RUN + "(示例示例示例研究)"
    found = original_after_version(title)
    assert found is not None
    assert found[0] == "示例示例示例研究"


def test_long_runs_among_pinyin_names_finish() -> None:
    prefix = ("Guo Y" + " " * 2_000 + "(郭示), ") * 50
    assert "(" not in without_originals(prefix)


def test_a_long_dynasty_head_finishes() -> None:
    assert classical_head("清·王示" + "示" * RUN + ".") is None
    assert classical_head("清·王示明//" + "示" * RUN) is None


def test_a_long_block_in_capitals_finishes() -> None:
    assert capitals_name("EXAMPLE" + " AB" * RUN + ", RUPERT") is None


def test_a_long_rest_of_stops_finishes() -> None:
    assert _COLON_ARTICLE_REST.search(". Ab. " * RUN) is None
