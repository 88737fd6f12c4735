"""The exception tree. Inside the pipeline failures are values; these cross only to the CLI."""

from __future__ import annotations


class MmrefsError(Exception):
    """Base of every error mmrefs raises on purpose; the CLI maps it to an exit code."""

    exit_code = 1


class InputError(MmrefsError):
    """The input cannot be used: names the file and, where known, the line."""

    exit_code = 2

    def __init__(self, message: str, file: str = "", line: int | None = None) -> None:
        self.file = file
        self.line = line
        where = file + (f":{line}" if line else "")
        super().__init__(f"{where}: {message}" if where else message)


class OutputError(MmrefsError):
    """An output cannot be written (exists without --force, or the disk refused)."""

    exit_code = 2


class ProviderError(MmrefsError):
    """A provider could not answer (network down, bad payload after retries)."""

    exit_code = 3


class Offline(ProviderError):
    """Not in the cache, and the network is off (`--offline`) or unreachable."""


class RateLimited(ProviderError):
    """The provider said 429 and the retry budget ran out."""


class OutOfTime(ProviderError):
    """The run's network time budget is spent; what is cached is kept for the next run."""


class CacheError(MmrefsError):
    """The on-disk HTTP cache cannot be used (not a database, no permission)."""

    exit_code = 2


class UsageError(MmrefsError):
    """Options that contradict each other; nothing was read or written."""

    exit_code = 2
