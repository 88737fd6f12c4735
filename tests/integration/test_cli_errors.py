"""Bad input and hostile surroundings: one clear line, the right exit code, nothing lost.

Regression tests for the reliability issue: each row was a traceback, a silent drop or a
wrong exit code before. Some run the installed `mmrefs` in a subprocess, as a user would.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Request, Response

from mmrefs.cli import app
from mmrefs.http import CACHE_NAME
from tests.conftest import RECORD, REVIEW

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def mmrefs(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    return subprocess.run(
        [sys.executable, "-m", "mmrefs", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
        check=False,
    )


def one_clear_line(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("error:")


@pytest.mark.parametrize(
    "args",
    [
        ["parse", str(REVIEW), "-o", "/proc/mmrefs-test-out.json"],
        ["cite", str(REVIEW), "-o", "/proc/mmrefs-test-out.json"],
        ["build", "--refs-dir", str(REVIEW.parent), "--out-dir", "/proc/mmrefs-test-out"],
        ["dedupe", "/nonexistent/library.bib"],
        ["dedupe", str(REVIEW.parent)],
        ["parse", str(REVIEW.parent)],
        ["cite", str(RECORD)],
    ],
    ids=["parse-o", "cite-o", "build-out", "dedupe-missing", "dedupe-dir", "parse-dir", "cite-rec"],
)
def test_refusals_are_one_line_and_exit_2(args: list[str]) -> None:
    done = mmrefs(*args)
    assert done.returncode == 2, done.stderr
    one_clear_line(done.stderr)


def test_cite_on_a_record_file_says_there_is_no_body() -> None:
    result = runner.invoke(app, ["cite", str(RECORD)])
    assert result.exit_code == 2 and "no body text" in result.stderr


def test_a_cache_that_is_not_a_database(tmp_path: Path) -> None:
    (tmp_path / CACHE_NAME).write_bytes(b"not a database at all" * 50)
    env = {"MMREFS_CACHE_DIR": str(tmp_path)}
    for args in (["cache", "info"], ["resolve", str(RECORD)]):
        done = mmrefs(*args, env=env)
        assert done.returncode == 2 and "mmrefs cache clear" in done.stderr, done.stderr
        one_clear_line(done.stderr)
    assert mmrefs("cache", "clear", env=env).returncode == 0
    assert "0 responses" in mmrefs("cache", "info", env=env).stdout


def test_output_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "nodir" / "x.json"
    result = runner.invoke(app, ["parse", str(RECORD), "-o", str(target)])
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not (tmp_path / "nodir").exists()


def test_outputs_get_normal_permissions_and_keep_them_under_force(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    old = os.umask(0o022)
    try:
        assert runner.invoke(app, ["parse", str(RECORD), "-o", str(out)]).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        args = ["parse", str(RECORD), "-o", str(out), "--force"]
        assert runner.invoke(app, args).exit_code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
    finally:
        os.umask(old)


def test_stdin_and_version() -> None:
    result = runner.invoke(app, ["parse", "-", "-f", "ris"], input=RECORD.read_text("utf-8"))
    assert result.exit_code == 0 and result.stdout.startswith("TY  - JOUR")
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.stdout.startswith("mmrefs ")


def test_help_describes_format_and_shows_no_bool_metavars() -> None:
    for command in ("parse", "cite", "resolve", "dedupe", "check", "report"):
        text = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).stdout
        assert "--format" in text and "<bool>" not in text, command
        line = next(x for x in text.splitlines() if "--format" in x)
        assert len(line.split("--format", 1)[1].strip()) > 10, f"{command}: --format undescribed"


def test_repeated_messages_are_capped_with_a_count(tmp_path: Path) -> None:
    garbage = "References\n" + "".join(f"[{n}] ???\n" for n in range(1, 301))
    path = tmp_path / "bad.txt"
    path.write_text(garbage)
    result = runner.invoke(app, ["parse", str(path)])
    assert result.stderr.count("bad.txt:") <= 40
    assert "more parse.failed" in result.stderr


def test_fail_on_error_ignores_warnings(tmp_path: Path) -> None:
    lib = tmp_path / "lib.csv"
    lib.write_bytes("ID,title,author,year\n1,Caf\xe9 study,Smith J,2020\n".encode("cp1252"))
    assert runner.invoke(app, ["dedupe", str(lib), "--fail-on", "error"]).exit_code == 0
    assert runner.invoke(app, ["dedupe", str(lib), "--fail-on", "warning"]).exit_code == 1


def test_unreachable_providers_exit_3(tmp_path: Path) -> None:
    env = {
        "MMREFS_OFFLINE": "",
        "MMREFS_CROSSREF_URL": "http://127.0.0.1:9/crossref",
        "MMREFS_EUTILS_URL": "http://127.0.0.1:9/eutils",
        "MMREFS_CACHE_DIR": str(tmp_path),
    }
    result = runner.invoke(app, ["resolve", str(RECORD), "--fail-on", "error"], env=env)
    assert result.exit_code == 3, result.stderr
    assert "providers unavailable" in result.stderr
    offline = runner.invoke(app, ["resolve", str(RECORD), "--offline"], env=env)
    assert offline.exit_code == 0


def test_cache_folder_default(tmp_path: Path) -> None:
    env = {"MMREFS_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    outside = mmrefs("cache", "info", env=env, cwd=tmp_path)
    assert str(tmp_path / "xdg" / "mmrefs") in outside.stdout, outside.stderr
    inside = mmrefs("cache", "info", env=env, cwd=ROOT / "refs")
    assert str(ROOT / "cache" / CACHE_NAME) in inside.stdout, inside.stderr


def slow(request: Request) -> Response:
    time.sleep(0.4)
    return Response("\n", content_type="text/plain")


# `mmrefs` as a terminal starts it: with Ctrl-C's handler installed. A test runner started
# in the background of a shell (`pytest &`) hands its children SIGINT ignored, and Python
# then installs no handler, so the child would rightly go on after the signal.
_AS_A_TERMINAL_WOULD = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv[0] = 'mmrefs'; from mmrefs.__main__ import run; run()"
)


def test_ctrl_c_says_what_is_kept(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/eutils/ecitmatch.cgi").respond_with_handler(slow)
    httpserver.expect_request("/crossref/works").respond_with_handler(slow)
    env = {
        "MMREFS_OFFLINE": "",
        "MMREFS_CROSSREF_URL": httpserver.url_for("/crossref"),
        "MMREFS_EUTILS_URL": httpserver.url_for("/eutils"),
        "MMREFS_CACHE_DIR": str(tmp_path),
        "PYTHONFAULTHANDLER": "1",  # a hang is shown: SIGABRT prints every thread's stack
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", _AS_A_TERMINAL_WOULD, "resolve", str(REVIEW)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **env},
    )
    time.sleep(3.0)
    proc.send_signal(signal.SIGINT)
    try:  # requests in flight end, none is retried: seconds, not the retries' back-off
        _, stderr = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGABRT)  # never leave it asking the shared local server
        _, stderr = proc.communicate()
        pytest.fail(f"resolve went on for 30 s after Ctrl-C; where it was:\n{stderr[-8000:]}")
    assert proc.returncode == 130, stderr
    assert "interrupted" in stderr and "rerun to resume" in stderr and "Traceback" not in stderr


def test_a_bug_is_one_line_unless_debugging(monkeypatch: pytest.MonkeyPatch) -> None:
    from mmrefs import pipeline

    def broken(text: str, source: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "parse_text", broken)
    result = runner.invoke(app, ["parse", str(RECORD)])
    assert result.exit_code == 70 and "internal error" in result.stderr and "boom" in result.stderr
    monkeypatch.setenv("MMREFS_DEBUG", "1")
    assert isinstance(runner.invoke(app, ["parse", str(RECORD)]).exception, RuntimeError)


_HUGE_PAGES = "1" * 4400 + "-" + "2" * 4399  # `int` refuses a run of over 4,300 digits
_ODD_DIGITS = {  # `²` passes `str.isdigit`, and `int` refuses it
    "huge.txt": "References\n"
    + "".join(
        f"[{n}] Smith J. A book title here. London: Academic Press; 2017: {_HUGE_PAGES}.\n"
        for n in (1, 2)
    )
    + "[3] Lee K. Title words here. J Med. 2020;3:4-5.\n",
    "super.md": "Body text cites this^[\u00b2] and that [\u00b2,\u00b3] and [1].\n\nReferences\n"
    "[1] Lee K. Title words here. J Med. 2020;3:4-5.\n",
    "super.bib": "@article{a, title={A title of words}, author={Smith, J.}, year={\u00b2},"
    " pages={\u00b2-\u00b3}, number={\u00b2}, volume={1}, journal={J Med}}\n"
    "@article{b, title={A title of words}, author={Smith, J.}, year={2020},"
    " pages={\u00b2}, number={\u00b9\u00b2}, volume={1}, journal={J Med}}\n",
}


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("huge.txt", ["dedupe"]),
        ("huge.txt", ["check", "--offline"]),
        ("huge.txt", ["report", "--offline"]),
        ("super.md", ["cite"]),
        ("super.md", ["check", "--offline"]),
        ("super.md", ["report", "--offline"]),
        ("super.bib", ["dedupe"]),
        ("super.bib", ["dedupe", "--merge", "-f", "csl-json"]),
    ],
)
def test_odd_digit_runs_are_read_not_a_bug(tmp_path: Path, name: str, command: list[str]) -> None:
    """Each was an internal error (exit 70): `int` on a page range of 8,800 digits, on a
    superscript `²` in a mark, a page, an issue or a year."""
    path = tmp_path / name
    path.write_text(_ODD_DIGITS[name], encoding="utf-8")
    result = runner.invoke(app, [command[0], str(path), *command[1:]])
    assert result.exit_code == 0, result.output
