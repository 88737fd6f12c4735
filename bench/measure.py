"""What every benchmark reports: wall time of one call and the process's peak RSS."""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def measure(action: Callable[[], T]) -> tuple[T, float, float]:
    """Run `action` once; return its result, seconds taken and peak RSS in MiB."""
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    return result, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
