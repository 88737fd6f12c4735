"""The table a person reads first after `parse` and `build`."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

from mmrefs import pipeline
from mmrefs.model import Build, Document, Severity

COLUMNS = ("input", "kind", "references", "failed", "skipped lines", "errors", "warnings")


BUILD_COLUMNS = ("references", "failed", "resolved", "errors", "warnings", "info")


def build_rows(builds: list[Build]) -> list[list[str]]:
    """Per input: references, what failed, resolution, and the checked findings."""
    rows = []
    for b in builds:
        counts = {s: sum(1 for f in b.findings if f.severity == s) for s in Severity}
        rows.append(
            [
                Path(b.document.source).name,
                str(len(b.document.references)),
                str(len(b.document.failures)),
                f"{b.resolved_count} ({b.resolution_mode.value})",
                str(counts[Severity.ERROR]),
                str(counts[Severity.WARNING]),
                str(counts[Severity.INFO]),
            ]
        )
    return rows


def build_table(rows: list[list[str]], title: str) -> Table:
    """The rows of `build_rows` (kept in the build's stamp, so an up-to-date build can show
    them again without building)."""
    table = Table(title=title)
    table.add_column("input", min_width=26, overflow="fold")
    for column in BUILD_COLUMNS:
        table.add_column(column, justify="right")
    for row in rows:
        table.add_row(*row)
    return table


def summary_table(docs: list[Document], title: str) -> Table:
    table = Table(title=title)
    table.add_column("input", min_width=26, overflow="fold")
    for column in COLUMNS[1:]:
        table.add_column(column, justify="left" if column == "kind" else "right")
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
