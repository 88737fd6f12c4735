"""`mmrefs check FILE`: the citation-accuracy rules over one review."""

from __future__ import annotations

from mmrefs import pipeline
from mmrefs.cli.net import build_file, print_resolution
from mmrefs.cli.options import (
    DEFAULTS,
    ApiKeyOpt,
    BudgetOpt,
    CacheDirOpt,
    CrossrefOpt,
    EncodingOpt,
    EutilsOpt,
    FailOn,
    FailOnOpt,
    ForceOpt,
    InputArg,
    MailtoOpt,
    OfflineOpt,
    OutputOpt,
    PreferChoice,
    PreferOpt,
    ReportFormat,
    ReportFormatOpt,
    TimeoutOpt,
    network_settings,
)
from mmrefs.cli.shell import (
    emit,
    err,
    fail_on_code,
    guarded,
    print_findings,
)
from mmrefs.report.findings import registry_note


def check(
    file: InputArg,
    fmt: ReportFormatOpt = ReportFormat.md,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    offline: OfflineOpt = False,
    cache_dir: CacheDirOpt = None,
    crossref_url: CrossrefOpt = DEFAULTS.crossref_url,
    eutils_url: EutilsOpt = DEFAULTS.eutils_url,
    mailto: MailtoOpt = "",
    api_key: ApiKeyOpt = "",
    timeout: TimeoutOpt = DEFAULTS.timeout[1],
    budget: BudgetOpt = DEFAULTS.budget,
    prefer: PreferOpt = PreferChoice.printed,
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Check a review's citations: numbers, order, authors, metadata, notices, support.

    Registry checks use Crossref and PubMed (cache first); offline they use the cache only
    and the output says what was skipped.
    """

    def run() -> int:
        settings = network_settings(
            offline, cache_dir, crossref_url, eutils_url, mailto, api_key, timeout, budget
        )
        result = build_file(file, encoding, settings, prefer.value)
        emit(pipeline.render_check(result, fmt.value), output, force)
        print_findings(result.findings, result.document.source)
        print_resolution(result, settings)
        err.print(f"{len(result.findings)} findings; {registry_note(result)}")
        return fail_on_code(result.findings, fail_on.value)

    guarded(run)
