"""`reference.garbled`: a reference whose printed text was damaged on its way to the page.

Each check below looks at one kind of damage and returns `(Garble, detail)` pairs; a
reference with any gets one finding that lists them all, at the severity of the surest:

| garble            | example                                       | severity |
|-------------------|-----------------------------------------------|----------|
| `odd-case`        | `GRUNEBaum`, `SMITh`, `SmiTh`                 | warning  |
| `cut-surname`     | `OYAJOB I B O` (registry: Oyajobi)            | warning  |
| `cut-surname?`    | `OYAJOB I B O`, no registry record            | info     |
| `brackets`        | `Blood (Suppl. 1`                             | warning  |
| `markup`          | `<i>`, `\\textit`, `*`, `$` left in a title   | warning  |
| `registry-spelling` | printed `PILLARISSETTI`, registry `Pillarisetti` | warning |

Without a registry record a cut surname is only suspected: a vowel split off as the first of
three or more initials (`I B O`), which names rarely have. The registry's spelling is only
compared for the same person (initials agree, spelling ≥ 80 % alike); other differences are
the resolver's `resolve.mismatch.*` findings, and the first author is left to it when it
already reported one.
"""

from __future__ import annotations

import re
from enum import StrEnum

from rapidfuzz import fuzz

from mmrefs.check.carried import by_number
from mmrefs.match.people import family_key as particle_free
from mmrefs.model import Author, Build, Finding, Reference, Resolution, Severity
from mmrefs.names import family_key, initials
from mmrefs.text import has_cjk

CODE = "reference.garbled"
SAME_PERSON = 80.0
_CASE_PREFIX = re.compile(r"^(?:Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z]")
_MARKUP = re.compile(r"</?[A-Za-z][^>]{0,30}>|\\[A-Za-z]+|[*$]|&(?:lt|gt|amp|#\d+);")
_PAIRS = (("(", ")"), ("[", "]"), ("（", "）"), ("【", "】"))


class Garble(StrEnum):
    ODD_CASE = "odd-case"
    CUT_SURNAME = "cut-surname"
    CUT_SURNAME_SUSPECTED = "cut-surname?"
    BRACKETS = "brackets"
    MARKUP = "markup"
    REGISTRY_SPELLING = "registry-spelling"


SEVERITY = {g: Severity.WARNING for g in Garble} | {Garble.CUT_SURNAME_SUSPECTED: Severity.INFO}


def odd_case_word(word: str) -> bool:
    """Capitals after small letters (`SmiTh`, not `McDonald`) or small after a run of
    capitals (`GRUNEBaum`, `SMITh`); accented letters count by their case."""
    if not word.isalpha() or has_cjk(word):
        return False
    shape = "".join("U" if c.isupper() else "l" if c.islower() else "-" for c in word)
    if "UUl" in shape:
        return True
    return "lU" in shape and not _CASE_PREFIX.match(word)


def odd_case(ref: Reference) -> list[tuple[Garble, str]]:
    words = [w for a in ref.authors for w in re.split(r"[\s\-']+", a.family)]
    return [
        (Garble.ODD_CASE, f"author name {w!r} has odd mixed case")
        for w in words
        if odd_case_word(w)
    ]


def suspected_cut(author: Author) -> bool:
    letters = author.given.replace(".", " ").split()
    return (
        len(letters) >= 3
        and all(len(x) == 1 and x.isupper() for x in letters)
        and letters[0] in "AEIOU"
        and len(author.family) >= 4
        and not has_cjk(author.family)
    )


def cut_suspected(ref: Reference, confirmed: set[int]) -> list[tuple[Garble, str]]:
    return [
        (
            Garble.CUT_SURNAME_SUSPECTED,
            f"surname {a.family!r} may have lost its last letter to the initials {a.given!r}",
        )
        for i, a in enumerate(ref.authors)
        if i not in confirmed and suspected_cut(a)
    ]


def unbalanced(ref: Reference) -> list[tuple[Garble, str]]:
    text = re.sub(r"^\s*-?\s*\[\d+\]", "", ref.raw)
    return [
        (
            Garble.BRACKETS,
            f"unbalanced {left}{right}: {text.count(left)} opened, {text.count(right)} closed",
        )
        for left, right in _PAIRS
        if text.count(left) != text.count(right)
    ]


def markup(ref: Reference) -> list[tuple[Garble, str]]:
    return [
        (Garble.MARKUP, f"{name} keeps markup {hit.group(0)!r}")
        for name, value in (("title", ref.title), ("journal", ref.container))
        if (hit := _MARKUP.search(value))
    ]


def compare_name(mine: Author, theirs: Author, source: str) -> tuple[Garble, str] | None:
    """One printed name against the registry's: a cut surname, a misspelling, or nothing
    (the same name, or a different person, which is the resolver's to report)."""
    a, b = family_key(mine), family_key(theirs)
    if has_cjk(mine.family) or not a or not b or a == b:
        return None
    if particle_free(mine.family) == particle_free(theirs.family):  # `Van X` and `VAN X`
        return None
    if b == a + initials(mine.given)[:1].lower():
        detail = f"surname {mine.family!r} lost its last letter to the initials {mine.given!r}"
        return Garble.CUT_SURNAME, f"{detail}; {source} has {theirs.family!r}"
    same_initial = initials(mine.given)[:1] == initials(theirs.given)[:1]
    if fuzz.ratio(a, b) >= SAME_PERSON and same_initial:
        return (
            Garble.REGISTRY_SPELLING,
            f"printed {mine.family!r}, {source} spells {theirs.family!r}",
        )
    return None


def registry_spelling(ref: Reference, res: Resolution | None) -> dict[int, tuple[Garble, str]]:
    """Author position → what the registry's record says is wrong with that printed name."""
    if res is None or res.record is None:
        return {}
    skip_first = any(f.code == "resolve.mismatch.first_author" for f in res.findings)
    pairs = enumerate(zip(ref.authors, res.record.authors, strict=False))
    found = {i: compare_name(m, t, res.record.source) for i, (m, t) in pairs}
    return {i: g for i, g in found.items() if g is not None and not (i == 0 and skip_first)}


def garbles(ref: Reference, res: Resolution | None) -> list[tuple[Garble, str]]:
    """Every garble of one reference, in the order of the module table."""
    registry = registry_spelling(ref, res)
    confirmed = {i for i, (g, _) in registry.items() if g == Garble.CUT_SURNAME}
    return [
        *odd_case(ref),
        *(g for g in registry.values() if g[0] == Garble.CUT_SURNAME),
        *cut_suspected(ref, confirmed),
        *unbalanced(ref),
        *markup(ref),
        *(g for g in registry.values() if g[0] == Garble.REGISTRY_SPELLING),
    ]


def garbled(build: Build) -> tuple[Finding, ...]:
    """One finding per reference with any garble, listing every one."""
    resolved = by_number(build.resolutions)
    found: list[Finding] = []
    for ref in build.document.references:
        issues = garbles(ref, resolved.get(ref.number or 0))
        if not issues:
            continue
        worst = max((SEVERITY[g] for g, _ in issues), key=lambda s: s.rank)
        found.append(
            Finding(
                CODE,
                worst,
                f"[{ref.number}] looks garbled: " + "; ".join(d for _, d in issues),
                (ref.number,) if ref.number is not None else (),
                ref.loc,
                tuple(("reason", g.value) for g, _ in issues)
                + tuple(("detail", d) for _, d in issues),
            )
        )
    return tuple(found)
