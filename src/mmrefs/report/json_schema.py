"""The JSON Schema of the JSON claim ↔ source report (`schema_version` 1).

Kept as data beside the renderer so tools that read the report can validate it, and the
tests can hold the renderer to it: every key listed here is required; new keys may be
added without a new version, renaming or removing one needs one.
"""

from __future__ import annotations

from typing import Any

_STR: dict[str, Any] = {"type": "string"}
_INT: dict[str, Any] = {"type": "integer"}
_OPT_INT: dict[str, Any] = {"type": ["integer", "null"]}


def _obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "required": sorted(props), "properties": props}


def _list(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


_PAIRS = _list(_obj(name=_STR, value=_STR))
_LINKS = _list(_obj(label=_STR, url={"type": "string", "format": "uri"}))
_IDS = _list(_STR)
_COUNT_BY = {"type": "object", "additionalProperties": _INT}

_CLAIM = _obj(
    index=_INT,
    anchor=_STR,
    section=_STR,
    marker=_STR,
    where={"enum": ["body", "table", "caption"]},
    line=_INT,
    text=_STR,
    context=_STR,
    language=_STR,
    narrative_author=_STR,
    terms=_list(_STR),
    refs=_list(_obj(number=_INT, anchor={"type": ["string", "null"]}, label=_STR, links=_LINKS)),
    findings=_IDS,
)
_RESOLUTION = _obj(
    status={"enum": ["resolved", "ambiguous", "not_found", "offline", "error", "not_checked"]},
    confidence={"type": ["number", "null"]},
    reason=_STR,
    evidence=_PAIRS,
    registry=_STR,
    registry_title=_STR,
    candidates=_list(_STR),
    notices=_list(_STR),
)
_CITING = _obj(claim=_INT, anchor=_STR, marker=_STR, section=_STR, where=_STR, line=_INT)
_SOURCE = _obj(
    number=_OPT_INT,
    anchor=_STR,
    key=_STR,
    authors=_STR,
    title=_STR,
    title_translation=_STR,
    container=_STR,
    year=_STR,
    locator=_STR,
    biblio=_STR,
    raw=_STR,
    line=_INT,
    doi=_STR,
    pmid=_STR,
    links=_LINKS,
    resolution=_RESOLUTION,
    cited_by=_list(_CITING),
    same_work_as=_list(_STR),
    findings=_IDS,
)
_FINDING = _obj(
    id=_STR,
    code=_STR,
    severity={"enum": ["error", "warning", "info"]},
    message=_STR,
    refs=_list(_INT),
    file=_STR,
    line=_OPT_INT,
    evidence=_PAIRS,
    claims=_list(_INT),
    sources=_list(_INT),
)
_SUMMARY = _obj(
    references=_INT,
    failed_entries=_INT,
    citations=_INT,
    cited=_INT,
    uncited=_INT,
    uncited_numbers=_list(_INT),
    findings=_INT,
    findings_by_severity=_COUNT_BY,
    findings_by_code=_list(_obj(code=_STR, total=_INT, error=_INT, warning=_INT, info=_INT)),
    resolution=_obj(mode={"enum": ["online", "offline", "skipped"]}, note=_STR, counts=_COUNT_BY),
    duplicate_clusters=_INT,
)

REPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "mmrefs claim-source report",
    **_obj(
        schema_version={"const": 1},
        document=_obj(source=_STR, language=_STR),
        summary=_SUMMARY,
        charts=_obj(
            citations_per_section=_list(_obj(section=_STR, count=_INT)),
            publication_years=_list(_obj(year=_STR, count=_INT)),
        ),
        sections=_list(_STR),
        claims=_list(_CLAIM),
        sources=_list(_SOURCE),
        findings=_list(_FINDING),
        unplaced_findings=_IDS,
        failed_entries=_list(
            _obj(
                number=_OPT_INT,
                anchor=_STR,
                line=_INT,
                reason=_STR,
                raw=_STR,
                cited_by=_list(_CITING),
                findings=_IDS,
            )
        ),
    ),
}
