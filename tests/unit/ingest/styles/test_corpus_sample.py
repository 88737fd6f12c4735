"""A sample of the rendered corpus (every style, every kind, with PDF/editor noise) must
parse at the accuracy the full benchmark reports; `bench/parse_bench.py` runs the whole
corpus, which `bench/corpus/build.py` regenerates (see tests/data/corpus/README.md)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import FailedEntry

ROOT = Path(__file__).resolve().parents[4]
SAMPLE = ROOT / "tests" / "data" / "corpus" / "sample.jsonl"
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from score import predicted_fields, score_entry, tally  # noqa: E402

FLOOR = {"all": 0.97, "style": 0.93}  # the sample is small: a style's floor allows noise


def rows(path: Path = SAMPLE) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def score_sample(path: Path) -> dict[str, Any]:
    """The sample's tally per style (`score.tally`), each entry parsed as a list's is;
    shared with the GOST sample's test."""
    scored = []
    for n, row in enumerate(rows(path), start=1):
        parsed = parse_entry(RawEntry(n, f"[{n}]", row["text"].replace("\n", " "), n, n), "s")
        assert parsed.raw == row["text"].replace("\n", " ")  # nothing printed is lost
        predicted = None if isinstance(parsed, FailedEntry) else predicted_fields(parsed)
        scored.append((row["style"], score_entry(row["expected"], predicted)))
    return tally(scored)


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    return score_sample(SAMPLE)


def test_every_listed_style_is_sampled(result: dict[str, Any]) -> None:
    assert len(result["styles"]) >= 16


def test_field_accuracy_overall(result: dict[str, Any]) -> None:
    right = sum(r for r, _, _, _ in result["styles"].values())
    counted = sum(c for _, c, _, _ in result["styles"].values())
    assert right / counted >= FLOOR["all"]


def test_field_accuracy_per_style(result: dict[str, Any]) -> None:
    low = {s: r / c for s, (r, c, _, _) in result["styles"].items() if r / c < FLOOR["style"]}
    assert not low


@pytest.mark.parametrize(
    ("want", "got", "same"),
    [
        ("A study, 1998¨C2001", "A study, 1998–2001", True),  # GBK-garbled label, repaired
        ("A study, 1998–2001", "A study, 1998¨C2001", True),
        ("The ¨C widget", "The widget", False),  # not between digits: compared as printed
    ],
)
def test_the_scorer_reads_a_gbk_garbled_dash_as_the_dash(want: str, got: str, same: bool) -> None:
    assert score_entry({"title": want}, {"title": got}) == {"title": same}
