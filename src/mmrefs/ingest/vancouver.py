"""Vancouver/NLM entries: `Rajkumar SV. Title. Am J Hematol. 2024;99(9):1802-24.`

NLM journal abbreviations carry no full stops, so the journal is the last sentence before
the `YEAR[ Mon[ Day]];VOL(ISSUE):PAGES` block, and the authors end at the first full stop.
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.authors import parse_author_list
from mmrefs.ingest.gbt7714 import looks_like_names
from mmrefs.ingest.normalize import clean_container, clean_title, locator_fields
from mmrefs.model import Kind

JOURNAL_DATE = re.compile(
    r"[.?!]\s*(?P<year>(?:1[5-9]|20)\d{2})[a-z]?(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?"
    r"(?:\s+\d{1,2})?)?\s*(?:;\s*(?P<volume>[^(:;.]+?)?\s*(?:\((?P<issue>[^()]*)\))?)?"
    r"\s*(?::\s*(?P<pages>[^.;]+?))?\s*\.?\s*$"
)
BOOK = re.compile(
    r"[.?!]\s*(?:(?P<edition>\d+(?:st|nd|rd|th)\s+ed)\.\s*)?(?P<place>[^.:;]+?)\s*:\s*"
    r"(?P<publisher>[^.:;]+?)\s*;\s*(?P<year>(?:1[5-9]|20)\d{2})[a-z]?"
    r"(?:\.\s*p+\.\s*(?P<pages>[\w\-–]+))?\s*\.?\s*$"
)


def split_sentences(text: str) -> list[str]:
    """Split at `. `, `? `, `! ` keeping the stop with the sentence it ends."""
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def parse_head(head: str) -> tuple[str, str] | None:
    """Authors and title from the text before the journal or publisher."""
    sentences = split_sentences(head)
    if not sentences:
        return None
    first = sentences[0].rstrip(".")
    if len(sentences) > 1 and looks_like_names(first):
        return first, " ".join(sentences[1:])
    return "", " ".join(sentences)


def parse_vancouver(text: str) -> dict[str, Any] | str:
    """Parse one Vancouver/NLM entry into Reference fields, or return why it failed."""
    match = JOURNAL_DATE.search(text)
    if (match and match.group("volume") is not None) or (match and match.group("pages")):
        return _journal(text, match)
    book = BOOK.search(text)
    if book:
        return _book(text, book)
    return "no 'Journal. YEAR;VOL(ISSUE):PAGES' or 'Place: Publisher; YEAR' part"


def _journal(text: str, match: re.Match[str]) -> dict[str, Any] | str:
    sentences = split_sentences(text[: match.start() + 1])
    if len(sentences) < 2:
        return "no journal before the date"
    parsed = parse_head(" ".join(sentences[:-1]))
    if parsed is None:
        return "no authors or title before the journal"
    names, title = parsed
    authors, et_al = parse_author_list(names) if names else ((), False)
    fields: dict[str, Any] = {
        "kind": Kind.ARTICLE,
        "title": clean_title(title),
        "authors": authors,
        "et_al": et_al,
        "container": clean_container(sentences[-1]),
        "year": match.group("year"),
        "volume": (match.group("volume") or "").strip(),
        "issue": match.group("issue") or "",
    }
    fields.update(locator_fields(match.group("pages") or ""))
    return fields


def _book(text: str, match: re.Match[str]) -> dict[str, Any] | str:
    parsed = parse_head(text[: match.start() + 1])
    if parsed is None:
        return "no authors or title before the publisher"
    names, title = parsed
    authors, et_al = parse_author_list(names) if names else ((), False)
    fields: dict[str, Any] = {
        "kind": Kind.BOOK,
        "title": clean_title(title),
        "authors": authors,
        "et_al": et_al,
        "place": match.group("place").strip(),
        "publisher": match.group("publisher").strip(),
        "year": match.group("year"),
    }
    if match.group("edition"):
        fields["edition"] = match.group("edition")
    fields.update(locator_fields(match.group("pages") or ""))
    return fields
