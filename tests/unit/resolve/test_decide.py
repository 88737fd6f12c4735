"""The resolver's case table (fuzzycat style): printed reference, registry candidates →
expected status and the named reason. A new quirk is one row.

Every work here is invented (tests/unit/resolve/works.py): DOIs use the example prefix
10.5555 and PMIDs are made up. Each row changes a few fields of the base print or record.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from mmrefs.match.verify import VerifyReason as V
from mmrefs.model import (
    Author,
    Notice,
    Resolution,
    ResolutionStatus,
)
from mmrefs.resolve.decide import Failure, ResolveReason, decide, unshare_dois
from tests.unit.resolve.works import DOI, OTHER, RECORD, REF, TITLE

R = ResolutionStatus
NO_LOCATOR = {"volume": "", "issue": "", "pages": "", "first_page": "", "last_page": ""}
ELSEWHERE = {"pages": "412-20", "first_page": "412", "last_page": "420"}
OFF_BY_TWO = {"pages": "185-93", "first_page": "185", "last_page": "193"}
SPANISH = "Nanopartículas cargadas con bortezomib se dirigen al nicho de la médula ósea"
CHINESE = "载硼替佐米纳米颗粒靶向骨髓瘤骨髓微环境"
AT_PRINTED_PAGE = {  # a different work that sits at the printed (wrong) locator
    "source": "pubmed",
    "pmid": "900001",
    "doi": OTHER,
    "title": "Renal outcomes of light-chain cast nephropathy in a regional cohort",
    "authors": (Author("Quillfeather", "A"),),
    "pages": "185-194",
}

# (id, reference changes, candidates as record changes, failure, status, reason, findings)
CASES: list[tuple[str, dict[str, Any], list[dict[str, Any]], Any, R, str, set[str]]] = [
    ("exact", {}, [{}], None, R.RESOLVED, V.TITLE_AUTHOR_LOCATOR, set()),
    ("no locator printed", NO_LOCATOR, [{}], None, R.RESOLVED, V.TITLE_AUTHOR,
     {"resolve.mismatch.volume", "resolve.mismatch.pages"}),
    ("year ±1 unconfirmed", NO_LOCATOR | {"year": "2019"}, [{}], None, R.AMBIGUOUS,
     ResolveReason.NEAR_MISSES, set()),
    ("same title, other people and pages", {}, [{"authors": (Author("Nowak", "E"),),
     "pages": "981-990"}], None, R.NOT_FOUND, ResolveReason.NO_CANDIDATE, set()),
    # printed errors: mangled first author
    ("letter split off, via printed DOI", NO_LOCATOR | {"doi": DOI, "authors":
     (Author("KOWALCZY", "K A B"),)}, [{}], None, R.RESOLVED, V.MANGLED_AUTHOR_BY_DOI,
     {"resolve.mismatch.first_author", "resolve.mismatch.volume", "resolve.mismatch.pages"}),
    ("letter split off, no DOI, no locator", NO_LOCATOR | {"authors":
     (Author("KOWALCZY", "K A B"),)}, [{}], None, R.NOT_FOUND, ResolveReason.NO_CANDIDATE,
     set()),
    ("surname cut short, whole locator agrees", {"authors": (Author("KOWALC", "A B"),)}, [{}],
     None, R.RESOLVED, V.MANGLED_AUTHOR_BY_LOCATOR, {"resolve.mismatch.first_author"}),
    ("surname cut short, pages disagree", ELSEWHERE | {"authors": (Author("KOWALC", "A B"),)},
     [{}], None, R.NOT_FOUND, ResolveReason.NO_CANDIDATE, set()),
    ("another name entirely, via printed DOI", NO_LOCATOR | {"doi": DOI, "authors":
     (Author("NOWAK", "E"),)}, [{}], None, R.NOT_FOUND, ResolveReason.NO_CANDIDATE, set()),
    ("mangled via DOI, title not exact", NO_LOCATOR | {"doi": DOI, "title": TITLE + " in mice",
     "authors": (Author("KOWALCZY", "K A B"),)}, [{}], None, R.NOT_FOUND,
     ResolveReason.NO_CANDIDATE, set()),
    # printed errors: page or article number off by a digit or two
    ("pages off by two digits", OFF_BY_TWO, [{}], None, R.RESOLVED, V.PAGES_OFF,
     {"resolve.mismatch.pages"}),
    ("pages off; another work sits at the printed page", OFF_BY_TWO,
     [AT_PRINTED_PAGE, {}], None, R.RESOLVED, V.PAGES_OFF, {"resolve.mismatch.pages"}),
    ("pages off by three digits", ELSEWHERE, [{}], None, R.NOT_FOUND,
     ResolveReason.NO_CANDIDATE, set()),
    ("pages off and issue differs", OFF_BY_TWO | {"issue": "4"}, [{}], None, R.NOT_FOUND,
     ResolveReason.NO_CANDIDATE, set()),
    ("pages off and a listed author differs", OFF_BY_TWO | {"authors": (Author("KOWALCZYK",
     "A B"), Author("HALLORAN", "T"))}, [{}], None, R.NOT_FOUND, ResolveReason.NO_CANDIDATE,
     set()),
    ("pages off and title not exact", OFF_BY_TWO | {"title": TITLE + " of mice"}, [{}], None,
     R.NOT_FOUND, ResolveReason.NO_CANDIDATE, set()),
    ("article number off by one digit", {"pages": "", "first_page": "", "last_page": "",
     "article_number": "e2307852"}, [{"pages": "", "article_number": "e2307862"}], None,
     R.RESOLVED, V.PAGES_OFF, {"resolve.mismatch.pages"}),
    # translated titles
    ("PubMed translation, Crossref original title", {}, [
        {"source": "pubmed", "pmid": "900002", "title": TITLE},
        {"title": SPANISH}], None, R.RESOLVED, V.TITLE_AUTHOR_LOCATOR, set()),
    ("original title elsewhere, another first author", {}, [
        {"source": "pubmed", "pmid": "900002", "title": TITLE},
        {"title": SPANISH, "authors": (Author("Nowak", "E"),)}], None, R.AMBIGUOUS,
     ResolveReason.PROVIDERS_DISAGREE, set()),
    ("Crossref gives the translation as a variant", {}, [{"title": SPANISH, "titles": (TITLE,)}],
     None, R.RESOLVED, V.TITLE_AUTHOR_LOCATOR, set()),
    ("Chinese print without translation", {"title": CHINESE}, [{}], None, R.RESOLVED,
     V.FOREIGN_TITLE, set()),
    # disagreements, notices, failures
    ("two verified DOIs", {}, [{}, {"doi": OTHER}], None, R.AMBIGUOUS,
     ResolveReason.CANDIDATES_DISAGREE, set()),
    ("the candidate is a correction notice", {}, [{"updates": (Notice("correction", OTHER),)}],
     None, R.NOT_FOUND, ResolveReason.NO_CANDIDATE, set()),
    ("mistyped printed DOI, found by search", {"doi": "10.5555/case.l"}, [{}], None,
     R.RESOLVED, V.TITLE_AUTHOR_LOCATOR, {"resolve.mismatch.doi"}),
    ("offline, nothing verified", {}, [], R.OFFLINE, R.OFFLINE, ResolveReason.OFFLINE, set()),
    ("a failed step, nothing verified", {}, [{"pages": "981-990", "authors":
     (Author("Nowak", "E"),)}], R.ERROR, R.ERROR, ResolveReason.PROVIDER_ERROR, set()),
    ("a failed step, yet verified", {}, [{}], R.ERROR, R.RESOLVED, V.TITLE_AUTHOR_LOCATOR,
     set()),
]  # fmt: skip


def resolution(
    ref_changes: dict[str, Any], candidates: list[dict[str, Any]], failure: Any
) -> Resolution:
    ref = replace(REF, **ref_changes)
    records = [replace(RECORD, **c) for c in candidates]
    fault = Failure(failure, "network said no") if failure else None
    return decide(ref, records, fault)


@pytest.mark.parametrize(
    ("ref_changes", "candidates", "failure", "status", "reason", "codes"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_case_table(
    ref_changes: dict[str, Any],
    candidates: list[dict[str, Any]],
    failure: Any,
    status: R,
    reason: str,
    codes: set[str],
) -> None:
    res = resolution(ref_changes, candidates, failure)
    assert (res.status, res.reason) == (status, reason), dict(res.evidence)
    assert {f.code for f in res.findings if f.code.startswith("resolve.mismatch")} == codes
    assert bool(res.doi) == (status == R.RESOLVED)


def test_a_resolved_translation_keeps_both_records_and_the_pmid() -> None:
    res = resolution({}, [{"source": "pubmed", "pmid": "900002"}, {"title": SPANISH}], None)
    assert (res.doi, res.pmid) == (DOI, "900002")
    assert [r.source for r in res.candidates] == ["pubmed", "crossref"]


def test_the_work_at_the_printed_locator_is_never_taken() -> None:
    res = resolution(OFF_BY_TWO, [AT_PRINTED_PAGE, {}], None)
    assert (res.doi, res.pmid) == (DOI, "")
    assert all(r.doi != OTHER for r in res.candidates)


def test_mismatch_messages_name_the_reference_number_and_both_values() -> None:
    res = resolution(OFF_BY_TWO, [{}], None)
    (pages,) = [f for f in res.findings if f.code == "resolve.mismatch.pages"]
    assert pages.message == "[7] pages: printed '185', record says '158-176'"
    assert dict(pages.evidence) == {"printed": "185", "record": "158-176"}
    assert pages.refs == (7,) and pages.loc == REF.loc


def test_the_reason_says_which_fields_carried_a_printed_error() -> None:
    assert "doi" in V.MANGLED_AUTHOR_BY_DOI and "title" in V.MANGLED_AUTHOR_BY_DOI
    assert all(f in V.PAGES_OFF for f in ("title", "authors", "journal", "volume", "issue"))


def test_one_doi_verified_for_two_references_is_kept_by_neither() -> None:
    first = resolution({}, [{}], None)
    second = replace(first, key="other", number=8)
    alone = resolution({}, [{"doi": OTHER}], None)
    out = unshare_dois([first, second, replace(alone, key="third", number=9)])
    assert [(r.status, r.reason, r.doi) for r in out] == [
        (R.AMBIGUOUS, ResolveReason.DOI_SHARED, ""),
        (R.AMBIGUOUS, ResolveReason.DOI_SHARED, ""),
        (R.RESOLVED, V.TITLE_AUTHOR_LOCATOR, OTHER),
    ]
