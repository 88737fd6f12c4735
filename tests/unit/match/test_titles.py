"""Title normalisers as tables: what a database wrote around a title is cut off, what names
a different work (a notice, a part, a recurring title) is kept. A new quirk is one row.
All titles are invented."""

from __future__ import annotations

import pytest

from mmrefs.match.titles import (
    clean_title,
    is_recurring,
    is_short,
    markers,
    part_conflict,
    related_kind,
    swapped_word,
    title_key,
)

PLAIN = "Injectable hydrogels remodel the marrow niche in murine myeloma"
KEY = "injectable hydrogels remodel the marrow niche in murine myeloma"

CLEANED = [
    ("review notes", f"{PLAIN}. [Review] [33 refs]", KEY, ""),
    ("erratum note", f"{PLAIN}.[Erratum appears in Ex J Med. 2006 Jan;15(1):187]", KEY, ""),
    (
        "erratum note with nested brackets",
        f"{PLAIN}.[Erratum appears in Ex J Med 2009;44(9):1865 Note: Roe, Dan [corrected to"
        " Roe, Don]]",
        KEY,
        "",
    ),
    ("comment in", f"{PLAIN}. Comment in: Ex J Med. 2005;352:1-2", KEY, ""),
    ("erratum in, unbracketed", f"{PLAIN}. Erratum in: Ex J Med. 2005;352:9", KEY, ""),
    ("structured abstract", f"{PLAIN} (Structured abstract)", KEY, ""),
    ("provisional abstract", f"{PLAIN} (Provisional abstract)", KEY, ""),
    ("author's translation", f"{PLAIN} (author's transl)", KEY, ""),
    ("abstract number", f"{PLAIN} [abstract no: 134]", KEY, ""),
    ("abstract mark", f"{PLAIN} [Abstract]", KEY, ""),
    ("translated, TO: original", f"[{PLAIN}]. TO: Hydrogels injectables", KEY, "hydrogels"),
    ("translated, <ORIGINAL>", f"{PLAIN}. <ORIGINAL> HYDROGELS INJECTABLES", KEY, "hydrogels"),
    ("bracketed translation only", f"[{PLAIN}]", KEY, ""),
]


@pytest.mark.parametrize(
    ("name", "printed", "key", "original"), CLEANED, ids=[c[0] for c in CLEANED]
)
def test_database_notes_are_cut_off(name: str, printed: str, key: str, original: str) -> None:
    assert title_key(printed) == key, name
    assert clean_title(printed)[1].lower().startswith(original), name


RELATED = [
    ("erratum first", "Erratum: " + PLAIN, "erratum"),
    ("correction to", "Correction to: " + PLAIN, "erratum"),
    ("erratum mark at the end", PLAIN + " [Erratum]", "erratum"),
    ("web of science notice", PLAIN + " (vol 12, pg 34, 2010)", "erratum"),
    ("article number notice", PLAIN + " (vol 45, art no 101694, 2021)", "erratum"),
    ("retraction notice", "Retraction: " + PLAIN, "retraction"),
    ("retraction note to", "Retraction Note to: " + PLAIN, "retraction"),
    ("the retracted paper itself", "RETRACTED: " + PLAIN, ""),
    ("a paper on correcting", "Correction of marrow fibrosis by hydrogels", ""),
    ("a paper on a response", "Response of marrow niches to hydrogels", ""),
    ("a paper on a response to", "Response to bortezomib in the marrow niche", ""),
    ("response to a letter", "Response to the letter on " + PLAIN, "reply"),
    ("reply", "Reply to: " + PLAIN, "reply"),
    ("letter on", "Re: " + PLAIN, "comment"),
    ("comment on", "Comment on: " + PLAIN, "comment"),
    ("a note about an erratum is the paper", PLAIN + ". [Erratum appears in Ex J. 2006]", ""),
    ("a word starting with re", "Re-evaluation of " + PLAIN, ""),
]


@pytest.mark.parametrize(("name", "printed", "kind"), RELATED, ids=[r[0] for r in RELATED])
def test_notices_about_a_work_are_recognised(name: str, printed: str, kind: str) -> None:
    assert related_kind(title_key(printed), "", printed) == kind, name


def test_preprint_servers_are_related_records() -> None:
    assert related_kind(KEY, "medrxiv", PLAIN) == "preprint"


MARKERS = [
    ("part letter", "Sample size in dose finding part A", ("a",)),
    ("trailing letter", "Sample size in dose finding B", ("b",)),
    ("phase", "Phase II trial of marrow niche remodelling", ("2",)),
    ("numbers in words", "CD38 antibodies: 5-year results", ("38", "5")),
    ("thousands", "Screening among 10,000 women", ("10000",)),
    ("protocol", "Marrow niche remodelling trial: study protocol", ("protocol",)),
    ("article is no marker", "A trial of marrow niche remodelling", ()),
    ("possessive is no marker", "Editor's choice of marrow niche studies", ()),
]


@pytest.mark.parametrize(("name", "printed", "found"), MARKERS, ids=[m[0] for m in MARKERS])
def test_markers(name: str, printed: str, found: tuple[str, ...]) -> None:
    assert markers(title_key(printed)) == found, name


@pytest.mark.parametrize(
    ("x", "y", "differs"),
    [
        (("a",), ("b",), True),
        (("2",), ("3",), True),
        ((), ("2",), False),
        (("5",), ("5", "10"), False),
    ],
)
def test_parts_conflict_only_when_each_side_has_its_own(
    x: tuple[str, ...], y: tuple[str, ...], differs: bool
) -> None:
    assert bool(part_conflict(x, y)) == differs


@pytest.mark.parametrize(
    ("title", "recurring", "short"),
    [
        ("editorial", True, True),
        ("guest editorial", True, True),
        ("editor s introduction", True, False),
        ("reply to the editor", True, False),
        ("in this issue", True, False),
        ("empyema thoracis", False, True),
        (KEY, False, False),
    ],
)
def test_recurring_and_short_titles(title: str, recurring: bool, short: bool) -> None:
    assert (is_recurring(title), is_short(title)) == (recurring, short)


@pytest.mark.parametrize(
    ("x", "y", "word"),
    [
        (
            "effects of dosing on marrow in rats",
            "effects of dosing on marrow in mice",
            "rats / mice",
        ),
        ("marrow niche remodelling", "marrow niche remodeling", ""),  # a typo
        ("marrow niche remodelling", "how it works marrow niche remodelling", ""),  # added
    ],
)
def test_swapped_word(x: str, y: str, word: str) -> None:
    assert swapped_word(x, y) == word
