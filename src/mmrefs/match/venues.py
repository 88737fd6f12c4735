"""Journals and venues: one journal written many ways, and the few venue differences that
do mean a different record.

A conference abstract printed in a journal supplement is exported as
`Transplant International.Conference: 17th Congress …` by one database and as
`Transplant International` by another; `[Electronic Resource]`, `(1946)`, `Supplement`
and `Abstracts of …` are the same kind of decoration. They are cut off (and remembered as
`supplement`), so the venue stays `journal` on both sides. A paper in conference
proceedings against its journal version is a real venue difference and stays one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from mmrefs.match.evidence import NOTHING, Cue, Strength, Verdict, agree, compatible, conflict
from mmrefs.match.folding import fold, missing
from mmrefs.model import Kind

_STOP = frozenset({"the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "und", "fur"})
_STOP |= {"de", "la"}
_MEETING = r"(?:conference|congress|meeting|symposium|abstracts?|supplements?|suppl)\b"
_SUPPLEMENT = re.compile(rf"(?i)^(.{{4,}}?)\s*[.;:,]\s*(?=[^.;:]*\b{_MEETING})")
_SUPPLEMENT_TAIL = re.compile(r"(?i)[\s.,;:]+(?:supplement|suppl)\.?(?:\s+\d+)?\s*$")
_DECORATION = re.compile(r"\s*[\[(][^\[\]()]*[\])][.\s]*$")
_CONFERENCE = re.compile(r"\b(?:proceedings|conference|symposium|workshop|congress)\b")
_JOURNAL_PROCEEDINGS = re.compile(
    r"^proceedings (?:of )?(?:the )?(?:national academy|royal society|ieee$|acm on\b)"
)


@lru_cache(maxsize=1 << 16)
def journal_parts(container: str) -> tuple[tuple[str, ...], bool, bool]:
    """(journal words without stop words, printed as a supplement or meeting abstract,
    a continuously updated venue such as the Cochrane Database of Systematic Reviews)."""
    if missing(container):
        return (), False, False
    base = container
    cut = _SUPPLEMENT.match(base)
    if cut:
        base = cut.group(1)
    base, tail = _SUPPLEMENT_TAIL.subn("", base)
    while (bare := _DECORATION.sub("", base)) != base and len(bare) >= 3:
        base = bare
    folded = fold(base) or fold(container)
    words = tuple(w for w in folded.split() if w not in _STOP)
    return words, bool(cut or tail), folded.startswith("cochrane database")


def journal_tokens(container: str) -> tuple[str, ...]:
    return journal_parts(container)[0]


def venue_of(kind: Kind, journal: tuple[str, ...]) -> str:
    """Journal article, conference paper or other: a conference paper and its journal
    version are different records, so the venue is part of the comparison."""
    named = " ".join(journal)
    proceedings = bool(_CONFERENCE.search(named)) and not _JOURNAL_PROCEEDINGS.match(named)
    if kind == Kind.CONFERENCE or proceedings:
        return "conference"
    if kind == Kind.ARTICLE:
        return "journal"
    return kind.value


def _contracts(short: str, word: str) -> bool:
    """`surg` starts `surgical`; `dtsch` is `deutsche` with letters left out (ISO 4)."""
    if word.startswith(short):
        return True
    if len(short) < 3 or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


def _abbreviates(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Every word of `short` abbreviates a later word of `long_`, in order (`j clin oncol`)."""
    pos = 0
    for word in short:
        while pos < len(long_) and not _contracts(word, long_[pos]):
            pos += 1
        if pos == len(long_):
            return False
        pos += 1
    return True


def _run_together(compact: str, words: tuple[str, ...], min_words: int = 1) -> bool:
    """`jthoraccardiovascsurg` is prefixes of `journal thoracic cardiovascular surgery`
    written without spaces; `amcis` is prefixes of `americas conference information
    systems` (an acronym, which must draw on at least `min_words` words)."""
    if not compact or len(compact) > 60:
        return False
    frontier = [(0, 0, 0)]
    seen = set(frontier)
    while frontier:
        pos, index, used = frontier.pop()
        if pos == len(compact) and used >= min_words:
            return True
        for k in range(index, len(words)):
            word = words[k]
            n = 0
            while n < len(word) and pos + n < len(compact) and word[n] == compact[pos + n]:
                n += 1
                state = (pos + n, k + 1, min(used + 1, min_words))
                if state not in seen:
                    seen.add(state)
                    frontier.append(state)
    return False


def _initialism(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """`icis transforming society …` starts with the initials of `international conference
    information systems`."""
    return len(y) >= 3 and len(x[0]) >= 3 and _run_together(x[0], y, min_words=3)


def _same_journal(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long_ = sorted((a, b), key=lambda words: sum(map(len, words)))
    if _abbreviates(short, long_) or _run_together("".join(short), long_):
        return True
    if _initialism(a, b) or _initialism(b, a):
        return True
    return fuzz.token_set_ratio(" ".join(a), " ".join(b)) >= 90


def journal_verdict(ja: tuple[str, ...], jb: tuple[str, ...]) -> Verdict:
    """Equal, abbreviated (compatible), or a different journal (moderate: translated and
    romanised journal names look different too)."""
    if not ja or not jb:
        return NOTHING
    if ja == jb:
        return agree()
    shown = f"{' '.join(ja)} / {' '.join(jb)}"
    if _same_journal(ja, jb):
        return compatible(shown, Cue.ABBREVIATED)
    return conflict(shown, Strength.MODERATE, Cue.DIFFERENT_JOURNAL)


def venue_verdict(kind_a: str, kind_b: str) -> Verdict:
    """A conference paper and its journal version are two records (labelled so, too)."""
    kinds = {kind_a, kind_b}
    if kinds == {"journal", "conference"}:
        return conflict(f"{kind_a} / {kind_b}", Strength.STRONG)
    return NOTHING if len(kinds) > 1 else agree(kind_a, strength=Strength.WEAK)
