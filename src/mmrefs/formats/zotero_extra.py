"""Lines for Zotero's Extra field: CSL variables Zotero has no field for, one per line.

Zotero keeps what it has no field for in an item's Extra, as `variable: value` lines, and
hands those lines to citeproc-js as CSL variables; names are written `Family || Given`.
Chinese users keep the English version of an entry there (`original-title`,
`original-container-title`, `original-author`), which the bilingual GB/T 7714 styles
print. The same lines are citeproc's "cheater syntax" in a CSL-JSON `note`, which
citeproc-js and pandoc both read. Each export puts them where Zotero's import translator
carries a value into Extra: CSL-JSON `note`, RIS `M2` (one tag per line).
"""

from __future__ import annotations

from mmrefs.formats.common import ET_AL, full_family, translation_abbreviated
from mmrefs.model import Author, Reference
from mmrefs.names import display_given


def extra_name(author: Author) -> str:
    """`Family || Given` (Zotero's two-field name), or the literal name alone."""
    if author.literal:
        return author.literal
    given = display_given(author.given)
    return f"{full_family(author)} || {given}" if given else full_family(author)


def translation_lines(ref: Reference) -> list[str]:
    """The English version of a bilingual entry as Extra lines; empty for other entries."""
    names = [extra_name(a) for a in ref.authors_translation]
    if translation_abbreviated(ref):
        names.append(ET_AL)
    pairs = [
        ("original-title", ref.title_translation),
        ("original-container-title", ref.container_translation),
        *(("original-author", name) for name in names),
    ]
    return _lines(pairs)


def extra_lines(ref: Reference) -> list[str]:
    """Every Extra line of one reference: the English version, then `PMID:` (Zotero keeps
    PubMed IDs in Extra; it has no field for them)."""
    return translation_lines(ref) + _lines([("PMID", ref.pmid)])


def _lines(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"{key}: {_one_line(value)}" for key, value in pairs if value.strip()]


def _one_line(value: str) -> str:
    """A line break inside a value would start a new Extra line."""
    return " ".join(value.split())
