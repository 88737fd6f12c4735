"""Every citation in a review, expanded and tied to the claim it supports.

Body claims run from the previous sentence end (or the previous mark in the same
sentence) to the mark; when only an author phrase (`PUENTE等`, `Smith et al.`) stands
there, the claim is the whole sentence. A table row's claim is its descriptive cells (the
mechanism, the result), with the leading label cells (category, material) as its context;
a caption's claim is the caption without its attribution (`(adapted from reference [114])`),
which names the source rather than saying anything the source supports.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from mmrefs.ingest.citemarks import find_marks
from mmrefs.ingest.glossary import merge_terms, mine_terms, terms_in
from mmrefs.ingest.layout import Block, split_blocks
from mmrefs.ingest.reflist import find_list_start
from mmrefs.model import Citation, CitationMap, Claim, Finding, Severity, SourceLoc, Where
from mmrefs.text import collapse_spaces, has_cjk

SENTENCE_END = re.compile(r"[。！？；]|[.!?;](?=\s|$)")
MAX_CLAIM = 1000  # characters either side of a mark; no real sentence is longer
NARRATIVE = re.compile(
    r"(?P<name>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?)\s*(?:等人?|et\s+al\.?|and\s+colleagues)"
    r"\s*$"
)
# A reference cell, odd brackets included (`[12`, `12]`) so that they are reported.
REFS_CELL = re.compile(r"^\s*[\[(（]?\s*\d[\d\s,，、\-–—~]*[\])）]*\s*$")
_SENTENCE_PUNCT = re.compile(r"[:：;；。]|\.\s")
LABEL_CELL_MAX = 150
_MARK = r"\[[\d\s,，、\-–—~]+\]"
CAPTION_ATTRIBUTION = re.compile(
    rf"\s*[(（][^()（）]*{_MARK}[^()（）]*[)）]"
    r"|\s*\b(?:adapted|reproduced|reprinted|modified|redrawn)\s+(?:with\s+permission\s+)?"
    r"from\b.*$"
    r"|\s*(?:本[图表])?(?:引用自|引自|改编自|摘自).*$",
    re.IGNORECASE,
)


class Sentences:
    """Sentence ends of one block, found once, so each mark's sentence is a bisection
    rather than a scan from the block's start."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.end() for m in SENTENCE_END.finditer(text)]
        self.starts = [m.start() for m in SENTENCE_END.finditer(text)]

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding `pos` (a mark after a full stop belongs to
        it), each at most MAX_CLAIM characters from `pos`: run-on text is not one claim."""
        idx = bisect_right(self.ends, pos)  # ends at or before pos: the sentence starts there
        start = self.ends[idx - 1] if idx else 0
        after = bisect_left(self.starts, pos)
        end = self.ends[after] if after < len(self.ends) else len(self.text)
        return max(start, pos - MAX_CLAIM), min(end, pos + MAX_CLAIM)


def clean_claim(text: str) -> str:
    text = re.sub(r"\^\[[^\]]*\]", "", text)
    return collapse_spaces(text).strip(" ,，;；:：")


def body_claim(sentences: Sentences, mark_start: int, prev_end: int) -> tuple[str, str]:
    """The claim text and the narrative author (if the mark follows an author phrase)."""
    text = sentences.text
    start, end = sentences.bounds(mark_start)
    if start == mark_start and start > 0:  # mark right after a full stop: previous sentence
        start, _ = sentences.bounds(start - 1)
    start = max(start, prev_end if prev_end <= mark_start else start)
    before = text[start:mark_start]
    narrative = NARRATIVE.search(before)
    author = narrative.group("name") if narrative else ""
    if narrative:  # `PUENTE等^[29]提出…`: the claim is what the cited authors did
        return clean_claim(text[start:end]), author
    return clean_claim(before), author


def caption_claim(caption: str) -> str:
    """The caption without its attribution and marks: what the figure shows."""
    return clean_claim(re.sub(rf"\^?{_MARK}", "", CAPTION_ATTRIBUTION.sub("", caption)))


def row_cells(row: str, above: tuple[str, ...]) -> tuple[str, ...]:
    """A row's cells; leading empty cells take the value of the row above (spanned cells)."""
    cells = [c.strip() for c in row.split("\t")]
    if len(above) == len(cells):
        for idx, cell in enumerate(cells[:-1]):
            if cell:
                break
            cells[idx] = above[idx]
    return tuple(cells)


def table_claim(cells: tuple[str, ...]) -> tuple[str, str, str]:
    """(claim, context, reference cell) of a row; no reference cell, no claim.

    Leading cells that read as labels (short, no sentence punctuation) are the context;
    the claim runs from the first descriptive cell, and never starts after the longest.
    """
    if not cells or not REFS_CELL.match(cells[-1]):
        return "", "", ""
    body = [c for c in cells[:-1] if c]
    longest = max(range(len(body)), key=lambda i: (len(body[i]), i), default=0)
    split = 0
    while split < longest and len(body[split]) <= LABEL_CELL_MAX:
        if _SENTENCE_PUNCT.search(body[split]):
            break
        split += 1
    return " | ".join(body[split:]), " | ".join(body[:split]), cells[-1]


class Occurrence(NamedTuple):
    """A mark as found, before numbering: its block, text, numbers or problem, and claim."""

    block: Block
    marker: str
    numbers: tuple[int, ...] | str
    line: int
    offset: int
    claim: str
    author: str
    context: str = ""


def malformed_finding(occ: Occurrence, loc: SourceLoc) -> Finding:
    return Finding(
        "citation.malformed",
        Severity.ERROR,
        f"malformed citation {occ.marker!r}: {occ.numbers}",
        (),
        loc,
        (("marker", occ.marker),),
    )


def build_citation_map(text: str, file: str, last_reference: int | None) -> CitationMap:
    """Find and expand every citation in a review's text, in reading order."""
    lines = text.splitlines()
    stop = find_list_start(lines)
    blocks = split_blocks(lines, None if stop is None else max(stop - 1, 0))
    glossary = merge_terms([t for b in blocks for t in mine_terms(b.text, b.line)])
    found = sorted(all_occurrences(blocks, last_reference), key=lambda o: (o.line, o.offset))
    citations: list[Citation] = []
    malformed: list[Finding] = []
    for occ in found:
        loc = SourceLoc(file, occ.line)
        if isinstance(occ.numbers, str):
            malformed.append(malformed_finding(occ, loc))
            continue
        language = "zh" if has_cjk(occ.claim) else "en"
        citations.append(
            Citation(
                len(citations) + 1,
                occ.marker,
                occ.numbers,
                Where(occ.block.where),
                occ.block.section,
                loc,
                Claim(occ.claim, loc, language, occ.context),
                occ.author,
                terms_in(f"{occ.claim} {occ.context}", glossary),
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


def all_occurrences(blocks: list[Block], last: int | None) -> Iterator[Occurrence]:
    """Occurrences of every block; table rows see the row above to fill spanned cells."""
    above: tuple[str, ...] = ()
    for block in blocks:
        if block.where == "table":
            above = row_cells(block.text, above)
            yield from table_occurrences(block, above, last)
        else:
            above = ()
            yield from occurrences(block, last)


def table_occurrences(
    block: Block, cells: tuple[str, ...], last: int | None
) -> Iterator[Occurrence]:
    """The marks of a row's reference cell; a cell with no readable mark is reported."""
    claim, context, refs = table_claim(cells)
    marks = find_marks(refs, last, ("bracket",)) if refs else []
    readings = [(m.text, m.problem or m.numbers) for m in marks]
    if refs and not readings and re.search(r"[\[\]]", refs):
        readings = [(refs.strip(), "unbalanced brackets in the reference cell")]
    for marker, numbers in readings:
        yield Occurrence(block, marker, numbers, block.line, len(block.text), claim, "", context)


def occurrences(block: Block, last: int | None) -> Iterator[Occurrence]:
    """Every mark of a body paragraph or caption, with its claim."""
    if block.where == "caption":
        claim = caption_claim(block.text)
        for mark in find_marks(block.text, last, ("bracket", "caret")):
            numbers = mark.problem or mark.numbers
            yield Occurrence(block, mark.text, numbers, block.line, mark.start, claim, "")
        return
    prev_end = 0
    sentences = Sentences(block.text)
    for mark in find_marks(block.text, last):
        claim, author = body_claim(sentences, mark.start, prev_end)
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
