"""Blocking: every pair worth comparing is offered once, whatever key kinds it shares; a
record printed with only its translated title meets the one printing both; records set
aside are never paired; a crowded key is compared between neighbours only."""

from __future__ import annotations

from dataclasses import replace

from mmrefs.dedupe.blocking import FULL_BLOCK, WINDOW, blocking_keys, candidate_pairs
from mmrefs.match.signature import Signature, signature_of
from mmrefs.model import Author, Kind, Reference, SourceLoc

BASE = Reference(
    "k",
    None,
    "",
    SourceLoc("t.csv", 1),
    Kind.ARTICLE,
    title="Injectable hydrogels remodel the marrow niche",
    authors=(Author(family="Quellada", given="M"),),
    year="2014",
    volume="27",
    pages="2422-2431",
    doi="10.5555/x.1",
)


def sigs(*refs: Reference) -> list[Signature]:
    return [signature_of(i, ref) for i, ref in enumerate(refs)]


def test_a_pair_sharing_every_key_is_offered_once() -> None:
    pairs = list(candidate_pairs(sigs(BASE, BASE), [0, 1]))
    assert pairs == [(0, 1)]
    assert {kind for kind, _ in blocking_keys(sigs(BASE)[0])} == {
        "doi",
        "head",
        "tail",
        "author-year",
        "locator",
    }


def test_translation_meets_the_record_printing_both_titles() -> None:
    both = replace(BASE, title="Hydrogels injectables et niche médullaire", doi="")
    both = replace(both, title_translation=BASE.title, volume="", pages="", authors=())
    alone = replace(BASE, doi="", volume="", pages="", authors=())
    assert list(candidate_pairs(sigs(both, alone), [0, 1])) == [(0, 1)]


def test_records_set_aside_are_never_paired() -> None:
    assert list(candidate_pairs(sigs(BASE, BASE, BASE), [0, 1, 2], skip={1})) == [(0, 2)]


def test_a_crowded_key_is_compared_between_neighbours() -> None:
    """Many papers of one author in one year: each meets its WINDOW content neighbours."""
    n = FULL_BLOCK + 10
    refs = [
        replace(BASE, title=f"Study number {i:03d} of marrow", doi="", pages=f"{i}-{i}")
        for i in range(n)
    ]
    pairs = set(candidate_pairs(sigs(*refs), list(range(n))))
    assert len(pairs) < n * WINDOW + n
    assert (0, 1) in pairs and (0, n - 1) not in pairs
