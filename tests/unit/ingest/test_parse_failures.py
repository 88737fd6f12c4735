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

# (printed entry, parts the reason must hold, parts it must not hold). Entries that
# neither a grammar nor the statistical fallback reads: with a journal and a year, a
# Vancouver entry without its date block is read by the fallback (`learned`), and so is
# one with a lone number that may be a year (`… Multiple myeloma. 99 1802`).
FAILURES = [
    (
        "Vancouver entry without its journal and date block",
        "Rajkumar SV. Multiple myeloma. 99",
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
    text = "References\n[1] Rajkumar SV. Multiple myeloma. 99\n"
    doc = parse_document(text, "t.txt")
    [failure] = doc.failures
    [finding] = [f for f in doc.findings if f.code == "parse.failed"]
    assert GBT_NO_CODE in failure.reason and failure.reason in finding.message


# GB/T order without its type code: read, but scored low, so it is reported for a person
# to check (`parse.low_confidence`) rather than refused or passed off as a sure reading.
UNCODED = [
    (
        "GB/T entry that lost its type code",
        "SMITH J. First placeholder. Example J, 2020, 3(2): 100-108.",
        {"container": "Example J", "volume": "3", "issue": "2", "kind": "article"},
    ),
    (
        "Chinese GB/T entry that lost its type code",
        "干军, 李明. 多发性骨髓瘤的治疗进展. 中华血液学杂志, 2022, 43(2): 1-5.",
        {"title": "多发性骨髓瘤的治疗进展", "container": "中华血液学杂志", "year": "2022"},
    ),
    (
        "Chinese book of an older list that prints no codes",
        "王晓东. 示例研究方法. 北京: 示例出版社, 1997: 74-80.",
        {"publisher": "示例出版社", "place": "北京", "kind": "book", "last_page": "80"},
    ),
    (
        "Chinese chapter of an older list, its host after ∥",
        "白晓.示例研究∥李晓.示例进展.北京:示例出版社,1998:146-163.",
        {"title": "示例研究", "container": "示例进展", "publisher": "示例出版社"},
    ),
]


@pytest.mark.parametrize(("name", "text", "fields"), UNCODED, ids=[row[0] for row in UNCODED])
def test_gbt_without_a_type_code_is_read_and_flagged(
    name: str, text: str, fields: dict[str, str]
) -> None:
    doc = parse_document(f"References\n[1] {text}\n", "t.txt")
    assert not doc.failures, name
    [ref] = doc.references
    assert {k: str(getattr(ref, k)) for k in fields} == fields
    # read by GB/T's uncoded reader, or by the fallback that replaced its low-scored reading
    read_by = ref.extra_value("replaced").split(" ")[0] or ref.extra_value("style")
    assert read_by == "gbt7714-no-code"
    assert [f.code for f in doc.findings] == ["parse.low_confidence"]
