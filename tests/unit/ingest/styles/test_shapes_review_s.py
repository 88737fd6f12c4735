"""Shapes a review's invented entries read worse after a rule than before it, one row each.

A report's series after a comma, past a sentence's stop, is a journal's or a book's number,
not the end of a long title (`Title. Journal of Widgets, Report 7. Place: Publisher.`); a
quoted first word after a lone closing mark is no whole title (`”Widget” quotes.`); a host
book's volume in parentheses (`Livre (vol. 2).`, `Book (Vol. 2, pp. 12-34).`) is no page.
The data is invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "series after a comma past a sentence's stop: the title ends at the stop",
        "Example, A. (2012). Widget policy. Journal of Widgets, Report 7. London: Example Press.",
        {"title": "Widget policy", "publisher": "Example Press", "place": "London"},
    ),
    (
        "paper number after a journal's comma past the title's stop",
        "Example, A. (2012). Widget markets. Example Economic Review, Paper 12. Cambridge, "
        "MA: Example Press.",
        {"title": "Widget markets", "publisher": "Example Press"},
    ),
    (
        "series after a comma title, no stop before it, still ends the title",
        "Example, A. (2012). Widget policy, Working paper no. 1500. London: Example Press.",
        {"title": "Widget policy", "kind": Kind.REPORT, "publisher": "Example Press"},
    ),
    (
        "mirrored quotes around a title's first word, a bare space after: the title runs on",
        "Example, A. (2010). ”Widget” quotes. Journal of Widgets, 29(2), 1-9.",
        {"title": "”Widget” quotes", "container": "Journal of Widgets", "volume": "29"},
    ),
    (
        "mirrored quoted first word in a comma style",
        "A. Example, ”Widget” quotes and more, Journal of Widgets, vol. 29, no. 2, pp. 1-9, 2010.",
        {"title": "”Widget” quotes and more", "container": "Journal of Widgets"},
    ),
    (
        "mirrored quotes with the comma inside, a space after: still the whole title",
        "A. Example, ”Widget gears,” Journal of Widgets, vol. 29, no. 2, pp. 1-9, 2010.",
        {"title": "Widget gears", "container": "Journal of Widgets", "volume": "29"},
    ),
    (
        "french chapter: the book's volume in parentheses after Dans (dir.) :",
        "Doe, J. (2011). Widget theory. Dans R. Roe (Dir.) : Le livre des widgets (vol. 2). "
        "Paris : Éditions Exemple.",
        {
            "container": "Le livre des widgets",
            "volume": "2",
            "publisher": "Éditions Exemple",
            "place": "Paris",
        },
    ),
    (
        "french chapter: the book's tome and the pages in parentheses",
        "Doe, J. (2011). Widget theory. Dans R. Roe (dir.), Le livre des widgets (t. 2, "
        "p. 12-34). Paris : Éditions Exemple.",
        {"container": "Le livre des widgets", "volume": "2", "pages": "12-34"},
    ),
    (
        "apa chapter: the book's volume and the pages in parentheses",
        "Doe, J. (2011). Widget theory. In R. Roe (Ed.), The book of widgets (Vol. 2, pp. "
        "12-34). London: Example Press.",
        {
            "container": "The book of widgets",
            "volume": "2",
            "pages": "12-34",
            "publisher": "Example Press",
        },
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
