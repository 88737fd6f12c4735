"""DOI syntax: the one place that knows what a DOI looks like. Syntax only, never existence."""

from __future__ import annotations

import re

DOI_PATTERN = r"10\.\d{4,9}/\S+?"
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
# The hyphens a typesetter or a PDF's text prints for a DOI's `-` (hyphen, non-breaking
# hyphen, figure dash, en dash, minus sign, full-width hyphen-minus). Registered DOIs are
# written with `-` (Crossref's are ASCII), and a DOI is looked up exactly, so a printed
# `10.1186/1472‐6831‐15‐S1‐S6` only resolves as `10.1186/1472-6831-15-s1-s6`. Em dash and
# the horizontal bar are not folded: they stand between words, not inside identifiers.
_PRINTED_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\uff0d", "-"))


def normalize_doi(doi: str) -> str:
    """Lower-case a DOI, fold its printed hyphens to `-` and strip URL/`doi:` prefixes and
    trailing punctuation.

    DOIs are case-insensitive (Crossref returns them lower-case), so comparing normalised
    forms is the only safe equality.
    """
    doi = doi.strip()
    if not doi.isascii():
        doi = doi.translate(_PRINTED_HYPHENS)
    if not doi.startswith("10."):  # a bare DOI (most) has no prefix: `_DOI_PREFIX` starts
        doi = _DOI_PREFIX.sub("", doi)  # with `h` or `d`, so it is searched only for others
    return doi.rstrip(".,;)]").lower()
