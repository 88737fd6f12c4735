"""An unlocated container re-read (`ingest.unlocated`): whether it is one.

Table-driven: each row is a reading (the fields a grammar or the fallback made) and the
entry's body, with the container, place and publisher expected after `reread_container`.
Entries are invented in the shapes of real lists (the spurious containers of the
decision rows' taxonomy, SOURCES-fresh26.md); a new shape is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.abbreviated import abbreviated_name
from mmrefs.ingest.unlocated import reread_container
from mmrefs.model import Kind

# (reading, body, expected container, place, publisher)
ROWS: list[tuple[dict[str, Any], str, str, str, str]] = [
    # a house and its city after a title, read as a container
    (
        {"title": "Widget report", "container": "Naciones Unidas, Santiago de Chile"},
        "CEPAL (2017) Widget report. Naciones Unidas, Santiago de Chile.",
        "",
        "Santiago de Chile",
        "Naciones Unidas",
    ),
    # a book's house and its city before the year, with the cited range after it
    (
        {"title": "Widget anatomy", "container": "WB Example Co, Philadelphia", "pages": "2-31"},
        "Poe LB. Widget anatomy, 6thed. WB Example Co, Philadelphia. 1953; 2-31.",
        "",
        "Philadelphia",
        "WB Example Co",
    ),
    (
        {"title": "Widgets", "container": "Example Publishers, London", "pages": "12-30"},
        "Poe LB. Widgets. Example Publishers, London. 2005; 12-30.",
        "",
        "London",
        "Example Publishers",
    ),
    (
        {"title": "Widgets", "container": "Example University Press, Oxford", "pages": "1-9"},
        "Poe LB. Widgets. Example University Press, Oxford. 2005; 1-9.",
        "",
        "Oxford",
        "Example University Press",
    ),
    # a link's lead-in left at its end is set aside first
    (
        {"title": "Widget report", "container": "Example Agency, Geneva. Retrieved from"},
        "Poe A (2017) Widget report. Example Agency, Geneva. Retrieved from https://x.org",
        "",
        "Geneva",
        "Example Agency",
    ),
    # a lead-in alone
    (
        {"title": "Widget report", "container": "accessed"},
        "Poe A (2014) Widget report, https://example.org/w, accessed January 15, 2014.",
        "",
        "",
        "",
    ),
    # the body printed right before the reading's place is its publisher
    (
        {"title": "Widget report", "container": "World Widget Forum", "place": "Geneva"},
        "Poe, J., 2011. Widget report. World Widget Forum, Geneva.",
        "",
        "Geneva",
        "World Widget Forum",
    ),
    # a city before the reading's place list is the list's first
    (
        {
            "title": "Widgets",
            "container": "Amsterdam",
            "place": "New York, Oxford",
            "publisher": "Example",
        },
        "Poe, P.G.: Widgets. Amsterdam, New York, Oxford: Example 1978",
        "",
        "Amsterdam, New York, Oxford",
        "Example",
    ),
    # a city and its region: one place, no house
    (
        {"title": "Widget theory", "container": "München, Bayern"},
        "Doe, J. (2015). Widget theory. München, Bayern.",
        "",
        "München, Bayern",
        "",
    ),
    # a state's or body's acronym after the city's `;` is the house (NLM)
    (
        {"title": "Widget statistics review", "container": "Bethesda, MD; NCI"},
        "Poe N. Widget statistics review. Bethesda, MD; NCI, 2017.",
        "",
        "Bethesda, MD",
        "NCI",
    ),
]

# a body read as a container is the publisher, its city after it the place
BODIES: list[tuple[dict[str, Any], str, str, str]] = [
    # a printed-by statement: the body before its verb, with or without who carried it out
    (
        {"title": "示例計劃成果彙編", "container": "示例部編印,示例縣示例國小承辦"},
        "示例國小(民87)。 示例計劃成果彙編。 示例部編印,示例縣示例國小承辦。",
        "示例部",
        "",
    ),
    (
        {"title": "示例調查報告", "container": "示例人權協會印行"},
        "示例人權協會(民84)。 示例調查報告。 示例人權協會印行。",
        "示例人權協會",
        "",
    ),
    (
        {"title": "Example attitudes", "container": "Graduate school of Example University"},
        'Y. C. Poe, "Example attitudes", Graduate school of Example University, Suwon, 2011.',
        "Graduate school of Example University",
        "Suwon",
    ),
    (
        {"title": "예시 연구", "container": "한국예시연구원"},
        "홍길동. 예시 연구. 한국예시연구원, 2010.",
        "한국예시연구원",
        "",
    ),
    (  # a book's cited page locates nothing in a periodical
        {"title": "The Widget Manual", "container": "Example Press, Philadelphia", "pages": "p81"},
        "Poe JK : The Widget Manual, 3rd ed. Example Press, Philadelphia,p81,2007",
        "Example Press",
        "Philadelphia",
    ),
    (  # nor a book's cited range after its house (Korean and Japanese clinical lists)
        {"title": "예시 의학", "container": "예시출판사", "pages": "229-32"},
        "홍길동, 김철수: 예시 의학. 예시출판사. 1995, pp229-32.",
        "예시출판사",
        "",
    ),
    (
        {"title": "例示ガイド", "container": "例示出版社", "first_page": "13", "last_page": "19"},
        "例示学会(編):例示ガイド,例示出版社,pp 13-19,2009",
        "例示出版社",
        "",
    ),
]

KEPT: list[tuple[dict[str, Any], str]] = [
    # a web page's site, owned by a body, with an access date
    (
        {"title": "Widgets", "container": "Example School of Economics", "accessed": "2022"},
        "Poe J. Widgets. Example School of Economics. Published May 9, 2016. Accessed 2022.",
    ),
    # a journal named after an institute
    (
        {"title": "Widget theory", "container": "Memórias do Instituto Example"},
        "Doe, J. (2019). Widget theory. Memórias do Instituto Example.",
    ),
    # a page range locates the work in its container
    (
        {"title": "Widgets", "container": "Example University Law Notes", "pages": "1-9"},
        "Poe J. Widgets. Example University Law Notes 1-9.",
    ),
    # IEEE prints `pp.` before every range: a proceedings' range still locates
    (
        {
            "title": "Widgets",
            "container": "invited paper in Proc. 3rd Widget Conf., Signals",
            "pages": "1261-1265",
        },
        "D. Poe, “Widgets,” invited paper in Proc. 3rd Widget Conf., Signals, pp.1261-1265, 2003.",
    ),
    # a range after a house and its city, where a periodical's word names a journal
    (
        {"title": "Widgets", "container": "Example Press Journal, Oxford", "pages": "1-5"},
        "Poe A. Widgets. Example Press Journal, Oxford 2001; 1-5.",
    ),
    # a newspaper named like a house: its day's date, or its section's page
    (
        {"title": "Widget news", "container": "Example Free Press, Burlington", "pages": "2-5"},
        "Doe J. Widget news. Example Free Press, Burlington. 2001 Mar 3. 2-5.",
    ),
    (
        {"title": "Widget news", "container": "Example Free Press, Burlington", "pages": "A1"},
        "Doe J. Widget news. Example Free Press, Burlington. 2001. A1.",
    ),
    # a newspaper's day's date in another order, or before its title (APA)
    (
        {"title": "Widget news", "container": "Example Free Press, Detroit", "pages": "3-4"},
        "Doe J. Widget news. Example Free Press, Detroit. March 3, 2001; 3-4.",
    ),
    (
        {"title": "Widget news", "container": "Example Free Press, Detroit", "pages": "3-4"},
        "Doe, J. (2001, March 3). Widget news. Example Free Press, Detroit, 3-4.",
    ),
    # a newspaper's or an agency's bare `Press`, with no date to tell it from a house
    (
        {"title": "Widget strike ends", "container": "Example Press, New York", "pages": "1-2"},
        "Doe J. Widget strike ends. Example Press, New York. 2001; 1-2.",
    ),
    # a periodical's month beside its year
    (
        {"title": "Widget news", "container": "Example Co, Detroit", "pages": "3-4"},
        "Doe J. Widget news. Example Co, Detroit. 2001 Mar; 3-4.",
    ),
    # a periodical named after its university or society, with its city: no house's word
    (
        {"title": "Widgets", "container": "Acta Universitatis Examplae, Prague", "pages": "1-20"},
        "Novak J. Widgets. Acta Universitatis Examplae, Prague. 1995; 1-20.",
    ),
    (
        {
            "title": "Widgets",
            "container": "Memoirs of the Example Mathematical Society, Providence, RI",
            "pages": "1-20",
        },
        "Doe J. Widgets. Memoirs of the Example Mathematical Society, Providence, RI. 1995; 1-20.",
    ),
    # a range after a name and a city that holds no house's word
    (
        {"title": "Widgets", "container": "Example Widgetry, London", "pages": "1-5"},
        "Poe A. Widgets. Example Widgetry, London 2001; 1-5.",
    ),
    # a periodical located by a volume
    (
        {"title": "Widgets", "container": "Example Press, Oxford", "volume": "3"},
        "Poe A. Widgets. Example Press, Oxford 2001;3:1-5.",
    ),
    # an abbreviated journal's name (an online-first article)
    (
        {"title": "Widgets", "container": "Ann. Widg. Dis"},
        "Poe J. Widgets. Ann. Widg. Dis. (2020).",
    ),
    # a newspaper named after its city: no mark between city and name
    (
        {"title": "Widgets", "container": "Minneapolis Widget Tribune"},
        "Poe J. Widgets. Minneapolis Widget Tribune. January 23, 2016.",
    ),
    # a chapter's host book whose title ends in a city
    (
        {"title": "Early widgets", "container": "Widgets, gears, and springs, Cambridge"},
        'Doe, M., (1986), "Early widgets", In Roe, S. (eds.), Widgets, gears, and springs, '
        "Cambridge.",
    ),
    # a meeting before its city and state
    (
        {"title": "Widget trials", "container": "Widget Summit", "place": "Boston, Massachusetts"},
        "Doe, J. (2001) Widget trials. Widget Summit, Boston, Massachusetts.",
    ),
]


@pytest.mark.parametrize(("reading", "body", "container", "place", "publisher"), ROWS)
def test_an_unlocated_container_is_re_read(
    reading: dict[str, Any], body: str, container: str, place: str, publisher: str
) -> None:
    fields = dict(reading)
    reread_container(fields, body)
    got = (fields.get("container", ""), fields.get("place", ""), fields.get("publisher", ""))
    assert got == (container, place, publisher)
    assert "imprint" in fields or "set_aside" in fields  # the change names itself


@pytest.mark.parametrize(("reading", "body", "publisher", "place"), BODIES)
def test_a_body_read_as_a_container_is_the_publisher(
    reading: dict[str, Any], body: str, publisher: str, place: str
) -> None:
    fields = dict(reading)
    reread_container(fields, body)
    assert "container" not in fields
    assert (fields.get("publisher", ""), fields.get("place", "")) == (publisher, place)


@pytest.mark.parametrize(("reading", "body"), KEPT)
def test_a_container_with_evidence_stays(reading: dict[str, Any], body: str) -> None:
    fields = dict(reading)
    reread_container(fields, body)
    assert fields["container"] == reading["container"]


def test_a_chapter_keeps_its_host_whatever_it_names() -> None:
    fields: dict[str, Any] = {
        "title": "Widgets",
        "container": "Example Agency, Geneva",
        "kind": Kind.CHAPTER,
    }
    reread_container(fields, "Poe A. Widgets. Example Agency, Geneva.")
    assert fields["container"] == "Example Agency, Geneva"


def test_a_printed_by_statements_rest_is_kept_in_an_extra() -> None:
    fields: dict[str, Any] = {"title": "示例報告", "container": "示例局編印,示例國小承辦"}
    reread_container(fields, "示例局(民86)。 示例報告。 示例局編印,示例國小承辦。")
    assert fields["publisher"] == "示例局"
    assert fields["set_aside"].endswith("編印,示例國小承辦")


def test_a_printed_by_statement_keeps_what_was_set_aside_before_it() -> None:
    fields: dict[str, Any] = {"title": "示例綱要", "container": "示例部編印. 取自"}
    reread_container(fields, "示例部(2008)。示例綱要。示例部編印。取自http://example.org/")
    assert fields["publisher"] == "示例部"
    assert "取自" in fields["set_aside"] and fields["set_aside"].endswith("編印")


def test_the_lead_in_set_aside_is_kept_in_an_extra() -> None:
    fields: dict[str, Any] = {"title": "W", "container": "Example Widgets. Obtenido de"}
    reread_container(fields, "Poe A. W. Example Widgets. Obtenido de: https://x.org")
    assert fields["container"] == "Example Widgets"
    assert "Obtenido de" in fields["set_aside"]


@pytest.mark.parametrize(
    ("text", "abbreviated"),
    [
        ("Ann. Rheum. Dis", True),
        ("Z. Phys.", True),
        ("J. Widg. Res.", True),
        ("Lippincott Williams, Philadelphia", False),
        ("Widget Review", False),
        ("Amer.", False),  # one word
    ],
)
def test_which_containers_read_as_an_abbreviated_name(text: str, abbreviated: bool) -> None:
    assert abbreviated_name(text) is abbreviated
