"""Small named clean-up steps applied to printed fields, each owning one kind of noise."""

from __future__ import annotations

import re

from mmrefs.identifiers import DOI_PATTERN
from mmrefs.text import (
    collapse_spaces,
    expand_page_range,
    has_cjk,
    join_spaced_greek,
    normalize_dashes,
    render_tex_math,
    strip_italics,
)


def clean_title(text: str) -> str:
    """Plain-text title: italics markers gone, TeX math rendered, Greek rejoined, no end stop."""
    text = collapse_spaces(join_spaced_greek(render_tex_math(strip_italics(text))))
    return text.rstrip(" .").strip()


def clean_container(text: str) -> str:
    """A journal or book title without markup and trailing separators."""
    return collapse_spaces(strip_italics(text)).strip(" .,;:")


def locator_fields(printed: str) -> dict[str, str]:
    """Classify a printed locator: page range, single page, or article number (`e2307852`).

    A bare number of five or more digits cannot be a page of a journal issue, so it is
    taken as an article number (Frontiers, Elsevier and PLOS print them the same way).
    """
    printed = normalize_dashes(collapse_spaces(printed)).strip(" .")
    if not printed:
        return {}
    if re.fullmatch(r"[eE]\d{3,}|\d{5,}", printed):
        return {"pages": printed, "article_number": printed}
    first, last = expand_page_range(printed)
    return {"pages": printed, "first_page": first, "last_page": last}


def language_of(title: str) -> str:
    """`zh` for titles in Chinese script, otherwise `en` (the styles handled print English)."""
    return "zh" if has_cjk(title) else "en"


_TRAILING_IDS = re.compile(
    r"(?:[.,;]?\s*(?:doi:\s*|DOI:\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>" + DOI_PATTERN + ")"
    r"|[.,;]?\s*PMID:\s*(?P<pmid>\d{1,9})"
    r"|[.,;]?\s*PMCID:\s*(?P<pmcid>PMC\d+)"
    r"|[.,;]?\s*(?:Available\s+(?:from|at):?\s*)?(?P<url>https?://\S+?))\s*\.?\s*$",
    re.IGNORECASE,
)


def pop_trailing_ids(text: str) -> tuple[str, dict[str, str]]:
    """Remove DOI, PMID, PMCID and URL tails (any order) and return them as fields."""
    found: dict[str, str] = {}
    while True:
        match = _TRAILING_IDS.search(text)
        if not match:
            return text.rstrip(), found
        for name, value in match.groupdict().items():
            if value and name not in found:
                found[name] = value.rstrip(".,;")
        text = text[: match.start()]
