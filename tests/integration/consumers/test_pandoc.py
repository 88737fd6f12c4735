"""What pandoc makes of each export: the CSL items it reads (`-t csljson`), compared in
full with tests/data/exports/consumers/pandoc-*.json, and the facts the README's table
states, spelled out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.integration.consumers.helpers import by_id, run

pytestmark = pytest.mark.consumers

OTHERS = {"literal": "others"}
ENGLISH_TITLE = (
    "Plasma levels and clinical significance of cytokine profile in patients with multiple myeloma"
)
ENGLISH_AUTHORS = [
    {"family": "Gan", "given": "J."},
    {"family": "Chen", "given": "B. G."},
    {"family": "Zhang", "given": "Y."},
    OTHERS,
]
FACTS = [
    # bilingual: pandoc reads BibLaTeX's origtitle; journal and authors only from CSL-JSON
    ("biblatex", "gan2022plasma", "original-title", ENGLISH_TITLE),
    ("bibtex", "gan2022plasma", "original-title", ENGLISH_TITLE),
    ("csljson", "gan2022plasma", "original-title", ENGLISH_TITLE),
    ("biblatex", "gan2022plasma", "original-container-title", None),
    ("csljson", "gan2022plasma", "original-container-title", "Journal of Experimental Hematology"),
    ("biblatex", "gan2022plasma", "original-author", None),
    ("csljson", "gan2022plasma", "original-author", ENGLISH_AUTHORS),
    ("biblatex", "gan2022plasma", "language", "chinese"),
    ("bibtex", "gan2022plasma", "language", "chinese"),
    ("biblatex", "yu2024antibody", "language", "en-US"),
    ("csljson", "gan2022plasma", "language", "zh"),
    # article number: in pages, the one field pandoc reads (it drops BibLaTeX's eid)
    ("biblatex", "yu2024antibody", "page", "e2307852"),
    ("bibtex", "yu2024antibody", "page", "e2307852"),
    ("csljson", "yu2024antibody", "page", "e2307852"),
    ("csljson", "yu2024antibody", "number", "e2307852"),
    # "et al.": BibTeX's `and others` and CSL's literal `others` both end as `others`
    ("biblatex", "malard2024multiple", "last author", OTHERS),
    ("bibtex", "malard2024multiple", "last author", OTHERS),
    ("csljson", "malard2024multiple", "last author", OTHERS),
    ("biblatex", "rajkumar2024multiple", "last author", {"family": "Rajkumar", "given": "S. V."}),
    # particle and suffix
    (
        "biblatex",
        "puente2018enhancing",
        "first author",
        {"family": "Puente", "given": "P.", "non-dropping-particle": "de la"},
    ),
    (
        "csljson",
        "puente2018enhancing",
        "first author",
        {"family": "Puente", "given": "P.", "non-dropping-particle": "de la"},
    ),
    (
        "biblatex",
        "munshi2021idecabtagene",
        "second author",
        {"family": "Anderson", "given": "L. D.", "suffix": "Jr"},
    ),
    (
        "csljson",
        "munshi2021idecabtagene",
        "second author",
        {"family": "Anderson", "given": "L. D.", "suffix": "Jr"},
    ),
    # colon: the word after it keeps its printed case from every format
    (
        "biblatex",
        "rajkumar2024multiple",
        "title",
        "Multiple myeloma: 2024 update on diagnosis, risk-stratification, and management",
    ),
    # apostrophe: pandoc typesets it (’) whichever format it reads; not the export's doing
    (
        "biblatex",
        "marinpaya2022protein",
        "title",
        "Protein-functionalized microgel for multiple myeloma cells’ 3D culture",
    ),
    (
        "csljson",
        "marinpaya2022protein",
        "title",
        "Protein-functionalized microgel for multiple myeloma cells’ 3D culture",
    ),
]


def pandoc_items(path: Path, fmt: str) -> dict[str, dict[str, Any]]:
    out = run(
        ["pandoc", str(path), "-f", fmt, "-t", "csljson"], path.parent, "apt-get install pandoc"
    )
    return by_id(json.loads(out))


def field_of(item: dict[str, Any], field: str) -> Any:
    positions = {"first author": 0, "second author": 1, "last author": -1}
    if field in positions:
        return item["author"][positions[field]]
    return item.get(field)


@pytest.fixture(scope="module")
def read(exported: dict[str, Path]) -> dict[str, dict[str, dict[str, Any]]]:
    return {fmt: pandoc_items(exported[fmt], fmt) for fmt in ("biblatex", "bibtex", "csljson")}


@pytest.mark.parametrize("fmt", ["biblatex", "bibtex", "csljson"])
def test_pandoc_reads(read: dict[str, Any], expected: Any, fmt: str) -> None:
    expected(f"pandoc-{fmt}", read[fmt])


@pytest.mark.parametrize(("fmt", "key", "field", "value"), FACTS)
def test_what_pandoc_keeps(
    read: dict[str, Any], fmt: str, key: str, field: str, value: Any
) -> None:
    assert field_of(read[fmt][key], field) == value


@pytest.mark.parametrize("name", ["biblatex.bib", "bibtex.bib", "csl.json"])
def test_pandoc_prints_et_al(exported: dict[str, Path], name: str) -> None:
    """pandoc's citeproc prints the `others` name as "et al." in any style."""
    folder = exported["bibtex"].parent
    (folder / f"{name}.md").write_text(f"---\nbibliography: {name}\nnocite: '@*'\n---\n", "utf-8")
    out = run(["pandoc", f"{name}.md", "--citeproc", "-t", "plain", "--wrap=none"], folder, "")
    assert "Malard, F., P. Neri, N. J. Bahlis, et al. 2024." in out
    assert "others" not in out
