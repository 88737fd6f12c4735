"""`citation.off-topic`: does the cited work speak about what the claim is about?

Each claim and each source it cites are reduced to key entities (`lexicon.py`): the claim
from its text (the table row's category cells count only towards a shared subject), the
source from its printed and translated titles and, once resolved, the registry's title and
abstract. Three verdicts, from most to least sure:

- `disease-conflict` (warning): both name a specific disease and no pair is the same or one
  narrower than the other (`multiple myeloma` against `breast cancer`). Only two neoplasms or
  two non-neoplastic diseases conflict: a myeloma claim may rightly cite a source on a
  complication (bone disease, renal impairment). Generic `cancer`/`肿瘤` never conflicts.
- `organism-conflict` (warning): both name organisms and none agrees (`小鼠` against
  `patients`).
- `nothing-shared` (info): each side names at least one specific key entity, and no claim
  entity is shared with the source, where a source on a broader concept is background
  (a myeloma claim may cite a work on cancer) and a source on a narrower one is an example.

Conflicts are judged on titles only: an abstract's background sentences name many diseases.
Claims with no key entity (`据统计, 该病年发病率约50万例`) are never judged: silence beats guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from mmrefs.check.carried import by_number
from mmrefs.check.lexicon import TERM, Lexicon, find_entities, lexicon_for
from mmrefs.model import Build, Citation, Finding, Reference, Resolution, Severity

CODE = "citation.off-topic"
NEOPLASM = "cancer"
ANIMAL = "animal"
NOT_KEY = frozenset({TERM, "organism"})
ANAPHOR = re.compile(
    r"它|该(?!文)|这|(?<![因如])此(?![外前后])|^其|^(?:this|these|it|they|such)\b", re.I
)
CONTINUATION = re.compile(r"^(?:并且?|而且?|且|从而|进而|同时|以及|and|which|but)(?![a-z])", re.I)


class SupportReason(StrEnum):
    DISEASE_CONFLICT = "disease-conflict"
    ORGANISM_CONFLICT = "organism-conflict"
    NOTHING_SHARED = "nothing-shared"


SEVERITY = {
    SupportReason.DISEASE_CONFLICT: Severity.WARNING,
    SupportReason.ORGANISM_CONFLICT: Severity.WARNING,
    SupportReason.NOTHING_SHARED: Severity.INFO,
}


def _related(lex: Lexicon, a: str, b: str) -> bool:
    return a in lex.lineage(b) or b in lex.lineage(a)


def _specific(lex: Lexicon, names: frozenset[str], category: str) -> frozenset[str]:
    return frozenset(n for n in names if lex.category(n) == category and not lex.is_generic(n))


def _is_neoplasm(lex: Lexicon, name: str) -> bool:
    return NEOPLASM in lex.lineage(name)


def disease_conflict(lex: Lexicon, claim: frozenset[str], source: frozenset[str]) -> bool:
    """Specific diseases on both sides, of one kind (neoplasm or not), none related."""
    mine, theirs = _specific(lex, claim, "disease"), _specific(lex, source, "disease")
    for kind in (True, False):
        a = {d for d in mine if _is_neoplasm(lex, d) == kind}
        b = {d for d in theirs if _is_neoplasm(lex, d) == kind}
        if a and b and not any(_related(lex, x, y) for x in a for y in b):
            return True
    return False


def _hosts(lex: Lexicon, names: frozenset[str]) -> frozenset[str]:
    """Studied organisms (animals and people); a virus in a patient is not a rival host."""
    return frozenset(n for n in _specific(lex, names, "organism") if ANIMAL in lex.lineage(n))


def organism_conflict(lex: Lexicon, claim: frozenset[str], source: frozenset[str]) -> bool:
    mine, theirs = _hosts(lex, claim), _hosts(lex, source)
    return bool(mine and theirs) and not any(_related(lex, x, y) for x in mine for y in theirs)


def _supports(lex: Lexicon, claimed: str, found: str) -> bool:
    """Same concept, a broader one (background) or a narrower one (an example); a generic
    claim concept (`肿瘤`) is not made specific by a source on one cancer."""
    if claimed == found or found in lex.lineage(claimed):
        return True
    return claimed in lex.lineage(found) and not lex.is_generic(claimed)


def _key(lex: Lexicon, names: frozenset[str]) -> frozenset[str]:
    """Entities that can carry a subject: not generic, not a glossary-only term, and not an
    organism (`患者` says who, not what; organisms have their own conflict test)."""
    return frozenset(n for n in names if lex.category(n) not in NOT_KEY and not lex.is_generic(n))


def leans_on_context(text: str) -> bool:
    """A claim whose subject stands before it (`它`, `该疾病`, `这导致`, `并通过…`, `This…`)
    cannot be judged from its own words."""
    return bool(ANAPHOR.search(text) or CONTINUATION.match(text))


def shares_nothing(lex: Lexicon, claim: frozenset[str], source: frozenset[str]) -> bool:
    if not _key(lex, claim) or not _key(lex, source):
        return False
    return not any(_supports(lex, c, s) for c in claim for s in source)


@dataclass(frozen=True, slots=True)
class Sides:
    """The entities of one claim and one cited work, as each verdict needs them."""

    claim: frozenset[str]  # the claim's own words (conflicts)
    claim_all: frozenset[str]  # plus its table context (a shared subject)
    title: frozenset[str]  # the titles (conflicts)
    source_all: frozenset[str]  # plus the abstract (a shared subject)
    title_text: str


def judge(lex: Lexicon, sides: Sides, self_contained: bool = True) -> SupportReason | None:
    """The surest verdict that applies, or None when the source plausibly fits."""
    if disease_conflict(lex, sides.claim, sides.title):
        return SupportReason.DISEASE_CONFLICT
    if organism_conflict(lex, sides.claim, sides.title):
        return SupportReason.ORGANISM_CONFLICT
    if self_contained and shares_nothing(lex, sides.claim_all, sides.source_all):
        return SupportReason.NOTHING_SHARED
    return None


def source_texts(ref: Reference, res: Resolution | None) -> tuple[str, str]:
    """(titles, titles + abstract): printed, translated and the registry's, when resolved."""
    titles = [ref.title, ref.title_translation]
    abstract = ref.abstract
    if res is not None and res.record is not None:
        titles.append(res.record.title)
        abstract = abstract or res.record.abstract
    title = " ".join(t for t in titles if t)
    return title, f"{title} {abstract}".strip()


def shown(lex: Lexicon, names: frozenset[str]) -> str:
    """Entities grouped by category, for evidence: `disease: multiple myeloma; drug: …`."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names):
        groups.setdefault(lex.category(name), []).append(name)
    return "; ".join(f"{cat}: {', '.join(groups[cat])}" for cat in sorted(groups))


def _brief(lex: Lexicon, names: frozenset[str], category: str | None) -> str:
    picked = sorted(n for n in names if category is None or lex.category(n) == category)
    picked = [n for n in picked if not lex.is_generic(n)] or picked
    return ", ".join(picked[:4]) + (", …" if len(picked) > 4 else "")


def message(
    lex: Lexicon,
    reason: SupportReason,
    cit: Citation,
    number: int,
    claim: frozenset[str],
    source: frozenset[str],
) -> str:
    where = f"claim at line {cit.loc.line} ({cit.marker})"
    if reason == SupportReason.NOTHING_SHARED:
        return (
            f"[{number}] shares no key entity with the {where}: claim names "
            f"{_brief(lex, claim, None)}; source names {_brief(lex, source, None)}"
        )
    category = "disease" if reason == SupportReason.DISEASE_CONFLICT else "organism"
    return (
        f"[{number}] is about {_brief(lex, source, category)}, but the {where} is about "
        f"{_brief(lex, claim, category)}"
    )


def _source_sides(
    lex: Lexicon, ref: Reference, res: Resolution | None
) -> tuple[frozenset[str], frozenset[str], str]:
    """The source's title entities, those of title and abstract, and the title text."""
    title_text, full_text = source_texts(ref, res)
    title = find_entities(title_text, lex)
    return title, title | find_entities(full_text, lex), title_text


def _finding(
    lex: Lexicon, reason: SupportReason, cit: Citation, ref: Reference, s: Sides
) -> Finding:
    claim = s.claim_all if reason == SupportReason.NOTHING_SHARED else s.claim
    source = s.source_all if reason == SupportReason.NOTHING_SHARED else s.title
    number = ref.number or 0
    return Finding(
        CODE,
        SEVERITY[reason],
        message(lex, reason, cit, number, claim, source),
        (number,),
        cit.loc,
        (
            ("reason", reason.value),
            ("claim", shown(lex, claim)),
            ("source", shown(lex, source)),
            ("claim_text", cit.claim.text[:200]),
            ("source_title", s.title_text[:200]),
        ),
    )


def off_topic(build: Build) -> tuple[Finding, ...]:
    """One finding per (citation, cited work) whose entities do not fit together."""
    if build.citations is None:
        return ()
    lex = lexicon_for(tuple(build.citations.glossary))
    refs = build.document.by_number()
    resolved = by_number(build.resolutions)
    sources = {n: _source_sides(lex, r, resolved.get(n)) for n, r in refs.items()}
    seen: dict[str, frozenset[str]] = {}  # a claim text cited by several marks is read once
    found: list[Finding] = []
    for cit in build.citations.citations:
        if cit.claim.text not in seen:
            seen[cit.claim.text] = find_entities(cit.claim.text, lex)
        claim = seen[cit.claim.text]
        claim_all = claim | (find_entities(cit.claim.context, lex) if cit.claim.context else claim)
        alone = not leans_on_context(cit.claim.text)
        for number in (n for n in cit.numbers if n in refs):
            title, source_all, title_text = sources[number]
            sides = Sides(claim, claim_all, title, source_all, title_text)
            reason = judge(lex, sides, alone)
            if reason is not None:
                found.append(_finding(lex, reason, cit, refs[number], sides))
    return tuple(found)
