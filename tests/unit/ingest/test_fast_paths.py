"""The parser's fast paths give what the patterns they stand in for give.

Each helper replaces a search whose pattern is led by `\\s*`, a lookbehind or an optional
part (tried at every position) with one SRE scans for in C; these tests hold them to the
original patterns on text shaped to hit the edges (separators, spaces, the window ends).
"""

from __future__ import annotations

import random
import re

from mmrefs.ingest.authors import split_author_list
from mmrefs.ingest.gbt7714 import _LOWER_OK, _ORG_SUFFIX, _PUNCTUATION, looks_like_names
from mmrefs.ingest.refparse import _CITED, ends_in_bracket
from mmrefs.ingest.styles.choose import title_score
from mmrefs.ingest.styles.grammars import early_year
from mmrefs.ingest.styles.heads import (
    _CONTINUES_NAME,
    _STOP,
    ABBREVIATIONS,
    closing_stop,
    ends_in_abbreviation,
    split_title_container,
)
from mmrefs.ingest.styles.people import _CONNECT, _SEPARATORS
from mmrefs.ingest.styles.sources import _PAREN_IMPRINT, paren_imprint
from mmrefs.ingest.styles.trailers import _TRAILER, WINDOW, last_trailer
from mmrefs.text import collapse_spaces, has_cjk

PIECES = (
    " ", "  ", "\t", "\u2003", ".", ",", ";", "(", ")", "[", "]", "A", "Smith", "B. W.",
    "2017", "(2017)", "2017a", " and ", " & ", "&", "，", "、", "PMID: 123", "doi:10.1/x",
    "https://doi.org/10.5555/x.1", "Epub 2018 Dec 4", "[Epub ahead of print]",
    "available at http://x.org/a", "[cited 2020 May 1]", "Phys.",
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


WORD_PIECES = (
    "a", "ab", "Word", " ", "  ", "\n", "\t", "1", "_", "é", "x2y", "—", "-", "²", "½", "α",
    "βγ", "研究", "示", ".", ",", "ǅ", "ab_cd", "\u00a0", "\u2003", "COVID-19",
)  # fmt: skip


def test_title_score_is_the_scan_for_three_words() -> None:
    def spelled(title: str) -> float:
        if has_cjk(title):
            return 1.0 if len(title) >= 4 else 0.5
        words = len(re.findall(r"[^\W\d_]{2,}", title))
        return 1.0 if words >= 3 else (0.6 if words else 0.0)

    rng = random.Random(11)
    for _ in range(6000):
        title = "".join(rng.choice(WORD_PIECES) for _ in range(rng.randint(0, 12)))
        assert title_score(title) == spelled(title), repr(title)


HEAD_PIECES = (
    "Title", " ", "  ", ". ", ".", "? ", "!", "J", "Am", "Phys", "Rev", "Lett", "Chem", "Soc",
    "Nature", "x", "Abcdefghijklmnopqrstuvwxyz", "A", "“", "研究", "\n", "2017", ",", "Proc",
)  # fmt: skip


# A journal's abbreviated word (`Engl`, `N`), and the text between two of its stops: that
# word, after a whole word where the name opens (`Harvard Bus`).
SPELLED_ABBREVIATED = r"[A-Z](?:[a-z]{0,7}[b-df-hj-np-tv-xz])?"
SPELLED_SEGMENT = rf"(?P<lead>[A-Z][a-z]+\s+)?{SPELLED_ABBREVIATED}"


def spelled_abbreviated(word: str) -> bool:
    return re.fullmatch(SPELLED_ABBREVIATED, word) is not None or word in ABBREVIATIONS


def spelled_split_title_container(head: str) -> tuple[str, str]:
    """`split_title_container` as it was written first: slices and their stops, passing
    over the stops of a journal's abbreviated words."""
    cuts = [(m.start() + 1, m.end()) for m in _STOP.finditer(head)]
    cuts = [c for c in cuts if c[1] < len(head)]
    if not cuts:
        return head.strip(), ""
    idx = len(cuts) - 1
    run = spelled_abbreviated(head[: len(head.rstrip(" .,"))][cuts[idx][1] :])
    while idx > 0:
        before = head[: cuts[idx][0]]
        if not before.endswith("."):
            break
        segment = head[cuts[idx - 1][1] : cuts[idx][0] - 1]
        if ends_in_abbreviation(before):
            run = run and spelled_abbreviated(segment)
        else:
            word = re.fullmatch(SPELLED_SEGMENT, segment) if run else None
            if word is None:
                break
            if word["lead"]:
                idx -= 1
                break
        idx -= 1
    start, end = cuts[idx]
    return head[:start].strip(), head[end:].strip()


def test_split_title_container_is_the_sliced_split() -> None:
    rng = random.Random(12)
    for _ in range(6000):
        head = "".join(rng.choice(HEAD_PIECES) for _ in range(rng.randint(0, 16)))
        assert split_title_container(head) == spelled_split_title_container(head), repr(head)


NAME_STOP_PIECES = (
    "Smith", " ", "  ", "\t", ". ", ".", "?", "!", "A.", "A-B.", "AB,", "Ab ;", "et al", "et.al",
    ",", ";", "&", "and ", "Jr", "Jrx", "Smith, A.", "Title", "研究", "“", "\n", "x", "1",
)  # fmt: skip


def test_closing_stop_is_the_first_stop_that_ends_names() -> None:
    def spelled(text: str, limit: int) -> tuple[int, int] | None:
        for match in _STOP.finditer(text, 0, limit):
            if not _CONTINUES_NAME.match(text, match.end()):
                return match.span()
        return None

    rng = random.Random(13)
    for _ in range(6000):
        text = "".join(rng.choice(NAME_STOP_PIECES) for _ in range(rng.randint(0, 14)))
        for limit in {len(text), len(text) + 5, len(text) // 2}:
            found = closing_stop(text, limit)
            assert (found and found.span()) == spelled(text, limit), (text, limit)


GBT_NAME_PIECES = (
    "SMITH J", "Smith", "van", "of", "the", "张三", "示例医院", "张", ", ", ",", "，", "、", " ",
    "et al", "等", "(x)", ":", "?", "[J]", "lower", "A B C D E F G H I", "\u00a0", "ß", ".",
)  # fmt: skip


def test_looks_like_names_is_the_word_by_word_test() -> None:
    def spelled(prefix: str) -> bool:
        pieces, et_al = split_author_list(prefix)
        if not pieces:
            return et_al
        for piece in pieces:
            if has_cjk(piece):
                if not (2 <= len(piece.replace(" ", "")) <= 4 or _ORG_SUFFIX.search(piece)):
                    return False
                continue
            words = piece.split()
            lower_family = len(words) > 1 and all(re.fullmatch("[A-Z]{1,3}", w) for w in words[1:])
            if any(w[:1].islower() and w.lower() not in _LOWER_OK for w in words) and not (
                lower_family and words[0].isalpha()
            ):
                return False
            if len(words) > 8 or any(_PUNCTUATION.search(w) for w in words):
                return False
        return True

    rng = random.Random(14)
    for _ in range(6000):
        prefix = "".join(rng.choice(GBT_NAME_PIECES) for _ in range(rng.randint(0, 8)))
        assert looks_like_names(prefix) == spelled(prefix), repr(prefix)
