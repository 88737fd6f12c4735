"""`refparse.LEARNED_REPLACES_BELOW`: by default the fallback reads only the entries every
grammar refuses; set, it also replaces a grammar's reading scored below it, when the model
finds a reference in the entry, and the grammar's reading stays when it does not."""

from __future__ import annotations

import pytest

from mmrefs.ingest import refparse
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import LEARNED_STYLE, parse_entry, read_body
from mmrefs.model import Reference

# Invented: a GB/T article without its type code, which the uncoded reader takes at 0.70.
UNCODED = "DOE J A, ROE B. An invented study of placeholders. Invented Journal, 2019, 56: 2196."
# Invented: a Vancouver article a grammar reads with full confidence (no score).
CONFIDENT = "Doe JA, Roe B. An invented study of placeholders. J Invented Res. 2021;12:45-9."


def parse(text: str) -> Reference:
    ref = parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt")
    assert isinstance(ref, Reference), ref
    return ref


def test_the_entries_are_what_the_tests_need() -> None:
    uncoded = read_body(UNCODED, False)
    assert isinstance(uncoded, dict) and uncoded["style_score"] == "0.70"
    confident = read_body(CONFIDENT, False)
    assert isinstance(confident, dict) and "style_score" not in confident


def test_by_default_a_low_scored_reading_is_kept() -> None:
    assert refparse.LEARNED_REPLACES_BELOW is None
    assert parse(UNCODED).extra_value("style") != LEARNED_STYLE


def test_a_reading_scored_below_the_setting_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refparse, "LEARNED_REPLACES_BELOW", 0.75)
    ref = parse(UNCODED)
    assert ref.extra_value("style") == LEARNED_STYLE
    assert not ref.extra_value("refused")  # a grammar read it: no reason to report
    assert ref.year == "2019" and [a.family.lower() for a in ref.authors] == ["doe", "roe"]


def test_only_readings_below_the_setting_are_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refparse, "LEARNED_REPLACES_BELOW", 0.7)  # 0.70 is not below it
    assert parse(UNCODED).extra_value("style") != LEARNED_STYLE
    monkeypatch.setattr(refparse, "LEARNED_REPLACES_BELOW", 0.99)
    assert parse(CONFIDENT).extra_value("style") != LEARNED_STYLE  # no score: 1.0


def test_the_grammar_reading_stays_when_the_model_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(refparse, "LEARNED_REPLACES_BELOW", 0.75)
    monkeypatch.setattr(refparse, "read_learned", lambda text: None)
    ref = parse(UNCODED)
    assert ref.extra_value("style") == "gbt7714-no-code"
    assert ref.extra_value("style_score") == "0.70"
