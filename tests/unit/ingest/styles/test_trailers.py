"""What follows a reference proper is peeled before any grammar runs; one row per form."""

from __future__ import annotations

import pytest

from mmrefs.ingest.styles.trailers import peel

BODY = "Holloway RT. A placeholder title. Example J. 2018;12:1-9."
ROWS = [
    (
        f"{BODY} doi: 10.5555/ex.1. Epub 2018 Dec 4. PMID: 12345678.",
        {"doi": "10.5555/ex.1", "pmid": "12345678"},
    ),
    (
        f"{BODY} Review. PubMed PMID: 12345678; PubMed Central PMCID: PMC1234567.",
        {"pmid": "12345678", "pmcid": "PMC1234567"},
    ),
    (f"{BODY} [PMID: 12345678; PMCID: PMC1234567]", {"pmid": "12345678", "pmcid": "PMC1234567"}),
    (f"{BODY} Published 2018 Feb 20. doi:10.5555/ex.4", {"doi": "10.5555/ex.4"}),
    (f"{BODY} Available at: https://doi.org/10.5555/ex.5.", {"doi": "10.5555/ex.5"}),
    (
        f"{BODY} https://example.org/page (accessed May 1, 2020).",
        {"url": "https://example.org/page"},
    ),
]


@pytest.mark.parametrize(("text", "ids"), ROWS)
def test_trailers_peeled(text: str, ids: dict[str, str]) -> None:
    body, found = peel(text)
    assert body.rstrip(".") == BODY.rstrip(".")
    assert {k: found[k] for k in ids} == ids


def test_a_doi_in_the_middle_is_cut_out() -> None:
    body, found = peel("Liu, Y. A title. medRxiv Preprint at https://doi.org/10.5555/x.1 (2016).")
    assert found["doi"] == "10.5555/x.1" and "http" not in body and body.endswith("(2016).")


def test_the_only_date_is_not_a_trailer() -> None:
    body, _ = peel("Kim C. A page. Example Registry. Published November 16, 2005.")
    assert "2005" in body
