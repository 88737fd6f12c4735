"""An entry no grammar explains still keeps what can be read from it (nothing lost)."""

from __future__ import annotations

import pytest

from mmrefs.formats.jsonmodel import document_from_data, document_to_data
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.refparse import partial_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "garbled words no structure 2019 doi:10.5555/abc.12 PMID: 123",
            (("doi", "10.5555/abc.12"), ("pmid", "123"), ("year", "2019")),
        ),
        ("a page of prose from 1998 and 2004 with no names", (("year", "2004"),)),
        ("???", ()),
        ("numbers 12345 and 3019 are not years", ()),
    ],
)
def test_partial_fields(text: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert partial_fields(text) == expected


def test_a_failed_entry_carries_its_partial_fields_through_the_json_model() -> None:
    text = "References\n[1] ??? unreadable 2021 https://doi.org/10.5555/x.1\n"
    doc = parse_document(text, "list.txt")
    (failure,) = doc.failures
    assert ("doi", "10.5555/x.1") in failure.partial and ("year", "2021") in failure.partial
    assert document_from_data(document_to_data(doc)) == doc
