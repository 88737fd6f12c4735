"""Segment fast paths give what the patterns they stand in for give.

`find_type_mark` replaces the `\\s*`-led `TYPE_MARK` search, `names_and_year`
`_AUTHOR_YEAR`'s lazy `^(?P<names>.+?)` (tried at every length of the names),
`locator_starts` the separator-led `_LOCATOR_START` (tried at every position of the
window), `has_trailer_words` a generator of substring tests (now spelled out); `take_labelled` and
`take_date` skip searches that cannot match. Each is held to the original on random text
shaped to hit their edges and on table-driven cases.
"""

from __future__ import annotations

import random
import re

from mmrefs.ingest.gbt7714 import TYPE_MARK, find_type_mark
from mmrefs.ingest.styles.base import MONTH_NAMES
from mmrefs.ingest.styles.choose import title_score
from mmrefs.ingest.styles.grammars import _AUTHOR_YEAR, names_and_year
from mmrefs.ingest.styles.locator import (
    _DATE,
    _DATE_END,
    _LABEL_WORDS,
    _LABELLED,
    _ONLINE,
    abnt_labelled,
    take_date,
    take_labelled,
)
from mmrefs.ingest.styles.parts import LOCATOR_MAX, locator_starts
from mmrefs.ingest.styles.trailers import _CHEAP, has_trailer_words
from mmrefs.text import collapse_spaces

YEAR_PIECES = (
    " ", "  ", "\t", "\n", "(", ")", "(2017)", "(2017a)", "(2017, May)", "(2017, a very long "
    "note)", "(1999", "2017", "1500", "(20", ", ", ",", ".", ". ", "Smith", "A.", "x", "2017.",
    "2017,", "2017a.", "(2017).", "(2017):", "and",
)  # fmt: skip
LOCATOR_PIECES = (
    " ", "  ", "\t", "(", ")", "((", "(2", "2(", "7", "12", ",", ";", ":", ".", "vol.", "Vol ",
    "Vol.", "no. ", "pp. ", "p. ", "Jan", "Jul. ", "Sept", "Spring", "Suppl", "e123", "S12",
    "Published ", "Epub ", "Journal", "x", "-", "2017", "Abcdefghi 3",
)  # fmt: skip
TRAILER_PIECES = (
    "doi", "DOI", "PMID", "pmc", "HTTP", "Epub", "Accessed", "cited", "10.", "10", "Published",
    "Review", "revie", "x", " ", "İ", "ſ", "K",
)  # fmt: skip
_LOCATOR_START_SPELLED = re.compile(
    rf"(?:[\s,;:.]\s*|(?=\()(?<=\D))(?=\(?\d|[Vv]ol\.|Vol\s|no\.\s|pp?\.\s|[A-Z][a-z]{{2,8}}\.?\s+\d|"
    rf"[Pp]ublished\s|[Ee]pub\s|Suppl|[A-Za-z]{{1,4}}\d+\b|(?:{MONTH_NAMES})\b)"
)


def texts(pieces: tuple[str, ...], count: int, seed: int, most: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(count)]


def spelled_names_and_year(body: str) -> tuple[str, str, int] | None:
    for pattern in _AUTHOR_YEAR:
        match = pattern.match(body)
        if match:
            return match.group("names"), match.group("year"), match.end()
    return None


def test_names_and_year_is_the_author_year_match() -> None:
    table = [
        "Smith, A. (2017). Title.",
        "Smith, A., 2017. Title.",
        "(2017) Smith (2018). T",
        " (2017). T",
        ", (2017). T",
        "Smith\n(2017). T",
        "Smith (2017 (2018). T",
        "Smith ,  (2017a, May):  T",
    ]
    for body in table + texts(YEAR_PIECES, 20000, 4, 12):
        assert names_and_year(body) == spelled_names_and_year(body), repr(body)


def test_locator_starts_are_the_spelled_pattern_starts() -> None:
    table = ["Journal (2017) 7:1460", "J. 2017;7(3):1460", "J 7(3), 1460", "x" * 150 + ", 7"]
    for text in table + texts(LOCATOR_PIECES, 20000, 3, 40):
        found = _LOCATOR_START_SPELLED.finditer(text, max(0, len(text) - LOCATOR_MAX))
        want = [(m.start(), m.end()) for m in found if m.start()]
        assert list(locator_starts(text)) == want, repr(text)


def test_has_trailer_words_is_any_word_in_the_lowered_tail() -> None:
    for tail in ["", "doi:10.1/x", "Nature 2017", *texts(TRAILER_PIECES, 20000, 5, 6)]:
        lowered = tail.lower()
        assert has_trailer_words(tail) == any(word in lowered for word in _CHEAP), repr(tail)


MARK_PIECES = (
    " ", "  ", "\t", "\n", "\u3000", "[", "]", "[J]", "[M/OL]", "[EB/OL]", "[X]", "[J", "J]",
    "Title", ".", "[Internet]", "[cited 2020]", "[CM]", "[J/XX]",
)  # fmt: skip


def test_find_type_mark_is_the_type_mark_search() -> None:
    for text in ["", "Title[J]. J", "Title  [J]", " [J]", *texts(MARK_PIECES, 20000, 6, 10)]:
        want, got = TYPE_MARK.search(text), find_type_mark(text)
        assert (want and (want.span(), want["code"])) == (got and (got.span(), got["code"])), text


def test_title_score_counts_words_as_findall_does() -> None:
    def spelled(title: str) -> float:
        words = re.findall(r"[^\W\d_]{2,}", title)
        return 1.0 if len(words) >= 3 else (0.6 if words else 0.0)

    pieces = ("a", "ab", "Word", " ", "1", "_", "é", "x2y", "—")
    for title in texts(pieces, 5000, 8, 8):
        assert title_score(title) == spelled(title), repr(title)


def test_has_trailer_words_knows_every_word() -> None:
    for word in _CHEAP:
        assert has_trailer_words(f"x {word} y") and has_trailer_words(word.upper()), word
    assert not has_trailer_words("Nature 2017;7:1")


LABELLED_PIECES = (
    *LOCATOR_PIECES, "Volume", "No", "Issue", "issue", "Art", "Article ", "art", "Heart",
    "online", "1999a", "(2017)", "May 5, ", "\u00a0", "–", "ol", "o", "p",
)  # fmt: skip


def spelled_take_labelled(text: str, fields: dict[str, str]) -> str:
    if not _LABEL_WORDS.search(text) and not abnt_labelled(text):
        return text
    for name, pattern, _ in _LABELLED:
        match = pattern.search(text)
        if match:
            fields[name] = match.group("v").strip(" .")
            text = text[: match.start()] + " " + text[match.end() :]
    return text


def spelled_take_date(text: str, fields: dict[str, str]) -> str:
    text = _ONLINE.sub(" ", text)
    chosen = None
    for match in _DATE.finditer(text):
        if match.group(0).startswith("("):
            chosen = match
            break
        after = text[match.end() : match.end() + 2]
        before = text[: match.start()].rstrip()[-1:]
        if (
            chosen is None
            and not after.startswith("-")
            and _DATE_END.match(after)
            and not before.isdigit()
        ):
            chosen = match
    if chosen is None:
        return text
    fields.setdefault("year", chosen.group("year"))
    return text[: chosen.start()] + " " + text[chosen.end() :]


def test_locator_parts_are_taken_as_the_spelled_searches_take_them() -> None:
    table = ["vol. 7, no. 3, pp. 1-9, Jul. 2017", "2017;7(3):1460", "Heart 12", "(2017) 7:1"]
    for text in table + texts(LABELLED_PIECES, 20000, 10, 12):
        want: dict[str, str] = {}
        got: dict[str, str] = {}
        assert take_labelled(text, got) == spelled_take_labelled(text, want), repr(text)
        assert got == want, repr(text)
        want, got = {}, {}
        assert take_date(text, got) == spelled_take_date(text, want), repr(text)
        assert got == want, repr(text)


def test_white_space_runs_need_two_spaces_or_an_unprintable_space() -> None:
    for code in range(0x110000):
        char = chr(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)


def test_collapse_spaces_skips_only_text_without_runs() -> None:
    pieces = (" ", "  ", "\t", "\u2003", "\u202f", "\u205f", "\u00a0", "\n", "a", "“", "é", ".")
    for text in texts(pieces, 20000, 12, 8):
        spelled = re.sub(r"[ \t\u2002-\u200a\u202f\u205f]+", " ", text).strip()
        assert collapse_spaces(text) == spelled, repr(text)
