"""The command line: the only place that prints, exits or reads the environment."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from mmrefs import pipeline
from mmrefs.errors import MmrefsError, OutputError, UsageError
from mmrefs.files import read_text, read_text_lenient, write_atomic
from mmrefs.http import Client, Settings, cache_info, clear_cache, open_cache
from mmrefs.ingest.library import read_library
from mmrefs.model import Document, Finding, Resolution, Severity, SourceLoc
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.report.resolution import render_resolutions_json, render_resolutions_md

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract, export and check the references of scientific reviews.",
)
err = Console(stderr=True)
BUILD_MARKER = ".mmrefs-build"
DEFAULT_INPUTS = ("mm-biomaterials-review.txt", "mirna-review-record.txt")


class Format(StrEnum):
    json = "json"
    bibtex = "bibtex"
    csl_json = "csl-json"
    ris = "ris"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


# Options several commands share, declared once.
OutputOpt = Annotated[Path | None, typer.Option("-o", "--output", help="Write here.")]
ForceOpt = Annotated[bool, typer.Option(help="Replace an existing --output file.")]
EncodingOpt = Annotated[str | None, typer.Option(help="Input encoding (default: detect).")]
FailOnOpt = Annotated[FailOn, typer.Option(help="Exit 1 on findings this severe.")]


def emit(rendered: str, output: Path | None, force: bool) -> None:
    """Write to stdout, or atomically to `output` (never over a file without --force)."""
    if output is None:
        sys.stdout.write(rendered)
    else:
        write_atomic(output, rendered, force=force)


def load(path: Path, encoding: str | None = None) -> tuple[str, Document]:
    """Read and parse one input; the text is returned too, for the citation map."""
    text, _ = read_text(path, encoding)
    return text, pipeline.parse_text(text, str(path))


def summary_table(docs: list[Document], title: str) -> Table:
    table = Table(title=title)
    for column in ("input", "kind", "references", "failed", "skipped lines", "errors", "warnings"):
        table.add_column(column, justify="left" if column in ("input", "kind") else "right")
    for doc in docs:
        s = pipeline.summarize(doc)
        table.add_row(
            Path(s.source).name,
            s.kind,
            str(s.references),
            str(s.failed),
            str(s.skipped_lines),
            str(s.errors),
            str(s.warnings),
        )
    return table


def report_problems(doc: Document) -> None:
    """Failed entries and findings, each with file:line, so the user can go and look."""
    for failure in doc.failures:
        err.print(f"[red]failed[/red] {failure.loc}: {failure.reason}", highlight=False)
    for finding in doc.findings:
        if finding.code != "parse.failed":
            err.print(
                f"[yellow]{finding.severity}[/yellow] {finding.loc or doc.source}: "
                f"{finding.message}",
                highlight=False,
            )


def exit_code(docs: list[Document], fail_on: FailOn) -> int:
    if fail_on == FailOn.never:
        return 0
    threshold = Severity(fail_on.value).rank
    worst = [pipeline.worst_severity(d) for d in docs]
    return 1 if any(w is not None and w.rank >= threshold for w in worst) else 0


def guarded(action: object) -> None:
    """Run a command body, turning mmrefs errors into a message and their exit code."""
    try:
        code = action() if callable(action) else 0
    except MmrefsError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(exc.exit_code) from exc
    raise typer.Exit(int(code or 0))


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="A review (or reference list) or a record file.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    biblatex: Annotated[bool, typer.Option(help="BibLaTeX flavour of --format bibtex.")] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Parse references into structured records and export them."""

    def run() -> int:
        _, doc = load(file, encoding)
        name = "biblatex" if fmt == Format.bibtex and biblatex else fmt.value
        rendered = pipeline.render(doc, name)
        emit(rendered, output, force)
        report_problems(doc)
        err.print(summary_table([doc], "mmrefs parse"))
        return exit_code([doc], fail_on)

    guarded(run)


class ReportFormat(StrEnum):
    """The two forms of a report: for programs and for people."""

    json = "json"
    md = "md"


@app.command()
def cite(
    file: Annotated[Path, typer.Argument(help="A review with a numbered reference list.")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.json,
    by_reference: Annotated[bool, typer.Option(help="Reverse index: source → claims.")] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Map every in-text citation to its reference numbers and the claim it supports."""

    def run() -> int:
        text, doc = load(file, encoding)
        cmap = pipeline.cite(text, doc)
        rendered = pipeline.render_citations(cmap, doc, fmt.value, by_reference)
        emit(rendered, output, force)
        for finding in cmap.malformed:
            err.print(
                f"[yellow]malformed[/yellow] {finding.loc}: {finding.message}", highlight=False
            )
        err.print(
            f"{len(cmap.citations)} citations, {len(cmap.malformed)} malformed, "
            f"{len(cmap.uncited())} references never cited",
            highlight=False,
        )
        return 1 if cmap.malformed and fail_on != FailOn.never else 0

    guarded(run)


class DedupeFormat(StrEnum):
    json = "json"
    csv = "csv"
    md = "md"
    bibtex = "bibtex"
    biblatex = "biblatex"
    csl_json = "csl-json"
    ris = "ris"


REPORT_FORMATS = {DedupeFormat.json, DedupeFormat.csv, DedupeFormat.md}


def load_library(path: Path, encoding: str | None) -> tuple[Document, list[Finding]]:
    """Any bibliography format; non-UTF-8 lines are read, reported, and kept."""
    text, bad_lines = read_text_lenient(path, encoding)
    doc = read_library(text, str(path))
    notes = [
        Finding(
            "input.encoding",
            Severity.WARNING,
            "line is not UTF-8; read as Windows-1252",
            loc=SourceLoc(str(path), line),
        )
        for line in bad_lines
    ]
    return doc, notes


@app.command()
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
        bool, typer.Option(help="Write the merged, de-duplicated bibliography instead.")
    ] = False,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Find records that are the same work, within one list and across lists."""

    def run() -> int:
        loaded = [load_library(path, encoding) for path in files]
        docs = [doc for doc, _ in loaded]
        notes = [note for _, found in loaded for note in found]
        result = pipeline.dedupe(docs, notes)
        chosen = fmt or (DedupeFormat.bibtex if merge else DedupeFormat.json)
        if merge and chosen in (DedupeFormat.csv, DedupeFormat.md):
            raise UsageError(f"--merge writes a bibliography; --format {chosen.value} is a report")
        if not merge and chosen not in REPORT_FORMATS:
            raise UsageError(f"--format {chosen.value} is a bibliography; add --merge")
        if merge:
            rendered = pipeline.render(pipeline.merged_document(result), chosen.value)
        else:
            rendered = pipeline.render_dedupe(result, chosen.value)
        emit(rendered, output, force)
        for doc in docs:
            report_problems(doc)
        for note in result.findings:
            err.print(
                f"[yellow]{note.severity}[/yellow] {note.loc}: {note.message}", highlight=False
            )
        summary = pipeline.dedupe_summary(result)
        err.print(summary, highlight=False)
        serious = any(doc.failures for doc in docs) or bool(result.findings)
        return 1 if serious and fail_on != FailOn.never else 0

    guarded(run)


OfflineOpt = Annotated[
    bool, typer.Option(envvar="MMREFS_OFFLINE", help="Use only the cache; no network.")
]
CacheDirOpt = Annotated[Path, typer.Option(envvar="MMREFS_CACHE_DIR", help="HTTP cache folder.")]
CrossrefOpt = Annotated[str, typer.Option(envvar="MMREFS_CROSSREF_URL", help="Crossref base URL.")]
EutilsOpt = Annotated[str, typer.Option(envvar="MMREFS_EUTILS_URL", help="E-utilities base URL.")]
MailtoOpt = Annotated[
    str, typer.Option(envvar="MMREFS_MAILTO", help="Contact address (polite pools).")
]
ApiKeyOpt = Annotated[
    str,
    typer.Option(envvar="NCBI_API_KEY", help="NCBI API key (10 requests/s).", show_default=False),
]
DEFAULTS = Settings()


def providers(settings: Settings) -> tuple[Client, Crossref, PubMed]:
    client = Client(settings, open_cache(settings))
    return client, Crossref(settings.crossref_url, client), PubMed(settings.eutils_url, client)


def resolve_with_progress(doc: Document, settings: Settings) -> tuple[list[Resolution], int]:
    """Resolve one document with a progress bar on stderr; returns (resolutions, requests)."""
    client, crossref, pubmed = providers(settings)
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task(Path(doc.source).name, total=None)
        resolutions = pipeline.resolve(
            doc, crossref, pubmed, lambda step: bar.update(task, description=step)
        )
    return resolutions, client.requests


def report_resolution(
    name: str, resolutions: list[Resolution], requests: int, offline: bool
) -> None:
    counts = pipeline.resolution_counts(resolutions)
    shown = ", ".join(f"{v} {k}" for k, v in counts.items() if v)
    err.print(f"{name}: {shown}; {requests} HTTP requests", highlight=False)
    left = counts["offline"] + counts["error"]
    if left:
        why = "--offline" if offline else "the network did not answer"
        err.print(
            f"[yellow]{left} references unresolved because {why}[/yellow]; they resolve "
            "when run with network (answers are cached in the cache folder)",
            highlight=False,
        )


@app.command()
def resolve(
    file: Annotated[Path, typer.Argument(help="A review or a record file.")],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.json,
    output: OutputOpt = None,
    force: ForceOpt = False,
    encoding: EncodingOpt = None,
    offline: OfflineOpt = False,
    cache_dir: CacheDirOpt = DEFAULTS.cache_dir,
    crossref_url: CrossrefOpt = DEFAULTS.crossref_url,
    eutils_url: EutilsOpt = DEFAULTS.eutils_url,
    mailto: MailtoOpt = "",
    api_key: ApiKeyOpt = "",
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Attach verified DOIs and PMIDs from Crossref and PubMed; report what disagrees."""

    def run() -> int:
        _, doc = load(file, encoding)
        settings = Settings(crossref_url, eutils_url, mailto, api_key, cache_dir, offline)
        resolutions, requests = resolve_with_progress(doc, settings)
        if fmt == ReportFormat.md:
            rendered = render_resolutions_md(resolutions)
        else:
            rendered = render_resolutions_json(resolutions, requests)
        emit(rendered, output, force)
        report_resolution(file.name, resolutions, requests, offline)
        resolved = pipeline.apply_resolutions(doc, resolutions)
        return exit_code([resolved], fail_on)

    guarded(run)


cache_app = typer.Typer(help="The on-disk HTTP cache of provider answers.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info_command(cache_dir: CacheDirOpt = DEFAULTS.cache_dir) -> None:
    """Where the cache is, its size and how many answers it holds."""
    path, size, count = cache_info(cache_dir)
    sys.stdout.write(f"{path}: {count} responses, {size / 1024:.0f} KiB\n")


@cache_app.command("clear")
def cache_clear_command(cache_dir: CacheDirOpt = DEFAULTS.cache_dir) -> None:
    """Delete every cached answer (the next run asks the providers again)."""
    freed = clear_cache(cache_dir)
    sys.stdout.write(f"cleared {cache_dir} ({freed / 1024:.0f} KiB)\n")


def prepare_out_dir(out_dir: Path, force: bool) -> None:
    """`build` may replace files only in a directory it made (marked) or with --force."""
    if (
        out_dir.exists()
        and any(out_dir.iterdir())
        and not (out_dir / BUILD_MARKER).exists()
        and not force
    ):
        raise OutputError(
            f"{out_dir}: exists and was not made by `mmrefs build`; pass --force to write into it"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / BUILD_MARKER).write_text("written by mmrefs build; safe to delete\n")


@app.command()
def build(
    refs_dir: Annotated[Path, typer.Option(help="Folder with the bundled inputs.")] = Path("refs"),
    out_dir: Annotated[Path | None, typer.Option(help="Default: REFS_DIR/out.")] = None,
    force: Annotated[bool, typer.Option(help="Write into a folder build did not make.")] = False,
    offline: OfflineOpt = False,
    cache_dir: CacheDirOpt = DEFAULTS.cache_dir,
    crossref_url: CrossrefOpt = DEFAULTS.crossref_url,
    eutils_url: EutilsOpt = DEFAULTS.eutils_url,
    mailto: MailtoOpt = "",
    api_key: ApiKeyOpt = "",
    fail_on: FailOnOpt = FailOn.never,
) -> None:
    """Run the whole chain on the bundled inputs and write every export to refs/out/.

    References are resolved when the providers answer; without network the build goes on
    with what the cache holds and says how many references stay unresolved.
    """

    def run() -> int:
        target = out_dir or refs_dir / "out"
        inputs = [refs_dir / name for name in DEFAULT_INPUTS]
        loaded = [load(path) for path in inputs]
        prepare_out_dir(target, force)
        settings = Settings(crossref_url, eutils_url, mailto, api_key, cache_dir, offline)
        docs, written = [], 0
        for path, (text, parsed) in zip(inputs, loaded, strict=True):
            resolutions, requests = resolve_with_progress(parsed, settings)
            report_resolution(path.name, resolutions, requests, offline)
            doc = pipeline.apply_resolutions(parsed, resolutions)
            outputs = pipeline.build_outputs(doc, path.stem)
            if doc.kind == "reflist":
                outputs |= pipeline.build_citation_outputs(pipeline.cite(text, doc), doc, path.stem)
            for name, content in outputs.items():
                write_atomic(target / name, content, force=True)
                written += 1
            report_problems(doc)
            docs.append(doc)
        err.print(summary_table(docs, f"mmrefs build → {target} ({written} files)"))
        return exit_code(docs, fail_on)

    guarded(run)


def main() -> None:  # pragma: no cover - entry point
    app()
