"""The HTML report's structure (not a byte golden): self-contained, escaped, linked,
filterable. The browser test (tests/integration/test_report_browser.py) drives it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from mmrefs import pipeline
from mmrefs.model import Build
from mmrefs.report.html import render_report_html
from mmrefs.report.view import report_view
from mmrefs.testing import HOSTILE_TITLE


class Collector(HTMLParser):
    """Tags with their attributes, and the page's text, as the browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def having(self, tag: str, cls: str = "") -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and cls in a.get("class", "").split(" ")]


@pytest.fixture(scope="module")
def page(decorated: Build) -> Collector:
    collector = Collector()
    collector.feed(render_report_html(decorated))
    return collector


def test_hostile_title_is_text(decorated: Build, page: Collector) -> None:
    html = render_report_html(decorated)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert HOSTILE_TITLE in "".join(page.text)
    assert len(page.having("script")) == 1  # the report's own script, nothing else


def test_self_contained(decorated: Build) -> None:
    html = render_report_html(decorated)
    assert not re.search(r"""(src|href)=["']?(https?:)?//(?!doi\.org|pubmed\.)""", html)
    assert '<link rel="stylesheet"' not in html and "@import" not in html
    assert "<style>" in html and html.count("<svg") == 2


def test_lang_and_fonts(decorated: Build, english_build: Build) -> None:
    assert '<html lang="zh">' in render_report_html(decorated)
    english = render_report_html(english_build)
    assert '<html lang="en">' in english
    assert "Noto Sans CJK SC" in english and "overflow-wrap: anywhere" in english


def test_every_claim_and_source_is_there(decorated: Build, page: Collector) -> None:
    view = report_view(decorated)
    claims = page.having("article", "claim")
    assert len(claims) == view.claim_count == 133
    assert len(page.having("article", "source")) == 139
    ids = {a["id"] for _, a in page.tags if "id" in a}
    marks = [a["href"] for a in page.having("a", "mark")]
    assert marks and all(href[1:] in ids for href in marks)
    assert {c["data-section"] for c in claims} == {s.name for s in view.sections}


def test_findings_inline_and_filterable(page: Collector) -> None:
    first = page.having("article", "claim")[0]
    assert first["data-codes"] == "citation.narrative-author"
    assert first["data-severities"] == "warning"
    last = page.having("article", "source")[-1]
    assert last["data-codes"] == "reference.incomplete"
    findings = page.having("li", "finding")
    # narrative-author at its claim and both sources, incomplete at its source, the note once
    assert len(findings) == 5
    options = {a["value"] for a in page.having("option")}
    assert {"citation.narrative-author", "reference.incomplete", "error", "intro", "*"} <= options


def test_links_to_doi_and_pubmed(page: Collector) -> None:
    external = {a["href"] for a in page.having("a", "ext")}
    assert "https://doi.org/10.1101/2025.09.22.677496" in external
    assert "https://pubmed.ncbi.nlm.nih.gov/12345678/" in external


def test_offline_mode_is_said(review_build: Build) -> None:
    html = render_report_html(review_build)
    assert "registry checks were not done" in html
    assert 'class="mode mode-skipped"' in html


FAILED_LIST = """Body text cites^[1,2] and [9].

References
[1] SMITH J. A title [J]. Nature, 2020, 1(2): 3-4.
[2] ???? garbage ]]]
[3] JONES K. Another title [J]. Cell, 2019, 2: 5.
"""


def test_unparsed_entries_are_sources_too() -> None:
    """A mark citing an entry that failed to parse still lands on it, with its findings."""
    build = pipeline.build(FAILED_LIST, "failed.txt")
    view = report_view(build)
    [failed] = view.failed
    assert failed.anchor == "ref-2" and [c.claim for c in failed.cited_by] == [1]
    page = Collector()
    page.feed(render_report_html(build))
    ids = {a["id"] for _, a in page.tags if "id" in a}
    assert all(a["href"][1:] in ids for a in page.having("a", "mark"))
    assert "ref-2" in ids and len(page.having("article", "failed")) == 1
    placed = {n for f in view.findings for n in f.sources}
    assert all(f.claims or f.sources for f in view.findings if 2 in f.refs)
    assert placed <= {1, 2, 3}
