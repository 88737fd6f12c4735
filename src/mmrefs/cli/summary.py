"""The table a person reads first after `parse` and `build`."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

from mmrefs import pipeline
from mmrefs.model import Build, Document, Severity

COLUMNS = ("input", "kind", "references", "failed", "skipped lines", "errors", "warnings")


def build_table(builds: list[Build], title: str) -> Table:
    """Per input: references, what failed, resolution, and the checked findings."""
    table = Table(title=title)
    table.add_column("input", min_width=26, overflow="fold")
    for column in ("references", "failed", "resolved", "errors", "warnings", "info"):
        table.add_column(column, justify="right")
    for b in builds:
        counts = {s: sum(1 for f in b.findings if f.severity == s) for s in Severity}
        table.add_row(
            Path(b.document.source).name,
            str(len(b.document.references)),
            str(len(b.document.failures)),
            f"{b.resolved_count} ({b.resolution_mode.value})",
            str(counts[Severity.ERROR]),
            str(counts[Severity.WARNING]),
            str(counts[Severity.INFO]),
        )
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
