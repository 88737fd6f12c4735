"""BibTeX and BibLaTeX through bibtexparser v2 (the only module that imports it).

What each entry holds is decided in `formats.bibtex_fields` and how text becomes a field
value in `formats.latex`; this module turns those into bibtexparser's model and back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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

from mmrefs.formats.bibtex_fields import entry_fields, entry_type
from mmrefs.formats.latex import SPECIAL as _SPECIAL
from mmrefs.formats.latex import escape, protect_case
from mmrefs.formats.quiet import quiet_logger
from mmrefs.model import Author, Reference

__all__ = ["escape", "protect_case", "read_bibtex", "render_bibtex", "unescape"]


def to_entry(ref: Reference, biblatex: bool) -> Entry:
    fields = [Field(k, v) for k, v in entry_fields(ref, biblatex) if v]
    return Entry(entry_type(ref, biblatex), ref.key, fields)


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
    with quiet_logger("bibtexparser"):
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
