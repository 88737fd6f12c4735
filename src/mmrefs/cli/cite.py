"""`mmrefs cite FILE`: every citation expanded and tied to the claim it supports."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

import typer

from mmrefs import pipeline
from mmrefs.cli.options import (
    EncodingOpt,
    FailOn,
    FailOnOpt,
    ForceOpt,
    InputArg,
    OutputOpt,
    ReportFormat,
    ReportFormatOpt,
)
from mmrefs.cli.shell import (
    emit,
    err,
    fail_on_code,
    guarded,
    print_findings,
    read_input,
    source_name,
)
from mmrefs.errors import InputError


def cite(
    file: InputArg,
    fmt: ReportFormatOpt = ReportFormat.json,
    by_reference: Annotated[
        bool, typer.Option("--by-reference", help="Reverse index: source → claims.")
    ] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Map every in-text citation to its reference numbers and the claim it supports."""

    def run() -> int:
        text = read_input(file, encoding)
        doc = pipeline.parse_text(text, source_name(file))
        if doc.kind != "reflist":
            raise InputError(
                f"is a {doc.kind} file with no body text to cite from; "
                "give the review itself (body and numbered reference list)",
                doc.source,
            )
        cmap = pipeline.cite(text, doc)
        emit(pipeline.render_citations(cmap, doc, fmt.value, by_reference), output, force)
        notes = [f for f in doc.findings if f.code == "numbering.list-position"]
        print_findings([*notes, *cmap.malformed], doc.source)
        problems = Counter(f.code for f in cmap.malformed)
        shown = "".join(f", {n} {code}" for code, n in sorted(problems.items()))
        err.print(
            f"{len(cmap.citations)} citations{shown}, {len(cmap.uncited())} references never cited"
        )
        return fail_on_code(cmap.malformed, fail_on.value)

    guarded(run)
