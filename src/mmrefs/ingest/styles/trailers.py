"""Peel what follows a reference proper: identifiers, PubMed notes, access and online dates.

Every style appends these in its own order (`doi: … Epub 2018 Dec 4. PMID: n.`, `[PMID: n;
PMCID: PMCn]`, `Available at: URL (Accessed: …)`, `[cited 2020 May 1]`), so they are
removed from the end one at a time before any grammar looks at the entry; a DOI or URL
left in the middle (`Preprint at https://doi.org/… (2016)`) is cut out afterwards.
Only the last `WINDOW` characters are searched and at most `MAX_TRAILERS` are popped, so
a run-on entry costs time linear in its length.
"""

from __future__ import annotations

import re

from mmrefs.identifiers import DOI_PATTERN

WINDOW = 240
MAX_TRAILERS = 8
_DATE_WORDS = r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
_ONLINE_DATE = rf"\d{{4}}(?:\s+[A-Z][a-z]{{2,8}}\.?(?:\s+\d{{1,2}})?)?|{_DATE_WORDS}"
_TRAILER = re.compile(
    r"(?:^|(?<=[\s.,;)\]]))(?:"
    r"[\[(]\s*PMID:?\s*(?P<pmid_b>\d{1,9})\s*(?:;\s*PMCID:?\s*(?P<pmcid_b>PMC\d+)\s*)?[\])]"
    r"|(?:PubMed\s+Central\s+)?PMCID:?\s*(?P<pmcid>PMC\d+)"
    r"|(?:PubMed\s+)?PMID:?\s*(?P<pmid>\d{1,9})"
    rf"|Epub(?:\s+ahead\s+of\s+print)?(?:\s+(?P<epub>{_ONLINE_DATE}))?"
    r"|(?P<note>Review|Free\s+PMC\s+article|Erratum\s+in:?[^.]*)"
    rf"|Published(?:\s+online)?\s+(?P<published>{_ONLINE_DATE})"
    rf"|(?:doi:?\s*|DOI:?\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>{DOI_PATTERN})"
    rf"|(?P<bare_doi>{DOI_PATTERN})"
    r"|[\[(]\s*(?:accessed|cited|Accessed:?)\s*(?P<accessed>[^\])]{4,40})[\])]"
    rf"|Accessed:?\s*(?P<accessed_b>{_DATE_WORDS}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"|(?:Available\s+(?:from|at|online\s+at):?\s*|URL:?\s*)?(?P<url>https?://\S+?)"
    r")\s*[.,;]?\s*$"
)
# Where a trailer may start: the first character of one of `_TRAILER`'s alternatives,
# each branch led by a literal so that SRE scans for them in C (`_TRAILER` itself, led by
# a lookbehind, is tried at every position of the window).
_STARTS = re.compile(
    r"\[(?=\s*(?:PMID|accessed|cited|Accessed))|\((?=\s*(?:PMID|accessed|cited|Accessed))|"
    r"P(?=ubMed|MCID|MID|ublished)|E(?=pub|rratum)|R(?=eview)|F(?=ree)|d(?=oi)|D(?=OI)|"
    r"h(?=ttp)|1(?=0\.)|A(?=ccessed|vailable)|U(?=RL)"
)
_SEPARATORS = frozenset(".,;)]")
_CHEAP = ("doi", "pmid", "pmc", "http", "epub", "ccess", "cited", "10.", "published", "review")
_MIDDLE = re.compile(
    r"\s*(?:(?:Preprint\s+at|Available\s+(?:from|at|online\s+at):?|URL)\s+)?"
    rf"(?:(?:doi:?\s*|DOI:?\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>{DOI_PATTERN})"
    r"|(?P<url>https?://[^\s()]+?))(?=[.,;]?(?:\s|$))[.,;]?"
)
_DOI_URL = re.compile(rf"https?://(?:dx\.)?doi\.org/({DOI_PATTERN})$")
_ENDS_LOCATOR = re.compile(r"\d[).]?\s*$")
# Every group of `_TRAILER` is named: its names in group order pair with `match.groups()`
# as `match.groupdict()` would, without building a dict of a dozen mostly empty groups.
_GROUP_NAMES = tuple(sorted(_TRAILER.groupindex, key=_TRAILER.groupindex.__getitem__))
_NAMES = {"pmid_b": "pmid", "pmcid_b": "pmcid", "bare_doi": "doi", "accessed_b": "accessed"}


def has_trailer_words(tail: str) -> bool:
    """Whether `tail` holds one of the `_CHEAP` words a trailer is made of (without one,
    no search); spelled out, as substring tests cost far less than a loop over them."""
    low = tail.lower()
    return (
        "doi" in low
        or "pmid" in low
        or "pmc" in low
        or "http" in low
        or "epub" in low
        or "ccess" in low
        or "cited" in low
        or "10." in low
        or "published" in low
        or "review" in low
    )


def peel(text: str) -> tuple[str, dict[str, str]]:
    """The entry without its trailers, and what they said (`doi`, `pmid`, `url`, …)."""
    found: dict[str, str] = {}
    for _ in range(MAX_TRAILERS):
        if not has_trailer_words(text[-WINDOW:]):
            if len(text) <= WINDOW:  # the whole entry was looked at: no `http`, no `doi`,
                return text, found  # so nothing for `cut_middle` either
            break
        match = last_trailer(text, max(0, len(text) - WINDOW))
        if not match or (
            match.group("published") and not _ENDS_LOCATOR.search(text, 0, match.start())
        ):
            break  # `Journal. Published online May 1, 2020.`: the only date, not a trailer
        for name, value in zip(_GROUP_NAMES, match.groups(), strict=True):
            if not value:  # the alternatives not taken
                continue
            key = _NAMES.get(name, name)
            doi_url = _DOI_URL.match(value) if key == "url" else None
            key, value = ("doi", doi_url.group(1)) if doi_url else (key, value)
            if value and key not in found:
                found[key] = value.rstrip(".,;")
        text = text[: match.start()].rstrip().rstrip(",;").rstrip()
    return cut_middle(text, found)


def last_trailer(text: str, start: int) -> re.Match[str] | None:
    """`_TRAILER.search(text, start)`, trying only the positions `_STARTS` finds."""
    for found in _STARTS.finditer(text, start):
        at = found.start()
        before = text[at - 1] if at else ""  # `^`, or a separator before: the lookbehind
        if not at or before.isspace() or before in _SEPARATORS:
            match = _TRAILER.match(text, at)
            if match:
                return match
    return None


def cut_middle(text: str, found: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A DOI or URL printed before the end (Nature's `Preprint at URL (2016).`)."""
    if "doi" in found and "url" in found:
        return text, found
    lowered = text.lower()
    if "http" not in lowered and "doi:" not in lowered:
        return text, found
    match = _MIDDLE.search(text)
    if not match:
        return text, found
    for name in ("doi", "url"):
        value = match.group(name)
        if value and name not in found:
            found[name] = value.rstrip(".,;")
    return (text[: match.start()] + text[match.end() :]).strip(), found
