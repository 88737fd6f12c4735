"""CSV rows keep their line numbers; a quote left open costs one row, not the file."""

from __future__ import annotations

import pytest

from mmrefs.errors import InputError
from mmrefs.formats.csvrows import read_csv, row_text


def test_rows_carry_their_first_and_last_line() -> None:
    table = read_csv('ID,title\na,"two\nlines"\n\nb,plain\n', "t.csv")
    assert table.header == ["ID", "title"] and table.id_column == "ID"
    assert table.rows == [(2, 3, ["a", "two\nlines"]), (5, 5, ["b", "plain"])]
    assert table.failures == []


def test_an_open_quote_loses_its_own_row_only() -> None:
    table = read_csv('ID,title\na,"never closed\nb,second\nc,third\n', "t.csv")
    assert [row[0] for _, _, row in table.rows] == ["b", "c"]
    (failure,) = table.failures
    assert failure.loc.line == 2 and "unterminated quote" in failure.reason
    assert failure.raw == 'a,"never closed'


def test_no_id_column_is_allowed() -> None:
    assert read_csv("title,year\nOne,2020\n", "t.csv").id_column is None


def test_an_empty_file_is_one_error_on_line_1() -> None:
    with pytest.raises(InputError) as caught:
        read_csv("", "t.csv")
    assert "t.csv" in str(caught.value) and "1" in str(caught.value)


def test_row_text_quotes_what_needs_it() -> None:
    assert row_text(["a", "b,c", 'say "x"']) == 'a,"b,c","say ""x"""'
