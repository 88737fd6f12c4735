"""Every citation in a review, expanded and tied to the claim it supports.

Numbered documents are read mark by mark (`citemarks.py`); a bare superscript counts only
when the evidence says it is a citation (`superscripts.py`), and a doubtful one is a
finding. Author–year documents (an unnumbered list) are read citation by citation
(`authoryear.py`) and each cited work is tied to its entry by surnames, year and letter
(`authorkeys.py`); the number of an entry is its position in the list. What a citation
is cited for is `claims.py`'s business.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from mmrefs.ingest.authorkeys import KeyIndex, Missed, Tie, keys_from_document
from mmrefs.ingest.authoryear import AuthorYearMark, CitedWork, find_author_year
from mmrefs.ingest.citemarks import Mark, find_marks
from mmrefs.ingest.claims import (
    Sentences,
    body_claim,
    caption_claim,
    plain_superscripts,
    row_cells,
    table_claim,
)
from mmrefs.ingest.glossary import TermFinder, merge_terms, mine_terms
from mmrefs.ingest.layout import Block, split_blocks
from mmrefs.ingest.reflist import find_list_start
from mmrefs.ingest.superscripts import (
    Decision,
    Footnotes,
    Reason,
    Verdict,
    consistent,
    doubtful_finding,
    judge,
)
from mmrefs.model import Citation, CitationMap, Claim, Document, Finding, Severity, SourceLoc, Where
from mmrefs.text import has_cjk

AUTHOR_YEAR = "author-year"  # Document.meta `citations` value of an unnumbered list


class Occurrence(NamedTuple):
    """A mark as found, before numbering: its block, text, numbers or problem, and claim.

    `sup` is the verdict on a bare superscript; `finding` what an author–year citation
    could not be tied to. Both are sorted with the marks, so findings keep reading order.
    """

    block: Block
    marker: str
    numbers: tuple[int, ...] | str
    line: int
    offset: int
    claim: str
    author: str
    context: str = ""
    sup: Decision | None = None
    finding: Finding | None = None


def malformed_finding(occ: Occurrence, loc: SourceLoc) -> Finding:
    return Finding(
        "citation.malformed",
        Severity.ERROR,
        f"malformed citation {occ.marker!r}: {occ.numbers}",
        (),
        loc,
        (("marker", occ.marker),),
    )


def body_stop(lines: list[str]) -> int | None:
    """Index of the reference heading (where the body ends), if the list is numbered."""
    stop = find_list_start(lines)
    return None if stop is None else max(stop - 1, 0)


def build_citation_map(text: str, file: str, last_reference: int | None) -> CitationMap:
    """Find and expand every numbered citation in a review's text, in reading order."""
    lines = text.splitlines()
    blocks = split_blocks(lines, body_stop(lines))
    found = all_occurrences(blocks, last_reference, Footnotes(lines))
    return assemble(settle_superscripts(found), blocks, file, last_reference)


def cite_document(text: str, doc: Document) -> CitationMap:
    """The citation map of `text` against its parsed list `doc`, numbered or author–year."""
    numbers = [r.number for r in doc.references if r.number is not None]
    numbers += [f.number for f in doc.failures if f.number is not None]
    last = max(numbers) if numbers else None
    if dict(doc.meta).get("citations") != AUTHOR_YEAR:
        return build_citation_map(text, doc.source, last)
    lines = text.splitlines()
    stop = None if doc.list_start_line is None else max(doc.list_start_line - 2, 0)
    blocks = split_blocks(lines, stop)
    index = KeyIndex(keys_from_document(doc))
    found = [o for b in blocks for o in author_year_occurrences(b, index, doc.source)]
    return assemble(found, blocks, doc.source, last)


def settle_superscripts(found: Iterable[Occurrence]) -> list[Occurrence]:
    """Superscripts in citation position count when the body cites that way; in a body
    that cites with brackets they are doubtful. Tables and captions do not vote: a table's
    reference column is bracketed whatever the body does."""
    found = list(found)
    body = [o for o in found if o.block.where == "body"]
    counted = sum(1 for o in body if o.sup and o.sup.verdict == Verdict.CITATION)
    bracketed = sum(1 for o in body if o.sup is None and not isinstance(o.numbers, str))
    if consistent(counted, bracketed):
        return found
    doubt = Decision(Verdict.DOUBTFUL, Reason.INCONSISTENT)
    return [
        o._replace(sup=doubt) if o.sup and o.sup.verdict == Verdict.CITATION else o for o in found
    ]


def problem_of(occ: Occurrence, loc: SourceLoc) -> Finding | None:
    """The finding an occurrence stands for instead of a citation, if any."""
    if occ.finding is not None:
        return occ.finding
    if occ.sup is not None and occ.sup.verdict == Verdict.DOUBTFUL:
        return doubtful_finding(occ.marker, occ.sup.reason, loc)
    if isinstance(occ.numbers, str):
        return malformed_finding(occ, loc)
    return None


def assemble(
    found: Iterable[Occurrence], blocks: list[Block], file: str, last: int | None
) -> CitationMap:
    """Number the occurrences in reading order, with their claims, terms and findings."""
    glossary = merge_terms([t for b in blocks for t in mine_terms(b.text, b.line)])
    terms_in = TermFinder(glossary)
    citations: list[Citation] = []
    problems: list[Finding] = []
    for occ in sorted(found, key=lambda o: (o.line, o.offset)):
        loc = SourceLoc(file, occ.line)
        problem = problem_of(occ, loc)
        if problem is not None or isinstance(occ.numbers, str):
            problems.extend([problem] if problem else [])
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
                terms_in(f"{occ.claim} {occ.context}"),
            )
        )
    reverse: dict[int, list[int]] = {}
    for cit in citations:
        for number in cit.numbers:
            reverse.setdefault(number, []).append(cit.index)
    by_reference = {k: tuple(v) for k, v in sorted(reverse.items())}
    return CitationMap(tuple(citations), tuple(problems), tuple(glossary), last, by_reference)


def all_occurrences(
    blocks: list[Block], last: int | None, footnotes: Footnotes
) -> Iterator[Occurrence]:
    """Occurrences of every block; table rows see the row above to fill spanned cells."""
    above: tuple[str, ...] = ()
    for block in blocks:
        if block.where == "table":
            above = row_cells(block.text, above)
            yield from table_occurrences(block, above, last, footnotes)
        else:
            above = ()
            yield from occurrences(block, last, footnotes)


def table_occurrences(
    block: Block, cells: tuple[str, ...], last: int | None, footnotes: Footnotes
) -> Iterator[Occurrence]:
    """The marks of a row's reference cell (a cell with no readable mark is reported), and
    bare superscripts elsewhere in the row, judged like any other."""
    claim, context, refs = table_claim(tuple(plain_superscripts(c) for c in cells))
    marks = find_marks(refs, last, ("bracket",)) if refs else []
    readings = [(m.text, m.problem or m.numbers) for m in marks]
    if refs and not readings and re.search(r"[\[\]]", refs):
        readings = [(refs.strip(), "unbalanced brackets in the reference cell")]
    for marker, numbers in readings:
        yield Occurrence(block, marker, numbers, block.line, len(block.text), claim, "", context)
    if "<sup>" in block.text or "^" in block.text:
        row_claim = claim or " | ".join(plain_superscripts(c) for c in cells if c)
        for mark in find_marks(block.text, last, ("caret", "sup")):
            yield from judged(block, mark, footnotes, row_claim, context)


def judged(
    block: Block, mark: Mark, footnotes: Footnotes, claim: str, context: str = ""
) -> Iterator[Occurrence]:
    """A bare superscript as its verdict has it: nothing when it is not a citation."""
    line = block.line_at(mark.start)
    decision = judge(block.text, mark, line, footnotes)
    if decision is None or decision.verdict != Verdict.NOT_CITATION:
        numbers = mark.problem or mark.numbers
        offset = mark.start
        yield Occurrence(block, mark.text, numbers, line, offset, claim, "", context, decision)


def occurrences(block: Block, last: int | None, footnotes: Footnotes) -> Iterator[Occurrence]:
    """Every mark of a body paragraph or caption, with its claim."""
    if block.where == "caption":
        claim = caption_claim(block.text)
        for mark in find_marks(block.text, last, ("bracket", "caret", "sup")):
            yield from judged(block, mark, footnotes, claim)
        return
    prev_end = 0
    sentences = Sentences(block.text)
    for mark in find_marks(block.text, last):
        claim, author = body_claim(sentences, mark.start, prev_end)
        for occ in judged(block, mark, footnotes, claim):
            prev_end = mark.end
            yield occ._replace(author=author)


def author_year_occurrences(block: Block, index: KeyIndex, file: str) -> Iterator[Occurrence]:
    """Every author–year citation of a block tied to its entries; each cited work that no
    single entry answers is a finding."""
    sentences = Sentences(block.text)
    prev_end = 0
    for mark in find_author_year(block.text):
        line = block.line_at(mark.start)
        ties = [(work, index.tie(work)) for work in mark.works]
        for work, tie in ties:
            if not tie.matched:
                miss = miss_finding(mark, work, tie, SourceLoc(file, line))
                yield Occurrence(block, mark.text, (), line, mark.start, "", "", finding=miss)
        numbers = tuple(dict.fromkeys(n for _, t in ties if t.matched for n in t.numbers))
        if not numbers:
            continue
        claim, author, context = ay_claim(block, sentences, mark, prev_end)
        prev_end = mark.end
        yield Occurrence(block, mark.text, numbers, line, mark.start, claim, author, context)


def ay_claim(
    block: Block, sentences: Sentences, mark: AuthorYearMark, prev_end: int
) -> tuple[str, str, str]:
    """(claim, narrative author, context) of an author–year citation."""
    if block.where == "caption":
        return caption_claim(block.text.replace(mark.text, "")), "", ""
    if block.where == "table":
        claim, context, _ = table_claim((*row_cells(block.text, ()), "[1]"))
        return claim.replace(mark.text, "").strip(" |"), "", context
    named = " and ".join(mark.works[0].names) if mark.narrative else ""
    claim, author = body_claim(sentences, mark.start, prev_end, named)
    return claim, author, ""


def cited_form(work: CitedWork) -> str:
    """`Smith et al. 2014a` — how a finding names the work it could not tie."""
    names = " and ".join(work.names) + (" et al." if work.et_al else "")
    return f"{names} {work.year}{work.suffix}"


def miss_finding(mark: AuthorYearMark, work: CitedWork, tie: Tie, loc: SourceLoc) -> Finding:
    """`citation.author-year.unmatched` (error) or `.ambiguous` (warning), with evidence."""
    ambiguous = tie.reason in (Missed.SUFFIX_NEEDED, Missed.SEVERAL)
    listed = ", ".join(f"[{n}]" for n in tie.numbers)
    why = {
        Missed.NO_AUTHOR: "no entry of the list is by this author",
        Missed.OTHER_YEAR: f"the list has this author only with another year ({listed})",
        Missed.SUFFIX_NEEDED: f"entries {listed} fit; the year needs its letter (2014a, 2014b)",
        Missed.SEVERAL: f"entries {listed} fit equally",
    }[Missed(tie.reason)]
    return Finding(
        "citation.author-year." + ("ambiguous" if ambiguous else "unmatched"),
        Severity.WARNING if ambiguous else Severity.ERROR,
        f"{cited_form(work)!r} in {mark.text!r}: {why}",
        tie.numbers if ambiguous else (),
        loc,
        (("reason", tie.reason.value), ("marker", mark.text), ("cited", cited_form(work))),
    )
