"""Small named clean-up steps applied to printed fields, each owning one kind of noise."""

from __future__ import annotations

import re

from mmrefs.ingest.styles.trailers import peel
from mmrefs.text import (
    GREEK,
    collapse_spaces,
    expand_page_range,
    has_cjk,
    join_spaced_greek,
    normalize_dashes,
    render_tex_math,
    strip_italics,
)

_GREEK = re.compile(f"[{GREEK}]")
_ARTICLE_NUMBER = re.compile(r"[eE]\d{3,}|\d{5,}")


def squeeze(text: str) -> str:
    """`collapse_spaces`, skipped for the common text that has nothing to collapse."""
    if "  " not in text and "\t" not in text and text.isascii():
        return text.strip()
    return collapse_spaces(text)


def clean_title(text: str) -> str:
    """Plain-text title: italics markers gone, TeX math rendered, Greek rejoined, no end stop.

    Each clean-up runs only when its marker is present: titles are cleaned once per
    candidate reading, and most have no `*`, `$` or Greek letter.
    """
    if "*" in text:
        text = strip_italics(text)
    if "$" in text:
        text = render_tex_math(text)
    if _GREEK.search(text):
        text = join_spaced_greek(text)
    return squeeze(text).rstrip(" .").strip()


def clean_container(text: str) -> str:
    """A journal or book title without markup and trailing separators."""
    return squeeze(strip_italics(text) if "*" in text else text).strip(" .,;:")


def clean_place(text: str) -> str:
    """A place as `clean_container` cleans a name, but keeping the stop that closes an
    abbreviation: a place with a stop inside it that ends in a short word abbreviates
    (`Washington, D.C.`, `N. Y.`, `St. Louis, Mo.`), so its last stop is the
    abbreviation's, not the entry's (`London.` and `St. Louis.` lose theirs)."""
    cleaned = clean_container(text)
    if "." not in cleaned or not text.rstrip(" ,;:").endswith("."):
        return cleaned
    last = cleaned.replace(".", " ").split()[-1]
    return cleaned + "." if last.isalpha() and len(last) <= 3 else cleaned  # `St. Louis.`


def locator_fields(printed: str) -> dict[str, str]:
    """Classify a printed locator: page range, single page, or article number (`e2307852`).

    A bare number of five or more digits cannot be a page of a journal issue, so it is
    taken as an article number (Frontiers, Elsevier and PLOS print them the same way).
    """
    printed = normalize_dashes(collapse_spaces(printed)).strip(" .")
    if "~" in printed or "～" in printed:  # Chinese lists print `871~875` for a range
        printed = printed.replace("～", "-").replace("~", "-")
    if not printed:
        return {}
    if _ARTICLE_NUMBER.fullmatch(printed):
        return {"pages": printed, "article_number": printed}
    first, last = page_range(printed.split(",")[0])  # `12-18, 25`: discontinuous
    return {"pages": printed, "first_page": first, "last_page": last}


_DIGIT_RANGE = re.compile(r"([0-9]+)\s*-\s*([0-9]+)")


def page_range(pages: str) -> tuple[str, str]:
    """`expand_page_range`, with its two commonest shapes (`1460`, `1460-70`: plain digits)
    read without its general parsing: a page alone, or the last page completed from the
    first page's leading digits unless that makes it smaller (then kept as printed)."""
    if pages.isascii() and pages.isdigit():
        return pages, ""
    plain = _DIGIT_RANGE.fullmatch(pages)
    if plain is None:
        return expand_page_range(pages)
    first, last = plain.groups()
    if len(last) < len(first):
        full = first[: len(first) - len(last)] + last
        if full >= first:  # ASCII digit runs of one length: as text, as numbers (`below`)
            return first, full
    return first, last


QUOTE_LIMIT = 40


def quote(text: str) -> str:
    """A short quotation of printed text for a failure reason: enough to find it in the
    entry (which is kept whole beside the reason), never a second copy of a long one."""
    text = text.strip()  # `...`, not `…`: one non-ASCII character doubles a str's size
    return repr(text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT] + "...")


def language_of(title: str) -> str:
    """`zh` for titles in Chinese script, otherwise `en` (the styles handled print English)."""
    return "zh" if has_cjk(title) else "en"


def pop_trailing_ids(text: str) -> tuple[str, dict[str, str]]:
    """Remove DOI, PMID, PMCID and URL tails (any order) and return them as fields: the
    trailer peeling every grammar shares (`styles.trailers.peel`)."""
    return peel(text)
