"""The shared normalising steps: every reader's draft goes through the same table."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmrefs.ingest.fieldmap import reference_from_fields
from mmrefs.ingest.steps import DEFAULT_STEPS, link_alone, run_steps
from mmrefs.model import Author, SourceLoc

# (draft printed by some reader, fields expected after the steps, steps that complain)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], list[str]]] = [
    ("doi url form", {"doi": "https://doi.org/10.5555/ABC.1."}, {"doi": "10.5555/abc.1"}, []),
    ("doi prefix", {"doi": "doi: 10.5555/x"}, {"doi": "10.5555/x"}, []),
    ("not a doi", {"doi": "see publisher"}, {"doi": "see publisher"}, ["doi"]),
    (
        "abbreviated range",
        {"pages": "1802-24"},
        {"first_page": "1802", "last_page": "1824"},
        [],
    ),
    ("article number", {"pages": "e2307852"}, {"article_number": "e2307852"}, []),
    ("long bare number", {"pages": "212749"}, {"article_number": "212749"}, []),
    ("year with letter", {"year": "2017a"}, {"year": "2017"}, []),
    ("date as year", {"year": "2017-05-01"}, {"year": "2017"}, []),
    ("no year at all", {"year": "n.d."}, {"year": "n.d."}, ["year"]),
    (
        "names keep their printed form",
        {"authors": (Author("Smith,", "A. R.,"), Author("Cox", "C C", "Jr."))},
        {"authors": (Author("Smith", "A. R."), Author("Cox", "C C", "Jr."))},
        [],
    ),
    ("url stop", {"url": "https://example.org/a."}, {"url": "https://example.org/a"}, []),
    ("url in angles", {"url": "<https://example.org/a>."}, {"url": "https://example.org/a"}, []),
    ("url, bracket", {"url": "https://example.org/a)."}, {"url": "https://example.org/a"}, []),
    ("url in brackets", {"url": "(https://example.org/a)"}, {"url": "https://example.org/a"}, []),
    ("url, square", {"url": "https://example.org/a]"}, {"url": "https://example.org/a"}, []),
    ("url's own brackets", {"url": "https://e.org/W_(x)"}, {"url": "https://e.org/W_(x)"}, []),
    ("url's own, then one", {"url": "https://e.org/W_(x))."}, {"url": "https://e.org/W_(x)"}, []),
    ("url query", {"url": "https://e.org/a?b=1;"}, {"url": "https://e.org/a?b=1"}, []),
    ("pmid label", {"pmid": "PMID 123"}, {"pmid": "123"}, []),
    ("container markup", {"container": "*Example J*."}, {"container": "Example J"}, []),
]


@pytest.mark.parametrize(
    ("name", "draft", "expected", "complaints"), CASES, ids=[c[0] for c in CASES]
)
def test_step_table(
    name: str, draft: dict[str, Any], expected: dict[str, Any], complaints: list[str]
) -> None:
    out, problems = run_steps(draft)
    for field, value in expected.items():
        assert out[field] == value, name
    assert [p.step for p in problems] == complaints


def test_steps_are_named_once() -> None:
    names = [s.name for s in DEFAULT_STEPS]
    assert len(names) == len(set(names))


def test_library_readers_share_the_steps() -> None:
    """BibTeX/RIS/CSV fields and printed lists read an article number the same way."""
    ref = reference_from_fields(
        {"title": "T", "pages": "e2307852", "doi": "https://doi.org/10.5555/X"},
        "k",
        "",
        SourceLoc("f", 1),
    )
    assert (ref.article_number, ref.first_page, ref.doi) == ("e2307852", "", "10.5555/x")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab/.:;,()[]<>", max_size=30))
def test_a_link_alone_is_alone_already(url: str) -> None:
    """Taking the brackets and stop off twice takes nothing more, and cuts at the ends
    only: the openers before the link, the stops and closers after it."""
    alone = link_alone(url)
    assert link_alone(alone) == alone
    assert url.lstrip("<([").startswith(alone)
