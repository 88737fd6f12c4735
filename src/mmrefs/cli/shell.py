"""Printing, exit codes and error handling for every command.

One meaning of `--fail-on` everywhere: exit 1 when any finding of the command is at least
that severe. Exit 2 is bad input or refused output, 3 a provider that was needed and did
not answer. Long runs of one kind of message are cut after `MESSAGE_LIMIT`, with a count.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import typer
from rich.console import Console

from mmrefs.errors import MmrefsError
from mmrefs.files import STDIN, read_bytes, read_text, write_atomic
from mmrefs.model import Document, Finding, Severity

err = Console(stderr=True, highlight=False, soft_wrap=True)
MESSAGE_LIMIT = 20
EXIT_INTERRUPTED = 130
EXIT_BUG = 70
COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
on_interrupt: list[Callable[[], str]] = []  # what to say on Ctrl-C (e.g. answers cached)


def source_name(path: Path) -> str:
    return "<stdin>" if path == STDIN else str(path)


def read_input(path: Path, encoding: str | None) -> str:
    """The text of an input: plain text as it is; Word, PDF and JATS converted (marks kept)."""
    from mmrefs.ingest.document import is_binary, text_from_bytes

    if path != STDIN and is_binary(path.suffix.lower()):
        return text_from_bytes(read_bytes(path), source_name(path), path.suffix.lower()).text
    return read_text(path, encoding)[0]


def emit(rendered: str, output: Path | None, force: bool) -> None:
    """Write to stdout, or atomically to `output` (never over a file without --force)."""
    if output is None:
        sys.stdout.write(rendered)
    else:
        write_atomic(output, rendered, force=force)
        err.print(f"wrote {output}")


def print_findings(findings: Iterable[Finding], fallback: str = "") -> None:
    """Each finding with file:line; past MESSAGE_LIMIT of one code, only a count."""
    shown: Counter[str] = Counter()
    for finding in findings:
        shown[finding.code] += 1
        if shown[finding.code] <= MESSAGE_LIMIT:
            colour = COLOURS[finding.severity]
            err.print(
                f"[{colour}]{finding.severity}[/{colour}] {finding.loc or fallback}: "
                f"{finding.message} [{finding.code}]",
                markup=True,
            )
    for code, count in shown.items():
        if count > MESSAGE_LIMIT:
            err.print(f"… and {count - MESSAGE_LIMIT} more {code} (all are in the JSON output)")


def print_document_problems(doc: Document) -> None:
    """Entries that could not be read, then the document's own findings."""
    failures = [Finding("parse.failed", Severity.ERROR, f.reason, loc=f.loc) for f in doc.failures]
    failed_too = {f.loc for f in failures}
    rest = [f for f in doc.findings if not (f.code == "parse.failed" and f.loc in failed_too)]
    print_findings([*failures, *rest], doc.source)


def fail_on_code(findings: Iterable[Finding], fail_on: str) -> int:
    """1 when any finding reaches the `--fail-on` severity, else 0."""
    return fails_at((f.severity for f in findings), fail_on)


def fails_at(severities: Iterable[Severity], fail_on: str) -> int:
    """1 when any severity reaches the `--fail-on` threshold, else 0."""
    if fail_on == "never":
        return 0
    threshold = Severity(fail_on).rank
    return 1 if any(s.rank >= threshold for s in severities) else 0


def guarded(action: Callable[[], int]) -> None:
    """Run a command body: mmrefs errors become one line and their exit code, Ctrl-C says
    what was kept, and nothing else reaches the user as a traceback."""
    try:
        code = action()
    except MmrefsError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True)
        raise typer.Exit(exc.exit_code) from exc
    except KeyboardInterrupt:
        said = "; ".join(say() for say in on_interrupt)
        err.print(f"interrupted{'; ' + said if said else ''}")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except OSError as exc:  # last resort: a refusal no layer turned into an MmrefsError
        err.print(f"[red]error:[/red] {exc.filename or ''}: {exc.strerror or exc}", markup=True)
        raise typer.Exit(2) from exc
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("MMREFS_DEBUG"):
            raise
        err.print(
            f"[red]internal error[/red] (a bug in mmrefs, please report it): "
            f"{type(exc).__name__}: {exc}; set MMREFS_DEBUG=1 to see the traceback",
            markup=True,
        )
        raise typer.Exit(EXIT_BUG) from exc
    raise typer.Exit(code)
