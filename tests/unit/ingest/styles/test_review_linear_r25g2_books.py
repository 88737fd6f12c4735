"""Linearity of the patterns round 25's G2 rules added or changed (timer-free): shared
machines are noisy, so each test checks the results on runs of growing length of the
piece a pattern could meet, and the shape that keeps it linear."""

from __future__ import annotations

import pytest

from mmrefs.ingest.styles import grammars


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_japanese_comma_book_reads_each_piece_once(size: int) -> None:
    """The pieces hold no comma and each space run is read possessively: a long piece, a
    long run of spaces or a long city-like run fails after one pass."""
    book = grammars._JAPANESE_COMMA_BOOK
    assert book.fullmatch("題名," + " " * size + "例示出版," + " " * size + "東京,x") is None
    assert book.fullmatch("題名,例示" + "出版" * size + ",x") is None
    assert book.fullmatch("題名,出版," + "東京市" * size + ",2009") is None
    found = book.fullmatch("題名,例示出版," + " " * size + "東京, 2009")
    assert found is not None and found.group("place") == "東京"
    year = grammars._JAPANESE_PUBLISHER_YEAR
    assert year.search("出版," * size + "東京," + " " * size + "x") is None


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_russian_imprint_is_looked_for_at_the_end(size: int) -> None:
    """`russian_place_year` looks for the imprint in the rest's last characters only and
    cuts the title with plain finds: a long title, run of spaces or of marks is read once."""
    found = grammars.russian_place_year("Виджеты. " * size + "М., 1997.")
    assert found is not None and found["place"] == "М."
    assert (
        grammars.russian_place_year("Виджеты." + " " * size + "М.," + " " * size + "1997.") is None
    )
    marked = grammars.russian_place_year("Виджеты" + ". Под ред." * size + " М., 1997.")
    assert marked is not None and marked["title"] == "Виджеты"


@pytest.mark.parametrize("size", [1000, 2000, 4000, 8000])
def test_japanese_editors_mark_is_read_at_the_block_end(size: int) -> None:
    """`japanese_editors` reads the block's end and its script once (no pattern)."""
    assert grammars.japanese_editors("道家" * size + "編") == "道家" * size
    assert grammars.japanese_editors("Doe" * size + "編") is None
    rest = "ウィジェット" + "の実際" * size + ",例示出版,東京,2009"
    head = grammars.colon_head("道家太郎 編:" + rest, 10**9)
    assert head is not None and head.edited
    assert grammars.colon_head("道家太郎" + " " * size + "編:題名", 10**9) is None  # past reach
