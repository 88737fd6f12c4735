"""What every exporter needs: type mapping, page strings and display names."""

from __future__ import annotations

from mmrefs.model import Author, Kind, Reference
from mmrefs.names import display_family, display_given, split_particle


def page_range(ref: Reference, dash: str = "-") -> str:
    """Pages as a consumer expects them: expanded range, single page or article number."""
    if ref.first_page and ref.last_page:
        return f"{ref.first_page}{dash}{ref.last_page}"
    return ref.first_page or ref.article_number or ref.pages


def name_parts(author: Author) -> dict[str, str]:
    """family / particle / given / suffix in display case, for structured formats."""
    if author.literal:
        return {"literal": author.literal}
    particle, family = split_particle(author.family)
    parts = {"family": family, "given": display_given(author.given)}
    if particle:
        parts["particle"] = particle
    if author.suffix:
        parts["suffix"] = author.suffix
    return {k: v for k, v in parts.items() if v}


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
