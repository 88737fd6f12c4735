"""Key biomedical entities in Chinese or English text, through a bundled bilingual lexicon.

A Chinese claim and an English source title can only be compared through shared concepts:
`多发性骨髓瘤` and `multiple myeloma` must both become *multiple myeloma*. The lexicon
(`data/lexicon.tsv`, MeSH-aligned) names each concept, its category and its broader concept;
the document's own glossary adds the terms the authors defined. Matching is longest-first,
so `多发性骨髓瘤` is not also read as `骨髓` and `bone marrow niche` not also as `niche`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from mmrefs.model import Term
from mmrefs.text import has_cjk

CATEGORIES = ("disease", "organism", "drug", "material", "gene", "cell", "process", "method")
TERM = "term"  # a glossary term the lexicon does not know: shared or not, never "key"


@dataclass(frozen=True, slots=True)
class Concept:
    """One entity with every name it goes by; `broader` names its parent concepts (a broader
    concept or the topic it belongs to: CAR-T belongs under immunotherapy and T cells)."""

    name: str
    category: str
    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    abbr: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    generic: bool = False


Phrase = tuple[str, ...]  # a synonym as tokens (`tumor microenvironment` → 2 tokens)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Concepts by name, and every synonym indexed for a longest-first scan: Chinese by its
    first character, English (case-folded) and abbreviations (case kept) by first token."""

    concepts: dict[str, Concept]
    en: dict[str, str]  # normalised English synonym → concept name
    abbr: dict[str, str]  # abbreviation → concept name
    zh: dict[str, str]  # Chinese synonym → concept name
    zh_sizes: dict[str, tuple[int, ...]]  # first character → synonym lengths, longest first
    zh_start: re.Pattern[str]  # any first character of a Chinese synonym
    en_index: dict[str, tuple[tuple[Phrase, str], ...]]
    abbr_index: dict[str, tuple[tuple[Phrase, str], ...]]

    lineages: dict[str, frozenset[str]]

    def lineage(self, name: str) -> frozenset[str]:
        """The concept and every broader one, transitively."""
        return self.lineages.get(name, frozenset({name}))

    def is_generic(self, name: str) -> bool:
        return name in self.concepts and self.concepts[name].generic

    def category(self, name: str) -> str:
        return self.concepts[name].category if name in self.concepts else TERM


def _split(cell: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in cell.split("|") if s.strip())


def parse_lexicon(text: str) -> tuple[Concept, ...]:
    """Rows of the TSV as concepts; a `zh` synonym without Chinese is matched as an abbreviation."""
    out: list[Concept] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", "", "", "", ""][:6]
        zh_all, en, abbr = _split(cells[0]), _split(cells[1].lower()), _split(cells[2])
        zh = tuple(s for s in zh_all if has_cjk(s))
        abbr += tuple(s for s in zh_all if not has_cjk(s))
        name = en[0] if en else zh[0]
        broader = _split(cells[4].lower())
        out.append(
            Concept(name, cells[3].strip(), zh, en, abbr, broader, cells[5].strip() == "generic")
        )
    return tuple(out)


_SPLIT = re.compile(r"[\s\-/,;:!?\"\[\]{}<>\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+")
_EDGE = "().'’*"


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with their spans: split at spaces, hyphens, slashes, punctuation and Chinese
    characters, edge brackets and stops trimmed (`(VEGF)` → `VEGF`, `poly(lactic` kept)."""
    out: list[tuple[int, int, str]] = []
    start = 0
    for gap in [*_SPLIT.finditer(text), None]:
        end = gap.start() if gap is not None else len(text)
        word = text[start:end]
        core = word.strip(_EDGE)
        if core:
            offset = start + word.index(core)
            out.append((offset, offset + len(core), core))
        start = gap.end() if gap is not None else end
    return out


def _phrase(synonym: str) -> Phrase:
    return tuple(t for _, _, t in tokens(synonym))


def _norm_en(text: str) -> str:
    return " ".join(_phrase(text.lower()))


def _closure(concepts: dict[str, Concept]) -> dict[str, frozenset[str]]:
    """Each concept with all its broader concepts, transitively (cycles are cut)."""
    out: dict[str, frozenset[str]] = {}
    for name in concepts:
        seen: set[str] = set()
        todo = [name]
        while todo:
            current = todo.pop()
            if current not in seen and current in concepts:
                seen.add(current)
                todo.extend(concepts[current].broader)
        out[name] = frozenset(seen)
    return out


def _index(pairs: list[tuple[Phrase, str]]) -> dict[str, tuple[tuple[Phrase, str], ...]]:
    index: dict[str, list[tuple[Phrase, str]]] = {}
    for phrase, name in pairs:
        if phrase:
            index.setdefault(phrase[0], []).append((phrase, name))
    return {k: tuple(sorted(set(v), key=lambda p: -len(p[0]))) for k, v in index.items()}


def compile_lexicon(concepts: tuple[Concept, ...]) -> Lexicon:
    """Index every synonym; the first concept to claim a synonym keeps it."""
    by_name: dict[str, Concept] = {}
    zh: dict[str, str] = {}
    en: dict[str, str] = {}
    abbr: dict[str, str] = {}
    for concept in concepts:
        by_name.setdefault(concept.name, concept)
        for word in concept.zh:
            zh.setdefault(word, concept.name)
        for word in concept.en:
            en.setdefault(_norm_en(word), concept.name)
        for word in concept.abbr:
            abbr.setdefault(word, concept.name)
    sizes: dict[str, set[int]] = {}
    for word in zh:
        sizes.setdefault(word[0], set()).add(len(word))
    return Lexicon(
        by_name,
        en,
        abbr,
        zh,
        {k: tuple(sorted(v, reverse=True)) for k, v in sizes.items()},
        re.compile("[" + "".join(re.escape(c) for c in sorted(sizes)) + "]" if sizes else "(?!)"),
        _index([(tuple(w.split()), n) for w, n in en.items()]),
        _index([(_phrase(w), n) for w, n in abbr.items()]),
        _closure(by_name),
    )


@cache
def bundled() -> tuple[Concept, ...]:
    """The lexicon shipped in `mmrefs/check/data/lexicon.tsv` (read once per process)."""
    text = files("mmrefs.check").joinpath("data/lexicon.tsv").read_text(encoding="utf-8")
    return parse_lexicon(text)


@cache
def base_lexicon() -> Lexicon:
    return compile_lexicon(bundled())


@lru_cache(maxsize=8)
def lexicon_for(glossary: tuple[Term, ...]) -> Lexicon:
    """The bundled lexicon plus the document's glossary: a defined Chinese term joins the
    concept its English name or abbreviation already names, or becomes a concept of its own."""
    base = base_lexicon()
    extra: list[Concept] = []
    for term in glossary:
        known = base.en.get(_norm_en(term.en)) if term.en else None
        known = known or (base.abbr.get(term.abbr) if term.abbr else None)
        zh = (term.zh,) if len(term.zh) >= 2 and has_cjk(term.zh) else ()
        if known is not None:
            parent = base.concepts[known]
            extra.append(Concept(known, parent.category, zh, broader=parent.broader))
        elif term.en or term.abbr:
            name = term.en.lower() or term.abbr
            en = (term.en.lower(),) if term.en else ()
            extra.append(Concept(name, TERM, zh, en, (term.abbr,) if term.abbr else ()))
    return compile_lexicon(bundled() + tuple(extra)) if extra else base


Span = tuple[int, int, str]


def _zh_spans(text: str, lex: Lexicon) -> list[Span]:
    spans: list[Span] = []
    for hit in lex.zh_start.finditer(text):
        pos = hit.start()
        for size in lex.zh_sizes[hit.group(0)]:
            name = lex.zh.get(text[pos : pos + size])
            if name is not None:
                spans.append((pos, pos + size, name))
                break
    return spans


def _phrase_at(words: list[str], at: int, phrase: Phrase, plural: bool) -> bool:
    """Whether `phrase` starts at token `at`; its last token may take a plural -s/-es."""
    if at + len(phrase) > len(words) or tuple(words[at : at + len(phrase) - 1]) != phrase[:-1]:
        return False
    last, want = words[at + len(phrase) - 1], phrase[-1]
    return last == want or (plural and last in (want + "s", want + "es"))


def _candidates(
    index: dict[str, tuple[tuple[Phrase, str], ...]], word: str, fold: bool
) -> list[tuple[Phrase, str]]:
    """Phrases that may start at `word`, longest first; a one-word phrase may be a plural."""
    keys = [word]
    if fold and word.endswith("s"):
        keys += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    found = [p for key in keys for p in index.get(key, ())]
    return sorted(found, key=lambda p: -len(p[0]))


def _token_spans(found: list[tuple[int, int, str]], lex: Lexicon, fold: bool) -> list[Span]:
    """English phrases (case-folded, plurals allowed) or abbreviations (case kept)."""
    index = lex.en_index if fold else lex.abbr_index
    words = [t.lower() if fold else t for _, _, t in found]
    spans: list[Span] = []
    for at, word in enumerate(words):
        for phrase, name in _candidates(index, word, fold):
            if _phrase_at(words, at, phrase, fold):
                spans.append((found[at][0], found[at + len(phrase) - 1][1], name))
                break
    return spans


def find_entities(text: str, lex: Lexicon) -> frozenset[str]:
    """Names of the concepts `text` mentions; a match inside a longer match is dropped."""
    found = tokens(text)
    spans = [
        *_zh_spans(text, lex),
        *_token_spans(found, lex, True),
        *_token_spans(found, lex, False),
    ]
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[Span] = []
    reach = -1
    for start, end, name in spans:  # sorted by start, longest first: inside = ends by reach
        if end > reach or any(s == start and e == end for s, e, _ in kept):
            kept.append((start, end, name))
        reach = max(reach, end)
    return frozenset(name for _, _, name in kept)
