"""Peel what follows a reference proper: identifiers, PubMed notes, access and online dates.

Every style appends these in its own order (`doi: … Epub 2018 Dec 4. PMID: n.`, `[PMID: n;
PMCID: PMCn]`, `Available at: URL (Accessed: …)`, `[Online]. Available: URL` (IEEE),
`Retrieved from URL` (APA 6), `[cited 2020 May 1]`, UK Harvard's date read in brackets
after a URL, `URL [3 April 2017]`, AGPS Harvard's `viewed 12 May 2010, <URL>`, an ISSN in
parentheses; the Portuguese and Spanish forms of NLM's, `[citado em 2 de maio de 2020].
Disponível em: URL`, `Disponible en:`, `[consultado el …]`; Nigerian lists' `available @
URL date accessed 12/11/16`; ABNT's `Disponível em: <URL>. Acesso em: 10 jan. 2020`;
IEICE's `(DOI: 10.…)`), so they are removed from the end one at a time before any grammar
looks at the entry; a PMID printed bare after the pages
(`…: 45–67. 31234567.`) goes first, and a status standing for the locator (`to be
published`, `in press`, `Advance online publication`) last. Notes no field holds (NLM's
language, `Norwegian.`; a database, `Project MUSE.`; an e-book's format, `EPUB.`; a
trial's registration; a reply's pages, `; author reply 1894`; an annotated list's
sentence after Nature's `(2013).`) are peeled where no trailer closes the entry, so that the
identifiers before them are found too. A DOI or URL left in the middle
(`Preprint at https://doi.org/… (2016)`) is cut out afterwards, and so is an NLM access
date printed after the year (`2020 [cited 2021 Mar 2];12(3)`).
Only the last `WINDOW` characters are searched and at most `MAX_TRAILERS` are popped, so
a run-on entry costs time linear in its length.
"""

from __future__ import annotations

import re

from mmrefs.identifiers import DOI_PATTERN
from mmrefs.ingest.places import known_city
from mmrefs.ingest.styles.base import LANGUAGES

WINDOW = 240
MAX_TRAILERS = 8
_DATE_WORDS = r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
# An access date after its `Accessed` may also take an ordinal day (`January 4th 2011`)
# and a comma before the year (`19 March, 2014`); not a publication date (`Published 2nd
# edition, 2019` is no date), so `_DATE_WORDS` itself stays strict.
_ACCESS_DATE_WORDS = (
    r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}"
)
# A date in figures (`12/11/16`, `2019/08/27`), as access dates are printed after a link.
_NUMERIC_DATE = r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}/\d{1,2}/\d{1,2}"
# AMA's access date of a web page read in a month, without its day: `Accessed July 2016.`
_MONTH_YEAR = r"[A-Z][a-z]{2,8}\.?\s+\d{4}"
_ONLINE_DATE = rf"\d{{4}}(?:\s+[A-Z][a-z]{{2,8}}\.?(?:\s+\d{{1,2}})?)?|{_DATE_WORDS}"
# `Available` as lists print it, misspellings and all (`Avaliable at:`, `Avalaible at:`,
# `Availble from:`), so that the label before a link is never read as a publisher.
_AVAILABLE = r"[Aa]va(?:ilable|liable|laible|ilble|ilabe|iable)"
_TRAILER = re.compile(
    # (a DOI glued by a hyphen to the article's number or page, as old BMC lists print
    # it: `9 (4): e95439-10.5555/journal.pwid.0095439.`)
    r"(?:^|(?<=[\s.,;)\]])|(?=\(https?://)|(?<=\d-)(?=10\.\d{4,9}/))(?:"
    # WHO's link in parentheses after the year, its access date inside (`Geneva: World
    # Health Organization; 2017 (https://…, accessed 1 May 2020).`), no space before it
    # in Chinese lists' copies (`2016(http://…)`)
    # ASA's access date in parentheses of its own after it (`(http://…) (2017/10/11)`)
    r"\((?P<url_p>https?://[^\s()]+)(?:[,;]\s*[Aa]ccessed\s+(?P<accessed_w>[^()]{4,40}))?\)"
    r"(?:\s?\((?P<accessed_p>\d{4}[/-]\d{1,2}[/-]\d{1,2})\))?|"
    # Bentham's and some NLM copies' link in square brackets before the PMID:
    # `26: 826. [http://dx.doi.org/10.…] [PMID: 27522382]`
    r"\[\s*(?:(?:https?://)?(?:dx\.)?doi\.org/|(?:doi|DOI):?\s*)(?P<doi_sq>10\.\d{4,9}/[^\s\]]+)\s*\]|"
    r"\[\s*(?P<url_sq>https?://[^\s\]]+)\s*\]|"
    # and its PMCID in brackets of its own after the PMID's: `[PMCID: PMC4567890]`
    r"\[\s*PMCID:?\s*(?P<pmcid_sq>PMC\d+)\s*\]|"
    r"[\[(]\s*PMID:?\s*(?P<pmid_b>\d{1,9})\s*(?:;\s*PMCID:?\s*(?P<pmcid_b>PMC\d+)\s*)?[\])]"
    r"|(?:PubMed\s+Central\s+)?PMCID:?\s*(?P<pmcid>PMC\d+)"
    r"|(?:PubMed\s+)?PMID:?\s*(?P<pmid>\d{1,9})"
    rf"|Epub(?:\s+ahead\s+of\s+print)?(?:\s+(?P<epub>{_ONLINE_DATE}))?"
    r"|\[Epub\s+ahead\s+of\s+print\]"
    # PubMed's notes after the locator; `Review` only as a sentence of its own (after a
    # stop, a bracket or a semicolon): a journal's own last word (`Widget Review. https://…`)
    # is no note
    r"|(?P<note>(?:(?<=[.;)\]]\s)|(?<=[.;)\]]))Review|Free\s+PMC\s+article|Erratum\s+in:?[^.]*)"
    rf"|Published(?:\s+online)?\s+(?P<published>{_ONLINE_DATE})"
    # the label may lead the link (CDC's and AMA's copies: `DOI: http://dx.doi.org/10.…`;
    # APA 6 lists of agricultural journals capitalise it: `Doi: https://doi.org/10.…`)
    r"|(?:(?:(?:doi|DOI):?\s*|Doi:\s*)(?:(?:https?://)?(?:dx\.)?doi\.org/)?|(?:https?://)?(?:dx\.)?doi\.org/"
    rf"|https?://doi:)(?P<doi>{DOI_PATTERN})"
    rf"|(?P<bare_doi>{DOI_PATTERN})"
    rf"|\(\s*(?:DOI|doi):?\s*(?P<doi_b>{DOI_PATTERN})\s*\)"
    r"|[\[(]\s*(?:[Aa]ccessed:?|cited|(?:citado|acesso)(?:\s+em)?:?|consultado(?:\s+el)?:?"
    r"|дата\s+обращения:?"  # GOST 7.1's `(дата обращения: 01.02.2020)`
    r"|consult[ée](?:\s+le)?:?)"
    r"(?:\s+on\b)?\s*(?P<accessed>[^\])]{4,40})[\])]"
    r"|(?:[Dd]ate\s+|[Ll]ast\s+)?[Aa]ccessed(?:\s+on)?:?\s*"
    rf"(?P<accessed_b>{_ACCESS_DATE_WORDS}|{_MONTH_YEAR}|\d{{4}}-\d{{2}}-\d{{2}}|{_NUMERIC_DATE})"
    r"|(?:Acesso\s+em|Acessado\s+em|Consultado(?:\s+el)?|Consult[ée]\s+le|Fecha\s+de\s+consulta):?\s*"
    r"(?P<accessed_e>\d{1,2}(?:er)?(?:\s+de)?\s+[^\W\d_]{3,10}\.?(?:\s+de)?\s+\d{4})"
    # Springer's German lists: `Zugegriffen am 07.11.2018`, `Zugegriffen: 7. Nov. 2018`,
    # `Abgerufen am 3. Mai 2019`; Citavi's German `zuletzt geprüft am 12.03.2019`,
    # `Zugriff am 12.03.2019`
    r"|(?:Zugegriffen|Abgerufen|[Zz]uletzt\s+gepr[üu]ft|Zugriff)(?:\s+am)?:?\s*"
    r"(?P<accessed_z>\d{1,2}\.\s?(?:\d{1,2}\.\s?|[^\W\d_]{3,9}\.?\s+)\d{4})"
    r"|[\[(]ISSN:?\s*(?P<issn>\d{4}-?\d{3}[\dXx])[\])]"
    # a link printed without its scheme, after the words that say it is one: `Available
    # from www.example.org.` (the Cochrane Handbook's own citation)
    # (German lists: `Online: www.example.org`)
    rf"|(?:{_AVAILABLE}\s+(?:from|at|online(?:\s+at)?):?|Online:)\s*(?P<url_w>www\.[^\s<>]+?)"
    # (the older Vancouver's `Available from: URL: http://…`, both labels)
    rf"|(?:(?:\[Online\.?\]\.?\s*)?{_AVAILABLE}(?:\s+(?:from|at|online(?:\s+at)?))?:?\s*(?:URL:?\s*)?|URL:?\s*"
    # `Available in:`, Spanish and Portuguese lists' English for `Disponible en:`
    r"|[Aa]vailable\s*@\s*|[Aa]vailable\s+in:\s*|Online:\s*|Dispon[íi]vel\s+em:?\s*|Disponible\s+en:?\s*"
    # German lists' `Verfügbar unter: URL` (`Online verfügbar unter:`)
    r"|(?:Online\s+v|V)erf[üu]gbar\s+unter:?\s*"
    r"|Retrieved\s+from:?\s*"
    # APA's `Retrieved from` as Spanish, French and German lists print it: `Recuperado de
    # URL`, `Recuperado el 3 de mayo de 2019, de URL`, `Repéré à URL`, `Disponible sur :
    # URL`, `Abgerufen von URL`, `Abgerufen am 3. Mai 2019 von URL`
    # Portuguese lists' `Recuperado em 15 julho, 2016, de URL` (`de` and the comma optional)
    # Spanish Word's `Obtenido de URL` (its APA's `Retrieved from`)
    r"|Obtenido\s+de:?\s*"
    # a DOI's label before a link that is no DOI (`doi:http://www.redalyc.org/…`)
    r"|(?:doi|DOI|Doi):\s*(?=https?://(?!(?:dx\.)?doi\.org/))"
    r"|Recuperado\s+de:?\s*|Recuperado\s+(?:el\s+|em\s+)?(?P<accessed_s>\d{1,2}(?:\s+de)?\s+[^\W\d_]{3,10},?(?:\s+de)?\s+\d{4}),?\s+de:?\s*"
    r"|Rep[ée]r[ée]\s+[àa]\s*:?\s*|Disponible\s+sur\s*:?\s*|Abgerufen\s+von:?\s*"
    r"|Abgerufen\s+am\s+(?P<accessed_v>\d{1,2}\.\s?(?:\d{1,2}\.\s?|[^\W\d_]{3,9}\.?\s+)\d{4}),?\s+von:?\s*"
    # APA 6's web page: `Retrieved July 27, 2017, from URL`
    rf"|Retrieved\s+(?P<accessed_r>{_DATE_WORDS}),?\s+from:?\s*)?"
    r"(?:<(?=https?://\S+>))?(?P<url>https?://\S+?)>?"
    # (German lists' date in figures: `URL [17.07.2010]`)
    rf"(?:\s*\[(?P<accessed_c>{_DATE_WORDS}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\])?"
    # Japanese lists' access date glued after the link: `URL(2021年7月30日閲覧)`, the month's
    # alone too (`URL(2024年3月閲覧)`)
    r"(?:\s*[(（](?P<accessed_j>\d{4}年\d{1,2}月(?:\d{1,2}日)?)\s*(?:閲覧|参照|アクセス)[)）])?"
    # GB/T 7714-1987's dates after the link: `URL, 1998-08-16/1998-10-01` (updated, cited)
    r"(?:,\s*\d{4}-\d{1,2}-\d{1,2}(?:/(?P<accessed_g>\d{4}-\d{1,2}-\d{1,2}))?)?"
    r")\s*[.,;]?\s*$"
)
# Where a trailer may start: the first character of one of `_TRAILER`'s alternatives,
# each branch led by a literal so that SRE scans for them in C (`_TRAILER` itself, led by
# a lookbehind, is tried at every position of the window).
_STARTS = re.compile(
    r"\[(?=\s*(?:PMID|PMCID|accessed|cited|Accessed|citado|acesso|consult|https?://|doi|DOI)"
    r"|Online\.?\]|Epub|ISSN)|"
    r"\((?=\s*(?:PMID|accessed|cited|Accessed|citado|acesso|consult|DOI|doi|дата\s)|ISSN|http)|"
    r"P(?=ubMed|MCID|MID|ublished)|E(?=pub|rratum)|R(?=eview|etrieved|ecuperado|ep[ée]r)|F(?=ree)|"
    r"d(?=oi|x\.doi|ate\s+accessed)|D(?=OI|oi:|ate\s+accessed|ispon)|h(?=ttp)|1(?=0\.)|"
    r"A(?=ccessed|va[il]|cess|bgerufen)|a(?=va[il])|C(?=onsult)|F(?=echa\s)|"
    r"L(?=ast\s+accessed)|U(?=RL)|Z(?=ugegriffen|ugriff|uletzt)|z(?=uletzt)|O(?=nline:|nline\s+verf|btenido\s)|V(?=erf)|"
    r"<(?=http)"
)
_SEPARATORS = frozenset(".,;)]")
_CHEAP = (
    "doi", "pmid", "pmc", "http", "epub", "ccess", "cited", "10.", "published", "review",
    "issn",
)  # fmt: skip
# Copernicus prints the link of a data set or web page before its year, with its access
# date: `Title, Version 2018, available at: URL (last access: 18 March 2019), 2018.`
_FULL_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# Vancouver's old `Available at: URL: https://…` takes both labels, and an access date
# may be glued to the link's end by a stop (Iranian and Indian lists: `…/page.October 4,
# 2016.`).
# Its leading white space starts where a run of it starts (the leftmost match does):
# tried from each character of a long run, it would scan the rest of the run each time.
_MIDDLE = re.compile(
    r"(?<!\s)\s*+(?:(?:Preprint\s+at|[Aa]vailable\s+(?:from|at|online(?:\s+at)?):?(?:\s+URL:?)?|URL:?)\s+)?"
    rf"(?:(?:doi:?\s*|DOI:?\s*|Doi:\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>{DOI_PATTERN})"
    r"|(?P<url>https?://[^\s()]+?))"
    r"(?:\s+\((?:last\s+access|accessed):?\s+(?P<accessed>[^()]{4,40})\))?"
    rf"(?:\.(?P<glued>(?:{_FULL_MONTHS})\s+\d{{1,2}},\s+\d{{4}})\.?(?=\s|$)|(?=[.,;]?(?:\s|$))[.,;]?)"
)
# A year alone after a link cut from the middle (`Title URL, 2018.`, a web page's date
# after its address): the link stood between the title and the year.
_YEAR_LEFT = re.compile(r"\s*(?:19|20)\d\d[a-z]?\.?\s*")
_DOI_URL = re.compile(rf"https?://(?:dx\.)?doi\.org/({DOI_PATTERN})$")
_ENDS_LOCATOR = re.compile(r"\d[).]?\s*$")
# NLM's access date after the year of an online article (`2020 [cited 2021 Mar 2];12(3)`).
# A publication status closing the entry, and the endings that let `peel` look for one.
_STATUS = re.compile(
    r"[,.]?\s+(?:[Tt]o\s+be\s+published|[Ii]n\s+press|Advance\s+online\s+publication)\.?$"
)
_STATUS_ENDS = ("published", "published.", "press", "press.", "publication", "publication.")
# Led by its `[` (scanned for in C); the white space before it is taken by `cut_cited`.
_MIDDLE_CITED = re.compile(
    r"\[(?:cited|accessed|(?:citado|acesso)(?:\s+em)?:?|consultado(?:\s+el)?:?|consult[ée](?:\s+le)?:?)"
    r"\s+([^\[\]]{4,40})\]",
    re.IGNORECASE,
)
# Every group of `_TRAILER` is named: its names in group order pair with `match.groups()`
# as `match.groupdict()` would, without building a dict of a dozen mostly empty groups.
_GROUP_NAMES = tuple(sorted(_TRAILER.groupindex, key=_TRAILER.groupindex.__getitem__))
_NAMES = {
    "pmid_b": "pmid",
    "pmcid_b": "pmcid",
    "bare_doi": "doi",
    "doi_b": "doi",
    "accessed_b": "accessed",
    "accessed_c": "accessed",
    "accessed_e": "accessed",
    "accessed_g": "accessed",
    "accessed_r": "accessed",
    "accessed_w": "accessed",
    "accessed_z": "accessed",
    "accessed_s": "accessed",
    "accessed_v": "accessed",
    "accessed_j": "accessed",
    "accessed_p": "accessed",
    "url_p": "url",
    "doi_sq": "doi",
    "pmcid_sq": "pmcid",
    "url_sq": "url",
    "url_w": "url",
}


# Notes printed after the locator that no field holds: NLM's language of the article
# (`… 785-7. Norwegian.`, `[Article in Chinese]`, `(in Chinese)`), Harvard's date a web
# page was updated (`[Online] (Updated 26 May 2008)`), the database a
# bibliography names as where it was read (Chicago: `… 167-192. Project MUSE.`) and a
# trial's registration (`registration number: NCT00000000`). Closed lists, each taken
# only after a locator's last digit or parenthesis.
_DATABASES = frozenset(
    (
        "JSTOR",
        "Project MUSE",
        "ProQuest",
        "EBSCOhost",
        "ScienceDirect",
        "Gale",
        "HeinOnline",
        "LexisNexis",
        "Westlaw",
        "Factiva",
        "PsycINFO",
        "Academic Search Complete",
    )
)
# The format of an e-book Chicago prints after its publisher (`Publisher. Kindle.`,
# `Publisher. EPUB. https://…`): no field holds it, after whatever word.
_FORMATS = frozenset((
    "EPUB", "ePub", "Kindle", "Kindle edition", "Kindle ed", "PDF", "PDF e-book", "E-book",
    "e-book", "eBook",
))  # fmt: skip
# Russian and Ukrainian journals' abbreviated language notes (`(In Russ.)`, `(In Ukr.,
# abstract in Engl.)`), as their English reference lists print them after the locator
# or a book's imprint.
_LANGUAGE_ABBREVIATIONS = frozenset((
    "Russ", "Rus", "Ukr", "Engl", "Eng", "Chin", "Jpn", "Germ", "Ger", "Fr", "Span", "Pol",
    "Ital", "Port", "Kaz", "Bulg", "Hung", "Belarus", "Uzb", "Lith", "Latv", "Est",
))  # fmt: skip
_BRACKET_NOTE = re.compile(
    r"[\[(](?:(?:Article\s+)?[Ii]n\s+(?P<language>[A-Z][A-Za-z]+)(?P<abbreviated>\.)?"
    r"(?:[,;]?\s+(?:with\s+(?:an\s+)?English|[Aa]bstract\s+in\s+Engl(?:\.|ish)?|"
    r"[Ss]ummary\s+in\s+Engl(?:\.|ish)?)(?:\s+(?:abstract|summary))?)?|"
    r"(?P<updated>[Uu]pdated\s+[^\[\]()]{4,30}))[\])]"
)
_REGISTRATION = re.compile(
    r"(?:(?:Clinical\s*Trials\.gov\s+)?(?:[Rr]egistration\s+number|[Ii]dentifier)|"
    r"[Tt]rial\s+registration)\s*:?\s*(?:NCT|ISRCTN|ACTRN|ChiCTR)[\w-]+"
)
# A reply or discussion printed after the pages (NLM, Nature: `302, 1894; author reply
# 1894 (2003)`, `45-50; discussion 51-2`): its pages are not the article's.
NOTE_WINDOW = 40  # where a reply, an update's date or a registration may close an entry
_REPLY_WORDS = ("author reply", "discussion")
_REPLY = re.compile(r";\s(?:author\sreply|discussion)\s+[A-Za-z]?\d+(?:\s*-\s*[A-Za-z]?\d+)?")


def peel_note(text: str) -> str | None:
    """`text` without a note closing it after the locator (`base.LANGUAGES`, `_DATABASES`,
    `_REGISTRATION`, `_BRACKET_NOTE`) or a reply's pages (`_REPLY`), or None when it
    closes with none. Every entry is asked, so its last character says first which it
    may close with, and substring tests of the last `NOTE_WINDOW` characters the rest: a
    registration (its `CT`: `NCT…`, `ISRCTN…`) or a reply (`; author reply 1894`) in a
    digit, most entries' end; a name in a letter; a bracketed language, an update's date
    or a year after a reply in a bracket."""
    size = len(text)
    last = text[size - 1 : size]
    if last == "." or last == " ":  # one closing stop (or space), as trailers leave it
        size -= 1
        last = text[size - 1 : size]
    if text[size - 5 : size - 4] == "-":  # an ISSN's dash, four from the end
        coded = coden_note(text, size)
        if coded is not None:
            return coded
    if not text.isascii() and series_word(text, size):  # `Coleção`, `Série`, `coll. «`
        series = series_note(text, size)
        if series is not None:
            return series
    if last.isdigit():
        tail = text[size - NOTE_WINDOW : size] if size > NOTE_WINDOW else text[:size]
        if (
            "; " not in tail
            and "CT" not in tail
            and "No.:" not in tail
            and "ISBN" not in tail
            and "ISSN" not in tail
            and "Chapter" not in tail
            and "/" not in tail
        ):
            return None  # most entries: a locator's last number
        return (
            reply_note(text, size, tail)
            or registration_note(text, size, tail)
            or number_note(text, size, tail)
            or isbn_note(text, size, tail)
            or chapter_note(text, size)
            or code_note(text, size, tail)
        )
    if text.find("atabase", max(0, size - ARCHIVE_WINDOW), size) >= 0:  # APA 6's archive
        archived = archive_note(text, size)
        if archived is not None:
            return archived
    if last.isalpha():
        if text.endswith(_THEREIN, 0, size):
            return therein_note(text, size)
        stop = text.rfind(". ", max(0, size - 40), size)  # no name is longer
        if stop > 0 and text[stop + 2 : size] in _FORMATS:
            return text[: stop + 1]
        if stop < 1 or not (text[stop - 1].isdigit() or text[stop - 1] == ")"):
            return annotation_note(text, size)
        name = text[stop + 2 : size]
        if name in LANGUAGES or name in _DATABASES:
            return text[: stop + 1]
        return annotation_note(text, size)
    if last != ")" and last != "]":
        return None
    before = text[size - 2 : size - 1]
    if before.isalpha() or (before == "." and "n " in text[max(0, size - NOTE_WINDOW) : size]):
        return bracket_note(text, size)  # `[Article in Chinese]`, `(In Russ.)`
    tail = text[size - NOTE_WINDOW : size] if size > NOTE_WINDOW else text[:size]
    if "pdated" in tail:  # `(Updated 26 May 2008)`
        return bracket_note(text, size)
    if "ork published" in tail:  # APA: `(Original work published 1990)`
        return original_note(text, size)
    if before.isdigit() and ". (" in text[max(0, size - SERIES_WINDOW) : size]:
        # `Lyon 1980. (Example Publications no. 32)`
        series = year_series_note(text, size)
        if series is not None:
            return series
    return reply_note(text, size, tail) if "; " in tail else None


# A book's series and number in parentheses after the imprint's year and its stop, as
# Vancouver's and Harvard's older lists print an agency's series (`International Agency,
# Lyon 1980. (Example Scientific Publications no. 32).`, `Geneva: Example; 2003. (Example
# Technical Report Series, No. 916)`): no field holds it, and its number is no page.
_YEAR_SERIES = re.compile(
    r"\.\s+\((?=[A-Z])[^()]{2,80}?\b(?i:series|publications?|studies|reports?|notes|"
    r"monographs?|papers|bulletins?|handbooks?)\b[^()\d]{0,20}?(?:[Nn]o|[Vv]ol|[Nn]r)?\.?\s*\d{1,5}\)"
)


def year_series_note(text: str, size: int) -> str | None:
    """`text` without the `_YEAR_SERIES` closing it at `size` after a year (its stop
    kept), or None."""
    at = text.rfind(". (", max(0, size - SERIES_WINDOW), size)
    if at < 4 or not text[at - 4 : at].isdigit():
        return None
    return text[: at + 1] if _YEAR_SERIES.fullmatch(text, at, size) else None


# APA 6's archive a thesis was read from (`(Doctoral dissertation). Available from
# ProQuest Dissertations and Theses database. (UMI No. 3355930)`, `Retrieved from …`):
# the database and its order number, which no field holds.
ARCHIVE_WINDOW = 160
_ARCHIVE = re.compile(
    r"[.,]?\s+(?:Available|Retrieved)\s+from\s+"
    r"(?P<database>[A-Z][^.()\[\]]{2,100}?databases?)\.?"
    r"(?:\s*\((?:UMI|AAT|Order|Publication)\b[^()]{1,30}\))?"
)
_TITLE_WORD = re.compile(r"[^\W\d_]{2,}")  # a word, as `choose.title_score` counts them


def archive_note(text: str, size: int) -> str | None:
    """`text` without the `_ARCHIVE` note closing it at `size`, its stop kept, or None.
    A title of one or two words (`Widget gears (Master's thesis). Retrieved from Example
    Theses database.`) keeps the database's name as its source: without one, so short a
    title scores too little for any grammar to read the entry."""
    at = max(text.rfind("Available from", 0, size), text.rfind("Retrieved from", 0, size))
    if at < 1:
        return None
    start = at
    while start > 0 and text[start - 1] in " .,":
        start -= 1
    note = _ARCHIVE.fullmatch(text, start, size)
    if note is None:
        return None
    stop = text.rfind(". ", 0, start)
    title = text[stop + 2 if stop >= 0 else 0 : start]  # the last sentence before it
    if title.endswith((")", "]")):  # without a thesis' bracket: `(Doctoral dissertation)`
        title = title[: max(title.rfind("("), title.rfind("["), 0)]
    if len(_TITLE_WORD.findall(title, 0, 100)) < 3:
        return f"{text[: start + 1]} {note['database']}."
    return text[: start + 1]


ANNOTATION_WINDOW = 400  # how far before the end Nature's `(YEAR).` may close the locator
_ANNOTATION_MIN = 30  # an annotation is a sentence, not a word or two


def annotation_note(text: str, size: int) -> str | None:
    """`text` without the annotation sentence an annotated list (Nature Reviews) prints
    after an entry's locator: `Journal 62, e147–e239 (2013). A guideline statement
    from …`, ending at `size`. Nature's locator ends the reference with a page and the
    year in parentheses; what follows it is a note when it is a capitalised sentence of
    some length with no digit (a second reference would hold a locator). None otherwise."""
    at = text.rfind(").", max(0, size - ANNOTATION_WINDOW), size)
    if at < 8 or text[at - 5] != "(" or not text[at - 4 : at].isdigit():
        return nlm_annotation(text, size)
    if text[at - 6] != " " or not text[at - 7].isdigit():  # a page before the year
        # else an author-date year after the names (`Doe, A. (2001). Title. Journal, 18,
        # 280–287. Excellent overview …`): the other locators' and imprints' notes
        return nlm_annotation(text, size)
    note = text[at + 2 : size].strip()
    if len(note) < _ANNOTATION_MIN or not note[:1].isupper() or note.count(" ") < 5:
        return None
    if any(ch.isdigit() for ch in note):
        return None
    return text[: at + 2]


# Physics and chemistry lists' pointer to a paper's own references after its locator
# (`Journal 73, 851 (1969) and references therein.`): no field holds it.
_THEREIN = "references therein"
_THEREIN_NOTE = re.compile(r"(?<=[\d)])[,;]?\s+(?:and\s+|see\s+(?:also\s+)?)?references\s+therein$")


def therein_note(text: str, size: int) -> str | None:
    """`text` without the `_THEREIN_NOTE` closing it at `size`, after a locator's last
    digit or parenthesis, or None."""
    note = _THEREIN_NOTE.search(text, max(0, size - 40), size)
    return text[: note.start()] if note else None


# NLM's locator closing an annotated entry (`Journal. 2011;68:214–20. This study …`):
# the year, `;`, the volume and issue, `:`, the pages and their stop.
_NLM_LOCATOR_END = re.compile(
    r"\b(?:19|20)\d\d;\s?\d+(?:\(\d+\))?:\s?[A-Za-z]?\d+(?:[–-][A-Za-z]?\d+)?\.\s+(?=[A-Z])"
)


# What an annotation holds not: a number of four digits or more (a year, a PMID, a DOI's
# prefix), an identifier's label or a link.
_IDENTIFIED = re.compile(r"\d{4}|PMID|PMC|DOI|doi|://", re.IGNORECASE)


def nlm_annotation(text: str, size: int) -> str | None:
    """`text` without the annotation sentence an annotated list prints after NLM's
    locator (`_NLM_LOCATOR_END`), ending at `size`: a capitalised sentence of some length
    holding no year, identifier or link (`_IDENTIFIED`), as a second reference or the
    notes `peel` leaves to other readers would. None otherwise."""
    window = max(0, size - ANNOTATION_WINDOW)
    if text.find(";", window, size) < 0:
        return comma_annotation(text, size)
    end = None
    for found in _NLM_LOCATOR_END.finditer(text, window, size):
        end = found  # the last locator's
    if end is None:
        return None
    note = text[end.end() : size]
    if len(note) < _ANNOTATION_MIN or note.count(" ") < 5 or _IDENTIFIED.search(note):
        return None  # a sentence's counts (`a 2x risk in 300 adults`), no identifier's
    return text[: end.end()].rstrip()


# An author-year locator closing an annotated entry (`Journal, 18, 280–287. Excellent
# overview …`, `Journal 18(2): 280-287. …`): the volume (and issue), a comma or a colon,
# a page range and its stop, then a capital.
_RANGE_LOCATOR_END = re.compile(
    r"(?<![\w.])\d{1,4}(?:\s?\(\d{1,4}\))?[,:]\s?\d{1,6}\s?[–-]\s?\d{1,6}\.\s+(?=[A-Z])"
)


def comma_annotation(text: str, size: int) -> str | None:
    """`text` without the annotation sentence an annotated list prints after an
    author-year locator (`_RANGE_LOCATOR_END`, the last one), ending at `size`: a
    capitalised sentence (or two) of some length with no digit at all (a second reference,
    an erratum's or a reprint's note would hold one), in prose: most of its words in lower
    case (`Excellent overview and introduction to topic.`), where a proceedings' publisher
    and place after its pages are names (`…, 2, 33–40. Example Society of Widget
    Engineers, Springfield, Illinois.`). None otherwise."""
    window = max(0, size - ANNOTATION_WINDOW)
    if text.find("-", window, size) < 0 and text.find("–", window, size) < 0:
        return imprint_annotation(text, size)  # no page range: most entries that reach here
    end = None
    for found in _RANGE_LOCATOR_END.finditer(text, window, size):
        end = found
    if end is None:
        return imprint_annotation(text, size)
    return text[: end.end()].rstrip() if prose_note(text[end.end() : size]) else None


def prose_note(note: str) -> bool:
    """Whether `note` reads as an annotation's prose: of some length, with no digit at all
    (a second reference, an erratum's or a reprint's note would hold one) and no
    identifier, most of its words in lower case (names are not: `Example Society of
    Widget Engineers, Springfield, Illinois.`)."""
    if len(note) < _ANNOTATION_MIN or note.count(" ") < 5 or any(ch.isdigit() for ch in note):
        return False
    words = note.split()
    lower = sum(1 for word in words if word[:1].islower())
    return not _IDENTIFIED.search(note) and 2 * lower > len(words)


# What a sentence after a book's imprint names when it is a part of the reference, not
# an annotation: a thesis, a manuscript, a reprint or translation, an edition, a series,
# a report, a paper read at a meeting, a status (`In press.`).
_NOT_ANNOTATION = re.compile(
    r"thes[ie]s|dissertation|unpublished|manuscript|reprint|translat|edition|\bed\.|\bseries"
    r"|\breport|\bpaper\b|presented|\bpress\b|published|\bvol",
    re.IGNORECASE,
)


# A house's word or a house that prints under its bare name, before the place an
# annotation follows (`Example Associates Inc., Sunderland`, `Wiley, New York`).
_HOUSE_WORD = re.compile(
    r"\b(?:Press|Publish\w*|Books|Verlag|Inc|Ltd|Associates|Co|Company|Sons|Universit\w+"
    r"|Society|Institute|Wiley|Springer|Elsevier|Routledge|Sage|Blackwell|Macmillan|Saunders"
    r"|Mosby|Thieme|Karger|Lippincott|Pergamon|Academic|Freeman|Norton|Pearson|Penguin|McGraw)\b"
)


def imprint_annotation(text: str, size: int) -> str | None:
    """`text` without the annotation sentence (or two) an annotated list prints after a
    book's imprint all in commas (`…, 2nd edn, Example Associates Inc., Sunderland,
    Massachusetts. Excellent up-to-date textbook on the topic.`), ending at `size`: the
    last stop after a place the lexicon names (`places.is_place`, a city, a state or a
    country) that a comma leads to, a house's name before it (`_HOUSE_WORD`, in the two
    pieces before the place: `Title, Paris. A history of …` is a title's place and
    subtitle), then prose (`comma_annotation`'s tests) naming no part of a reference
    (`_NOT_ANNOTATION`: `Unpublished doctoral dissertation.`). None otherwise."""
    window = max(0, size - ANNOTATION_WINDOW)
    stop = text.rfind(". ", window, size)
    while stop > window:
        comma = text.rfind(", ", window, stop)
        place = text[comma + 2 : stop] if comma > 0 else ""
        if place and known_city(place):
            sentence = text[text.rfind(". ", window, comma) + 2 : comma]
            house = ", ".join(sentence.split(", ")[-2:])  # `House, City` before a state
            if not _HOUSE_WORD.search(house):
                return None  # `Title, Paris. A history of …`: a title's place and subtitle
            note = text[stop + 2 : size]
            if note[:1].isupper() and prose_note(note) and not _NOT_ANNOTATION.search(note):
                return text[: stop + 1]
            return None  # the last imprint's place: what follows is no note
        stop = text.rfind(". ", window, stop)
    return None


# AGPS Harvard's access date after the publisher, before the link in angle brackets
# (`Publisher, Place, viewed 12 December 2010, <URL>.`), found once the link is gone.
_VIEWED = re.compile(rf",?\s*[Vv]iewed\s+(?P<date>{_DATE_WORDS})[.,]?\s*$")


def peel_viewed(text: str, found: dict[str, str]) -> str | None:
    """`peel_note`, after an AGPS access date closing `text` (`viewed 12 December 2010`),
    which goes to `found`. `peel` asks it only of a text holding the word: a scan for its
    letter among `_STARTS` would cost every entry."""
    viewed = _VIEWED.search(text, max(0, len(text) - NOTE_WINDOW))
    if viewed is None:
        return peel_note(text)
    found.setdefault("accessed", viewed["date"])
    return text[: viewed.start()]


# APA's date of a work's first edition after its source and link (`… https://doi.org/…
# (Original work published 1990)`): no field holds it.
_ORIGINAL = re.compile(r"\s*\((?:Original\s+)?[Ww]ork\s+published\s+\d{4}(?:[-–]\d{2,4})?\)")


def original_note(text: str, size: int) -> str | None:
    """`text` without the `_ORIGINAL` note closing it at `size`, or None."""
    at = text.rfind("(", 0, size)
    note = _ORIGINAL.fullmatch(text, at, size) if at > 0 else None
    return text[:at].rstrip() if note else None


def reply_note(text: str, size: int, tail: str) -> str | None:
    """`text` without the reply's pages in `tail`, its last characters up to `size`
    (`; author reply 1894 (2003)`, `; discussion 51-2`), or None."""
    semi = tail.rfind("; ")
    if semi < 0 or not tail.startswith(_REPLY_WORDS, semi + 2):
        return None
    at = size - len(tail) + semi
    reply = _REPLY.match(text, at)
    return text[:at] + text[reply.end() :] if reply else None


# NLM's report and contract numbers closing a report (`2003. Report No.: 12-345.`,
# `Contract No.: Example publication 03-5233`): no field holds them.
_NUMBER_NOTE = re.compile(r"[.,;]?\s+(?:Report|Contract|Grant)\s+No\.:\s*[^.:;]{1,40}")


def number_note(text: str, size: int, tail: str) -> str | None:
    """`text` without the `_NUMBER_NOTE` closing it at `size`, or None."""
    at = tail.find(" No.:")
    if at < 0:
        return None
    start = text.rfind(" ", 0, size - len(tail) + at)  # the space before `Report`
    while start > 0 and text[start - 1] in " .,;":
        start -= 1
    note = _NUMBER_NOTE.fullmatch(text, start, size) if start > 0 else None
    return text[: start + 1] if note else None


# A book's ISBN closing its entry (MDPI, ACS, Harvard: `Place, 1998; p. 9. ISBN
# 978-92-844-0000-9.`, `ISBN: 0-12-345678-9`), or a journal's bare ISSN (Harvard:
# `7(3), 1460–1470. ISSN 1234-5678.`): no field holds either, and their hyphenated digits
# would be read as pages.
_ISBN_NOTE = re.compile(r"[.,;]?\s+(?:ISBN(?:-1[03])?|ISSN):?\s*\d[\d -]{7,20}\d")


def isbn_note(text: str, size: int, tail: str) -> str | None:
    """`text` without the `_ISBN_NOTE` closing it at `size`, or None."""
    at = max(tail.rfind("ISBN"), tail.rfind("ISSN"))
    if at < 0:
        return None
    start = size - len(tail) + at
    while start > 0 and text[start - 1] in " .,;":
        start -= 1
    note = _ISBN_NOTE.fullmatch(text, start, size) if start > 0 else None
    return text[: start + 1] if note else None


# NLM's chapter of an e-book named by its number after the imprint's date (`Place:
# Publisher; 2019. Chapter 9.`): no field holds it, and its number is no page.
_CHAPTER_NOTE = re.compile(r"[.,;]\s+Chapter\s+\d{1,3}")


# A book series named after the imprint, as Portuguese, Spanish and French lists print
# it (ABNT: `Brasília: Editora, 1999. (Coleção Exemplo, 2).`, `… Editora. Coleção
# Exemplo, nº 2.`, `(Colección Exemplo)`, `(coll. « Exemplo »)`, `(Série Exemplo, v. 3)`):
# no field holds it, and its number would be read as a locator. Only asked of an entry
# holding a character no ASCII has (those lists' accents), which spares most entries.
SERIES_WINDOW = 100
_SERIES_NOTE = re.compile(
    r"\.\s+(?:\((?:Cole[çc][ãa]o|Colecci[óo]n|[Cc]ollection|[Cc]oll\.|S[ée]rie)\s[^()]{2,80}\)"
    r"|(?:Cole[çc][ãa]o|Colecci[óo]n|S[ée]rie)\s[^().\d]{2,60}?(?:,\s*(?:n[º°o]\.?|v\.|vol\.)\s*\d+)?)"
)


_SERIES_WORDS = (
    "Coleção", "Colecao", "Colección", "Coleccion", "Collection", "Coll.", "coll.", "Série",
    "Serie",
)  # fmt: skip


def series_word(text: str, size: int) -> bool:
    """Whether a series' word (`_SERIES_WORDS`) opens the parenthesis closing `text` at
    `size`, or one of its last two sentences: asked of every entry, so by string tests
    from the end (no scan of the window)."""
    start = max(0, size - SERIES_WINDOW)
    if text[size - 1 : size] == ")":
        at = text.rfind("(", start, size)
        return at >= 0 and text.startswith(_SERIES_WORDS, at + 1)
    at = text.rfind(". ", start, size)
    if at >= 0 and text.startswith(_SERIES_WORDS, at + 2):
        return True
    at = text.rfind(". ", start, at) if at > 0 else -1  # `…, v. 3`: the sentence before
    return at >= 0 and text.startswith(_SERIES_WORDS, at + 2)


def series_note(text: str, size: int) -> str | None:
    """`text` without the `_SERIES_NOTE` closing it at `size`, its stop kept, or None."""
    start = text.rfind(". ", max(0, size - SERIES_WINDOW - 4), size)
    while start > 0:
        if _SERIES_NOTE.fullmatch(text, start, size):
            return text[: start + 1]
        start = text.rfind(". ", max(0, size - SERIES_WINDOW - 4), start)
    return None


# AIP's and Crossref's deposit strings close an entry with the journal's CODEN and ISSN
# glued together after the year (`Phys. Rev. 167, 289 (1968).PHRVAO0031-899X`): five
# capitals and a check character, then the ISSN. No field holds either, and the ISSN's
# figures would be read as pages.
_CODEN_ISSN = re.compile(r"[A-Z]{5}[A-Z0-9]\d{4}-\d{3}[\dX]")


def coden_note(text: str, size: int) -> str | None:
    """`text` without the `_CODEN_ISSN` closing it at `size`, when the locator's year or
    figure (or its stop) comes right before it, or None."""
    start = size - 15
    if start < 2 or _CODEN_ISSN.fullmatch(text, start, size) is None:
        return None
    kept = text[:start].rstrip()
    return kept if kept[-1:] in (".", ")") or kept[-1:].isdigit() else None


# An agency's document code closing the entry after the title's stop (WHO's
# `WHO/PBL/00.77`, `WHO/HTM/TB/2009.420`, as lists copy them from the cover): capitals,
# then two parts or more after slashes, no space. No field holds it, and its stops and
# digits would read as a journal's locator.
_CODE_NOTE = re.compile(r"\.\s+[A-Z]{2,}(?:/[A-Z0-9][A-Za-z0-9.-]*){2,}")


def code_note(text: str, size: int, tail: str) -> str | None:
    """`text` without the `_CODE_NOTE` closing it at `size`, its stop kept, or None."""
    if "/" not in tail:
        return None
    start = text.rfind(". ", max(0, size - NOTE_WINDOW), size)
    note = _CODE_NOTE.fullmatch(text, start, size) if start > 0 else None
    return text[: start + 1] if note else None


def chapter_note(text: str, size: int) -> str | None:
    """`text` without the `_CHAPTER_NOTE` closing it at `size`, its stop kept, or None."""
    at = text.rfind("Chapter", 0, size)
    while at > 0 and text[at - 1] == " ":
        at -= 1
    note = _CHAPTER_NOTE.fullmatch(text, at - 1, size) if at > 1 else None
    return text[:at] if note else None


def registration_note(text: str, size: int, tail: str) -> str | None:
    """`text` without the trial registration closing it at `size` (`…: NCT00000000`), its
    sentence after the locator's last digit, or None."""
    if "CT" not in tail:
        return None
    stop = text.rfind(". ", max(0, size - 80), size)
    if stop < 1 or not text[stop - 1].isdigit():
        return None
    return text[: stop + 1] if _REGISTRATION.fullmatch(text, stop + 2, size) else None


def bracket_note(text: str, size: int) -> str | None:
    """`text` without the `_BRACKET_NOTE` that closes it at `size`, or None."""
    at = max(text.rfind("[", 0, size), text.rfind("(", 0, size))
    note = _BRACKET_NOTE.fullmatch(text, at, size) if at > 0 else None
    if note is None or not (note["updated"] or known_language(note)):
        return None
    return text[:at].rstrip()


def known_language(note: re.Match[str]) -> bool:
    """Whether the `_BRACKET_NOTE` `note` names a language of `base.LANGUAGES` in full, or of
    `_LANGUAGE_ABBREVIATIONS` by its abbreviation and stop (`(In Russ.)`), whatever
    capitals it was typed in."""
    language = note["language"]
    if not language[1:].islower():  # `(in CHINESE)`, `(in CHinese)`: as typed, in capitals
        language = language.capitalize()
    if note["abbreviated"]:
        return language in _LANGUAGE_ABBREVIATIONS
    return language in LANGUAGES


def has_trailer_words(tail: str) -> bool:
    """Whether `tail` holds one of the `_CHEAP` words a trailer is made of (without one,
    no search); spelled out, as substring tests cost far less than a loop over them, and
    the words sharing a start (`pm`, `pub`) asked for only where it is."""
    low = tail.lower()
    return (
        "doi" in low
        or "http" in low
        or "10." in low
        or ("pm" in low and ("pmid" in low or "pmc" in low))
        or ("pub" in low and ("epub" in low or "published" in low))
        or "ccess" in low
        or "griffen" in low
        or "www." in low
        or "onsult" in low
        or "обращения" in low
        or "gerufen" in low
        or "cited" in low
        or ("[" in low and ("[citado" in low or "[consultado" in low or "[acesso" in low))
        or "review" in low
        or "issn" in low
    )


def peel(text: str) -> tuple[str, dict[str, str]]:
    """The entry without its trailers, and what they said (`doi`, `pmid`, `url`, …)."""
    found: dict[str, str] = {}
    if " " in text[-10:-7]:  # where the space before a bare PMID falls: `peel_bare_pmid`
        text = peel_bare_pmid(text, found)
    for _ in range(MAX_TRAILERS):
        if "accessed" in found and "url" not in found:
            linked = bare_link(text, found)
            if linked is not None:
                text = linked
                continue
        if not has_trailer_words(text[-WINDOW:]):
            # a note after the locator, the identifiers before it
            noted = peel_viewed(text, found) if "iewed" in text else peel_note(text)
            if noted is not None:
                text = noted
                continue
            if len(text) <= WINDOW:  # the whole entry was looked at: no `http`, no `doi`,
                # so nothing for `cut_middle` either
                return (peel_status(text) if text.endswith(_STATUS_ENDS) else text), found
            break
        match = last_trailer(text, max(0, len(text) - WINDOW))
        if not match or (
            match.group("published") and not _ENDS_LOCATOR.search(text, 0, match.start())
        ):
            # a note after the identifiers: then those before it
            noted = peel_viewed(text, found) if "iewed" in text else peel_note(text)
            if noted is not None:
                text = noted
                continue
            break  # `Journal. Published online May 1, 2020.`: the only date, not a trailer
        dated = ""
        for name, value in zip(_GROUP_NAMES, match.groups(), strict=True):
            if not value:  # the alternatives not taken
                continue
            key = _NAMES.get(name, name)
            doi_url = _DOI_URL.match(value) if key == "url" else None
            key, value = ("doi", doi_url.group(1)) if doi_url else (key, value)
            if key == "url" and "/," in value[-9:]:
                value, dated = url_year(value)
            if value and key not in found:
                found[key] = value.rstrip(".,;")
            glued = _DOI_YEAR.search(found.get("doi", "")) if key == "doi" else None
            if glued and glued_year(text[: match.start()], glued):
                # `doi:10.5555/wdg.b3692.2009`: the year glued after the DOI
                found["doi"], dated = found["doi"][: glued.start("stop")], glued["year"]
        glued_hyphen = text[match.start() - 1 : match.start()] == "-"  # `e95439-10.5555/…`
        text = text[: match.start() - glued_hyphen].rstrip().rstrip(",;").rstrip()
        if text[-1:] in "–—" and _DANGLING_AREA.search(text, len(text) - 4):
            text = text[:-1].rstrip()  # GOST's `. – ` before the cut `URL: … (дата обращения…)`
        if dated and dated not in text:  # the year glued after the link is the page's date
            text = f"{text}. {dated}"  # (printed already, `Doe, J. (2018). Title. URL,2018`,
            # it would be read again as a page)
    if text.endswith(_STATUS_ENDS):  # left once the identifiers after it are gone
        text = peel_status(text)
    return cut_middle(text, found)


# The dash GOST 7.1 parts its areas with (`… – 2018. – URL: …`), left dangling after its
# stop once the trailer after it is cut; an open range (`1995–`) has no stop before it.
_DANGLING_AREA = re.compile(r"\.\s+[–—]\Z")
# A year glued by a stop after a DOI whose last piece is an article's number of a letter
# and figures (NLM lists from Japan: `BMJ 339:b3692.doi:10.5555/wdg.b3692.2009`); a number
# alone before it is the suffix's own (`10.5555/ssrn.2012` is kept), and `glued_year` asks
# the entry for proof even after a letter and figures.
_DOI_YEAR = re.compile(r"\.(?P<article>[a-z]\d+)(?P<stop>\.)(?P<year>(?:19|20)\d\d)\Z")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def glued_year(before: str, glued: re.Match[str]) -> bool:
    """Whether the `_DOI_YEAR` ending a DOI is a year glued to it, not the suffix's own
    last piece (`10.1000/abc.e12.2019` may be a whole DOI): the article's number before it
    is printed as the entry's page before the DOI (`339:b3692.doi:…`), and no other year
    is printed before it (the one glued is the entry's only date, or printed again)."""
    article, year = glued["article"], glued["year"]
    if not any(f"{mark}{article}" in before for mark in (":", " ", ",")):
        return False
    years = _ANY_YEAR.findall(before)
    return not years or year in years


# A web page's link printed without its scheme before the access date AMA and NLM print
# after it (`Place: Body; 2017. www.example.gov/files/report.pdf. Accessed 28 Feb 2018.`,
# `2019. example.org/widgets/report.html. Accessed March 3, 2020.`), after a stop or a
# comma (and a label's colon: `Available at: example.org/page.`): a host of dotted words
# closed by a top-level domain's letters and, with no `www.`, a path after its slash. A
# path copied from the page's text may hold spaces in a file's name (`…/images/The Cost
# of Widgets.pdf`): only before a document's extension closing the entry. The classes on
# either side of each space part, so the pieces are read once.
_BARE_LINK = re.compile(
    r"(?<=[.,;:]\s)"
    # the label that may lead it goes with it (`Available from: www.example.org/page.`)
    rf"(?:(?:{_AVAILABLE}\s+(?:from|at|online(?:\s+at)?)|URL|Online|Retrieved\s+from):?\s)?"
    r"(?P<url>(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}"
    r"(?:/\S*(?:(?:\s[^\s.]+)*\s\S*\.(?:pdf|html?|aspx?|php|docx?|xlsx?))?)?)"
    r"\.?\Z"
)
_BARE_LINK_WINDOW = 300


def bare_link(text: str, found: dict[str, str]) -> str | None:
    """`text` without a `_BARE_LINK` closing it, which goes to `found` as the url; None
    when it closes with none. `peel` asks only once an access date has been peeled after
    it, the shape that says the piece is a link (a title's `Example.com` is none)."""
    if "/" not in text[-_BARE_LINK_WINDOW:] and "www." not in text[-_BARE_LINK_WINDOW:]:
        return None
    link = _BARE_LINK.search(text, max(0, len(text) - _BARE_LINK_WINDOW))
    if link is None:
        return None
    url = link["url"].rstrip(".,;")
    if not url.startswith("www.") and "/" not in url:
        return None  # a host alone (`Example.com`) may be a title's or a body's name
    if "doi.org/" in url:
        return None  # a DOI's link, which `_TRAILER` reads as the DOI
    found["url"] = url
    return text[: link.start()].rstrip().rstrip(",;").rstrip()


# A year glued after a link's closing slash by a comma (`…/en/,2018`, as web pages in
# Vancouver and Harvard lists print the date after the address): no path goes on so.
_URL_YEAR = re.compile(r"(?<=/),\s*((?:19|20)\d\d)\.?\Z")


def url_year(url: str) -> tuple[str, str]:
    """(`url` without a `_URL_YEAR`, that year), or (`url`, "") when it ends in none."""
    year = _URL_YEAR.search(url, max(0, len(url) - 8))
    return (url[: year.start()], year.group(1)) if year else (url, "")


def peel_bare_pmid(text: str, found: dict[str, str]) -> str:
    """`text` without a PMID printed bare after the pages' stop (`…: 45–67. 31234567.`),
    which goes to `found`. Read from the last space with string tests, not a search:
    `peel` asks of most entries, and few end in a number of seven or eight digits."""
    space = text.rfind(" ", max(0, len(text) - 10))
    number = text[space + 1 :].removesuffix(".")
    if space < 2 or not (7 <= len(number) <= 8 and number.isascii() and number.isdigit()):
        return text
    head = text[:space].rstrip()
    if head[-1:] not in (".", ")") or not head[-2:-1].isdigit():
        return text  # after a page and its stop only: `… 7. 21886121.`
    found["pmid"] = number
    return head


def peel_status(text: str) -> str:
    """`text` without a closing status that stands for the locator (IEEE's `Journal, to
    be published.`, APA's `Journal. In press.` and `Journal. Advance online
    publication.`): the work is not out in an issue, so no part follows."""
    match = _STATUS.search(text, max(0, len(text) - 32))
    return text[: match.start()] if match else text


def last_trailer(text: str, start: int) -> re.Match[str] | None:
    """`_TRAILER.search(text, start)`, trying only the positions `_STARTS` finds."""
    for found in _STARTS.finditer(text, start):
        at = found.start()
        before = text[at - 1] if at else ""  # `^`, or a separator before: the lookbehind
        # (a `(` and a DOI's `10.` are tried after anything: `_TRAILER`'s own lookbehinds
        # judge them, a DOI's allowing a hyphen after a figure, `e95439-10.5555/…`)
        if not at or before.isspace() or before in _SEPARATORS or text[at] in "(1":
            match = _TRAILER.match(text, at)
            if match:
                return match
    return None


def cut_middle(text: str, found: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A DOI or URL printed before the end (Nature's `Preprint at URL (2016).`), and an
    access date in brackets before the locator (NLM's `2020 [cited 2021 Mar 2];12(3)`)."""
    lowered = text.lower()
    if "[c" in lowered or "[a" in lowered:  # `[cited`, `[accessed`, `[citado`, `[acesso`
        text = cut_cited(text, found)
        lowered = text.lower()
    if "doi" in found and "url" in found:
        return text, found
    if "http" not in lowered and "doi:" not in lowered:
        return text, found
    match = _MIDDLE.search(text)
    if not match:
        return text, found
    for name in ("doi", "url", "accessed"):
        value = match.group(name)
        if value and name not in found:
            found[name] = value.rstrip(".,;")
    if match["glued"]:  # `…/page.October 4, 2016.`: the date the page was read
        found.setdefault("accessed", match["glued"])
    before, after = text[: match.start()], text[match.end() :]
    if before[-1:].isalnum() and _YEAR_LEFT.fullmatch(after):
        return f"{before}. {after.strip()}", found  # the link parted the title from its year
    return (before + after).strip(), found


def cut_cited(text: str, found: dict[str, str]) -> str:
    """`text` without a bracketed access date printed inside it (the one at the end is a
    trailer); the date goes to `found` as `accessed`."""
    match = _MIDDLE_CITED.search(text)
    if match is None:
        return text
    found.setdefault("accessed", match.group(1).strip())
    start = match.start()
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return text[:start] + text[match.end() :]
