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
_SPACED_INITIAL = re.compile(rf"[{_UP}]\.(?:-[{_UP}]\.)?")  # `A.`, `J.-L.`: one initial


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


def person(name: str, family_first: bool) -> Author:
    """One comma-free printed name, in the list's orientation unless its shape says.
    Uncached: `person_read` caches it with its score."""
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
    if len(tokens) > 2 and _SPACED_INITIAL.fullmatch(tokens[-1]):
        spaced = spaced_initials(tokens)
        if spaced is not None:
            return spaced
    if len(tokens) > 1 and is_initials(tokens[-1]):
        return parse_family_first(name)
    if family_first and len(tokens) == 2:  # `Li Wenjun`: full given names, family first
        return Author(tokens[0], tokens[1])
    return parse_family_first(name) if family_first else given_first(name)


def spaced_initials(tokens: list[str]) -> Author | None:
    """`Example A. K. P.` (Genetics, family first): every initial a token of its own, all
    of them the given names; None unless two or more follow a family name."""
    cut = len(tokens)
    while cut > 1 and _SPACED_INITIAL.fullmatch(tokens[cut - 1]):
        cut -= 1
    family = " ".join(tokens[:cut])
    if len(tokens) - cut < 2 or not looks_family(family):
        return None
    return Author(family, " ".join(tokens[cut:]))


def plausible(author: Author) -> float:
    """How much a parsed name looks like a person or a body (1.0 best)."""
    return plausible_parts(author.literal, author.family, author.given)


def plausible_parts(literal: str, family: str, given: str) -> float:
    """`plausible` on the strings. Uncached: it scores only what `person_read` (cached) and
    the pairs read first, and those repeat as seldom as names do; the word tests it
    makes are cached."""
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


def inverted_pair(piece: str, nxt: str, first_inverted: bool) -> Author | None:
    """The name `piece, nxt` printed inverted (`Smith`, `A. R.`), or None when `nxt` is
    not its given half."""
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


# The score of a reading that is no name (nothing, or `Anonymous`): left out of the names
# and of their mean. Kept in place while reading, since a suffix piece still joins it.
NO_NAME = -1.0


def scored(author: Author) -> tuple[Author, float]:
    """A reading with its plausibility, or `NO_NAME`."""
    if not (author.family or author.literal) or author.literal in ANONYMOUS:
        return author, NO_NAME
    return author, plausible_parts(author.literal, author.family, author.given)


@lru_cache(maxsize=8192)
def person_read(piece: str, family_first: bool) -> tuple[Author, float]:
    """`person` with its plausibility: one cached call per name where reading and scoring
    were two, and a name's score is final once it is read (`read_names` sums them)."""
    return scored(person(piece, family_first))


def pair_read(piece: str, nxt: str, first_inverted: bool) -> tuple[Author, float] | None:
    """`inverted_pair` with its plausibility, uncached: pairs repeat little, while the
    two tests on its pieces are cached per piece and repeat much.

    Without a particle demoted (the family is `piece` as printed) the score is known
    without `plausible`: `piece` looks like a family, and `nxt` is a given part
    (`given_like` took no particle off it, or one would have been demoted), so it is
    1.0, unless `piece` holds CJK, which `plausible` scores by length first."""
    if not (looks_family(piece) and given_like(nxt, first_inverted)):
        return None
    pair = demoted_particle(piece, nxt)
    if pair.family == piece and not has_cjk(piece):
        return pair, 1.0
    return scored(pair)


def read_pieces(
    pieces: list[str], family_first: bool, inverted_first: bool = False
) -> tuple[list[Author], list[float]]:
    """Comma-pieces → people: an inverted pair (`Smith`, `A. R.`) where the next piece is
    a given part, a suffix piece (`Jr`) joining the name before, else a whole name.
    `inverted_first`: the style inverts the first name (`Smith, Ana`: Chicago, APA), so a first
    piece of given names (`Ana Maria`) belongs to the family before it. Each name comes
    with its plausibility (1.0 for the fast path's shapes, see `namefast`) or `NO_NAME`."""
    out: list[Author] = []
    scores: list[float] = []
    count = len(pieces)
    idx = 0
    while idx < count:
        piece = pieces[idx]
        quick = quick_name(piece)  # `Smith AR`, `A. R. Smith`: read as printed, unpaired
        if quick is not None:
            out.append(quick)
            scores.append(1.0)
            idx += 1
            continue
        if out and is_suffix(piece):
            prev = out[-1]
            out[-1] = Author(prev.family, prev.given, piece.rstrip("."), prev.literal)
            idx += 1
            continue
        if idx + 1 < count:
            nxt = pieces[idx + 1]
            pair = quick_pair(piece, nxt)
            if pair is not None:
                out.append(pair)
                scores.append(1.0)
                idx += 2
                family_first = False  # Chicago: only the first name is inverted
                continue
            read = pair_read(piece, nxt, inverted_first and idx == 0)
            if read is not None:
                out.append(read[0])
                scores.append(read[1])
                idx += 2
                family_first = False
                continue
        author, score = person_read(piece, family_first)
        out.append(author)
        scores.append(score)
        idx += 1
    return out, scores


def split_pieces(block: str) -> list[str]:
    """The comma-pieces of a block, `and`/`&` read as commas, empty pieces dropped."""
    if "and" in block or "&" in block:  # the connectors `_CONNECT` needs
        block = _CONNECT.sub(", ", block)
    parts = block.split(",") if block.isascii() else _SEPARATORS.split(block)
    return list(filter(None, map(str.strip, parts)))  # ASCII: `,` the only separator


def read_names(block: str, family_first: bool = True, inverted_first: bool = False) -> Names:
    """Parse an author block; `family_first` orients names that carry no initials, and
    `inverted_first` says the first name is printed `Family, Given`."""
    block = block.strip().rstrip(",;:").strip()
    block, et_al = pop_et_al(block)
    block = block.strip().rstrip(",;").strip()
    if not block:
        return Names((), et_al, 1.0 if et_al else 0.0)
    if ";" in block:
        authors: list[Author] = []
        scores: list[float] = []
        for piece in block.split(";"):
            if piece.strip():
                author, score = (
                    person_read(piece, True) if "," not in piece else scored(inverted(piece))
                )
                authors.append(author)
                scores.append(score)
    else:
        authors, scores = read_pieces(split_pieces(block), family_first, inverted_first)
    if NO_NAME in scores:  # rare: readings that are no name, left out
        authors = [a for a, s in zip(authors, scores, strict=True) if s != NO_NAME]
        scores = [s for s in scores if s != NO_NAME]
    if not scores:
        return Names((), et_al, 0.0)
    return Names(tuple(authors), et_al, sum(scores) / len(scores))
