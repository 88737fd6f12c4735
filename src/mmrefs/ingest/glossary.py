"""A bilingual glossary mined from the document's own definitions.

`多发性骨髓瘤(multiple myeloma, MM)` and `硼替佐米(bortezomib, BTZ)` tie a Chinese term to
its English name and abbreviation; that is what lets a Chinese claim be compared with an
English source title later.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mmrefs.model import Term

DEFINITION = re.compile(
    r"(?P<zh>[\u4e00-\u9fffA-Za-z0-9\-]{1,16}?)[(（]\s*(?P<en>[A-Za-z][A-Za-z0-9\- '/]+?)"
    r"(?:\s*[,，]\s*(?P<abbr>[A-Za-z][A-Za-z0-9\-/]{0,15}))?\s*[)）]"
)
_ABBR = re.compile(r"[A-Z][A-Za-z0-9\-/]{0,15}")
_LEADING = re.compile(r"^.*[的了在和与及是为将如等中对由从把被以于或、]")


def mine_terms(text: str, line: int) -> list[Term]:
    """Definitions in one block of text (the Chinese term is trimmed at function words)."""
    terms = []
    for match in DEFINITION.finditer(text):
        zh = _LEADING.sub("", match.group("zh"))
        en, abbr = match.group("en").strip(), (match.group("abbr") or "").strip()
        if not re.search(r"[\u4e00-\u9fff]", zh):
            continue
        if not abbr and _ABBR.fullmatch(en) and en.upper() == en:
            en, abbr = "", en
        if not abbr and " " not in en and not en.islower():
            continue
        terms.append(Term(zh, en, abbr, line))
    return terms


def merge_terms(terms: list[Term]) -> list[Term]:
    """First definition of each (zh, en, abbr) wins; order of appearance is kept."""
    seen: dict[tuple[str, str, str], Term] = {}
    for term in terms:
        seen.setdefault((term.zh, term.en.lower(), term.abbr), term)
    return list(seen.values())


class TermFinder:
    """The glossary's terms ready to look up: each abbreviation's pattern compiled once,
    since every claim of a long document is searched for every term."""

    def __init__(self, glossary: list[Term]) -> None:
        self.entries = [
            (term, term.en.lower(), _abbr_pattern(term.abbr) if term.abbr else None)
            for term in glossary
        ]

    def __call__(self, text: str) -> tuple[str, ...]:
        """English terms and abbreviations the text mentions (in Chinese or in English)."""
        found: list[str] = []
        lowered = text.lower()
        for term, en, abbr in self.entries:
            hit = (
                term.zh in text
                or (en and en in lowered)
                or (abbr is not None and term.abbr in text and abbr.search(text) is not None)
            )
            if hit:
                found.extend(x for x in (term.en, term.abbr) if x and x not in found)
        return tuple(found)


@lru_cache(maxsize=1024)
def _abbr_pattern(abbr: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){re.escape(abbr)}(?![A-Za-z])")


def terms_in(text: str, glossary: list[Term]) -> tuple[str, ...]:
    """English terms and abbreviations the text mentions (in Chinese or in English)."""
    return TermFinder(glossary)(text)
