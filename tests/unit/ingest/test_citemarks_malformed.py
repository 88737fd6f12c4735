"""Odd brackets around citation marks are reported with their text, never guessed.

One rule covers every form: the closers right after a mark mirror its openers, or the mark
is malformed; a closer that balances a bracket opened earlier in the line is the line's.
A new quirk is one row.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmrefs.ingest.citations import build_citation_map
from mmrefs.ingest.citemarks import find_marks

LIST = "\n参考文献\n[1] A B. T [J]. J, 2020, 1: 1.\n"

# (line, the reported mark's text, words of the problem)
MALFORMED = [
    ("据统计^3]。", "^3]", "stray closing bracket"),
    ("据统计^[1-2]]。", "^[1-2]]", "stray closing bracket"),
    ("据统计^(13]。", "^(13]", "mismatched"),
    ("据统计^[13)。", "^[13)", "mismatched"),
    ("据统计^{13]。", "^{13]", "mismatched"),
    ("据统计^[12}。", "^[12}", "mismatched"),
    ("据统计^{[12]。", "^{[12]", "unclosed"),
    ("据统计^[3", "^[3", "unclosed"),
    ("据统计^[[3]]。", "^[[3]]", "odd brackets"),
    ("shown before<sup>3]</sup>.", "<sup>3]</sup>", "stray closing bracket"),
    ("shown before<sup>[3)</sup>.", "<sup>[3)</sup>", "mismatched"),
    ("shown before [3)].", "[3)", "mismatched"),
    ("shown before (3].", "(3]", "mismatched"),
    ("如前所述（12]。", "（12]", "mismatched"),
    ("shown before [1,3-5]].", "[1,3-5]]", "stray closing bracket"),
    ("shown before [12.", "[12", "unclosed"),
    ("(as shown^[12]]).", "^[12]]", "stray closing bracket"),
]

# (line, the numbers of each mark read from it): all must still parse as before.
WELL_FORMED = [
    ("据统计^[19-21,24-28]。", [(19, 20, 21, 24, 25, 26, 27, 28)]),
    ("据统计^[1，3、5]。", [(1, 3, 5)]),
    ("据统计^[1–3]和^[4~5]。", [(1, 2, 3), (4, 5)]),
    ("as shown before [1,3-5].", [(1, 3, 4, 5)]),
    ("as shown<sup>12</sup> here", [(12,)]),
    ("as shown<sup>[12]</sup> here", [(12,)]),
    ("如前所述（12）。", [(12,)]),
    ("如前所述（1，2）。", [(1, 2)]),
    ("TeX superscript^{[12]} and ^{13} and ^14 here", [(12,), (13,), (14,)]),
    ("(as shown^[12]) and [see ^[13]].", [(12,), (13,)]),
    ("(as shown [12]) here", [(12,)]),
    ("no marks: Ca^{2+}, 10^{-3}, ^{*}, (12), [3.5], [1](http://x)", []),
    ("no numbers (Smith et al., 2020) here", []),
]


@pytest.mark.parametrize(("line", "marker", "problem"), MALFORMED)
def test_odd_brackets_are_reported(line: str, marker: str, problem: str) -> None:
    marks = find_marks(line, 139)
    assert [(m.text, m.numbers) for m in marks] == [(marker, ())]
    assert problem in marks[0].problem


@pytest.mark.parametrize(("line", "marker", "problem"), MALFORMED)
def test_odd_brackets_become_findings_with_line_and_text(
    line: str, marker: str, problem: str
) -> None:
    cmap = build_citation_map("前文。\n" + line + LIST, "m.txt", 139)
    assert cmap.citations == ()
    [finding] = cmap.malformed
    assert finding.code == "citation.malformed" and finding.loc is not None
    assert finding.loc.line == 2 and marker in finding.message and problem in finding.message


@pytest.mark.parametrize(("line", "numbers"), WELL_FORMED)
def test_well_formed_marks_still_parse(line: str, numbers: list[tuple[int, ...]]) -> None:
    marks = find_marks(line, 139)
    assert [m.numbers for m in marks] == numbers
    assert all(not m.problem for m in marks)


@pytest.mark.parametrize(
    ("cell", "problem"),
    [("[12", "unclosed"), ("12]", "unbalanced"), ("[12)", "mismatched"), ("[1-2]]", "stray")],
)
def test_odd_reference_cell_in_a_table_is_reported(cell: str, problem: str) -> None:
    row = f"Proteins\tAntibodies kill myeloma cells in mice\t{cell}"
    cmap = build_citation_map("Header\tFinding\tRefs\n" + row + LIST, "t.txt", 139)
    assert cmap.citations == () and len(cmap.malformed) == 1
    assert problem in cmap.malformed[0].message and cmap.malformed[0].loc.line == 2  # type: ignore[union-attr]


BRACKETY = st.text(alphabet=st.sampled_from(list("^[](){}（）<>sup/12-,，. 字a")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(BRACKETY)
def test_a_mark_read_as_numbers_has_balanced_brackets(line: str) -> None:
    marks = find_marks(line, 50)
    assert all(line[m.start : m.end] == m.text for m in marks)
    assert all(a.end <= b.start for a, b in pairwise(marks))
    for mark in (m for m in marks if m.numbers):
        stack: list[str] = []
        for char in mark.text.replace("<sup>", "").replace("</sup>", ""):
            if char in "[({（":
                stack.append(char)
            elif char in "])}）":
                assert stack and "[({（".index(stack.pop()) == "])}）".index(char), mark
        assert not stack, mark
