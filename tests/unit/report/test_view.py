"""The report's view model: what every rendering shows, decided once."""

from __future__ import annotations

from collections import Counter

from mmrefs.model import Build, ResolutionMode
from mmrefs.report.view import ReportView, document_language, report_view


def claims(view: ReportView):  # type: ignore[no-untyped-def]
    return [c for s in view.sections for c in s.claims]


def test_counts_on_the_bundled_review(review_build: Build) -> None:
    view = report_view(review_build)
    s = view.summary
    assert (s.references, s.failed, s.citations, s.cited, s.uncited) == (139, 0, 133, 139, ())
    assert view.claim_count == 133 == len(claims(view))
    assert len(view.sections) == 17
    assert view.sections[0].name == "intro"
    assert [c.index for c in claims(view)] == sorted(c.index for c in claims(view))
    assert dict(view.citations_per_section)["1.1"] == 16
    assert sum(n for _, n in view.publication_years) == 139
    assert s.findings == len(review_build.findings)
    assert sum(c.total for c in s.by_code) == s.findings


def test_resolution_mode_says_what_was_not_done(review_build: Build) -> None:
    s = report_view(review_build).summary
    assert review_build.resolution_mode == ResolutionMode.SKIPPED
    assert s.resolution_mode == "skipped"
    assert "registry checks were not done" in s.resolution_note
    assert dict(s.resolution)["not_checked"] == 139


def test_a_claim_links_its_printed_doi(review_build: Build) -> None:
    claim = next(
        c for c in claims(report_view(review_build)) if any(m.number == 106 for m in c.marks)
    )
    mark = next(m for m in claim.marks if m.number == 106)
    assert mark.anchor == "ref-106"
    assert [(link.label, link.url) for link in mark.links] == [
        ("DOI", "https://doi.org/10.1101/2025.09.22.677496")
    ]


def test_resolved_identifiers_give_doi_and_pubmed_links(decorated: Build) -> None:
    view = report_view(decorated)
    first = view.sources[0]
    assert first.resolution.status == "resolved"
    assert [link.url for link in first.links] == [
        "https://doi.org/10.5555/res.1",
        "https://pubmed.ncbi.nlm.nih.gov/12345678/",
    ]
    assert dict(first.resolution.evidence)["title"] == "0.98"
    statuses = Counter(s.resolution.status for s in view.sources)
    assert statuses["not_checked"] == 134 and statuses["ambiguous"] == 1
    assert view.sources[1].resolution.candidates == (
        f"crossref 10.5555/cand.2 {decorated.document.references[1].title}",
    )


def test_sources_list_every_claim_citing_them(review_build: Build) -> None:
    view = report_view(review_build)
    by_number = {s.number: s for s in view.sources}
    assert sum(len(s.cited_by) for s in view.sources) == sum(
        len(set(m.number for m in c.marks if m.anchor)) for c in claims(view)
    )
    table = next(c for c in by_number[19].cited_by if c.where == "table")
    assert table.section == "1.1" and table.anchor == f"claim-{table.claim}"


def test_table_claims_keep_their_context(review_build: Build) -> None:
    table = [c for c in claims(report_view(review_build)) if c.where == "table"]
    assert len(table) == 8
    assert all(c.text for c in table)


def test_findings_are_placed_and_counted(decorated: Build) -> None:
    view = report_view(decorated)
    ids = {f.code: f for f in view.findings}
    narrative = ids["citation.narrative-author"]
    assert narrative.claims == (1,) and narrative.sources == (1, 2)
    assert claims(view)[0].findings[0].id == narrative.id
    assert ids["reference.incomplete"].sources == (139,)
    assert ids["reference.incomplete"].claims == ()
    assert [f.code for f in view.unplaced] == ["check.note"]
    assert dict(view.summary.by_severity) == {"error": 1, "warning": 1, "info": 1}


def test_document_language(review_build: Build, english_build: Build) -> None:
    assert document_language(review_build) == "zh"
    assert document_language(english_build) == "en"
