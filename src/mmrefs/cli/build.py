"""`mmrefs build`: the whole chain on a folder of inputs, every output into one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mmrefs import pipeline
from mmrefs.cli.net import build_with_progress, print_resolution
from mmrefs.cli.options import (
    FailOn,
    FailOnOpt,
    network_command,
)
from mmrefs.cli.shell import err, fail_on_code, guarded, print_document_problems, read_input
from mmrefs.cli.summary import build_table
from mmrefs.files import inputs_in, prepare_build_folder, write_atomic
from mmrefs.http import Settings


@network_command
def build(
    refs_dir: Annotated[Path, typer.Option(help="Folder with the inputs (*.txt).")] = Path("refs"),
    out_dir: Annotated[Path | None, typer.Option(help="Default: REFS_DIR/out.")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Write into a folder build did not make.")
    ] = False,
    fail_on: FailOnOpt = FailOn.never,
    *,
    settings: Settings,
    prefer: str,
) -> None:
    """Parse, resolve, de-duplicate, map citations, check, export and report every input.

    References are resolved when the providers answer; without network the build goes on
    with what the cache holds and says what stays unresolved.
    """

    def run() -> int:
        target = out_dir or refs_dir / "out"
        texts = [(path, read_input(path, None)) for path in inputs_in(refs_dir)]
        prepare_build_folder(target, force)
        builds, written = [], 0
        for path, text in texts:
            result = build_with_progress(text, str(path), settings, prefer)
            print_resolution(result, settings)
            for name, content in pipeline.outputs(result, path.stem).items():
                write_atomic(target / name, content, force=True)
                written += 1
            print_document_problems(result.document)
            builds.append(result)
        err.print(build_table(builds, f"mmrefs build → {target}"))
        err.print(
            f"{written} files written; the reports: "
            + ", ".join(str(target / f"{path.stem}.report.html") for path, _ in texts)
        )
        return fail_on_code([f for b in builds for f in b.findings], fail_on.value)

    guarded(run)
