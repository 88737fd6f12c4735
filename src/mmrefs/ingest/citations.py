"""Every citation in a review, expanded and tied to the claim it supports.

Body claims run from the previous sentence end (or the previous mark in the same
sentence) to the mark; when only an author phrase (`PUENTE等`, `Smith et al.`) stands
there, the claim is the whole sentence. Table claims are the row, caption claims the caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from mmrefs.ingest.citemarks import find_marks
from mmrefs.ingest.glossary import merge_terms, mine_terms, terms_in
from mmrefs.ingest.layout import Block, split_blocks
from mmrefs.ingest.reflist import find_list_start
from mmrefs.model import Citation, CitationMap, Claim, Finding, Severity, SourceLoc, Where
from mmrefs.text import collapse_spaces, has_cjk

SENTENCE_END = re.compile(r"[。！？；]|[.!?;](?=\s|$)")
NARRATIVE = re.compile(
    r"(?P<name>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?)\s*(?:等人?|et\s+al\.?|and\s+colleagues)"
    r"\s*$"
)
TABLE_REFS = re.compile(r"^\s*\[[\d\s,，、\-–—~]+\]\s*$")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence holding `pos` (marks after a full stop belong to it)."""
    start = 0
    for match in SENTENCE_END.finditer(text, 0, pos):
        start = match.end()
    end_match = SENTENCE_END.search(text, pos)
    return start, end_match.end() if end_match else len(text)


def clean_claim(text: str) -> str:
    text = re.sub(r"\^\[[^\]]*\]", "", text)
    return collapse_spaces(text).strip(" ,，;；:：")


def body_claim(text: str, mark_start: int, mark_end: int, prev_end: int) -> tuple[str, str]:
    """The claim text and the narrative author (if the mark follows an author phrase)."""
    start, end = sentence_bounds(text, mark_start)
    if start == mark_start and start > 0:  # mark right after a full stop: previous sentence
        start, _ = sentence_bounds(text, start - 1)
    start = max(start, prev_end if prev_end <= mark_start else start)
    before = text[start:mark_start]
    narrative = NARRATIVE.search(before)
    author = narrative.group("name") if narrative else ""
    if narrative:  # `PUENTE等^[29]提出…`: the claim is what the cited authors did
        return clean_claim(text[start:end]), author
    return clean_claim(before), author


def table_claim(row: str) -> tuple[str, str]:
    cells = row.split("\t")
    refs = cells[-1] if TABLE_REFS.match(cells[-1]) else ""
    return " | ".join(c.strip() for c in cells[:-1] if c.strip()) if refs else "", refs


class Occurrence(NamedTuple):
    """A mark as found, before numbering: its block, text, numbers or problem, and claim."""

    block: Block
    marker: str
    numbers: tuple[int, ...] | str
    line: int
    offset: int
    claim: str
    author: str


def build_citation_map(text: str, file: str, last_reference: int | None) -> CitationMap:
    """Find and expand every citation in a review's text, in reading order."""
    lines = text.splitlines()
    stop = find_list_start(lines)
    blocks = split_blocks(lines, None if stop is None else max(stop - 1, 0))
    glossary = merge_terms([t for b in blocks for t in mine_terms(b.text, b.line)])
    found = sorted(
        (o for b in blocks for o in occurrences(b, last_reference)),
        key=lambda o: (o.line, o.offset),
    )
    citations: list[Citation] = []
    malformed: list[Finding] = []
    for occ in found:
        loc = SourceLoc(file, occ.line)
        if isinstance(occ.numbers, str):
            malformed.append(
                Finding(
                    "citation.malformed",
                    Severity.ERROR,
                    f"malformed citation {occ.marker!r}: {occ.numbers}",
                    (),
                    loc,
                    (("marker", occ.marker),),
                )
            )
            continue
        citations.append(
            Citation(
                len(citations) + 1,
                occ.marker,
                occ.numbers,
                Where(occ.block.where),
                occ.block.section,
                loc,
                Claim(occ.claim, loc, "zh" if has_cjk(occ.claim) else "en"),
                occ.author,
                terms_in(occ.claim, glossary),
            )
        )
    reverse: dict[int, list[int]] = {}
    for cit in citations:
        for number in cit.numbers:
            reverse.setdefault(number, []).append(cit.index)
    return CitationMap(
        tuple(citations),
        tuple(malformed),
        tuple(glossary),
        last_reference,
        {k: tuple(v) for k, v in sorted(reverse.items())},
    )


def occurrences(block: Block, last: int | None) -> Iterator[Occurrence]:
    """Every mark of one block with its claim (row for tables, caption for captions)."""
    if block.where == "table":
        claim, refs = table_claim(block.text)
        for mark in find_marks(refs, last, ("bracket",)) if refs else []:
            yield Occurrence(
                block,
                mark.text,
                mark.problem or mark.numbers,
                block.line,
                len(block.text),
                claim,
                "",
            )
        return
    if block.where == "caption":
        for mark in find_marks(block.text, last, ("bracket", "caret")):
            yield Occurrence(
                block,
                mark.text,
                mark.problem or mark.numbers,
                block.line,
                mark.start,
                clean_claim(block.text),
                "",
            )
        return
    prev_end = 0
    for mark in find_marks(block.text, last):
        claim, author = body_claim(block.text, mark.start, mark.end, prev_end)
        prev_end = mark.end
        yield Occurrence(
            block,
            mark.text,
            mark.problem or mark.numbers,
            block.line_at(mark.start),
            mark.start,
            claim,
            author,
        )
