"""Word, PDF and JATS inputs through the commands users run: the same result as the text."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mmrefs.cli import app

runner = CliRunner()
DOCS = Path(__file__).resolve().parents[2] / "data" / "documents"


def claims(path: Path) -> list[tuple[tuple[int, ...], str]]:
    result = runner.invoke(app, ["cite", str(path)])
    assert result.exit_code == 0, result.stderr
    return [(tuple(c["refs"]), c["where"]) for c in json.loads(result.stdout)]


@pytest.mark.parametrize(
    "twin",
    ["superscript-paper.docx", "superscript-paper.pdf", "author-year-paper.docx"],
)
def test_cite_reads_documents_like_their_text_twin(twin: str) -> None:
    text = DOCS / (twin.split(".")[0] + ".txt")
    assert claims(DOCS / twin) == claims(text)


def test_check_report_and_build_accept_documents(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(DOCS / "superscript-paper.docx", inputs)
    shutil.copy(DOCS / "author-year-paper.pdf", inputs)
    check = runner.invoke(app, ["check", str(inputs / "superscript-paper.docx"), "-f", "json"])
    assert check.exit_code == 0 and json.loads(check.stdout)["findings"] is not None
    report = runner.invoke(app, ["report", str(inputs / "author-year-paper.pdf")])
    assert report.exit_code == 0 and report.stdout.startswith("<!DOCTYPE html>")
    built = runner.invoke(app, ["build", "--refs-dir", str(inputs)])
    assert built.exit_code == 0, built.stderr
    names = {p.name for p in (inputs / "out").iterdir()}
    assert {"superscript-paper.report.html", "author-year-paper.check.md"} <= names
