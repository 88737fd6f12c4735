"""Segments before the locator: where the author block ends, where the title ends.

Splits are allowed at `.`/`?`/`!` with or without a following space (PDF text loses
spaces), and every possible split is judged, not the first one taken: the author block
ends at the first stop after which the text no longer continues a name (`Smith, A. R. et
al. Title`); the container starts at the last stop before the locator unless the word
before that stop is a journal abbreviation (`Appl. Phys. Lett.`).
"""

from __future__ import annotations

import re

from mmrefs.ingest.styles.people import Names, read_names

BOUNDARY = re.compile(r"(?<=[.?!])(?:\s+|(?=[A-Z\u4e00-\u9fff“\"‘]))")
# `BOUNDARY` with its stop taken (a match starts one character earlier): led by a
# character class, SRE scans for it in C instead of trying the lookbehind everywhere.
_STOP = re.compile(r"[.?!](?:\s+|(?=[A-Z\u4e00-\u9fff“\"‘]))")
_CONTINUES_NAME = re.compile(
    r"(?:[A-Z]\.|[A-Z]-[A-Z]\.|[A-Z][A-Za-z]?\s*[,;]|et\.?\s*al|[,;&]|and\s|Jr\b|[^\W\d_][\w'’\-]*,\s*[A-Z]\.)"
)
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
# Words journal abbreviations are made of (ISO 4 / NLM): a stop after one of them is
# inside the journal title, not the end of the article title.
ABBREVIATIONS = frozenset(
    """J Am Br Eur Int Natl Nat Proc Acad Sci Phys Rev Lett Appl Chem Soc Biol Med Res Eng Mol Clin
    Exp Biochem Biophys Ann Arch Can Jpn Chin Ser Comput Math Mater Electron Opt Inf Environ
    Pharm Pharmacol Immunol Oncol Hematol Haematol Cardiol Neurol Surg Radiol Genet Pathol
    Microbiol Physiol Endocrinol Gastroenterol Nephrol Dermatol Ophthalmol Psychiatry Psychol
    Nucl Opin Curr Adv Trans Commun Rep Bull Z Zh Acta Astron Astrophys Geophys Ecol Evol Stat
    Technol Ind Mech Struct Syst Theor Lond Dev Cell Nanotechnol Polym Catal Anal Inorg Org Mech
    Assoc Coll Univ Inst Dept Front Transl Ther Nutr Vet Dent Nurs Health Public Intern Pediatr
    Obstet Gynecol Urol Rheumatol Infect Dis Virol Neurosci Biomed Gen Ed Educ Econ Manag Polit
    Soc Hist Philos Lit Ling Geol Soil Agric Food Fish For Hortic Zool Bot Entomol Ornithol Eds
    ed""".split()  # noqa: SIM905 - a word list reads best as text
)


def names_end(text: str, limit: int, family_first: bool) -> tuple[int, Names] | None:
    """Where the author block of `text` ends (index of the first title character) and the
    names it holds; None when no stop before `limit` closes a plausible author block."""
    for match in _STOP.finditer(text, 0, limit):
        if _CONTINUES_NAME.match(text, match.end()):  # no `^` or lookbehind: as on a slice
            continue
        prefix = text[: match.start() + 1].rstrip(".")
        if not prefix or len(prefix) > 600:
            return None
        names = read_names(prefix, family_first)
        if (names.score >= 0.75 and names.authors) or (names.et_al and not names.authors):
            return match.end(), names
        return None  # names come first: a block that failed cannot continue past its stop
    return None


def ends_in_abbreviation(text: str) -> bool:
    """Whether the word before the closing stop of `text` is a journal abbreviation."""
    text = text.rstrip()
    if not text.endswith("."):
        return False
    # The word run before the stop; a window longer than any abbreviation suffices, since
    # a longer run (cut by the window) is no abbreviation either way.
    match = _LAST_WORD.search(text, max(0, len(text) - 24), len(text) - 1)
    return match is not None and match.group(0) in ABBREVIATIONS


def split_title_container(head: str) -> tuple[str, str]:
    """`Title. Container` → (title, container); the container may hold stops itself."""
    cuts = [(m.start() + 1, m.end()) for m in _STOP.finditer(head)]
    cuts = [c for c in cuts if c[1] < len(head)]
    if not cuts:
        return head.strip(), ""
    idx = len(cuts) - 1
    while idx > 0 and ends_in_abbreviation(head[: cuts[idx][0]]):
        idx -= 1
    if idx == 0 and ends_in_abbreviation(head[: cuts[0][0]]) and len(cuts) > 1:
        idx = 0
    start, end = cuts[idx]
    return head[:start].strip(), head[end:].strip()


def strip_quotes(title: str) -> str:
    """Titles some styles quote (`“Title,”`, `‘Title’`) without the quotes and comma."""
    title = title.strip().rstrip(",")
    if title[:1] in "“\"‘'" and title[-1:] in "”\"’'":
        return title[1:-1].strip().rstrip(",.")
    return title
