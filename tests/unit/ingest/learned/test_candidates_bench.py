"""The oracle's room (`bench/candidates_bench.py`, SOURCES-fresh30.md): each candidate is
the reading its setting really gives, the settings are undone afterwards, and the oracle
picks the reading with most fields right, then fewest counted. A new case is one row."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from candidates_bench import (  # noqa: E402
    READERS,
    Candidate,
    best,
    model_everywhere,
    pooled,
    reader_alone,
)
from mmrefs.ingest import refparse  # noqa: E402
from mmrefs.ingest.reflist import RawEntry  # noqa: E402
from mmrefs.ingest.refparse import parse_entry  # noqa: E402
from mmrefs.ingest.styles import choose  # noqa: E402
from mmrefs.model import FailedEntry, Reference  # noqa: E402

NLM = "Doe JA, Roe B. An invented study of placeholders. J Invented Res. 2021;12:45-9."


def read(text: str) -> Reference | FailedEntry:
    return parse_entry(RawEntry(1, "", text, 1, 1), "t.txt")


@pytest.mark.parametrize(
    ("found", "allowed", "picked"),
    [
        ([("production", 5, 6), ("model", 6, 6)], None, "model"),  # more right
        ([("production", 5, 6), ("model", 5, 7)], None, "production"),  # fewer counted
        ([("production", 5, 6), ("nlm", 5, 6)], None, "production"),  # a tie: first listed
        ([("production", 5, 6), ("model", 6, 6)], {"production"}, "production"),
        ([("production", 0, 4), ("nlm", 3, 4), ("model", 2, 4)], set(READERS), "nlm"),
    ],
)
def test_the_oracle_takes_most_right_then_fewest_counted(
    found: list[Candidate], allowed: set[str] | None, picked: str
) -> None:
    assert best(found, allowed)[0] == picked


def test_pooled_sums_each_rows_pick() -> None:
    rows = [[("production", 5, 6), ("model", 6, 6)], [("production", 4, 4), ("model", 1, 5)]]
    assert pooled(rows, None) == (10, 10)
    assert pooled(rows, {"model"}) == (7, 11)


def test_a_reader_alone_reads_with_that_grammar_only_and_no_fallback() -> None:
    with reader_alone(READERS["nlm"]):
        ref = read(NLM)
        assert isinstance(ref, Reference) and ref.extra_value("style") == "nlm"
    with reader_alone(READERS["physics"]):
        assert isinstance(read(NLM), FailedEntry)  # no other grammar, no model


def test_the_settings_are_undone_even_when_the_reading_raises() -> None:
    kept = (choose.likely_order, refparse.doubtful, refparse.read_refused,
            refparse.LEARNED_REPLACES_UNLOCATED)  # fmt: skip
    with pytest.raises(RuntimeError), reader_alone(READERS["nlm"]):
        raise RuntimeError
    with pytest.raises(RuntimeError), model_everywhere():
        assert refparse.doubtful({"style_score": "1.0"})
        raise RuntimeError
    assert (choose.likely_order, refparse.doubtful, refparse.read_refused,
            refparse.LEARNED_REPLACES_UNLOCATED) == kept  # fmt: skip
