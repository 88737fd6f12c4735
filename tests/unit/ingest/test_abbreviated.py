"""Where an abbreviated journal name begins (`mmrefs.ingest.abbreviated`): a table of
title/container cuts the reader must mend, one of cuts it must leave, whole entries,
and a property over random text. A new quirk is one row. Titles, names and journals
are invented placeholders."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mmrefs.ingest.abbreviated import journal_start
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.model import Reference

# (title as read, container as read, entry) -> (title, container)
MENDED = [
    (
        ("Widget prices. Resour", "Widget Econ",
         "Doe A: Widget prices. Resour. Widget Econ. 3, 6 (2011)"),
        ("Widget prices", "Resour. Widget Econ"),
    ),
    (
        ("Zur Anatomie der Widgets [German]. Dtsch. Z. f", "Widgetk",
         "Doe A. Zur Anatomie der Widgets [German]. Dtsch. Z. f. Widgetk.50, 50–55 (1913)."),
        ("Zur Anatomie der Widgets [German]", "Dtsch. Z. f. Widgetk"),
    ),
    (
        ("Мониторинг виджетов. Артер", "виджетол",
         "Иванов И.И. Мониторинг виджетов. Артер. виджетол. 2001; 3–14."),
        ("Мониторинг виджетов", "Артер. виджетол"),
    ),
    (
        ("Widget theory. Ann. N. Y. Acad", "Sci",
         "Doe A. Widget theory. Ann. N. Y. Acad. Sci. 1990;1:2-3."),
        ("Widget theory", "Ann. N. Y. Acad. Sci"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("read", "want"), MENDED, ids=[m[1][1] for m in MENDED])
def test_the_journals_first_words_go_back(
    read: tuple[str, str, str], want: tuple[str, str]
) -> None:
    assert journal_start(*read) == want


# A title's own last sentence, or a journal printed in full: the cut stands.
KEPT = [
    ("Hepatitis B", "J Hepatol", "Doe J. Hepatitis B. J Hepatol. 2001;1:2."),  # no stop before
    ("Widgets. Vitamin D", "J Nutr", "Doe J. Widgets. Vitamin D. J Nutr. 2001;1:2."),
    ("Widgets. A review", "J Nutr", "Doe J. Widgets. A review. J Nutr. 2001;1:2."),
    ("Widgets. Part II", "Z Phys", "Doe J. Widgets. Part II. Z Phys. 2001;1:2."),
    ("Widgets. Reply", "BMJ", "Doe J. Widgets. Reply. BMJ. 2001;1:2."),  # a one-word sentence
    ("Widgets. Vol", "J Widg", "Doe J. Widgets. Vol. J Widg. 2001;1:2."),  # a locator's word
    ("Widgets. Lancet", "Widget Journal", "Doe J. Widgets. Lancet. Widget Journal 2001;1:2."),
    ("Widget theory", "Example Widget Journal", "Doe J. Widget theory. Example Widget Journal. 1"),
    # an honorific's stop ends no sentence
    (
        "The Case of Mr. Sampson",
        "J. Widg. Ethics",
        "Doe J. The Case of Mr. Sampson. J. Widg. Ethics. 1",
    ),
]


@pytest.mark.parametrize(("title", "container", "body"), KEPT, ids=[k[0] for k in KEPT])
def test_a_titles_own_sentence_stays(title: str, container: str, body: str) -> None:
    assert journal_start(title, container, body) is None


def test_through_the_reading() -> None:
    """Whichever reading won, the reader runs after it and says so in the extras."""
    text = "Doe, A.B.: Widget prices and their makers. Resour. Widget Econ. 33(3), 686–705 (2011)"
    ref = parse_entry(RawEntry(1, "[1]", text, 1, 1), "t.txt")
    assert isinstance(ref, Reference)
    assert (ref.title, ref.container) == ("Widget prices and their makers", "Resour. Widget Econ")
    assert ref.extra_value("journal_start") == "given back from the title"


@given(st.text(max_size=80), st.text(max_size=30), st.text(max_size=160))
def test_any_text_gives_back_pieces_of_itself(title: str, container: str, body: str) -> None:
    found = journal_start(title, container, body)
    if found is not None:
        new_title, new_container = found
        assert new_container in body and new_container.endswith(container)
        assert len(new_title) < len(title)
