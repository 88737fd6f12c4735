"""The client every provider fetches through: cache first, identity, rate limits, retries.

Policy lives here once so providers stay pure: a reply already in the SQLite cache costs no
request and no wait; a real request waits for its bucket's rate (Crossref: lists 3/s and
single works 10/s with a contact address, 1/s and 5/s without; NCBI: 3/s, 10/s with a key)
and concurrency (3 at once in Crossref's polite pool, 1 outside it), obeys 429 and
`Retry-After`, and retries 5xx, timeouts, resets, refused connections and unreadable bodies
with bounded backoff. Only a reply that parses is stored, and a stored one that does not
parse is dropped and fetched again. A host is taken as unreachable only when every attempt
of a request failed to connect; a run stops asking once its time budget is spent. Contact
addresses and keys are left out of cache keys and redacted from the cache.

The client is shared by the resolver's threads (Crossref and NCBI run side by side), so
every piece of shared state sits behind one lock, and each thread has its own connection
session. requests and requests-cache are imported on first use, so `mmrefs --help` does not
pay for them.

A run that is interrupted calls `stop()`: every wait (a rate turn, a back-off, a 429's hold)
ends at once and no request is sent or retried after it, so Ctrl-C is answered in the time
of the requests already on the wire, never in the time of their remaining retries.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from mmrefs import __version__
from mmrefs.errors import Offline, OutOfTime, ProviderError, RateLimited
from mmrefs.http.cache import expiry
from mmrefs.http.settings import Settings
from mmrefs.providers.base import Parse, PayloadError, Reply

if TYPE_CHECKING:
    import requests_cache
    from requests import PreparedRequest, Response, Session


@dataclass(frozen=True, slots=True)
class _Call:
    """One request as the cache and the network see it."""

    url: str
    fields: dict[str, str]
    headers: dict[str, str]
    kind: str
    post: bool

    def prepared(self) -> PreparedRequest:
        import requests

        if self.post:
            request = requests.Request("POST", self.url, data=self.fields, headers=self.headers)
        else:
            request = requests.Request("GET", self.url, params=self.fields, headers=self.headers)
        return request.prepare()


@dataclass(frozen=True, slots=True)
class _Problem:
    """What went wrong with one attempt; `wait` is what a 429 asked for; `final` means
    asking again cannot help (the host name does not resolve: no network or no such host)."""

    text: str
    wait: float | None = None
    final: bool = False


# How urllib3 says a host name did not resolve (no network, or no such host). A retry a few
# seconds later would fail the same way, so the host is taken as unreachable at once.
_NO_SUCH_HOST = ("NameResolutionError", "Failed to resolve", "Name or service not known")


@dataclass
class Client:
    """A `Fetch` for the providers; counts the real (uncached) requests it makes, per
    endpoint, and the 429s it met."""

    settings: Settings
    session: requests_cache.CachedSession
    clock: Callable[[], float] = time.monotonic
    # Tests pass a recorder here; by default a wait is `_stopped.wait`, which `stop()` ends.
    sleep: Callable[[float], None] | None = None
    requests: int = 0
    unreachable: bool = False
    too_many: int = 0
    by_endpoint: Counter[str] = field(default_factory=Counter)
    # The soonest any answer this run used or stored expires: until then a run asking the
    # same questions gets the same answers (what `build` needs to know it is up to date).
    earliest_expiry: datetime | None = None
    # Questions a provider did not answer (unreachable, 5xx or 429 to the end, out of time).
    # The resolver may still resolve a reference through the other provider, so a run is
    # settled only when this stays 0, whatever the resolutions say.
    failed: int = 0
    stored: int = 0  # answers this client wrote to the cache
    _next: dict[str, float] = field(default_factory=dict)
    _slots: dict[str, threading.BoundedSemaphore] = field(default_factory=dict)
    _dead: set[str] = field(default_factory=set)  # hosts that never answered
    _started: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _local: threading.local = field(default_factory=threading.local)
    _stopped: threading.Event = field(default_factory=threading.Event)

    def __call__(
        self, url: str, params: dict[str, str], kind: str, parse: Parse = str, post: bool = False
    ) -> Reply:
        call = _Call(
            url, {**params, **self._identity(url)}, {"User-Agent": self._agent()}, kind, post
        )
        key = self.session.cache.create_key(call.prepared())
        cached = self._cached(key, parse)
        if cached is not None:
            return cached
        if self.settings.offline:
            raise Offline("not in the cache, and --offline asks no provider")
        try:
            if _host(url) in self._dead:
                raise Offline(f"not in the cache, and {_host(url)} did not answer")
            self._check_budget(url)
            return self._send(call, key, parse)
        except (Offline, OutOfTime, ProviderError, RateLimited):
            with self._lock:
                self.failed += 1
            raise

    def stop(self) -> None:
        """Ask nothing more: end every wait now and let no request start or retry (the run
        is being interrupted; what the cache holds is kept)."""
        self._stopped.set()

    def _pause(self, seconds: float) -> None:
        """Wait, unless the run is stopped (then return at once)."""
        if self.sleep is not None:
            self.sleep(seconds)
        else:
            self._stopped.wait(seconds)

    def _go_on(self) -> None:
        """Refuse to send once the run is stopped."""
        if self._stopped.is_set():
            raise OutOfTime("not asked: the run was interrupted")

    @property
    def cached(self) -> int:
        """How many answers the cache holds now (what an interrupted run keeps)."""
        return len(self.session.cache.responses)

    def _cached(self, key: str, parse: Parse) -> Reply | None:
        stored = self.session.cache.get_response(key)
        if stored is None or stored.is_expired:
            return None
        try:
            reply = Reply(stored.status_code, stored.text, True, _parsed(stored, parse))
        except PayloadError:  # stored before this rule, or damaged: ask again
            self.session.cache.delete(key)
            return None
        self._used(stored.expires)
        return reply

    def _used(self, expires: datetime | None) -> None:
        if expires is not None:
            with self._lock:
                soonest = self.earliest_expiry
                self.earliest_expiry = expires if soonest is None else min(soonest, expires)

    def _check_budget(self, url: str) -> None:
        with self._lock:
            now = self.clock()
            self._started = now if self._started is None else self._started
            spent = now - self._started
        if spent > self.settings.budget:
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

    def _slot(self, kind: str) -> threading.BoundedSemaphore:
        with self._lock:
            if kind not in self._slots:
                size = self.settings.concurrency().get(kind, 1)
                self._slots[kind] = threading.BoundedSemaphore(size)
            return self._slots[kind]

    def _wait_turn(self, call: _Call) -> None:
        """Reserve the next start time of the bucket under the lock, then sleep to it."""
        interval = 1.1 / self.settings.rates().get(call.kind, 1.0)  # 10% margin for skew
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(call.kind, now))
            self._next[call.kind] = start + interval
            self.requests += 1
            self.by_endpoint[_endpoint(call)] += 1
        if start > now:
            self._pause(start - now)

    def _hold_off(self, kind: str, wait: float) -> None:
        """A 429 holds back every thread of the bucket, not only the one that met it."""
        with self._lock:
            self.too_many += 1
            self._next[kind] = max(self._next.get(kind, 0.0), self.clock() + wait)

    def _send(self, call: _Call, key: str, parse: Parse) -> Reply:
        """Ask until a usable answer or the retries run out; only a usable one is stored."""
        problems: list[str] = []
        for attempt in range(self.settings.retries + 1):
            if _host(call.url) in self._dead:  # another thread gave up on this host
                raise Offline(f"{_host(call.url)}: not answering")
            self._go_on()
            with self._slot(call.kind):
                self._wait_turn(call)
                self._go_on()
                outcome = self._attempt(call, key, parse)
            if isinstance(outcome, Reply):
                return outcome
            problems.append(outcome.text)
            if outcome.final:
                break
            if outcome.wait is not None:
                self._hold_off(call.kind, outcome.wait)
            wait = 0.5 * 2**attempt if outcome.wait is None else outcome.wait
            self._pause(min(self.settings.max_wait, wait))
        return self._give_up(call.url, problems)

    def _network(self) -> Session:
        """One connection session per thread: requests' sessions are not thread-safe."""
        session: Session | None = getattr(self._local, "session", None)
        if session is None:
            import requests

            session = requests.Session()
            self._local.session = session
        return session

    def _attempt(self, call: _Call, key: str, parse: Parse) -> Reply | _Problem:
        """One request: a Reply, or what went wrong."""
        import requests

        try:
            response = self._network().send(call.prepared(), timeout=self.settings.timeout)
            text = response.text
        except requests.Timeout:
            return _Problem("timed out")
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            unresolved = any(m in str(exc) for m in _NO_SUCH_HOST)
            return _Problem(f"connection failed ({type(exc).__name__})", final=unresolved)
        if response.status_code == 429:
            return _Problem("429 Too Many Requests", self._retry_after(response))
        if response.status_code >= 500:
            return _Problem(f"HTTP {response.status_code}")
        try:
            data = _parsed(response, parse)
        except PayloadError as exc:
            return _Problem(f"unreadable reply ({exc})")
        if response.status_code in (200, 404):
            expires = expiry()
            self.session.cache.save_response(response, cache_key=key, expires=expires)
            self._used(expires)
            with self._lock:
                self.stored += 1
        return Reply(response.status_code, text, False, data)

    def _give_up(self, url: str, problems: list[str]) -> Reply:
        summary = f"{_host(url)}: {problems[-1]} after {len(problems)} attempts"
        if all(p.startswith("connection failed") for p in problems):
            self._dead.add(_host(url))
            self.unreachable = True
            raise Offline(summary)
        raise (RateLimited if problems[-1].startswith("429") else ProviderError)(summary)

    def _retry_after(self, response: Response) -> float:
        """`Retry-After` in seconds or as an HTTP date; otherwise 1 s (NCBI sends none)."""
        value = response.headers.get("Retry-After", "")
        wait = 1.0
        if value.strip().isdigit():
            wait = float(value)
        elif value:
            with contextlib.suppress(TypeError, ValueError):
                wait = parsedate_to_datetime(value).timestamp() - time.time()
        return max(0.0, min(wait, self.settings.max_wait))


def _parsed(response: Any, parse: Parse) -> object:
    return parse(response.text) if response.status_code == 200 else None


def _host(url: str) -> str:
    return url.split("/")[2] if "//" in url else url


def _endpoint(call: _Call) -> str:
    """`crossref works` (lists), `crossref works/{doi}`, `eutils efetch.fcgi`, …"""
    tail = call.url.rstrip("/").rsplit("/", 1)[-1]
    if tail.endswith("cgi"):
        return f"{'POST' if call.post else 'GET'} {tail}"
    return "GET works" if call.kind == "list" else "GET works/{doi}"
