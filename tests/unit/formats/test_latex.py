"""BibTeX field values: which words get braces so no reader changes their printed case."""

from __future__ import annotations

import pytest

from mmrefs.formats.latex import escape, protect_case

CASES = [
    ("CD38 in mg/L of T cells", "{CD38} in {mg/L} of {T} cells"),
    ("Trends in the United States", "Trends in the {United} {States}"),
    ("mRNA vaccines", "{mRNA} vaccines"),
    # a lower-case word after a colon, or opening the title: pandoc would capitalise it
    ("Liposomes: structure, composition", "Liposomes: {structure}, composition"),
    ("Bispecific antibodies: a review", "Bispecific antibodies: {a} review"),
    ("Multiple myeloma: 2024 update", "Multiple myeloma: 2024 update"),
    ("Trial: Phase 2", "Trial: {Phase} 2"),
    ("p53 in myeloma", "{p53} in myeloma"),
    # Chinese text has no case; CJK characters are never braced
    ("多发性骨髓瘤: 综述", "多发性骨髓瘤: 综述"),
    ("50% & $5", r"50\% \& \$5"),
]


@pytest.mark.parametrize(("title", "written"), CASES)
def test_protect_case(title: str, written: str) -> None:
    assert protect_case(title) == written


def test_escape_leaves_unicode() -> None:
    assert escape("As₄S₄ β ’") == "As₄S₄ β ’"
