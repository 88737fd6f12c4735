"""The oracle's room (`bench/candidates_bench.py`, SOURCES-fresh30.md): each candidate is
the reading its setting really gives (the model's wherever it finds one; one grammar
alone, with GB/T's uncoded reader and the fallback off), the settings are undone
afterwards, and the oracle picks the reading with most fields right, then fewest counted.
The model's answer is set where it matters, so no case depends on the bundled model."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from candidates_bench import READERS, Tally, best, candidates, only, oracle  # noqa: E402
from fallback_bench import fallback  # noqa: E402
from mmrefs.ingest import refparse  # noqa: E402
from mmrefs.ingest.reflist import RawEntry  # noqa: E402
from mmrefs.ingest.refparse import parse_entry  # noqa: E402
from mmrefs.ingest.styles import choose  # noqa: E402
from mmrefs.model import FailedEntry, Kind, Reference  # noqa: E402

# Invented: an NLM article, and a Chinese-order article without a type code that only
# GB/T's uncoded reader reads.
NLM = "Doe JA, Roe B. An invented study of placeholders. J Invented Res. 2021;12:45-9."
UNCODED = "Zhang S, Li S. Example title of an invented study. Example Journal, 2010, 12(3): 1-9."
ROW = {
    "text": NLM,
    "expected": {"authors": [["Doe", "JA"], ["Roe", "B"]], "title": "An invented study of "
                 "placeholders", "container": "J Invented Res", "year": "2021",
                 "volume": "12", "pages": "45-49"},
}  # fmt: skip


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
    found: list[Tally], allowed: set[str] | None, picked: str
) -> None:
    assert best(found, allowed)[0] == picked


def test_the_oracle_sums_each_rows_pick() -> None:
    rows = [[("production", 5, 6), ("model", 6, 6)], [("production", 4, 4), ("model", 1, 5)]]
    assert oracle(rows, None) == (10, 10)
    assert oracle(rows, {"model"}) == (7, 11)


def test_a_reader_alone_reads_with_that_grammar_only() -> None:
    with fallback(None, off=True), only(READERS["nlm"]):
        ref = read(NLM)
        assert isinstance(ref, Reference) and ref.extra_value("style") == "nlm"
    with fallback(None, off=True), only(READERS["physics"]):
        assert isinstance(read(NLM), FailedEntry)  # no other grammar, no model


def test_a_reader_alone_leaves_out_gbts_uncoded_reader() -> None:
    with fallback(None, off=True):
        ref = read(UNCODED)
        assert isinstance(ref, Reference) and ref.extra_value("style") == "gbt7714-no-code"
        with only(READERS["physics"]):
            assert isinstance(read(UNCODED), FailedEntry)


def test_the_settings_are_undone_even_when_the_reading_raises() -> None:
    kept = (choose.likely_order, choose.read_uncoded, refparse.read_uncoded)
    with pytest.raises(RuntimeError), only(READERS["nlm"]):
        raise RuntimeError
    assert (choose.likely_order, choose.read_uncoded, refparse.read_uncoded) == kept


def test_each_candidate_is_its_settings_reading_and_production_comes_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the model's answer, set: a title and a year only
    learned: dict[str, Any] = {"title": "An invented study of placeholders", "year": "2021",
                               "kind": Kind.ARTICLE}  # fmt: skip
    monkeypatch.setattr(refparse, "read_learned", lambda text: dict(learned))
    [found] = candidates([ROW])
    assert [name for name, _, _ in found] == ["production", "model", *READERS]
    tallies = {name: (right, counted) for name, right, counted in found}
    assert tallies["production"] == (6, 6)  # NLM reads it whole: the model is not asked
    assert tallies["model"] == (2, 6)  # the model's two fields, handed every reading
    assert tallies["nlm"] == (6, 6)
    assert tallies["physics"] == (0, 6)  # refused: the model is off for a reader alone
