"""Where unspaced Japanese names part (`japanese_names.family_size`): by the ideographs'
places in the names of namedivider-python's table, names of three and five ideographs;
the others as Japanese names mostly part. The names are common placeholders."""

from __future__ import annotations

import pytest

from mmrefs.ingest.japanese_names import family_size, kanji_counts

NAMES = [
    ("森花子", 1),  # a family of one that mostly opens names, a given name's `子`
    ("林花子", 1),
    ("原次郎", 1),
    ("山田聡", 2),  # a family of two, a given name of one
    ("中村潤", 2),
    ("見本聡", 2),  # `見本` is not in the table: `聡` alone says it
    ("長谷川花子", 3),
    ("佐々木一郎", 3),
    ("山本由紀夫", 2),
    ("山田太郎", 2),  # four: two and two, whatever the table says
    ("例花", 1),
]


@pytest.mark.parametrize(("name", "size"), NAMES)
def test_family_size(name: str, size: int) -> None:
    assert family_size(name) == size


def test_the_table_is_read_whole_and_once() -> None:
    table = kanji_counts()
    assert len(table) == 847 and all(len(counts) == 14 for counts in table.values())
    assert kanji_counts() is table
