"""Garbage under a `References` heading: work per line and memory per entry stay bounded.

No timings (they flake): each test pins down a structural reason the parser stays linear,
each of which was quadratic once: an entry's whole text re-judged on every line (numbered
or unnumbered), a long reason quoting the whole entry again, a Finding copying that reason,
trailing identifiers popped one full search at a time, claims spanning a whole run-on
paragraph (numbered or author–year).
"""

from __future__ import annotations

import random

import pytest

from mmrefs.ingest import reflist, unnumbered
from mmrefs.ingest.citations import build_citation_map, cite_document
from mmrefs.ingest.claims import MAX_CLAIM
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.normalize import pop_trailing_ids
from mmrefs.model import Document

WORDS = "the of myeloma cell J 2020 Blood et al [J] A. B, 12(3): 45-67. doi: 数据 ( ) , . Smith"


def garbage(lines: int, labelled: float, seed: int = 7) -> str:
    """`lines` lines of random words under a heading; a share of them start an entry."""
    rng, words = random.Random(seed), WORDS.split()
    out, number = ["References", "[1] Start."], 1
    for _ in range(lines):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 20)))
        if rng.random() < labelled:
            number += 1
            text = f"[{number}] {text}"
        out.append(text)
    return "\n".join(out) + "\n"


def sizes(doc: Document) -> tuple[int, int, int]:
    return len(doc.references) + len(doc.failures), len(doc.findings), len(doc.skipped)


def test_twice_the_garbage_gives_about_twice_the_output() -> None:
    small = sizes(parse_document(garbage(2000, 0.3), "g.txt"))
    large = sizes(parse_document(garbage(4000, 0.3), "g.txt"))  # the same 2000, then more
    for one, two in zip(small, large, strict=True):
        assert 1.6 * one <= two <= 2.4 * one + 5


def test_one_finding_per_failure_and_no_copy_of_its_reason() -> None:
    doc = parse_document(garbage(1000, 0.5), "g.txt")
    failed = [f for f in doc.findings if f.code == "parse.failed"]
    assert len(failed) == len(doc.failures) > 100
    assert all(f.message is e.reason for f, e in zip(failed, doc.failures, strict=True))
    unquoted = [e.reason for e in doc.failures if " in '" not in e.reason]
    assert len(unquoted) > 100 and len({id(r) for r in unquoted}) <= 2  # one shared string


def test_a_run_on_entry_is_judged_on_its_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = reflist.looks_complete

    def spy(text: str, has_year: bool | None = None) -> bool:
        seen.append(len(text))
        return real(text, has_year)

    monkeypatch.setattr(reflist, "looks_complete", spy)
    long_lines = "\n".join("word " * 30 for _ in range(3000))  # > 120 chars: prose checks
    doc = parse_document(f"References\n[1] Start.\n{long_lines}\n", "g.txt")
    assert len(doc.failures) == 1 and doc.failures[0].loc.end_line == 3002
    assert seen and max(seen) < 1000


def test_a_long_failure_reason_quotes_the_entry_briefly() -> None:
    entry = "SMITH J. A title [J]. " + "words " * 5000
    doc = parse_document(f"References\n[1] {entry}\n", "g.txt")
    assert len(doc.failures[0].reason) < 300 and doc.failures[0].raw == entry.strip()


def test_only_a_few_trailing_identifiers_are_popped() -> None:
    body, ids = pop_trailing_ids("A. T. B. 2020;1:2." + " doi: 10.5555/x" * 2000)
    assert ids["doi"] == "10.5555/x" and body.count("doi:") > 1900


def test_claims_in_a_run_on_paragraph_stay_short() -> None:
    paragraph = "".join(f"Smith et al^[{1 + n % 3}] found words, " for n in range(3000))
    cmap = build_citation_map(paragraph + "\n参考文献\n[1] A B. T [J]. J, 2020, 1: 1.\n", "g", 3)
    assert len(cmap.citations) == 3000
    assert max(len(c.claim.text) for c in cmap.citations) <= 2 * MAX_CLAIM


def test_a_run_on_unnumbered_entry_is_judged_on_its_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = unnumbered.looks_complete

    def spy(text: str, has_year: bool | None = None) -> bool:
        seen.append(len(text))
        return real(text, has_year)

    monkeypatch.setattr(unnumbered, "looks_complete", spy)
    lines = ["References", "Abel, A., 2010. Start."] + ["Smith, J., Lee, K. words " * 4] * 3000
    split = unnumbered.split_unnumbered(lines, "g.txt", 1)
    assert len(split.entries) == 2 and split.entries[1].end_line == 3002
    assert seen and max(seen) < 1000


def test_author_year_claims_in_a_run_on_paragraph_stay_short() -> None:
    paragraph = "".join(f"Smith et al. ({2000 + n % 3}) found words, " for n in range(3000))
    entries = "".join(
        f"Smith, J., Lee, K., Kim, H., {2000 + n}. Title {n}. J. 1, 1–2.\n" for n in range(3)
    )
    text = paragraph + "\n\nReferences\n" + entries
    cmap = cite_document(text, parse_document(text, "g.txt"))
    assert len(cmap.citations) == 3000
    assert max(len(c.claim.text) for c in cmap.citations) <= 2 * MAX_CLAIM


def test_an_entry_with_a_page_range_of_thousands_of_digits_is_read() -> None:
    """A garbage locator must not stop the list (`int` refuses over 4,300 digits)."""
    pages = "1" * 4400 + "-" + "2" * 4399
    text = f"References\n[1] Smith J. A book title here. London: Academic Press; 2017: {pages}.\n"
    doc = parse_document(text + "[2] Lee K. Title words here. J Med. 2020;3:4-5.\n", "d.txt")
    assert [r.number for r in doc.references] + [f.number for f in doc.failures] == [1, 2]


def test_gbt_without_a_code_tries_only_the_last_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run-on entry of thousands of stops: the reading without a type code tries the
    last few as the end of the title, not each (each try reads the rest of the entry)."""
    from mmrefs.ingest import gbt7714

    tried: list[str] = []
    real = gbt7714.published_fields

    def counting(base: str, tail: str, hosted: bool) -> dict[str, object] | None:
        tried.append(tail)
        return real(base, tail, hosted)

    monkeypatch.setattr(gbt7714, "published_fields", counting)
    assert gbt7714.parse_uncoded("SMITH J. " + "Word. " * 3000) is None
    assert len(tried) <= gbt7714._LAST_STOPS


def test_gbt_author_block_is_looked_for_in_its_first_characters_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each stop judged as the end of the author block reads the text before it: only
    stops within the longest author block are judged, so the work does not grow with
    the square of a run-on entry."""
    from mmrefs.ingest import gbt7714

    judged: list[str] = []
    real = gbt7714.looks_like_names

    def counting(prefix: str) -> bool:
        judged.append(prefix)
        return real(prefix)

    monkeypatch.setattr(gbt7714, "looks_like_names", counting)
    gbt7714.split_authors_title("a title. " * 5000)
    assert judged and max(len(p) for p in judged) <= gbt7714._NAMES_MAX
