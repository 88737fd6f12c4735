"""What every provider needs from the network: one `fetch` call on an injected client.

The client (``mmrefs.http``) owns caching, rate limits, retries and identity; providers only
build requests and map answers, so they are tested against a local server unchanged.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from mmrefs.model import Record, Reference

_TAGS = re.compile(r"<[^>]+>")


Parse = Callable[[str], Any]


def _unparsed(text: str) -> Any:
    return text


@dataclass(frozen=True, slots=True)
class Reply:
    """One answer; `data` is what the request's `parse` made of a 200 body."""

    status: int
    text: str
    from_cache: bool = False
    data: Any = None


class Fetch(Protocol):
    def __call__(
        self,
        url: str,
        params: dict[str, str],
        kind: str,
        parse: Parse = _unparsed,
        post: bool = False,
    ) -> Reply:
        """GET `url` with `params` (or POST them as a form when `post`); `kind` names the
        rate-limit bucket (`list`, `single`, `eutils`).

        `parse` turns a 200 body into data and raises `PayloadError` when the body is not
        the documented format; the client then neither keeps nor returns that body but
        asks again, so a truncated reply is a passing fault, never a cached answer. Safe to
        call from several threads: the client keeps each bucket's rate and concurrency.
        """
        ...


class Searcher(Protocol):
    """What a further registry needs to offer to take part in resolution: a search that
    returns candidate records for one reference. Crossref satisfies it; an OpenAlex or a
    self-hosted biblio-glutton provider is one more module with this method (and its own
    `source` name), handed to the resolver as an extra searcher. Every candidate still goes
    through verification, so a new registry can add recall but never a wrong DOI."""

    def search(self, ref: Reference) -> list[Record]: ...


class PayloadError(ValueError):
    """A reply that is not the documented format (truncated JSON, broken XML)."""


def plain(text: str) -> str:
    """Markup-free text from a provider field (`<i>`, JATS tags, `&amp;`)."""
    return " ".join(html.unescape(_TAGS.sub("", text)).split())


def prose(text: str) -> str:
    """Markup-free running text (a JATS abstract): tags become spaces so that a heading
    and its paragraph do not run together."""
    return " ".join(html.unescape(_TAGS.sub(" ", text)).split())


def unbracket(title: str) -> str:
    """PubMed prints a translated title in square brackets (`[Plasma levels …].`);
    the words inside are the title."""
    bare = title.strip().rstrip(".").strip()
    if bare.startswith("[") and bare.endswith("]"):
        return bare[1:-1].strip().rstrip(".")
    return title.strip().rstrip(".")
