"""Wires the stages: text in, one `Build` and its rendered outputs out. No files, no network.

`build` runs parse → resolve (through providers the shell passes in) → dedupe → cite →
check and returns one frozen `Build`; `outputs` renders every file of it. The commands call
these; none of them re-implements the chain. `chain` holds the chain, `render` every
rendering, `library` duplicate finding across bibliographies.
"""

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
from mmrefs.pipeline.render import (
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
