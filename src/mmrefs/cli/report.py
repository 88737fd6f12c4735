"""`mmrefs report FILE`: the claim ↔ source report (HTML, Markdown or JSON)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

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
    TimeoutOpt,
    network_settings,
)
from mmrefs.cli.shell import emit, fail_on_code, guarded


class PageFormat(StrEnum):
    html = "html"
    md = "md"
    json = "json"


def report(
    file: InputArg,
    fmt: Annotated[
        PageFormat,
        typer.Option(
            "--format", "-f", help="html (one self-contained page), md or json: same content."
        ),
    ] = PageFormat.html,
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
    """Write the claim ↔ source report: every claim with its sources, and every source
    with the claims that cite it, findings inline."""

    def run() -> int:
        settings = network_settings(
            offline, cache_dir, crossref_url, eutils_url, mailto, api_key, timeout, budget
        )
        result = build_file(file, encoding, settings, prefer.value)
        emit(pipeline.render_report(result, fmt.value), output, force)
        print_resolution(result, settings)
        return fail_on_code(result.findings, fail_on.value)

    guarded(run)
