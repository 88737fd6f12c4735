"""Two small inline-SVG charts for the HTML report, built as strings in Python.

Why not a charting library or script: the report must open from disk with no network and
no console errors, and the charts must be testable without a browser. Every text node is
escaped here (section names come from the document), so the result is safe to insert
into the autoescaped template as `Markup`.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from mmrefs.text import as_int

_WIDTH = 560
_ROW = 18
_LABEL = 90
_YEARS_HEIGHT = 150
_MAX_COLUMNS = 60


def bar_chart(rows: Sequence[tuple[str, int]], title: str) -> Markup:
    """Horizontal bars, one row per label, in the given (reading) order."""
    top = max((count for _, count in rows), default=0) or 1
    span = _WIDTH - _LABEL - 40
    parts = []
    for i, (label, count) in enumerate(rows):
        y = 4 + i * _ROW
        width = max(1, round(span * count / top)) if count else 0
        parts.append(
            f'<text x="{_LABEL - 6}" y="{y + 13}" text-anchor="end">{escape(label)}</text>'
            f'<rect class="bar" x="{_LABEL}" y="{y + 2}" width="{width}" height="{_ROW - 4}">'
            f"<title>{escape(label)}: {count}</title></rect>"
            f'<text x="{_LABEL + width + 4}" y="{y + 13}">{count}</text>'
        )
    return _svg(title, 8 + len(rows) * _ROW, "".join(parts))


def year_columns(years: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Counts per year with the empty years in between filled in, so the axis is honest;
    binned by five years when the span is too wide for one column a year."""
    numeric = [(year, n) for year, n in ((as_int(y), n) for y, n in years) if year is not None]
    if not numeric:
        return []
    first, last = min(y for y, _ in numeric), max(y for y, _ in numeric)
    step = 1 if last - first < _MAX_COLUMNS else 5
    start = first - (first % step)
    counts = dict.fromkeys(range(start, last + 1, step), 0)
    for year, n in numeric:
        counts[year - (year - start) % step] += n
    if step == 1:
        return [(str(y), n) for y, n in counts.items()]
    return [(f"{y}–{y + step - 1}", n) for y, n in counts.items()]


def column_chart(columns: Sequence[tuple[str, int]], title: str) -> Markup:
    """Vertical columns (publication years), labelled at the ends and every tenth column
    (unless that crowds the last label)."""
    top = max((n for _, n in columns), default=0) or 1
    base = _YEARS_HEIGHT - 20
    step = (_WIDTH - 20) / max(1, len(columns))
    parts = [f'<line class="axis" x1="10" y1="{base}" x2="{_WIDTH - 10}" y2="{base}"/>']
    for i, (label, n) in enumerate(columns):
        x = 10 + i * step
        height = round((base - 10) * n / top)
        parts.append(
            f'<rect class="bar" x="{x + 1:.1f}" y="{base - height}" '
            f'width="{max(1.0, step - 2):.1f}" height="{height}">'
            f"<title>{escape(label)}: {n}</title></rect>"
        )
        last = len(columns) - 1
        if i in (0, last) or (i % 10 == 0 and last - i >= 5):
            at, anchor = (x + step, "end") if i == last and i else (x, "start")
            parts.append(
                f'<text x="{at:.1f}" y="{base + 14}" text-anchor="{anchor}">{escape(label)}</text>'
            )
    return _svg(title, _YEARS_HEIGHT, "".join(parts))


def _svg(title: str, height: int, body: str) -> Markup:
    label = escape(title)
    return Markup(
        f'<svg class="chart" role="img" aria-label="{label}" viewBox="0 0 {_WIDTH} {height}" '
        f'width="{_WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{label}</title>{body}</svg>"
    )
