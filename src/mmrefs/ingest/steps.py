"""The one set of normalisers every reader runs (bibtexparser's middleware, AnyStyle's
normalisers): a reader builds a draft of printed fields, `run_steps` passes it through
`DEFAULT_STEPS`, and so a DOI, a page range, a year or a name is normalised once, in one
place, whether it came from a numbered list, a record, BibTeX, RIS, CSL-JSON or CSV.

Each step owns a few fields and is a pure function from a draft to a draft. A step that
finds a value it cannot normalise leaves it as printed and reports a `Problem` naming
itself, which readers keep (`extra` entries `problem`) and turn into findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mmrefs.identifiers import normalize_doi
from mmrefs.ingest.normalize import clean_container, clean_place, locator_fields
from mmrefs.model import Author

Draft = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Problem:
    """A value a step could not normalise: which step, which field, what was printed."""

    step: str
    field: str
    printed: str

    def __str__(self) -> str:
        return f"{self.step}: {self.field} {self.printed!r} left as printed"


@dataclass(frozen=True, slots=True)
class Step:
    """A named normaliser; `run` returns the changed fields and any problem."""

    name: str
    run: Callable[[Mapping[str, Any]], tuple[Draft, Problem | None]]


_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_YEAR = re.compile(r"(?<!\d)((?:1[5-9]|20)\d{2})(?!\d)")


def doi_step(draft: Mapping[str, Any]) -> tuple[Draft, Problem | None]:
    """Lower case, no `https://doi.org/` or `doi:`; a value that is no DOI is reported."""
    printed = str(draft.get("doi", ""))
    if not printed:
        return {}, None
    doi = normalize_doi(printed)
    return {"doi": doi}, None if _DOI.match(doi) else Problem("doi", "doi", printed)


def pages_step(draft: Mapping[str, Any]) -> tuple[Draft, Problem | None]:
    """First and last page from the printed range (`1802-24` → 1802, 1824), or an article
    number (`e2307852`, five or more digits) — the same reading for every reader."""
    printed = str(draft.get("pages", ""))
    if not printed or draft.get("first_page") or draft.get("article_number"):
        return {}, None
    return locator_fields(printed), None


# A page mark a reading kept with its pages: `p`, `pp`, `p.`, `pp.` before a number, `頁`
# (Japanese) after one. Only before a digit: `P1-12` keeps its page's own letter.
_PAGE_MARK = re.compile(r"^pp?\.?\s?(?=\d)|(?<=\d)\s?頁$")
_PAGE_FIELDS = ("pages", "first_page", "last_page")


def page_mark_step(draft: Mapping[str, Any]) -> tuple[Draft, Problem | None]:
    """Pages without the mark a reading kept with them (`p81` → 81, `pp48-50` → 48-50,
    `60-61頁` → 60-61), for every reader: a book's cited page printed after its year's
    comma (`Philadelphia,p81,2007`) is read with its `p` by the grammars (the Vancouver
    taxonomy of the decision rows, SOURCES-fresh28.md)."""
    out: Draft = {}
    for name in _PAGE_FIELDS:
        value = draft.get(name)
        if value and (value[0] in "pP" or value[-1] == "頁"):
            bare = _PAGE_MARK.sub("", value)
            if bare != value:
                out[name] = bare
    return out, None


def year_step(draft: Mapping[str, Any]) -> tuple[Draft, Problem | None]:
    """The four-digit year of a printed date (`2017a`, `2017-05-01`, `May 2017`)."""
    printed = str(draft.get("year", ""))
    if not printed or (len(printed) == 4 and printed.isdecimal()):  # `\\d{4}`, no regex
        return {}, None
    match = _YEAR.search(printed)
    if not match:
        return {}, Problem("year", "year", printed)
    return {"year": match.group(1)}, None


def names_step(draft: Mapping[str, Any]) -> tuple[Draft, Problem | None]:
    """Names without the separators a split left on them (`Smith,`, `A. R.,`)."""
    authors = draft.get("authors", ())
    if not any(map(needs_trim, authors)):
        return {}, None  # the common case: nothing to trim, no names rebuilt
    cleaned = tuple(
        Author(
            a.family.strip(" ,;"), a.given.strip(" ,;"), a.suffix.strip(" ,;"), a.literal.strip()
        )
        for a in authors
    )
    return ({"authors": cleaned}, None) if cleaned != tuple(authors) else ({}, None)


_TRIMMED = " ,;"


def needs_trim(author: Author) -> bool:
    """Whether `names_step` would change this name: a `strip` changes a string exactly
    when its first or last character is one it strips, so only the ends are looked at
    (four `strip` copies per name cost more than the rest of the step)."""
    family, given, suffix, literal = author.family, author.given, author.suffix, author.literal
    return bool(
        (family and (family[0] in _TRIMMED or family[-1] in _TRIMMED))
        or (given and (given[0] in _TRIMMED or given[-1] in _TRIMMED))
        or (suffix and (suffix[0] in _TRIMMED or suffix[-1] in _TRIMMED))
        or (literal and (literal[0].isspace() or literal[-1].isspace()))
    )


def text_step(draft: Mapping[str, Any]) -> tuple[Draft, Problem | None]:
    """Containers and publishers without markup and trailing separators. A plain loop:
    almost every value is clean already, and the two comprehensions it replaces (each a
    call of its own) cost more than the cleaning."""
    out: Draft = {}
    for name in ("container", "publisher", "place"):
        printed = draft.get(name)
        if printed:
            cleaned = (clean_place if name == "place" else clean_container)(str(printed))
            if cleaned != printed:
                out[name] = cleaned
    return out, None


# Around a link in running text: what opens or closes it, never part of it. RFC 3986
# (appendix C) has `<URL>` delimit a link in text, and a link printed in brackets,
# `(http://…)`, takes the closing one with it when it is read to the next space.
_LINK_OPENERS = "<(["
_LINK_CLOSERS = {">": "<", ")": "(", "]": "["}


def link_alone(url: str) -> str:
    """`url` without the sentence's stop after it and without a bracket around it that it
    does not open itself: `(http://example.org/a).` → `http://example.org/a`, while a
    link's own balanced brackets stay (`…/wiki/Widget_(device)`). An angle bracket is
    never a link's own."""
    url = url.lstrip(_LINK_OPENERS)
    while True:
        trimmed = url.rstrip(".,;")
        opener = _LINK_CLOSERS.get(trimmed[-1:])
        if opener and (opener == "<" or trimmed.count(opener) < trimmed.count(trimmed[-1])):
            trimmed = trimmed[:-1]
        if trimmed == url:
            return url
        url = trimmed


def ids_step(draft: Mapping[str, Any]) -> tuple[Draft, Problem | None]:
    """A PMID is digits; a URL is the link alone (`link_alone`)."""
    out: Draft = {}
    if draft.get("url"):
        out["url"] = link_alone(str(draft["url"]))
    pmid = str(draft.get("pmid", ""))
    if pmid and not pmid.isdigit():
        digits = re.sub(r"\D", "", pmid)
        out["pmid"] = digits or pmid
        return out, None if digits else Problem("ids", "pmid", pmid)
    return out, None


DEFAULT_STEPS: tuple[Step, ...] = (
    Step("doi", doi_step),
    Step("page mark", page_mark_step),
    Step("pages", pages_step),
    Step("year", year_step),
    Step("names", names_step),
    Step("text", text_step),
    Step("ids", ids_step),
)


def run_steps(
    draft: Mapping[str, Any], steps: Iterable[Step] = DEFAULT_STEPS
) -> tuple[Draft, tuple[Problem, ...]]:
    """The draft after every step, and the problems the steps reported; `draft` itself is
    left as it was."""
    current = dict(draft)
    return current, apply_steps(current, steps)


def apply_steps(draft: Draft, steps: Iterable[Step] = DEFAULT_STEPS) -> tuple[Problem, ...]:
    """`run_steps` on a draft the caller owns, changed in place: the entry parser builds a
    fresh draft for every entry, and copying it once more would be wasted."""
    problems: list[Problem] = []
    for step in steps:
        changed, problem = step.run(draft)
        if changed:  # most steps change nothing
            draft.update(changed)
        if problem is not None:
            problems.append(problem)
    return tuple(problems)
