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
# What may follow a stop inside an author block: an initial, a name and its initials, a
# separator; or (Chicago, given first) the family after a middle initial when the quoted
# title follows it (`Ann B. Example. "Title."`).
_CONTINUES_NAME = re.compile(
    r"(?:[A-Z]\.|[A-Z]-[A-Z]\.|[A-Z][A-Za-z]?\s*[,;]|et\.?\s*al|[,;&]|and\s|Jr\b|[^\W\d_][\w'’\-]*,\s*[A-Z]\."
    r"|[A-Z][\w'’\-]+\.\s*[“\"])"
)
_CLOSING_STOP = re.compile(
    _STOP.pattern.replace(r"\s+", r"\s++", 1) + f"(?!{_CONTINUES_NAME.pattern})"
)
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
# A dotted abbreviation that may lead a body's name (`U.S.`, `U.K.`), as `names_end` cuts
# it at its last stop.
_ABBREVIATED = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
# APA's date of an undated work, where the year would follow the names: `Example Society.
# (n.d.). Title.` The names end before it, and the title starts after it.
_UNDATED = re.compile(r"\(n\.\s?d\.\)[.,]?\s*")
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
    match = closing_stop(text, limit)
    if match is None:
        return None
    prefix = text[: match.start() + 1].rstrip(".")
    if not prefix or len(prefix) > 600:
        return None
    names = read_names(prefix, family_first)
    if names.score < 0.75 and _ABBREVIATED.fullmatch(prefix):
        found = body_after_abbreviation(text, match.end(), limit, family_first)
        if found is not None:
            match, names = found
    if (names.score >= 0.75 and names.authors) or (names.et_al and not names.authors):
        end = match.end()
        if text.startswith("(n", end):  # what `_UNDATED` needs: spare the regex
            undated = _UNDATED.match(text, end)
            end = undated.end() if undated else end
        return end, names
    return None  # names come first: a block that failed cannot continue past its stop


def body_after_abbreviation(
    text: str, start: int, limit: int, family_first: bool
) -> tuple[re.Match[str], Names] | None:
    """`U.S. Department of Widgets. Title`: a body's name led by a dotted abbreviation,
    whose stops close no author block (`U.S` is no name). The block ends at the next
    closing stop instead when all it holds is read as bodies; None otherwise."""
    match = closing_stop(text, limit, start)
    if match is None or match.start() > 600:
        return None
    names = read_names(text[: match.start() + 1].rstrip("."), family_first)
    if names.authors and all(author.literal for author in names.authors):
        return match, names
    return None


def closing_stop(text: str, limit: int, start: int = 0) -> re.Match[str] | None:
    """The first `_STOP` before `limit` after which the text no longer continues a name.

    With no limit short of the end, `_CLOSING_STOP` finds it in one search: its possessive
    `\\s++` takes the whole white-space run as `_STOP`'s greedy `\\s+` does, so the
    lookahead sees what `_CONTINUES_NAME.match` would at the stop's end, and a stop that
    fails cannot match by giving white space back. A limit inside the text hides the text
    after it from a lookahead, so there each stop is tested on the whole text."""
    if limit >= len(text):
        return _CLOSING_STOP.search(text, start)
    for match in _STOP.finditer(text, start, limit):
        if not _CONTINUES_NAME.match(text, match.end()):  # no `^` or lookbehind: as on a slice
            return match
    return None


def ends_in_abbreviation(text: str) -> bool:
    """Whether the word before the closing stop of `text` is a journal abbreviation."""
    text = text.rstrip()
    return text.endswith(".") and abbreviation_before(text, len(text))


def abbreviation_before(text: str, cut: int) -> bool:
    """Whether the word before the `.` at `cut - 1` is a journal abbreviation:
    `ends_in_abbreviation(text[:cut])` for such a cut, without copying the text."""
    # The word run before the stop; a window longer than any abbreviation suffices, since
    # a longer run (cut by the window) is no abbreviation either way. `endpos` ends the
    # text for `\Z` as the slice would.
    match = _LAST_WORD.search(text, max(0, cut - 24), cut - 1)
    return match is not None and match.group(0) in ABBREVIATIONS


def split_title_container(head: str) -> tuple[str, str]:
    """`Title. Container` → (title, container); the container may hold stops itself.

    The split is at the last stop before the end whose word is no abbreviation, else at
    the first stop. A stop's text `head[:start + 1]` ends in its `.`/`?`/`!`, never in
    white space, so `ends_in_abbreviation` of it is `abbreviation_before` at the stop
    when that is a `.` (and False for `?`/`!`): no slice is copied per stop, and a
    head of one stop (most) tests none."""
    size = len(head)
    cuts = [match.span() for match in _STOP.finditer(head) if match.end() < size]
    if not cuts:
        return head.strip(), ""
    idx = len(cuts) - 1
    while idx > 0:
        at = cuts[idx][0]
        if head[at] != "." or not abbreviation_before(head, at + 1):
            break
        idx -= 1
    start, end = cuts[idx]
    return head[: start + 1].strip(), head[end:].strip()


def strip_quotes(title: str) -> str:
    """Titles some styles quote (`“Title,”`, `‘Title’`) without the quotes and comma."""
    title = title.strip().rstrip(",")
    if title[:1] in "“\"‘'" and title[-1:] in "”\"’'":
        return title[1:-1].strip().rstrip(",.")
    return title
