"""Zotero's Extra lines: the English version of a bilingual entry, then the PMID."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mmrefs.formats.zotero_extra import extra_lines, extra_name, translation_lines
from mmrefs.model import Author, Document, Reference, SourceLoc

BARE = Reference(key="k", number=1, raw="", loc=SourceLoc("f", 1))


@pytest.mark.parametrize(
    ("author", "line"),
    [
        (Author(family="GAN", given="J"), "Gan || J."),
        (Author(family="CHEN", given="B G"), "Chen || B. G."),
        (Author(family="DE LA PUENTE", given="P"), "de la Puente || P."),
        (Author(family="SMITH"), "Smith"),
        (Author(literal="WHO Collaborators"), "WHO Collaborators"),
    ],
)
def test_extra_name(author: Author, line: str) -> None:
    assert extra_name(author) == line


def test_bilingual_entry_lines(review: Document) -> None:
    assert extra_lines(review.by_number()[68]) == [
        "original-title: Plasma levels and clinical significance of cytokine profile in "
        "patients with multiple myeloma",
        "original-container-title: Journal of Experimental Hematology",
        "original-author: Gan || J.",
        "original-author: Chen || B. G.",
        "original-author: Zhang || Y.",
        "original-author: others",
    ]


@pytest.mark.parametrize(
    ("changes", "lines"),
    [
        ({}, []),
        ({"pmid": "38742880"}, ["PMID: 38742880"]),
        ({"title_translation": "A\ntitle  on two lines"}, ["original-title: A title on two lines"]),
        ({"et_al": True}, []),
        (
            {"et_al": True, "authors_translation": (Author(family="LI", given="X"),)},
            ["original-author: Li || X.", "original-author: others"],
        ),
    ],
)
def test_lines(changes: dict[str, object], lines: list[str]) -> None:
    assert extra_lines(replace(BARE, **changes)) == lines  # type: ignore[arg-type]


def test_translation_lines_leave_out_the_pmid() -> None:
    assert translation_lines(replace(BARE, pmid="1", container_translation="J")) == [
        "original-container-title: J"
    ]
