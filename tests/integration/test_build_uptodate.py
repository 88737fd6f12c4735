"""`mmrefs build` run again with nothing changed rebuilds nothing; any change rebuilds."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Request, Response

from mmrefs.cli import app
from mmrefs.cli.uptodate import STAMP, previous
from mmrefs.http import CACHE_NAME
from mmrefs.ingest.document import parse_document
from mmrefs.testing.fakes import crossref_work, pubmed_article
from tests.conftest import RECORD, REVIEW
from tests.integration.conftest import Fake, doi

runner = CliRunner()
UP_TO_DATE = "up to date"


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


def test_the_input_path_as_given_is_part_of_the_stamp(refs: Path) -> None:
    """The outputs print each input's path as given, so another spelling builds again."""
    out = refs.parent / "shared-out"
    assert build(refs, "--out-dir", str(out))[0] == 0
    other = refs.parent / "elsewhere" / ".." / refs.name
    (refs.parent / "elsewhere").mkdir()
    code, said = build(other, "--out-dir", str(out))
    assert code == 0 and UP_TO_DATE not in said
    assert str(other) in (out / "mirna-review-record.mmrefs.json").read_text("utf-8")


BAD_STAMPS: list[tuple[str, Callable[[dict[str, object]], None]]] = [
    ("outputs not a mapping", lambda s: s.update(outputs=[1])),
    ("no outputs", lambda s: s.update(outputs={})),
    ("unknown severity", lambda s: s.update(counts={"bogus": 1})),
    ("counts not a mapping", lambda s: s.update(counts=[])),
    ("table not rows", lambda s: s.update(table=5)),
    ("cells not text", lambda s: s.update(table=[[1, 2]])),
    ("expiry not a date", lambda s: s.update(valid_until="soon")),
]


@pytest.mark.parametrize(("_name", "damage"), BAD_STAMPS, ids=[b[0] for b in BAD_STAMPS])
def test_a_damaged_stamp_only_costs_a_rebuild(
    refs: Path, _name: str, damage: Callable[[dict[str, object]], None]
) -> None:
    assert build(refs)[0] == 0
    path = refs / "out" / STAMP
    stamp = json.loads(path.read_text("utf-8"))
    damage(stamp)
    path.write_text(json.dumps(stamp), "utf-8")
    code, said = build(refs)
    assert code == 0 and UP_TO_DATE not in said and "files written" in said
    assert UP_TO_DATE in build(refs)[1]  # and the rebuild stamped again


def test_a_stamp_that_cannot_be_written_is_a_warning(refs: Path) -> None:
    (refs / "out").mkdir()
    (refs / "out" / ".mmrefs-build").write_text("", "utf-8")
    (refs / "out" / STAMP).mkdir()
    code, said = build(refs)
    assert code == 0 and "files written" in said and "warning" in said
    assert (refs / "out" / "mm-biomaterials-review.report.html").exists()


@pytest.fixture
def online(
    refs: Path, fake: Fake, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Fake]:
    """A two-reference review against the local registries: Crossref holds both works,
    PubMed the first."""
    lines = REVIEW.read_text("utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("- [1]"))
    text = "\n".join(["Review", "", "Text [1,2].", "", "References", *lines[start : start + 2]])
    doc = parse_document(text + "\n", "review.txt")
    assert sorted(doc.by_number()) == [1, 2]
    for path in refs.iterdir():
        path.unlink()
    (refs / "review.txt").write_text(text + "\n", "utf-8")
    works = {n: crossref_work(r, doi(n)) for n, r in doc.by_number().items()}
    fake.works = {doi(n): w for n, w in works.items()}
    fake.search = lambda q: [
        w for n, w in works.items() if doc.by_number()[n].authors[0].family.lower() in q.lower()
    ]
    first = doc.by_number()[1]
    fake.pmids = {first.key: "101"}
    fake.articles = {"101": pubmed_article(first, "101", doi(1))}
    monkeypatch.setenv("MMREFS_CROSSREF_URL", httpserver.url_for("/crossref"))
    monkeypatch.setenv("MMREFS_EUTILS_URL", httpserver.url_for("/eutils"))
    monkeypatch.delenv("MMREFS_OFFLINE")
    return refs, fake


def test_a_provider_that_did_not_answer_leaves_no_stamp(online: tuple[Path, Fake]) -> None:
    """PubMed down while Crossref resolves every reference: the build is not settled."""
    refs, fake = online
    down = [True]

    def fault(request: Request) -> Response | None:
        return Response("down", 503) if down[0] and request.path.startswith("/eutils") else None

    fake.fault = fault
    code, said = build(refs, "--timeout", "1")
    assert code == 0 and "2 resolved" in said and "no stamp" in said
    assert not (refs / "out" / STAMP).exists()
    assert '"101"' not in (refs / "out" / "review.mmrefs.json").read_text("utf-8")
    down[0] = False
    code, said = build(refs, "--timeout", "1")
    assert UP_TO_DATE not in said
    assert '"101"' in (refs / "out" / "review.mmrefs.json").read_text("utf-8")


def test_a_build_that_stored_answers_is_built_once_more_then_skipped(
    online: tuple[Path, Fake],
) -> None:
    """The stamp holds the cache as the build found it: answers stored meanwhile (by this
    run or another) are checked by one more build, from the cache, before any skip."""
    refs, fake = online
    assert "files written" in build(refs)[1]
    asked = len(fake.hits)
    again = build(refs)[1]
    assert "files written" in again and len(fake.hits) == asked  # rebuilt from the cache
    assert UP_TO_DATE in build(refs)[1]
