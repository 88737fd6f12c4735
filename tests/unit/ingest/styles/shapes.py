"""The checker the shape tables share: parse one printed entry and compare the fields a
row names (`families`, `givens` and `style` are read from the authors and extras)."""

from __future__ import annotations

from typing import Any

from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import FailedEntry, Reference

FAILED = "__failed__"  # a row whose entry must be refused


def parse(text: str) -> Reference:
    result = parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt")
    assert not isinstance(result, FailedEntry), result.reason
    return result


def field_of(ref: Reference, field: str) -> Any:
    if field == "families":
        return [a.family or a.literal for a in ref.authors]
    if field == "givens":
        return [a.given for a in ref.authors]
    if field == "style":
        return ref.extra_value("style")
    return getattr(ref, field)


def check_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    """Every field the row names reads as the row says (or the entry is refused)."""
    if expected.get(FAILED):
        assert isinstance(parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt"), FailedEntry)
        return
    ref = parse(text)
    for field, value in expected.items():
        assert field_of(ref, field) == value, f"{name}: {field}"
