"""`parse_styles` reads the winner through `best_reading` (no scored Candidate built);
`read_entry` still returns that Candidate, and the two agree on style, fields and score.
`best_reading` skips a reading whose names cap its score at the best so far; it chooses
what reading every grammar in full would, and `ceiling` bounds every reading's score."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from mmrefs.ingest.gbt7714 import find_type_mark
from mmrefs.ingest.styles.base import Candidate, Miss
from mmrefs.ingest.styles.choose import (
    _GBT_SHAPE,
    ACCEPT,
    CONFIDENT,
    best_reading,
    ceiling,
    parse_styles,
    read_entry,
    score,
)
from mmrefs.ingest.styles.gbt import gbt
from mmrefs.ingest.styles.grammars import (
    Head,
    assemble,
    author_year,
    author_year_head,
    given_first,
    given_first_head,
    likely_order,
    nlm,
    nlm_head,
    physics,
    physics_head,
)
from mmrefs.ingest.styles.people import Names
from mmrefs.ingest.styles.trailers import peel
from mmrefs.model import Author

ENTRIES = [
    "Smith AR, Pereira LG. A title of some words. J Foo. 2017;7(3):1460-70.",
    "Smith, A. R., & Pereira, L. G. (2017). A title of some words. Journal, 7(3), 1460–1470.",
    "A. R. Smith and L. G. Pereira, “A title of some words,” J. Foo, vol. 7, pp. 1-9, 2017.",
    "张三, 李四. 示例标题研究[J]. 示例学报, 2020, 3(2): 100-108.",
    "Title only",
    "张三. 示例[J]. 无",
]


@pytest.mark.parametrize("entry", ENTRIES)
def test_parse_styles_matches_read_entry(entry: str) -> None:
    body, ids = peel(entry)
    linked = bool(ids.get("doi") or ids.get("url"))
    candidate = read_entry(body, linked)
    fields = parse_styles(body, linked)
    if isinstance(candidate, tuple):
        assert isinstance(fields, str)
        assert isinstance(best_reading(body, linked), list)
        return
    assert isinstance(fields, dict)
    assert fields["style"] == candidate.style
    assert fields.get("style_score") == (
        f"{candidate.score:.2f}" if candidate.score < 1.0 else None
    )
    expected = {k: v for k, v in candidate.fields.items() if k != "name_score"}
    assert {k: v for k, v in fields.items() if k not in ("style", "style_score")} == expected


AUTHOR_BLOCKS = (
    "Smith AR, Pereira LG", "Smith AR, Pereira LG, et al", "Smith, A. R., & Pereira, L. G.",
    "A. R. Smith, L. G. Pereira, and L. W. Huber", "Smith, A.R., Pereira, L.G.",
    "Smith, Anna R., and Luis G. Pereira", "张三, 李四", "The Study Group", "the results of",
    "Smith A", "SMITH A R, PEREIRA L G", "", "Rahman, L. et al.", "van der Berg R, Ortiz C",
)  # fmt: skip
YEARS = ("", " (2017).", " (2017a).", ", 2017.", ". 2017.", " 2017.", " 2017")
TITLES = (
    "A title of some words", "Does COVID-19 alter type 2 diabetes?", "“A title of some words,”",
    "Profiling", "Two words", "研究进展", "(2019)", "Title with 3D culture: an update",
)  # fmt: skip
SOURCES = (
    "J Foo.", "Journal of Things,", "Phys. Rev. Lett.", "New York: Example Press;",
    "In: Ortiz C, editors. Book of Chapters. Berlin: Lakeside Scientific;", "Nature",
    "Amsterdam: Example Society Press.", "in Proc. Conf. Things,", "", "PhD thesis.",
    "x" * 160 + ".",
)  # fmt: skip
LOCATORS = (
    "2017;7(3):1460-70.", "7(3), 1460–1470.", "vol. 7, pp. 1-9, 2017.", "7, 1460 (2017).",
    "2017.", "", "e12345.", "pp. 427–456.", "7 1460",
)  # fmt: skip
SEPARATORS = (". ", ". ", " ", ", ")


def entries(count: int, seed: int) -> list[tuple[str, bool]]:
    """Entries of every style's parts in every order the grammars meet, some mangled as
    PDF text is (stops without spaces, capitals, cut in half)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(AUTHOR_BLOCKS) + rng.choice(YEARS), rng.choice(TITLES)]
        parts += [rng.choice(SOURCES), rng.choice(LOCATORS)]
        body = rng.choice(SEPARATORS).join(p for p in parts if p).strip()
        mangle = rng.randrange(6)
        if mangle == 0:
            body = body.replace(". ", ".")
        elif mangle == 1:
            body = body.upper()
        elif mangle == 2:
            body = body[len(body) // 2 :]
        out.append((body, rng.random() < 0.3))
    return out


def every_reading(body: str, linked: bool) -> tuple[Candidate, float] | list[Miss]:
    """`best_reading` without its bound: every grammar in `likely_order` read in full."""
    full = {
        nlm_head: nlm,
        author_year_head: author_year,
        given_first_head: given_first,
        physics_head: physics,
    }
    best: Candidate | None = None
    best_score = 0.0
    misses: list[Miss] = []
    for head in likely_order(body):
        found = full[head](body)
        if isinstance(found, Miss):
            misses.append(found)
            continue
        value = score(found, linked)
        if best is None or value > best_score:
            best, best_score = found, value
        if best_score >= CONFIDENT:
            break
    if best is None or best_score < ACCEPT or _GBT_SHAPE.search(body):
        return misses or [Miss("any", "no reading explains the entry")]
    return best, best_score


def test_best_reading_is_every_reading_without_the_bound() -> None:
    skipped = later_wins = 0
    for body, linked in entries(2500, 21):
        want, got = every_reading(body, linked), best_reading(body, linked)
        if isinstance(want, list):
            assert got == want, body
            continue
        assert not isinstance(got, list), body
        assert (got[0].style, got[0].fields, got[1]) == (want[0].style, want[0].fields, want[1])
        heads = [head(body) for head in likely_order(body)]
        readings = [h for h in heads if not isinstance(h, Miss)]
        later_wins += readings[0].style != got[0].style
        skipped += any(
            ceiling(h.names) <= score(assemble(*readings[0]), linked) for h in readings[1:]
        )
    assert skipped > 100 and later_wins > 100  # both sides of the bound were met


def test_ceiling_bounds_every_reading_of_the_names() -> None:
    rng = random.Random(22)
    titles = ("", "One", "Two words", "Three plain words", "研究", "研究进展")
    for _ in range(4000):
        authors = (Author("Smith", "A"),) * rng.randint(0, 2)
        names = Names(authors, rng.random() < 0.3, rng.choice((0.0, 0.5, 0.75, rng.random(), 1.0)))
        fields: dict[str, Any] = {"title": rng.choice(titles)}
        for key, values in (
            ("container", ("J", "x" * 151, "")), ("publisher", ("Press", "")),
            ("year", ("2017", "")), ("volume", ("7", "")), ("first_page", ("1", "")),
        ):  # fmt: skip
            if rng.random() < 0.5:
                fields[key] = rng.choice(values)
        fields.update(authors=names.authors, et_al=names.et_al, name_score=names.score)
        value = score(Candidate("any", fields), rng.random() < 0.5)
        assert value <= ceiling(names), (names, fields)
    for names in (Names((), False, 0.0), Names((), True, 1.0), Names((Author("A"),), False, 0.8)):
        best = dict(
            title="Three plain words", container="J", year="2017", volume="7",
            authors=names.authors, et_al=names.et_al, name_score=names.score,
        )  # fmt: skip
        assert ceiling(names) == score(Candidate("any", best), True)  # tight: no room lost


def test_only_a_reading_capped_at_the_best_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readings that score their ceiling exactly: a later one a hair above the best is
    read and wins, one that only ties is skipped (and would not have replaced it)."""
    import mmrefs.ingest.styles.choose as choose

    def at_ceiling(style: str, names: Names, *_: object) -> Candidate:
        fields = dict(title="Three plain words", container="J", year="2017", volume="7")
        fields.update(authors=names.authors, et_al=names.et_al, name_score=names.score)
        return Candidate(style, fields)

    def reader(style: str, name_score: float) -> Callable[[str], Head]:
        return lambda body: Head(style, Names((Author("A"),), False, name_score), "", body)

    monkeypatch.setattr(choose, "assemble", at_ceiling)
    for later, wins in ((0.5 + 1e-9, "later"), (0.5, "first"), (0.5 - 1e-9, "first")):
        readers = (reader("first", 0.5), reader("later", later))
        monkeypatch.setattr(choose, "likely_order", lambda body, readers=readers: readers)
        found = best_reading("Any entry", True)
        assert not isinstance(found, list)
        assert found[0].style == wins, later


GBT_ENTRIES = (
    ("张三, 李四. 示例标题研究[J]. 示例学报, 2020, 3(2): 100-108.", "gbt7714"),
    ("张三, 李四, 2020. 示例标题研究[J]. 示例学报, 3(2): 100-108.", "gbt7714-author-date"),
    ("SMITH J, PEREIRA L G, 2019. Title of words[M]. Berlin: Press.", "gbt7714-author-date"),
    ("SMITH J. A title of words[M]. Berlin: Example Press, 2019.", "gbt7714"),
    ("张三, 2020. 示例[J]. 无", "gbt7714-author-date"),
    ("SMITH S,POND B,等,2012.Title of words[J/OL].PLoS ONE,7(3):e336.DOI:10.1/x.1.", None),
    ("张三. 示例[J]. 无", None),
)  # fmt: skip


@pytest.mark.parametrize(("body", "style"), GBT_ENTRIES)
def test_gbt_reads_the_same_with_the_mark_given(body: str, style: str | None) -> None:
    mark = find_type_mark(body)
    assert mark is not None
    found = gbt(body, mark)
    assert found == gbt(body)
    assert (found.style if isinstance(found, Candidate) else None) == style
