"""A bilingual glossary mined from the document's own definitions.

`多发性骨髓瘤(multiple myeloma, MM)` and `硼替佐米(bortezomib, BTZ)` tie a Chinese term to
its English name and abbreviation; that is what lets a Chinese claim be compared with an
English source title later.
"""

from __future__ import annotations

import re

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


def terms_in(text: str, glossary: list[Term]) -> tuple[str, ...]:
    """English terms and abbreviations the text mentions (in Chinese or in English)."""
    found: list[str] = []
    for term in glossary:
        hit = (
            term.zh in text
            or (term.en and term.en.lower() in text.lower())
            or (term.abbr and re.search(rf"(?<![A-Za-z]){re.escape(term.abbr)}(?![A-Za-z])", text))
        )
        if hit:
            found.extend(x for x in (term.en, term.abbr) if x and x not in found)
    return tuple(found)
