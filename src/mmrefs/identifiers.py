"""DOI and PMID extraction and syntax checks. Syntax only: existence is the providers' job."""

from __future__ import annotations

import re

_DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_PMID_RE = re.compile(r"\bPMID:?\s*(\d{1,9})\b")


def normalize_doi(doi: str) -> str:
    """Lower-case a DOI and strip URL/`doi:` prefixes and trailing punctuation.

    DOIs are case-insensitive (Crossref returns them lower-case), so comparing normalised
    forms is the only safe equality.
    """
    doi = _DOI_PREFIX.sub("", doi.strip())
    return doi.rstrip(".,;)]").lower()


def find_doi(text: str) -> str:
    """The first DOI-shaped string in `text`, normalised, or ''."""
    match = _DOI_RE.search(text)
    return normalize_doi(match.group(1)) if match else ""


def is_doi(text: str) -> bool:
    return bool(re.fullmatch(r"10\.\d{4,9}/\S+", text))


def find_pmid(text: str) -> str:
    """A PMID printed as `PMID: 123`, or ''."""
    match = _PMID_RE.search(text)
    return match.group(1) if match else ""


def is_pmid(text: str) -> bool:
    return bool(re.fullmatch(r"[1-9]\d{0,8}", text))
