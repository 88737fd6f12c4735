"""GB/T 7714 in both of its systems: numeric (`NAMES. Title[J]. Journal, 2017, 7(3): 1.`)
and author-date (`NAMES, 2017. Title[J]. Journal, 7(3): 1.`).

The type code anchors both. An author-date entry is rewritten into the numeric order (the
year moved from the author block into the publication part) and read by the numeric
grammar in `gbt7714.py`, so one grammar owns GB/T's publication shapes.
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.gbt7714 import find_type_mark, parse_gbt
from mmrefs.ingest.styles.base import YEAR, Candidate, Miss

_AUTHOR_DATE = re.compile(
    rf"^(?P<names>[^\[\]]{{0,600}}?)[,.]\s*(?P<year>{YEAR}[a-z]?)\s*[.．]\s*(?=\S)"
)
_PERIODICAL = frozenset({"J", "N"})
_ENGLISH_AFTER = re.compile(r"\s*\((?=[^()]*\[[A-Z]{1,2}(?:/OL)?\])")


_LAST_COMMA = re.compile(r"\s*,\s*(?=[^,]*$)")
_ISSUE_PAGES = re.compile(r"\s*(?=\(\s*[^()]*\)\s*:[^:()]*$)")
_LAST_COLON = re.compile(r"\s*(?=:[^:]*$)")


def periodical_with_year(tail: str, year: str) -> str:
    """`. Journal, 7(3): 1460.` → `. Journal, 2017, 7(3): 1460.`; the year goes before
    the locator: before the last comma, else before `(issue):`, else before `:`."""
    for pattern, joiner in ((_LAST_COMMA, ", "), (_ISSUE_PAGES, ""), (_LAST_COLON, "")):
        slot = pattern.search(tail, 2)
        if slot:
            return f"{tail[: slot.start()]}, {year}{joiner}{tail[slot.end() :]}"
    stop = re.search(r"\s*\.?\s*$", tail)
    at = stop.start() if stop else len(tail)
    return f"{tail[:at]}, {year}{tail[at:]}"


def numeric_order(body: str, mark: re.Match[str] | None = None) -> tuple[str, str] | None:
    """An author-date entry in numeric order, and its year; None if not author-date.
    `mark`: `find_type_mark(body)`, when the caller has it already."""
    match = _AUTHOR_DATE.match(body)
    if not match:
        return None
    mark = mark or find_type_mark(body)
    if not mark or mark.start() < match.end():
        return None
    year = match.group("year")
    head = f"{match.group('names')}. {body[match.end() : mark.end()]}"
    tail, english = split_english(body[mark.end() :])
    reordered = in_numeric_order(mark.group("code"), tail, year)
    return head + reordered + english, year


def split_english(tail: str) -> tuple[str, str]:
    """The publication part, and an English version appended in parentheses after it."""
    found = _ENGLISH_AFTER.search(tail)
    return (tail[: found.start()], tail[found.start() :]) if found else (tail, "")


def in_numeric_order(code: str, tail: str, year: str) -> str:
    """The publication part with the year where the numeric system prints it."""
    if code.startswith("EB") or "(" + year[:4] in tail:
        return tail
    if code.split("/")[0] in _PERIODICAL:
        return periodical_with_year(tail, year)
    stop = re.search(r"(?::\s*[\d\-–\s]+)?\s*\.?\s*$", tail)
    at = stop.start() if stop else len(tail)
    return f"{tail[:at]}, {year}{tail[at:]}"


def gbt(body: str, mark: re.Match[str] | None = None, linked: bool = False) -> Candidate | Miss:
    """Read a GB/T entry in either system; the reason names GB/T when neither reads it.
    `mark`: `find_type_mark(body)`, when the caller has it already."""
    mark = mark or find_type_mark(body)
    reordered = numeric_order(body, mark)
    if reordered:
        text, style = reordered[0], "gbt7714-author-date"
        parsed: dict[str, Any] | str = parse_gbt(text, None, linked)
    else:
        style, parsed = "gbt7714", parse_gbt(body, mark, linked)
    if isinstance(parsed, str) and reordered:
        parsed = parse_gbt(body, mark, linked)
        style = "gbt7714"
    if isinstance(parsed, str):
        return Miss("GB/T 7714", parsed)
    if not parsed.get("title"):
        return Miss("GB/T 7714", "no title found")
    return Candidate(style, parsed, 1.0)
