"""Small hand-made builds for the check rules: references, citations and a citation map
assembled directly from the model, so each table row states only what it is about.

Identifiers follow tests/fakes.py: DOIs under the documented example prefix 10.5555 and
made-up PMIDs, so no row claims a real work's identifier.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from mmrefs.model import (
    Author,
    Build,
    Citation,
    CitationMap,
    Claim,
    DedupeResult,
    Document,
    Kind,
    Record,
    Reference,
    Resolution,
    ResolutionMode,
    ResolutionStatus,
    SourceLoc,
    Term,
    Where,
)

FILE = "t.txt"
LIST_LINE = 100


def author(name: str | Author) -> Author:
    """`DE LA PUENTE P` → family `DE LA PUENTE`, given `P`; `干军` → family 干, given 军."""
    if isinstance(name, Author):
        return name
    words = name.split()
    if len(words) == 1 and all("\u4e00" <= c <= "\u9fff" for c in name):
        return Author(family=name[0], given=name[1:])
    given: list[str] = []
    while len(words) > 1 and len(words[-1]) <= 3 and words[-1].isupper():
        given.insert(0, words.pop())
    return Author(family=" ".join(words), given=" ".join(given))


def ref(
    number: int, title: str = "A study of multiple myeloma", *names: str | Author, **fields: Any
) -> Reference:
    """A journal article in Blood with volume and pages, unless `fields` say otherwise."""
    raw = fields.pop("raw", f"[{number}] {title}")
    base: dict[str, Any] = {
        "kind": Kind.ARTICLE,
        "container": "Blood",
        "year": "2020",
        "volume": "1",
        "pages": "1-9",
        "first_page": "1",
    }
    base.update(fields)
    return Reference(
        key=f"ref{number}",
        number=number,
        raw=raw,
        loc=SourceLoc(FILE, LIST_LINE + number),
        title=title,
        authors=tuple(author(n) for n in (names or ("ZHANG H",))),
        **base,
    )


def cite(
    index: int,
    numbers: Iterable[int],
    claim: str = "",
    line: int | None = None,
    where: Where = Where.BODY,
    narrative: str = "",
    context: str = "",
) -> Citation:
    nums = tuple(numbers)
    loc = SourceLoc(FILE, line if line is not None else index)
    marker = f"^[{','.join(str(n) for n in nums)}]"
    return Citation(
        index, marker, nums, where, "1", loc, Claim(claim, loc, "zh", context), narrative
    )


def citation_map(
    citations: Iterable[Citation], last: int, glossary: Iterable[Term] = ()
) -> CitationMap:
    cits = tuple(citations)
    reverse: dict[int, list[int]] = {}
    for cit in cits:
        for n in cit.numbers:
            reverse.setdefault(n, []).append(cit.index)
    return CitationMap(
        cits, (), tuple(glossary), last, {k: tuple(v) for k, v in sorted(reverse.items())}
    )


def make_build(
    refs: Iterable[Reference],
    citations: Iterable[Citation] | None = (),
    glossary: Iterable[Term] = (),
    resolutions: Iterable[Resolution] = (),
    mode: ResolutionMode = ResolutionMode.ONLINE,
    duplicates: DedupeResult | None = None,
) -> Build:
    references = tuple(refs)
    doc = Document(FILE, "reflist", references, list_start_line=LIST_LINE)
    last = max((r.number or 0 for r in references), default=0)
    cmap = None if citations is None else citation_map(citations, last, glossary)
    return Build(doc, cmap, tuple(resolutions), mode, duplicates=duplicates)


def resolved(reference: Reference, **record: Any) -> Resolution:
    """A resolution whose record repeats the printed fields unless `record` changes them."""
    fields: dict[str, Any] = {
        "source": "crossref",
        "doi": f"10.5555/mmrefs.test.{reference.number}",
        "pmid": f"9{reference.number:07d}",
        "title": reference.title,
        "authors": reference.authors,
        "container": reference.container,
        "year": reference.year,
        "volume": reference.volume,
        "pages": reference.pages,
    }
    fields.update(record)
    rec = Record(**fields)
    return Resolution(
        reference.key,
        reference.number,
        ResolutionStatus.RESOLVED,
        rec.doi,
        rec.pmid,
        1.0,
        record=rec,
    )


def with_findings(resolution: Resolution, *findings: Any) -> Resolution:
    return replace(resolution, findings=tuple(findings))
