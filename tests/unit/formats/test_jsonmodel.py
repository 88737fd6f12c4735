"""mmrefs JSON, rendered item by item, is byte for byte the one-shot `json.dumps`."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from mmrefs.formats.jsonmodel import document_from_data, document_to_data, render_json
from mmrefs.model import (
    Author,
    Document,
    FailedEntry,
    Finding,
    Reference,
    Severity,
    SkippedText,
    SourceLoc,
)

TEXT = st.text(max_size=12)
LOCS = st.builds(SourceLoc, TEXT, st.integers(0, 99), st.none() | st.integers(0, 99))
AUTHORS = st.builds(Author, TEXT, TEXT)
REFERENCES = st.builds(
    Reference,
    key=TEXT,
    number=st.none() | st.integers(0, 999),
    raw=TEXT,
    loc=LOCS,
    title=TEXT,
    authors=st.lists(AUTHORS, max_size=3).map(tuple),
    extra=st.lists(st.tuples(TEXT, TEXT), max_size=2).map(tuple),
)
DOCUMENTS = st.builds(
    Document,
    source=TEXT,
    kind=st.sampled_from(["reflist", "record", "library"]),
    references=st.lists(REFERENCES, max_size=3).map(tuple),
    failures=st.lists(st.builds(FailedEntry, TEXT, LOCS, TEXT), max_size=2).map(tuple),
    skipped=st.lists(st.builds(SkippedText, TEXT, LOCS, TEXT), max_size=2).map(tuple),
    findings=st.lists(
        st.builds(Finding, TEXT, st.sampled_from(list(Severity)), TEXT), max_size=2
    ).map(tuple),
    list_start_line=st.none() | st.integers(0, 99),
    meta=st.lists(st.tuples(TEXT, TEXT), max_size=2).map(tuple),
)


@settings(max_examples=60, deadline=None)
@given(DOCUMENTS)
def test_streamed_rendering_is_the_one_shot_dump(doc: Document) -> None:
    one_shot = json.dumps(document_to_data(doc), ensure_ascii=False, indent=2) + "\n"
    assert render_json(doc) == one_shot
    assert document_from_data(json.loads(render_json(doc))) == doc
