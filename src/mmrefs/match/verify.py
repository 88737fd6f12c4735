"""Verify a provider's candidate against the printed reference, and say what disagrees.

Every candidate goes through this cascade, even one found by a DOI printed in the reference
(a printed DOI may be mistyped). The per-field comparers are the ones dedupe uses, so
`DE LA PUENTE` meets `de la Puente`, `530-4` meets `530-534` and `Int J Hematol` meets
`International Journal of Hematology` the same way everywhere.
"""

from __future__ import annotations

from dataclasses import replace

from mmrefs.match import fields
from mmrefs.match.fields import Agreement, Verdict
from mmrefs.match.signature import Signature, signature_of
from mmrefs.model import (
    Finding,
    Kind,
    Match,
    MatchStatus,
    Record,
    Reference,
    Severity,
    SourceLoc,
)
from mmrefs.text import expand_page_range, has_cjk

MIN_TITLE = 0.90
_NOWHERE = SourceLoc("provider record", 0)


def reference_from_record(record: Record) -> Reference:
    first, last = expand_page_range(record.pages)
    return Reference(
        key=record.doi or record.pmid,
        number=None,
        raw="",
        loc=_NOWHERE,
        kind=Kind.ARTICLE,
        title=record.title,
        authors=record.authors,
        container=record.container or record.container_short,
        year=record.year,
        volume=record.volume,
        issue=record.issue,
        pages=record.pages,
        first_page=first,
        last_page=last,
        article_number=record.article_number,
        doi=record.doi,
        pmid=record.pmid,
    )


def _verdicts(a: Signature, b: Signature, short: Signature | None) -> dict[str, Verdict]:
    journal = fields.journal(a, b)
    if journal.conflicts and short is not None:
        journal = fields.journal(a, short)
    return {
        "first_author": fields.first_author(a, b),
        "year": fields.year(a, b),
        "volume": fields.exact_field(a.volume, b.volume),
        "issue": fields.issue(a, b),
        "pages": fields.pages(a, b),
        "journal": journal,
    }


def _compare(ref: Reference, record: Record) -> tuple[float, dict[str, Verdict]]:
    """Title similarity and per-field verdicts; the journal is also tried in its short form."""
    printed = signature_of(0, ref)  # Chinese entries also offer their English title
    found = signature_of(1, reference_from_record(record))
    short = None
    if record.container_short:
        short = signature_of(2, reference_from_record(_with_container(record)))
    return fields.title_similarity(printed, found), _verdicts(printed, found, short)


def verify(ref: Reference, record: Record) -> Match:
    """`exact`/`strong`: accept; `weak`: a near miss, never attached; `different`."""
    title, v = _compare(ref, record)
    evidence = (("title", f"{title:.3f}"), *tuple((k, x.shown()) for k, x in v.items()))
    status, reason = _decide(title, v, foreign=has_cjk(ref.title) and not ref.title_translation)
    return Match(status, reason, round(_confidence(title, v), 3), evidence)


def _decide(title: float, v: dict[str, Verdict], foreign: bool) -> tuple[MatchStatus, str]:
    """`foreign`: the printed title is in another script with no English version, so the
    title cannot be compared and the people and locator must carry the whole proof."""
    hard = [k for k in ("first_author", "volume", "pages") if v[k].conflicts]
    if v["year"].conflicts:
        hard.append("year")
    located = v["pages"].agrees or v["volume"].agrees
    if title >= MIN_TITLE and not hard:
        if v["year"].agreement == "close" and not (v["pages"].agrees and v["volume"].agrees):
            return MatchStatus.WEAK, "year ±1 without volume and pages to confirm"
        if v["first_author"].agrees and located:
            return MatchStatus.EXACT, "title, first author and locator agree"
        if v["first_author"].agrees or located:
            return MatchStatus.STRONG, "title agrees; " + (
                "first author agrees" if v["first_author"].agrees else "locator agrees"
            )
        return MatchStatus.WEAK, "title agrees, nothing else to confirm"
    every = v["first_author"].agrees and v["year"].agreement == "equal"
    if foreign and every and v["volume"].agrees and v["pages"].agreement == "equal" and not hard:
        return MatchStatus.STRONG, "title in another language; author, year, volume, pages agree"
    if hard:
        return MatchStatus.DIFFERENT, f"different {', '.join(hard)}"
    return MatchStatus.DIFFERENT, "title differs"


def _confidence(title: float, v: dict[str, Verdict]) -> float:
    support = sum(
        0.1 for k in ("first_author", "year", "volume", "pages", "journal") if v[k].agrees
    )
    return min(1.0, 0.5 * title + support)


def discrepancies(ref: Reference, record: Record) -> tuple[Finding, ...]:
    """Findings for every field where the printed reference and the record differ."""
    refs = (ref.number,) if ref.number is not None else ()
    title, v = _compare(ref, record)
    out: list[Finding] = []
    if title < 0.99:
        out.append(_finding("title", ref.title, record.title, refs, ref))
    for name, verdict in v.items():
        if name != "journal" and verdict.agreement in (Agreement.CONFLICT, Agreement.CLOSE):
            out.append(_finding(name, _printed(ref, name), _found(record, name), refs, ref))
    for field, printed in (("volume", ref.volume), ("pages", ref.pages or ref.article_number)):
        if not printed and (_found(record, field)):
            out.append(_finding(field, "(missing)", _found(record, field), refs, ref))
    for notice in record.notices:
        out.append(
            Finding(
                f"resolve.notice.{notice.kind}",
                Severity.ERROR if "retract" in notice.kind else Severity.WARNING,
                f"{record.source} lists a {notice.kind} notice for {record.doi or record.pmid}"
                + (f": {notice.doi}" if notice.doi else ""),
                refs,
                ref.loc,
                (("notice", notice.kind), ("notice_doi", notice.doi)),
            )
        )
    return tuple(out)


def _finding(name: str, printed: str, found: str, refs: tuple[int, ...], ref: Reference) -> Finding:
    return Finding(
        f"resolve.mismatch.{name}",
        Severity.WARNING,
        f"{name}: printed {printed!r}, record says {found!r}",
        refs,
        ref.loc,
        (("printed", printed), ("record", found)),
    )


def _printed(ref: Reference, name: str) -> str:
    if name == "first_author":
        return ref.authors[0].family if ref.authors else ""
    return str(getattr(ref, {"pages": "first_page"}.get(name, name), ""))


def _found(record: Record, name: str) -> str:
    if name == "first_author":
        return record.authors[0].family if record.authors else ""
    if name == "pages":
        return record.pages or record.article_number
    return str(getattr(record, name, ""))


def _with_container(record: Record) -> Record:
    return replace(record, container=record.container_short)
