"""Finding and splitting reference lists in any of the usual layouts."""

from __future__ import annotations

import pytest

from mmrefs.errors import InputError
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.reflist import split_reference_list
from mmrefs.text import expand_page_range

ENTRY_A = "SMITH J. First placeholder [J]. Example J, 2020, 3(2): 100-108."
ENTRY_B = "JONES K. Second placeholder [J]. Example J, 2021, 4: 5-9."


@pytest.mark.parametrize(
    "heading",
    [
        "参考文献",
        "References",
        "REFERENCES",
        "Bibliography",
        "Literature cited",
        "## References",
        "参考文献 (References)",
    ],
)
@pytest.mark.parametrize("label", ["[{n}] ", "- [{n}] ", "{n}. ", "({n}) "])
def test_headings_and_labels(heading: str, label: str) -> None:
    text = (
        f"Body text citing [1] and [2].\n\n{heading}\n"
        f"{label.format(n=1)}{ENTRY_A}\n{label.format(n=2)}{ENTRY_B}"
    )
    doc = parse_document(text, "t.txt")
    assert [r.number for r in doc.references] == [1, 2]
    assert doc.references[1].year == "2021"


def test_file_of_only_a_list() -> None:
    doc = parse_document(f"[1] {ENTRY_A}\n[2] {ENTRY_B}\n", "t.txt")
    assert len(doc.references) == 2 and doc.list_start_line == 1


def test_wrapped_entries_in_plain_list_are_joined() -> None:
    text = (
        "References\n1. SMITH J. First placeholder [J]. Example\nJ, 2020, 3(2): 100-108.\n"
        f"2. {ENTRY_B}"
    )
    doc = parse_document(text, "t.txt")
    assert doc.references[0].container == "Example J"
    assert doc.references[0].loc.end_line == 3


def test_numbering_gap_duplicate_and_order_reported() -> None:
    text = "\n".join([f"[1] {ENTRY_A}", f"[3] {ENTRY_B}", f"[3] {ENTRY_A}", f"[2] {ENTRY_B}"])
    doc = parse_document(text, "t.txt")
    codes = [f.code for f in doc.findings]
    assert codes == ["numbering.gap", "numbering.duplicate", "numbering.order"]
    assert doc.findings[0].loc is not None and doc.findings[0].loc.line == 2
    assert len(doc.references) == 4


def test_failed_entry_kept_and_parsing_continues() -> None:
    doc = parse_document(f"[1] {ENTRY_A}\n[2] ???\n[3] {ENTRY_B}\n", "t.txt")
    assert [r.number for r in doc.references] == [1, 3]
    assert doc.failures[0].number == 2 and doc.failures[0].loc.line == 2
    assert any(f.code == "parse.failed" for f in doc.findings)


@pytest.mark.parametrize("text", ["", "   \n\n", "A paragraph with no list at all.\n"])
def test_empty_or_listless_input_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_document(text, "t.txt")
    assert caught.value.exit_code == 2 and "t.txt" in str(caught.value)


@pytest.mark.parametrize(
    ("printed", "first", "last"),
    [
        ("1802-24", "1802", "1824"),
        ("D1670-6", "D1670", "D1676"),
        ("S205-12", "S205", "S212"),
        ("99-101", "99", "101"),
        ("282-7", "282", "287"),
        ("45", "45", ""),
        ("e12-e15", "e12", "e15"),
        ("100–108", "100", "108"),
        ("376 -- 383", "376", "383"),
        ("xii-xv", "xii", "xv"),
        ("638S-645S", "638S", "645S"),  # a supplement's letter after both pages
        ("638S-45S", "638S", "645S"),  # and after a shortened last page
        ("12a-15b", "12a", "15b"),  # a letter printed after the last page stays
        ("12a-15", "12a", "15"),  # one after the first page alone is not carried over
    ],
)
def test_page_ranges(printed: str, first: str, last: str) -> None:
    assert expand_page_range(printed) == (first, last)


PROSE = "This paragraph of the article body was set inside the list by a page break " * 2


@pytest.mark.parametrize(
    ("entry_lines", "prose_skipped"),
    [
        (["Smith J. Title. J Med. 2020;1:2-3."], True),
        (["Smith J. Title. J Med.", "2020;1:2-3."], True),  # the year on a wrapped line
        (["Smith J. Title. J Med. 2020;", "1:2-3."], True),
        (["Smith J. Title. J Med. vol 3, p. 45."], False),  # no year: not complete
        (["Smith J. Title of 2020 things", "J Med. vol 3, p. 45."], True),
    ],
)
def test_long_prose_after_a_complete_entry_is_set_aside(
    entry_lines: list[str], prose_skipped: bool
) -> None:
    text = "\n".join(["References", f"[1] {entry_lines[0]}", *entry_lines[1:], PROSE])
    split = split_reference_list(text, "p.txt", 1)
    reasons = [s.reason for s in split.skipped]
    assert reasons == (["prose after a complete entry"] if prose_skipped else [])
    assert (PROSE.strip() in split.entries[0].text) is not prose_skipped


@pytest.mark.parametrize(
    ("lines", "numbers", "wrapped"),
    [
        # an author-date entry wrapped before its `(YEAR).`: text, not entry 2011
        (["[1] Lee, K., Smith, J.", "(2011). T. J Med, 3, 4-5.", "[2] B."], [1, 2], "(2011)"),
        (["1. Lee, K.", "(1999). T. J Med, 3, 4-5.", "2. B.", "3. C."], [1, 2, 3], "(1999)"),
        # an issue wrapped to the start of a line
        (["[4] Lee K. T. J Med. 2020;3", "(2):45-50.", "[5] B.", "[6] C."], [4, 5, 6], "(2)"),
        # a label of another form as the next number is the next entry
        (["[1] A.", "2. B.", "[3] C.", "[4] D."], [1, 2, 3, 4], ""),
        (["1. A.", "2. B.", "(3) C."], [1, 2, 3], ""),
        # the usual form starts an entry whatever its number (numbering is checked apart)
        (["[1] A.", "[7] B."], [1, 7], ""),
    ],
)
def test_a_label_of_another_form_out_of_sequence_is_wrapped_text(
    lines: list[str], numbers: list[int], wrapped: str
) -> None:
    split = split_reference_list("\n".join(["References", *lines]), "w.txt", 1)
    assert [e.number for e in split.entries] == numbers
    assert not split.skipped
    assert not wrapped or wrapped in split.entries[0].text
    joined = " ".join(e.text for e in split.entries)
    assert all(line in joined or line.split(" ", 1)[1] in joined for line in lines)  # all kept
