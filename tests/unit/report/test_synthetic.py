"""The synthetic review generator (`mmrefs.testing`) that the report tests and the
benchmark share: it parses into exactly the shape asked for."""

from __future__ import annotations

import pytest

from mmrefs import pipeline
from mmrefs.testing import HOSTILE_TITLE, ReviewShape, decorate, spread_findings, synthetic_review


@pytest.mark.parametrize("language", ["zh", "en"])
def test_synthetic_review_parses_to_its_shape(language: str) -> None:
    shape = ReviewShape(references=40, citations=120, sections=5, language=language)
    build = pipeline.build(synthetic_review(shape), "synthetic.txt")
    assert len(build.document.references) == 40 and not build.document.failures
    assert build.citations is not None and not build.citations.malformed
    wheres = [c.where.value for c in build.citations.citations]
    assert wheres.count("body") == 120 and wheres.count("table") == wheres.count("caption") == 1
    assert build.citations.uncited() == ()
    assert {c.section for c in build.citations.citations} == {"1", "2", "3", "4", "5"}


def test_generator_is_deterministic_and_keeps_a_hostile_title() -> None:
    shape = ReviewShape(hostile_title=3)
    text = synthetic_review(shape)
    assert text == synthetic_review(shape)
    build = pipeline.build(text, "synthetic.txt")
    assert build.document.references[2].title == HOSTILE_TITLE


def test_decorations() -> None:
    build = pipeline.build(synthetic_review(), "synthetic.txt")
    decorated = decorate(build)
    assert len(decorated.findings) == len(build.findings) + 3
    assert [r.status.value for r in decorated.resolutions] == [
        "resolved",
        "ambiguous",
        "not_found",
        "offline",
        "error",
    ]
    spread = spread_findings(build, 10)
    assert len(spread) == 10 and len({f.loc for f in spread}) > 1
