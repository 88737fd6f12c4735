"""The inline SVG charts: honest axes, escaped labels."""

from __future__ import annotations

from mmrefs.report.charts import bar_chart, column_chart, year_columns


def test_years_fill_gaps_and_bin_wide_spans() -> None:
    assert year_columns([("2001", 2), ("2003", 1)]) == [("2001", 2), ("2002", 0), ("2003", 1)]
    wide = year_columns([("1900", 1), ("2001", 3), ("n.d.", 9)])
    assert wide[0] == ("1900–1904", 1) and wide[-1] == ("2000–2004", 3)
    assert sum(n for _, n in wide) == 4
    assert year_columns([]) == []


def test_bar_chart_escapes_labels_and_has_a_title() -> None:
    svg = str(bar_chart([("<b>1</b>", 3), ("2", 0)], "Citations per section"))
    assert svg.startswith("<svg") and svg.count("<rect") == 2
    assert "&lt;b&gt;1&lt;/b&gt;" in svg and "<b>" not in svg
    assert 'aria-label="Citations per section"' in svg


def test_column_chart_draws_one_column_per_year() -> None:
    svg = str(column_chart(year_columns([("2020", 4), ("2022", 1)]), "Years"))
    assert svg.count("<rect") == 3 and ">2020<" in svg and ">2022<" in svg
