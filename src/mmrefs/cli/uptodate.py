"""`mmrefs build` run again with nothing changed rebuilds nothing.

A build leaves a stamp in its folder: what it was built from (each input's bytes, the
options that shape results, the state of the HTTP cache file, mmrefs' own code and data,
the Python and the installed distributions) and what it wrote (each output's digest), with
the summary it printed. The next build compares. When every part is the same, no output was
edited or removed, and no cached answer the build used has expired, a new build would write
the same bytes, so it says so and stops; otherwise, or with `--rebuild`, it builds.

A stamp is written only for a settled build: one where no reference was left unresolved
because a provider did not answer (a later run might reach it). It is removed before a
build writes anything, so a build that stops half-way never leaves a stamp that vouches for
files it did not finish.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import mmrefs
from mmrefs.files import (
    digest,
    file_state,
    installed,
    read_if_present,
    remove,
    tree_digest,
    write_atomic,
)
from mmrefs.http import CACHE_NAME, Settings
from mmrefs.model import Severity

STAMP = ".mmrefs-state.json"
FORMAT = 1


@dataclass(frozen=True)
class Previous:
    """What the last settled build printed, to say again when nothing changed."""

    built: str
    table: list[list[str]]
    counts: dict[str, int]  # findings per severity

    def fails(self, fail_on: str) -> int:
        """`--fail-on` over the counted findings: 1 when any reaches the threshold."""
        if fail_on == "never":
            return 0
        floor = Severity(fail_on).rank
        return 1 if any(n for s, n in self.counts.items() if Severity(s).rank >= floor) else 0


def sources(settings: Settings, prefer: str, inputs: list[Path]) -> dict[str, str]:
    """Everything a build's outputs depend on, each part as a short string."""
    options = {
        "crossref_url": settings.crossref_url,
        "eutils_url": settings.eutils_url,
        "offline": settings.offline,
        "cache_dir": str(settings.cache_dir.resolve()),
        "contact": _secret(settings.mailto + "\0" + settings.api_key),
        "timeout": list(settings.timeout),
        "retries": settings.retries,
        "budget": settings.budget,
        "prefer": prefer,
    }
    parts = {
        "format": str(FORMAT),
        "mmrefs": mmrefs.__version__ + " " + tree_digest(Path(mmrefs.__file__).parent),
        "python": sys.version,
        "installed": _secret("\n".join(installed(sys.path))),
        "options": json.dumps(options, sort_keys=True),
        "cache": cache_state(settings),
    }
    parts |= {f"input {path.name}": digest(path) for path in inputs}
    return parts


def cache_state(settings: Settings) -> str:
    return file_state(settings.cache_dir / CACHE_NAME)


def previous(folder: Path, now: dict[str, str], clock: datetime | None = None) -> Previous | None:
    """The last build's summary when its outputs are what a build now would write."""
    text = read_if_present(folder / STAMP)
    try:
        stamp = json.loads(text) if text else None
        if not isinstance(stamp, dict) or stamp.get("sources") != now:
            return None
        until = stamp["valid_until"]
        if until and datetime.fromisoformat(until) <= (clock or datetime.now(UTC)):
            return None
        outputs: dict[str, str] = stamp["outputs"]
        if any(digest(folder / name) != sha for name, sha in outputs.items()):
            return None
        return Previous(stamp["built"], stamp["table"], stamp["counts"])
    except (ValueError, KeyError, TypeError):  # a damaged or older stamp: build again
        return None


def forget(folder: Path) -> None:
    """Drop the stamp before a build writes anything."""
    remove(folder / STAMP)


def record(
    folder: Path,
    now: dict[str, str],
    written: dict[str, str],
    summary: Previous,
    valid_until: datetime | None,
) -> None:
    """Stamp a settled build: its sources, the digest of every file it wrote, its summary."""
    stamp = {
        "format": FORMAT,
        "note": "written by mmrefs build to skip a build when nothing changed; safe to delete",
        "built": summary.built,
        "sources": now,
        "outputs": {name: _digest_text(content) for name, content in sorted(written.items())},
        "table": summary.table,
        "counts": summary.counts,
        "valid_until": valid_until.isoformat() if valid_until else None,
    }
    write_atomic(folder / STAMP, json.dumps(stamp, indent=1, ensure_ascii=False) + "\n", force=True)


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _secret(value: str) -> str:
    """Keys and addresses shape rates, not results, but are kept out of the stamp anyway."""
    return hashlib.sha256(value.encode()).hexdigest()[:16]


def _digest_text(content: str) -> str:
    """The digest `files.digest` will read back: `write_atomic` writes UTF-8 as given."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest()
