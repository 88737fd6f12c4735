"""The table a person reads first after `parse` and `build`."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

from mmrefs import pipeline
from mmrefs.model import Document

COLUMNS = ("input", "kind", "references", "failed", "skipped lines", "errors", "warnings")


def summary_table(docs: list[Document], title: str) -> Table:
    table = Table(title=title)
    for column in COLUMNS:
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
