"""Silence one third-party library's logger for the length of a read.

bibtexparser logs each broken block and pdfminer each font quirk it works around, to
stderr when the application set up no logging; mmrefs reports what matters itself, with
file and line. Only the named logger is raised, and only for the read, so every other
logger stays as the application configured it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def quiet_logger(name: str) -> Iterator[None]:
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(level)
