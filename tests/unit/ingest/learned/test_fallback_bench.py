"""The policies `bench/fallback_bench.py` composes (SOURCES-fresh32.md declared `b100`, `m`
and `d`): which entries each hands to the model, and which reading each then gives. Rows
are built by hand, so no case depends on the bundled model; one row per case."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from fallback_bench import HOST, Row, asks_model, disagree, reading  # noqa: E402

# Invented readings in the label schema.
RULES = {"authors": [["Doe", "JA"]], "title": "An invented study", "container": "J Inv Res"}
SAME = {**RULES, "year": "2021"}  # agrees on the title and the container
OTHER_TITLE = {**RULES, "title": "An invented study. J Inv Res"}
NO_CONTAINER = {"authors": [["Doe", "JA"]], "title": "An invented study"}


def row(
    rules: dict[str, Any] | None = RULES,
    learned: dict[str, Any] | None = SAME,
    score: float | None = 1.0,
    *,
    unlocated: bool = False,
    coded: bool = False,
    hosted: bool = False,
) -> Row:
    return Row({}, "f", rules, learned, score, unlocated, coded, hosted=hosted)


@pytest.mark.parametrize(
    ("policy", "entry", "asked"),
    [
        ("b100", row(score=0.99), True),  # below the line at 1.0
        ("b100", row(score=1.0), False),  # a reading without a score scores 1.0
        ("b100", row(unlocated=True), True),  # b3u's unlocated readings too
        ("b3u", row(score=0.95), False),  # the shipped line is 0.9
        ("m", row(), True),  # every reading
        ("m", row(coded=True), False),  # but a type-coded GB/T one
        ("m", row(rules=None, score=None, coded=True), True),  # every grammar refused
        ("d", row(learned=SAME), False),  # agrees on the title and the container
        ("d", row(learned=OTHER_TITLE), True),
        ("d", row(learned=NO_CONTAINER), True),  # a container one leaves empty differs
        ("d", row(learned=None), False),  # the model found no reference
        ("d", row(rules=None, score=None), True),  # every grammar refused
        ("mg", row(), True),
        ("mg", row(hosted=True), False),  # a host separator: the rules' reading stays
        ("mg", row(coded=True), False),
        ("mg", row(rules=None, score=None, hosted=True), True),  # every grammar refused
        ("b100g", row(score=0.99), True),
        ("b100g", row(score=0.99, hosted=True), False),
        ("b100g", row(unlocated=True, hosted=True), False),
        ("b100h", row(score=0.95), True),  # b100
        ("b100h", row(score=0.95, hosted=True), False),  # b3u's rule for a hosted entry
        ("b100h", row(score=0.85, hosted=True), True),
        ("b100h", row(unlocated=True, hosted=True), True),
    ],
)
def test_which_entries_a_policy_hands_to_the_model(policy: str, entry: Row, asked: bool) -> None:
    assert asks_model(policy, entry) is asked


def test_disagreement_is_on_the_title_or_container_only() -> None:
    assert not disagree(row(learned={**RULES, "year": "1999", "volume": "3"}))
    assert disagree(row(learned={**RULES, "container": "Another J"}))


@pytest.mark.parametrize(
    ("policy", "entry", "expected"),
    [
        ("m", row(learned=OTHER_TITLE), OTHER_TITLE),
        ("m", row(learned=OTHER_TITLE, coded=True), RULES),
        ("m", row(learned=None), RULES),  # the model found nothing: the rules' reading
        ("d", row(learned=OTHER_TITLE), OTHER_TITLE),
        ("d", row(learned=SAME), RULES),  # agreeing: the rules' reading stays
        ("b100", row(learned=OTHER_TITLE, score=0.95), OTHER_TITLE),
    ],
)
def test_the_reading_a_policy_gives(policy: str, entry: Row, expected: dict[str, Any]) -> None:
    assert reading(policy, entry) == expected


@pytest.mark.parametrize(
    ("body", "hosted"),
    [
        ("Doe J. A title // Invented Journal. 2019. Vol. 3. P. 1-9.", True),
        ("张三. 题名[C]//会议论文集. 北京: 出版社, 2019: 1-9.", True),
        ("Doe J. A title. Available at: https://example.org/a", False),  # a link
        ("Doe J. A title. file:///tmp/x", False),
    ],
)
def test_a_host_separator_is_not_a_links(body: str, hosted: bool) -> None:
    assert bool(HOST.search(body)) is hosted
