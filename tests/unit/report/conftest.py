"""Builds the report tests share: the bundled review (as parsed, and decorated with sample
findings and resolutions) and small synthetic reviews in Chinese and English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mmrefs import pipeline
from mmrefs.model import Build
from mmrefs.testing import HOSTILE_TITLE, ReviewShape, decorate, synthetic_review
from tests.conftest import REVIEW

SOURCE = "refs/mm-biomaterials-review.txt"


@pytest.fixture(scope="session")
def review_build() -> Build:
    return pipeline.build(REVIEW.read_text(encoding="utf-8"), SOURCE)


@pytest.fixture(scope="session")
def decorated(review_build: Build) -> Build:
    """The bundled review with only the sample findings (the check rules' own would move
    the counts these tests pin), sample resolutions, and a hostile title on [3]."""
    return decorate(replace(review_build, findings=()), title=(3, HOSTILE_TITLE))


@pytest.fixture(scope="session")
def english_build() -> Build:
    return pipeline.build(synthetic_review(ReviewShape(language="en")), "english.txt")
