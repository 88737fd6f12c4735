"""What every exporter needs: type mapping, page strings, display names and "et al."."""

from __future__ import annotations

from mmrefs.model import Author, Kind, Reference
from mmrefs.names import display_family

ET_AL = "others"
"""The name that stands for "et al." at the end of a list: BibTeX's `and others`, which
biber and BibTeX styles print as "et al."; pandoc reads it as the literal name `others`,
writes CSL-JSON that way, and its citeproc prints that name as "et al." too."""


def abbreviated(ref: Reference) -> bool:
    """Whether the author list to export stops where the printed "et al." stood.

    Once a registry has filled `authors` (provenance not `printed`) the list is the
    registry's whole list, so the printed "et al." no longer applies to it.
    """
    return ref.et_al and bool(ref.authors) and ref.origin("authors") == "printed"


def translation_abbreviated(ref: Reference) -> bool:
    """The English version of a bilingual entry repeats the printed "et al." (`GAN J, CHEN
    B G, ZHANG Y, et al.`); no registry replaces that list."""
    return ref.et_al and bool(ref.authors_translation)


def page_range(ref: Reference, dash: str = "-") -> str:
    """Pages as a consumer expects them: expanded range, single page or article number.

    An article number goes where pages go, because that is the one field every consumer
    reads (BibLaTeX `eid` is dropped by pandoc and Zotero, RIS and Zotero have no other).
    """
    if ref.first_page and ref.last_page:
        return f"{ref.first_page}{dash}{ref.last_page}"
    return ref.first_page or ref.article_number or ref.pages


def full_family(author: Author) -> str:
    return display_family(author.family)


KIND_TO_CSL = {
    Kind.ARTICLE: "article-journal",
    Kind.BOOK: "book",
    Kind.CHAPTER: "chapter",
    Kind.THESIS: "thesis",
    Kind.CONFERENCE: "paper-conference",
    Kind.REPORT: "report",
    Kind.WEB: "webpage",
    Kind.PATENT: "patent",
    Kind.STANDARD: "standard",
    Kind.NEWSPAPER: "article-newspaper",
    Kind.DATASET: "dataset",
    Kind.SOFTWARE: "software",
    Kind.OTHER: "document",
}
