"""`mmrefs build` run again with nothing changed rebuilds nothing; any change rebuilds."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mmrefs.cli import app
from mmrefs.cli.uptodate import STAMP, previous
from mmrefs.http import CACHE_NAME
from tests.conftest import RECORD, REVIEW

runner = CliRunner()
UP_TO_DATE = "up to date"


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    target = tmp_path / "refs"
    target.mkdir()
    shutil.copy(REVIEW, target)
    shutil.copy(RECORD, target)
    return target


def build(refs: Path, *more: str) -> tuple[int, str]:
    result = runner.invoke(app, ["build", "--refs-dir", str(refs), *more])
    return result.exit_code, result.stderr


def stamps(out: Path) -> dict[str, int]:
    """Every output's modification time: a skipped build touches none of them."""
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name != STAMP}


def test_a_second_build_with_nothing_changed_writes_nothing(refs: Path) -> None:
    code, said = build(refs)
    assert code == 0 and UP_TO_DATE not in said
    before = stamps(refs / "out")
    code, said = build(refs)
    assert code == 0 and UP_TO_DATE in said
    assert "mm-biomaterials-review.txt" in said  # the summary table is shown again
    assert stamps(refs / "out") == before


def _edit_input(refs: Path) -> None:
    review = refs / REVIEW.name
    review.write_text(review.read_text("utf-8") + "\n", "utf-8")


def _edit_output(refs: Path) -> None:
    (refs / "out" / "mm-biomaterials-review.bib").write_text("% mine\n", "utf-8")


def _remove_output(refs: Path) -> None:
    (refs / "out" / "mirna-review-record.ris").unlink()


def _new_input(refs: Path) -> None:
    shutil.copy(RECORD, refs / "another-record.txt")


def _cache_changed(refs: Path) -> None:
    cache = Path(os.environ["MMREFS_CACHE_DIR"]) / CACHE_NAME
    with cache.open("ab") as handle:  # what storing an answer does to the file's state
        handle.write(b"\0")


def _damaged_stamp(refs: Path) -> None:
    (refs / "out" / STAMP).write_text("{not json", "utf-8")


CHANGES: list[tuple[str, Callable[[Path], None], tuple[str, ...]]] = [
    ("an input edited", _edit_input, ()),
    ("an output edited", _edit_output, ()),
    ("an output removed", _remove_output, ()),
    ("an input added", _new_input, ()),
    ("the HTTP cache changed", _cache_changed, ()),
    ("the stamp damaged", _damaged_stamp, ()),
    ("--rebuild", lambda _: None, ("--rebuild",)),
    ("another --prefer", lambda _: None, ("--prefer", "registry")),
    ("another Crossref URL", lambda _: None, ("--crossref-url", "http://127.0.0.1:9/other")),
]


@pytest.mark.parametrize(("_name", "change", "options"), CHANGES, ids=[c[0] for c in CHANGES])
def test_any_change_builds_again(
    refs: Path, _name: str, change: Callable[[Path], None], options: tuple[str, ...]
) -> None:
    assert build(refs)[0] == 0
    change(refs)
    code, said = build(refs, *options)
    assert code == 0 and UP_TO_DATE not in said and "files written" in said
    assert (refs / "out" / "mirna-review-record.ris").exists()
    assert (refs / "out" / "mm-biomaterials-review.bib").read_text("utf-8").startswith("@")


def test_fail_on_is_answered_from_the_stamp(refs: Path) -> None:
    """The bundled review has warnings: --fail-on warning exits 1 whether or not it builds."""
    assert build(refs, "--fail-on", "warning")[0] == 1
    code, said = build(refs, "--fail-on", "warning")
    assert code == 1 and UP_TO_DATE in said
    assert build(refs, "--fail-on", "error")[0] == 0


def test_an_expired_answer_makes_the_stamp_stale(refs: Path) -> None:
    assert build(refs)[0] == 0
    stamp_path = refs / "out" / STAMP
    stamp = json.loads(stamp_path.read_text("utf-8"))
    now = datetime.now(UTC)
    sources = stamp["sources"]
    stamp["valid_until"] = (now + timedelta(days=1)).isoformat()
    stamp_path.write_text(json.dumps(stamp), "utf-8")
    assert previous(refs / "out", sources, now) is not None
    assert previous(refs / "out", sources, now + timedelta(days=2)) is None


def test_a_build_that_could_not_reach_a_provider_leaves_no_stamp(
    refs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Online with the registries unreachable, a later run may reach them: no stamp."""
    monkeypatch.delenv("MMREFS_OFFLINE")
    code, said = build(refs)
    assert code == 0, said
    assert not (refs / "out" / STAMP).exists()
    assert UP_TO_DATE not in build(refs)[1]
