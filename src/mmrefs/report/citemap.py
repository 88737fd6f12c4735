"""The citation map as JSON (one object per occurrence) and as readable Markdown."""

from __future__ import annotations

import json
from typing import Any

from mmrefs.model import Citation, CitationMap, Reference


def occurrence_data(cit: Citation) -> dict[str, Any]:
    return {
        "index": cit.index,
        "marker": cit.marker,
        "refs": list(cit.numbers),
        "where": cit.where.value,
        "section": cit.section,
        "line": cit.loc.line,
        "claim": cit.claim.text,
        "context": cit.claim.context,
        "narrative_author": cit.narrative_author,
        "terms": list(cit.terms),
    }


def render_citations_json(cmap: CitationMap) -> str:
    return (
        json.dumps([occurrence_data(c) for c in cmap.citations], ensure_ascii=False, indent=2)
        + "\n"
    )


def render_by_reference_json(cmap: CitationMap) -> str:
    data = {
        "by_reference": {str(k): list(v) for k, v in cmap.by_reference.items()},
        "uncited": list(cmap.uncited()),
        "malformed": [
            {"line": f.loc.line if f.loc else None, "code": f.code, "message": f.message}
            for f in cmap.malformed
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def short_form(ref: Reference | None, number: int) -> str:
    """`[12] Yang M et al. 2024, Biomolecules` — enough to recognise the source."""
    if ref is None:
        return f"[{number}] (not in the reference list)"
    first = ref.authors[0] if ref.authors else None
    who = (first.literal or f"{first.family} {first.given}".strip()) if first else "Anon."
    more = " et al." if ref.et_al or len(ref.authors) > 1 else ""
    return f"[{number}] {who}{more} {ref.year}. {ref.title} — {ref.container}"


def render_citations_md(cmap: CitationMap, refs: dict[int, Reference]) -> str:
    lines = ["# Claims and their sources", ""]
    section = None
    for cit in cmap.citations:
        if cit.section != section:
            section = cit.section
            lines += [f"## Section {section}", ""]
        author = f" (names {cit.narrative_author})" if cit.narrative_author else ""
        lines.append(
            f"- **{cit.marker}** line {cit.loc.line}, {cit.where.value}{author}: {cit.claim.text}"
        )
        lines += [f"  - {short_form(refs.get(n), n)}" for n in cit.numbers]
    lines += _problems_md(cmap)
    return "\n".join(lines) + "\n"


def render_by_reference_md(cmap: CitationMap, refs: dict[int, Reference]) -> str:
    by_index = {c.index: c for c in cmap.citations}
    lines = ["# Sources and the claims that cite them", ""]
    for number, indexes in cmap.by_reference.items():
        lines.append(f"## {short_form(refs.get(number), number)}")
        lines += [
            f"- line {by_index[i].loc.line} ({by_index[i].where.value}): {by_index[i].claim.text}"
            for i in indexes
        ]
        lines.append("")
    lines += _problems_md(cmap)
    return "\n".join(lines) + "\n"


def _problems_md(cmap: CitationMap) -> list[str]:
    out = ["## Never cited", "", ", ".join(f"[{n}]" for n in cmap.uncited()) or "none", ""]
    out += ["## Citation problems", ""]
    out += [f"- line {f.loc.line if f.loc else '?'}: {f.message}" for f in cmap.malformed] or [
        "none"
    ]
    return [*out, ""]
