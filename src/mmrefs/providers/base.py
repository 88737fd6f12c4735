"""What every provider needs from the network: one `fetch` call on an injected client.

The client (``mmrefs.http``) owns caching, rate limits, retries and identity; providers only
build requests and map answers, so they are tested against a local server unchanged.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Protocol

_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    text: str
    from_cache: bool = False


class Fetch(Protocol):
    def __call__(self, url: str, params: dict[str, str], kind: str) -> Reply:
        """GET `url` with `params`; `kind` names the rate-limit bucket (`list`, `single`)."""
        ...


class PayloadError(ValueError):
    """A reply that is not the documented format (truncated JSON, broken XML)."""


def plain(text: str) -> str:
    """Markup-free text from a provider field (`<i>`, JATS tags, `&amp;`)."""
    return " ".join(html.unescape(_TAGS.sub("", text)).split())
