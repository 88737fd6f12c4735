"""The data model every stage shares: frozen, slotted dataclasses and str-enums, no I/O.

Everything printed in the input is kept (`raw`, `loc`) so that no stage can lose what the
author wrote, and every field that a parser derives can be traced back to its source line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a reference is, independent of the style's type code (`[J]`, `[M]`, …)."""

    ARTICLE = "article"
    BOOK = "book"
    CHAPTER = "chapter"
    THESIS = "thesis"
    CONFERENCE = "conference"
    REPORT = "report"
    WEB = "web"
    PATENT = "patent"
    STANDARD = "standard"
    NEWSPAPER = "newspaper"
    DATASET = "dataset"
    SOFTWARE = "software"
    OTHER = "other"


class Severity(StrEnum):
    """How much a finding matters; `--fail-on` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


@dataclass(frozen=True, slots=True)
class SourceLoc:
    """Where something was printed: file, first and last line (1-based)."""

    file: str
    line: int
    end_line: int | None = None

    def __str__(self) -> str:
        if self.end_line and self.end_line != self.line:
            return f"{self.file}:{self.line}-{self.end_line}"
        return f"{self.file}:{self.line}"


@dataclass(frozen=True, slots=True)
class Author:
    """One name as printed; `literal` holds names that cannot be split (organisations).

    `family` keeps particles (`DE LA PUENTE`) and the printed case; exports derive the
    display form, so the model never guesses on the user's behalf.
    """

    family: str = ""
    given: str = ""
    suffix: str = ""
    literal: str = ""

    @property
    def is_literal(self) -> bool:
        return bool(self.literal)


@dataclass(frozen=True, slots=True)
class Reference:
    """One bibliographic reference, with every printed field and its provenance."""

    key: str
    number: int | None
    raw: str
    loc: SourceLoc
    kind: Kind = Kind.OTHER
    type_code: str = ""
    title: str = ""
    title_translation: str = ""
    authors: tuple[Author, ...] = ()
    et_al: bool = False
    authors_translation: tuple[Author, ...] = ()
    container: str = ""
    container_translation: str = ""
    year: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    first_page: str = ""
    last_page: str = ""
    article_number: str = ""
    doi: str = ""
    pmid: str = ""
    url: str = ""
    publisher: str = ""
    place: str = ""
    language: str = ""
    keywords: tuple[str, ...] = ()
    abstract: str = ""
    extra: tuple[tuple[str, str], ...] = ()
    provenance: tuple[tuple[str, str], ...] = ()

    def origin(self, name: str) -> str:
        """Where field `name` came from: `printed` unless a registry filled or replaced it
        (`crossref`, `pubmed`), as recorded in `provenance`."""
        return next((v for k, v in self.provenance if k == name), "printed")

    def extra_value(self, name: str) -> str:
        """Look up a style-specific field (edition, access date, …) kept in `extra`."""
        return next((v for k, v in self.extra if k == name), "")


@dataclass(frozen=True, slots=True)
class FailedEntry:
    """An entry the parser could not read: kept verbatim so nothing printed is lost, with
    the fields that could still be read from it (`partial`: identifiers, year) so exports,
    reports and resolution have something to hold on to."""

    raw: str
    loc: SourceLoc
    reason: str
    number: int | None = None
    partial: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class SkippedText:
    """Text inside the reference list that belongs to no entry (captions, page furniture)."""

    text: str
    loc: SourceLoc
    reason: str


@dataclass(frozen=True, slots=True)
class Finding:
    """A named observation about the document; `code` says which rule produced it."""

    code: str
    severity: Severity
    message: str
    refs: tuple[int, ...] = ()
    loc: SourceLoc | None = None
    evidence: tuple[tuple[str, str], ...] = ()


class Where(StrEnum):
    """The part of a document a citation stands in."""

    BODY = "body"
    TABLE = "table"
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)
class Claim:
    """The text a citation supports, with where it starts and its language.

    `context` holds what frames the claim without being claimed by the source: a table
    row's category cells, for instance, when `text` is the row's finding cell.
    """

    text: str
    loc: SourceLoc
    language: str
    context: str = ""


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation occurrence expanded to reference numbers and tied to its claim."""

    index: int
    marker: str
    numbers: tuple[int, ...]
    where: Where
    section: str
    loc: SourceLoc
    claim: Claim
    narrative_author: str = ""
    terms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed input: its references, what failed, what was skipped, and findings."""

    source: str
    kind: str
    references: tuple[Reference, ...] = ()
    failures: tuple[FailedEntry, ...] = ()
    skipped: tuple[SkippedText, ...] = ()
    findings: tuple[Finding, ...] = ()
    list_start_line: int | None = None
    meta: tuple[tuple[str, str], ...] = field(default=())

    def by_number(self) -> dict[int, Reference]:
        return {r.number: r for r in self.references if r.number is not None}


class MatchStatus(StrEnum):
    """How sure a comparison of two descriptions is that they are one work.

    `exact` and `strong` are merged; `weak` and `ambiguous` are reported for a person to
    look at; `different` carries the reason two look-alikes were kept apart.
    """

    EXACT = "exact"
    STRONG = "strong"
    WEAK = "weak"
    AMBIGUOUS = "ambiguous"
    DIFFERENT = "different"

    @property
    def merges(self) -> bool:
        return self in (MatchStatus.EXACT, MatchStatus.STRONG)


@dataclass(frozen=True, slots=True)
class Match:
    """A verdict with the named rule that produced it and the per-field evidence."""

    status: MatchStatus
    reason: str
    score: float
    evidence: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Notice:
    """A retraction, correction or expression of concern attached to a work."""

    kind: str
    doi: str = ""
    label: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Record:
    """What a provider says about one work, already mapped to mmrefs' field names."""

    source: str
    doi: str = ""
    pmid: str = ""
    title: str = ""
    authors: tuple[Author, ...] = ()
    container: str = ""
    container_short: str = ""
    year: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    article_number: str = ""
    type: str = ""
    notices: tuple[Notice, ...] = ()
    score: float = 0.0
    abstract: str = ""
    titles: tuple[str, ...] = ()  # other titles: original language, translation, subtitle
    issn: tuple[str, ...] = ()
    updates: tuple[Notice, ...] = ()  # a correction/retraction notice: the works it updates


class ResolutionStatus(StrEnum):
    RESOLVED = "resolved"
    AMBIGUOUS = "ambiguous"
    NOT_FOUND = "not_found"
    OFFLINE = "offline"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome for one reference: identifiers only when verified, with the evidence."""

    key: str
    number: int | None
    status: ResolutionStatus
    doi: str = ""
    pmid: str = ""
    confidence: float = 0.0
    reason: str = ""
    evidence: tuple[tuple[str, str], ...] = ()
    candidates: tuple[Record, ...] = ()
    findings: tuple[Finding, ...] = ()
    record: Record | None = None
