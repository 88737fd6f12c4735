"""The checker the shape tables share: parse one printed entry and compare the fields a
row names (`families`, `givens` and `style` are read from the authors and extras).

The rows pin what the grammars read, so the fallback's replacing of low-scored and
unlocated readings (`refparse.LEARNED_REPLACES_BELOW` and `LEARNED_REPLACES_UNLOCATED`,
policies measured on real lists by `bench/fallback_bench.py` and tested in
`test_refparse_policy.py`) is off here; the fallback still reads what every grammar
refuses, as it does for users. A row that says the entry is refused (`FAILED`) means
every grammar refuses it, checked with the fallback switched off: whether a trained model
then finds a reference in it is the model's business, not the row's."""

from __future__ import annotations

from typing import Any

from mmrefs.ingest import refparse
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import FailedEntry, Reference

FAILED = "__failed__"  # a row whose entry must be refused


def grammars_entry(text: str) -> Reference | FailedEntry:
    """`parse_entry` with the grammars' readings kept whatever their score."""
    saved = refparse.LEARNED_REPLACES_BELOW, refparse.LEARNED_REPLACES_UNLOCATED
    refparse.LEARNED_REPLACES_BELOW, refparse.LEARNED_REPLACES_UNLOCATED = None, False
    try:
        return parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt")
    finally:
        refparse.LEARNED_REPLACES_BELOW, refparse.LEARNED_REPLACES_UNLOCATED = saved


def refused_by_grammars(text: str) -> bool:
    """Whether every grammar refuses the entry (the fallback switched off)."""
    saved = refparse.read_learned
    refparse.read_learned = lambda text: None
    try:
        return isinstance(grammars_entry(text), FailedEntry)
    finally:
        refparse.read_learned = saved


def parse(text: str) -> Reference:
    result = grammars_entry(text)
    assert not isinstance(result, FailedEntry), result.reason
    return result


def field_of(ref: Reference, field: str) -> Any:
    if field == "families":
        return [a.family or a.literal for a in ref.authors]
    if field == "givens":
        return [a.given for a in ref.authors]
    if field in ("style", "accessed"):  # extras a row may name (a typo still fails)
        return ref.extra_value(field)
    return getattr(ref, field)


def check_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    """Every field the row names reads as the row says (or every grammar refuses it)."""
    if expected.get(FAILED):
        assert refused_by_grammars(text)
        return
    ref = parse(text)
    for field, value in expected.items():
        assert field_of(ref, field) == value, f"{name}: {field}"
