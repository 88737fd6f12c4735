"""`build_reference` takes its fields over instead of filtering a copy of them; held to
the filtering it replaces, on fields with and without extras and unknown names."""

from __future__ import annotations

import random
from typing import Any

from mmrefs.ingest.normalize import language_of
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import _EXTRA_ORDER, _REFERENCE_FIELDS, build_reference
from mmrefs.keys import key_base
from mmrefs.model import Author, Kind, Reference, SourceLoc

ENTRY = RawEntry(3, "[3]", "Smith A. A title. Example J. 2017;1:2-3.", 7, 8)


def plain_build(entry: RawEntry, file: str, fields: dict[str, Any]) -> Reference:
    """`build_reference` as first written: a filtered copy of the fields, `fields` kept."""
    known = {k: v for k, v in fields.items() if k in _REFERENCE_FIELDS}
    extra = tuple((k, str(fields[k])) for k in _EXTRA_ORDER if fields.get(k))
    language = language_of(str(fields.get("title", "")))
    key = key_base(
        known.get("authors", ()),
        known.get("authors_translation", ()),
        language,
        known.get("year", ""),
        known.get("title", ""),
        known.get("title_translation", ""),
    )
    loc = SourceLoc(file, entry.line, entry.end_line)
    return Reference(key, entry.number, entry.text, loc, language=language, extra=extra, **known)


CHOICES: dict[str, tuple[Any, ...]] = {
    "kind": (Kind.ARTICLE, Kind.BOOK),
    "title": ("", "A title", "一个标题"),
    "authors": ((), (Author("Smith", "A"),)),
    "year": ("", "2017", "2017a"),
    "container": ("", "Example J"),
    "pages": ("", "2-3"),
    "doi": ("", "10.5555/x"),
    "edition": ("", "2nd"),
    "issued": ("", "2017-05-01"),
    "accessed": ("", "2020 May 1"),
    "pmcid": ("", "PMC1"),
    "style": ("nlm", "apa"),
    "style_score": ("", "0.75"),
    "problem": ("", "year: year 'n.d.' left as printed"),
    "name_score": (0.5,),  # no slot and no extra: dropped
    "note": ("", "a grammar's own field"),
}


def test_extras_have_no_slot() -> None:
    """What `take_extra` pops must never be a field `Reference` has a slot for."""
    assert _REFERENCE_FIELDS.isdisjoint(_EXTRA_ORDER)


def test_build_reference_is_the_filtered_copy() -> None:
    rng = random.Random(9)
    for _ in range(3000):
        fields = {k: rng.choice(v) for k, v in CHOICES.items() if rng.random() < 0.6}
        want = plain_build(ENTRY, "list.txt", fields)
        assert build_reference(ENTRY, "list.txt", dict(fields)) == want, fields
