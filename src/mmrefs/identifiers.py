"""DOI syntax: the one place that knows what a DOI looks like. Syntax only, never existence."""

from __future__ import annotations

import re

DOI_PATTERN = r"10\.\d{4,9}/\S+?"
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def normalize_doi(doi: str) -> str:
    """Lower-case a DOI and strip URL/`doi:` prefixes and trailing punctuation.

    DOIs are case-insensitive (Crossref returns them lower-case), so comparing normalised
    forms is the only safe equality.
    """
    doi = doi.strip()
    if not doi.startswith("10."):  # a bare DOI (most) has no prefix: `_DOI_PREFIX` starts
        doi = _DOI_PREFIX.sub("", doi)  # with `h` or `d`, so it is searched only for others
    return doi.rstrip(".,;)]").lower()
