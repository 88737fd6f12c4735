"""The decision: two signatures in, one `Match` with a named rule and its evidence out.

Every field comparer answers agree / compatible / conflict / missing with a strength
(`match.evidence`). The decision weighs them the way a careful editor does:
- notices about a work are never the work, and a shared identifier is strong but is
  checked against the titles (one mistyped DOI must not join two papers);
- a strong conflict vetoes: two DOIs, a part or number marker (`part A` / `part B`), a
  different first author, years more than one apart (not a living review's versions),
  another volume, a conference paper against its journal version;
- a moderate conflict (pages, an issue, an initial) vetoes unless everything else is
  overwhelmingly the same (one long title, author, year and volume: a misprint);
- weak conflicts (online-first pages, an issue beside agreeing pages) are shown only;
- then the title and the agreeing fields decide, with two look-alike guards: a title every
  issue has (`Editorial`) needs its locator, and records without a locator must not differ
  by a word of their titles (`… in rats` / `… in mice`).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from mmrefs.dedupe.reasons import Rule
from mmrefs.match import fields
from mmrefs.match.evidence import Agreement, Cue, Verdict
from mmrefs.match.signature import Signature, content_key
from mmrefs.match.titles import is_short, swapped_word
from mmrefs.model import Match, MatchStatus

SAME_TITLE = 0.97
NEAR_TITLE = 0.90
CONSIDERED = 0.85
IDENTIFIER_TITLE = 0.80
REWORDED_WORDS = 80  # token-set ratio: most words of the shorter title in the longer
LONG_TITLE = 30  # characters: below this, two identical titles may still be two works
VETOED_BY = ("first_author", "year", "volume", "pages", "venue", "part")
WEIGHED = ("first_author", "pages", "issue")
_MISPRINTED = {"pages": "pages differ", "first_author": "first author's initial differs"}
Verdicts = dict[str, Verdict]
Decision = tuple[MatchStatus, str]


def is_related(match: Match) -> bool:
    return match.reason.startswith(Rule.RELATED)


def compare(a: Signature, b: Signature) -> Match:
    """Verdict on whether two descriptions are the same work.

    The pair is put in a canonical order first, so the verdict cannot depend on which of the
    two came first in the input.
    """
    if not in_canonical_order(a, b):
        a, b = b, a
    title = fields.title_similarity(a, b)
    if title < CONSIDERED and a.title and b.title and not _may_share_work(a, b):
        return Match(MatchStatus.DIFFERENT, Rule.TITLE_DIFFERS, round(title, 3))
    verdicts = field_verdicts(a, b)
    shown = [(name, v.shown()) for name, v in verdicts.items() if v.agreement != "missing"]
    status, reason = decide(a, b, title, verdicts)
    return Match(status, reason, round(title, 3), (("title", f"{title:.3f}"), *shown))


def field_verdicts(a: Signature, b: Signature) -> Verdicts:
    return {
        "first_author": fields.first_author(a, b),
        "coauthor": fields.second_author(a, b),
        "year": fields.year(a, b),
        "volume": fields.exact_field(a.volume, b.volume),
        "issue": fields.issue(a, b),
        "pages": fields.pages(a, b),
        "journal": fields.journal(a, b),
        "venue": fields.venue(a, b),
        "part": fields.part(a, b),
        "doi": fields.doi(a, b),
        "pmid": fields.pmid(a, b),
    }


def in_canonical_order(a: Signature, b: Signature) -> bool:
    """Whether `compare` reads the pair as given (evidence is written first / second)."""
    return content_key(a) <= content_key(b)


def _may_share_work(a: Signature, b: Signature) -> bool:
    """Cheap pre-check for pairs with unlike titles: only a shared identifier or one
    volume and first page can still make them one work (a title in two languages)."""
    if (a.doi and a.doi == b.doi) or (a.pmid and a.pmid == b.pmid):
        return True
    return bool(a.first_page) and a.first_page == b.first_page and a.volume == b.volume


def decide(a: Signature, b: Signature, title: float, v: Verdicts) -> Decision:
    """Notices, then identifiers, then vetoes (strong conflicts not explained by a shared
    volume and page), then moderate conflicts (kept apart unless a misprint), then the
    look-alike guards, then the title with whatever agrees."""
    if a.related != b.related:
        return MatchStatus.DIFFERENT, f"{Rule.RELATED}: {a.related or b.related}"
    for ident in ("doi", "pmid"):
        if v[ident].agreement == Agreement.AGREE:
            return _shared_identifier(ident, title, a, b, v)
    if not a.title or not b.title:
        return _without_title(v)
    if title < CONSIDERED:
        return _other_language(a, b, v)
    label = Rule.SAME if title >= SAME_TITLE else Rule.SIMILAR
    if _vetoed(v):
        named = [n for n in VETOED_BY if v[n].objects and not _explained(n, v)]
        return MatchStatus.DIFFERENT, f"{label}, different {', '.join(named)}"
    if v["doi"].vetoes or v["pmid"].vetoes:
        # One paper under two DOIs exists (print/online) but is far rarer than two
        # editorials, columns or reprints that share every other field.
        return MatchStatus.DIFFERENT, Rule.DIFFERENT_IDS
    weighed = [n for n in WEIGHED if v[n].objects and not _explained(n, v)]
    if weighed and _misprinted(a, title, v, weighed):
        return MatchStatus.STRONG, f"{Rule.MISPRINT}; {_MISPRINTED[weighed[0]]}"
    if weighed:
        return MatchStatus.DIFFERENT, f"{label}, different {', '.join(weighed)}"
    return _guarded(a, b, title, v) or _by_title(a, b, title, v)


def _vetoed(v: Verdicts) -> bool:
    return any(v[n].vetoes and not _explained(n, v) for n in VETOED_BY)


def _pinned(v: Verdicts) -> bool:
    """One volume and one first page: where a work is printed names it."""
    return v["pages"].agreement == Agreement.AGREE and v["volume"].agrees


def _placed(v: Verdicts) -> bool:
    """One volume and one first page, or one volume and one issue (a supplement issue of
    meeting abstracts, often printed without pages)."""
    numbered = v["volume"].agrees and v["issue"].agreement == Agreement.AGREE
    return _pinned(v) or numbered


def _explained(name: str, v: Verdicts) -> bool:
    """An issue, or a number in the title (`p6` / `p16`), that differs beside one volume and
    first page is a typo: parts of a series are printed on different pages. A conference
    record in the volume and pages of the journal it is compared with is a meeting abstract
    printed in that journal, not proceedings against a journal version."""
    if name == "venue":
        return _placed(v) and v["journal"].agrees
    return name in ("issue", "part") and _pinned(v)


def _misprinted(a: Signature, title: float, v: Verdicts, weighed: list[str]) -> bool:
    """Databases mangle pages and initials more than anything else: one long title, one
    year and one volume, with the author (or for an initial, the pages and co-author)
    agreeing, are one paper with a misprint. An issue alone is not outweighed."""
    if len(weighed) != 1 or title < SAME_TITLE or len(a.title) < LONG_TITLE:
        return False
    if v["year"].agreement != Agreement.AGREE or not v["volume"].agrees:
        return False
    if weighed == ["first_author"]:
        return v["pages"].agrees and v["coauthor"].agreement == Agreement.AGREE
    return weighed == ["pages"] and v["first_author"].agreement == Agreement.AGREE


def _journal_renamed(title: float, v: Verdicts) -> bool:
    """A journal under a translated or romanised name (`Jinko Chino Gakkai Ronbunshi`) is
    the same journal when the page, or volume and issue, and the people agree."""
    if v["pages"].agreement == Agreement.AGREE:
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


def _other_language(a: Signature, b: Signature, v: Verdicts) -> Decision:
    """A paper listed under its original title by one database and under a translation by
    another: unlike titles, but one author, year, volume and exact page range."""
    same_range = _same_range(a, b) and a.last_page != a.first_page and not v["issue"].objects
    people = v["first_author"].agreement == "equal" and v["year"].agreement == "equal"
    coauthor = len(a.families) < 2 or len(b.families) < 2 or a.families[1] == b.families[1]
    venue = v["volume"].agrees or v["journal"].agreement == "equal"
    if _vetoed(v) or not same_range:
        return MatchStatus.DIFFERENT, Rule.TITLE_DIFFERS
    if people and coauthor and venue:
        return MatchStatus.STRONG, Rule.TRANSLATED
    if _reworded(a, b, v):
        return MatchStatus.STRONG, Rule.REWORDED
    return MatchStatus.DIFFERENT, Rule.TITLE_DIFFERS


def _reworded(a: Signature, b: Signature, v: Verdicts) -> bool:
    """A record without authors whose journal, year, volume and exact page range are those
    of a record titled in other words (a translation retold): the locator names the work,
    as long as the titles still share most of their words."""
    if not _same_range(a, b) or a.last_page == a.first_page:
        return False
    nameless = v["first_author"].agreement == Agreement.MISSING
    located = v["journal"].agrees and v["volume"].agrees and v["year"].agreement == "equal"
    shared = fuzz.token_set_ratio(a.title, b.title) >= REWORDED_WORDS
    return nameless and located and shared


def _shared_identifier(
    ident: str, title: float, a: Signature, b: Signature, v: Verdicts
) -> Decision:
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


def _without_title(v: Verdicts) -> Decision:
    """A record without a title is one work with another only by author, year and locator."""
    located = v["pages"].agrees and v["volume"].agrees and not v["journal"].conflicts
    if v["first_author"].agrees and v["year"].agreement == "equal" and located:
        return MatchStatus.STRONG, Rule.NO_TITLE
    return MatchStatus.WEAK, Rule.NO_TITLE_WEAK


def _guarded(a: Signature, b: Signature, title: float, v: Verdicts) -> Decision | None:
    """The look-alike guards, and the one rule that relaxes the year (living reviews)."""
    if v["journal"].conflicts and not _journal_renamed(title, v):
        return MatchStatus.WEAK, Rule.OTHER_JOURNAL
    located = v["pages"].agrees or v["volume"].agrees
    pinned = _pinned(v) and v["year"].agreement == Agreement.AGREE
    if (a.recurring or b.recurring) and not pinned:
        return MatchStatus.WEAK, Rule.RECURRING
    if a.supplement != b.supplement and not _placed(v):
        return MatchStatus.WEAK, Rule.MEETING_ABSTRACT
    if (is_short(a.title) or is_short(b.title)) and not located:
        return MatchStatus.WEAK, Rule.RECURRING
    word = "" if located or title == 1.0 else swapped_word(a.title, b.title)
    if word:
        return MatchStatus.WEAK, f"{Rule.SPARSE} {word}"
    both_named = v["coauthor"].agreement == Agreement.AGREE or v["pages"].agrees
    if a.living and b.living and title >= SAME_TITLE and v["first_author"].agrees and both_named:
        return MatchStatus.STRONG, Rule.LIVING
    return None


def _by_title(a: Signature, b: Signature, title: float, v: Verdicts) -> Decision:
    """Nothing objects: the closer the titles, the less else must agree."""
    author, year_ = v["first_author"], v["year"]
    located = v["pages"].agrees or v["volume"].agrees
    same_year = year_.agreement == Agreement.AGREE
    if title >= SAME_TITLE:
        return _same_title(a, v, located)
    if title >= NEAR_TITLE and author.agrees and same_year and (located or v["journal"].agrees):
        return MatchStatus.STRONG, Rule.NEAR
    if author.agrees and same_year and v["pages"].agrees and v["volume"].agrees:
        return MatchStatus.STRONG, Rule.SIMILAR_LOCATED
    if _reworded(a, b, v):
        return MatchStatus.STRONG, Rule.REWORDED
    return MatchStatus.WEAK, Rule.NOT_ENOUGH


def _same_title(a: Signature, v: Verdicts, located: bool) -> Decision:
    """One title: an author and a year, or a locator standing in for one of them."""
    author, year_ = v["first_author"], v["year"]
    same_year = year_.agreement == Agreement.AGREE
    year_close = year_.cue == Cue.YEAR_CLOSE
    if author.agrees and same_year:
        return (
            (MatchStatus.EXACT, Rule.EXACT)
            if located
            else (MatchStatus.STRONG, Rule.TITLE_AUTHOR_YEAR)
        )
    if author.agrees and year_close and located:
        return MatchStatus.STRONG, Rule.YEAR_APART
    proceedings = v["venue"].agreement == "equal" and v["venue"].detail == "conference"
    if v["coauthor"].agreement == "equal" and year_close and proceedings:
        return MatchStatus.STRONG, Rule.PROCEEDINGS
    if not author.conflicts and same_year and located and not v["journal"].conflicts:
        return MatchStatus.STRONG, Rule.NO_AUTHOR
    if author.agrees and year_.agreement == "missing" and located:
        return MatchStatus.STRONG, Rule.NO_YEAR
    return MatchStatus.WEAK, Rule.TOO_LITTLE
