"""Every shape of duplicate and look-alike as a table of invented record pairs: pairs that
must merge despite a field that differs, and pairs that must stay apart although most
fields agree. A new shape is one row: (name, changes to record A, changes to record B,
words the reason must contain).

Records are invented; DOIs use the example prefix 10.5555.
"""

from __future__ import annotations

import pytest

from mmrefs.dedupe import find_duplicates
from mmrefs.dedupe.rules import compare
from mmrefs.ingest.fieldmap import reference_from_fields
from mmrefs.match.signature import signature_of
from mmrefs.model import Match, MatchStatus, Reference, SourceLoc

TITLE = "Injectable hydrogels remodel the marrow niche in a murine model of plasma cell disease"
BASE = {
    "title": TITLE,
    "author": "Quellada, Marta and Ostrander, Felix and Vinterberg, Lou",
    "year": "2014",
    "journal": "Journal of Marrow Research",
    "volume": "27",
    "number": "3",
    "pages": "2422-2431",
    "ENTRYTYPE": "article",
}
Row = tuple[str, dict[str, str], dict[str, str], str]


def ref(changes: dict[str, str], key: str = "k") -> Reference:
    return reference_from_fields({**BASE, **changes}, key, "", SourceLoc("t.csv", 1))


def judge(a: dict[str, str], b: dict[str, str]) -> Match:
    return compare(signature_of(0, ref(a)), signature_of(1, ref(b)))


MERGE: list[Row] = [
    ("initials run into the family", {}, {"author": "Quellada Mdc, S. and Ostrander, F"}, ""),
    ("letter lost in export", {"author": "Gr?nberg, T"}, {"author": "Grünberg, T"}, ""),
    ("hyphenated particle", {"author": "van-Berkhoven, F J"}, {"author": "Berkhoven, F."}, ""),
    ("initial misprinted", {}, {"author": "Quellada, T and Ostrander, Felix"}, "initial"),
    ("issue in one copy only", {"number": ""}, {"number": "4"}, ""),
    ("issue differs, pages agree", {"number": "3"}, {"number": "7"}, ""),
    ("month as issue", {"number": "May"}, {"number": "5", "pages": ""}, ""),
    ("record number as issue", {"number": "1112"}, {"number": "1113"}, ""),
    ("page list, two forms", {"pages": "233-8, 230-5"}, {"pages": "233-238+230-235"}, ""),
    ("page list, two orders", {"pages": "230-5, 233-8"}, {"pages": "233-8, 230-5"}, ""),
    ("page misprint", {}, {"pages": "1324-1333"}, "pages differ"),
    ("online-first pages", {"pages": "1-10", "volume": ""}, {}, ""),
    ("spreadsheet date for pages", {"pages": "01-Jun", "volume": ""}, {}, ""),
    ("supplement pages", {"pages": "S24-31"}, {}, "pages differ"),
    ("translated title, TO:", {"title": f"[{TITLE}]. TO: Hydrogels injectables"}, {}, ""),
    ("translated title, <ORIGINAL>", {"title": f"{TITLE}. <ORIGINAL> HYDROGELS"}, {}, ""),
    (
        "conference supplement",
        {
            "journal": "Journal of Marrow Research.Conference: 9th "
            "Congress of the Example Society. Springfield"
        },
        {},
        "",
    ),
    (
        "abstracts of a meeting",
        {"journal": "Journal of Marrow Research.Abstracts of the 20th Annual Meeting"},
        {},
        "",
    ),
    (
        "meeting abstract without pages, same issue",
        {"journal": "Journal of Marrow Research.Conference: 9th Congress", "pages": ""},
        {"pages": "", "ENTRYTYPE": "inproceedings"},
        "",
    ),
    (
        "meeting abstract as proceedings",
        {
            "ENTRYTYPE": "inproceedings",
            "journal": "Journal of Marrow Research.Conference: 9th Congress",
        },
        {},
        "",
    ),
    ("supplement suffix", {"journal": "Journal of Marrow Research Supplement"}, {}, ""),
    (
        "electronic resource",
        {"journal": "Journal of Marrow Research [Electronic Resource]"},
        {},
        "",
    ),
    ("review notes", {"title": TITLE + ". [Review] [33 refs]"}, {}, ""),
    (
        "erratum note",
        {"title": TITLE + ".[Erratum appears in J Marrow Res. 2014;27(9):99]"},
        {},
        "",
    ),
    ("comment note", {"title": TITLE + ". Comment in: J Marrow Res. 2014;27:88-9"}, {}, ""),
    ("database abstract", {"title": TITLE + " (Structured abstract)"}, {}, ""),
    ("ISO 4 contraction", {"journal": "J Marrow Res"}, {"journal": "Jnl Marrow Research"}, ""),
    ("number typo in title, same pages", {"title": TITLE + " p16"}, {"title": TITLE + " p6"}, ""),
    (
        "living review versions",
        {
            "journal": "Cochrane Database of Systematic Reviews",
            "year": "2008",
            "pages": "CD0001",
            "volume": "",
            "number": "",
        },
        {
            "journal": "Cochrane Database Syst Rev",
            "year": "2012",
            "pages": "",
            "volume": "",
            "number": "",
        },
        "continuously updated",
    ),
    ("living review DOIs", {"doi": "10.5555/cd0001.pub2"}, {"doi": "10.5555/cd0001.pub3"}, ""),
    (
        "Greek letter spelt out",
        {"title": "TGF-β and NF-κB in " + TITLE},
        {"title": "TGF-beta and NF-kappaB in " + TITLE},
        "",
    ),
    (
        "DOI forms",
        {"doi": "10.5555/X.1 [doi]", "title": "Other words"},
        {"doi": "https://doi.org/10.5555/x.1"},
        "same doi",
    ),
    (
        "reworded translation without authors",
        {"title": "[Postoperative immunostimulation in bronchial carcinoma. Outcome]"},
        {"title": "Postoperative local immunostimulation in bronchial carcinoma", "author": ""},
        "title reworded",
    ),
]


@pytest.mark.parametrize(("name", "a", "b", "reason"), MERGE, ids=[m[0] for m in MERGE])
def test_must_merge(name: str, a: dict[str, str], b: dict[str, str], reason: str) -> None:
    match = judge(a, b)
    assert match.status.merges, (name, match.reason, match.evidence)
    assert reason in match.reason


APART: list[Row] = [
    (
        "parts with DOIs and pages",
        {"title": TITLE + ", part A", "doi": "10.5555/p.1"},
        {"title": TITLE + ", part B", "pages": "2432-2440", "doi": "10.5555/p.2"},
        "part",
    ),
    (
        "parts without DOIs",
        {"title": TITLE + ": A"},
        {"title": TITLE + ": B", "pages": "99-110"},
        "part",
    ),
    (
        "phases",
        {"title": "Phase II " + TITLE},
        {"title": "Phase III " + TITLE, "pages": "1-9"},
        "part",
    ),
    ("protocol and results", {"title": TITLE + ": study protocol", "pages": "99-108"}, {}, "part"),
    ("different DOIs", {"doi": "10.5555/a.1"}, {"doi": "10.5555/a.2"}, "different identifiers"),
    ("other first author", {}, {"author": "Lindqvist, F"}, "different first_author"),
    (
        "other initial, nothing to confirm",
        {"pages": ""},
        {"author": "Quellada, T"},
        "different first_author",
    ),
    ("years apart", {}, {"year": "2017"}, "different year"),
    ("other volume", {}, {"volume": "28"}, "different volume"),
    ("other issue, no pages", {"pages": ""}, {"number": "7"}, "different issue"),
    (
        "conference paper and journal version",
        {
            "ENTRYTYPE": "inproceedings",
            "journal": "Proceedings of the Example Conference on Marrow",
            "year": "2013",
            "volume": "",
            "pages": "",
        },
        {},
        "venue",
    ),
    (
        "meeting abstract in another volume",
        {
            "journal": "Journal of Marrow Research.Conference: 9th Congress",
            "volume": "26",
            "pages": "12",
        },
        {},
        "different volume",
    ),
    ("erratum notice", {"title": "Erratum to: " + TITLE, "pages": "2500"}, {}, "related"),
    (
        "erratum notice marked at the end",
        {"title": TITLE + " (vol 27, pg 2422, 2014)"},
        {},
        "related",
    ),
    ("letter about a paper", {"title": "Re: " + TITLE}, {}, "related"),
    ("preprint", {"journal": "bioRxiv", "volume": "", "pages": ""}, {}, "related"),
    (
        "reworded title, other pages",
        {"title": "[Marrow immunostimulation. Outcome]"},
        {"title": "Local marrow immunostimulation", "author": "", "pages": "2432-2440"},
        "title",
    ),
]


@pytest.mark.parametrize(("name", "a", "b", "reason"), APART, ids=[a[0] for a in APART])
def test_must_stay_apart(name: str, a: dict[str, str], b: dict[str, str], reason: str) -> None:
    match = judge(a, b)
    assert match.status == MatchStatus.DIFFERENT, (name, match.reason, match.evidence)
    assert reason in match.reason


SPARSE = {"journal": "", "volume": "", "number": "", "pages": ""}
NOT_MERGED: list[Row] = [
    (
        "sparse records, one word differs",
        {**SPARSE, "title": TITLE + " in rats"},
        {**SPARSE, "title": TITLE + " in mice"},
        "titles differ",
    ),
    (
        "recurring title over years",
        {**SPARSE, "title": "Editor's introduction", "year": "2019"},
        {**SPARSE, "title": "Editor's introduction", "year": "2020"},
        "recurring",
    ),
    (
        "recurring title, one year",
        {"title": "Editorial", "pages": ""},
        {"title": "Editorial", "pages": "", "number": "4"},
        "",
    ),
    (
        "reply by one author",
        {**SPARSE, "title": "Reply"},
        {**SPARSE, "title": "Reply"},
        "recurring",
    ),
    (
        "short title without locator",
        {**SPARSE, "title": "Marrow niches"},
        {**SPARSE, "title": "Marrow niches"},
        "recurring",
    ),
    (
        "meeting abstract and a paper without locator",
        {
            "journal": "Journal of Marrow Research.Conference: 9th Congress",
            "pages": "",
            "number": "",
            "volume": "26",
        },
        {"pages": "", "number": "", "volume": ""},
        "meeting abstract",
    ),
    (
        "other journal, no page",
        {"pages": ""},
        {"journal": "Blood Reviews", "pages": "", "number": ""},
        "different journal",
    ),
]


@pytest.mark.parametrize(("name", "a", "b", "reason"), NOT_MERGED, ids=[n[0] for n in NOT_MERGED])
def test_lookalikes_are_not_merged(
    name: str, a: dict[str, str], b: dict[str, str], reason: str
) -> None:
    match = judge(a, b)
    assert not match.status.merges, (name, match.reason, match.evidence)
    assert reason in match.reason


def test_recurring_titles_with_their_locator_merge() -> None:
    match = judge({"title": "Editorial"}, {"title": "Editorial", "author": "Quellada, M."})
    assert match.status.merges, match.reason


def test_an_issue_in_one_copy_does_not_split_a_cluster() -> None:
    """A has issue 3, B none, C issue 4; pages agree, so all three are one record."""
    refs = [ref({"number": n}, key) for n, key in (("3", "a"), ("", "b"), ("4", "c"))]
    result = find_duplicates(refs, ["a", "b", "c"])
    assert [sorted(result.ids[i] for i in c) for c in result.clusters] == [["a", "b", "c"]]


def test_every_verdict_is_the_same_both_ways() -> None:
    for _, a, b, _ in MERGE + APART + NOT_MERGED:
        ab, ba = judge(a, b), judge(b, a)
        assert (ab.status, ab.reason) == (ba.status, ba.reason)
