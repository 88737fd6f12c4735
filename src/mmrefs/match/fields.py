"""Per-field verdicts: does one field of two signatures agree, conflict, or say nothing?

Each comparer returns a `Verdict` so the rules read like the table a person would write,
and the evidence shown to the user is the same object the rules decided on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from mmrefs.match.signature import Signature

SAME_NAME = 85.0  # rapidfuzz ratio above which two family names are one spelt differently


class Agreement(StrEnum):
    EQUAL = "equal"
    CLOSE = "close"
    MISSING = "missing"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Verdict:
    agreement: Agreement
    detail: str = ""

    @property
    def agrees(self) -> bool:
        return self.agreement in (Agreement.EQUAL, Agreement.CLOSE)

    @property
    def conflicts(self) -> bool:
        return self.agreement == Agreement.CONFLICT

    def shown(self) -> str:
        return f"{self.agreement.value}: {self.detail}" if self.detail else self.agreement.value


NOTHING = Verdict(Agreement.MISSING)


def title_similarity(a: Signature, b: Signature) -> float:
    """Best ratio over the printed titles and their translations, 0..1.

    A title cut after its first part (a subtitle dropped by one database) counts as close.
    """
    pairs = [(a.title, b.title), (a.alt_title, b.title), (a.title, b.alt_title)]
    best = max((fuzz.ratio(x, y) for x, y in pairs if x and y), default=0.0) / 100
    short, long_ = sorted((a.title, b.title), key=len)
    if best < 0.93 and len(short) >= 40 and long_.startswith(short):
        return 0.93
    return best


def _same_family(x: str, y: str) -> bool:
    return x == y or fuzz.ratio(x, y) >= SAME_NAME


def first_author(a: Signature, b: Signature) -> Verdict:
    """Case, accent and particle differences are gone already. Typos, swapped name order
    (`Tong H` / `Hua T`) and family names filed as given names are tolerated when the
    names still share their parts; an initial that differs is a different person."""
    if not a.families or not b.families:
        return NOTHING
    fa, fb = a.families[0], b.families[0]
    ia, ib = a.initials[0], b.initials[0]
    if _same_family(fa, fb):
        if ia and ib and ia != ib:
            return Verdict(Agreement.CONFLICT, f"{fa} {ia} / {fb} {ib}")
        return Verdict(Agreement.EQUAL if fa == fb else Agreement.CLOSE, fa)
    if fa in b.first_words or fb in a.first_words:
        return Verdict(Agreement.CLOSE, f"name parts rearranged: {fa} / {fb}")
    if ia and ib and fa[:1] == ib and fb[:1] == ia:
        return Verdict(Agreement.CLOSE, f"name order swapped: {fa} {ia} / {fb} {ib}")
    if len(a.families) > 1 and len(b.families) > 1 and _same_family(a.families[1], b.families[1]):
        return Verdict(Agreement.CLOSE, f"first author spelt {fa} / {fb}; co-authors agree")
    if fa in b.families[:4] or fb in a.families[:4]:
        return Verdict(Agreement.CLOSE, f"author order differs: {fa} / {fb}")
    return Verdict(Agreement.CONFLICT, f"{fa} / {fb}")


def second_author(a: Signature, b: Signature) -> Verdict:
    """The second author, compared only to confirm the first (never a conflict alone)."""
    if len(a.families) < 2 or len(b.families) < 2:
        return NOTHING
    if _same_family(a.families[1], b.families[1]):
        return Verdict(Agreement.EQUAL, a.families[1])
    return Verdict(Agreement.MISSING, f"{a.families[1]} / {b.families[1]}")


def year(a: Signature, b: Signature) -> Verdict:
    if a.year is None or b.year is None:
        return NOTHING
    gap = abs(a.year - b.year)
    if gap == 0:
        return Verdict(Agreement.EQUAL, str(a.year))
    if gap == 1:
        return Verdict(Agreement.CLOSE, f"{a.year} / {b.year}")
    return Verdict(Agreement.CONFLICT, f"{a.year} / {b.year}")


def exact_field(x: str, y: str) -> Verdict:
    if not x or not y:
        return NOTHING
    return Verdict(Agreement.EQUAL, x) if x == y else Verdict(Agreement.CONFLICT, f"{x} / {y}")


PLAUSIBLE_ISSUE = 60


def issue(a: Signature, b: Signature) -> Verdict:
    """Issues 1–60 are compared; larger numbers are as often an export's record number or
    a weekly's running number as an issue, and say nothing either way."""
    verdict = exact_field(a.issue, b.issue)
    big = any(x.isdigit() and int(x) > PLAUSIBLE_ISSUE for x in (a.issue, b.issue))
    return Verdict(Agreement.MISSING, verdict.detail) if verdict.conflicts and big else verdict


def pages(a: Signature, b: Signature) -> Verdict:
    """Equal first pages agree; overlapping ranges (`488` / `487-488`) are close; an
    article number against printed pages (`e12724` / `1-6`) cannot be compared."""
    verdict = exact_field(a.first_page, b.first_page)
    if not verdict.conflicts:
        return verdict
    if a.page_prefix != b.page_prefix and (a.page_prefix in "eac" and b.page_prefix in "eac"):
        return Verdict(Agreement.MISSING, "article number / page")
    if _overlap(a, b):
        return Verdict(Agreement.CLOSE, verdict.detail)
    return verdict


def _overlap(a: Signature, b: Signature) -> bool:
    if not all(x.isdigit() for x in (a.first_page, b.first_page)):
        return False
    a1, b1 = int(a.first_page), int(b.first_page)
    a2 = int(a.last_page) if a.last_page.isdigit() else a1
    b2 = int(b.last_page) if b.last_page.isdigit() else b1
    return a1 <= b2 and b1 <= a2


def _abbreviates(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Every word of `short` starts a later word of `long_`, in order (`j clin oncol`)."""
    pos = 0
    for word in short:
        while pos < len(long_) and not long_[pos].startswith(word):
            pos += 1
        if pos == len(long_):
            return False
        pos += 1
    return True


def _run_together(compact: str, words: tuple[str, ...], min_words: int = 1) -> bool:
    """`jthoraccardiovascsurg` is prefixes of `journal thoracic cardiovascular surgery`
    written without spaces; `amcis` is prefixes of `americas conference information
    systems` (an acronym, which must draw on at least `min_words` words)."""
    if not compact or len(compact) > 60:
        return False
    frontier = [(0, 0, 0)]
    seen = set(frontier)
    while frontier:
        pos, index, used = frontier.pop()
        if pos == len(compact) and used >= min_words:
            return True
        for k in range(index, len(words)):
            word = words[k]
            n = 0
            while n < len(word) and pos + n < len(compact) and word[n] == compact[pos + n]:
                n += 1
                state = (pos + n, k + 1, min(used + 1, min_words))
                if state not in seen:
                    seen.add(state)
                    frontier.append(state)
    return False


def _initialism(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """`icis transforming society …` starts with the initials of `international conference
    information systems`."""
    return len(y) >= 3 and len(x[0]) >= 3 and _run_together(x[0], y, min_words=3)


def journal(a: Signature, b: Signature) -> Verdict:
    if not a.journal or not b.journal:
        return NOTHING
    if a.journal == b.journal:
        return Verdict(Agreement.EQUAL)
    short, long_ = sorted((a.journal, b.journal), key=len)
    if _abbreviates(short, long_) or _run_together("".join(short), long_):
        return Verdict(Agreement.CLOSE, f"{' '.join(a.journal)} / {' '.join(b.journal)}")
    if _initialism(a.journal, b.journal) or _initialism(b.journal, a.journal):
        return Verdict(Agreement.CLOSE, f"{' '.join(a.journal)} / {' '.join(b.journal)}")
    if fuzz.token_set_ratio(" ".join(a.journal), " ".join(b.journal)) >= 90:
        return Verdict(Agreement.CLOSE, f"{' '.join(a.journal)} / {' '.join(b.journal)}")
    return Verdict(Agreement.CONFLICT, f"{' '.join(a.journal)} / {' '.join(b.journal)}")


def venue(a: Signature, b: Signature) -> Verdict:
    kinds = {a.venue, b.venue}
    if kinds == {"journal", "conference"}:
        return Verdict(Agreement.CONFLICT, f"{a.venue} / {b.venue}")
    return NOTHING if len(kinds) > 1 else Verdict(Agreement.EQUAL, a.venue)
