"""The on-disk HTTP cache (requests-cache over SQLite): where it lives, how long an answer
keeps, and what is left out of its keys (contact addresses and API keys)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from mmrefs.errors import CacheError
from mmrefs.http.settings import Settings

if TYPE_CHECKING:
    import requests_cache

SECRETS = ["mailto", "email", "tool", "api_key", "User-Agent"]
CACHE_NAME = "http-cache.sqlite"
CACHE_TTL = timedelta(days=30)


def open_cache(settings: Settings) -> requests_cache.CachedSession:
    """The SQLite cache, checked once so a damaged file is one clear error, not a traceback."""
    import requests_cache

    path = settings.cache_dir / CACHE_NAME
    try:
        settings.cache_dir.mkdir(parents=True, exist_ok=True)
        session = requests_cache.CachedSession(
            str(path),
            backend="sqlite",
            ignored_parameters=SECRETS,
            allowable_codes=(200, 404),
            allowable_methods=("GET", "HEAD", "POST"),
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


def expiry() -> datetime:
    """When an answer stored now stops being used."""
    return datetime.now(UTC) + CACHE_TTL
