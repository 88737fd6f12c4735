"""Property tests: parsers fed random and mutated text never raise or hang."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mmrefs.errors import InputError
from mmrefs.formats.bibtex import escape, protect_case, unescape
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import FailedEntry, Reference
from mmrefs.text import expand_page_range

ENTRY = (
    "DE LA PUENTE P, LUDERER M J, FEDERICO C, et al. Enhancing proteasome-inhibitory "
    "activity [J]. *J Control Release*, 2018, 270: 158-76."
)
ALPHABET = st.characters(codec="utf-8", exclude_categories=["Cs"])
FRAGMENTS = st.sampled_from(
    [
        "[J]",
        "[M]",
        ". ",
        ", ",
        "(",
        ")",
        ":",
        ";",
        "等",
        "et al",
        "2020",
        "doi: 10.1000/x",
        "$",
        "*",
        "-",
        "[",
        "]",
        "  ",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_entry_parser_total_on_random_text(text: str) -> None:
    result = parse_entry(RawEntry(1, "[1]", text, 1, 1), "r.txt")
    assert isinstance(result, Reference | FailedEntry)
    assert result.raw == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(ENTRY)), FRAGMENTS), max_size=8))
def test_entry_parser_total_on_mutated_entries(edits: list[tuple[int, str]]) -> None:
    text = ENTRY
    for pos, fragment in edits:
        text = text[:pos] + fragment + text[pos:]
    assert isinstance(parse_entry(RawEntry(1, "[1]", text, 1, 1), "r.txt"), Reference | FailedEntry)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=600))
def test_document_parser_raises_only_input_error(text: str) -> None:
    try:
        doc = parse_document(text, "r.txt")
    except InputError:
        return
    assert len(doc.references) + len(doc.failures) >= 1


def test_long_pathological_line_finishes() -> None:
    text = "A, " * 3000 + ". " + "b. " * 3000 + "[J]. " + "x, " * 3000
    assert isinstance(parse_entry(RawEntry(1, "[1]", text, 1, 1), "r.txt"), Reference | FailedEntry)


@given(st.text(alphabet=ALPHABET, max_size=200))
def test_escape_and_protect_round_trip(text: str) -> None:
    assert unescape(escape(text)) == text
    assert unescape(protect_case(text)) == text


@given(st.text(max_size=30))
def test_page_range_total(text: str) -> None:
    first, last = expand_page_range(text)
    assert isinstance(first, str) and isinstance(last, str)
