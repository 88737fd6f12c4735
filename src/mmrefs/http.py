"""The only importer of requests/requests-cache: cache, identity, rate limits, retries.

Policy lives here once so providers stay pure: a reply already in the SQLite cache costs no
request and no wait; a real request waits for its bucket's rate (Crossref: lists 3/s and
single works 10/s with a contact address, 1/s and 5/s without; NCBI: 3/s, 10/s with a key),
obeys 429 and `Retry-After`, and retries 5xx and timeouts with bounded backoff. Contact
addresses and keys are left out of cache keys and redacted from what the cache stores.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import requests
import requests_cache
from requests import Response

from mmrefs import __version__
from mmrefs.errors import Offline, ProviderError, RateLimited
from mmrefs.providers.base import Reply

SECRETS = ["mailto", "email", "tool", "api_key", "User-Agent"]
CACHE_NAME = "http-cache.sqlite"


@dataclass
class Settings:
    crossref_url: str = "https://api.crossref.org"
    eutils_url: str = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
    mailto: str = ""
    api_key: str = ""
    cache_dir: Path = Path("cache")
    offline: bool = False
    timeout: tuple[float, float] = (3.05, 20.0)
    retries: int = 3
    max_wait: float = 30.0

    def rates(self) -> dict[str, float]:
        """Requests per second for each bucket, from the providers' published limits."""
        polite = bool(self.mailto)
        return {
            "list": 3.0 if polite else 1.0,
            "single": 10.0 if polite else 5.0,
            "eutils": 10.0 if self.api_key else 3.0,
        }


def open_cache(settings: Settings) -> requests_cache.CachedSession:
    settings.cache_dir.mkdir(parents=True, exist_ok=True)
    return requests_cache.CachedSession(
        str(settings.cache_dir / CACHE_NAME),
        backend="sqlite",
        ignored_parameters=SECRETS,
        allowable_codes=(200, 404),
        expire_after=timedelta(days=30),
        stale_if_error=True,
    )


def cache_info(cache_dir: Path) -> tuple[Path, int, int]:
    """(file, bytes, stored responses); a missing cache is (file, 0, 0)."""
    path = cache_dir / CACHE_NAME
    if not path.exists():
        return path, 0, 0
    session = requests_cache.CachedSession(str(path), backend="sqlite")
    return path, path.stat().st_size, len(list(session.cache.responses.keys()))


def clear_cache(cache_dir: Path) -> int:
    path, size, _ = cache_info(cache_dir)
    path.unlink(missing_ok=True)
    return size


@dataclass
class Client:
    """A `Fetch` for the providers; counts the real (uncached) requests it makes."""

    settings: Settings
    session: requests_cache.CachedSession
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    requests: int = 0
    unreachable: bool = False
    _next: dict[str, float] = field(default_factory=dict)

    def __call__(self, url: str, params: dict[str, str], kind: str) -> Reply:
        query = {**params, **self._identity(url)}
        headers = {"User-Agent": self._agent()}
        cached = self.session.get(url, params=query, headers=headers, only_if_cached=True)
        if cached.status_code != 504:
            return Reply(cached.status_code, cached.text, True)
        if self.settings.offline or self.unreachable:
            raise Offline(f"{_host(url)}: not in the cache and the network is off")
        return self._send(url, query, headers, kind)

    def _identity(self, url: str) -> dict[str, str]:
        s = self.settings
        if url.startswith(s.eutils_url.rstrip("/")):
            out = {"tool": "mmrefs"}
            out |= {"email": s.mailto} if s.mailto else {}
            return out | ({"api_key": s.api_key} if s.api_key else {})
        return {"mailto": s.mailto} if s.mailto else {}

    def _agent(self) -> str:
        contact = f" (mailto:{self.settings.mailto})" if self.settings.mailto else ""
        return f"mmrefs/{__version__}{contact}"

    def _wait_turn(self, kind: str) -> None:
        interval = 1.1 / self.settings.rates().get(kind, 1.0)  # 10% margin for clock skew
        now = self.clock()
        start = max(now, self._next.get(kind, now))
        if start > now:
            self.sleep(start - now)
        self._next[kind] = start + interval

    def _send(self, url: str, query: dict[str, str], headers: dict[str, str], kind: str) -> Reply:
        last = ""
        for attempt in range(self.settings.retries + 1):
            self._wait_turn(kind)
            self.requests += 1
            try:
                response = self.session.get(
                    url, params=query, headers=headers, timeout=self.settings.timeout
                )
            except requests.Timeout:
                last = "timed out"
            except requests.ConnectionError as exc:
                self.unreachable = True
                raise Offline(f"{_host(url)}: unreachable ({type(exc).__name__})") from exc
            else:
                if response.status_code == 429:
                    last = "429 Too Many Requests"
                    self.sleep(self._retry_after(response, attempt))
                    continue
                if response.status_code < 500:
                    return Reply(response.status_code, response.text, False)
                last = f"HTTP {response.status_code}"
            self.sleep(min(self.settings.max_wait, 0.5 * 2**attempt))
        error = RateLimited if last.startswith("429") else ProviderError
        raise error(f"{_host(url)}: {last} after {self.settings.retries + 1} attempts")

    def _retry_after(self, response: Response, attempt: int) -> float:
        """`Retry-After` in seconds or as an HTTP date; otherwise exponential backoff."""
        value = response.headers.get("Retry-After", "")
        wait = 2.0**attempt
        if value.strip().isdigit():
            wait = float(value)
        elif value:
            with contextlib.suppress(TypeError, ValueError):
                wait = parsedate_to_datetime(value).timestamp() - time.time()
        return max(0.0, min(wait, self.settings.max_wait))


def _host(url: str) -> str:
    return url.split("/")[2] if "//" in url else url
