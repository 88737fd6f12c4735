"""Field-by-field scoring of parsed references against the corpus labels.

A field counts when it was expected or when the parser filled it (a spurious value is an
error too). Comparisons are blind to what styles change on purpose and what a parser must
not be blamed for: case (`PLoS ONE`/`PLOS ONE`), punctuation and spacing (`Am. J.
Hematol.`/`Am J Hematol`), quotes around titles, particles' position (`Berg, A. van
der`), given names beyond their initials, abbreviated last pages (`1802-24`), and a DOI's
typographic hyphens (`1472‐6831`, U+2010, is the DOI `1472-6831`: labels keep the printed
form, doi.org resolves only the hyphen-minus one, which is what the parser must give), and
an en dash garbled by a GBK page between digits (`1998¨C2001`: labels keep the printed
form, the parser repairs it to `1998–2001`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from labels import family_core, initials, norm

from mmrefs.model import Reference

TEXT_FIELDS = ("title", "container", "publisher", "place", "title_translation")
PLAIN_FIELDS = ("volume", "issue")
# The printed stand-ins for a DOI's `-`: hyphen, non-breaking hyphen, figure dash, en dash,
# minus sign, full-width hyphen-minus (written here, not taken from mmrefs: the scorer
# must not share the code it judges).
_DOI_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\uff0d", "-"))
# `¨C` between digits: the en dash of a GBK page read as Latin-1 (bytes A8 43).
_GBK_DASH = re.compile("(?<=[0-9])\u00a8C(?=[0-9])")
FIELDS = (
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
    "title_translation",
)


def predicted_fields(ref: Reference) -> dict[str, Any]:
    """A parsed Reference in the label schema."""
    first = ref.first_page or ref.article_number or ref.pages
    out: dict[str, Any] = {
        "authors": [[a.family or a.literal, initials(a.given)] for a in ref.authors],
        "et_al": ref.et_al,
        "pages": f"{first}-{ref.last_page}" if ref.last_page else first,
    }
    for name in FIELDS[1:]:
        if name != "pages":
            out[name] = getattr(ref, name)
    return out


def same_authors(expected: dict[str, Any], predicted: dict[str, Any]) -> bool:
    want, got = expected.get("authors", []), predicted.get("authors", [])
    if len(want) != len(got) or bool(expected.get("et_al")) != bool(predicted.get("et_al")):
        return False
    return all(
        family_core(a[0]) == family_core(b[0]) and a[1].upper() == b[1].upper()
        for a, b in zip(want, got, strict=True)
    )


def same(field: str, want: Any, got: Any) -> bool:
    if field in TEXT_FIELDS or field in PLAIN_FIELDS:
        return norm(_GBK_DASH.sub("-", str(want))) == norm(_GBK_DASH.sub("-", str(got)))
    if field == "year":
        return str(want)[:4] == str(got)[:4]
    if field == "pages":
        return norm(str(want)) == norm(str(got))
    if field == "doi":
        return str(want).translate(_DOI_HYPHENS).lower() == str(got).translate(_DOI_HYPHENS).lower()
    if field == "url":
        return str(want).rstrip("./") == str(got).rstrip("./")
    return bool(want == got)


def score_entry(expected: dict[str, Any], predicted: dict[str, Any] | None) -> dict[str, bool]:
    """field → correct, over the fields expected or filled (a failed entry fills none)."""
    got = predicted or {}
    out: dict[str, bool] = {}
    for field in FIELDS:
        want_value, got_value = expected.get(field), got.get(field)
        if field == "authors":
            if want_value or got_value:
                out[field] = same_authors(expected, got)
            continue
        if not want_value and not got_value:
            continue
        out[field] = bool(want_value) and bool(got_value) and same(field, want_value, got_value)
    return out


def tally(scored: Iterable[tuple[str, dict[str, bool]]]) -> dict[str, Any]:
    """Per style and per field: fields right / fields counted, and whole entries exact."""
    styles: dict[str, list[int]] = {}
    fields: dict[str, list[int]] = {}
    for style, result in scored:
        row = styles.setdefault(style, [0, 0, 0, 0])  # right, counted, exact, entries
        row[0] += sum(result.values())
        row[1] += len(result)
        row[2] += all(result.values())
        row[3] += 1
        for field, ok in result.items():
            cell = fields.setdefault(field, [0, 0])
            cell[0] += ok
            cell[1] += 1
    return {"styles": styles, "fields": fields}


def year_of(text: str) -> str:
    match = re.search(r"\d{4}", text)
    return match.group(0) if match else ""
