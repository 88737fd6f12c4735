"""mmrefs' own lossless JSON: the data model as is, readable back into the same objects."""

from __future__ import annotations

import json
from dataclasses import asdict, fields, is_dataclass
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
    """`json.dumps(document_to_data(doc), indent=2)`, byte for byte, one item at a time.

    Dumping the whole tree at once builds every item's dict and millions of small pieces
    before joining them (a 60,000-line list of garbage peaked at ~7x its 44 MB of JSON);
    item by item, only one item's dict exists at a time, and the text is joined once."""
    members = [(name, getattr(doc, name)) for name in _DOCUMENT_FIELDS]
    members.append(("mmrefs_json", FORMAT_VERSION))
    chunks = ["{\n"]
    for n, (name, value) in enumerate(members):
        chunks.append(",\n  " if n else "  ")
        chunks += _member(json.dumps(name, ensure_ascii=False), value)
    chunks.append("\n}\n")
    return "".join(chunks)


_DOCUMENT_FIELDS = tuple(f.name for f in fields(Document))


def _member(key: str, value: Any) -> list[str]:
    """The pieces of one top-level `"key": value`, indented as `indent=2` indents it."""
    if isinstance(value, tuple) and value and is_dataclass(value[0]):
        out = [f"{key}: [\n"]
        for n, item in enumerate(value):
            out += [",\n" if n else "", _indent(_dump(asdict(item)), "    ", True)]
        return [*out, "\n  ]"]
    plain = asdict(value) if is_dataclass(value) and not isinstance(value, type) else value
    return [f"{key}: ", _indent(_dump(plain), "  ", False)]


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _indent(text: str, pad: str, first: bool) -> str:
    lines = text.split("\n")
    head = pad + lines[0] if first else lines[0]
    return "\n".join([head, *(pad + line for line in lines[1:])])


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
