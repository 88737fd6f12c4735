"""Journal names as a table: one journal written many ways, and venue decorations
(supplements, meeting abstracts, living reviews). Journal names are invented or generic."""

from __future__ import annotations

import pytest

from mmrefs.match.venues import journal_parts, journal_verdict, venue_of
from mmrefs.model import Kind

PARTS = [
    ("plain", "Journal of Marrow Research", ("journal", "marrow", "research"), False, False),
    (
        "conference supplement",
        "Transplant Letters.Conference: 17th Congress of the Example Society. Springfield",
        ("transplant", "letters"),
        True,
        False,
    ),
    (
        "abstracts of",
        "Marrow Research.Abstracts of the 20th Meeting",
        ("marrow", "research"),
        True,
        False,
    ),
    ("supplement suffix", "Marrow Research Supplement", ("marrow", "research"), True, False),
    ("comma supplement", "Marrow Research, Supplement", ("marrow", "research"), True, False),
    (
        "electronic resource",
        "Marrow Letters [Electronic Resource]",
        ("marrow", "letters"),
        False,
        False,
    ),
    ("year of founding", "Marrow Weekly (1946)", ("marrow", "weekly"), False, False),
    (
        "living review",
        "Cochrane Database of Systematic Reviews",
        ("cochrane", "database", "systematic", "reviews"),
        False,
        True,
    ),
    ("placeholder", "UNKNOWN", (), False, False),
]


@pytest.mark.parametrize(
    ("name", "printed", "words", "supplement", "living"), PARTS, ids=[p[0] for p in PARTS]
)
def test_journal_parts(
    name: str, printed: str, words: tuple[str, ...], supplement: bool, living: bool
) -> None:
    assert journal_parts(printed) == (words, supplement, living), name


SAME = [
    ("abbreviated", "J Clin Marrow Res", "Journal of Clinical Marrow Research"),
    ("contracted (ISO 4)", "Dtsch Med Wochenschr", "Deutsche Medizinische Wochenschrift"),
    ("equal word count", "Surg Endosc", "Surgical Endoscopy"),
    ("run together", "JClinMarrowRes", "Journal of Clinical Marrow Research"),
    ("parallel title", "Marrow Letters.Lettres de la moelle", "Marrow Letters"),
]


@pytest.mark.parametrize(("name", "a", "b"), SAME, ids=[s[0] for s in SAME])
def test_one_journal_many_names(name: str, a: str, b: str) -> None:
    verdict = journal_verdict(journal_parts(a)[0], journal_parts(b)[0])
    assert verdict.agrees, (name, verdict.shown())


def test_other_journal_is_a_moderate_conflict() -> None:
    verdict = journal_verdict(journal_parts("Marrow Letters")[0], journal_parts("Blood Reviews")[0])
    assert verdict.shown().startswith("conflict, moderate")


@pytest.mark.parametrize(
    ("kind", "journal", "venue"),
    [
        (Kind.ARTICLE, "Transplant Letters.Conference: 17th Congress", "journal"),
        (Kind.ARTICLE, "Proceedings of the National Academy of Sciences", "journal"),
        (Kind.ARTICLE, "Proceedings of the Example Conference on Marrow", "conference"),
        (Kind.CONFERENCE, "Example Conference on Marrow", "conference"),
    ],
)
def test_venue(kind: Kind, journal: str, venue: str) -> None:
    assert venue_of(kind, journal_parts(journal)[0]) == venue
