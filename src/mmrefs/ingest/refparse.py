"""One printed entry → a Reference (or a FailedEntry saying why), whatever its style."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from typing import Any

from mmrefs.ingest.abbreviated import journal_start
from mmrefs.ingest.book_tail import reread_book_tail
from mmrefs.ingest.gbt7714 import KINDS, TYPE_MARK, UNCODED_STYLE, find_type_mark
from mmrefs.ingest.imprint_spans import IN_A_PERIODICAL, reread_imprint
from mmrefs.ingest.learned import read_learned, read_together
from mmrefs.ingest.normalize import language_of, squeeze
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.steps import apply_steps
from mmrefs.ingest.styles.choose import parse_styles
from mmrefs.ingest.styles.gbt import read_uncoded
from mmrefs.ingest.styles.grammars import untagged
from mmrefs.ingest.styles.people import parted_japanese_names
from mmrefs.ingest.styles.trailers import peel
from mmrefs.ingest.suspect import suspicions
from mmrefs.ingest.unlocated import reread_container
from mmrefs.keys import KeyRing, key_base
from mmrefs.model import FailedEntry, Finding, Kind, Reference, Severity, SourceLoc
from mmrefs.text import fold_fullwidth, has_cjk, strip_italics

_REFERENCE_FIELDS = {f.name for f in dataclass_fields(Reference)}
_EXTRA_ORDER = (
    "edition",
    "issued",
    "accessed",
    "pmcid",
    "document_number",
    "style",
    "style_score",
    "refused",
    "replaced",
    "learned_fields",
    "problem",
    "imprint",
    "set_aside",
    "journal_start",
)
LOW_SCORE = 0.8  # a reading scored below this is reported for a person to check
# The statistical fallback (`learned`) reads what every grammar refused (and, if
# `LEARNED_REPLACES_BELOW` says so, what they read with low scores): its readings are
# scored below any a grammar may return (`choose.ACCEPT`), so each one is reported for a
# person to check, with the grammars' reason for refusing it when they refused it.
LEARNED_STYLE = "crf"
LEARNED_SCORE = "0.50"
LEARNED_LONGEST = 2000  # characters: a longer "entry" is no single reference
# The policy setting: a grammar's reading scored below this (`style_score`; a reading
# without one scores 1.0) is replaced by the fallback's, when the fallback finds a
# reference in the entry; the extra `replaced` keeps which grammar's reading, at which
# score, it replaced. None keeps the fallback to entries every grammar refused. Each value
# was chosen by rules declared before the measurement (`bench/fallback_bench.py`), on a
# batch of real lists neither the rules nor the model had seen: 0.8 on fresh9 (87.13% →
# 88.05% of fields, 12 entries better, none worse), then 0.9 on fresh10 (82.26% → 84.48%,
# 11 better, 1 worse; every file's held-out rows 90.54% → 91.81%, 21 better, 4 worse),
# beside a candidate that took only the authors and title from the model (82.70%, 8/4);
# 0.95 read better on fresh11 (87.04% against 85.51%) but handed 12.6% of a rendered list's
# readings to the model (0.9: 1.7%) and ran 39% slower, past the declared limits.
# It costs a few percent of the parser's speed on rendered lists, where about 1.7% of the
# readings score below it (each is read twice). A replaced reading scores `LEARNED_SCORE`,
# so it is reported for a person to check. An uncoded GB/T periodical's reading is never
# replaced (`uncoded_periodical`): it is still reported, by its own low score.
LEARNED_REPLACES_BELOW: float | None = 0.9
# Another policy setting (policy `b3u` of `bench/fallback_bench.py`): when true, a
# grammar's scored reading that names a container but nothing that places the work in it
# or says who issued it (`unlocated`: no volume, issue, page, article or report number,
# no publisher or place, no link) is replaced as well, whatever its score (a reading
# with no score, such as a type-coded GB/T entry's, is kept). Such a reading scores 0.9
# at best (no locator), and on real lists it is mostly a book's or a report's
# imprint, a series or a second title sentence read as a journal: on every guides file's
# held-out rows and fresh11's dev rows (none of them trained on) the fallback read those
# 41 entries better (58.7% → 69.8% of fields, 20 better, 2 worse), where readings at 0.9
# with a publisher and a place were better left (93.5% against 86.6%). Declared before
# fresh12 was measured, against b3, and chosen on it: 87.60% → 88.39% (8 entries better,
# 2 worse). On rendered lists such readings are 1.3-1.5% of the total (preprints and
# online-first articles), which the model also reads better (99.32% → 99.35%, no style
# lower), at about 4% more instructions per entry.
LEARNED_REPLACES_UNLOCATED = True
# What places a work inside its container or names who issued it (`unlocated`).
_LOCATING = (*IN_A_PERIODICAL, "document_number", "publisher", "place", "doi", "url")
# The second policy setting (policy `v+a` of `bench/fallback_bench.py`): a grammar's
# reading scored below this, and not replaced, keeps its style, its score and every field
# it read, and takes from the fallback's reading, when the fallback finds a reference in
# the entry, each of `LEARNED_FILLS` it left empty; the extra `learned_fields` names them,
# so a person sees which came from the model. None, the default, fills nothing.
LEARNED_FILLS_BELOW: float | None = None
# The fields the fallback may fill. `authors` (with `et_al`) only when the grammar read no
# author; `pages` only when it read no page at all (`pages`, a first or last page, an
# article number). Identifiers the trailers carry are added before, so they always win.
LEARNED_FILLS = (
    "authors",
    "title",
    "container",
    "year",
    "volume",
    "issue",
    "pages",
    "doi",
    "url",
    "publisher",
    "place",
    "pmid",
)
_PAGE_FIELDS = ("pages", "first_page", "last_page", "article_number")
_CITED = re.compile(
    r"\s*\[(?:cited|accessed)?\s*(\d{4}(?:-\d{1,2}){0,2}[^\]]*)\]\s*\.?\s*$", re.IGNORECASE
)


# The same date printed without its brackets after the imprint's stop (`…: IHME;2019. cited
# 2022 April 13.`): a year, maybe its month and day, or an ISO date, and nothing after.
_CITED_BARE = re.compile(
    r"(?<=[.;])\s*[Cc]ited:?\s+((?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)?"
    r"|\d{4}-\d{1,2}-\d{1,2})\s*\.?\s*$"
)


def ends_in_bracket(body: str) -> bool:
    """Whether `body` ends `]`, `].` or `] .`: what `_CITED` needs, checked without
    trying its leading `\\s*` at every position of the entry."""
    body = body.rstrip()
    return body.endswith("]") or (body.endswith(".") and body[:-1].rstrip().endswith("]"))


def prepare(text: str) -> str:
    """Fold full-width punctuation and drop emphasis so both styles see plain ASCII syntax."""
    if "*" in text:
        text = strip_italics(text)
    if " icon" in text:  # `….pdf icon NCHS Data Brief`: see `_ICON_TEXT`
        text = _ICON_TEXT.sub(lambda m: "" if m.group(1) else m.group(2), text)
    if text.isascii():  # nothing full-width to fold: spaces only
        return squeeze(text)
    if _ODD_HYPHENS.search(text):  # `231‐238` (U+2010), as web pages and PDFs print ranges
        text = _HYPHEN_RANGE.sub("-", text)
    if "\u00a8" in text:  # `338¨C344`: see `_GBK_DASH`
        text = _GBK_DASH.sub("\u2013", text)
    if "\u02bb" in text:  # `ʻTitleʼ`: see `_MODIFIER_QUOTES`
        text = _MODIFIER_QUOTES.sub("\u2018\\1\u2019", text)
    return fold_fullwidth(text).replace("．", ". ")


# Hyphens other than `-`, `–` and `—` (which every range pattern takes): between digits
# they join a range; elsewhere (`COVID‐19`, a name) they stay as printed. The horizontal
# bar (U+2015) is how Japanese clinical lists print a page range (`8 : 267―273, 2001`).
_ODD_HYPHENS = re.compile("[\u2010\u2011\u2012\u2015\u2212]")
_HYPHEN_RANGE = re.compile("(?<=\\d)[\u2010\u2011\u2012\u2015\u2212](?=\\d)")
# The text of a web page's link icons, copied with the entry: US federal pages (CDC's,
# MMWR's) follow every link with an image whose text is `pdf icon` or `external icon`, and
# lists copied from them keep it (`…, 1999–2018.pdf icon NCHS Data Brief, no 356.`). Only
# glued to a link text's stop (`.pdf icon`), or after a link (`https://… external icon`).
_ICON_TEXT = re.compile(r"(?<=\.)(pdf) icon\b|(?<!\S)((?:https?://|www\.)\S+) external icon\b")
# The en dash as a page stored in GBK shows when read as Latin-1 (bytes A8 43: `¨C`), as
# Chinese-hosted copies of English articles print every range (`Gut 2023, 72, 338¨C344.`).
# Between digits it has no other reading; elsewhere it is left as printed.
_GBK_DASH = re.compile("(?<=\\d)\u00a8C(?=\\d)")
# The modifier letters turned comma and apostrophe (U+02BB, U+02BC) typed as a title's
# single quotes (`AʼHearn, B. (2014). ʻThe British industrial revolution in a European
# mirrorʼ, in …`), as some word processors turn `‘’`: a pair around words, the opening
# one before a word and the closing one after it and before a comma, a stop or the
# entry's end, is read as `‘…’`. The same letters as letters stay: an apostrophe in a
# name (`AʼHearn`), a Hawaiian ʻokina (`Hawaiʻi`, `ʻOhana and the familiesʼ role`), an
# Arabic transliteration's ʻayn and hamza (`The ʻulamāʼ in …`), none closing a title.
_MODIFIER_QUOTES = re.compile(
    "(?<!\\w)\u02bb(?=\\w)([^\u02bb\u02bc]{3,}?[\\w.,?!])\u02bc(?=\\s*(?:[,.;:]|$))"
)


def parse_fields(text: str) -> dict[str, Any] | str:
    """Style-specific fields for one entry's text, or the reason it could not be read.

    The grammars and the statistical fallback both read the prepared text, so that a
    repair `prepare` makes (a GBK dash, link icons' text) is not undone when the fallback
    replaces a grammar's reading."""
    return finish(draft(text))


@dataclass(frozen=True)
class Draft:
    """An entry as the grammars read it (`draft`), before the fallback and the steps: what
    `finish` completes, in place (a draft is finished once). Split so that a list's
    entries can be drafted first and the ones the fallback will read be read together
    (`parse_entries`)."""

    text: str  # the prepared entry, which the fallback reads
    body: str  # what the grammars read: trailers peeled
    ids: dict[str, str]  # the trailers' identifiers and links
    parsed: dict[str, Any] | str  # the grammars' reading, or why none reads

    @property
    def asks(self) -> bool:
        """Whether `finish` will have the fallback read the entry (`read_learned_entry`
        reads none longer than `LEARNED_LONGEST`)."""
        return len(self.text) <= LEARNED_LONGEST and fallback_use(self.parsed, self.ids) != ""


def fallback_use(parsed: dict[str, Any] | str, ids: dict[str, str]) -> str:
    """What `finish` asks of the fallback for the grammars' reading `parsed`: to read an
    entry every grammar `refused`, to `replace` a reading the policy settings hand over
    (`doubtful`, `unlocated`), to `fill` a reading's empty fields (`fillable`), or
    nothing (""). One answer for `finish` and for `Draft.asks`, which must agree."""
    if isinstance(parsed, str):
        return "refused"
    if doubtful(parsed) or (LEARNED_REPLACES_UNLOCATED and unlocated(parsed, ids)):
        return "replace"
    return "fill" if fillable(parsed) else ""


def draft(text: str) -> Draft:
    """The grammars' reading of one entry's text (`read_body`), with what `finish` needs."""
    text, body, ids = peeled(text)
    return Draft(text, body, ids, read_body(body, bool(ids.get("doi") or ids.get("url"))))


def finish(entry: Draft) -> dict[str, Any] | str:
    """`parse_fields` of a drafted entry: the fallback where the policy asks for it, the
    trailers' identifiers, the rereadings and the normalising steps."""
    text, body, ids, parsed = entry.text, entry.body, entry.ids, entry.parsed
    filler = None
    use = fallback_use(parsed, ids)
    if isinstance(parsed, str):  # `use` is "refused"
        learned = read_refused(text, body, parsed)
        if learned is None:
            return parsed
        parsed = learned
    elif use == "replace":
        parsed = replacement(text, body, parsed) or parsed
    elif use == "fill":
        filler = read_learned_entry(text, body)
    if ids:  # half the entries print no trailer at all
        add_ids(parsed, ids)
    if filler is not None:
        fill_empty(parsed, filler)
    reread_imprint(parsed, body)
    reread_container(parsed, body)
    reread_book_tail(parsed, body)
    give_back_journal_start(parsed, body)
    if not body.isascii() and parsed.get("authors"):
        parted = parted_japanese_names(tuple(parsed["authors"]), body)
        if parted is not None:
            parsed["authors"] = parted
    problems = apply_steps(parsed)  # `parsed` is this entry's own: no copy for the steps
    if problems:
        parsed["problem"] = "; ".join(str(p) for p in problems)
    return parsed


def peeled(text: str) -> tuple[str, str, dict[str, str]]:
    """The prepared entry (`prepare`), the body the grammars read, and the trailers
    peeled from it (identifiers, links, a `[cited …]` date as `accessed`)."""
    text = prepare(text)
    body, ids = peel(text)
    if ends_in_bracket(body):
        cited = _CITED.search(body)
    else:
        cited = _CITED_BARE.search(body) if "ited" in body[-40:] else None
    if cited and not TYPE_MARK.match(body[cited.start() :]):
        ids["accessed"] = cited.group(1).strip()
        body = body[: cited.start()]
    return text, body, ids


def read_body(body: str, linked: bool) -> dict[str, Any] | str:
    """The fields of the best reading of `body` (`choose.parse_styles`), or why none reads.

    An entry in GB/T order that lost its type code (older Chinese lists print none) is
    read by `gbt.read_uncoded`, scored low so that it is reported for checking: a
    Chinese entry that ends in GB/T's own periodical part first (no other style prints
    one); an entry no grammar reads; and a Chinese entry whose reading took a GB/T
    imprint (`北京: 出版社, 1997: 74-80`) for a journal. Only entries without a type code
    are tried: a coded entry that no grammar reads keeps the reason it failed."""
    uncoded_ok = find_type_mark(body) is None  # a coded entry's failure keeps its reason
    chinese = uncoded_ok and has_cjk(body[:12])
    if chinese:
        uncoded = read_uncoded(body, books=False)
        if uncoded is not None:
            return uncoded
    parsed = parse_styles(body, linked)
    if isinstance(parsed, str):
        return (read_uncoded(body) if uncoded_ok else None) or parsed
    if chinese and not parsed.get("publisher") and ":" in str(parsed.get("container", "")):
        return read_uncoded(body) or parsed
    return parsed


def give_back_journal_start(fields: dict[str, Any], body: str) -> None:
    """The abbreviated journal's first words a reading's title took, given back to its
    container (`abbreviated.journal_start`); the extra `journal_start` says so."""
    title, container = str(fields.get("title") or ""), str(fields.get("container") or "")
    found = journal_start(title, container, body) if title and container else None
    if found is not None:
        fields["title"], fields["container"] = untagged(found[0]), found[1]
        fields["journal_start"] = "given back from the title"


def doubtful(fields: dict[str, Any]) -> bool:
    """Whether `LEARNED_REPLACES_BELOW` hands this grammar reading to the fallback: never
    by default (one `None` test per entry); never an uncoded GB/T periodical's
    (`uncoded_periodical`)."""
    below = LEARNED_REPLACES_BELOW
    if below is None or float(fields.get("style_score", 1.0)) >= below:
        return False
    return not uncoded_periodical(fields)


def uncoded_periodical(fields: dict[str, Any]) -> bool:
    """Whether `fields` is the uncoded GB/T reader's reading of an article by GB/T's own
    periodical part (`例示学报, 2010, 12(3): 1-9`, an entry in GB/T order that lost its type
    code). No other style prints that part, and on the dev rows of four batches (fresh2,
    fresh11, fresh15, fresh16) the model read such entries worse than this reader; the
    reading keeps its low score (`UNCODED_SCORE`, below `LOW_SCORE`), so it is still
    reported for a person to check. A title or container holding a second sentence, a
    host, an editor, a thesis or an imprint (`_NOT_ONE_ARTICLE`, `_NOT_A_JOURNAL`) is
    another kind of work the uncoded reader took for an article (`Title. In: Poe B,
    editor. Handbook, …`, `Title. PhD thesis. Example University, …`): the model reads
    those better."""
    return (
        fields.get("style") == UNCODED_STYLE
        and fields.get("kind") == Kind.ARTICLE
        and bool(fields.get("volume") or fields.get("issue"))
        and bool(fields.get("pages") or fields.get("first_page"))
        and not _NOT_ONE_ARTICLE.search(fields.get("title", ""))
        and not _NOT_A_JOURNAL.search(fields.get("container", ""))
    )


# What says an uncoded reading's title is not one article's (its `uncoded_periodical`
# exemption withheld): a sentence after a stop, a host's `In:`, an editor, a thesis, a
# volume sentence; and its container no journal's: an imprint's colon, a house (a school is
# no sign: `Journal of Example University`, as Chinese journals put their names in English).
_NOT_ONE_ARTICLE = re.compile(
    r"\.\s+(?:[A-Z]|[\u4e00-\u9fff])"  # case-sensitive: a range of ideographs under `re.I`
    r"|\b(?i:in:|ed(?:itors?|s)?\.?(?=[\s,;)]|$)|thesis\b|vol\b)"  # costs 3 ms to compile
)
_NOT_A_JOURNAL = re.compile(r":\s|\bed\.|\bPress\b|\bthesis\b", re.I)


def unlocated(fields: dict[str, Any], ids: dict[str, str]) -> bool:
    """Whether a grammar's scored reading names a container and nothing that locates the
    work in it or issues it (`_LOCATING`, with the trailers' link in `ids`): what
    `LEARNED_REPLACES_UNLOCATED` hands to the fallback. A reading without a score is
    one no judgement went into (a GB/T entry's type code says what it is: `[J]. Journal,
    2021.`, an article online before its issue) and is kept."""
    if "style_score" not in fields or not fields.get("container"):
        return False
    if ids.get("doi") or ids.get("url"):
        return False
    return not any(fields.get(name) for name in _LOCATING)


def fillable(fields: dict[str, Any]) -> bool:
    """Whether `LEARNED_FILLS_BELOW` has the fallback fill this grammar reading's empty
    fields: never by default (one `None` test per entry)."""
    below = LEARNED_FILLS_BELOW
    return below is not None and float(fields.get("style_score", 1.0)) < below


def fill_empty(fields: dict[str, Any], learned: dict[str, Any]) -> None:
    """Each of `LEARNED_FILLS` that `fields` (a grammar's reading, with the trailers'
    identifiers) leaves empty, taken from the fallback's reading `learned` (both as read,
    before the steps, which then normalise them as one reading); the names taken are
    listed in the extra `learned_fields`."""
    taken = []
    for name in LEARNED_FILLS:
        value = learned.get(name)
        if not value:
            continue
        if name == "pages":
            if any(fields.get(page) for page in _PAGE_FIELDS):
                continue
        elif fields.get(name):
            continue
        fields[name] = value
        if name == "authors":
            fields["et_al"] = learned.get("et_al", False)
        taken.append(name)
    if taken:
        fields["learned_fields"] = ", ".join(taken)


# What the model has no label for, kept from the grammar's reading it replaces: the kind
# of document (read from type codes and thesis, patent or newspaper words, which the
# model's guess `spans.kind_of` never sees), a book's edition and a report's number
# (`(2nd ed.)`, `Working Paper No. 12`: such readings score 0.80, below the setting) and
# the translations printed with the entry.
_KEPT_ON_REPLACING = (
    "kind",
    "type_code",
    "edition",
    "document_number",
    "title_translation",
    "authors_translation",
    "container_translation",
)


def replacement(text: str, body: str, grammar: dict[str, Any]) -> dict[str, Any] | None:
    """The fallback's reading of an entry a grammar read with a score below
    `LEARNED_REPLACES_BELOW`, with what only the grammar reads (`_KEPT_ON_REPLACING`) and
    naming the reading it replaces (its style and score); None if the model finds no
    reference in the entry (the grammar's reading then stays)."""
    fields = read_learned_entry(text, body)
    if fields is None:
        return None
    for name in _KEPT_ON_REPLACING:
        if grammar.get(name):
            fields[name] = grammar[name]
    fields["replaced"] = f"{grammar.get('style', '')} {grammar.get('style_score', '')}"
    return fields


def read_refused(text: str, body: str, reason: str) -> dict[str, Any] | None:
    """The statistical fallback's reading of an entry no grammar read (`reason` says
    why, and is kept with the reading), or None if it finds no reference either."""
    fields = read_learned_entry(text, body)
    if fields is not None:
        fields["refused"] = reason
    return fields


def read_learned_entry(text: str, body: str) -> dict[str, Any] | None:
    """The statistical fallback's reading of an entry, or None if it finds no reference
    in it. It reads the whole prepared entry, trailers included, as it was trained on
    whole entries; a GB/T type code in the `body` still says the kind, and the caller adds
    the trailers' identifiers and runs the steps, as for a grammar's reading."""
    if len(text) > LEARNED_LONGEST:
        return None
    fields = read_learned(text)
    if fields is None:
        return None
    mark = find_type_mark(body)
    if mark:
        code = mark.group("code")
        fields["type_code"] = code
        fields["kind"] = KINDS.get(code.split("/")[0], fields["kind"])
    fields["style"] = LEARNED_STYLE
    fields["style_score"] = LEARNED_SCORE
    return fields


def add_ids(fields: dict[str, Any], ids: dict[str, str]) -> None:
    """What the trailers said: the DOI over any the grammar read, the others only where
    the grammar read none."""
    if ids.get("doi"):
        fields["doi"] = ids["doi"]
    for name in ("pmid", "url", "accessed", "pmcid"):
        if ids.get(name):
            fields.setdefault(name, ids[name])


def build_reference(
    entry: RawEntry, file: str, fields: dict[str, Any], keys: KeyRing | None = None
) -> Reference:
    """Assemble the Reference; style-specific fields without a slot go to `extra`. It is
    born with its final key when the list's `keys` are given, else with its base key
    (`keys.key_base`), so that `assign_keys` copies only the references whose keys
    clash. `fields` is taken over, not copied: `take_extra` moves out what has no slot,
    and what is left is passed to `Reference` as it is."""
    extra = take_extra(fields)
    known = fields if fields.keys() <= _REFERENCE_FIELDS else reference_fields(fields)
    language = language_of(str(fields.get("title", "")))
    key = key_base(
        known.get("authors", ()),
        known.get("authors_translation", ()),
        language,
        known.get("year", ""),
        known.get("title", ""),
        known.get("title_translation", ""),
    )
    if keys is not None:
        key = keys.take(key)
    return Reference(
        key=key,
        number=entry.number,
        raw=entry.text,
        loc=SourceLoc(file, entry.line, entry.end_line),
        language=language,
        extra=extra,
        **known,
    )


def take_extra(fields: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The `extra` entries (`_EXTRA_ORDER`, empty ones dropped), removed from `fields`;
    popping the few names that have no slot costs far less than copying every field that
    has one into a new dict."""
    extra = []
    for name in _EXTRA_ORDER:
        value = fields.pop(name, None)
        if value:
            extra.append((name, str(value)))
    return tuple(extra)


def reference_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Only the fields `Reference` has a slot for: a grammar's field that is neither a
    slot nor an `_EXTRA_ORDER` name is dropped."""
    return {k: v for k, v in fields.items() if k in _REFERENCE_FIELDS}


_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_PARTIAL_IDS = ("doi", "pmid", "pmcid", "url", "accessed")


def partial_fields(text: str) -> tuple[tuple[str, str], ...]:
    """What can still be read from an entry no grammar explains: the identifiers its
    trailers carry and the last plausible year, so a failure keeps its best evidence."""
    body, ids = peel(prepare(text))
    found = [(name, str(ids[name])) for name in _PARTIAL_IDS if ids.get(name)]
    years = _YEAR.findall(body)
    return tuple(found + ([("year", years[-1])] if years else []))


def parse_entry(entry: RawEntry, file: str, keys: KeyRing | None = None) -> Reference | FailedEntry:
    """Parse one entry; never raises on text, so one bad entry cannot stop a list.
    `keys`: the list's keys so far, from which a parsed entry takes its unique key (a
    failed one takes none)."""
    return entry_of(entry, file, keys, drafted(entry.text))


# How many entries `parse_entries` drafts before the fallback reads their hand-overs: a
# batch large enough for the model's batched pass, small enough to hold any list's drafts.
DRAFTED_TOGETHER = 1024


def parse_entries(
    entries: Sequence[RawEntry], file: str, keys: KeyRing | None = None
) -> list[Reference | FailedEntry]:
    """`parse_entry` of each entry of a list, in order, the same readings: but the
    entries the fallback reads are read together (`read_together`), which halves the
    model's cost per entry. A list is drafted `DRAFTED_TOGETHER` entries at a time."""
    out: list[Reference | FailedEntry] = []
    for first in range(0, len(entries), DRAFTED_TOGETHER):
        chunk = entries[first : first + DRAFTED_TOGETHER]
        drafts = [drafted(entry.text) for entry in chunk]
        asked = [d.text for d in drafts if isinstance(d, Draft) and d.asks]
        with read_together(asked):
            out += [entry_of(e, file, keys, d) for e, d in zip(chunk, drafts, strict=True)]
    return out


NESTS = "entry nests too deeply to read"


def drafted(text: str) -> Draft | str:
    """`draft(text)`, or why it could not be read: never raises on text."""
    try:
        return draft(text)
    except RecursionError:  # pragma: no cover - defensive: pathological nesting
        return NESTS


def finished(entry: Draft) -> dict[str, Any] | str:
    """`finish(entry)`, or why it could not be read: never raises on text."""
    try:
        return finish(entry)
    except RecursionError:  # pragma: no cover - defensive: pathological nesting
        return NESTS


def entry_of(
    entry: RawEntry, file: str, keys: KeyRing | None, read: Draft | str
) -> Reference | FailedEntry:
    """The Reference or FailedEntry of a drafted entry (`drafted`, or why it failed)."""
    fields = read if isinstance(read, str) else finished(read)
    if isinstance(fields, str):
        loc = SourceLoc(file, entry.line, entry.end_line)
        return FailedEntry(entry.text, loc, fields, entry.number, partial_fields(entry.text))
    return build_reference(entry, file, fields, keys)


def reading_findings(ref: Reference) -> list[Finding]:
    """Warnings about how an entry was read: a low-scoring reading (which grammar won and
    its score, so a person can check it), values a normalising step left as printed, and
    fields whose value has a shape misreadings leave (`suspect.suspicions`)."""
    out = []
    number = (ref.number,) if ref.number is not None else ()
    score = ref.extra_value("style_score")
    learned = ref.extra_value("learned_fields")
    if (score and float(score) < LOW_SCORE) or learned:
        message = f"read as {ref.extra_value('style')} with low confidence ({score}); check it"
        if ref.extra_value("refused"):
            message += f" (no grammar read it: {ref.extra_value('refused')})"
        if ref.extra_value("replaced"):
            message += f" (it replaced the reading {ref.extra_value('replaced')})"
        if learned:
            message += f" ({learned} from the {LEARNED_STYLE} fallback)"
        out.append(Finding("parse.low_confidence", Severity.WARNING, message, number, ref.loc))
    if ref.extra_value("problem"):
        message = ref.extra_value("problem")
        out.append(Finding("parse.step", Severity.WARNING, message, number, ref.loc))
    for doubt in suspicions(ref):
        value = getattr(ref, doubt.field)
        message = f"{doubt.field} {value!r} looks misread ({doubt.reason}); check it"
        code = f"parse.suspect.{doubt.check}"
        out.append(Finding(code, Severity.WARNING, message, number, ref.loc))
    return out
