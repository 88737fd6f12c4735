"""`mmrefs build` run again with nothing changed rebuilds nothing.

A build leaves a stamp in its folder: what it was built from (each input's bytes, the
options that shape results, the state of the HTTP cache file, mmrefs' own code and data,
the Python and the installed distributions) and what it wrote (each output's digest), with
the summary it printed. The next build compares. When every part is the same, no output was
edited or removed, and no cached answer the build used has expired, a new build would write
the same bytes, so it says so and stops; otherwise, or with `--rebuild`, it builds.

A stamp is written only for a settled build: one where every question put to a provider
was answered (a later run might reach one that did not, even if the other provider resolved
the reference meanwhile). It records the cache's state from before the build unless the
cache holds exactly the answers it held then (opening it may have created the file), so
answers another run stored meanwhile are never vouched for unseen; a build that stored
answers itself is therefore rebuilt once more, from the cache, before it is skipped. The
stamp is
removed before a build writes anything, so a build that stops half-way never leaves one
that vouches for files it did not finish. A stamp that cannot be read or written costs a
rebuild or a warning, never the build.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import mmrefs
from mmrefs.cli.shell import fails_at
from mmrefs.errors import OutputError
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
        """`--fail-on` over the counted findings, as `fail_on_code` answers it."""
        return fails_at((Severity(s) for s, n in self.counts.items() if n), fail_on)


def sources(settings: Settings, prefer: str, inputs: list[Path]) -> dict[str, str]:
    """Everything a build's outputs depend on, each part as a short string."""
    options = {  # the contact address and API key shape rates, not results: left out
        "crossref_url": settings.crossref_url,
        "eutils_url": settings.eutils_url,
        "offline": settings.offline,
        "cache_dir": _digest_text(str(settings.cache_dir.resolve())),
        "timeout": list(settings.timeout),
        "retries": settings.retries,
        "budget": settings.budget,
        "prefer": prefer,
    }
    parts = {
        "format": str(FORMAT),
        "mmrefs": mmrefs.__version__ + " " + tree_digest(Path(mmrefs.__file__).parent),
        "python": sys.version,
        "installed": _digest_text("\n".join(installed(sys.path))),
        "options": json.dumps(options, sort_keys=True),
        "cache": cache_state(settings),
    }
    # keyed by the path as given: it is the documents' `source`, printed in the outputs
    parts |= {f"input {path}": digest(path) for path in inputs}
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
        outputs = stamp["outputs"]
        if not isinstance(outputs, dict) or not outputs:
            return None
        if any(digest(folder / name) != sha for name, sha in outputs.items()):
            return None
        last = Previous(str(stamp["built"]), stamp["table"], stamp["counts"])
        return last if _well_formed(last) else None
    except Exception:  # a damaged, older or hand-edited stamp only costs a rebuild
        return None


def _well_formed(last: Previous) -> bool:
    """The table and counts as `record` writes them, so showing them cannot fail."""
    rows_ok = isinstance(last.table, list) and all(
        isinstance(row, list) and all(isinstance(cell, str) for cell in row) for row in last.table
    )
    severities = {str(s) for s in Severity}
    counts_ok = isinstance(last.counts, dict) and all(
        k in severities and isinstance(n, int) for k, n in last.counts.items()
    )
    return rows_ok and counts_ok


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
    try:
        text = json.dumps(stamp, indent=1, ensure_ascii=False) + "\n"
        write_atomic(folder / STAMP, text, force=True)
    except OutputError as exc:  # the build itself succeeded; the next one just runs again
        raise StampError(str(exc)) from exc


class StampError(Exception):
    """The stamp could not be written: worth a warning, not a failed build."""


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _digest_text(content: str) -> str:
    """The digest `files.digest` will read back: `write_atomic` writes UTF-8 as given."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest()
