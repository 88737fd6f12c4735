"""Display forms of printed names: case restoration, particles, initials.

Review styles print family names in capitals (`DE LA PUENTE P`). Consumers need
`de la Puente`, with the particle kept apart for BibLaTeX/CSL, so the rules live here once.
"""

from __future__ import annotations

import re

from mmrefs.model import Author
from mmrefs.text import ascii_fold, has_cjk

PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "la",
        "le",
        "du",
        "des",
        "dos",
        "das",
        "da",
        "ter",
        "ten",
        "zu",
        "y",
        "van't",
        "d'",
    }
)
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"})


def is_suffix(token: str) -> bool:
    return token.strip().lower() in SUFFIXES


def _restore_word(word: str) -> str:
    """Title-case one all-caps word: `MCCLOSKEY` → `McCloskey`, `O'BRIEN` → `O'Brien`."""
    if not word.isupper() or has_cjk(word):
        return word
    parts = re.split(r"([-'’])", word)
    out = []
    for part in parts:
        if part in "-'’" or not part:
            out.append(part)
            continue
        low = part.lower()
        cased = low[:1].upper() + low[1:]
        if low.startswith("mc") and len(low) > 2:
            cased = "Mc" + low[2].upper() + low[3:]
        out.append(cased)
    return "".join(out)


def split_particle(family: str) -> tuple[str, str]:
    """Split leading lower-case particles from a family name: `de la Puente` → (`de la`, …)."""
    words = display_family(family).split(" ")
    idx = 0
    while idx < len(words) - 1 and words[idx].lower() in PARTICLES and words[idx].islower():
        idx += 1
    return " ".join(words[:idx]), " ".join(words[idx:])


def display_family(family: str) -> str:
    """The family name as a reader writes it; printed mixed case is kept untouched."""
    words = family.split()
    if not words or not all(w.isupper() or not w.isalpha() for w in words if not has_cjk(w)):
        return family
    shown = []
    for pos, word in enumerate(words):
        if (
            pos < len(words) - 1
            and word.lower() in PARTICLES
            and all(p.lower() in PARTICLES for p in words[:pos])
        ):
            shown.append(word.lower())
        else:
            shown.append(_restore_word(word))
    return " ".join(shown)


def display_given(given: str) -> str:
    """Initials with full stops (`S V`/`SV` → `S. V.`); full given names stay as printed."""
    given = given.strip()
    if not given or has_cjk(given):
        return given
    tokens = given.replace(".", " ").split()
    if all(re.fullmatch(r"[A-Z](?:-[A-Z])?", t) for t in tokens):
        return " ".join(t.replace("-", ".-") + "." for t in tokens)
    if len(tokens) == 1 and re.fullmatch(r"[A-Z]{2,4}", tokens[0]):
        return " ".join(c + "." for c in tokens[0])
    return given


def initials(given: str) -> str:
    """Upper-case initials only, for comparing `S V`, `S. V.`, `SV` and `Shaji Vincent`."""
    if has_cjk(given):
        return given
    tokens = re.split(r"[\s.\-]+", given.strip())
    out: list[str] = []
    for token in tokens:
        if re.fullmatch(r"[A-Z]{2,4}", token):
            out.extend(token)
        elif token:
            out.append(token[0].upper())
    return "".join(out)


def family_key(author: Author) -> str:
    """ASCII, lower-case, particle-free family name for comparison and keys."""
    if author.literal:
        return re.sub(r"[^a-z0-9]", "", ascii_fold(author.literal).lower())
    _, core = split_particle(author.family)
    return re.sub(r"[^a-z0-9]", "", ascii_fold(core).lower())
