"""Review of round 26's S-group readers: shapes they must not take, one row each.

A year glued after a DOI is cut only when the shape proves it (the article's number
before it printed as the page, no other year): a DOI whose last piece is a letter and
figures then a year-like number is otherwise whole. A lone name after a title is a place
only when it is a city's, not a country's or a US state's. A parenthesised sentence after
an English title (one holding `in`, `at`, …), or naming a language, is no translation.
A report's genre before a comma is dropped only before a body's name, not its number or
label. The edition in parentheses closing a title is read again (a pattern of the same
name had shadowed its reader's). The data is invented: names, titles, journals, bodies and
numbers are placeholders.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from mmrefs.ingest.places import is_city
from mmrefs.ingest.styles.sources import _REPORT_LEAD, _ROUND_TRANSLATION
from mmrefs.ingest.styles.trailers import _DOI_YEAR
from tests.unit.ingest.styles.shapes import check_shape, parse

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "doi: a year glued after the article's number printed as the page is cut",
        "Doe J, Roe A. Widget gears. BMJ 339:b3692.doi:10.5555/wdg.b3692.2009",
        {"doi": "10.5555/wdg.b3692", "year": "2009", "pages": "b3692"},
    ),
    (
        "doi: the same, the year printed before it too",
        "Doe J, Roe A. Widget gears. BMJ. 2009;339:b3692. doi:10.5555/wdg.b3692.2009",
        {"doi": "10.5555/wdg.b3692", "year": "2009"},
    ),
    (
        "doi: a letter and figures then a year, the page not printed so: kept whole",
        "Doe J. Widget metrics. Example J. 2019;3:1-9. doi:10.1000/xyz.b12.2019",
        {"doi": "10.1000/xyz.b12.2019", "year": "2019", "container": "Example J"},
    ),
    (
        "doi: a link whose DOI ends so, another year printed: kept whole, year kept",
        "Doe J. Widget metrics. Example J. 2019;3:1-9. https://doi.org/10.1000/journal.p12.2015",
        {"doi": "10.1000/journal.p12.2015", "year": "2019", "container": "Example J"},
    ),
    (
        "doi: the page printed so but another year printed: kept whole",
        "Doe J, Roe A. Widget gears. BMJ 2010;339:b12.doi:10.1000/x.b12.2009",
        {"doi": "10.1000/x.b12.2009", "year": "2010"},
    ),
    (
        "doi: a number alone as the suffix's last piece stays",
        "Doe J, Roe A. Widget metrics in gears. SSRN Electron J. 2012. doi:10.5555/ssrn.2012",
        {"doi": "10.5555/ssrn.2012", "year": "2012"},
    ),
    (
        "doi: a year-like last piece after a word stays",
        "Doe J. Widget metrics. Example J. 2019;3:1-9. doi:10.1000/xyz.2019",
        {"doi": "10.1000/xyz.2019"},
    ),
    (
        "doi: glued by a hyphen to the article's number",
        "Doe J, Roe A. Widget gears. Example One. 2014;9(4):e95439-10.5555/journal.pwid.0095439.",
        {"doi": "10.5555/journal.pwid.0095439", "pages": "e95439", "container": "Example One"},
    ),
    (
        "place alone: a city the lexicon names",
        "Doe, J. (2010): Widgetkunde der Zahnräder. Wiesbaden.",
        {"place": "Wiesbaden", "title": "Widgetkunde der Zahnräder"},
    ),
    (
        "translation: an English sentence in parentheses after a foreign title",
        "Doe, P. O. (1982). Widgetning og sosial bakgrunn. (Widgets and social background). "
        "Example Bureau, Report No. 4.",
        {"title": "Widgetning og sosial bakgrunn"},
    ),
    (
        "translation: after an English title holding `in` it stays in the title",
        "Doe A. Widget gears in motion. (Widgets and social background). Example J. 2001;3:1-9.",
        {"title": "Widget gears in motion. (Widgets and social background)"},
    ),
    (
        "translation: a note on the language is none",
        "Doe A. Tittel på norsk. (In Norwegian with English summary). Example J. 2001;3:1-9.",
        {"title_translation": ""},
    ),
    (
        "edition: in parentheses closing the title before `Place: Publisher` (not shadowed)",
        "Doe J. Widget gears (3rd ed.). New York: Example Press, 2004, pp. 203–24.",
        {"title": "Widget gears", "publisher": "Example Press"},
    ),
    (
        "edition: a chapter cited after the edition closing the title, a house after it",
        "Doe J. Widget gears. 10th edition, Chapter 21. Example Health Sci; 2006. p. 9-12.",
        {"title": "Widget gears", "publisher": "Example Health Sci"},
    ),
    (
        "report: the genre before its body is dropped",
        "Doe, J. (2001). Widget gears. Research report, Example Trust.",
        {"publisher": "Example Trust", "title": "Widget gears"},
    ),
    (
        "report: the genre before its number stays (the number is no body)",
        "Doe, J. (2001). Widget gears. Technical report, TR-2001-12. Example University.",
        {"publisher": "Example University"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


@pytest.mark.parametrize("name", ["Jordan", "Nevada", "Niger", "Antarctica", "Carolina"])
def test_a_country_or_state_alone_is_no_place(name: str) -> None:
    ref = parse(f"Doe, J. (2010). Widget gears in motion. {name}.")
    assert ref.place != name
    assert not is_city(name)


def test_cities_and_city_states_are_cities() -> None:
    assert all(is_city(name) for name in ("Wiesbaden", "Hannover", "Monaco", "Luxembourg"))


@pytest.mark.parametrize(
    "text",
    [
        "Doe, J. (2001). Widget gears. Technical report, RR-12, Example University.",
        "Doe, J. (2001). Widget gears. Technical Report, No. 12. Example University.",
    ],
)
def test_a_reports_number_or_label_is_no_place_or_publisher(text: str) -> None:
    ref = parse(text)
    assert ref.place != "RR-12"
    assert not (ref.publisher or "").startswith(("No.", "RR-"))


def test_new_patterns_are_linear() -> None:
    size = 20_000
    inputs = [
        (_DOI_YEAR.search, ".a" + "1" * size + ".2019x"),
        (_DOI_YEAR.search, ".a1.2019" * (size // 8) + "x"),
        (_ROUND_TRANSLATION.search, ". (A" * (size // 4)),
        (_REPORT_LEAD.match, "Report to " + "A. " * (size // 3)),
    ]
    for search, text in inputs:
        start = time.perf_counter()
        search(text)
        assert time.perf_counter() - start < 2.0
