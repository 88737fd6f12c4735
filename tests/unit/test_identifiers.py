"""`normalize_doi` skips its prefix pattern for a DOI printed bare; held to the pattern."""

from __future__ import annotations

import itertools

from mmrefs.identifiers import _DOI_PREFIX, normalize_doi

HEADS = ("", " ", "10.", "https://doi.org/", "HTTP://DX.DOI.ORG/", "doi:", "DOI: ", "doi:10.", "d")
TAILS = ("", "5555/ABC.1", "5555/x).", "10.5555/y", " 10.1/z;", "https://doi.org/10.2/w")


def plain_normalize_doi(doi: str) -> str:
    return _DOI_PREFIX.sub("", doi.strip()).rstrip(".,;)]").lower()


def test_normalize_doi_is_the_prefix_substitution() -> None:
    for head, tail in itertools.product(HEADS, TAILS):
        for doi in (head + tail, " " + head + tail, head + " " + tail):
            assert normalize_doi(doi) == plain_normalize_doi(doi), doi
