"""Citation rules over the citation map: references never cited, and numbering order.

`citation.uncited` (warning): a listed reference that no mark in the body, a table or a
caption cites. `citation.order` (warning): in a list numbered by first appearance, a mark
that first cites a number while smaller numbers, cited later, are still waiting. Only body
marks count for order: tables and figures float, and journals number them where the text
first calls them out, which the plain text no longer shows.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from mmrefs.model import Build, Citation, Finding, Severity, SourceLoc, Where

IN_ORDER_SHARE = 0.8  # share of first citations in order for a list to count as by-appearance
MIN_CITED = 5  # fewer first citations than this cannot show a numbering scheme


def uncited(build: Build) -> tuple[Finding, ...]:
    """One warning per listed reference (or unreadable entry) that is never cited."""
    if build.citations is None:
        return ()
    cited = build.citations.by_reference
    entries = [(r.number, r.loc) for r in build.document.references]
    entries += [(f.number, f.loc) for f in build.document.failures]
    return tuple(
        Finding(
            "citation.uncited",
            Severity.WARNING,
            f"[{number}] is listed but never cited in the body, a table or a caption",
            (number,),
            loc,
            (("reason", "never-cited"),),
        )
        for number, loc in sorted((e for e in entries if e[0] is not None), key=_number)
        if number is not None and number not in cited
    )


def _number(entry: tuple[int | None, SourceLoc]) -> int:
    return entry[0] or 0


@dataclass(frozen=True, slots=True)
class FirstCitation:
    """Where a number is first cited in the body."""

    number: int
    citation: Citation


def first_citations(citations: tuple[Citation, ...]) -> list[FirstCitation]:
    """Each body-cited number once, at its first mark, in reading order."""
    seen: set[int] = set()
    out: list[FirstCitation] = []
    for cit in citations:
        if cit.where != Where.BODY:
            continue
        for number in sorted(set(cit.numbers) - seen):
            seen.add(number)
            out.append(FirstCitation(number, cit))
    return out


def numbered_by_appearance(firsts: list[FirstCitation]) -> bool:
    """Most first citations lie on one rising run (the longest increasing subsequence): one
    displaced number costs one, while an alphabetical list scatters them."""
    if len(firsts) < MIN_CITED:
        return False
    tails: list[int] = []
    for first in firsts:
        at = bisect_left(tails, first.number)
        tails[at : at + 1] = [first.number]
    return len(tails) / len(firsts) >= IN_ORDER_SHARE


def order(build: Build) -> tuple[Finding, ...]:
    """One warning per mark that jumps over numbers first cited later in the body.

    Only a jump is a break: the skipped numbers, when their turn comes, arrive late because
    of it, so they are not reported again; numbers never cited in the body are not waited for.
    """
    if build.citations is None:
        return ()
    firsts = first_citations(build.citations.citations)
    if not numbered_by_appearance(firsts):
        return ()
    first_at = {f.number: f.citation.index for f in firsts}
    by_mark: dict[int, list[FirstCitation]] = {}
    for first in firsts:
        by_mark.setdefault(first.citation.index, []).append(first)
    found: list[Finding] = []
    top, reported = 0, set[int]()
    for index, group in by_mark.items():
        new = [f.number for f in group]
        skipped = [
            n for n in range(top + 1, max(new)) if first_at.get(n, 0) > index and n not in reported
        ]
        if skipped:
            later = {f.number: f.citation for f in firsts if f.number in skipped}
            found.append(_order_finding(group[0].citation, new, skipped, later))
        reported.update(skipped)
        top = max(top, *new)
    return tuple(found)


def compress(numbers: list[int]) -> str:
    """`[129, 130, 132]` → `[129-130, 132]`."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "[" + ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs) + "]"


def _order_finding(
    cit: Citation, new: list[int], skipped: list[int], later: dict[int, Citation]
) -> Finding:
    jumped = [n for n in new if n > min(skipped)]
    lines = sorted({later[n].loc.line for n in skipped})
    where = ", ".join(str(x) for x in lines[:3]) + (", …" if len(lines) > 3 else "")
    return Finding(
        "citation.order",
        Severity.WARNING,
        f"{cit.marker} at line {cit.loc.line} first cites {compress(jumped)} before "
        f"{compress(skipped)}, which {'are' if len(skipped) > 1 else 'is'} first cited later "
        f"(line{'s' * (len(lines) > 1)} {where})",
        tuple(sorted({*jumped, *skipped})),
        cit.loc,
        (
            ("reason", "cited-before-smaller"),
            ("marker", cit.marker),
            ("first_cited", compress(jumped)),
            ("waiting", compress(skipped)),
        ),
    )
