"""`mmrefs build`: the whole chain on a folder of inputs, every output into one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mmrefs import pipeline
from mmrefs.cli.net import build_with_progress, print_resolution
from mmrefs.cli.options import (
    DEFAULTS,
    ApiKeyOpt,
    BudgetOpt,
    CacheDirOpt,
    CrossrefOpt,
    EutilsOpt,
    FailOn,
    FailOnOpt,
    MailtoOpt,
    OfflineOpt,
    PreferChoice,
    PreferOpt,
    TimeoutOpt,
    network_settings,
)
from mmrefs.cli.shell import err, fail_on_code, guarded, print_document_problems, read_input
from mmrefs.cli.summary import build_table
from mmrefs.files import inputs_in, prepare_build_folder, write_atomic


def build(
    refs_dir: Annotated[Path, typer.Option(help="Folder with the inputs (*.txt).")] = Path("refs"),
    out_dir: Annotated[Path | None, typer.Option(help="Default: REFS_DIR/out.")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Write into a folder build did not make.")
    ] = False,
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
    """Parse, resolve, de-duplicate, map citations, check, export and report every input.

    References are resolved when the providers answer; without network the build goes on
    with what the cache holds and says what stays unresolved.
    """

    def run() -> int:
        target = out_dir or refs_dir / "out"
        settings = network_settings(
            offline, cache_dir, crossref_url, eutils_url, mailto, api_key, timeout, budget
        )
        texts = [(path, read_input(path, None)) for path in inputs_in(refs_dir)]
        prepare_build_folder(target, force)
        builds, written = [], 0
        for path, text in texts:
            result = build_with_progress(text, str(path), settings, prefer.value)
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
