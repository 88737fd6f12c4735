"""The metadata record of the second review."""

from __future__ import annotations

from mmrefs.ingest.record import is_record, parse_record
from mmrefs.model import Author, Document, FailedEntry


def test_record_fields(record: Document) -> None:
    assert record.kind == "record"
    ref = record.references[0]
    assert ref.title == "外泌体miRNA治疗多发性骨髓瘤的作用与机制"
    assert ref.authors == (
        Author("ZHAO", "Yihan"),
        Author("SUN", "Xuhang"),
        Author("ZHAO", "Lin"),
        Author("JIANG", "Shiqing"),
    )
    assert ref.container == "Chinese Journal of Tissue Engineering Research"
    assert (ref.year, ref.volume, ref.issue) == ("2025", "29", "31")
    assert (ref.first_page, ref.last_page) == ("6743", "6752")
    assert ref.language == "zh"
    assert ref.keywords[0] == "multiple myeloma" and ref.keywords[-1] == "miRNA"
    assert len(ref.keywords) == 9
    assert ref.abstract.startswith("BACKGROUND:Multiple myeloma")
    assert ref.extra_value("publication_type") == "Journal Article"
    assert ref.extra_value("country") == "China"


def test_record_with_english_title_and_markers() -> None:
    text = (
        "- Title:An example title\n- VernacularTitle:示例标题\n- Author:\nAnna B SMITH\n1,2\n"
        ";\nLi WANG\n- From: Some Journal 2020;5:12-19\n- Language:English\n"
    )
    assert is_record(text)
    ref = parse_record(text, "x.txt")
    assert not isinstance(ref, FailedEntry)
    assert ref.title == "示例标题" and ref.title_translation == "An example title"
    assert ref.authors == (Author("SMITH", "Anna B"), Author("WANG", "Li"))
    assert (ref.volume, ref.issue, ref.last_page) == ("5", "", "19")


def test_record_without_title_is_a_failure() -> None:
    result = parse_record("- Author:\nA B\n- From: J 2020;1:1\n", "x.txt")
    assert isinstance(result, FailedEntry)
    assert "Title" in result.reason
