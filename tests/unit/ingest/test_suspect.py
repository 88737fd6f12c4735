"""The plausibility checks over a finished reading: one row per check that fires, and
guard rows for shapes written so on purpose. Entries are invented placeholders."""

from __future__ import annotations

import pytest

from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry, reading_findings
from mmrefs.ingest.suspect import suspicions
from mmrefs.model import Reference, SourceLoc

# field values → the checks that must fire (an empty set: none may)
ROWS: list[tuple[str, dict[str, str], set[str]]] = [
    ("a one-word stub container", {"container": "J", "title": "Widgets"}, {"container_stub"}),
    ("guard: a short journal name", {"container": "Gut", "title": "Widgets"}, set()),
    (
        "a volume left in the container",
        {"container": "Widget Inquiry, 9", "title": "Widgets"},
        {"container_locator"},
    ),
    (
        "an editor's mark in the container",
        {"container": "Widget Book (A. Doe, Hrsg.)", "title": "Widgets"},
        {"container_locator"},
    ),
    (
        "guard: a meeting's year in the container",
        {"container": "Proc. Widget Conference 2004", "title": "Widgets"},
        set(),
    ),
    (
        "a container opening in lower case",
        {"container": "and Widget Magnetism", "title": "Widgets"},
        {"container_lowercase"},
    ),
    ("guard: eLife-like names", {"container": "eWidget", "title": "Widgets"}, set()),
    ("guard: a name opening with a number", {"container": "3D Widget", "title": "W"}, set()),
    (
        "guard: proceedings named by their year",
        {"container": "2006 IEEE Example Conference", "title": "W"},
        set(),
    ),
    (
        "a container opening with a volume",
        {"container": "3, Widget Press", "title": "W"},
        {"container_lowercase"},
    ),
    (
        "Place: Publisher read as the container",
        {"container": "Oxford: Example University Press", "title": "Widgets"},
        {"container_imprint"},
    ),
    (
        "a title ending in a journal's first word",
        {"container": "Widget Econ", "title": "Willingness to pay for widgets. Resour"},
        {"title_short_tail"},
    ),
    (
        "guard: a title ending in a part number",
        {"container": "Widget J", "title": "Widgets and gadgets. I"},
        set(),
    ),
    (
        "guard: a title ending in `A review` has a container",
        {"container": "Widget J", "title": "Widget capelin 1972–1984. A review"},
        set(),
    ),
    (
        "guard: a book's title with a short last sentence and no container",
        {"title": "Widgets. Resour"},
        set(),
    ),
    (
        "an unclosed bracket in the title",
        {"title": "Widgets and gadgets (Example Task Force", "container": "W J"},
        {"title_unbalanced"},
    ),
    (
        "a publisher longer than any imprint",
        {"title": "W", "publisher": "One two three four five six seven eight nine"},
        {"publisher_long"},
    ),
    ("a place in lower case", {"title": "W", "place": "computers"}, {"place_lowercase"}),
    (
        "a number in a publisher",
        {"title": "W", "publisher": "London: 413 pp"},
        {"publisher_digits"},
    ),
    (
        "a sentence in a publisher",
        {"title": "W", "publisher": "Final report. Example Press"},
        {"publisher_sentence"},
    ),
    (
        "guard: a publisher with initials",
        {"title": "W", "publisher": "W. B. Example Co."},
        set(),
    ),
    (
        "guard: Chinese values are not checked",
        {"title": "示例研究(一", "container": "示例", "publisher": "示例出版社 1 2 3 4 5 6 7 8"},
        set(),
    ),
]


def reference(values: dict[str, str]) -> Reference:
    return Reference("k", 1, "r", SourceLoc("refs.txt", 1, 1), **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "values", "checks"), ROWS, ids=[r[0] for r in ROWS])
def test_check(name: str, values: dict[str, str], checks: set[str]) -> None:
    assert {s.check for s in suspicions(reference(values))} == checks, name


def test_a_page_that_is_the_year() -> None:
    ref = reference({"title": "W", "year": "2004", "first_page": "2004"})
    assert [s.check for s in suspicions(ref)] == ["pages_is_year"]


def test_a_suspect_field_is_a_warning_naming_the_field() -> None:
    # the journal's last word printed without its stop: `abbreviated.journal_start`, which
    # mends the same cut when the journal ends abbreviated (`Widget Econ.`), leaves it
    text = "Doe J. Willingness to pay for widgets. Resour. Widget Econ 2011;33(3):686-705."
    ref = parse_entry(RawEntry(4, "4.", text, 9, 9), "refs.txt")
    assert isinstance(ref, Reference)
    codes = {f.code: f for f in reading_findings(ref)}
    finding = codes["parse.suspect.title_short_tail"]
    assert finding.refs == (4,)
    assert "title 'Willingness to pay for widgets. Resour' looks misread" in finding.message
