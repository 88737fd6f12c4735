"""Fixtures for the consumer tests: a few entries that each carry one of the hard cases
(bilingual, article number, particle, suffix, "et al.", a colon and an apostrophe in the
title), exported once in every format, and the files that say what each consumer makes
of them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from mmrefs.formats.bibtex import render_bibtex
from mmrefs.formats.csljson import render_csljson
from mmrefs.formats.ris import render_ris
from mmrefs.model import Document
from tests.integration.consumers.helpers import DATA

SAMPLES = {
    1: "colon in the title, one author",
    2: "et al.",
    20: "article number",
    29: "particle (de la Puente)",
    62: "apostrophe in the title",
    68: "bilingual",
    95: "bilingual",
    100: "suffix (Anderson Jr)",
}
EXPORTS = {
    "bibtex": ("bibtex.bib", lambda refs: render_bibtex(refs)),
    "biblatex": ("biblatex.bib", lambda refs: render_bibtex(refs, biblatex=True)),
    "csljson": ("csl.json", render_csljson),
    "ris": ("export.ris", render_ris),
}


@pytest.fixture(scope="module")
def samples(review: Document) -> Document:
    refs = review.by_number()
    return replace(review, references=tuple(refs[n] for n in SAMPLES))


@pytest.fixture(scope="module")
def exported(samples: Document, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each export format of the samples, written once: format → file."""
    folder = tmp_path_factory.mktemp("exports")
    paths = {}
    for fmt, (name, render) in EXPORTS.items():
        paths[fmt] = folder / name
        paths[fmt].write_text(render(samples.references), encoding="utf-8")
    return paths


@pytest.fixture
def expected(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Compare what a consumer made with tests/data/exports/consumers/NAME.json, or
    rewrite that file under --regen (review the diff: it is what users get)."""

    def check(name: str, actual: Any) -> None:
        path = DATA / "consumers" / f"{name}.json"
        text = json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        if request.config.getoption("--regen"):
            path.write_text(text, encoding="utf-8")
        assert path.exists(), f"missing {path}; run pytest --regen and review it"
        assert json.loads(path.read_text("utf-8")) == actual, f"{name} differs from {path}"

    return check
