"""`mmrefs parse FILE`: references into structured records and an export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mmrefs import pipeline
from mmrefs.cli.options import (
    EncodingOpt,
    ExportFormat,
    FailOn,
    FailOnOpt,
    ForceOpt,
    OutputOpt,
)
from mmrefs.cli.shell import (
    emit,
    err,
    fail_on_code,
    guarded,
    print_document_problems,
    read_input,
    source_name,
)
from mmrefs.cli.summary import summary_table


def parse(
    file: Annotated[
        Path, typer.Argument(help="A review, a reference list or a record file; - reads stdin.")
    ],
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f", help="json (mmrefs' lossless model), bibtex, csl-json, ris."
        ),
    ] = ExportFormat.json,
    biblatex: Annotated[
        bool, typer.Option("--biblatex", help="BibLaTeX flavour of --format bibtex.")
    ] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Parse references into structured records and export them."""

    def run() -> int:
        doc = pipeline.parse_text(read_input(file, encoding), source_name(file))
        name = "biblatex" if fmt == ExportFormat.bibtex and biblatex else fmt.value
        emit(pipeline.render(doc, name), output, force)
        print_document_problems(doc)
        err.print(summary_table([doc], "mmrefs parse"))
        return fail_on_code(doc.findings, fail_on.value)

    guarded(run)
