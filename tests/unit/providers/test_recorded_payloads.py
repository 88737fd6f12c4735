"""Golden tests: every recorded registry response in ../shared/api-samples → what mmrefs reads.

One case per file. The payloads were recorded from the real services by other projects (see
PROVENANCE.md there), so a mapping bug cannot hide behind a fake built from mmrefs' own
parse. The DOIs, PMIDs and names below are the ones in those files, cited by the case id.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from mmrefs.http import Client, Settings, open_cache
from mmrefs.match.compare import is_notice, titles_of
from mmrefs.providers.base import PayloadError, Reply
from mmrefs.providers.crossref import Crossref, _message, record_from_crossref, records_from_list
from mmrefs.providers.pubmed import pmids_from_citmatch, pmids_from_search, records_from_summary
from mmrefs.providers.pubmed_xml import records_from_efetch

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "api-samples"


PROSE = object()  # running text with its markup (JATS, HTML) removed


def crossref_single(text: str) -> Any:
    return [record_from_crossref(_message(text))]


def by_pmid(reader: Callable[[str], dict[str, Any]]) -> Callable[[str], list[Any]]:
    return lambda text: list(reader(text).values())


def pick(value: Any, path: str) -> Any:
    """`0.authors.0.family`, `count`, `4.updates.0.doi`, `0.titles()` (a function)."""
    for step in path.split("."):
        if step == "count":
            value = len(value)
        elif step.endswith("()"):
            value = {"titles()": titles_of, "is_notice()": is_notice}[step](value)
        elif step.isdigit():
            value = value[int(step)]
        else:
            value = getattr(value, step)
    return value


# (file under api-samples, reader, {path: expected})
CASES: list[tuple[str, Callable[[str], Any], dict[str, Any]]] = [
    (
        "crossref/works_query-bibliographic_rows1.json",
        records_from_list,
        {
            "count": 1,
            "0.doi": "10.5334/jors.182",
            "0.title": "Tensors.jl — Tensor Computations in Julia",
            "0.authors.0.family": "Carlsson",
            "0.authors.count": 2,
            "0.container": "Journal of Open Research Software",
            "0.year": "2019",
            "0.volume": "7",
            "0.issn": ("2049-9647",),
            "0.score": 57.834496,
        },
    ),
    (
        "crossref/works_query-bibliographic_20items.json",
        records_from_list,
        {"count": 20, "0.score": 57.808243, "1.type": "book-chapter", "1.pages": "153-215"},
    ),
    (
        "crossref/works_query_rows2.json",
        records_from_list,
        {
            "count": 2,
            "0.type": "reference-entry",
            "0.titles()": ("Communicating Ecology",),  # original-title repeats the title
            "0.abstract": PROSE,
        },
    ),
    (
        "crossref/works_query_rows3_select.json",
        records_from_list,
        {"count": 3, "0.score": 0.0, "0.year": "", "2.title": "Ecosystem Ecology"},
    ),
    (
        "crossref/works_query-title_rows1_mailto.json",
        records_from_list,
        {
            "0.doi": "10.1063/1.4938384",
            "0.article_number": "235306",
            "0.pages": "",
            "0.issue": "23",
            "0.issn": ("0021-8979", "1089-7550"),
        },
    ),
    (
        "crossref/works_query-title_rows1_select_mailto.json",
        records_from_list,
        {"0.authors.count": 6, "0.container": "Nature Machine Intelligence", "0.score": 0.0},
    ),
    ("crossref/works_query-title_no_results.json", records_from_list, {"count": 0}),
    (
        "crossref/works_list_with_update-to_correction.json",
        records_from_list,
        {
            "count": 30,
            "0.container": "Astronomy & Astrophysics",
            "0.titles().1": "A multi-wavelength survey of AGN in the XMM-LSS field: "
            "I. Quasar selection via the KX technique",
            "4.title": "Corrigendum",
            "4.updates.0.kind": "correction",
            "4.updates.0.doi": "10.1111/ijal.12157",
            "4.is_notice()": True,
            "10.titles().1": "The Reception of Antonio de Vieira’s Sermons in the Hispanic World",
            "10.is_notice()": False,
        },
    ),
    (
        "crossref/work_10.1371_journal.pone.0033693.json",
        crossref_single,
        {
            "0.doi": "10.1371/journal.pone.0033693",
            "0.pages": "e33693",
            "0.notices.count": 1,
            "0.notices.0.kind": "correction",
            "0.notices.0.doi": "10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda",
            "0.score": 1.0,
        },
    ),
    (
        "crossref/work_10.1371_journal.ppat.1008184_update-to_relation.json",
        crossref_single,
        {  # its update-to/updated-by `new_version` points at itself: no notice, not a notice
            "0.notices": (),
            "0.is_notice()": False,
            "0.container_short": "PLoS Pathog",
            "0.year": "2020",
        },
    ),
    (
        "crossref/work_10.26434_chemrxiv.5406907.v5_after_301.json",
        crossref_single,
        {"0.doi": "10.26434/chemrxiv.5406907.v5", "0.type": "posted-content", "0.container": ""},
    ),
    (
        "ncbi/efetch_pubmed_35108047.xml",
        by_pmid(records_from_efetch),
        {
            "count": 1,
            "0.pmid": "35108047",
            "0.doi": "10.1126/sciadv.abl6449",  # its own ArticleIdList, not its ReferenceList
            "0.title": "Injectable hydrogel microspheres with self-renewable hydration layers "
            "alleviate osteoarthritis",
            "0.authors.count": 10,
            "0.authors.0.given": "Yiting",
            "0.container": "Science advances",
            "0.container_short": "Sci Adv",
            "0.pages": "eabl6449",
            "0.issn": ("2375-2548",),
        },
    ),
    (
        "ncbi/efetch_pubmed_20412080.xml",
        by_pmid(records_from_efetch),
        {
            "0.doi": "10.1111/j.1399-0004.2010.01436.x",
            "0.title": "The human phenotype ontology",
            "0.pages": "525-34",
            "0.type": "Journal Article, Review",
            "0.issn": ("1399-0004", "0009-9163"),
            "0.authors.0.given": "P N",
        },
    ),
    (
        "ncbi/efetch_pubmed_1234567.xml",
        by_pmid(records_from_efetch),
        {"0.doi": "10.1159/000398269", "0.issue": "", "0.year": "1975", "0.abstract": ""},
    ),
    (
        "ncbi/esummary_pubmed_27933103.json",
        by_pmid(records_from_summary),
        {
            "0.pmid": "27933103",
            "0.doi": "10.1186/s13321-016-0181-z",
            "0.container": "Journal of cheminformatics",
            "0.container_short": "J Cheminform",
            "0.pages": "66",
            "0.authors.0.family": "Scalfani",
            "0.authors.0.given": "VF",
        },
    ),
    (
        "ncbi/ecitmatch_pubmed.txt",
        lambda text: [pmids_from_citmatch(text, ["citation_1"])],
        {"0": {"citation_1": "2014248"}},
    ),
    (
        "ncbi/esearch_pubmed_biopython.xml",
        pmids_from_search,
        {"count": 20, "0": "41282813", "19": "37810457"},
    ),
    (
        "ncbi/esearch_pubmed_usehistory.xml",
        pmids_from_search,
        {"count": 34, "0": "40455089", "33": "6067859"},
    ),
    (
        "ncbi/esearch_pubmed_darwin_au.json",
        pmids_from_search,
        {"count": 20, "0": "36374290", "19": "35475719"},
    ),
]


@pytest.mark.parametrize(("name", "reader", "expected"), CASES, ids=[c[0] for c in CASES])
def test_recorded_payload_maps_to_record(
    name: str, reader: Callable[[str], Any], expected: dict[str, Any]
) -> None:
    read = reader((SAMPLES / name).read_text(encoding="utf-8"))
    for path, want in expected.items():
        got = pick(read, path)
        if want is PROSE:
            assert got and "<" not in got, (path, got)
        else:
            assert got == want, (path, got)


def test_ecitmatch_reply_missing_a_citation_sent_is_cut_short() -> None:
    text = (SAMPLES / "ncbi/ecitmatch_pubmed.txt").read_text(encoding="utf-8")
    with pytest.raises(PayloadError, match="citation_2"):
        pmids_from_citmatch(text, ["citation_1", "citation_2"])


def test_efetch_cut_in_half_is_a_payload_error_not_an_empty_answer() -> None:
    text = (SAMPLES / "ncbi/efetch_pubmed_20412080.xml").read_text(encoding="utf-8")
    with pytest.raises(PayloadError, match="unreadable XML"):
        records_from_efetch(text[: len(text) // 2])


class Canned:
    """A `Fetch` that answers every request with one recorded reply."""

    def __init__(self, status: int, text: str) -> None:
        self.reply = Reply(status, text)

    def __call__(self, *args: Any, **kwargs: Any) -> Reply:
        return self.reply


@pytest.mark.parametrize(
    ("name", "status", "call", "refused"),
    [
        ("crossref/error_404_work_not_found.txt", 404, "works", ""),
        ("crossref/error_400_validation_failure.json", 400, "works", "field query parameters"),
        ("crossref/error_404_cursor_invalid.json", 404, "list", "Cursor specified but it is"),
    ],
    ids=lambda v: v if isinstance(v, str) and "/" in v else "",
)
def test_recorded_refusals(name: str, status: int, call: str, refused: str) -> None:
    """A plain-text 404 for a DOI is "no such work"; a JSON refusal is an error that names
    what Crossref said, never an empty result."""
    crossref = Crossref("https://crossref.invalid", Canned(status, (SAMPLES / name).read_text()))
    if not refused:
        assert crossref.works("10.5555/unknown") is None
        return
    with pytest.raises(PayloadError, match=refused):
        if call == "works":
            crossref.works("10.5555/any")
        else:
            crossref.search_text("any")


def recorded(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "status", "wait"),
    [
        ("crossref/error_504_gateway_timeout.html", 504, 0.5),  # backoff
        ("crossref/error_429_as_reported_2016.html", 429, 1.0),  # no Retry-After: 1 s
        ("ncbi/error_429_rate_limit_as_reported.json", 429, 1.0),  # NCBI sends none either
    ],
)
def test_recorded_error_pages_are_retried_and_never_cached(
    httpserver: HTTPServer, tmp_path: Path, name: str, status: int, wait: float
) -> None:
    body = recorded("crossref/works_query-bibliographic_rows1.json")
    httpserver.expect_ordered_request("/works").respond_with_data(recorded(name), status)
    httpserver.expect_ordered_request("/works").respond_with_data(body, 200)
    sleeps: list[float] = []
    settings = Settings(cache_dir=tmp_path, mailto="reviewer@example.org")
    client = Client(settings, open_cache(settings), sleep=sleeps.append)
    records = Crossref(httpserver.url_for(""), client).search_text("Tensor Computations in Julia")
    assert [r.doi for r in records] == ["10.5334/jors.182"]
    assert client.requests == 2 and wait in sleeps
    assert client.too_many == (1 if status == 429 else 0)
    again = Client(settings, open_cache(settings))
    assert Crossref(httpserver.url_for(""), again).search_text("Tensor Computations in Julia")
    assert again.requests == 0  # the 200 was stored under the request's key, the error never


def test_a_301_after_a_doi_change_is_followed_and_cached_under_the_asked_doi(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    """crossref/headers/redirect_301_work_doi_alias.headers.json: an empty 301 with a
    relative Location, then the new DOI's record."""
    old, new = "10.26434/chemrxiv.5406907", "10.26434/chemrxiv.5406907.v5"
    httpserver.expect_request(f"/works/{old}").respond_with_data(
        "", 301, headers={"Location": f"/works/{new}"}
    )
    body = recorded("crossref/work_10.26434_chemrxiv.5406907.v5_after_301.json")
    httpserver.expect_request(f"/works/{new}").respond_with_data(body, 200)
    settings = Settings(cache_dir=tmp_path)
    client = Client(settings, open_cache(settings))
    record = Crossref(httpserver.url_for(""), client).works(old)
    assert record is not None and record.doi == new
    again = Client(settings, open_cache(settings))
    assert Crossref(httpserver.url_for(""), again).works(old) == record
    assert again.requests == 0
