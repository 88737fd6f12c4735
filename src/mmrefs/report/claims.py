"""All three claim ↔ source reports of one build from one view.

`render_report_html`, `render_report_md` and `render_report_json` each build the view; a
caller that writes all three (`mmrefs build`) uses `render_reports` and builds it once.
"""

from __future__ import annotations

from mmrefs.model import Build
from mmrefs.report.html import render_report_html, render_view_html
from mmrefs.report.json_report import render_report_json, render_view_json
from mmrefs.report.markdown import render_report_md, render_view_md
from mmrefs.report.view import report_view

__all__ = ["render_report_html", "render_report_json", "render_report_md", "render_reports"]


def render_reports(build: Build) -> dict[str, str]:
    """Format (`html`, `md`, `json`) → the report in it; the same content in each."""
    view = report_view(build)
    return {
        "html": render_view_html(view),
        "md": render_view_md(view),
        "json": render_view_json(view),
    }
