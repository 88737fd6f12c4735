"""The command line end to end, in a temporary copy of the bundled inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mmrefs.cli import app
from mmrefs.cli.uptodate import STAMP
from tests.conftest import REVIEW

runner = CliRunner()


def test_parse_json_to_stdout(refs: Path) -> None:
    result = runner.invoke(app, ["parse", str(refs / REVIEW.name), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data["references"]) == 139 and data["mmrefs_json"] == 1


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [("bibtex", "@article{"), ("csl-json", '"citation-number"'), ("ris", "TY  - JOUR")],
)
def test_parse_formats_to_file_and_no_overwrite(refs: Path, fmt: str, marker: str) -> None:
    out = refs / "out.txt"
    assert (
        runner.invoke(app, ["parse", str(refs / REVIEW.name), "-f", fmt, "-o", str(out)]).exit_code
        == 0
    )
    assert marker in out.read_text("utf-8")
    again = runner.invoke(app, ["parse", str(refs / REVIEW.name), "-f", fmt, "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.stderr
    assert (
        runner.invoke(
            app, ["parse", str(refs / REVIEW.name), "-f", fmt, "-o", str(out), "--force"]
        ).exit_code
        == 0
    )


def test_biblatex_flag(refs: Path) -> None:
    result = runner.invoke(app, ["parse", str(refs / REVIEW.name), "-f", "bibtex", "--biblatex"])
    assert "journaltitle = {Am J Hematol}" in result.stdout


def test_bad_inputs_exit_2_with_file_name(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["parse", str(empty)])
    assert result.exit_code == 2 and "empty.txt" in result.stderr and "empty" in result.stderr
    prose = tmp_path / "prose.txt"
    prose.write_text("Nothing but prose here.\n")
    result = runner.invoke(app, ["parse", str(prose)])
    assert result.exit_code == 2 and "no reference list" in result.stderr
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\xfa\xfb")
    assert runner.invoke(app, ["parse", str(binary)]).exit_code == 2


def test_failed_entries_reported_and_fail_on(tmp_path: Path) -> None:
    src = tmp_path / "list.txt"
    src.write_text("[1] SMITH J. Placeholder [J]. Example J, 2020, 3: 1-2.\n[2] ???\n")
    ok = runner.invoke(app, ["parse", str(src)])
    assert ok.exit_code == 0 and "list.txt:2" in ok.stderr and "failed" in ok.stderr
    assert json.loads(ok.stdout)["failures"][0]["raw"] == "???"
    assert runner.invoke(app, ["parse", str(src), "--fail-on", "error"]).exit_code == 1


def test_build_writes_all_outputs_and_respects_user_folders(refs: Path) -> None:
    result = runner.invoke(app, ["build", "--refs-dir", str(refs)])
    assert result.exit_code == 0, result.stderr
    out = refs / "out"
    names = sorted(p.name for p in out.iterdir())
    assert "mm-biomaterials-review.bib" in names and "mirna-review-record.csl.json" in names
    every_input = [".bib", ".biblatex.bib", ".csl.json", ".ris", ".mmrefs.json"]
    every_input += [".check.json", ".check.md", ".report.html", ".report.md", ".report.json"]
    review_only = [".citations.json", ".citations.md", ".by-reference.json", ".by-reference.md"]
    expected = [f"mirna-review-record{s}" for s in every_input]
    expected += [f"mm-biomaterials-review{s}" for s in every_input + review_only]
    assert [n for n in names if not n.startswith(".")] == sorted(expected)
    assert "mm-biomaterials-review.report.html" in result.stderr
    assert runner.invoke(app, ["build", "--refs-dir", str(refs)]).exit_code == 0
    user = refs / "mine"
    user.mkdir()
    (user / "keep.bib").write_text("mine")
    refused = runner.invoke(app, ["build", "--refs-dir", str(refs), "--out-dir", str(user)])
    assert refused.exit_code == 2 and (user / "keep.bib").read_text() == "mine"


def test_bundled_outputs_are_current(refs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """refs/out in the repository is exactly what `mmrefs build` writes today."""
    monkeypatch.chdir(refs.parent)
    assert runner.invoke(app, ["build"]).exit_code == 0
    fresh = {p.name: p.read_text("utf-8") for p in (refs / "out").iterdir() if p.name != STAMP}
    committed = {
        p.name: p.read_text("utf-8") for p in (REVIEW.parent / "out").iterdir() if p.name != STAMP
    }
    assert sorted(fresh) == sorted(committed)
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale in refs/out (run mmrefs build): {stale}"


def test_cite_command(refs: Path) -> None:
    result = runner.invoke(app, ["cite", str(refs / REVIEW.name)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data) == 133
    assert set(data[0]) == {
        "index",
        "marker",
        "refs",
        "where",
        "section",
        "line",
        "claim",
        "context",
        "narrative_author",
        "terms",
    }
    md = runner.invoke(app, ["cite", str(refs / REVIEW.name), "-f", "md", "--by-reference"])
    assert md.exit_code == 0 and "## [114] LELEU X et al. 2022." in md.stdout
    bad = refs / "bad.txt"
    bad.write_text("正文^[5-3]。\n参考文献\n[1] A B. T [J]. J, 2020, 1: 1.\n", "utf-8")
    failed = runner.invoke(app, ["cite", str(bad), "--fail-on", "error"])
    assert failed.exit_code == 1 and "bad.txt:1" in failed.stderr
