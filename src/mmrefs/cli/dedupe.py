"""`mmrefs dedupe FILE...`: records that are the same work, within and across lists."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mmrefs import pipeline
from mmrefs.cli.options import EncodingOpt, FailOn, FailOnOpt, ForceOpt, OutputOpt
from mmrefs.cli.shell import (
    emit,
    err,
    fail_on_code,
    guarded,
    print_findings,
    source_name,
)
from mmrefs.errors import UsageError
from mmrefs.files import read_text_lenient


class DedupeFormat(StrEnum):
    json = "json"
    csv = "csv"
    md = "md"
    bibtex = "bibtex"
    biblatex = "biblatex"
    csl_json = "csl-json"
    ris = "ris"


REPORTS = {DedupeFormat.json, DedupeFormat.csv, DedupeFormat.md}


def dedupe(
    files: Annotated[
        list[Path], typer.Argument(help="Reviews, BibTeX, RIS, CSL-JSON, CSV or mmrefs JSON.")
    ],
    fmt: Annotated[
        DedupeFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Report: json, csv, md (default json). With --merge: bibtex (default), "
            "biblatex, csl-json, ris or json.",
        ),
    ] = None,
    merge: Annotated[
        bool, typer.Option("--merge", help="Write the merged, de-duplicated bibliography.")
    ] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Find records that are the same work, within one list and across lists."""

    def run() -> int:
        chosen = fmt or (DedupeFormat.bibtex if merge else DedupeFormat.json)
        if merge and chosen in (DedupeFormat.csv, DedupeFormat.md):
            raise UsageError(f"--merge writes a bibliography; --format {chosen.value} is a report")
        if not merge and chosen not in REPORTS:
            raise UsageError(f"--format {chosen.value} is a bibliography; add --merge")
        read = [read_text_lenient(path, encoding) for path in files]
        docs, notes = pipeline.read_libraries(
            [(text, source_name(path), bad) for path, (text, bad) in zip(files, read, strict=True)]
        )
        result = pipeline.dedupe(docs, notes)
        if merge:
            rendered = pipeline.render(pipeline.merged_document(result), chosen.value)
        else:
            rendered = pipeline.render_dedupe(result, chosen.value)
        emit(rendered, output, force)
        findings = pipeline.dedupe_findings(result)
        print_findings(findings)
        err.print(pipeline.dedupe_summary(result))
        return fail_on_code(findings, fail_on.value)

    guarded(run)
