"""Shared fixtures: the bundled inputs, parsed once, and the golden-file helper."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmrefs.ingest.document import parse_document
from mmrefs.model import Document

ROOT = Path(__file__).resolve().parent.parent
REVIEW = ROOT / "refs" / "mm-biomaterials-review.txt"
RECORD = ROOT / "refs" / "mirna-review-record.txt"
GOLDEN = ROOT / "tests" / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen",
        action="store_true",
        help="rewrite golden files from the current output (review the diff!)",
    )


@pytest.fixture(scope="session")
def review() -> Document:
    return parse_document(REVIEW.read_text(encoding="utf-8"), "refs/mm-biomaterials-review.txt")


@pytest.fixture(scope="session")
def record() -> Document:
    return parse_document(RECORD.read_text(encoding="utf-8"), "refs/mirna-review-record.txt")


@pytest.fixture
def golden(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Compare text with tests/golden/NAME, or rewrite it under --regen."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--regen"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"missing golden file {path}; run pytest --regen and review it"
        assert actual == path.read_text(encoding="utf-8"), f"{name} differs from golden"

    return check


@pytest.fixture(autouse=True)
def no_real_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test may reach Crossref or NCBI: commands run offline with a private cache unless a
    test points them at its local server."""
    monkeypatch.setenv("MMREFS_OFFLINE", "1")
    monkeypatch.setenv("MMREFS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("MMREFS_CROSSREF_URL", "http://127.0.0.1:9/crossref")
    monkeypatch.setenv("MMREFS_EUTILS_URL", "http://127.0.0.1:9/eutils")
