"""Shapes the review of round 25's G2 rules found read worse, one row each: text → fields.

`russian_place_year` (a Russian book whose imprint is its place and year alone, `Title.
М., 1997.`) kept as the title whatever stood before the imprint: a name's second initial
the names left behind (`Доу О. М. Title. К., 1997.`, read title `М. Title`), a chapter's
book after `В кн.:` (read into the title, the kind a book), and a sentence that opens with
an abbreviation or a house (a journal, `Ж. эксп. мед.`; a part, `Ч. 1`; proceedings,
`Мат. конф.`; a house, `Изд-во Примера`), where the title's end is unsure. The chapter is
now read as one; the others are left to the reading they had before the round (the
fallback replaced it). The data is invented: names, titles and journals are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.styles import grammars
from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "russian: a chapter's book after `В кн.:`",
        "Доу А.Н. Виджеты в практике. В кн.: Виджеты и их применение. М., 1990.",
        {
            "families": ["Доу"],
            "title": "Виджеты в практике",
            "container": "Виджеты и их применение",
            "place": "М",
            "year": "1990",
            "kind": Kind.CHAPTER,
        },
    ),
    (
        "russian: a chapter's book after `/ В кн.:`",
        "Доу А.Н. Виджеты в практике / В кн.: Виджеты и их применение. М., 1990.",
        {"title": "Виджеты в практике", "container": "Виджеты и их применение"},
    ),
    (
        "russian guard: the editors' sentence is still cut from the book's title",
        "Доу А.Н. Виджеты в клинической практике. Под ред. А.Н. Роуа. СПб., 2005. 320 с.",
        {"title": "Виджеты в клинической практике", "place": "СПб", "kind": Kind.BOOK},
    ),
]

# Rests (the text after the names) the reader now leaves alone.
LEFT: list[tuple[str, str]] = [
    ("a name's second initial left by the names", "М. Виджеты в клинической практике. К., 1997."),
    ("a spaced second initial", "Н. Виджеты: методические рекомендации. М., 1997. 24 с."),
    ("a journal's abbreviated name", "Виджеты в клинической практике. Ж. эксп. мед. Л., 1997."),
    ("a part", "Виджеты в клинической практике. Ч. 1. М., 1997."),
    ("proceedings", "Виджеты в клинической практике. Мат. конф. Томск, 1997."),
    ("a house before the place", "Виджеты в клинической практике. Изд-во Примера. М., 1997."),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


@pytest.mark.parametrize(("name", "rest"), LEFT, ids=[s[0] for s in LEFT])
def test_left_alone(name: str, rest: str) -> None:
    assert grammars.russian_place_year(rest) is None, name


def test_the_reader_still_reads_a_plain_book() -> None:
    found = grammars.russian_place_year("Виджеты в клинической практике. М., 1997. 240 с.")
    assert found is not None and found["title"] == "Виджеты в клинической практике"
