"""A failed entry's reason names each style tried and what it missed, never one style's
message for an entry printed in another. A new quirk is one row."""

from __future__ import annotations

import pytest

from mmrefs.ingest.document import parse_document
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import FailedEntry

GBT_NO_CODE = "GB/T 7714: no type code like [J] after the title"
VANCOUVER_NO_DATE = "Vancouver: no 'Journal. YEAR;VOL(ISSUE):PAGES'"

# (printed entry, parts the reason must hold, parts it must not hold)
FAILURES = [
    (
        "GB/T entry that lost its type code",
        "SMITH J. First placeholder. Example J, 2020, 3(2): 100-108.",
        [GBT_NO_CODE, VANCOUVER_NO_DATE],
        [],
    ),
    (
        "Chinese GB/T entry that lost its type code",
        "干军, 李明. 多发性骨髓瘤的治疗进展. 中华血液学杂志, 2022, 43(2): 1-5.",
        [GBT_NO_CODE, VANCOUVER_NO_DATE],
        [],
    ),
    (
        "Vancouver entry without its date block",
        "Rajkumar SV. Multiple myeloma. Am J Hematol 2024 99 1802",
        [GBT_NO_CODE, VANCOUVER_NO_DATE],
        [],
    ),
    ("no structure at all", "???", [GBT_NO_CODE, VANCOUVER_NO_DATE], []),
    (
        "GB/T journal with an unreadable publication part",
        "SMITH J. A title [J]. nothing parseable here",
        ["GB/T 7714: after [J], no 'Journal, YEAR, VOL(ISSUE): PAGES' part", "nothing parse"],
        ["Vancouver"],
    ),
    (
        "GB/T book without place and publisher",
        "干军. 多发性骨髓瘤的治疗 [M]. 北京",
        ["GB/T 7714: after [M], no 'Place: Publisher, YEAR' part in '北京'"],
        ["Vancouver"],
    ),
    (
        "a long unreadable part is quoted short",
        "SMITH J. A title [J]. " + "words " * 500,
        ["GB/T 7714: after [J]", "...'"],
        ["words " * 10],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "present", "absent"), FAILURES, ids=[row[0] for row in FAILURES]
)
def test_reason_names_each_style_tried(
    name: str, text: str, present: list[str], absent: list[str]
) -> None:
    result = parse_entry(RawEntry(4, "[4]", text, 9, 9), "t.txt")
    assert isinstance(result, FailedEntry), name
    assert all(part in result.reason for part in present), result.reason
    assert not any(part in result.reason for part in absent), result.reason


def test_the_parse_failed_finding_carries_the_same_reason() -> None:
    text = "References\n[1] SMITH J. First placeholder. Example J, 2020, 3(2): 100-108.\n"
    doc = parse_document(text, "t.txt")
    [failure] = doc.failures
    [finding] = [f for f in doc.findings if f.code == "parse.failed"]
    assert GBT_NO_CODE in failure.reason and failure.reason in finding.message
