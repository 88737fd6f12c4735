"""Author blocks in every style's shape, read by the reading that makes the most names.

`Smith AR, Pereira LG` (NLM), `SMITH A R, 等` (GB/T), `Smith, A. R., Pereira, L. G., &
Huber, L. W.` (APA, Harvard, Nature: a comma inside each name and between names),
`Smith, A. R.; Pereira, L. G.` (ACS), `A. R. Smith, L. G. Pereira, and L. W. Huber` (IEEE,
APS), `Smith, Ana R., Linda G. Pereira, and L. W. Huber` (Chicago: only the first name
inverted). Commas are therefore read two ways, as separators of names or of name parts,
and each comma-piece is read family-first or given-first; the reading whose names are most
plausible wins, and its plausibility is the score the grammars use to place the end of the
author block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mmrefs.ingest.authors import ANONYMOUS, parse_cjk_name, parse_family_first
from mmrefs.ingest.fieldmap import is_organisation
from mmrefs.ingest.styles.namefast import organisation_word, quick_name, quick_pair
from mmrefs.model import Author
from mmrefs.names import PARTICLES, is_suffix
from mmrefs.text import has_cjk

_ET_AL_END = re.compile(r"(?:[,;]?\s*(?:et\.?\s*al\.?|等人?|\.\.\.|…)|,?\s+and\s+others)\s*$", re.I)
# `and`/`&` between names; the spaces before them are left to `strip` (as with
# `_SEPARATORS`), which spares trying a leading `\s*` at every position of the block.
_CONNECT = re.compile(r",?\s+(?:and|&)\s+|&\s*")
# Name separators; the spaces around them go with `strip`.
_SEPARATORS = re.compile(r"[,，、]")
_UP = "A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž"  # upper case and the Latin Extended-A pairs (lower cases pass)
_INITIALS = re.compile(
    rf"(?:[{_UP}][a-z]?\.\s?-?\s?){{1,4}}|(?:[{_UP}][a-z]?\.\s?-?\s?){{0,3}}[{_UP}]"
    rf"|(?:[{_UP}]\s?-?\s?){{1,4}}"
)
_LOWER = r"[^\W\d_A-Z]"
_GIVEN = re.compile(rf"[A-Z]{_LOWER}+(?:-[A-Z]{_LOWER}+)?(?:\s+(?:[A-Z]\.\s?-?){{0,2}}[A-Z]\.?)?")
_GIVEN_NAMES = re.compile(rf"[A-Z]{_LOWER}+(?:[-\s][A-Z]{_LOWER}+){{0,2}}(?:\s+[A-Z]\.?){{0,2}}")
_LETTERS = re.compile(rf"[{_UP}]\.?(?:-?[{_UP}]\.)*|(?:[{_UP}]\.){{2,}}")
_RUN_TOGETHER = re.compile(rf"[{_UP}]{{2,3}}")
_TRAILING_PARTICLES = re.compile(r"(?:\s+(?:van|von|der|den|de|la|le|du|da|dos|ter|ten))+$")
_CJK_BODY = re.compile(r"(?:委员会|协会|学会|中心|医院|大学|研究所|研究院|工作组|组|部|局)$")
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")


@dataclass(frozen=True, slots=True)
class Names:
    """A reading of an author block: the people, `et al.`, and how name-like they are."""

    authors: tuple[Author, ...]
    et_al: bool
    score: float


@lru_cache(maxsize=4096)
def is_initials(token: str) -> bool:
    """`A. R.`, `A.R.`, `AR`, `J.-L.`: what styles print for given names."""
    token = token.strip()
    return bool(token) and _INITIALS.fullmatch(token) is not None and token[:1].isupper()


@lru_cache(maxsize=4096)
def is_given_part(token: str) -> bool:
    """The given-name half of an inverted name (`A. R.` or `Ana R.`), not a whole name."""
    return is_initials(token) or _GIVEN.fullmatch(token.strip()) is not None


@lru_cache(maxsize=4096)
def looks_family(token: str) -> bool:
    """One family name alone (`Smith`, `van der Berg`, `Clara-Trujillo`, `O’Connor`)."""
    words = token.split()
    if not words or len(words) > 4 or is_initials(token):
        return False
    core = [w for w in words if w not in PARTICLES]  # lower-case particles only: `Santos Y`
    mixed = not token.isupper()  # `Smith AR`: capitals after a mixed-case word are initials
    return bool(core) and all(
        w[:1].isupper()
        and _WORD.fullmatch(w)
        and not _LETTERS.fullmatch(w)
        and not (mixed and _RUN_TOGETHER.fullmatch(w))
        for w in core
    )


def given_first(name: str) -> Author:
    """`A. R. Smith`, `Ana R. Smith`, `N. W. C. J. van de Donk`, `C. C. Cox Jr`."""
    tokens = name.split()
    suffix = tokens.pop().rstrip(".") if len(tokens) > 2 and is_suffix(tokens[-1]) else ""
    if len(tokens) < 2:
        return Author(family=name.strip(), suffix=suffix)
    lead = 0
    while lead < len(tokens) - 1 and is_initials(tokens[lead]):
        lead += 1
    cut = lead if lead else len(tokens) - 1  # `T. L. Abu Bakr`: all after the initials
    for idx in range(1, len(tokens) - 1):
        if tokens[idx] in PARTICLES or tokens[idx] in ("St", "St."):
            cut = min(cut, idx)
            break
    return Author(" ".join(tokens[cut:]), " ".join(tokens[:cut]), suffix)


@lru_cache(maxsize=4096)
def person(name: str, family_first: bool) -> Author:
    """One comma-free printed name, in the list's orientation unless its shape says."""
    name = name.strip().strip(",")
    if has_cjk(name):
        if (
            len(name) > 4 or _CJK_BODY.search(name) or name in ANONYMOUS
        ):  # `示例骨髓瘤工作组`: a body, kept whole
            return Author(literal=name)
        return parse_cjk_name(name) if " " not in name.strip() else parse_family_first(name)
    tokens = name.split()
    if any(map(organisation_word, tokens)) or (
        len(tokens) > 5 and sum(not is_initials(t) for t in tokens) > 5
    ):
        return Author(literal=name)
    if len(tokens) > 2 and is_suffix(tokens[-1]):  # `M. L. Šimić III`: the suffix aside
        core = person(" ".join(tokens[:-1]), family_first)
        return Author(core.family, core.given, tokens[-1].rstrip("."), core.literal)
    if len(tokens) > 1 and is_initials(tokens[0].rstrip(",")) and not is_initials(tokens[-1]):
        return given_first(name)
    if len(tokens) > 1 and is_initials(tokens[-1]):
        return parse_family_first(name)
    if family_first and len(tokens) == 2:  # `Li Wenjun`: full given names, family first
        return Author(tokens[0], tokens[1])
    return parse_family_first(name) if family_first else given_first(name)


def plausible(author: Author) -> float:
    """How much a parsed name looks like a person or a body (1.0 best)."""
    return plausible_parts(author.literal, author.family, author.given)


@lru_cache(maxsize=8192)
def plausible_parts(literal: str, family: str, given: str) -> float:
    """`plausible`, cached on the strings: hashing them is far cheaper than hashing an Author."""
    if literal:
        body = is_organisation(literal) and literal[:1].isupper() and ":" not in literal
        return 0.9 if body else 0.3
    if has_cjk(family):
        return 1.0 if len(family + given) <= 4 else 0.3
    if not looks_family(family):
        return 0.2
    if not given:
        return 0.6
    named = is_given_part(given) or _GIVEN_NAMES.fullmatch(given) is not None
    return 1.0 if named or given.isupper() else 0.4


def pop_et_al(block: str) -> tuple[str, bool]:
    """Drop a closing `et al.`, `等`, `…` or `and others`, and say whether there was one."""
    tail = block[-16:].lower()
    if not ("et" in tail or "等" in tail or "..." in tail or "…" in tail or "other" in tail):
        return block, False  # none of the words the pattern needs: spare the regex
    match = _ET_AL_END.search(block, max(0, len(block) - 16))
    return (block[: match.start()], True) if match else (block, False)


@lru_cache(maxsize=4096)
def given_like(piece: str, first_inverted: bool) -> bool:
    """Whether `piece` is the given half of an inverted name; a demoted particle after it
    (`Wei J. von`) is allowed, and so are full given names in a first inverted name."""
    core = _TRAILING_PARTICLES.sub("", piece)
    return is_given_part(core) or (first_inverted and _GIVEN_NAMES.fullmatch(core) is not None)


@lru_cache(maxsize=8192)
def inverted_pair(piece: str, nxt: str, first_inverted: bool) -> Author | None:
    """The name `piece, nxt` printed inverted (`Smith`, `A. R.`), or None when `nxt` is
    not its given half; cached, since a list repeats few name shapes."""
    if looks_family(piece) and given_like(nxt, first_inverted):
        return demoted_particle(piece, nxt)
    return None


def demoted_particle(family: str, given: str) -> Author:
    """`Stein, Wei J. von` (Chicago demotes particles) → family `von Stein`."""
    words = given.split()
    cut = len(words)
    while cut > 1 and words[cut - 1] in PARTICLES:
        cut -= 1
    if cut == len(words):
        return Author(family, given)
    return Author(" ".join([*words[cut:], family]), " ".join(words[:cut]))


def inverted(piece: str) -> Author:
    """`Cox, C. C., Jr` (ACS, between semicolons), or a name without a comma."""
    parts = [p.strip() for p in piece.split(",")]
    if len(parts) == 1:
        return person(piece, True)
    suffix = parts.pop() if len(parts) > 2 and is_suffix(parts[-1]) else ""
    return Author(parts[0], " ".join(parts[1:]), suffix.rstrip("."))


def read_pieces(
    pieces: list[str], family_first: bool, inverted_first: bool = False
) -> list[tuple[Author, bool]]:
    """Comma-pieces → people: an inverted pair (`Smith`, `A. R.`) where the next piece is
    a given part, a suffix piece (`Jr`) joining the name before, else a whole name.
    `inverted_first`: the style inverts the first name (`Smith, Ana`: Chicago, APA), so a first
    piece of given names (`Ana Maria`) belongs to the family before it. Each name comes
    with whether the fast path read it (its shape then scores 1.0, see `namefast`)."""
    out: list[tuple[Author, bool]] = []
    idx = 0
    while idx < len(pieces):
        piece = pieces[idx]
        quick = quick_name(piece)  # `Smith AR`, `A. R. Smith`: read as printed, unpaired
        if quick is not None:
            out.append((quick, True))
            idx += 1
            continue
        nxt = pieces[idx + 1] if idx + 1 < len(pieces) else ""
        if out and is_suffix(piece):
            prev, sure = out[-1]
            out[-1] = (Author(prev.family, prev.given, piece.rstrip("."), prev.literal), sure)
            idx += 1
            continue
        pair = quick_pair(piece, nxt) if nxt else None
        if pair is not None:
            out.append((pair, True))
            idx += 2
            family_first = False  # Chicago: only the first name is inverted
            continue
        pair = inverted_pair(piece, nxt, inverted_first and idx == 0) if nxt else None
        if pair is not None:
            out.append((pair, False))
            idx += 1
            family_first = False
        else:
            out.append((person(piece, family_first), False))
        idx += 1
    return out


def read_names(block: str, family_first: bool = True, inverted_first: bool = False) -> Names:
    """Parse an author block; `family_first` orients names that carry no initials, and
    `inverted_first` says the first name is printed `Family, Given`."""
    block = block.strip().rstrip(",;:").strip()
    block, et_al = pop_et_al(block)
    block = block.strip().rstrip(",;").strip()
    if not block:
        return Names((), et_al, 1.0 if et_al else 0.0)
    if ";" in block:
        read = [(inverted(p), False) for p in block.split(";") if p.strip()]
    else:
        if "and" in block or "&" in block:  # the connectors `_CONNECT` needs
            block = _CONNECT.sub(", ", block)
        pieces = [p for p in (q.strip() for q in _SEPARATORS.split(block)) if p]
        read = read_pieces(pieces, family_first, inverted_first)
    kept = [(a, sure) for a, sure in read if (a.family or a.literal) and a.literal not in ANONYMOUS]
    if not kept:
        return Names((), et_al, 0.0)
    # A fast-path name's plausibility is 1.0: added as such, the sum is the same.
    total = sum(1.0 if sure else plausible_parts(a.literal, a.family, a.given) for a, sure in kept)
    return Names(tuple(a for a, _ in kept), et_al, total / len(kept))
