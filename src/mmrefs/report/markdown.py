"""The claim ↔ source report as Markdown: the same view as the HTML page, for reading in
an editor, a pull request or pandoc.

Document text is escaped (every ASCII punctuation Markdown could act on gets a
backslash), so a title with `<script>` or `*` stays literal in any renderer; `ref-N` and
`claim-N` anchors match the HTML report's, so links read the same in both.
"""

from __future__ import annotations

from collections.abc import Iterable

from mmrefs.model import Build
from mmrefs.report.placement import FindingView
from mmrefs.report.sources import CitingView, FailedView, Link, SourceView
from mmrefs.report.view import SEVERITIES, ClaimView, ReportView, SummaryView, report_view

_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~^$&"})


def md(text: str) -> str:
    """Literal text in Markdown: one line, Markdown syntax escaped."""
    return " ".join(text.split()).translate(_ESCAPES)


def render_report_md(build: Build) -> str:
    """The Markdown claim ↔ source report of one build."""
    return render_view_md(report_view(build))


def render_view_md(view: ReportView) -> str:
    lines = [f"# Claims and their sources: {md(view.source)}", ""]
    lines += _summary(view.summary, view)
    lines += _charts(view)
    lines += ["## Claims in reading order", ""]
    for section in view.sections:
        lines += [f"### Section {md(section.name)} ({len(section.claims)} claims)", ""]
        for claim in section.claims:
            lines += _claim(claim)
    lines += ["## Sources", "", "### Entries that could not be parsed", ""]
    for failed in view.failed:
        lines += _failed(failed)
    lines += [] if view.failed else ["none", ""]
    for source in view.sources:
        lines += _source(source)
    lines += ["## Findings about the whole document", ""]
    lines += [_finding(f) for f in view.unplaced] or ["none"]
    return "\n".join(lines) + "\n"


def _summary(s: SummaryView, view: ReportView) -> list[str]:
    uncited = ", ".join(_ref_link(n) for n in s.uncited) or "none"
    severities = ", ".join(f"{n} {name}" for name, n in s.by_severity)
    lines = [
        "## Summary",
        "",
        f"- References: {s.references} (failed entries: {s.failed})",
        f"- Citations: {s.citations} ({view.claim_count} claims in {len(view.sections)} sections)",
        f"- Cited references: {s.cited}; never cited: {len(s.uncited)} ({uncited})",
        f"- Findings: {s.findings} ({severities})",
        f"- Duplicate clusters: {s.duplicate_clusters}",
        f"- Resolution mode: **{s.resolution_mode}**. {md(s.resolution_note)}",
        "",
        "| status | references |",
        "|---|---:|",
        *(f"| {status} | {n} |" for status, n in s.resolution),
        "",
        "### Findings by code",
        "",
    ]
    if not s.by_code:
        return [*lines, "none", ""]
    lines += [f"| code | {' | '.join(SEVERITIES)} | total |", "|---|" + "---:|" * 4]
    lines += [
        f"| `{c.code}` | {' | '.join(map(str, c.by_severity))} | {c.total} |" for c in s.by_code
    ]
    return [*lines, ""]


def _charts(view: ReportView) -> list[str]:
    lines = ["### Citations per section", "", "| section | citations |", "|---|---:|"]
    lines += [f"| {md(name)} | {n} |" for name, n in view.citations_per_section]
    lines += ["", "### References by publication year", "", "| year | references |", "|---|---:|"]
    lines += [f"| {md(year)} | {n} |" for year, n in view.publication_years]
    return [*lines, ""]


def _number(number: int | None) -> str:
    return f" \\[{number}\\]" if number is not None else ""


def _ref_link(number: int) -> str:
    return f"[\\[{number}\\]](#ref-{number})"


def _links(links: Iterable[Link]) -> str:
    return " ".join(f"[{link.label}](<{link.url}>)" for link in links)


def _claim(c: ClaimView) -> list[str]:
    marks = ", ".join(
        f"{_ref_link(m.number)} {_links(m.links)}".strip() if m.anchor else f"\\[{m.number}\\]"
        for m in c.marks
    )
    author = f", names {md(c.narrative_author)}" if c.narrative_author else ""
    lines = [
        f'<a id="{c.anchor}"></a>',
        f"- **{md(c.marker)}** line {c.line}, {c.where}{author}: {md(c.text)}",
    ]
    if c.context:
        lines.append(f"  - context: {md(c.context)}")
    lines.append(f"  - sources: {marks}")
    if c.terms:
        lines.append(f"  - terms: {', '.join(md(t) for t in c.terms)}")
    lines += [f"  {_finding(f)}" for f in c.findings]
    return [*lines, ""]


def _finding(f: FindingView) -> str:
    where = f" line {f.line}" if f.line is not None else ""
    refs = f" refs {', '.join(_ref_link(n) for n in f.refs)}" if f.refs else ""
    evidence = "; ".join(f"{md(k)}: {md(v)}" for k, v in f.evidence)
    tail = f" (evidence: {evidence})" if evidence else ""
    return f"- **{f.severity}** `{f.code}` {f.id}{where}{refs}: {md(f.message)}{tail}"


def _source(r: SourceView) -> list[str]:
    label = f"\\[{r.number}\\]" if r.number is not None else md(r.key)
    res = r.resolution
    confidence = f" (confidence {res.confidence:.2f})" if res.confidence is not None else ""
    lines = [
        f'<a id="{r.anchor}"></a>',
        f"### {label} {md(r.title or r.title_translation or r.raw)}",
        "",
        f"- {md(r.biblio)} {_links(r.links)}".rstrip(),
        f"- Resolution: **{res.status}**{confidence} {md(res.reason)}",
    ]
    if r.title and r.title_translation:
        lines.insert(3, f"- Translation: {md(r.title_translation)}")
    lines += [f"  - {md(k)}: {md(v)}" for k, v in res.evidence]
    if res.registry:
        lines.append(f"  - {md(res.registry)} says: {md(res.registry_title)}")
    lines += [f"  - candidate: {md(c)}" for c in res.candidates]
    lines += [f"  - notice: {md(n)}" for n in res.notices]
    if r.same_work_as:
        lines.append(f"- Same work as {md(', '.join(r.same_work_as))}")
    lines += [_finding(f) for f in r.findings]
    lines += _cited_by(r.cited_by)
    lines.append(f"- As printed (line {r.line}): {md(r.raw)}")
    return [*lines, ""]


def _cited_by(items: tuple[CitingView, ...]) -> list[str]:
    if not items:
        return ["- Never cited"]
    lines = [f"- Cited {'once' if len(items) == 1 else f'{len(items)} times'}:"]
    return lines + [
        f"  - [§{md(c.section)} line {c.line}, {c.where}, {md(c.marker)}](#{c.anchor}): "
        + md(c.text)
        for c in items
    ]


def _failed(f: FailedView) -> list[str]:
    lines = [f'<a id="{f.anchor}"></a>', f"- **not parsed**{_number(f.number)} line {f.line}: "]
    lines[-1] += f"{md(f.raw)} ({md(f.reason)})"
    lines += [f"  {_finding(x)}" for x in f.findings]
    return lines + [f"  {line}" for line in _cited_by(f.cited_by)] + [""]
