"""Options several commands share, declared once, and the settings built from them."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import platformdirs
import typer

from mmrefs.files import project_cache_dir
from mmrefs.http import Settings


class ExportFormat(StrEnum):
    json = "json"
    bibtex = "bibtex"
    csl_json = "csl-json"
    ris = "ris"


class ReportFormat(StrEnum):
    """The two forms of a report: for programs and for people."""

    json = "json"
    md = "md"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


FORMAT_HELP = "Output format: json (for programs) or md (Markdown, for people)."
OutputOpt = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write here (atomically) instead of stdout.")
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace an existing --output file.")]
EncodingOpt = Annotated[str | None, typer.Option(help="Input encoding (default: detect).")]
FailOnOpt = Annotated[
    FailOn,
    typer.Option(help="Exit 1 when a finding is at least this severe (error or warning)."),
]
ReportFormatOpt = Annotated[ReportFormat, typer.Option("--format", "-f", help=FORMAT_HELP)]
InputArg = Annotated[Path, typer.Argument(help="A review (or reference list); - reads stdin.")]

OfflineOpt = Annotated[
    bool, typer.Option("--offline", envvar="MMREFS_OFFLINE", help="Use only the cache; no network.")
]
CacheDirOpt = Annotated[
    Path | None,
    typer.Option(
        envvar="MMREFS_CACHE_DIR",
        help="HTTP cache folder (default: the project's cache/ inside the mmrefs checkout, "
        "else the user's cache folder).",
        show_default=False,
    ),
]
CrossrefOpt = Annotated[str, typer.Option(envvar="MMREFS_CROSSREF_URL", help="Crossref base URL.")]
EutilsOpt = Annotated[str, typer.Option(envvar="MMREFS_EUTILS_URL", help="E-utilities base URL.")]
MailtoOpt = Annotated[
    str, typer.Option(envvar="MMREFS_MAILTO", help="Contact address (polite pools).")
]
ApiKeyOpt = Annotated[
    str,
    typer.Option(envvar="NCBI_API_KEY", help="NCBI API key (10 requests/s).", show_default=False),
]
TimeoutOpt = Annotated[
    float,
    typer.Option(
        envvar="MMREFS_TIMEOUT",
        help="Seconds to wait for a reply (connecting waits at most 5 s).",
    ),
]
BudgetOpt = Annotated[
    float,
    typer.Option(
        envvar="MMREFS_BUDGET",
        help="Seconds of network time a run may spend; then it stops asking.",
    ),
]


class PreferChoice(StrEnum):
    printed = "printed"
    registry = "registry"


PreferOpt = Annotated[
    PreferChoice,
    typer.Option(
        envvar="MMREFS_PREFER",
        help="After resolution: keep printed values (registry fills only what is missing), "
        "or let the registry's values replace printed ones (kept as printed_*).",
    ),
]
DEFAULTS = Settings()


def cache_folder(given: Path | None) -> Path:
    """The cache folder: as given, else the checkout's `cache/`, else the user cache dir."""
    if given is not None:
        return given
    return project_cache_dir(Path.cwd()) or Path(platformdirs.user_cache_dir("mmrefs"))


def network_settings(
    offline: bool,
    cache_dir: Path | None,
    crossref_url: str,
    eutils_url: str,
    mailto: str,
    api_key: str,
    timeout: float,
    budget: float,
) -> Settings:
    return Settings(
        crossref_url,
        eutils_url,
        mailto,
        api_key,
        cache_folder(cache_dir),
        offline,
        timeout=(min(5.0, timeout), timeout),
        budget=budget,
    )


# The options of every command that asks the registries, declared once. `network_command`
# adds them to a command's signature (typer reads `__signature__`) and hands the command
# the finished `Settings` and the `--prefer` choice instead of nine loose values.
NETWORK_OPTIONS: tuple[tuple[str, Any, Any], ...] = (
    ("offline", OfflineOpt, False),
    ("cache_dir", CacheDirOpt, None),
    ("crossref_url", CrossrefOpt, DEFAULTS.crossref_url),
    ("eutils_url", EutilsOpt, DEFAULTS.eutils_url),
    ("mailto", MailtoOpt, ""),
    ("api_key", ApiKeyOpt, ""),
    ("timeout", TimeoutOpt, DEFAULTS.timeout[1]),
    ("budget", BudgetOpt, DEFAULTS.budget),
    ("prefer", PreferOpt, PreferChoice.printed),
)
Command = Callable[..., None]


def network_command(command: Command) -> Command:
    """`command(..., settings=Settings, prefer=str)` as a typer command with the shared
    network options in place of `settings` and `prefer`."""
    own = [
        p
        for p in inspect.signature(command, eval_str=True).parameters.values()
        if p.name not in ("settings", "prefer")
    ]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
        for name, kind, default in NETWORK_OPTIONS
    ]

    @functools.wraps(command)
    def wrapper(**given: Any) -> None:
        net = {name: given.pop(name) for name, _, _ in NETWORK_OPTIONS}
        prefer = PreferChoice(net.pop("prefer")).value
        command(**given, settings=network_settings(**net), prefer=prefer)

    params = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own] + added
    wrapper.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper
