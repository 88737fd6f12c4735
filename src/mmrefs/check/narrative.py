"""`citation.narrative-author`: `XXX等^[n]`, `XXX et al.^[n]` must name n's first author.

Names are compared as romanized keys (case, accents and spacing ignored; Chinese characters
in every pinyin reading, so `干` meets `GAN` and `曾` meets both `ZENG` and `CENG`). When the
name is not the first author's family name, the kind of slip decides the severity:

| kind                   | example                               | severity               |
|------------------------|---------------------------------------|------------------------|
| `compound-cut`         | `PUENTE等` for `DE LA PUENTE P`       | info                   |
| `co-author`            | `MOMIN等` for `NEHA D, MOMIN M, …`    | warning                |
| `given-name`           | `NEHA等` for `DESAI Neha`             | warning                |
| `swapped-in-reference` | `DESAI等` for `NEHA D` (initial D)    | warning, on the entry  |
| `reference-misprints-author` | the registry names DESAI first  | warning, on the entry  |
| `different-person`     | `JANA等` for `CHOLUJOVA D, …, et al.` | warning; error if the  |
|                        |                                       | author list is complete|

A mark citing several works (`SMITH等^[3,5]`) is fine when the name is the first author of
any of them (a group's papers are cited together); otherwise the mildest slip is reported.
A resolved record adds its authors (full given names) to what the name is compared with.
"""

from __future__ import annotations

import re
from enum import StrEnum
from itertools import product

from mmrefs.keys import romanize
from mmrefs.model import Author, Build, Citation, Finding, Reference, Severity
from mmrefs.names import split_particle
from mmrefs.text import has_cjk

CODE = "citation.narrative-author"
ORDINAL = {1: "1st", 2: "2nd", 3: "3rd"}


class NarrativeKind(StrEnum):
    MATCH = "match"
    COMPOUND_CUT = "compound-cut"
    CO_AUTHOR = "co-author"
    GIVEN_NAME = "given-name"
    SWAPPED = "swapped-in-reference"
    MISPRINTED = "reference-misprints-author"
    DIFFERENT = "different-person"


RANK = [
    NarrativeKind.MATCH,
    NarrativeKind.COMPOUND_CUT,
    NarrativeKind.CO_AUTHOR,
    NarrativeKind.GIVEN_NAME,
    NarrativeKind.SWAPPED,
    NarrativeKind.MISPRINTED,
    NarrativeKind.DIFFERENT,
]
ON_REFERENCE = frozenset({NarrativeKind.SWAPPED, NarrativeKind.MISPRINTED})


def name_keys(name: str) -> frozenset[str]:
    """Romanized forms of a name; Chinese characters in each of their readings (≤ 16)."""
    name = name.strip()
    if not name:
        return frozenset()
    if not has_cjk(name):
        return frozenset({romanize(name)})
    from pypinyin import Style, pinyin  # its phrase dictionary costs 0.1 s: load on use

    readings = pinyin(name, style=Style.NORMAL, heteronym=True)
    combos = list(product(*readings))[:16]
    return frozenset(romanize("".join(c)) for c in combos) | {romanize(name)}


def family_parts(author: Author) -> frozenset[str]:
    """Keys of the parts of a compound family name (`DE LA PUENTE` → `puente`, `de`, …)."""
    _, core = split_particle(author.family)
    words = [w for w in re.split(r"[\s\-]+", core) if w]
    return frozenset(romanize(w) for w in [*words, core] if romanize(w))


def _first_matches(keys: frozenset[str], authors: tuple[Author, ...]) -> bool:
    return bool(authors) and bool(keys & name_keys(authors[0].family or authors[0].literal))


def _tail_of_family(name: str, authors: tuple[Author, ...]) -> bool:
    """`LA FUENTE` for `DE LA FUENTE`: a name of two or more words that ends the family name
    was cut by the text extraction (which keeps two words before 等), not by the author."""
    words = [romanize(w) for w in name.split()]
    family = [romanize(w) for w in re.split(r"[\s\-]+", authors[0].family)] if authors else []
    return len(words) >= 2 and family[-len(words) :] == words


def _looks_swapped(keys: frozenset[str], first: Author) -> bool:
    """`NEHA D` for Neha Desai: one given initial, and it is the named person's initial."""
    initials = first.given.replace(".", " ").split()
    return (
        len(initials) == 1
        and len(initials[0]) == 1
        and any(k[:1] == initials[0].lower() for k in keys)
    )


def classify(name: str, ref: Reference, record_authors: tuple[Author, ...] = ()) -> NarrativeKind:
    """Which kind of name `name` is for reference `ref` (see the module table)."""
    keys = name_keys(name)
    printed = [a for a in (ref.authors, ref.authors_translation) if a]
    if not keys or not printed or any(_first_matches(keys, a) for a in printed):
        return NarrativeKind.MATCH
    if any(_tail_of_family(name, a) for a in printed):
        return NarrativeKind.MATCH
    if any(keys & family_parts(a[0]) for a in printed):
        return NarrativeKind.COMPOUND_CUT
    if _first_matches(keys, record_authors):  # the registry agrees with the text
        swapped = _looks_swapped(keys, printed[0][0])
        return NarrativeKind.SWAPPED if swapped else NarrativeKind.MISPRINTED
    everyone = [x for a in (*printed, record_authors) for x in a]
    if any(keys & name_keys(x.family) for a in (*printed, record_authors) for x in a[1:]):
        return NarrativeKind.CO_AUTHOR
    if any(keys & name_keys(w) for x in everyone for w in x.given.split() if len(w) > 1):
        return NarrativeKind.GIVEN_NAME
    if _looks_swapped(keys, printed[0][0]):
        return NarrativeKind.SWAPPED
    return NarrativeKind.DIFFERENT


def severity(kind: NarrativeKind, ref: Reference) -> Severity:
    if kind == NarrativeKind.COMPOUND_CUT:
        return Severity.INFO
    if kind == NarrativeKind.DIFFERENT and not ref.et_al:
        return Severity.ERROR
    return Severity.WARNING


def _same(name: str, author: Author) -> bool:
    return bool(name_keys(name) & name_keys(author.family))


def _printed(author: Author) -> str:
    return " ".join(p for p in (author.family or author.literal, author.given) if p)


def message(kind: NarrativeKind, cit: Citation, ref: Reference) -> str:
    name, n, line = cit.narrative_author, ref.number, cit.loc.line
    first = _printed(ref.authors[0]) if ref.authors else "?"
    said = f"narrative author {name} at line {line}"
    if kind == NarrativeKind.COMPOUND_CUT:
        return f"{said} cuts short the compound surname of [{n}]'s first author {first}"
    if kind == NarrativeKind.CO_AUTHOR:
        pos = next((i for i, a in enumerate(ref.authors, 1) if _same(name, a)), 0)
        nth = ORDINAL.get(pos, f"{pos}th") if pos else "a later"
        return f"{said} is the {nth} author of [{n}], not its first author {first}"
    if kind == NarrativeKind.GIVEN_NAME:
        return f"{said} is a given name, not the family name of [{n}]'s first author {first}"
    if kind == NarrativeKind.SWAPPED:
        return (
            f"[{n}] seems to print its first author with given and family name swapped: "
            f"{first!r}, while line {line} names {name} as its author"
        )
    if kind == NarrativeKind.MISPRINTED:
        return (
            f"[{n}] prints its first author as {first!r}; line {line} and the registry name {name}"
        )
    listed = f"{len(ref.authors)} printed author{'s' * (len(ref.authors) != 1)}"
    more = ", list ends in et al." if ref.et_al else ""
    return f"{said} is not the first author of [{n}] ({first}), nor among its {listed}{more}"


def _record_authors(build: Build, number: int) -> tuple[Author, ...]:
    res = build.resolution_of(number)
    return res.record.authors if res is not None and res.record is not None else ()


def _finding(kind: NarrativeKind, cit: Citation, ref: Reference) -> Finding:
    return Finding(
        CODE,
        severity(kind, ref),
        message(kind, cit, ref),
        (ref.number or 0,),
        ref.loc if kind in ON_REFERENCE else cit.loc,
        (
            ("reason", kind.value),
            ("narrative", cit.narrative_author),
            ("first_author", _printed(ref.authors[0]) if ref.authors else ""),
            ("citation_line", str(cit.loc.line)),
        ),
    )


def narrative_authors(build: Build) -> tuple[Finding, ...]:
    """One finding per narrative citation whose name fits none of the works it cites."""
    if build.citations is None:
        return ()
    refs = build.document.by_number()
    found: list[Finding] = []
    for cit in build.citations.citations:
        cited = [refs[n] for n in cit.numbers if n in refs]
        if not cit.narrative_author or not cited:
            continue
        name = first_name(cit.narrative_author)
        verdicts = [(classify(name, r, _record_authors(build, r.number or 0)), r) for r in cited]
        kind, ref = min(verdicts, key=lambda v: RANK.index(v[0]))
        if kind != NarrativeKind.MATCH:
            found.append(_finding(kind, cit, ref))
    return tuple(found)


def first_name(narrative: str) -> str:
    """`Smith and Jones` / `Smith & Jones` / `张和李` → the first person named."""
    return re.split(r"\s+(?:and|&)\s+|\s*[和与及]\s*", narrative.strip())[0]
