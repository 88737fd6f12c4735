"""Shared by the integration tests: a local Crossref + E-utilities stand-in and its client."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from mmrefs import pipeline
from mmrefs.http import Client, Settings, open_cache
from mmrefs.model import Document, Resolution
from mmrefs.providers.crossref import Crossref
from mmrefs.providers.pubmed import PubMed
from mmrefs.testing.fakes import article_set, summary, work_list
from tests.conftest import RECORD, REVIEW

Handler = Callable[[Request], Response | None]


@dataclass
class Fake:
    """Crossref + E-utilities on one local server, with knobs for failure modes."""

    works: dict[str, dict[str, Any]] = field(default_factory=dict)
    search: Callable[[str], list[dict[str, Any]]] = lambda _: []
    pmids: dict[str, str] = field(default_factory=dict)  # citation key → PMID
    esearch: Callable[[str], list[str]] = lambda _: []
    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)  # ESummary documents
    articles: dict[str, str] = field(default_factory=dict)  # PMID → EFetch <PubmedArticle>
    before: list[Handler] = field(default_factory=list)  # one per request, in order
    fault: Handler = lambda _: None  # asked on every request; an answer replaces the real one
    hits: list[str] = field(default_factory=list)

    def handle(self, request: Request) -> Response:
        self.hits.append(f"{request.method} {request.full_path}")
        if self.before:
            answer = self.before.pop(0)(request)
            if answer is not None:
                return answer
        answer = self.fault(request)
        if answer is not None:
            return answer
        path, args = request.path, request.values  # query string or POST form
        if path.startswith("/crossref/works/"):
            item = self.works.get(path.removeprefix("/crossref/works/").lower())
            if item is None:
                return Response("Resource not found.", 404, content_type="text/plain")
            return Response(
                json.dumps({"status": "ok", "message-type": "work", "message": item}),
                content_type="application/json",
            )
        if path == "/crossref/works" and "filter" in args and "doi:" in args["filter"]:
            dois = [d.removeprefix("doi:") for d in args["filter"].split(",")]
            items = [self.works[d] for d in dois if d in self.works]
            return Response(work_list(items), content_type="application/json")
        if path == "/crossref/works":
            return Response(
                work_list(self.search(args.get("query.bibliographic", ""))),
                content_type="application/json",
            )
        if path == "/eutils/ecitmatch.cgi":
            lines = [line for line in args["bdata"].split("\r") if line]
            out = [f"{line}{self.pmids.get(line.split('|')[5], 'NOT_FOUND')}" for line in lines]
            return Response("\n".join(out) + "\n", content_type="text/plain")
        if path == "/eutils/esearch.fcgi":
            ids = self.esearch(args.get("term", ""))
            body = {
                "header": {"type": "esearch", "version": "0.3"},
                "esearchresult": {
                    "count": str(len(ids)),
                    "retmax": "3",
                    "retstart": "0",
                    "idlist": ids,
                    "translationset": [],
                    "querytranslation": "",
                },
            }
            return Response(json.dumps(body), content_type="application/json")
        if path == "/eutils/efetch.fcgi":
            ids = args["id"].split(",")
            return Response(
                article_set(self.articles[i] for i in ids if i in self.articles),
                content_type="text/xml",
            )
        if path == "/eutils/esummary.fcgi":
            ids = args["id"].split(",")
            return Response(
                summary({i: self.summaries[i] for i in ids if i in self.summaries}),
                content_type="application/json",
            )
        return Response("unexpected", 500)


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    """A temporary copy of the bundled inputs, for commands that write beside them."""
    target = tmp_path / "refs"
    target.mkdir()
    shutil.copy(REVIEW, target)
    shutil.copy(RECORD, target)
    return target


@pytest.fixture
def fake(httpserver: HTTPServer) -> Fake:
    state = Fake()
    httpserver.expect_request(re.compile(".*")).respond_with_handler(state.handle)
    return state


@pytest.fixture
def settings(httpserver: HTTPServer, tmp_path: Path) -> Settings:
    return local_settings(httpserver, tmp_path)


@pytest.fixture
def threaded(tmp_path: Path) -> Iterator[tuple[Fake, Settings]]:
    """A fake on a server that answers requests side by side, as the registries do (the
    `httpserver` fixture answers one request at a time)."""
    state = Fake()
    server = HTTPServer(threaded=True)
    server.expect_request(re.compile(".*")).respond_with_handler(state.handle)
    server.start()
    try:
        yield state, local_settings(server, tmp_path)
    finally:
        server.stop()


def local_settings(server: HTTPServer, tmp_path: Path) -> Settings:
    return Settings(
        crossref_url=server.url_for("/crossref"),
        eutils_url=server.url_for("/eutils"),
        mailto="reviewer@example.org",
        api_key="NCBI-KEY-123",
        cache_dir=tmp_path / "cache",
        timeout=(0.5, 0.5),
        max_wait=2.0,
    )


def run(
    doc: Document, settings: Settings, sleeps: list[float] | None = None
) -> tuple[list[Resolution], Client]:
    naps = sleeps if sleeps is not None else []
    client = Client(settings, open_cache(settings), sleep=naps.append)
    resolutions = pipeline.resolve(
        doc, Crossref(settings.crossref_url, client), PubMed(settings.eutils_url, client)
    )
    return resolutions, client


def subset(review: Document, *numbers: int) -> Document:
    refs = review.by_number()
    return replace(review, references=tuple(refs[n] for n in numbers))


def searching(name: str, answer: Response) -> Handler:
    """A fault for the bibliographic searches of one first author only: the references
    are searched concurrently, so a fault in request order would hit any of them."""
    return lambda r: answer if r.args.get("query.bibliographic", "").startswith(name) else None


def doi(n: int) -> str:
    return f"10.5555/mmrefs.{n}"
