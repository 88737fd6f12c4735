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


QUOTE_LIMIT = 40


def quote(text: str) -> str:
    """A short quotation of printed text for a failure reason: enough to find it in the
    entry (which is kept whole beside the reason), never a second copy of a long one."""
    text = text.strip()  # `...`, not `…`: one non-ASCII character doubles a str's size
    return repr(text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT] + "...")


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


# Identifiers sit at an entry's end: each is looked for only in this many last characters,
# and only this many are popped, so a run-on entry of garbage costs time linear in its size.
_ID_WINDOW = 2000
_MAX_IDS = 8


def pop_trailing_ids(text: str) -> tuple[str, dict[str, str]]:
    """Remove DOI, PMID, PMCID and URL tails (any order) and return them as fields."""
    found: dict[str, str] = {}
    for _ in range(_MAX_IDS):
        match = _TRAILING_IDS.search(text, max(0, len(text) - _ID_WINDOW))
        if not match:
            break
        for name, value in match.groupdict().items():
            if value and name not in found:
                found[name] = value.rstrip(".,;")
        text = text[: match.start()]
    return text.rstrip(), found
