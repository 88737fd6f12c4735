"""mmrefs' own lossless JSON: the data model as is, readable back into the same objects."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from mmrefs.model import (
    Author,
    Document,
    FailedEntry,
    Finding,
    Kind,
    Reference,
    Severity,
    SkippedText,
    SourceLoc,
)

FORMAT_VERSION = 1


def document_to_data(doc: Document) -> dict[str, Any]:
    data = asdict(doc)
    data["mmrefs_json"] = FORMAT_VERSION
    return data


def render_json(doc: Document) -> str:
    return json.dumps(document_to_data(doc), ensure_ascii=False, indent=2) + "\n"


def _loc(data: dict[str, Any] | None) -> SourceLoc | None:
    return SourceLoc(**data) if data else None


def _pairs(items: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in items)


def reference_from_data(data: dict[str, Any]) -> Reference:
    fields = dict(data)
    fields["loc"] = _loc(fields["loc"])
    fields["kind"] = Kind(fields["kind"])
    fields["authors"] = tuple(Author(**a) for a in fields["authors"])
    fields["authors_translation"] = tuple(Author(**a) for a in fields["authors_translation"])
    fields["keywords"] = tuple(fields["keywords"])
    fields["extra"] = _pairs(fields["extra"])
    fields["provenance"] = _pairs(fields.get("provenance", []))
    return Reference(**fields)


def document_from_data(data: dict[str, Any]) -> Document:
    """Inverse of document_to_data; `document_from_data(document_to_data(d)) == d`."""
    return Document(
        source=data["source"],
        kind=data["kind"],
        references=tuple(reference_from_data(r) for r in data["references"]),
        failures=tuple(
            FailedEntry(
                f["raw"],
                SourceLoc(**f["loc"]),
                f["reason"],
                f["number"],
                _pairs(f.get("partial", [])),
            )
            for f in data["failures"]
        ),
        skipped=tuple(
            SkippedText(s["text"], SourceLoc(**s["loc"]), s["reason"]) for s in data["skipped"]
        ),
        findings=tuple(
            Finding(
                f["code"],
                Severity(f["severity"]),
                f["message"],
                tuple(f["refs"]),
                _loc(f["loc"]),
                _pairs(f["evidence"]),
            )
            for f in data["findings"]
        ),
        list_start_line=data["list_start_line"],
        meta=_pairs(data["meta"]),
    )
