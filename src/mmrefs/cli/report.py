"""`mmrefs report FILE`: the claim ↔ source report (HTML, Markdown or JSON)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from mmrefs import pipeline
from mmrefs.cli.net import build_file, print_resolution
from mmrefs.cli.options import (
    EncodingOpt,
    FailOn,
    FailOnOpt,
    ForceOpt,
    InputArg,
    OutputOpt,
    network_command,
)
from mmrefs.cli.shell import emit, fail_on_code, guarded
from mmrefs.http import Settings


class PageFormat(StrEnum):
    html = "html"
    md = "md"
    json = "json"


@network_command
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
    fail_on: FailOnOpt = FailOn.never,
    *,
    settings: Settings,
    prefer: str,
) -> None:
    """Write the claim ↔ source report: every claim with its sources, and every source
    with the claims that cite it, findings inline."""

    def run() -> int:
        result = build_file(file, encoding, settings, prefer)
        emit(pipeline.render_report(result, fmt.value), output, force)
        print_resolution(result, settings)
        return fail_on_code(result.findings, fail_on.value)

    guarded(run)
