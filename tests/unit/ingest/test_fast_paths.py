"""The parser's fast paths give what the patterns they stand in for give.

Each helper replaces a search whose pattern is led by `\\s*`, a lookbehind or an optional
part (tried at every position) with one SRE scans for in C; these tests hold them to the
original patterns on text shaped to hit the edges (separators, spaces, the window ends).
"""

from __future__ import annotations

import random
import re

from mmrefs.ingest.refparse import _CITED, ends_in_bracket
from mmrefs.ingest.styles.grammars import early_year
from mmrefs.ingest.styles.heads import ABBREVIATIONS, ends_in_abbreviation
from mmrefs.ingest.styles.people import _CONNECT, _SEPARATORS
from mmrefs.ingest.styles.sources import _PAREN_IMPRINT, paren_imprint
from mmrefs.ingest.styles.trailers import _TRAILER, WINDOW, last_trailer
from mmrefs.text import collapse_spaces

PIECES = (
    " ", "  ", "\t", "\u2003", ".", ",", ";", "(", ")", "[", "]", "A", "Smith", "B. W.",
    "2017", "(2017)", "2017a", " and ", " & ", "&", "，", "、", "PMID: 123", "doi:10.1/x",
    "https://doi.org/10.5555/x.1", "Epub 2018 Dec 4", "[cited 2020 May 1]", "Phys.",
    "Press, 2001", "Review", "10.5555/abc", "Available at: http://x.org", "\n",
)  # fmt: skip


def samples(count: int = 3000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_last_trailer_is_the_trailer_search() -> None:
    for text in samples():
        for start in {0, max(0, len(text) - WINDOW), len(text) // 2}:
            want = _TRAILER.search(text, start)
            got = last_trailer(text, start)
            assert (want and want.span()) == (got and got.span()), text


def test_early_year_is_the_early_year_search() -> None:
    pattern = re.compile(
        r"[,.]?\s*\(((?:1[5-9]|20)\d{2})[a-z]?[,)]|[,.]\s*(?:1[5-9]|20)\d{2}[a-z]?\.\s"
    )
    for text in samples():
        for limit, window in ((300, 320), (5, 9), (12, 20)):
            found = pattern.search(text, 0, window)
            assert early_year(text, limit, window) == bool(found and found.start() < limit), text


def test_paren_imprint_is_the_search() -> None:
    for text in samples():
        want, got = _PAREN_IMPRINT.search(text), paren_imprint(text)
        assert (want and want.span()) == (got and got.span()), text


def test_ends_in_bracket_is_needed_by_cited() -> None:
    for text in samples():
        if _CITED.search(text):
            assert ends_in_bracket(text), text


def test_ends_in_abbreviation_is_the_word_before_the_stop() -> None:
    for text in [*samples(), "Appl. Phys.", "Phys..", "Phys\n.", "xPhys.", "Phys. "]:
        found = re.search(r"([^\W\d_]+)\.\s*$", text)
        assert ends_in_abbreviation(text) == (found is not None and found[1] in ABBREVIATIONS)


def test_name_pieces_are_those_of_the_spaced_patterns() -> None:
    connect = re.compile(r"\s*,?\s+(?:and|&)\s+|\s*&\s*")
    for text in samples():
        want = [p.strip() for p in re.split(r"\s*[,，、]\s*", connect.sub(", ", text))]
        got = [p.strip() for p in _SEPARATORS.split(_CONNECT.sub(", ", text))]
        assert [p for p in want if p] == [p for p in got if p], text


def test_collapse_spaces_collapses_every_run() -> None:
    for text in samples():
        assert (
            collapse_spaces(text) == re.sub(r"[ \t\u2002-\u200a\u202f\u205f]+", " ", text).strip()
        )
