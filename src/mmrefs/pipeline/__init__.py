"""Wires the stages: text in, one `Build` and its rendered outputs out. No files, no network.

`build` runs parse → resolve (through providers the shell passes in) → dedupe → cite →
check and returns one frozen `Build`; `outputs` renders every file of it. The commands call
these; none of them re-implements the chain. `chain` holds the chain, `rendering` every
rendering, `library` duplicate finding across bibliographies.

Importing this package costs nothing: each name is imported from its module on first use
(PEP 562), so a command that ends early (`--help`, a build that is already up to date)
never loads the parser, the resolver or the renderers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mmrefs.pipeline.chain import (
        Providers,
        Summary,
        apply_resolutions,
        build,
        cite,
        parse_text,
        resolution_counts,
        resolution_mode,
        resolve,
        summarize,
    )
    from mmrefs.pipeline.library import (
        DedupeRun,
        dedupe,
        dedupe_findings,
        dedupe_summary,
        long_title_findings,
        merged_document,
        read_libraries,
        record_ids,
        render_dedupe,
    )
    from mmrefs.pipeline.rendering import (
        BUILD_SUFFIXES,
        CHECK_RENDERERS,
        FORMATS,
        REPORT_RENDERERS,
        build_citation_outputs,
        build_outputs,
        outputs,
        render,
        render_check,
        render_citations,
        render_report,
    )
    from mmrefs.resolve.enrich import Prefer

_HOME = {
    "Providers": "mmrefs.pipeline.chain",
    "Summary": "mmrefs.pipeline.chain",
    "apply_resolutions": "mmrefs.pipeline.chain",
    "build": "mmrefs.pipeline.chain",
    "cite": "mmrefs.pipeline.chain",
    "parse_text": "mmrefs.pipeline.chain",
    "resolution_counts": "mmrefs.pipeline.chain",
    "resolution_mode": "mmrefs.pipeline.chain",
    "resolve": "mmrefs.pipeline.chain",
    "summarize": "mmrefs.pipeline.chain",
    "DedupeRun": "mmrefs.pipeline.library",
    "dedupe": "mmrefs.pipeline.library",
    "dedupe_findings": "mmrefs.pipeline.library",
    "dedupe_summary": "mmrefs.pipeline.library",
    "long_title_findings": "mmrefs.pipeline.library",
    "merged_document": "mmrefs.pipeline.library",
    "read_libraries": "mmrefs.pipeline.library",
    "record_ids": "mmrefs.pipeline.library",
    "render_dedupe": "mmrefs.pipeline.library",
    "BUILD_SUFFIXES": "mmrefs.pipeline.rendering",
    "CHECK_RENDERERS": "mmrefs.pipeline.rendering",
    "FORMATS": "mmrefs.pipeline.rendering",
    "REPORT_RENDERERS": "mmrefs.pipeline.rendering",
    "build_citation_outputs": "mmrefs.pipeline.rendering",
    "build_outputs": "mmrefs.pipeline.rendering",
    "outputs": "mmrefs.pipeline.rendering",
    "render": "mmrefs.pipeline.rendering",
    "render_check": "mmrefs.pipeline.rendering",
    "render_citations": "mmrefs.pipeline.rendering",
    "render_report": "mmrefs.pipeline.rendering",
    "Prefer": "mmrefs.resolve.enrich",
}


if not TYPE_CHECKING:  # mypy sees the imports above, so a misspelt name stays an error

    def __getattr__(name: str) -> Any:
        """A re-exported name, imported from its module on first use."""
        if name not in _HOME:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(_HOME[name]), name)
        globals()[name] = value
        return value


__all__ = [
    "BUILD_SUFFIXES",
    "CHECK_RENDERERS",
    "FORMATS",
    "REPORT_RENDERERS",
    "DedupeRun",
    "Prefer",
    "Providers",
    "Summary",
    "apply_resolutions",
    "build",
    "build_citation_outputs",
    "build_outputs",
    "cite",
    "dedupe",
    "dedupe_findings",
    "dedupe_summary",
    "long_title_findings",
    "merged_document",
    "outputs",
    "parse_text",
    "read_libraries",
    "record_ids",
    "render",
    "render_check",
    "render_citations",
    "render_dedupe",
    "render_report",
    "resolution_counts",
    "resolution_mode",
    "resolve",
    "summarize",
]
