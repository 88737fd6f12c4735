"""The answer every field comparer gives: agree, compatible, conflict or missing, with a
strength and a named cue.

One differing field used to veto a match outright, so a mangled initial or a second page
form split records that agreed on everything else. A verdict now says how much it weighs:
only a strong conflict (two DOIs, a part marker, a different first author, years far
apart) proves a different work on its own; a moderate one (pages, an issue, an initial)
vetoes unless the rest of the record is overwhelmingly the same; a weak one (online-first
pagination, an issue beside agreeing pages) is shown and never decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Agreement(StrEnum):
    """Agree / compatible / conflict / missing. The values are the words the reports have
    always printed (`equal`, `close`), and `EQUAL`/`CLOSE` stay as aliases for callers
    written against them (resolve's verification)."""

    AGREE = "equal"
    COMPATIBLE = "close"
    CONFLICT = "conflict"
    MISSING = "missing"
    EQUAL = "equal"
    CLOSE = "close"


class Strength(IntEnum):
    """How much a verdict weighs; for a conflict, how well it proves a different work."""

    NONE = 0
    WEAK = 1
    MODERATE = 2
    STRONG = 3


class Cue(StrEnum):
    """Why a comparer answered as it did: a named reason, never prose to branch on."""

    SAME = "same"
    DIFFERENT = "different"
    SPELLING = "spelt differently"
    REARRANGED = "name parts rearranged"
    SWAPPED = "name order swapped"
    COAUTHORS = "first author spelt differently; co-authors agree"
    ORDER = "author order differs"
    INITIALS_IN_FAMILY = "initials run into the family name"
    LOST_LETTER = "letter lost in export"
    INITIAL = "different initial"
    YEAR_CLOSE = "a year apart"
    LIVING = "versions of a continuously updated review"
    OVERLAP = "ranges overlap"
    ARTICLE_NUMBER = "article number / page"
    ONLINE_FIRST = "online-first pagination"
    SUPPLEMENT = "supplement pages"
    RANGES = "different ranges"
    ABBREVIATED = "abbreviated"
    DIFFERENT_JOURNAL = "different journal"
    VERSION = "versions of one work"
    DIFFERENT_ID = "different identifiers"
    PART = "different part or number"
    RECORD_NUMBER = "record number, not an issue"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One field's answer: (status, named cue, evidence) plus how much it weighs."""

    agreement: Agreement
    detail: str = ""
    strength: Strength = Strength.NONE
    cue: Cue = Cue.SAME

    @property
    def agrees(self) -> bool:
        return self.agreement in (Agreement.AGREE, Agreement.COMPATIBLE)

    @property
    def conflicts(self) -> bool:
        return self.agreement == Agreement.CONFLICT

    @property
    def vetoes(self) -> bool:
        """A conflict that proves a different work whatever else agrees."""
        return self.conflicts and self.strength >= Strength.STRONG

    @property
    def objects(self) -> bool:
        """A conflict that keeps two records apart unless the rest is overwhelming."""
        return self.conflicts and self.strength >= Strength.MODERATE

    def shown(self) -> str:
        """`equal: wang`, `close: abbreviated: j clin oncol / …`, `conflict, weak: …`."""
        head = self.agreement.value
        if self.conflicts and self.strength < Strength.STRONG:
            head += f", {self.strength.name.lower()}"
        cue = "" if self.cue in (Cue.SAME, Cue.DIFFERENT, Cue.YEAR_CLOSE) else self.cue.value
        parts = [p for p in (cue, self.detail) if p]
        return f"{head}: {': '.join(parts)}" if parts else head


NOTHING = Verdict(Agreement.MISSING)


def agree(detail: str = "", cue: Cue = Cue.SAME, strength: Strength = Strength.STRONG) -> Verdict:
    return Verdict(Agreement.AGREE, detail, strength, cue)


def compatible(detail: str, cue: Cue, strength: Strength = Strength.MODERATE) -> Verdict:
    return Verdict(Agreement.COMPATIBLE, detail, strength, cue)


def conflict(detail: str, strength: Strength, cue: Cue = Cue.DIFFERENT) -> Verdict:
    return Verdict(Agreement.CONFLICT, detail, strength, cue)


def unknown(detail: str, cue: Cue) -> Verdict:
    """Both values are present but cannot be compared (an article number against pages)."""
    return Verdict(Agreement.MISSING, detail, Strength.NONE, cue)
