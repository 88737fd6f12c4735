"""Resolution against a local server speaking Crossref's and NCBI's real formats.

The server is pytest-httpserver; the client code is the one users run (requests-cache,
rate limiting, retries). Payload shapes follow ../shared/api-samples (mmrefs.testing.fakes);
the mappings themselves are tested against the recorded payloads in tests/unit/providers.
"""

from __future__ import annotations

import json
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from typer.testing import CliRunner
from werkzeug import Response

from mmrefs import pipeline
from mmrefs.cli import app
from mmrefs.http import Client, Settings, open_cache
from mmrefs.match.verify import VerifyReason
from mmrefs.model import Document, FailedEntry, Record, ResolutionStatus
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.resolve.decide import ResolveReason
from mmrefs.resolve.enrich import enrich_document
from mmrefs.resolve.unparsed import RawReason, resolve_failed_entries
from mmrefs.testing.fakes import crossref_work, pubmed_article, work_list
from tests.integration.conftest import Fake, doi, run, searching, subset


def test_same_title_works_get_three_different_dois(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 96, 98, 99)
    refs = doc.by_number()
    fake.works = {doi(n): crossref_work(refs[n], doi(n)) for n in (96, 98, 99)}
    everything = list(fake.works.values())
    fake.search = lambda _: everything  # every query returns all three look-alikes
    fake.pmids = {refs[98].key: "101"}
    fake.articles = {"101": pubmed_article(refs[98], "101", doi(98))}
    resolutions, client = run(doc, settings)
    got = {r.number: (r.status, r.doi) for r in resolutions}
    assert got == {
        96: (ResolutionStatus.RESOLVED, doi(96)),
        98: (ResolutionStatus.RESOLVED, doi(98)),
        99: (ResolutionStatus.RESOLVED, doi(99)),
    }
    assert next(r.pmid for r in resolutions if r.number == 98) == "101"
    # citmatch + esummary + one doi batch + a search for 96 and 99 each
    assert client.requests == 5


def test_distractors_are_never_attached(review: Document, fake: Fake, settings: Settings) -> None:
    doc = subset(review, 100)
    ref = doc.references[0]
    other_authors = crossref_work(ref, doi(1), author=[{"family": "Someone", "given": "E"}])
    other_paper = crossref_work(
        ref, doi(2), title=["Idecabtagene vicleucel in newly diagnosed disease"]
    )
    year_off = crossref_work(ref, doi(3), issued={"date-parts": [[2022]]}, volume="", page="")
    fake.search = lambda _: [other_authors, other_paper, year_off]
    (res,), _ = run(doc, settings)
    assert res.status in (ResolutionStatus.NOT_FOUND, ResolutionStatus.AMBIGUOUS)
    assert res.doi == ""
    fake.search = lambda _: [other_authors, crossref_work(ref, doi(4)), year_off]
    settings.cache_dir = settings.cache_dir.with_name("cache2")
    (res,), _ = run(doc, settings)
    assert (res.status, res.doi) == (ResolutionStatus.RESOLVED, doi(4))


def test_mistyped_printed_doi_is_not_attached(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 124)
    ref = doc.references[0]
    printed = ref.doi.lower()
    wrong = crossref_work(
        ref,
        printed,
        title=["A different article on gout"],
        author=[{"family": "Other", "given": "A"}],
    )
    fake.works = {printed: wrong}
    (res,), _ = run(doc, settings)
    assert res.status != ResolutionStatus.RESOLVED and res.doi == ""


def test_retraction_and_mismatches_are_findings(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 36)
    ref = doc.references[0]
    notice = {
        "type": "retraction",
        "DOI": "10.5555/mmrefs.notice",
        "label": "Retraction",
        "source": "retraction-watch",
    }
    item = crossref_work(ref, doi(36), **{"updated-by": [notice], "issue": "10"})
    fake.search = lambda _: [item]
    (res,), _ = run(doc, settings)
    assert res.status == ResolutionStatus.RESOLVED
    codes = {f.code for f in res.findings}
    assert {"resolve.notice.retraction", "resolve.mismatch.issue"} <= codes
    issue = next(f for f in res.findings if f.code == "resolve.mismatch.issue")
    assert dict(issue.evidence) == {"printed": "9", "record": "10"}


def test_crossref_and_pubmed_disagreeing_is_ambiguous(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 98)
    ref = doc.references[0]
    fake.pmids = {ref.key: "202"}
    fake.articles = {"202": pubmed_article(ref, "202", doi(1))}
    fake.works = {doi(1): crossref_work(ref, doi(1))}
    fake.search = lambda _: [crossref_work(ref, doi(2))]
    fake.works[doi(1)]["title"] = ["Unrelated title about kidney stones"]
    fake.works[doi(1)]["author"] = [{"family": "Else", "given": "S"}]
    (res,), _ = run(doc, settings)
    assert res.status == ResolutionStatus.AMBIGUOUS
    assert res.doi == ""


def test_429_retry_after_and_500_are_retried(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 99)
    ref = doc.references[0]
    fake.search = lambda _: [crossref_work(ref, doi(99))]
    fake.before = [
        lambda r: Response("slow down", 429, headers={"Retry-After": "2"}),
        lambda r: Response("<html>504</html>", 504),
        lambda r: Response("oops", 500),
    ]
    sleeps: list[float] = []
    (res,), _client = run(doc, settings, sleeps)
    assert (res.status, res.doi) == (ResolutionStatus.RESOLVED, doi(99))
    assert 2.0 in sleeps  # Retry-After obeyed (capped by max_wait)


def test_truncated_json_that_stays_truncated_is_an_error_for_that_reference_only(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 99, 98)
    fake.fault = searching("HASEGAWA", Response('{"status":"ok","mess', 200))  # [99] only
    fake.search = lambda _: []
    resolutions, _ = run(doc, settings)
    assert [r.status for r in resolutions] == [ResolutionStatus.ERROR, ResolutionStatus.NOT_FOUND]
    detail = dict(resolutions[0].evidence)["detail"]
    assert resolutions[0].reason == ResolveReason.PROVIDER_ERROR
    assert "unreadable reply" in detail and "invalid JSON" in detail


def test_timeouts_are_retried_then_reported(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 99)
    slow = lambda r: (time.sleep(0.8), None)[1]  # noqa: E731
    fake.before = [lambda r: None] + [slow] * 4
    resolutions, _client = run(doc, settings)
    assert resolutions[0].status == ResolutionStatus.ERROR
    assert "timed out" in dict(resolutions[0].evidence)["detail"]


def test_second_run_is_free_and_secrets_stay_out_of_the_cache(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 96, 98, 99)
    refs = doc.by_number()
    fake.search = lambda q: [
        crossref_work(refs[n], doi(n))
        for n in (96, 98, 99)
        if refs[n].authors[0].family.title() in q
    ]
    started = datetime.now(UTC)
    first, client = run(doc, settings)
    assert client.requests > 0
    assert client.earliest_expiry is not None and client.earliest_expiry > started
    again, client2 = run(doc, settings)
    assert client2.requests == 0 and again == first
    assert client2.earliest_expiry == client.earliest_expiry  # the stored answers' expiry
    offline = replace(settings, offline=True)
    cached, client3 = run(doc, offline)
    assert client3.requests == 0 and cached == first
    stored = b"".join(p.read_bytes() for p in settings.cache_dir.rglob("*") if p.is_file())
    assert b"reviewer@example.org" not in stored and b"NCBI-KEY-123" not in stored
    assert b"reviewer%40example.org" not in stored


def test_offline_without_cache_says_what_remains(review: Document, settings: Settings) -> None:
    doc = subset(review, 96, 98)
    resolutions, client = run(doc, replace(settings, offline=True))
    assert client.requests == 0
    assert {r.status for r in resolutions} == {ResolutionStatus.OFFLINE}


def test_record_file_gets_its_english_title_and_doi(
    record: Document, fake: Fake, settings: Settings
) -> None:
    ref = record.references[0]
    english = "Role and mechanism of exosomal miRNA in the treatment of multiple myeloma"
    item = crossref_work(
        ref,
        doi(7),
        title=[english],
        author=[{"family": "Zhao", "given": "Yihan"}, {"family": "Sun", "given": "Xuhang"}],
    )
    fake.search = lambda q: [item] if "6743" in q else []
    resolutions, _ = run(record, settings)
    assert (resolutions[0].status, resolutions[0].doi) == (ResolutionStatus.RESOLVED, doi(7))
    enriched = pipeline.apply_resolutions(record, resolutions)
    bib = pipeline.render(enriched, "bibtex")
    assert doi(7) in bib and "Role and mechanism of exosomal" in bib


def test_cli_resolve_and_cache_commands(
    review: Document, fake: Fake, settings: Settings, tmp_path: Path
) -> None:
    text = "参考文献\n" + "\n".join(
        f"[{n}] {r.raw}" for n, r in enumerate(subset(review, 98).references, 1)
    )
    src = tmp_path / "mini.txt"
    src.write_text(text, encoding="utf-8")
    parsed = pipeline.parse_text(text, str(src)).references[0]
    fake.search = lambda _: [crossref_work(parsed, doi(98))]
    env = {
        "MMREFS_OFFLINE": "",
        "MMREFS_CROSSREF_URL": settings.crossref_url,
        "MMREFS_EUTILS_URL": settings.eutils_url,
        "MMREFS_CACHE_DIR": str(settings.cache_dir),
    }
    runner = CliRunner()
    result = runner.invoke(app, ["resolve", str(src), "-f", "json"], env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["references"][0]["status"] == "resolved"
    assert data["references"][0]["doi"] == doi(98)
    assert "1 resolved" in result.stderr
    info = runner.invoke(app, ["cache", "info"], env=env)
    assert "responses" in info.stdout and not info.stdout.startswith(" 0")
    assert runner.invoke(app, ["cache", "clear"], env=env).exit_code == 0
    assert "0 responses" in runner.invoke(app, ["cache", "info"], env=env).stdout


def test_resolved_identifiers_feed_every_export(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 98)
    ref = doc.references[0]
    fake.pmids = {ref.key: "303"}
    fake.articles = {"303": pubmed_article(ref, "303", doi(98))}
    fake.works = {doi(98): crossref_work(ref, doi(98))}
    resolutions, _ = run(doc, settings)
    enriched = pipeline.apply_resolutions(doc, resolutions)
    bib = pipeline.render(enriched, "bibtex")
    assert (
        f"doi = {{{doi(98)}}}" in bib and "eprint = {303}" in bib and "eprinttype = {pubmed}" in bib
    )
    csl = json.loads(pipeline.render(enriched, "csl-json"))[0]
    assert (csl["DOI"], csl["PMID"]) == (doi(98), "303")
    assert f"DO  - {doi(98)}" in pipeline.render(enriched, "ris")


def test_esearch_is_the_last_fallback(review: Document, fake: Fake, settings: Settings) -> None:
    doc = subset(review, 97)
    ref = doc.references[0]
    fake.esearch = lambda term: ["404"] if "[ti]" in term and "[au]" in term else []
    fake.articles = {"404": pubmed_article(ref, "404", doi(97))}
    (res,), client = run(doc, settings)
    assert (res.status, res.doi, res.pmid) == (ResolutionStatus.RESOLVED, doi(97), "404")
    assert any("esearch.fcgi" in hit for hit in fake.hits)
    assert client.requests == 4  # citmatch, crossref search, esearch, efetch


def test_pages_off_by_two_digits_resolve_and_the_work_at_the_printed_page_is_not_taken(
    review: Document, fake: Fake, settings: Settings
) -> None:
    """ECitMatch finds whatever sits at the printed (wrong) page; the search finds the work
    the print means. Only the latter is attached, with the page error as a finding."""
    doc = subset(review, 129)  # RIBATTI D, Eur J Haematol 2025;115:516-32 (single author)
    ref = doc.references[0]
    true_pages = "561-577"  # the print says 516: two digits swapped
    fake.pmids = {ref.key: "501"}
    fake.articles = {
        "501": pubmed_article(
            ref, "501", doi(1), title="Light-chain cast nephropathy outcomes.", pages="516-525",
            authors=[("Quillfeather", "A")],
        )
    }  # fmt: skip
    fake.works = {doi(1): crossref_work(ref, doi(1), title=["Light-chain cast nephropathy"])}
    fake.search = lambda _: [crossref_work(ref, doi(129), page=true_pages)]
    (res,), _ = run(doc, settings)
    assert (res.status, res.reason, res.doi, res.pmid) == (
        ResolutionStatus.RESOLVED, VerifyReason.PAGES_OFF, doi(129), "",
    )  # fmt: skip
    (pages,) = [f for f in res.findings if f.code == "resolve.mismatch.pages"]
    assert pages.message == f"[129] pages: printed '516', record says '{true_pages}'"


def test_pubmed_translation_and_crossref_original_title_are_one_work(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 98)
    ref = doc.references[0]
    fake.pmids = {ref.key: "601"}
    fake.articles = {"601": pubmed_article(ref, "601", doi(98), title=f"[{ref.title}].")}
    original = "Terapia con células T con receptor quimérico de antígeno para el mieloma múltiple"
    fake.works = {doi(98): crossref_work(ref, doi(98), title=[original])}
    (res,), _ = run(doc, settings)
    assert (res.status, res.doi, res.pmid) == (ResolutionStatus.RESOLVED, doi(98), "601")
    assert [r.source for r in res.candidates] == ["pubmed", "crossref"]
    assert not [f for f in res.findings if f.code == "resolve.mismatch.title"]


def test_one_ecitmatch_post_for_every_citation_and_efetch_by_post(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, *range(1, 61))
    refs = doc.by_number()
    fake.pmids = {refs[n].key: str(700 + n) for n in range(1, 61)}
    fake.articles = {
        str(700 + n): pubmed_article(refs[n], str(700 + n), doi(n)) for n in range(1, 61)
    }
    fake.works = {doi(n): crossref_work(refs[n], doi(n)) for n in range(1, 61)}
    resolutions, client = run(doc, settings)
    assert sum(r.status == ResolutionStatus.RESOLVED for r in resolutions) >= 58
    methods = [hit.split("?")[0] for hit in fake.hits if "/eutils/" in hit]
    assert methods == ["POST /eutils/ecitmatch.cgi", "POST /eutils/efetch.fcgi"]
    assert client.by_endpoint["GET works"] == 1  # 60 DOIs from PubMed in one filter batch
    assert all(r.record is not None and r.record.abstract == "" for r in resolutions if r.record)


def test_crossref_and_ncbi_are_asked_at_the_same_time(
    review: Document, threaded: tuple[Fake, Settings]
) -> None:
    fake, settings = threaded
    doc = subset(review, 106, 124, 98)  # two printed DOIs, one citable reference
    spans: list[tuple[str, float, float]] = []

    def slow(request: Any) -> None:
        start = time.monotonic()
        time.sleep(0.4)
        spans.append((request.path, start, time.monotonic()))

    fake.fault = slow
    run(doc, settings)
    crossref = [(a, b) for path, a, b in spans if path.startswith("/crossref")]
    ncbi = [(a, b) for path, a, b in spans if path.startswith("/eutils")]
    assert any(c0 < n1 and n0 < c1 for c0, c1 in crossref for n0, n1 in ncbi)


def test_the_rate_limit_holds_across_threads(httpserver: Any, settings: Settings) -> None:
    """Six list requests from six threads: never more than three starts in any second."""
    arrivals: list[float] = []
    httpserver.expect_request("/crossref/works").respond_with_handler(
        lambda r: (arrivals.append(time.monotonic()), Response(work_list([])))[1]
    )
    client = Client(settings, open_cache(settings))
    crossref = Crossref(settings.crossref_url.replace("localhost", "127.0.0.1"), client)
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda n: crossref.search_text(f"query {n}"), range(6)))
    arrivals.sort()
    assert len(arrivals) == 6 and client.requests == 6
    assert all(b - a >= 0.95 for a, b in zip(arrivals, arrivals[3:], strict=False)), [
        round(a - arrivals[0], 3) for a in arrivals
    ]


def test_a_failed_entry_gets_a_raw_string_search(
    review: Document, fake: Fake, settings: Settings
) -> None:
    ref = review.by_number()[98]
    entry = FailedEntry(ref.raw.replace(",", "").replace(".", ""), ref.loc, "no title", 98)
    fake.search = lambda q: [crossref_work(ref, doi(98))] if "HOSEN" in q else []
    client = Client(settings, open_cache(settings))
    (res,) = resolve_failed_entries([entry], Crossref(settings.crossref_url, client))
    assert (res.status, res.reason, res.doi) == (
        ResolutionStatus.RESOLVED, RawReason.READ_IN_RAW, doi(98),
    )  # fmt: skip
    assert any("query.bibliographic=HOSEN" in hit for hit in fake.hits)


def test_enrichment_fills_the_record_and_says_where_each_field_came_from(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 29)  # DE LA PUENTE P, LUDERER M J, FEDERICO C, et al.
    ref = doc.references[0]
    people = [("de la Puente", "Pilar"), ("Luderer", "Micah J"), ("Federico", "Cinzia"),
              ("Quillfeather", "Ann"), ("Northam", "Bea")]  # fmt: skip
    fake.pmids = {ref.key: "801"}
    fake.articles = {
        "801": pubmed_article(ref, "801", doi(29), authors=people, abstract="CD38 nanoparticles.")
    }
    fake.works = {doi(29): crossref_work(ref, doi(29), ISSN=["0000-0000"])}
    resolutions, _ = run(doc, settings)
    enriched = enrich_document(doc, resolutions).references[0]
    assert [a.family for a in enriched.authors][3:] == ["Quillfeather", "Northam"]
    assert enriched.authors[:3] == ref.authors and enriched.et_al is False
    assert (enriched.abstract, enriched.origin("abstract")) == ("CD38 nanoparticles.", "pubmed")
    assert (enriched.pmid, enriched.origin("pmid")) == ("801", "pubmed")
    assert enriched.origin("title") == "printed"
    model = json.loads(pipeline.render(replace(doc, references=(enriched,)), "json"))
    assert "provenance" in json.dumps(model) and "pubmed" in json.dumps(model)
    bib = pipeline.render(replace(doc, references=(enriched,)), "bibtex")
    assert "Northam" in bib and "others" not in bib
    consumers_accept(replace(doc, references=(enriched,)), settings.cache_dir.parent)


def consumers_accept(doc: Document, folder: Path) -> None:
    """biber validates the enriched BibLaTeX, and pandoc reads all five authors from both
    the BibLaTeX and the CSL-JSON: enrichment never writes what a consumer rejects."""
    (folder / "e.bib").write_text(pipeline.render(doc, "biblatex"), "utf-8")
    (folder / "e.json").write_text(pipeline.render(doc, "csl-json"), "utf-8")
    checked = subprocess.run(
        ["biber", "--tool", "--validate-datamodel", "e.bib"],
        cwd=folder, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert checked.returncode == 0 and "WARN" not in checked.stdout, checked.stdout
    for name, fmt in (("e.bib", "biblatex"), ("e.json", "csljson")):
        read = subprocess.run(
            ["pandoc", str(folder / name), "-f", fmt, "-t", "csljson"],
            capture_output=True, text=True, check=True, timeout=120,
        )  # fmt: skip
        (item,) = json.loads(read.stdout)
        assert len(item["author"]) == 5, (name, item["author"])


def test_a_third_registry_is_one_more_searcher(
    review: Document, fake: Fake, settings: Settings
) -> None:
    """Crossref and PubMed know nothing of [99]; a further registry's candidate is verified
    like any other, and a wrong one from it is not attached."""
    from mmrefs.model import Reference
    from mmrefs.providers.crossref import record_from_crossref
    from mmrefs.resolve.resolver import resolve_references

    doc = subset(review, 99, 98)
    refs = doc.by_number()

    class OtherRegistry:
        def __init__(self) -> None:
            self.asked: list[str] = []

        def search(self, ref: Reference) -> list[Record]:
            self.asked.append(ref.key)
            offered = [crossref_work(refs[n], doi(n)) for n in (99, 98)]  # both, always
            return [record_from_crossref(item) for item in offered]

    client = Client(settings, open_cache(settings))
    other = OtherRegistry()
    out = resolve_references(
        doc.references,
        Crossref(settings.crossref_url, client),
        PubMed(settings.eutils_url, client),
        more=[other],
    )
    assert other.asked == [refs[99].key, refs[98].key]
    assert (out[0].status, out[0].doi) == (ResolutionStatus.RESOLVED, doi(99))
    assert out[1].doi == doi(98) and out[1].status == ResolutionStatus.RESOLVED
