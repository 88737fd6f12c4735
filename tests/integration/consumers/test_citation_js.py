"""What citation-js (npm) makes of each export: the CSL items it reads, compared in full
with tests/data/exports/consumers/citation-js-*.json, and the facts spelled out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.integration.consumers.helpers import by_id, node

pytestmark = pytest.mark.consumers

FORMATS = ("biblatex", "bibtex", "csljson", "ris")
ENGLISH_TITLE = (
    "Plasma levels and clinical significance of cytokine profile in patients with multiple myeloma"
)
FACTS = [
    # bilingual: origtitle from BibTeX; everything from CSL-JSON; RIS's TT and TA are read
    # as the title and authors, the printed Chinese as original-title and original-author
    ("biblatex", "gan2022plasma", "original-title", ENGLISH_TITLE),
    ("csljson", "gan2022plasma", "original-container-title", "Journal of Experimental Hematology"),
    ("ris", "gan2022plasma", "title", ENGLISH_TITLE),
    ("ris", "gan2022plasma", "original-title", "多发性骨髓瘤患者血浆相关细胞因子水平及临床意义"),
    # article number
    ("biblatex", "yu2024antibody", "page", "e2307852"),
    ("ris", "yu2024antibody", "page", "e2307852"),
    # et al.: a name `others` from BibTeX and CSL-JSON; RIS has the note
    ("biblatex", "malard2024multiple", "last author", {"family": "others"}),
    ("csljson", "malard2024multiple", "last author", {"literal": "others"}),
    ("ris", "malard2024multiple", "note", "Author list abbreviated (et al.) in the source"),
    # particle and suffix
    (
        "biblatex",
        "puente2018enhancing",
        "first author",
        {"family": "Puente", "given": "P.", "non-dropping-particle": "de la"},
    ),
    (
        "ris",
        "munshi2021idecabtagene",
        "second author",
        {"family": "Anderson", "given": "L. D.", "suffix": "Jr"},
    ),
]


def field_of(item: dict[str, Any], field: str) -> Any:
    positions = {"first author": 0, "second author": 1, "last author": -1}
    if field in positions:
        return item["author"][positions[field]]
    return item.get(field)


@pytest.fixture(scope="module")
def read(exported: dict[str, Path]) -> dict[str, dict[str, Any]]:
    return {fmt: by_id(node("citation-js-read.js", fmt, str(exported[fmt]))) for fmt in FORMATS}


@pytest.mark.parametrize("fmt", FORMATS)
def test_citation_js_reads(read: dict[str, Any], expected: Any, fmt: str) -> None:
    expected(f"citation-js-{fmt}", read[fmt])


@pytest.mark.parametrize(("fmt", "key", "field", "value"), FACTS)
def test_what_citation_js_keeps(
    read: dict[str, Any], fmt: str, key: str, field: str, value: Any
) -> None:
    assert field_of(read[fmt][key], field) == value
