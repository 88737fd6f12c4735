"""`normalize_doi` skips its prefix pattern for a DOI printed bare (held to the pattern) and
folds a printed DOI's typographic hyphens to `-`."""

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


# A printed DOI's hyphens, each row one character a typesetter or a PDF's text uses for `-`;
# the em dash and horizontal bar are word dashes, never folded.
PRINTED_HYPHENS = (
    ("10.5555/1472\u20106831\u201015\u2010S1\u2010S6", "10.5555/1472-6831-15-s1-s6"),
    ("doi:10.5555/ab\u2011cd", "10.5555/ab-cd"),
    ("10.5555/ab\u2012cd", "10.5555/ab-cd"),
    ("https://doi.org/10.5555/ab\u2013cd.", "10.5555/ab-cd"),
    ("10.5555/ab\u2212cd", "10.5555/ab-cd"),
    ("10.5555/ab\uff0dcd", "10.5555/ab-cd"),
    ("10.5555/ab\u2014cd", "10.5555/ab\u2014cd"),
    ("10.5555/ab\u2015cd", "10.5555/ab\u2015cd"),
    ("10.5555/1472-6831\u201015", "10.5555/1472-6831-15"),
)


def test_printed_hyphens_fold_to_the_registered_hyphen() -> None:
    for printed, doi in PRINTED_HYPHENS:
        assert normalize_doi(printed) == doi, printed
