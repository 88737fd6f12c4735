"""What one BibTeX or BibLaTeX entry holds: its type and ordered (field, value) pairs.

Each field is chosen for the consumers that read it: biber validates against the
biblatex data model and drops what is outside it; pandoc and citation-js map BibLaTeX
fields to CSL; Zotero's BibTeX import keeps a fixed set of fields. Values are already
escaped here; `formats.bibtex` wraps them into bibtexparser's model.
"""

from __future__ import annotations

from mmrefs.formats.common import (
    ET_AL,
    abbreviated,
    full_family,
    page_range,
    translation_abbreviated,
)
from mmrefs.formats.latex import escape, protect_case
from mmrefs.formats.zotero_extra import translation_lines
from mmrefs.model import Author, Kind, Reference
from mmrefs.names import display_given, split_particle

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
LANGIDS = {"en": "english", "zh": "chinese", "de": "german", "fr": "french", "ja": "japanese"}


def entry_type(ref: Reference, biblatex: bool) -> str:
    return (BIBLATEX_TYPES if biblatex else BIBTEX_TYPES).get(ref.kind, "misc")


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


def name_list(authors: tuple[Author, ...], et_al: bool) -> str:
    """`A and B and others`: `others` is BibTeX's own "et al.", printed as such by BibTeX
    styles and biber and read by pandoc as "et al."."""
    names = [bibtex_name(a) for a in authors]
    return " and ".join([*names, ET_AL] if names and et_al else names)


def entry_fields(ref: Reference, biblatex: bool) -> list[tuple[str, str]]:
    """Ordered (field, value) pairs; empty values are dropped by the caller."""
    is_periodical = ref.kind in (Kind.ARTICLE, Kind.NEWSPAPER)
    fields = [
        ("author", name_list(ref.authors, abbreviated(ref))),
        ("title", protect_case(ref.title)),
        (_container_field(biblatex) if is_periodical else "booktitle", escape(ref.container)),
        ("date" if biblatex else "year", ref.extra_value("issued") or ref.year),
        ("volume", escape(ref.volume)),
        ("number", escape(ref.issue or ref.extra_value("document_number"))),
        ("pages", escape(page_range(ref, "--"))),
        ("edition", escape(ref.extra_value("edition"))),
        (_PUBLISHER_FIELDS.get(ref.kind, "publisher"), escape(ref.publisher)),
        ("location" if biblatex else "address", escape(ref.place)),
        ("doi", ref.doi),
        ("url", ref.url),
        ("urldate" if biblatex else "note", _accessed(ref, biblatex)),
    ]
    fields += _identifier_fields(ref) + _translation_fields(ref)
    return fields + _other_fields(ref)


# Who issued a thesis or a report has a field of its own in both BibTeX (`school`,
# `institution`: `@phdthesis` and `@techreport` require them) and biblatex, whose report
# driver prints `institution` and no `publisher`.
_PUBLISHER_FIELDS = {Kind.THESIS: "school", Kind.REPORT: "institution"}


def _container_field(biblatex: bool) -> str:
    return "journaltitle" if biblatex else "journal"


def _accessed(ref: Reference, biblatex: bool) -> str:
    accessed = ref.extra_value("accessed")
    if not accessed:
        return ""
    return accessed if biblatex else f"Accessed {accessed}"


def _identifier_fields(ref: Reference) -> list[tuple[str, str]]:
    """`eprinttype = {pubmed}`: biblatex's form, which Zotero's import turns into an Extra
    `PMID:` line and pandoc keeps."""
    return [("eprint", ref.pmid), ("eprinttype", "pubmed")] if ref.pmid else []


def _translation_fields(ref: Reference) -> list[tuple[str, str]]:
    """The English version of a Chinese entry, for each kind of reader.

    `origtitle` is in biblatex's data model and pandoc and citation-js map it to CSL
    `original-title`. Journal and authors have no such field, so they go into the data
    model's spare `userb` and `namea`, which biber keeps. Zotero's BibTeX import has no
    field that reaches Extra; it keeps `annote` as a child note, so the Extra lines go
    there, ready to be moved into Extra.
    """
    names = name_list(ref.authors_translation, translation_abbreviated(ref))
    return [
        ("origtitle", protect_case(ref.title_translation)),
        ("userb", escape(ref.container_translation)),
        ("namea", names),
        ("annote", escape("\n".join(translation_lines(ref)))),
    ]


def _other_fields(ref: Reference) -> list[tuple[str, str]]:
    """Keywords, abstract, language and name options.

    `language` is what Zotero's BibTeX import reads (it ignores `langid`); `langid` drives
    biblatex's hyphenation and is the one pandoc reads, from BibTeX files too (BibTeX
    styles ignore it). Both carry babel names.
    """
    language = LANGIDS.get(ref.language, ref.language)
    particles = any(split_particle(a.family)[0] for a in ref.authors if not a.literal)
    return [
        ("keywords", escape(", ".join(ref.keywords))),
        ("abstract", escape(ref.abstract)),
        ("langid", LANGIDS.get(ref.language, "")),
        ("language", language),
        ("options", "useprefix=true" if particles else ""),
    ]
