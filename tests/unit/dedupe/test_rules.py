"""The dedupe rule cascade as a table: pairs that must and must not be one work, each with
the reason the verdict must give. A new quirk is one row.

Titles, names and journals are placeholders in the shapes real exports produce, except
where a row says it comes from the bundled review or the recorded provider samples.
"""

from __future__ import annotations

import pytest

from mmrefs.dedupe.rules import compare
from mmrefs.ingest.fieldmap import reference_from_fields
from mmrefs.match.signature import signature_of
from mmrefs.model import MatchStatus, Reference, SourceLoc

TITLE = "Bone marrow niche remodelling by injectable hydrogels in a murine myeloma model"
BASE = {
    "title": TITLE,
    "author": "Moreau, Philippe and Kumar, Shaji",
    "year": "2021",
    "journal": "Journal of Clinical Oncology",
    "volume": "39",
    "number": "4",
    "pages": "1802-1824",
    "ENTRYTYPE": "article",
}


def ref(**changes: str) -> Reference:
    fields = {**BASE, **changes}
    return reference_from_fields(fields, "k", "raw", SourceLoc("t.csv", 1))


def verdict(a: Reference, b: Reference) -> tuple[MatchStatus, str]:
    match = compare(signature_of(0, a), signature_of(1, b))
    return match.status, match.reason


SAME = [
    ("identical", {}, "same title, author, year and locator"),
    ("case and trailing stop", {"title": TITLE.upper() + "."}, "same title, author, year"),
    ("markup", {"title": TITLE.replace("murine", "<i>murine</i>")}, "same title"),
    ("tex", {"title": TITLE.replace("murine", r"\emph{murine}")}, "same title"),
    ("accents", {"author": "Moréau, Philippe and Kumar, Shaji"}, "same title, author"),
    ("initials with dots", {"author": "Moreau, P. and Kumar, S."}, "same title, author"),
    ("journal abbreviated", {"journal": "J Clin Oncol"}, "same title, author, year"),
    ("journal run together", {"journal": "JClinOncol"}, "same title, author, year"),
    ("short page form", {"pages": "1802-24"}, "same title, author, year and locator"),
    ("pages with --", {"pages": "1802 -- 1824"}, "same title, author, year and locator"),
    ("truncated author list", {"author": "Moreau, P and others"}, "same title, author"),
    ("notes appended", {"title": TITLE + ". [Review] [33 refs]"}, "same title"),
    ("subtitle dropped", {"title": TITLE + ": a randomised study"}, "near-identical title"),
    ("one typo", {"title": TITLE.replace("remodelling", "remodeling")}, "same title"),
    ("study group as author", {"author": "Myeloma Study Group"}, "no author to compare"),
    ("page misprint", {"pages": "1902-1910"}, "pages differ"),
    ("translated title", {"title": "Remodelage de la niche médullaire"}, "title translated"),
    ("ampersand", {"journal": "Journal of Clinical & Oncology"}, "same title"),
    ("particles", {"author": "de la Moreau, Philippe"}, "same title, author"),
    ("initial misprinted", {"author": "Moreau, Q and Kumar, Shaji"}, "initial differs"),
]


@pytest.mark.parametrize(("name", "change", "reason"), SAME, ids=[s[0] for s in SAME])
def test_same_work(name: str, change: dict[str, str], reason: str) -> None:
    base = {**BASE, "author": "de la Moreau, P"} if name == "particles" else BASE
    status, why = verdict(reference_from_fields(base, "k", "", SourceLoc("t", 1)), ref(**change))
    assert status.merges, (name, status, why)
    assert reason in why


DIFFERENT = [
    ("other first author", {"author": "Anderson, Kenneth"}, "different first_author"),
    ("two years apart", {"year": "2019"}, "different year"),
    ("other volume", {"volume": "41"}, "different volume"),
    ("other pages and volume", {"volume": "12", "pages": "530-534"}, "different volume, pages"),
    ("conference version", {"ENTRYTYPE": "inproceedings", "journal": "Proc ASH"}, "venue"),
    ("erratum", {"title": "Erratum: " + TITLE}, "related: erratum"),
    ("correction", {"title": "Correction to: " + TITLE}, "related: erratum"),
    ("reply", {"title": "Reply to: " + TITLE}, "related: reply"),
    ("preprint", {"journal": "bioRxiv"}, "related: preprint"),
    ("other title", {"title": "Proteasome inhibitors", "pages": "22-29"}, "title differs"),
    ("other title, one page", {"title": "Proteasome inhibitors", "pages": "1802"}, "title differs"),
    ("other initial, no pages", {"author": "Moreau, Q", "pages": ""}, "different first_author"),
    ("other issue", {"number": "7", "pages": ""}, "different issue"),
]


@pytest.mark.parametrize(("name", "change", "reason"), DIFFERENT, ids=[d[0] for d in DIFFERENT])
def test_different_work(name: str, change: dict[str, str], reason: str) -> None:
    status, why = verdict(ref(), ref(**change))
    assert status == MatchStatus.DIFFERENT, (name, status, why)
    assert reason in why


def test_same_title_other_journal_without_pages_is_not_merged() -> None:
    status, why = verdict(ref(pages=""), ref(journal="Leukemia", pages="", number=""))
    assert not status.merges
    assert "different journal" in why


# Invented DOIs under the example prefix.
DOI_A = "10.5555/2025.09.22.677496"
DOI_B = "10.5555/ar2168"


def test_shared_doi_merges_across_translated_title() -> None:
    a = ref(doi=DOI_A)
    b = ref(doi=DOI_A.upper(), title="Remodelage de la niche médullaire par hydrogels")
    assert verdict(a, b) == (MatchStatus.EXACT, "same doi; title translated or shortened")


def test_wrong_doi_does_not_merge_different_works() -> None:
    other = ref(doi=DOI_A, title="Proteasome inhibitors in relapsed disease", author="Lee, J")
    status, why = verdict(ref(doi=DOI_A), other)
    assert status == MatchStatus.AMBIGUOUS
    assert why == "same doi, different title"


def test_different_dois_keep_lookalike_editorials_apart() -> None:
    status, why = verdict(ref(doi=DOI_A), ref(doi=DOI_B))
    assert (status, why) == (MatchStatus.DIFFERENT, "different identifiers")


def test_chinese_characters_meet_pinyin() -> None:
    # [95] of the bundled review prints the Chinese authors and their pinyin forms.
    chinese = ref(author="严治 and 陈广华", title="", journal="", pages="1802-1824")
    pinyin = ref(author="Yan, Z and Chen, G H", title="", journal="", pages="1802-1824")
    status, why = verdict(chinese, pinyin)
    assert status.merges, why


def test_order_of_the_pair_does_not_matter() -> None:
    for _, change, _ in SAME + DIFFERENT:
        a, b = ref(), ref(**change)
        assert verdict(a, b) == verdict(b, a)


@pytest.mark.parametrize(
    ("a", "b"), [(96, 98), (96, 99), (98, 99)], ids=["96-98", "96-99", "98-99"]
)
def test_review_same_title_different_works(review, a: int, b: int) -> None:  # type: ignore[no-untyped-def]
    refs = review.by_number()
    status, why = verdict(refs[a], refs[b])
    assert status == MatchStatus.DIFFERENT
    assert why.startswith("same title, different")
