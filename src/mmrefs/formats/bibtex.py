"""BibTeX and BibLaTeX through bibtexparser v2 (the only module that imports it).

Values are escaped for LaTeX and words whose case matters (`CD38`, `mg/L`, `T`) are
braced, because BibTeX styles lower-case titles; Unicode (β, As₄S₄) is written as is,
since biber and pandoc read UTF-8 and an importer would keep TeX macros raw.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.middlewares.parsestack import default_parse_stack
from bibtexparser.model import (
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    Field,
    ParsingFailedBlock,
)

from mmrefs.formats.common import full_family, page_range
from mmrefs.model import Author, Kind, Reference
from mmrefs.names import display_given, split_particle

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL_RE = re.compile(r"[\\&%$#_{}~^]")
BIBTEX_TYPES = {
    Kind.ARTICLE: "article",
    Kind.BOOK: "book",
    Kind.CHAPTER: "incollection",
    Kind.THESIS: "phdthesis",
    Kind.CONFERENCE: "inproceedings",
    Kind.REPORT: "techreport",
    Kind.NEWSPAPER: "article",
}
BIBLATEX_TYPES = {
    Kind.ARTICLE: "article",
    Kind.BOOK: "book",
    Kind.CHAPTER: "incollection",
    Kind.THESIS: "thesis",
    Kind.CONFERENCE: "inproceedings",
    Kind.REPORT: "report",
    Kind.WEB: "online",
    Kind.PATENT: "patent",
    Kind.NEWSPAPER: "article",
    Kind.DATASET: "dataset",
    Kind.SOFTWARE: "software",
}
# Biber drops fields outside its data model, so the English version of a Chinese entry
# goes into the datamodel's spare fields (usera: title, userb: journal, namea: authors).
TRANSLATION_FIELDS = ("usera", "userb", "namea")
LANGIDS = {"en": "english", "zh": "chinese", "de": "german", "fr": "french", "ja": "japanese"}


def escape(text: str) -> str:
    """Escape LaTeX's special characters so the value means the same text in BibTeX."""
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(0)], text)


def protect_case(text: str) -> str:
    """Brace every word whose capitals must survive a sentence-case style or importer.

    Titles are printed in sentence case, so any capital after the first word marks a
    name, acronym or symbol (`United States`, `CD38`, `mg/L`, `T`); the first word is
    braced only when its case is unusual (`mRNA`, `CAR-T`).
    """
    first = True

    def guard(match: re.Match[str]) -> str:
        nonlocal first
        word = match.group(0)
        needs = any(c.isupper() for c in word[1:]) or (word[:1].isupper() and not first)
        first = False
        return "{" + word + "}" if needs else word

    pieces = re.split(r"(\\[a-z]+\{\}|\\.)", escape(text))
    return "".join(
        p if p.startswith("\\") else re.sub(r"[^\s{}()\[\],;:\u3400-\u9fff]+", guard, p)
        for p in pieces
    )


def bibtex_name(author: Author) -> str:
    """`von Last, Jr, First` form; organisations and unsplittable names are braced whole."""
    if author.literal:
        return "{" + escape(author.literal) + "}"
    family = full_family(author)
    particle, core = split_particle(author.family)
    last = f"{particle} {{{escape(core)}}}" if particle and " " in core else escape(family)
    given = escape(display_given(author.given))
    if author.suffix:
        return f"{last}, {escape(author.suffix)}, {given}"
    return f"{last}, {given}" if given else last


def entry_fields(ref: Reference, biblatex: bool) -> list[tuple[str, str]]:
    """Ordered (field, value) pairs; empty values are dropped by the caller."""
    names = " and ".join(bibtex_name(a) for a in ref.authors)
    if ref.et_al and names:
        names += " and others"
    journal_field = "journaltitle" if biblatex else "journal"
    is_periodical = ref.kind in (Kind.ARTICLE, Kind.NEWSPAPER)
    pages = page_range(ref, "--") if not (biblatex and ref.article_number) else ""
    fields = [
        ("author", names),
        ("title", protect_case(ref.title)),
        (journal_field if is_periodical else "booktitle", escape(ref.container)),
        ("date" if biblatex else "year", ref.extra_value("issued") or ref.year),
        ("volume", escape(ref.volume)),
        ("number", escape(ref.issue)),
        ("pages", pages),
        ("eid", escape(ref.article_number) if biblatex else ""),
        ("edition", escape(ref.extra_value("edition"))),
        ("publisher" if ref.kind != Kind.THESIS else "school", escape(ref.publisher)),
        ("location" if biblatex else "address", escape(ref.place)),
        ("doi", ref.doi),
        ("url", ref.url),
        ("urldate" if biblatex else "note", _accessed(ref, biblatex)),
    ]
    fields += _identifier_fields(ref) + _extra_fields(ref, biblatex)
    return fields


def _accessed(ref: Reference, biblatex: bool) -> str:
    accessed = ref.extra_value("accessed")
    if not accessed:
        return ""
    return accessed if biblatex else f"Accessed {accessed}"


def _identifier_fields(ref: Reference) -> list[tuple[str, str]]:
    return [("eprint", ref.pmid), ("eprinttype", "pubmed")] if ref.pmid else []


def _extra_fields(ref: Reference, biblatex: bool) -> list[tuple[str, str]]:
    names = TRANSLATION_FIELDS
    translated = [
        (names[0], protect_case(ref.title_translation)),
        (names[1], escape(ref.container_translation)),
        (names[2], " and ".join(bibtex_name(a) for a in ref.authors_translation)),
        ("keywords", escape(", ".join(ref.keywords))),
        ("abstract", escape(ref.abstract)),
    ]
    lang = (
        ("langid", LANGIDS.get(ref.language, ""))
        if biblatex
        else ("language", LANGIDS.get(ref.language, ref.language))
    )
    options = (
        ("options", "useprefix=true")
        if any(split_particle(a.family)[0] for a in ref.authors if not a.literal)
        else ("options", "")
    )
    return [*translated, lang, options]


def to_entry(ref: Reference, biblatex: bool) -> Entry:
    entry_type = (BIBLATEX_TYPES if biblatex else BIBTEX_TYPES).get(ref.kind, "misc")
    fields = [Field(k, v) for k, v in entry_fields(ref, biblatex) if v]
    return Entry(entry_type, ref.key, fields)


def render_bibtex(refs: Iterable[Reference], biblatex: bool = False) -> str:
    """The whole bibliography as BibTeX (or BibLaTeX with `biblatex=True`)."""
    library = Library([to_entry(ref, biblatex) for ref in refs])
    return write_string(library)


_UNESCAPE = {v: k for k, v in _SPECIAL.items()}
_UNESCAPE_RE = re.compile(
    "|".join(re.escape(v) for v in sorted(_UNESCAPE, key=len, reverse=True)) + r"|[{}]"
)


def unescape(value: str) -> str:
    """Inverse of `escape`, also dropping the braces `protect_case` added."""
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPE.get(m.group(0), ""), value)


def authors_from_bibtex(value: str) -> tuple[tuple[Author, ...], bool]:
    """Split a BibTeX name list; `and others` becomes the et-al flag."""
    names = split_multiple_persons_names(value)
    et_al = bool(names) and names[-1].strip() == "others"
    out = []
    for name in names[:-1] if et_al else names:
        stripped = name.strip()
        if stripped.startswith("{") and stripped.endswith("}") and "," not in stripped:
            out.append(Author(literal=unescape(stripped)))
            continue
        parts = parse_single_name_into_parts(stripped, strict=False)
        family = unescape(" ".join(parts.von + parts.last))
        out.append(
            Author(
                family=family,
                given=unescape(" ".join(parts.first)),
                suffix=unescape(" ".join(parts.jr)),
            )
        )
    return tuple(out), et_al


# `@article{title = {...}}`: the key is missing, so the first field stands where it goes.
_KEYLESS = re.compile(r"(@(?!string\b|comment\b|preamble\b)\w+\s*[{(])(?=\s*[\w:.-]+\s*=)", re.I)


def read_bibtex(text: str) -> tuple[list[dict[str, object]], list[tuple[int | None, str, str]]]:
    """Entries as plain field dicts (values unescaped) plus failed blocks (line, raw, why).

    Used to read back what mmrefs wrote and to take users' libraries as dedupe input; a
    broken block is reported with its line, never dropped silently. Lines are 0-based, as
    bibtexparser counts. A keyless entry has `ID` "" (the reader of the library names it);
    an entry whose key was taken earlier carries `duplicate_of`, the first one's line.
    """
    with _quiet_bibtexparser():
        library = parse_string(_KEYLESS.sub(r"\1,", text))
    entries: list[tuple[Entry, int | None]] = [(entry, None) for entry in library.entries]
    failed: list[tuple[int | None, str, str]] = []
    for block in library.failed_blocks:
        kept = block.ignore_error_block
        if isinstance(block, DuplicateBlockKeyBlock) and isinstance(kept, Entry):
            first = block.previous_block.start_line if block.key else None  # "": keyless
            entries.append((_finish(kept, library), first))
        else:
            failed.append((block.start_line, str(block.raw), _failure_reason(block)))
    entries.sort(key=lambda pair: pair[0].start_line or 0)
    return [_entry_fields(entry, first) for entry, first in entries], failed


@contextmanager
def _quiet_bibtexparser() -> Iterator[None]:
    """bibtexparser logs each broken block (to stderr when logging is not set up); the
    reader reports them itself, with file and line. Raising its logger's level for the
    read, and only its, leaves every other logger as the application configured it."""
    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)


def _finish(entry: Entry, library: Library) -> Entry:
    """bibtexparser sets a duplicate-key entry aside raw; run the same parse stack over it
    (with the file's `@string`s) that the other entries went through."""
    alone = Library([*library.strings, entry])
    for middleware in default_parse_stack(allow_inplace_modification=False):
        alone = middleware.transform(alone)
    return alone.entries[0]


def _failure_reason(block: ParsingFailedBlock) -> str:
    if isinstance(block, DuplicateFieldKeyBlock):
        fields = ", ".join(sorted(block.duplicate_keys))
        return f"duplicate field {fields} in one entry; which value is meant is unknown"
    why = (getattr(block.error, "abort_reason", "") or str(block.error)).strip().rstrip(".")
    return "not a readable BibTeX entry" + (f": {why}" if why else "")


def _entry_fields(entry: Entry, duplicate_of: int | None) -> dict[str, object]:
    fields: dict[str, object] = {
        "ENTRYTYPE": entry.entry_type,
        "ID": entry.key,
        "line": entry.start_line,
    }
    if duplicate_of is not None:
        fields["duplicate_of"] = duplicate_of
    for field in entry.fields:
        key = field.key.lower()
        raw = str(field.value)
        fields[key] = (
            authors_from_bibtex(raw) if key in ("author", "namea", "editor") else unescape(raw)
        )
    return fields
