"""Resolution against a local server speaking Crossref's and NCBI's real formats.

The server is pytest-httpserver; the client code is the one users run (requests-cache,
rate limiting, retries). Payload shapes follow ../shared/api-samples (see tests/fakes.py).
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner
from werkzeug import Response

from mmrefs import pipeline
from mmrefs.cli import app
from mmrefs.http import Settings
from mmrefs.model import Document, ResolutionStatus
from mmrefs.testing.fakes import crossref_work, summary_doc
from tests.integration.conftest import Fake, doi, run, subset


def test_same_title_works_get_three_different_dois(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 96, 98, 99)
    refs = doc.by_number()
    fake.works = {doi(n): crossref_work(refs[n], doi(n)) for n in (96, 98, 99)}
    everything = list(fake.works.values())
    fake.search = lambda _: everything  # every query returns all three look-alikes
    fake.pmids = {refs[98].key: "101"}
    fake.summaries = {"101": summary_doc(refs[98], "101", doi(98))}
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
    fake.summaries = {"202": summary_doc(ref, "202", doi(1))}
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
    cut = lambda r: Response('{"status":"ok","mess', 200)  # noqa: E731
    fake.before = [lambda r: None, cut, cut, cut, cut]  # ECitMatch, then 4 tries of one search
    fake.search = lambda _: []
    resolutions, _ = run(doc, settings)
    assert [r.status for r in resolutions] == [ResolutionStatus.ERROR, ResolutionStatus.NOT_FOUND]
    assert "unreadable reply" in resolutions[0].reason and "invalid JSON" in resolutions[0].reason


def test_timeouts_are_retried_then_reported(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = subset(review, 99)
    slow = lambda r: (time.sleep(0.8), None)[1]  # noqa: E731
    fake.before = [lambda r: None] + [slow] * 4
    resolutions, _client = run(doc, settings)
    assert resolutions[0].status == ResolutionStatus.ERROR
    assert "timed out" in resolutions[0].reason


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
    first, client = run(doc, settings)
    assert client.requests > 0
    again, client2 = run(doc, settings)
    assert client2.requests == 0 and again == first
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
    fake.summaries = {"303": summary_doc(ref, "303", doi(98))}
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
    fake.summaries = {"404": summary_doc(ref, "404", doi(97))}
    (res,), client = run(doc, settings)
    assert (res.status, res.doi, res.pmid) == (ResolutionStatus.RESOLVED, doi(97), "404")
    assert any("esearch.fcgi" in hit for hit in fake.hits)
    assert client.requests == 4  # citmatch, crossref search, esearch, esummary
