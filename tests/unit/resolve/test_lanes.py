"""The request lanes on the way out: an interrupted run is told at once."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest

from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.resolve.resolver import CROSSREF_LANES, lanes_for


def _unused(*_: object, **__: object) -> object:
    raise AssertionError("no request is made here")


def test_an_exception_leaves_the_lanes_without_waiting_for_the_work_in_flight() -> None:
    """Ctrl-C while a request is on the wire: the caller gets the interrupt now (and may
    stop the client) instead of after that request and all its retries."""
    started, release = threading.Semaphore(0), threading.Event()

    def on_the_wire() -> bool:
        started.release()
        return release.wait(30)

    busy: list[Future[bool]] = []
    crossref, pubmed = Crossref("http://x.invalid", _unused), PubMed("http://x.invalid", _unused)
    with pytest.raises(KeyboardInterrupt), lanes_for(crossref, pubmed) as lanes:
        busy = [lanes.xref.submit(on_the_wire) for _ in range(CROSSREF_LANES)]
        queued = lanes.xref.submit(lambda: True)
        assert all(started.acquire(timeout=10) for _ in busy)
        raise KeyboardInterrupt
    try:
        assert not any(f.done() for f in busy)  # still running: the lanes did not wait
        assert queued.cancelled()  # not sent at all
    finally:
        release.set()
    assert all(f.result(timeout=10) for f in busy)


def test_a_normal_exit_waits_for_the_work_in_flight() -> None:
    """Left normally, the lanes end only when the request on the wire has its answer."""
    started = threading.Event()

    def on_the_wire() -> bool:
        started.set()
        return not threading.Event().wait(0.2)  # an answer 0.2 s later

    crossref, pubmed = Crossref("http://x.invalid", _unused), PubMed("http://x.invalid", _unused)
    with lanes_for(crossref, pubmed) as lanes:
        busy = lanes.ncbi.submit(on_the_wire)
        assert started.wait(10)
    assert busy.done() and busy.result(timeout=0) is True
