"""The only importer of requests/requests-cache: cache, identity, rate limits, retries.

Policy lives here once so providers stay pure: a reply already in the SQLite cache costs no
request and no wait; a real request waits for its bucket's rate (Crossref: lists 3/s and
single works 10/s with a contact address, 1/s and 5/s without; NCBI: 3/s, 10/s with a key),
obeys 429 and `Retry-After`, and retries 5xx, timeouts, resets, refused connections and
unreadable bodies with bounded backoff. Only a reply that parses is stored, and a stored one
that does not parse is dropped and fetched again. A host is taken as unreachable only when
every attempt of a request failed to connect; a run stops asking once its time budget is
spent. Contact addresses and keys are left out of cache keys and redacted from the cache.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import requests
import requests_cache
from requests import Response

from mmrefs import __version__
from mmrefs.errors import CacheError, Offline, OutOfTime, ProviderError, RateLimited
from mmrefs.providers.base import Parse, PayloadError, Reply

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
    timeout: tuple[float, float] = (5.0, 15.0)  # connect, read (seconds)
    retries: int = 3
    max_wait: float = 30.0
    budget: float = 900.0  # seconds of network time a run may spend before it stops asking

    def rates(self) -> dict[str, float]:
        """Requests per second for each bucket, from the providers' published limits."""
        polite = bool(self.mailto)
        return {
            "list": 3.0 if polite else 1.0,
            "single": 10.0 if polite else 5.0,
            "eutils": 10.0 if self.api_key else 3.0,
        }


CACHE_TTL = timedelta(days=30)


def open_cache(settings: Settings) -> requests_cache.CachedSession:
    """The SQLite cache, checked once so a damaged file is one clear error, not a traceback."""
    path = settings.cache_dir / CACHE_NAME
    try:
        settings.cache_dir.mkdir(parents=True, exist_ok=True)
        session = requests_cache.CachedSession(
            str(path),
            backend="sqlite",
            ignored_parameters=SECRETS,
            allowable_codes=(200, 404),
            expire_after=CACHE_TTL,
        )
        len(session.cache.responses)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise CacheError(
            f"{path}: cannot use the HTTP cache ({exc}); run `mmrefs cache clear` "
            "(or pass --cache-dir) to start a new one"
        ) from exc
    return session


def cache_info(cache_dir: Path) -> tuple[Path, int, int]:
    """(file, bytes, stored responses); a missing cache is (file, 0, 0)."""
    path = cache_dir / CACHE_NAME
    if not path.exists():
        return path, 0, 0
    session = open_cache(Settings(cache_dir=cache_dir))
    return path, path.stat().st_size, len(session.cache.responses)


def clear_cache(cache_dir: Path) -> int:
    """Delete the cache file, even a damaged one; returns the bytes freed."""
    path = cache_dir / CACHE_NAME
    size = path.stat().st_size if path.exists() else 0
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
    _started: float | None = None
    _retry_wait: float = 0.0  # what the last 429 asked us to wait

    def __call__(self, url: str, params: dict[str, str], kind: str, parse: Parse = str) -> Reply:
        query = {**params, **self._identity(url)}
        headers = {"User-Agent": self._agent()}
        cached = self.session.get(url, params=query, headers=headers, only_if_cached=True)
        if cached.status_code != 504:
            try:
                return Reply(cached.status_code, cached.text, True, _parsed(cached, parse))
            except PayloadError:  # stored before this rule, or damaged: ask again
                self.session.cache.delete(requests=[cached.request])
        if self.settings.offline or self.unreachable:
            raise Offline(f"{_host(url)}: not in the cache and the network is off")
        self._check_budget(url)
        return self._send(url, query, headers, kind, parse)

    @property
    def cached(self) -> int:
        """How many answers the cache holds now (what an interrupted run keeps)."""
        return len(self.session.cache.responses)

    def _check_budget(self, url: str) -> None:
        now = self.clock()
        self._started = now if self._started is None else self._started
        if now - self._started > self.settings.budget:
            raise OutOfTime(
                f"{_host(url)}: the run's time budget of {self.settings.budget:.0f} s is spent; "
                "rerun to go on from the cache"
            )

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

    def _send(
        self, url: str, query: dict[str, str], headers: dict[str, str], kind: str, parse: Parse
    ) -> Reply:
        """Ask until a usable answer or the retries run out; only a usable one is stored."""
        problems: list[str] = []
        for attempt in range(self.settings.retries + 1):
            self._wait_turn(kind)
            self.requests += 1
            outcome = self._attempt(url, query, headers, parse)
            if isinstance(outcome, Reply):
                return outcome
            problems.append(outcome)
            wait = 0.5 * 2**attempt
            if outcome.startswith("429"):
                wait = self._retry_wait
            self.sleep(min(self.settings.max_wait, wait))
        return self._give_up(url, problems)

    def _attempt(
        self, url: str, query: dict[str, str], headers: dict[str, str], parse: Parse
    ) -> Reply | str:
        """One request: a Reply, or a short description of what went wrong."""
        try:
            with self.session.cache_disabled():
                response = self.session.get(
                    url, params=query, headers=headers, timeout=self.settings.timeout
                )
                text = response.text
        except requests.Timeout:
            return "timed out"
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            return f"connection failed ({type(exc).__name__})"
        if response.status_code == 429:
            self._retry_wait = self._retry_after(response, 0)
            return "429 Too Many Requests"
        if response.status_code >= 500:
            return f"HTTP {response.status_code}"
        try:
            data = _parsed(response, parse)
        except PayloadError as exc:
            return f"unreadable reply ({exc})"
        if response.status_code in (200, 404):
            self.session.cache.save_response(response, expires=_expiry())
        return Reply(response.status_code, text, False, data)

    def _give_up(self, url: str, problems: list[str]) -> Reply:
        summary = f"{_host(url)}: {problems[-1]} after {len(problems)} attempts"
        if all(p.startswith("connection failed") for p in problems):
            self.unreachable = True
            raise Offline(summary)
        raise (RateLimited if problems[-1].startswith("429") else ProviderError)(summary)

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


def _parsed(response: Response, parse: Parse) -> object:
    return parse(response.text) if response.status_code == 200 else None


def _expiry() -> datetime:
    return datetime.now(UTC) + CACHE_TTL


def _host(url: str) -> str:
    return url.split("/")[2] if "//" in url else url
