"""The rule cascade: two signatures in, one `Match` with a named reason out.

Order matters and mirrors how a careful editor decides: notices about a work are never the
work; a shared identifier is strong but is checked against the titles (one mistyped DOI must
not join two papers); then the title, and every field that could prove two look-alikes
different (three papers called "Chimeric antigen receptor T-cell therapy for multiple
myeloma" differ in authors, journal, year and pages) before anything is merged.
"""

from __future__ import annotations

from mmrefs.match import fields
from mmrefs.match.fields import Verdict
from mmrefs.match.signature import Signature, content_key
from mmrefs.model import Match, MatchStatus

SAME_TITLE = 0.97
NEAR_TITLE = 0.90
CONSIDERED = 0.85
IDENTIFIER_TITLE = 0.80


def compare(a: Signature, b: Signature) -> Match:
    """Verdict on whether two descriptions are the same work.

    The pair is put in a canonical order first, so the verdict cannot depend on which of the
    two came first in the input.
    """
    if not in_canonical_order(a, b):
        a, b = b, a
    title = fields.title_similarity(a, b)
    if title < CONSIDERED and a.title and b.title and not _may_share_work(a, b):
        return Match(MatchStatus.DIFFERENT, "title differs", round(title, 3))
    verdicts = {
        "first_author": fields.first_author(a, b),
        "coauthor": fields.second_author(a, b),
        "year": fields.year(a, b),
        "volume": fields.exact_field(a.volume, b.volume),
        "issue": fields.issue(a, b),
        "pages": fields.pages(a, b),
        "journal": fields.journal(a, b),
        "venue": fields.venue(a, b),
        "doi": fields.exact_field(a.doi, b.doi),
        "pmid": fields.exact_field(a.pmid, b.pmid),
    }
    shown = [(name, v.shown()) for name, v in verdicts.items() if v.agreement != "missing"]
    evidence = (("title", f"{title:.3f}"), *shown)
    status, reason = decide(a, b, title, verdicts)
    return Match(status, reason, round(title, 3), evidence)


def in_canonical_order(a: Signature, b: Signature) -> bool:
    """Whether `compare` reads the pair as given (evidence is written first / second)."""
    return content_key(a) <= content_key(b)


def _may_share_work(a: Signature, b: Signature) -> bool:
    """Cheap pre-check for pairs with unlike titles: only a shared identifier or one
    volume and first page can still make them one work (a title in two languages)."""
    if (a.doi and a.doi == b.doi) or (a.pmid and a.pmid == b.pmid):
        return True
    return bool(a.first_page) and a.first_page == b.first_page and a.volume == b.volume


def decide(
    a: Signature, b: Signature, title: float, v: dict[str, Verdict]
) -> tuple[MatchStatus, str]:
    if a.related != b.related:
        return MatchStatus.DIFFERENT, f"related: {a.related or b.related}"
    for ident in ("doi", "pmid"):
        if v[ident].agrees:
            return _shared_identifier(ident, title, a, b, v)
    if not a.title or not b.title:
        return _without_title(v)
    if title < CONSIDERED:
        return _other_language(a, b, v)
    conflicts = [n for n in ("first_author", "year", "volume", "pages", "venue") if v[n].conflicts]
    if conflicts == ["pages"] and _pages_misprinted(a, title, v):
        return MatchStatus.STRONG, "same title, author, year and volume; pages differ"
    if conflicts:
        label = "same title" if title >= SAME_TITLE else "similar title"
        return MatchStatus.DIFFERENT, f"{label}, different {', '.join(conflicts)}"
    if v["doi"].conflicts or v["pmid"].conflicts:
        # One paper under two DOIs exists (print/online) but is far rarer than two
        # editorials, columns or reprints that share every other field.
        return MatchStatus.DIFFERENT, "different identifiers"
    if v["issue"].conflicts and not _same_range(a, b):
        return MatchStatus.DIFFERENT, "different issue and no identical page range"
    return _by_title(title, v)


def _pages_misprinted(a: Signature, title: float, v: dict[str, Verdict]) -> bool:
    """Databases mangle pages more than anything else; two papers with one long title, one
    first author, one year and one volume are one paper with a page misprint."""
    same = v["first_author"].agreement == "equal" and v["year"].agreement == "equal"
    return title >= SAME_TITLE and len(a.title) >= 30 and same and v["volume"].agrees


def _journal_renamed(title: float, v: dict[str, Verdict]) -> bool:
    """A journal under a translated or romanised name (`Jinko Chino Gakkai Ronbunshi`) is
    the same journal when the page, or volume and issue, and the people agree."""
    if v["pages"].agreement == "equal":
        return True
    people = v["first_author"].agreement == "equal" and v["year"].agreement == "equal"
    numbered = v["volume"].agreement == "equal" and v["issue"].agreement == "equal"
    return title >= SAME_TITLE and people and numbered


def _same_range(a: Signature, b: Signature) -> bool:
    """First and last page both printed and identical (`477-480` in both)."""
    return bool(a.first_page and a.last_page) and (a.first_page, a.last_page) == (
        b.first_page,
        b.last_page,
    )


def _other_language(a: Signature, b: Signature, v: dict[str, Verdict]) -> tuple[MatchStatus, str]:
    """A paper listed under its original title by one database and under a translation by
    another: unlike titles, but one author, year, volume and exact page range."""
    same_range = _same_range(a, b) and a.last_page != a.first_page and not v["issue"].conflicts
    people = v["first_author"].agreement == "equal" and v["year"].agreement == "equal"
    coauthor = len(a.families) < 2 or len(b.families) < 2 or a.families[1] == b.families[1]
    venue = v["volume"].agrees or v["journal"].agreement == "equal"
    if people and coauthor and venue and v["pages"].agreement == "equal" and same_range:
        return MatchStatus.STRONG, "title translated or shortened; author, year, venue, pages agree"
    return MatchStatus.DIFFERENT, "title differs"


def _shared_identifier(
    ident: str, title: float, a: Signature, b: Signature, v: dict[str, Verdict]
) -> tuple[MatchStatus, str]:
    """A shared DOI merges when the titles agree, or when they differ only as a translation
    or a dropped subtitle and the author and locator confirm it; otherwise one of the two
    records carries a wrong identifier and a person must look."""
    if title >= IDENTIFIER_TITLE:
        return MatchStatus.EXACT, f"same {ident}"
    confirmed = v["first_author"].agrees and not v["year"].conflicts
    located = v["pages"].agreement == "equal" or (v["volume"].agrees and v["issue"].agrees)
    short, long_ = sorted((a.title, b.title), key=len)
    if confirmed and (located or (short and long_.startswith(short)) or not short):
        return MatchStatus.EXACT, f"same {ident}; title translated or shortened"
    return MatchStatus.AMBIGUOUS, f"same {ident}, different title"


def _without_title(v: dict[str, Verdict]) -> tuple[MatchStatus, str]:
    located = v["pages"].agrees and v["volume"].agrees and not v["journal"].conflicts
    if v["first_author"].agrees and v["year"].agreement == "equal" and located:
        return MatchStatus.STRONG, "no title; author, year, volume and pages agree"
    return MatchStatus.WEAK, "no title to compare"


def _by_title(title: float, v: dict[str, Verdict]) -> tuple[MatchStatus, str]:
    author, year_ = v["first_author"], v["year"]
    if v["journal"].conflicts and not _journal_renamed(title, v):
        return MatchStatus.WEAK, "similar title, different journal and no page to confirm"
    located = v["pages"].agrees or v["volume"].agrees
    same_year = year_.agreement == "equal"
    if title >= SAME_TITLE:
        if author.agrees and same_year:
            if located:
                return MatchStatus.EXACT, "same title, author, year and locator"
            return MatchStatus.STRONG, "same title, author and year"
        if author.agrees and year_.agrees and located:
            return MatchStatus.STRONG, "same title, author and locator; year ±1"
        proceedings = v["venue"].agreement == "equal" and v["venue"].detail == "conference"
        if v["coauthor"].agreement == "equal" and year_.agrees and proceedings:
            return MatchStatus.STRONG, "same title and authors; proceedings dated a year apart"
        if not author.conflicts and same_year and located and not v["journal"].conflicts:
            return MatchStatus.STRONG, "same title, year and locator; no author to compare"
        if author.agrees and year_.agreement == "missing" and located:
            return MatchStatus.STRONG, "same title, author and locator; no year"
        return MatchStatus.WEAK, "same title, too little else to compare"
    if title >= NEAR_TITLE and author.agrees and same_year and (located or v["journal"].agrees):
        return MatchStatus.STRONG, "near-identical title, same author, year and venue"
    if author.agrees and same_year and v["pages"].agrees and v["volume"].agrees:
        return MatchStatus.STRONG, "similar title, same author, year, volume and pages"
    return MatchStatus.WEAK, "similar title, not enough agreement"
