"""`mmrefs resolve FILE`: verified DOIs and PMIDs, and every disagreement found."""

from __future__ import annotations

from mmrefs.cli.net import build_file, print_resolution, unavailable
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

EXIT_UNAVAILABLE = 3


@network_command
def resolve(
    file: InputArg,
    fmt: ReportFormatOpt = ReportFormat.json,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    fail_on: FailOnOpt = FailOn.never,
    *,
    settings: Settings,
    prefer: str,
) -> None:
    """Attach verified DOIs and PMIDs from Crossref and PubMed; report what disagrees.

    Exits 3 when references stay unresolved because a provider did not answer.
    """

    def run() -> int:
        from mmrefs.report.resolution import render_resolutions_json, render_resolutions_md

        result = build_file(file, encoding, settings, prefer)
        resolutions = list(result.resolutions)
        if fmt == ReportFormat.md:
            emit(render_resolutions_md(resolutions), output, force)
        else:
            emit(render_resolutions_json(resolutions, result.requests), output, force)
        findings = [f for r in resolutions for f in r.findings]
        print_findings(findings, result.document.source)
        print_resolution(result, settings)
        if unavailable(result, settings):
            err.print("[red]providers unavailable[/red] (exit 3)", markup=True)
            return EXIT_UNAVAILABLE
        return fail_on_code([*result.document.findings, *findings], fail_on.value)

    guarded(run)
