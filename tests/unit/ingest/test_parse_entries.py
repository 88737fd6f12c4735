"""`refparse.parse_entries`: a list's entries are drafted by the grammars first, and the
ones the fallback reads are then read together in one batched pass
(`learned.read_together`, SOURCES-fresh32.md "A cheaper reader"). The readings, keys and
failures must be `parse_entry`'s, one by one, whatever the list and however it is cut."""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest import refparse
from mmrefs.ingest.learned import model
from mmrefs.ingest.learned.neural import Tagger
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import (
    LEARNED_STYLE,
    Draft,
    draft,
    fallback_use,
    parse_entries,
    parse_entry,
)
from mmrefs.keys import KeyRing
from mmrefs.model import FailedEntry, Reference
from tests.unit.ingest.learned.test_model import REFUSED
from tests.unit.ingest.test_refparse_policy import CODED, CONFIDENT, LOW, UNCODED, UNLOCATED

# Invented entries, one for each way through the parser: a grammar's confident reading,
# a low-scored one handed to the model, an unlocated one handed over, a type-coded GB/T
# one, the uncoded GB/T periodical that is kept, one no grammar reads but the model does,
# text holding no reference, a repeat, and an entry too long for the model.
TEXTS = [
    CONFIDENT,
    LOW,
    UNLOCATED,
    CODED,
    UNCODED,
    REFUSED,
    "Table 3 continued on the next page",
    LOW,
    "Doe J. " + "An invented title, " * 120 + "2019.",
]


def raw(texts: list[str]) -> list[RawEntry]:
    return [RawEntry(n, f"[{n}]", text, n, n) for n, text in enumerate(texts, start=1)]


def one_by_one(texts: list[str]) -> list[Reference | FailedEntry]:
    keys = KeyRing()
    return [parse_entry(entry, "t.txt", keys) for entry in raw(texts)]


def test_the_entries_take_every_way_through_the_parser() -> None:
    drafts = [draft(text) for text in TEXTS]
    assert [d.asks for d in drafts] == [False, True, True, False, False, True, True, True,
                                        False]  # fmt: skip
    long = drafts[8]
    assert fallback_use(long.parsed, long.ids) == "replace"  # were it short enough
    read = one_by_one(TEXTS)
    assert read[1].extra_value("style") == LEARNED_STYLE  # type: ignore[union-attr]
    assert read[5].extra_value("refused")  # type: ignore[union-attr]
    assert isinstance(read[6], FailedEntry)
    assert isinstance(read[8], Reference) and read[8].extra_value("style") != LEARNED_STYLE


@pytest.mark.parametrize("drafted", [1, 2, 4, 1024])
def test_a_list_reads_as_its_entries_one_by_one(
    drafted: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refparse, "DRAFTED_TOGETHER", drafted)
    expected = one_by_one(TEXTS)
    assert parse_entries(raw(TEXTS), "t.txt", KeyRing()) == expected
    assert all(r.key for r in expected if isinstance(r, Reference))  # keys were compared


def test_the_model_reads_a_lists_hand_overs_in_one_call(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    many = Tagger.labels_many

    def counted(self: Tagger, entries: Any) -> list[list[str]]:
        calls.append(len(entries))
        return many(self, entries)

    def alone(self: Tagger, text: str, tokens: Any) -> list[str]:
        raise AssertionError("an entry of the list was read alone")

    monkeypatch.setattr(Tagger, "labels_many", counted)
    monkeypatch.setattr(Tagger, "labels", alone)
    parse_entries(raw(TEXTS), "t.txt")
    # LOW twice is one text; the over-long entry is never the model's
    assert calls == [4]


def test_a_list_the_grammars_read_never_loads_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def load() -> Tagger:
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(model, "tagger", load)
    read = parse_entries(raw([CONFIDENT, CODED]), "t.txt")
    assert all(isinstance(r, Reference) for r in read)


def test_a_draft_names_what_the_fallback_will_read() -> None:
    d = draft(LOW)
    assert isinstance(d, Draft) and isinstance(d.parsed, dict) and d.asks
    assert refparse.finish(d) == refparse.parse_fields(LOW)


def test_a_list_whose_readings_are_filled_reads_as_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other setting (`LEARNED_FILLS_BELOW`): the fallback fills a low reading's
    empty fields instead of replacing it; that reading too is read together."""
    monkeypatch.setattr(refparse, "LEARNED_REPLACES_BELOW", None)
    monkeypatch.setattr(refparse, "LEARNED_REPLACES_UNLOCATED", False)
    monkeypatch.setattr(refparse, "LEARNED_FILLS_BELOW", 1.0)
    assert fallback_use(draft(LOW).parsed, {}) == "fill"
    assert parse_entries(raw(TEXTS), "t.txt", KeyRing()) == one_by_one(TEXTS)
