"""The registries as the commands meet them: one cached client, progress, and a summary."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mmrefs import pipeline
from mmrefs.cli.shell import err, on_interrupt, read_input, source_name
from mmrefs.http import Client, Settings, open_cache
from mmrefs.model import Build, ResolutionStatus

_OPENED: dict[str, tuple[Client, pipeline.Providers]] = {}


def providers(settings: Settings, prefer: str = "printed") -> tuple[Client, pipeline.Providers]:
    """A client over the on-disk cache and the two providers that use it; one per settings
    in a process, so `build` over several inputs learns once that the network is down."""
    key = repr(settings) + prefer
    if key not in _OPENED:
        _OPENED[key] = _open(settings, pipeline.Prefer(prefer))
    return _OPENED[key]


def _open(settings: Settings, prefer: pipeline.Prefer) -> tuple[Client, pipeline.Providers]:
    from mmrefs.providers.crossref import Crossref
    from mmrefs.providers.pubmed import PubMed

    client = Client(settings, open_cache(settings))

    def interrupted() -> str:
        client.stop()  # requests still in flight give up instead of retrying
        return f"{client.cached} answers are cached in {settings.cache_dir}; rerun to resume"

    on_interrupt.append(interrupted)
    chosen = pipeline.Providers(
        Crossref(settings.crossref_url, client),
        PubMed(settings.eutils_url, client),
        settings.offline,
        prefer,
    )
    return client, chosen


def build_with_progress(
    text: str, source: str, settings: Settings | None, prefer: str = "printed"
) -> Build:
    """`pipeline.build` with a progress bar on stderr; `settings=None` skips resolution."""
    if settings is None:
        return pipeline.build(text, source)
    client, chosen = providers(settings, prefer)
    before, endpoints, limited = client.requests, client.by_endpoint.copy(), client.too_many
    if err.is_terminal:  # a bar only where a person watches; scripts skip its import
        from rich.progress import Progress

        with Progress(console=err, transient=True) as bar:
            task = bar.add_task(Path(source).name, total=None)
            result = pipeline.build(
                text, source, chosen, lambda step: bar.update(task, description=step)
            )
    else:
        result = pipeline.build(text, source, chosen)
    used = client.by_endpoint - endpoints
    if used:
        shown = ", ".join(f"{name} {n}" for name, n in sorted(used.items()))
        err.print(f"HTTP requests by endpoint: {shown}; {client.too_many - limited} answered 429")
    return replace(result, requests=client.requests - before)


def build_file(path: Path, encoding: str | None, settings: Settings, prefer: str) -> Build:
    """Read one input (a file or `-`) and run the whole chain over it."""
    return build_with_progress(read_input(path, encoding), source_name(path), settings, prefer)


def unavailable(result: Build, settings: Settings) -> int:
    """References left unresolved because a provider did not answer (not --offline)."""
    if settings.offline:
        return 0
    failed = (ResolutionStatus.OFFLINE, ResolutionStatus.ERROR)
    return sum(1 for r in result.resolutions if r.status in failed)


def print_resolution(result: Build, settings: Settings) -> None:
    counts = pipeline.resolution_counts(result.resolutions)
    shown = ", ".join(f"{v} {k}" for k, v in counts.items() if v)
    name = Path(result.document.source).name
    err.print(f"{name}: {shown or 'nothing to resolve'}; {result.requests} HTTP requests")
    left = counts["offline"] + counts["error"]
    if left:
        why = "--offline" if settings.offline else "the providers did not answer"
        err.print(
            f"[yellow]{left} references unresolved because {why}[/yellow]; rerun with network "
            f"to resolve them (answers are cached in {settings.cache_dir})",
            markup=True,
        )
