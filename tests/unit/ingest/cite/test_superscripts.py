"""Bare superscript numbers are citations only on evidence, each verdict with its reason.

Rows that must count, rows that must not (exponents, units, isotope and compound labels,
element symbols, footnote markers the table or author block defines) and rows that are
doubtful and must become `citation.ambiguous-superscript` findings, never silent counts.
"""

from __future__ import annotations

import pytest

from mmrefs.ingest.citations import build_citation_map
from mmrefs.ingest.citemarks import find_marks
from mmrefs.ingest.superscripts import Footnotes, Reason, Verdict, judge

LIST = "\nReferences\n[1] Smith J. A title. Blood. 2020;1(1):1-2.\n"

COUNT = [
    ("Myeloma is common.<sup>4</sup>", Reason.CITATION_POSITION),
    ("Myeloma is common<sup>4</sup> in adults.", Reason.CITATION_POSITION),
    ("as reported (see above)<sup>4</sup>.", Reason.CITATION_POSITION),
    ("a rise of 45%<sup>4</sup> was seen.", Reason.CITATION_POSITION),
    ("shown by others,<sup>4,6</sup> too.", Reason.CITATION_POSITION),
    ("bortezomib<sup>4</sup>–<sup>6</sup>, and", Reason.CITATION_POSITION),
    ("多发性骨髓瘤<sup>4</sup>。", Reason.CITATION_POSITION),
    ("TeX style^{4} and", Reason.CITATION_POSITION),
]
NOT_COUNT = [
    ("1 cm<sup>2</sup> or more", Reason.AFTER_UNIT),
    ("10<sup>6</sup> cells", Reason.POWER_OF_TEN),
    ("5 × 10<sup>6</sup> cells", Reason.POWER_OF_TEN),
    ("such as Δ<sup>9</sup>-THC", Reason.AFTER_GREEK),
    ("the r<sup>2</sup> was", Reason.AFTER_UNIT),
    ("in 5 mL<sup>3</sup> of", Reason.AFTER_UNIT),
    ("with Fe<sup>3</sup> ions", Reason.AFTER_ELEMENT),
    ("Imaging with <sup>18</sup>F-FDG", Reason.BEFORE_SYMBOL),
    ("labelled <sup>13</sup>C glucose", Reason.BEFORE_SYMBOL),
    ("a rate of 2 s<sup>-1</sup> here", Reason.SIGNED),
    ("<sup>1</sup> Department of Haematology", Reason.FOOTNOTE_DEFINITION),
]
DOUBTFUL = [
    ("lasted 18<sup>11</sup> months", Reason.AFTER_NUMBER),
    ("hepatitis B<sup>5</sup> infection", Reason.AFTER_LETTER),
    ("as shown <sup>5</sup> before", Reason.NOT_IN_POSITION),
    ("as shown before.<sup>200</sup>", Reason.OUT_OF_RANGE),
]


def verdict_of(text: str) -> tuple[Verdict, Reason] | None:
    [mark] = find_marks(text, 139)
    decision = judge(text, mark, 1, Footnotes([]))
    return (decision.verdict, decision.reason) if decision else None


@pytest.mark.parametrize(("text", "reason"), COUNT)
def test_superscripts_that_count(text: str, reason: Reason) -> None:
    assert verdict_of(text) == (Verdict.CITATION, reason)


@pytest.mark.parametrize(("text", "reason"), NOT_COUNT)
def test_superscripts_that_are_something_else(text: str, reason: Reason) -> None:
    assert verdict_of(text) == (Verdict.NOT_CITATION, reason)


@pytest.mark.parametrize(("text", "reason"), DOUBTFUL)
def test_doubtful_superscripts(text: str, reason: Reason) -> None:
    assert verdict_of(text) == (Verdict.DOUBTFUL, reason)


def test_bracketed_superscripts_are_not_judged() -> None:
    for text in ("as shown<sup>[4]</sup>", "如前所述^[4]。"):
        [mark] = find_marks(text, 139)
        assert judge(text, mark, 1, Footnotes([])) is None


def cite(body: str):  # type: ignore[no-untyped-def]
    return build_citation_map(body + LIST, "s.txt", 20)


@pytest.mark.parametrize(
    ("text", "_"), [row for row in NOT_COUNT if row[1] != Reason.FOOTNOTE_DEFINITION]
)
def test_what_is_not_a_citation_is_neither_counted_nor_reported(text: str, _: Reason) -> None:
    cmap = cite(f"Myeloma is common.<sup>1</sup> Here {text}.")
    assert [c.numbers for c in cmap.citations] == [(1,)] and cmap.malformed == ()


@pytest.mark.parametrize(("text", "reason"), DOUBTFUL)
def test_a_doubtful_superscript_is_a_finding(text: str, reason: Reason) -> None:
    cmap = cite(f"Myeloma is common.<sup>1</sup> Here {text}.")
    [finding] = cmap.malformed
    assert finding.code == "citation.ambiguous-superscript" and finding.loc is not None
    assert dict(finding.evidence)["reason"] == reason.value
    assert [c.numbers for c in cmap.citations] == [(1,)]


def test_superscripts_in_a_bracket_document_are_doubtful() -> None:
    cmap = cite("Shown [1] and [2] and [3]. A lone superscript<sup>4</sup> stands here.")
    assert [c.numbers for c in cmap.citations] == [(1,), (2,), (3,)]
    [finding] = cmap.malformed
    assert dict(finding.evidence)["reason"] == Reason.INCONSISTENT.value


def test_a_bracketed_reference_column_does_not_outvote_body_superscripts() -> None:
    rows = "".join(f"Agent {n}\tFinding {n}\t[{n}]\n" for n in range(1, 6))
    cmap = cite("Myeloma is common.<sup>1</sup> It grows in bone.<sup>2</sup>\n" + rows)
    assert len(cmap.citations) == 7 and cmap.malformed == ()


def test_table_and_author_footnote_markers_are_not_citations() -> None:
    body = (
        "Ann Author<sup>1</sup>, Ben Writer<sup>2</sup>\n"
        "<sup>1</sup>Department of Haematology\n"
        "<sup>2</sup>Institute of Examples\n"
        "Myeloma is common.<sup>1</sup> It grows in bone.<sup>2</sup>\n"
        "Agent\tFinding\tRef.\n"
        "Dexamethasone<sup>1</sup>\tBlunts apoptosis<sup>a</sup>\t[3]\n"
        "<sup>a</sup> Measured in co-culture.\n"
        "<sup>1</sup> Given weekly.\n"
    )
    cmap = cite(body)
    assert [(c.marker, c.numbers) for c in cmap.citations] == [
        ("<sup>1</sup>", (1,)),
        ("<sup>2</sup>", (2,)),
        ("[3]", (3,)),
    ]
    assert cmap.malformed == ()
