"""Labelled tokens become the fields a grammar returns: values as printed and trimmed,
authors through the grammars' name reader, a kind only where the fields say it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mmrefs.ingest.learned.spans import all_runs, author_block, best_names, fields_of, runs
from mmrefs.ingest.learned.tokens import Token, tokenize
from mmrefs.model import Author, Kind


def labelled(parts: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """An entry made of (printed text, label) parts, joined by spaces, and the label of
    each of its tokens."""
    text = " ".join(part for part, _ in parts)
    labels = [label for part, label in parts for _ in tokenize(part)]
    return text, labels


def read_after(text: str, head: list[str], labels: list[str]) -> dict[str, Any]:
    """The fields of `text` whose tokens are labelled `head`, then `labels` (the part a
    test is about); both together must label every token."""
    tokens = tokenize(text)
    assert len(head) + len(labels) == len(tokens), [t.text for t in tokens]
    return fields_of(text, tokens, head + labels)


ARTICLE = [
    ("Doe JA, Roe B.", "AUTHOR"),
    ("An invented study of", "TITLE"),
    ("placeholders.", "TITLE"),
    ("J Invented Res.", "CONTAINER"),
    ("2021;", "YEAR"),
    ("12", "VOLUME"),
    ("(", "OTHER"),
    ("3", "ISSUE"),
    ("):", "OTHER"),
    ("45-9.", "PAGES"),
    ("doi:", "OTHER"),
    ("10.5555/inv.2021.045", "DOI"),
]


def test_an_article_reads_as_a_grammar_would() -> None:
    text, labels = labelled(ARTICLE)
    fields = fields_of(text, tokenize(text), labels)
    assert fields == {
        "authors": (Author("Doe", "JA"), Author("Roe", "B")),
        "et_al": False,
        "title": "An invented study of placeholders",
        "container": "J Invented Res",
        "year": "2021",
        "volume": "12",
        "issue": "3",
        "pages": "45-9",
        "doi": "10.5555/inv.2021.045",
        "kind": Kind.ARTICLE,
    }


@pytest.mark.parametrize(
    ("printed", "labels", "pages"),
    [
        # the model labels the first number alone: the range goes on through its dash
        ("51-67).", ["PAGES", "OTHER", "OTHER", "OTHER", "OTHER"], "51-67"),
        ("189–95.", ["PAGES", "OTHER", "OTHER", "OTHER"], "189–95"),
        # an e-locator's `.e` and the range's second half
        (
            "189.e1–189.e12 [",
            [
                "PAGES",
                "OTHER",
                "PAGES",
                "PAGES",
                "PAGES",
                "PAGES",
                "OTHER",
                "OTHER",
                "VOLUME",
                "OTHER",
            ],
            "189.e1–189.e12",
        ),
        # what follows with no space but is no page stays out
        ("12-18.doi", ["PAGES", "PAGES", "PAGES", "OTHER", "OTHER"], "12-18"),
        ("826. [", ["PAGES", "OTHER", "OTHER"], "826"),
        ("12-18.2019", ["PAGES", "PAGES", "PAGES", "OTHER", "YEAR"], "12-18"),
        ("1-9,12", ["PAGES", "PAGES", "PAGES", "OTHER", "OTHER"], "1-9"),
    ],
)
def test_a_page_range_goes_on_through_its_dash(printed: str, labels: list[str], pages: str) -> None:
    head = ["AUTHOR"] * 2 + ["OTHER"] + ["TITLE"] * 3 + ["OTHER"] + ["CONTAINER"] * 3
    head += ["OTHER", "YEAR", "OTHER", "VOLUME", "OTHER"]
    text = f"Doe J. An invented study. J Invented Res. 2021;12:{printed}"
    assert read_after(text, head, labels)["pages"] == pages


def test_the_longest_title_run_wins_and_a_year_must_be_a_year() -> None:
    text, labels = labelled(
        [
            ("Stray", "TITLE"),
            ("words", "OTHER"),
            ("The real invented title", "TITLE"),
            ("Example Press", "PUBLISHER"),
            ("n.d.", "YEAR"),
        ]
    )
    fields = fields_of(text, tokenize(text), labels)
    assert fields["title"] == "The real invented title"
    assert "year" not in fields
    assert fields["kind"] is Kind.BOOK and fields["publisher"] == "Example Press"


def test_of_two_long_title_runs_the_first_is_the_title() -> None:
    # a chapter's title, then its host book's, which the model took for a second title
    text, labels = labelled(
        [
            ("Doe, J. (2001).", "AUTHOR"),
            ("An invented chapter on widgets.", "TITLE"),
            ("In A. Roe (Ed.),", "OTHER"),
            ("The invented handbook of widgets and gears", "TITLE"),
            ("(pp. 1-9). Example Press.", "OTHER"),
        ]
    )
    assert fields_of(text, tokenize(text), labels)["title"] == "An invented chapter on widgets"


BOOK = ["PUBLISHER", "PUBLISHER", "OTHER"]  # `Example Press.`


@pytest.mark.parametrize(
    ("imprint", "labels", "place", "publisher"),
    [
        (
            "Berlin, Germany: Example Press.",
            ["PLACE", "OTHER", "PLACE", "OTHER", *BOOK],
            "Berlin, Germany",
            "Example Press",
        ),
        (
            "Frankfurt/M: Example Verlag.",
            ["PLACE", "OTHER", "PLACE", "OTHER", *BOOK],
            "Frankfurt/M",
            "Example Verlag",
        ),
        (
            "Example Press, Other House, Leeds.",
            ["PUBLISHER", "PUBLISHER", "OTHER", *BOOK, "PLACE", "OTHER"],
            "Leeds",
            "Example Press, Other House",
        ),
        # a full stop parts them: the longest run stays
        ("Leeds. Example Press.", ["PLACE", "OTHER", *BOOK], "Leeds", "Example Press"),
    ],
)
def test_a_comma_or_a_slash_does_not_part_a_place_or_a_publisher(
    imprint: str, labels: list[str], place: str, publisher: str
) -> None:
    head = ["AUTHOR", "AUTHOR", "OTHER", "TITLE", "TITLE", "TITLE", "OTHER"]
    fields = read_after(f"Doe J. An invented book. {imprint}", head, labels)
    assert (fields["place"], fields["publisher"]) == (place, publisher)


def test_an_opening_quote_is_not_part_of_the_names() -> None:
    text, labels = labelled([("A. Doe and B. Roe, “", "AUTHOR"), ("Invented title,”", "TITLE")])
    fields = fields_of(text, tokenize(text), labels)
    assert fields["authors"] == (Author("Doe", "A."), Author("Roe", "B."))
    assert fields["title"] == "Invented title" and fields["kind"] is Kind.OTHER


def test_runs_join_only_consecutive_tokens() -> None:
    text = "a b c d"
    assert runs(tokenize(text), ["T", "T", "O", "T"], "T") == [(0, 3), (6, 7)]
    assert runs((), [], "T") == []


def plain_runs(tokens: tuple[Token, ...], labels: list[str], label: str) -> list[tuple[int, int]]:
    """`runs` as first written: one pass per label."""
    out: list[tuple[int, int]] = []
    inside = False
    for token, mine in zip(tokens, labels, strict=True):
        if mine != label:
            inside = False
        elif inside:
            out[-1] = (out[-1][0], token.end)
        else:
            out.append((token.start, token.end))
            inside = True
    return out


@given(st.lists(st.sampled_from(["T", "A", "O"]), max_size=30))
def test_one_pass_finds_the_runs_of_every_label(labels: list[str]) -> None:
    text = " ".join("w" * (1 + i % 3) for i in range(len(labels)))
    tokens = tokenize(text)
    found = all_runs(tokens, labels)
    for label in ("T", "A", "O"):
        assert found.get(label, []) == plain_runs(tokens, labels, label)
        assert runs(tokens, labels, label) == plain_runs(tokens, labels, label)


@pytest.mark.parametrize(
    ("imprint", "place", "publisher"),
    [
        ("London, England.", "London, England", None),  # the country is the place's rest
        ("Hamden, Connecticut.", "Hamden, Connecticut", None),
        ("London, Example.", "London", "Example"),  # a house after a city stays a house
        ("Leeds, Widgetry.", "Leeds", "Widgetry"),
    ],
)
def test_a_state_or_country_after_the_city_is_the_place_not_a_house(
    imprint: str, place: str, publisher: str | None
) -> None:
    head = ["AUTHOR", "AUTHOR", "OTHER", "TITLE", "TITLE", "TITLE", "OTHER"]
    fields = read_after(
        f"Doe J. An invented book. {imprint}", head, ["PLACE", "OTHER", "PUBLISHER", "OTHER"]
    )
    assert (fields["place"], fields.get("publisher")) == (place, publisher)


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("H.Doe,B.Roe", [("Doe", "H."), ("Roe", "B.")]),  # initials glued to the names
        ("Poe, E., and M.Loe", [("Poe", "E."), ("Loe", "M.")]),
        ("J.A.Doe, K.Li.", [("Doe", "J.A."), ("Li", "K.")]),
        ("Doe, J. A.", [("Doe", "J. A.")]),  # spaced already: as it was
        ("MacDoe D.J.C.", [("MacDoe", "D.J.C.")]),  # initials after the name: as they were
        ("Doe, William ([1885]", [("Doe", "William")]),  # a date run into the block
        ("J.Öst, K.Roe, L.Poe", [("Öst", "J."), ("Roe", "K."), ("Poe", "L.")]),  # any script
        ("Ł.Kowalski, M.Nowak", [("Kowalski", "Ł."), ("Nowak", "M.")]),
        (
            "Widget Study Group (2010 Trial), Doe J",
            [("Widget Study Group (2010 Trial)", ""), ("Doe", "J")],
        ),  # a closed bracket stays
        ("Poe, N., & Roe, L. (17 de Diciembre de", [("Poe", "N."), ("Roe", "L.")]),
    ],
)
def test_an_author_block_is_read_without_glue_or_dates(
    block: str, names: list[tuple[str, str]]
) -> None:
    read = best_names(author_block(block))
    assert [(a.family or a.literal, a.given) for a in read.authors] == names


@pytest.mark.parametrize("printed", ["Anon.", "Anonymous", "ANONYMOUS", "Anon"])
def test_an_author_block_that_names_no_one_gives_no_authors(printed: str) -> None:
    """`Anon. (1999) Title.`: some orientation of the name reader reads the word as a
    family alone; the grammars' reader leaves it out, and so does the fallback's."""
    text, labels = labelled([(printed, "AUTHOR"), *ARTICLE[1:]])
    fields = fields_of(text, tokenize(text), labels)
    assert fields["authors"] == () and fields["title"] == "An invented study of placeholders"
