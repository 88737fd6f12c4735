"""PubMed's `Review` note after a locator, one row each: text → fields.

NLM copies print `Review.` as a sentence of its own after the pages or the identifiers
(`…;12:1-9. Review.`, `Epub 2018 Dec 4. Review. PMID: …`); it is no field and is peeled
with them. A journal whose own name ends in `Review` printed just before a link
(`Example Widget Review. https://…`) kept only `Example Widget` when the note was peeled
after any space. The data is invented: names, titles, journals are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "nlm: a journal named `… Review` before a link keeps its last word",
        "Doe J, Roe K. Widget title. Example Widget Review. https://example.org/a",
        {"container": "Example Widget Review", "url": "https://example.org/a"},
    ),
    (
        "nlm: `Annual Review` before a link keeps its last word",
        "Doe J. Widget title. Annual Widget Review. https://example.org/a",
        {"container": "Annual Widget Review"},
    ),
    (
        "nlm guard: PubMed's `Review.` after the pages is peeled",
        "Doe J, Roe K. Widget title. J Widget Res. 2015;12:1-9. Review.",
        {"container": "J Widget Res", "pages": "1-9", "year": "2015"},
    ),
    (
        "nlm guard: `Review.` between Epub and PMID is peeled",
        "Doe J. Widget title. J Widget Res. 2018;12(3):1-9. Epub 2018 Dec 4. Review. PMID: 12345.",
        {"container": "J Widget Res", "pages": "1-9", "pmid": "12345"},
    ),
    (
        "nlm guard: `Review` glued to the pages' stop is peeled",
        "Doe J. Widget title. J Widget Res. 2015;12:1-9.Review.",
        {"container": "J Widget Res", "pages": "1-9"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
