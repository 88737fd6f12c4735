"""Bibliographic field dictionaries (BibTeX, CSV, RIS, CSL-JSON) → Reference.

Every foreign format ends as a flat `{field: value}` dict; one table says which mmrefs field
each name fills, and everything else is kept in `extra` so nothing a user exported is lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from mmrefs.ingest.authors import parse_family_first, split_author_list
from mmrefs.ingest.steps import run_steps
from mmrefs.model import Author, Kind, Reference, SourceLoc
from mmrefs.names import is_suffix
from mmrefs.text import collapse_spaces, has_cjk

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "primary_title", "ti"),
    "container": ("journal", "journaltitle", "container-title", "secondary_title", "booktitle"),
    "year": ("year", "date", "issued", "py"),
    "volume": ("volume",),
    "issue": ("number", "issue"),
    "pages": ("pages", "page"),
    "doi": ("doi",),
    "pmid": ("pmid", "accession_number"),
    "url": ("url",),
    "publisher": ("publisher",),
    "place": ("address", "location", "publisher-place", "place_published"),
    "abstract": ("abstract",),
    "language": ("language", "langid"),
}
KIND_NAMES = {
    "article": Kind.ARTICLE,
    "article-journal": Kind.ARTICLE,
    "jour": Kind.ARTICLE,
    "journal article": Kind.ARTICLE,
    "inproceedings": Kind.CONFERENCE,
    "conference": Kind.CONFERENCE,
    "proceedings": Kind.CONFERENCE,
    "paper-conference": Kind.CONFERENCE,
    "conf": Kind.CONFERENCE,
    "cpaper": Kind.CONFERENCE,
    "book": Kind.BOOK,
    "incollection": Kind.CHAPTER,
    "inbook": Kind.CHAPTER,
    "chapter": Kind.CHAPTER,
    "chap": Kind.CHAPTER,
    "phdthesis": Kind.THESIS,
    "mastersthesis": Kind.THESIS,
    "thesis": Kind.THESIS,
    "thes": Kind.THESIS,
    "techreport": Kind.REPORT,
    "report": Kind.REPORT,
    "rprt": Kind.REPORT,
    "online": Kind.WEB,
    "webpage": Kind.WEB,
    "elec": Kind.WEB,
}
# Who issued a report or a thesis, in BibTeX's own field for it (`@techreport` and
# biblatex's `@report` require `institution`, `@phdthesis` requires `school`): the
# publisher of such a kind, before a `publisher` printed beside it, which stays in extra.
# Other kinds keep them in extra (a CSV's `institution` is often an affiliation).
_ISSUER_FIELDS = {Kind.REPORT: "institution", Kind.THESIS: "school"}
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# Words only bodies use in their names (singular; a plural `s` is allowed), and connectors.
_BODY_WORDS = """group collaborator collaboration collaborative consortium consortia committee
    organization organisation society association network investigator team working study
    trial trialist council institute foundation agency department federation alliance panel
    board registry university ministry program programme initiative centre center college
    academy commission party forum project coalition partnership hospital laboratory inc ltd
    corporation company administration bureau cooperative taskforce"""
ORGANISATION_WORDS = frozenset(_BODY_WORDS.split())
_CONNECTORS = frozenset({"of", "for", "the", "and", "&"})
_INITIALS = re.compile(r"[A-Z]{1,3}|(?:[A-Z]\.){1,4}|[A-Z]\.?-[A-Z]\.?")


def kind_of(name: str) -> Kind:
    return KIND_NAMES.get(name.strip().lower(), Kind.OTHER)


def authors_from_text(value: str) -> tuple[tuple[Author, ...], bool]:
    """`Last, First and Last, First` (BibTeX/CSV), `Last, F.; Last, F.`, or Vancouver
    `Last FM, Last FM` (PubMed's CSV), whose commas separate people, not name parts."""
    value = collapse_spaces(value.strip())
    if not value:
        return (), False
    if not _AND.search(value) and ";" not in value:
        pieces, et_al = split_author_list(value)
        if len(pieces) > 1 and all(_is_plain(p) and _looks_family_first(p) for p in pieces):
            return authors_from_names(pieces), et_al  # Vancouver: `Rajkumar SV, Kumar SK`
    names = _AND.split(value) if _AND.search(value) or ";" not in value else value.split(";")
    et_al = names[-1].strip().lower() in ("others", "et al", "et al.")
    return authors_from_names(names[:-1] if et_al else names), et_al


def authors_from_names(names: Iterable[str]) -> tuple[Author, ...]:
    """One Author per printed name; empty names (a bare `AU  -` line) are skipped.

    Whether comma-less names are family-first (`Rajkumar SV`, Vancouver) or given-first
    (`Shaji Kumar`) is decided for the whole list, as the text parsers do: a mixed list
    is not printed by any tool, and one clear given-first name (`Yihan ZHAO`) settles
    the ambiguous ones (`Wei LI`).
    """
    cleaned = [n.strip() for n in names if n.strip().strip("{}").strip()]
    plain = [n for n in cleaned if _is_plain(n)]
    family_first = bool(plain) and all(_looks_family_first(n) for n in plain)
    return tuple(author_from_name(n, family_first) for n in cleaned)


def author_from_name(name: str, family_first: bool = False) -> Author:
    """One printed name: `Family, Given[, Suffix]`, `Family FM`, `Given Family` or a body."""
    if name.startswith("{") and name.endswith("}") and "," not in name:
        return Author(literal=name[1:-1].strip())
    name = name.strip("{}")
    if "," in name:
        return _comma_name(name)
    if has_cjk(name):
        return parse_family_first(name)
    if is_organisation(name):
        return Author(literal=name)
    words = name.split()
    if len(words) < 2:
        return Author(family=name)
    if family_first:
        return _family_first_name(name)
    return Author(family=words[-1], given=" ".join(words[:-1]))


def is_organisation(name: str) -> bool:
    """`WHO Collaborators`, `International Myeloma Working Group`: a body, kept whole.

    Splitting such a name invents a person (`Collaborators, W. H. O.`). Person names
    never contain the words only bodies use, nor a connector (`of`, `for`, `&`).
    """
    words = re.findall(r"[^\W\d_]+|&", name.lower())
    bodies = ORGANISATION_WORDS
    return any(w in _CONNECTORS or w in bodies or w.removesuffix("s") in bodies for w in words)


def _comma_name(name: str) -> Author:
    """BibTeX `Last, Jr, First` or RIS `Last, First, Suffix`: the suffix is the part that is
    one (`Jr`, `III`); when neither is, BibTeX's order holds."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) > 2 and is_suffix(parts[-1]) and not is_suffix(parts[1]):
        return Author(family=parts[0], given=parts[1], suffix=parts[-1])
    suffix = parts[1] if len(parts) > 2 else ""
    return Author(family=parts[0], given=parts[-1], suffix=suffix)


def _is_plain(name: str) -> bool:
    """A comma-less personal name of two or more words: the ones whose order is unknown."""
    return (
        "," not in name
        and not name.startswith("{")
        and not has_cjk(name)
        and len(name.split()) > 1
        and not is_organisation(name)
    )


def _looks_family_first(name: str) -> bool:
    """`Rajkumar SV`, `Rajkumar S.V.`, `RAJKUMAR S V`, `van de Donk NW Jr`, `ZHANG San`."""
    tokens = name.split()
    if len(tokens) > 2 and is_suffix(tokens[-1]):
        tokens.pop()
    caps_first = tokens[0].isupper() and tokens[0].isalpha() and len(tokens[0]) > 1
    return bool(_INITIALS.fullmatch(tokens[-1])) or (caps_first and not tokens[-1].isupper())


def _family_first_name(name: str) -> Author:
    """Through the text parsers' `parse_family_first`; a form it leaves whole
    (`RAJKUMAR SV`) is split before the initials, since the list is family-first."""
    author = parse_family_first(name)
    if not author.literal:
        return author
    tokens = name.split()
    suffix = tokens.pop().rstrip(".") if len(tokens) > 2 and is_suffix(tokens[-1]) else ""
    return Author(family=" ".join(tokens[:-1]), given=tokens[-1], suffix=suffix)


def reference_from_fields(
    fields: Mapping[str, str],
    key: str,
    raw: str,
    loc: SourceLoc,
    authors: tuple[tuple[Author, ...], bool] | None = None,
) -> Reference:
    """A Reference from a flat field dict; unknown fields go to `extra` unchanged."""
    lowered = {k.lower(): v.strip() for k, v in fields.items() if v and v.strip()}
    used: set[str] = set()
    values: dict[str, str] = {}
    for target, names in FIELD_NAMES.items():
        for name in names:
            if name in lowered and target not in values:
                values[target] = lowered[name]
                used.add(name)
    printed = "author" if "author" in lowered else "authors"  # `Authors`: PubMed's CSV
    people, et_al = authors if authors is not None else authors_from_text(lowered.get(printed, ""))
    used.update({"author", "entrytype", "id", "type", printed})
    kind = kind_of(lowered.get("entrytype") or lowered.get("type", ""))
    if kind == Kind.OTHER and values.get("container") and "booktitle" not in used:
        kind = Kind.ARTICLE
    issuer = _ISSUER_FIELDS.get(kind, "")
    if issuer and issuer in lowered:
        values["publisher"] = lowered[issuer]
        used.add(issuer)
        used.discard("publisher")  # a publisher printed beside it is kept in extra
    draft, problems = run_steps({**values, "authors": people})
    extra = tuple((k, v) for k, v in lowered.items() if k not in used)
    extra += tuple(("problem", str(p)) for p in problems)
    return Reference(
        key=key,
        number=None,
        raw=raw,
        loc=loc,
        kind=kind,
        et_al=et_al,
        extra=extra,
        **draft,
    )
