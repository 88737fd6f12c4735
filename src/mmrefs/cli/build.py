"""`mmrefs build`: the whole chain on a folder of inputs, every output into one folder."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from mmrefs import pipeline
from mmrefs.cli import uptodate
from mmrefs.cli.net import build_with_progress, print_resolution, providers
from mmrefs.cli.options import (
    FailOn,
    FailOnOpt,
    network_command,
)
from mmrefs.cli.shell import err, fail_on_code, guarded, print_document_problems, read_input
from mmrefs.cli.summary import build_rows, build_table
from mmrefs.files import inputs_in, prepare_build_folder, write_atomic
from mmrefs.http import Settings
from mmrefs.model import Build


@network_command
def build(
    refs_dir: Annotated[Path, typer.Option(help="Folder with the inputs (*.txt).")] = Path("refs"),
    out_dir: Annotated[Path | None, typer.Option(help="Default: REFS_DIR/out.")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Write into a folder build did not make.")
    ] = False,
    rebuild: Annotated[
        bool,
        typer.Option(
            "--rebuild",
            help="Build even when inputs, options, cache and mmrefs are as at the last build.",
        ),
    ] = False,
    fail_on: FailOnOpt = FailOn.never,
    *,
    settings: Settings,
    prefer: str,
) -> None:
    """Parse, resolve, de-duplicate, map citations, check, export and report every input.

    References are resolved when the providers answer; without network the build goes on
    with what the cache holds and says what stays unresolved. When nothing changed since
    the last build of the folder, nothing is rebuilt.
    """

    def run() -> int:
        target = out_dir or refs_dir / "out"
        paths = inputs_in(refs_dir)
        sources = uptodate.sources(settings, prefer, paths)
        last = None if rebuild else uptodate.previous(target, sources)
        if last is not None:
            err.print(build_table(last.table, f"mmrefs build → {target}"))
            err.print(
                f"up to date: inputs, options, HTTP cache and mmrefs are as at the build of "
                f"{last.built}; nothing rebuilt (--rebuild builds anyway)"
            )
            return last.fails(fail_on.value)
        texts = [(path, read_input(path, None)) for path in paths]
        prepare_build_folder(target, force)
        uptodate.forget(target)
        client, _ = providers(settings, prefer)
        before = (client.failed, client.stored, client.cached)
        builds: list[Build] = []
        written: dict[str, str] = {}
        for path, text in texts:
            result = build_with_progress(text, str(path), settings, prefer)
            print_resolution(result, settings)
            for name, content in pipeline.outputs(result, path.stem).items():
                write_atomic(target / name, content, force=True)
                written[name] = content
            print_document_problems(result.document)
            builds.append(result)
        rows = build_rows(builds)
        err.print(build_table(rows, f"mmrefs build → {target}"))
        err.print(
            f"{len(written)} files written; the reports: "
            + ", ".join(str(target / f"{path.stem}.report.html") for path, _ in texts)
        )
        if client.failed > before[0]:
            err.print("no stamp: a provider did not answer, so the next build asks again")
        else:
            if (client.stored, client.cached) == before[1:]:  # nobody wrote answers meanwhile
                sources |= {"cache": uptodate.cache_state(settings)}  # (opening may create it)
            _stamp(target, sources, written, rows, builds, client.earliest_expiry)
        return fail_on_code([f for b in builds for f in b.findings], fail_on.value)

    guarded(run)


def _stamp(
    target: Path,
    sources: dict[str, str],
    written: dict[str, str],
    rows: list[list[str]],
    builds: list[Build],
    valid_until: datetime | None,
) -> None:
    """Stamp a settled build with the sources read before it (see `uptodate`)."""
    counts = Counter(str(f.severity) for b in builds for f in b.findings)
    summary = uptodate.Previous(uptodate.now_text(), rows, dict(counts))
    try:
        uptodate.record(target, sources, written, summary, valid_until)
    except uptodate.StampError as exc:
        err.print(f"[yellow]warning:[/yellow] {exc}; the next build runs again", markup=True)
