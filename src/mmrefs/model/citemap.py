"""The citation map's data: glossary terms and every citation with its claim."""

from __future__ import annotations

from dataclasses import dataclass, field

from mmrefs.model.core import Citation, Finding


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary entry: Chinese term, English term, abbreviation and where it was defined."""

    zh: str
    en: str
    abbr: str
    line: int


@dataclass(frozen=True, slots=True)
class CitationMap:
    """All occurrences, malformed marks, the glossary, and the reverse index."""

    citations: tuple[Citation, ...]
    malformed: tuple[Finding, ...]
    glossary: tuple[Term, ...]
    last_reference: int | None
    by_reference: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def uncited(self) -> tuple[int, ...]:
        if self.last_reference is None:
            return ()
        return tuple(n for n in range(1, self.last_reference + 1) if n not in self.by_reference)
