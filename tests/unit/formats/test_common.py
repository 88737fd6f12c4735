"""Shared export rules: when "et al." is written, and where an article number goes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mmrefs.formats.common import abbreviated, page_range, translation_abbreviated
from mmrefs.model import Author, Reference, SourceLoc

REF = Reference(key="k", number=1, raw="", loc=SourceLoc("f", 1), authors=(Author("A", "B"),))


@pytest.mark.parametrize(
    ("changes", "cut"),
    [
        ({"et_al": True}, True),
        ({"et_al": False}, False),
        # a registry's list is whole: the printed "et al." no longer applies
        ({"et_al": True, "provenance": (("authors", "crossref"),)}, False),
        ({"et_al": True, "provenance": (("title", "pubmed"),)}, True),
        ({"et_al": True, "authors": ()}, False),
    ],
)
def test_abbreviated(changes: dict[str, object], cut: bool) -> None:
    assert abbreviated(replace(REF, **changes)) is cut  # type: ignore[arg-type]


def test_translation_keeps_the_printed_et_al_after_a_registry_filled_the_authors() -> None:
    ref = replace(
        REF,
        et_al=True,
        authors_translation=(Author("GAN", "J"),),
        provenance=(("authors", "crossref"),),
    )
    assert translation_abbreviated(ref) and not abbreviated(ref)


@pytest.mark.parametrize(
    ("changes", "pages"),
    [
        ({"first_page": "1802", "last_page": "1824"}, "1802-1824"),
        ({"first_page": "45"}, "45"),
        ({"article_number": "e2307852", "pages": "e2307852"}, "e2307852"),
        ({"pages": "iii"}, "iii"),
    ],
)
def test_page_range(changes: dict[str, object], pages: str) -> None:
    assert page_range(replace(REF, **changes)) == pages  # type: ignore[arg-type]
