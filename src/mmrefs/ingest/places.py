"""Place names (GeoNames, CC BY 4.0) for telling an imprint's place from its house.

`data/places.txt` lists cities of population >= 100,000 (with their accent-free and
Latin-script alternate names), countries and US states, one-word names that are common
English words left out; `bench/places_build.py` builds it. It is read once, when an imprint
first needs it, never at import.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def places() -> frozenset[str]:
    """Every name of `data/places.txt` (read once per process)."""
    text = files("mmrefs.ingest").joinpath("data/places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and line[0] != "#")


def is_place(name: str) -> bool:
    """Whether `name` is a city's, a country's or a US state's name."""
    return name in places()
