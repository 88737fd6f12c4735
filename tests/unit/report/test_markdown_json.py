"""Markdown and JSON carry the HTML report's content: same counts, claims, sources."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest

from mmrefs.model import Build
from mmrefs.report.claims import render_reports
from mmrefs.report.html import render_report_html
from mmrefs.report.json_report import render_report_json
from mmrefs.report.json_schema import REPORT_SCHEMA
from mmrefs.report.markdown import md, render_report_md
from mmrefs.report.view import report_view
from mmrefs.testing import HOSTILE_TITLE


@pytest.fixture(scope="module")
def data(decorated: Build) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(render_report_json(decorated))
    return loaded


@pytest.fixture(scope="module")
def markdown(decorated: Build) -> str:
    return render_report_md(decorated)


def test_json_follows_its_schema(data: dict[str, Any], review_build: Build) -> None:
    checker = jsonschema.FormatChecker()
    jsonschema.validate(data, REPORT_SCHEMA, format_checker=checker)
    plain = json.loads(render_report_json(review_build))
    jsonschema.validate(plain, REPORT_SCHEMA, format_checker=checker)
    assert data["schema_version"] == 1


def test_json_content(data: dict[str, Any], decorated: Build) -> None:
    view = report_view(decorated)
    assert len(data["claims"]) == view.claim_count == 133
    assert data["sections"] == [s.name for s in view.sections]
    assert len(data["sources"]) == 139
    assert data["sources"][2]["title"] == HOSTILE_TITLE
    assert data["summary"]["findings_by_severity"] == {"error": 1, "warning": 1, "info": 1}
    assert data["unplaced_findings"] == ["F3"]
    first = data["claims"][0]
    assert first["findings"] == ["F1"] and first["refs"][0]["anchor"] == "ref-1"
    assert data["summary"]["resolution"]["counts"]["resolved"] == 1


def test_markdown_has_the_same_content(markdown: str, data: dict[str, Any]) -> None:
    assert markdown.count('<a id="claim-') == len(data["claims"])
    assert markdown.count('<a id="ref-') == len(data["sources"])
    for finding in data["findings"]:
        places = len(finding["claims"]) + len(finding["sources"]) or 1
        assert len(re.findall(rf"`{re.escape(finding['code'])}` {finding['id']}\b", markdown)) == (
            places
        )
    summary = data["summary"]
    assert f"- References: {summary['references']} " in markdown
    assert f"- Citations: {summary['citations']} " in markdown
    for status, n in summary["resolution"]["counts"].items():
        assert f"| {status} | {n} |" in markdown
    for section in data["charts"]["citations_per_section"]:
        assert f"| {md(section['section'])} | {section['count']} |" in markdown
    assert "https://doi.org/10.1101/2025.09.22.677496" in markdown


def test_markdown_escapes_document_text(markdown: str) -> None:
    assert "<script>" not in markdown
    assert r"\<script\>alert(1)\</script\>" in markdown
    assert md("a *b* [1] | <i>") == r"a \*b\* \[1\] \| \<i\>"


def test_render_reports_matches_the_single_renderers(decorated: Build) -> None:
    reports = render_reports(decorated)
    assert reports == {
        "html": render_report_html(decorated),
        "md": render_report_md(decorated),
        "json": render_report_json(decorated),
    }
