"""The resolver under the faults real servers show (issue: nothing lost under faults).

Each test is a regression test for one observed collapse: a failure leaking into every later
reference, truncated replies cached, one reset ending the run, unbounded stalls.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from mmrefs.http import CACHE_NAME, Settings, open_cache
from mmrefs.model import Document, ResolutionStatus
from mmrefs.testing.fakes import crossref_work
from mmrefs.testing.faults import faulty_proxy
from tests.integration.conftest import Fake, doi, run, searching, subset

NUMBERS = (96, 98, 99, 100, 101)


def searchable(review: Document, fake: Fake) -> Document:
    """Five references the fake finds only through the bibliographic search."""
    doc = subset(review, *NUMBERS)
    refs = doc.by_number()
    fake.search = lambda q: [
        crossref_work(refs[n], doi(n))
        for n in NUMBERS
        if refs[n].authors and refs[n].authors[0].family.lower() in q.lower()
    ]
    return doc


def test_one_failed_step_does_not_turn_later_references_into_errors(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = searchable(review, fake)
    fake.fault = searching("WANG", Response('{"status":"ok","mess', 200))  # [96]'s search only
    resolutions, _ = run(doc, settings)
    statuses = [r.status for r in resolutions]
    assert statuses[0] == ResolutionStatus.ERROR
    assert statuses[1:] == [ResolutionStatus.RESOLVED] * 4


def test_a_truncated_reply_is_retried_and_never_cached(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = searchable(review, fake)
    fake.before = [lambda r: None, lambda r: Response('{"status":"ok","mess', 200)]
    first, _ = run(doc, settings)
    assert {r.status for r in first} == {ResolutionStatus.RESOLVED}
    again, client = run(doc, replace(settings, offline=True))
    assert client.requests == 0 and again == first


def test_an_unreadable_cached_reply_is_dropped_and_fetched_again(
    review: Document, fake: Fake, settings: Settings, httpserver: HTTPServer
) -> None:
    doc = searchable(review, fake)
    first, _ = run(doc, settings)
    session = open_cache(settings)
    for key in list(session.cache.responses.keys()):  # damage every stored body
        stored = session.cache.responses[key]
        stored._content = b'{"status":"ok","mess'
        session.cache.responses[key] = stored
    again, client = run(doc, settings)
    assert again == first and client.requests > 0


@pytest.mark.parametrize("fault", ["reset", "500", "503", "504", "truncate", "stall"])
def test_each_fault_is_retried_like_a_5xx(
    review: Document, fake: Fake, settings: Settings, httpserver: HTTPServer, fault: str
) -> None:
    doc = searchable(review, fake)
    clean, _ = run(doc, settings)
    with faulty_proxy((httpserver.host, httpserver.port), schedule=[fault] * 2, stall=1.0) as px:
        proxied = replace(
            settings,
            crossref_url=px.url("/crossref"),
            eutils_url=px.url("/eutils"),
            cache_dir=settings.cache_dir.parent / f"cache-{fault}",
        )
        faulty, client = run(doc, proxied)
    assert px.injected == [fault, fault]
    assert [r.status for r in faulty] == [r.status for r in clean]
    assert [r.doi for r in faulty] == [r.doi for r in clean]
    assert not client.unreachable


def test_only_a_host_that_never_answers_is_offline(review: Document, settings: Settings) -> None:
    dead = replace(
        settings,
        crossref_url="http://127.0.0.1:9/crossref",
        eutils_url="http://127.0.0.1:9/eutils",
    )
    resolutions, client = run(subset(review, *NUMBERS), dead)
    assert {r.status for r in resolutions} == {ResolutionStatus.OFFLINE}
    assert client.unreachable
    # Crossref and NCBI are asked side by side: at most one request's attempts each
    assert client.requests <= 2 * (dead.retries + 1)


def test_the_time_budget_stops_asking_and_says_so(
    review: Document, fake: Fake, settings: Settings
) -> None:
    doc = searchable(review, fake)
    resolutions, client = run(doc, replace(settings, budget=-1.0))
    assert client.requests == 0
    assert {r.status for r in resolutions} == {ResolutionStatus.ERROR}
    assert all("time budget" in dict(r.evidence)["detail"] for r in resolutions)


def test_a_cache_file_that_is_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    from mmrefs.errors import CacheError

    (tmp_path / CACHE_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CacheError, match="mmrefs cache clear"):
        open_cache(Settings(cache_dir=tmp_path))


def test_a_killed_run_resumes_from_the_cache(
    review: Document, fake: Fake, settings: Settings, httpserver: HTTPServer, tmp_path: Path
) -> None:
    """SIGKILL half-way: every answer stored before the kill is reused by the next run."""
    refs = review.by_number()
    numbers = range(96, 104)
    listing = "References\n" + "".join(f"[{n}] {refs[n].raw}\n" for n in numbers)
    source = tmp_path / "list.txt"
    source.write_text(listing, encoding="utf-8")
    fake.search = lambda q: [
        crossref_work(refs[n], doi(n))
        for n in numbers
        if refs[n].authors and refs[n].authors[0].family.lower() in q.lower()
    ]
    fake.before = [lambda r: (time.sleep(0.2), None)[1]] * 1000  # every reply takes 0.2 s
    env = {
        **os.environ,
        "MMREFS_OFFLINE": "",
        "MMREFS_MAILTO": "reviewer@example.org",
        "MMREFS_CROSSREF_URL": settings.crossref_url,
        "MMREFS_EUTILS_URL": settings.eutils_url,
        "MMREFS_CACHE_DIR": str(tmp_path / "cache"),
    }
    command = [sys.executable, "-m", "mmrefs", "resolve", str(source), "--force", "-o"]
    proc = subprocess.Popen([*command, str(tmp_path / "killed.json")], env=env)
    while len(fake.hits) < 4:
        time.sleep(0.05)
    proc.kill()
    proc.wait(timeout=10)
    before_kill = len(fake.hits)
    subprocess.run([*command, str(tmp_path / "resumed.json")], env=env, check=True, timeout=120)
    resumed = json.loads((tmp_path / "resumed.json").read_text())
    env["MMREFS_CACHE_DIR"] = str(tmp_path / "fresh-cache")
    subprocess.run([*command, str(tmp_path / "cold.json")], env=env, check=True, timeout=120)
    cold = json.loads((tmp_path / "cold.json").read_text())
    assert resumed["requests"] < cold["requests"] <= before_kill + resumed["requests"]
    assert resumed["references"] == cold["references"]


def test_a_host_name_that_does_not_resolve_is_offline_at_once(settings: Settings) -> None:
    """No network on a fresh machine: DNS fails at once, and asking again cannot help."""
    import requests

    from mmrefs.errors import Offline
    from mmrefs.http import Client

    class NoDns:
        def send(self, *_: object, **__: object) -> None:
            raise requests.ConnectionError(
                "Failed to resolve 'api.example.org' (NameResolutionError)"
            )

    client = Client(settings, open_cache(settings))
    client._local.session = NoDns()
    with pytest.raises(Offline):
        client(settings.crossref_url + "/works", {"query": "x"}, "list")
    assert client.requests == 1 and client.unreachable


def test_stop_ends_a_back_off_at_once_and_sends_nothing_more(settings: Settings) -> None:
    """Ctrl-C while a request waits out a 429's `Retry-After`: `stop()` ends the wait, and
    the request is not asked again (the wait would otherwise hold the run for 25 s)."""
    import requests

    from mmrefs.errors import OutOfTime
    from mmrefs.http import Client

    answered = threading.Event()

    class TooMany:
        def send(self, *_: object, **__: object) -> requests.Response:
            response = requests.Response()
            response.status_code, response._content = 429, b""
            response.headers["Retry-After"] = "25"
            answered.set()
            return response

    client = Client(replace(settings, max_wait=30.0), open_cache(settings))  # real waits
    outcome: list[BaseException] = []

    def ask() -> None:
        client._local.session = TooMany()
        try:
            client(settings.crossref_url + "/works", {"query": "x"}, "list")
        except BaseException as exc:
            outcome.append(exc)

    asking = threading.Thread(target=ask)
    asking.start()
    assert answered.wait(10)
    client.stop()
    asking.join(timeout=10)
    assert not asking.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], OutOfTime)
    assert client.requests == 1 and client.failed == 1
