"""Titles as the work's name, without what a database wrote around them.

Exports append notes to a title (`[Review] [33 refs]`, `[Erratum appears in …]`,
`Comment in: …`, `(Structured abstract)`), bracket a translated title and add the original
after `TO:` or `<ORIGINAL>`. None of that names a different work, so it is cut off before
comparing (the original-language part is kept as a second title). What does name a different
work is kept apart on purpose: a notice about a paper (erratum, reply, retraction), a part
or number (`… part A` / `… part B`, `phase II` / `phase III`), and titles that recur in
every issue (`Editorial`, `Reply`), which only a locator can tell apart.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from mmrefs.match.folding import fold, missing

TITLE_LIMIT = 400  # longer titles are compared on their first 400 characters
_SHORT_NOTE = r"[^\[\]]{1,60}"
_DB_NOTE = (
    r"(?i:erratum|errata|corrected|correction|comment|retract|published|see |update|"
    r"article in|abstract|review|summary|english|translat)[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*"
)
_NOTES = re.compile(rf"(?:\s*\[(?:{_DB_NOTE}|{_SHORT_NOTE})\])+[.\s]*$")
_PAREN_NOTES = re.compile(
    r"\s*\((?i:structured abstract|provisional abstract|brief record|abstract|"
    r"author'?s'? transl\w*|english abstract|review|editorial)\)[.\s]*$"
)
_LINKED = re.compile(
    r"(?<=[.\]\s])\s*(?i:comment|erratum|errata|retraction|update|republished|"
    r"corrected and republished|expression of concern)\s+(?:in|on|of|from|for)\s*:.*$"
)
_ORIGINAL = re.compile(r"\s*(?:<ORIGINAL>|(?<=[.\]])\s*TO\s*:|\bORIGINAL TITLE\s*:)\s*")
_WHO = r"authors?'?s?'? "
_RELATED = re.compile(
    r"^(?:(?P<retraction>notice of retraction|retraction(?: note| notice| statement)?"
    r"(?: (?:to|for|of))?\s*:|retraction (?:note|notice|statement)\b)|"
    r"(?P<erratum>(?:erratum|errata|corrigendum)\b|corrections?(?: notice)?"
    r"(?: (?:to|for|on))?\s*(?::|$)|correction (?:to|notice)\b)|"
    r"(?P<concern>expression of concern\b)|"
    rf"(?P<reply>(?:in )?reply\b|response\s*(?::|$)|{_WHO}(?:reply|response)\b|"
    r"response to (?:the )?(?:letters?|comments?|commentary|editor|editorial|"
    r"correspondence|critique|criticism|re|drs?|authors?)\b)|"
    r"(?P<comment>comments? on\b|commentary on\b|re\s*:))"
)
_RETRACTED = re.compile(r"(?i)^\s*retracted(?: article)?\s*:\s*|\s*\(retracted(?: article)?\)")
_NOTICE_MARK = re.compile(
    r"(?i)(?:[\[(](?:erratum|errata|corrigendum|correction)[\])]|"
    r"\(vol\.? ?\w+,? (?:pg?\.? ?\w+|art\.? ?no\.? ?\w+),? \d{4}\))[.\s]*$"
)
_RECURRING = re.compile(
    r"^(?:guest |the )?(?:editorial|editor s (?:note|introduction|comment|choice|preface)|"
    r"editors (?:note|introduction)|from the editors?|introduction|preface|foreword|"
    r"reply|in reply|response|authors? s? reply|correction|corrections|corrigendum|erratum|"
    r"errata|retraction|letter|letters|letter to the editor|commentary|comment|"
    r"in this issue|book reviews?|news|announcements?|obituary|index|abstracts|"
    r"conference report|meeting report|reviewers|acknowledge?ments?|contents|"
    r"table of contents|notes|expression of concern)(?: (?:to|on|of)(?: the)? \w+)?$"
)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7"}
_ROMAN |= {"viii": "8", "ix": "9", "x": "10", "xi": "11", "xii": "12"}
_COUNTED = frozenset(("part", "parts", "phase", "type", "stage", "grade", "class", "series"))
_COUNTED |= {"section", "chapter", "volume", "book", "study"}
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_PROTOCOL = re.compile(
    r"\b(?:study|trial|review) protocol\b|\bprotocol for (?:a|an|the)\b|\bprotocol$"
)
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")
_STOP = frozenset(("a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "with", "by"))
_STOP |= {"at", "from", "as", "is", "are", "its", "de", "la", "le", "et", "und", "der", "die"}


def clean_title(title: str) -> tuple[str, str]:
    """(the title without database notes, the original-language title printed after it)."""
    if missing(title):
        return "", ""
    original = ""
    if "etracted" in title or "ETRACTED" in title:
        title = _RETRACTED.sub("", title)
    if "<" in title or "TO" in title:
        parts = _ORIGINAL.split(title, maxsplit=1)
        if len(parts) == 2 and len(parts[0]) >= 10:
            title, original = parts
    bare = _strip_notes(title)
    return (bare if len(bare) >= 10 else title), original


def _strip_notes(title: str) -> str:
    """Notes come in any order and number (`… [Review] [33 refs]. Comment in: …`)."""
    while True:
        stripped = _LINKED.sub("", title) if ":" in title else title
        end = stripped.rstrip(". ")[-1:]
        if end == "]":
            stripped = _NOTES.sub("", stripped)
        elif end == ")":
            stripped = _PAREN_NOTES.sub("", stripped)
        if stripped == title:
            return title
        title = stripped


def title_key(title: str) -> str:
    """Folded title without the notes databases append (`[Review] [33 refs]`)."""
    return fold(clean_title(title)[0])[:TITLE_LIMIT]


def related_kind(key: str, container: str, printed: str = "") -> str:
    """Notices about a work (erratum, reply, retraction) and preprints are other records.

    `printed` is the title as printed, read for its punctuation: `Correction: …` and
    `Response to the letter …` are notices, `Correction of scoliosis …` and `Response of
    tumour cells …` are papers; an erratum notice may be marked only at its end (`…
    [Erratum]`, Web of Science's `… (vol 12, pg 34, 2010)`). A paper marked `RETRACTED:`
    is the paper itself (its notice is `Retraction: …`)."""
    found = _RELATED.match(printed.strip().lstrip('"[(').casefold() or key)
    if found:
        return str(found.lastgroup)
    if printed.rstrip(". ")[-1:] in ")]" and _NOTICE_MARK.search(printed):
        return "erratum"
    words = set(container.split())
    return "preprint" if words & {"biorxiv", "medrxiv", "arxiv", "chemrxiv", "ssrn"} else ""


def is_recurring(key: str) -> bool:
    """`Editorial`, `Reply`, `Introduction`: names every issue gives a new item."""
    return bool(_RECURRING.match(key))


def is_short(key: str) -> bool:
    """A title of one or two words (`Empyema thoracis`) is nearly as unspecific."""
    return key.count(" ") < 2


def markers(key: str) -> tuple[str, ...]:
    """Numbers, counted roman numerals and single letters: what tells `… part A` from
    `… part B`, `phase II` from `phase III`, `5-year results` from `10-year results`;
    `protocol` marks a study's protocol, a different record from its results."""
    found = []
    if _DIGIT.search(key):
        found = [d.lstrip("0") or "0" for d in _DIGITS.findall(_THOUSANDS.sub("", key))]
    words = key.split()
    last = len(words) - 1
    for n, word in enumerate(words):
        if len(word) > 4 or not word.isalpha():
            continue
        counted = n == last or (n > 0 and words[n - 1] in _COUNTED)
        if counted and word in _ROMAN:
            found.append(_ROMAN[word])
        elif len(word) == 1 and (word not in "ast" or (word == "a" and counted)):
            found.append(word)
    if "protocol" in key and _PROTOCOL.search(key):
        found.append("protocol")
    return tuple(sorted(found))


def part_conflict(x: tuple[str, ...], y: tuple[str, ...]) -> str:
    """`2 / 3` when each title has a marker the other lacks; one-sided extras (a subtitle
    one database dropped) say nothing, except `protocol`: a protocol is not its results."""
    only_x = [m for m in x if m not in y]
    only_y = [m for m in y if m not in x]
    if ("protocol" in only_x) != ("protocol" in only_y):
        return "protocol / report"
    return f"{' '.join(only_x)} / {' '.join(only_y)}" if only_x and only_y else ""


def swapped_word(x: str, y: str) -> str:
    """A content word one title has and the other lacks (`rats` / `mice`), tolerating typos;
    empty when the titles differ only in spelling."""
    only_x = set(x.split()) - set(y.split()) - _STOP
    only_y = set(y.split()) - set(x.split()) - _STOP
    typos = {w for w in only_x for v in only_y if fuzz.ratio(w, v) >= 75}
    typos |= {v for v in only_y for w in only_x if fuzz.ratio(w, v) >= 75}
    only_x, only_y = only_x - typos, only_y - typos
    return f"{' '.join(sorted(only_x))} / {' '.join(sorted(only_y))}" if only_x and only_y else ""
