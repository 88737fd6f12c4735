"""The check stage end to end: a synthetic review in which every rule fires exactly once
(beside look-alikes that must not fire), and the bundled review's findings as goldens."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from mmrefs.check import run_checks
from mmrefs.match.verify import discrepancies
from mmrefs.model import (
    Build,
    Finding,
    Notice,
    Record,
    Reference,
    Resolution,
    ResolutionMode,
    ResolutionStatus,
)
from mmrefs.pipeline import build
from mmrefs.report.findings import render_check_md
from tests.conftest import REVIEW, ROOT

SYNTHETIC = ROOT / "tests" / "data" / "check" / "synthetic-review.txt"

# Every rule and the one reference (or line) its one instance in the synthetic review is about.
EXPECTED = {
    "citation.out-of-range": "^[28] at line 13",
    "citation.malformed": "^[9-7] at line 13",
    "citation.uncited": "[25], cited nowhere; [24] only in a table, [26] only in a caption",
    "citation.order": "^[13] before [12]; re-cited [2] and the table's early [24] are fine",
    "citation.narrative-author": "WANG等 for [16] (LI X, WANG Y, …); GAN等 for 干军, "
    "DE LA FUENTE等, MULLER等 for MÜLLER and Smith et al. for SMITh are fine",
    "citation.off-topic": "[18] breast cancer for an MM claim; [6] general cancer is background",
    "reference.incomplete": "[10] no volume/pages/DOI; [11] DOI and [12] article number stand in",
    "reference.garbled": "[7] SMITh; [8] McDONALD and [4] DE LA FUENTE are fine",
    "reference.duplicate": "[14] = [22]; [15] has the same title but is another work",
    "resolve.mismatch.year": "[19] printed 2019, record 2018",
    "resolve.notice.retraction": "[20] retracted; [21] resolved and clean",
    "check.skipped.registry": "offline: 24 of 27 unresolved",
}


def resolution(ref: Reference, **changes: Any) -> Resolution:
    """A hand-made registry answer for `ref`: the printed fields, changed as asked, with the
    findings the real verifier draws from the difference. Identifiers are made up."""
    record = Record(
        "crossref",
        doi=f"10.5555/mmrefs.synthetic.{ref.number}",
        pmid=f"900000{ref.number}",
        title=ref.title,
        authors=ref.authors,
        container=ref.container,
        year=ref.year,
        volume=ref.volume,
        issue=ref.issue,
        pages=ref.pages,
    )
    record = replace(record, **changes)
    return Resolution(
        ref.key,
        ref.number,
        ResolutionStatus.RESOLVED,
        record.doi,
        record.pmid,
        1.0,
        findings=discrepancies(ref, record),
        record=record,
    )


@pytest.fixture(scope="module")
def synthetic() -> Build:
    base = build(SYNTHETIC.read_text("utf-8"), "tests/data/check/synthetic-review.txt")
    refs = base.document.by_number()
    retraction = Notice("retraction", "10.5555/mmrefs.synthetic.retraction.20", source="crossref")
    resolutions = (
        resolution(refs[19], year="2018"),
        resolution(refs[20], notices=(retraction,)),
        resolution(refs[21]),
    )
    return replace(base, resolutions=resolutions, resolution_mode=ResolutionMode.OFFLINE)


def test_synthetic_review_parses_cleanly(synthetic: Build) -> None:
    assert len(synthetic.document.references) == 27 and not synthetic.document.failures
    assert synthetic.document.findings == ()


def test_every_rule_fires_exactly_once_and_nothing_else(synthetic: Build) -> None:
    found = run_checks(synthetic)
    assert Counter(f.code for f in found) == dict.fromkeys(EXPECTED, 1)


@pytest.mark.parametrize(
    ("code", "refs", "line"),
    [
        ("citation.uncited", (25,), 58),
        ("citation.order", (12, 13), 20),
        ("citation.narrative-author", (16,), 24),
        ("citation.off-topic", (18,), 24),
        ("reference.incomplete", (10,), 43),
        ("reference.garbled", (7,), 40),
        ("reference.duplicate", (14, 22), 55),
        ("resolve.mismatch.year", (19,), 52),
        ("resolve.notice.retraction", (20,), 53),
    ],
)
def test_each_instance_is_the_planted_one(
    synthetic: Build, code: str, refs: tuple[int, ...], line: int
) -> None:
    (finding,) = [f for f in run_checks(synthetic) if f.code == code]
    assert finding.refs == refs and finding.loc is not None and finding.loc.line == line


def test_run_checks_is_stable_and_lists_each_finding_once(synthetic: Build) -> None:
    first, second = run_checks(synthetic), run_checks(synthetic)
    assert first == second and len(set(first)) == len(first)
    codes = [f.code for f in first]
    assert codes.index("citation.out-of-range") < codes.index("citation.uncited")
    assert codes[-1] == "check.skipped.registry"


@pytest.fixture(scope="module")
def seed() -> Build:
    return build(REVIEW.read_text("utf-8"), "refs/mm-biomaterials-review.txt")


def counts(found: tuple[Finding, ...]) -> str:
    table: dict[str, dict[str, int]] = {}
    for f in found:
        table.setdefault(f.code, {}).setdefault(f.severity.value, 0)
        table[f.code][f.severity.value] += 1
    ordered = {code: dict(sorted(table[code].items())) for code in sorted(table)}
    return json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"


def test_seed_review_golden_counts(seed: Build, golden) -> None:  # type: ignore[no-untyped-def]
    golden("check/mm-biomaterials-review.counts.json", counts(seed.findings))


def test_seed_review_golden_messages(seed: Build, golden) -> None:  # type: ignore[no-untyped-def]
    golden("check/mm-biomaterials-review.findings.md", render_check_md(seed))


def test_seed_review_messages_read_as_one_line_with_place_and_numbers(seed: Build) -> None:
    assert seed.findings == run_checks(seed)
    for f in seed.findings:
        assert "\n" not in f.message and (f.loc is not None or f.code.startswith("check."))
        assert f.code.startswith("check.") or any(f"[{n}]" in f.message for n in f.refs)


def test_synthetic_fixture_is_where_the_test_says(synthetic: Build) -> None:
    assert Path(synthetic.document.source) == SYNTHETIC.relative_to(ROOT)
