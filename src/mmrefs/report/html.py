"""The claim ↔ source report as one self-contained HTML page.

Rendered through jinja2 templates shipped in `report/templates/` with autoescaping on, so
every string from the document (titles, claims, even a `<script>` in a title) is text,
never markup. CSS, script and SVG charts are inlined: the page opens from disk and makes
no request of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from mmrefs.model import Build
from mmrefs.report.charts import bar_chart, column_chart, year_columns
from mmrefs.report.placement import filter_values
from mmrefs.report.view import SEVERITIES, ReportView, report_view


@cache
def _environment() -> Environment:
    """One environment per process: templates are compiled once, not per report."""
    env = Environment(
        loader=PackageLoader("mmrefs.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["filter_values"] = filter_values
    return env


def render_report_html(build: Build) -> str:
    """The HTML claim ↔ source report of one build."""
    return render_view_html(report_view(build))


def render_view_html(view: ReportView) -> str:
    charts = {
        "sections": bar_chart(view.citations_per_section, "Citations per section"),
        "years": column_chart(
            year_columns(view.publication_years), "References by publication year"
        ),
    }
    template = _environment().get_template("report.html.j2")
    chunks = template.generate(view=view, s=view.summary, charts=charts, severities=SEVERITIES)
    return _join(chunks)


def _join(chunks: Iterator[str], batch: int = 20_000) -> str:
    """`"".join` in batches: a report of 20,000 claims is a few million tiny strings, and
    holding them all at once (as `Template.render` does) doubles the peak memory."""
    parts: list[str] = []
    pending: list[str] = []
    for chunk in chunks:
        pending.append(chunk)
        if len(pending) >= batch:
            parts.append("".join(pending))
            pending.clear()
    parts.append("".join(pending))
    return "".join(parts)
