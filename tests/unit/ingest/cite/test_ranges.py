"""Two marks joined by a dash are one range: `[25]–[27]` cites 25, 26 and 27, not the ends.

Rows that must be read as one range, and rows that must stay apart or be reported.
"""

from __future__ import annotations

import pytest

from mmrefs.ingest.citations import build_citation_map
from mmrefs.ingest.citemarks import find_marks

LIST = "\n参考文献\n[1] A B. T [J]. J, 2020, 1: 1.\n"

# (line, [(mark text, numbers)])
JOINED = [
    ("shown before [25]–[27].", [("[25]–[27]", (25, 26, 27))]),
    ("shown before [25]-[27].", [("[25]-[27]", (25, 26, 27))]),
    ("shown before [25] – [27].", [("[25] – [27]", (25, 26, 27))]),
    ("cells<sup>4</sup>–<sup>6</sup>.", [("<sup>4</sup>–<sup>6</sup>", (4, 5, 6))]),
    ("细胞^[3]–^[5]。", [("^[3]–^[5]", (3, 4, 5))]),
    ("细胞^[3]~^[5]。", [("^[3]~^[5]", (3, 4, 5))]),
    ("as ^{3}—^{5} shows", [("^{3}—^{5}", (3, 4, 5))]),
]
APART = [
    ("shown before [1], [3].", [("[1]", (1,)), ("[3]", (3,))]),
    ("shown before [1] and [3].", [("[1]", (1,)), ("[3]", (3,))]),
    ("shown before [1,2]–[4].", [("[1,2]", (1, 2)), ("[4]", (4,))]),  # a cluster is no end
    ("shown<sup>2</sup>–[4] here", [("<sup>2</sup>", (2,)), ("[4]", (4,))]),  # two forms
    ("shown [2]–<sup>4</sup> here", [("[2]", (2,)), ("<sup>4</sup>", (4,))]),
]


@pytest.mark.parametrize(("line", "marks"), JOINED + APART)
def test_two_mark_ranges(line: str, marks: list[tuple[str, tuple[int, ...]]]) -> None:
    assert [(m.text, m.numbers) for m in find_marks(line, 139)] == marks


@pytest.mark.parametrize(
    ("line", "problem"),
    [("shown before [27]–[25].", "reversed"), ("shown before [25]–[300].", "above the list")],
)
def test_a_bad_two_mark_range_is_reported(line: str, problem: str) -> None:
    marks = find_marks(line, 139)
    assert any(problem in m.problem for m in marks)
    assert all(m.numbers != (25, 26, 27) for m in marks)


def test_a_two_mark_range_cites_every_number_between() -> None:
    cmap = build_citation_map("Lesions grow [2]–[5].\n" + LIST, "r.txt", 9)
    assert [c.numbers for c in cmap.citations] == [(2, 3, 4, 5)]
    assert cmap.by_reference == {2: (1,), 3: (1,), 4: (1,), 5: (1,)}
