"""`mmrefs check FILE`: the citation-accuracy rules over one review."""

from __future__ import annotations

from mmrefs import pipeline
from mmrefs.cli.net import build_file, print_resolution
from mmrefs.cli.options import (
    EncodingOpt,
    FailOn,
    FailOnOpt,
    ForceOpt,
    InputArg,
    OutputOpt,
    ReportFormat,
    ReportFormatOpt,
    network_command,
)
from mmrefs.cli.shell import (
    emit,
    err,
    fail_on_code,
    guarded,
    print_findings,
)
from mmrefs.http import Settings


@network_command
def check(
    file: InputArg,
    fmt: ReportFormatOpt = ReportFormat.md,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    fail_on: FailOnOpt = FailOn.never,
    *,
    settings: Settings,
    prefer: str,
) -> None:
    """Check a review's citations: numbers, order, authors, metadata, notices, support.

    Registry checks use Crossref and PubMed (cache first); offline they use the cache only
    and the output says what was skipped.
    """

    def run() -> int:
        from mmrefs.report.findings import registry_note

        result = build_file(file, encoding, settings, prefer)
        emit(pipeline.render_check(result, fmt.value), output, force)
        print_findings(result.findings, result.document.source)
        print_resolution(result, settings)
        err.print(f"{len(result.findings)} findings; {registry_note(result)}")
        return fail_on_code(result.findings, fail_on.value)

    guarded(run)
