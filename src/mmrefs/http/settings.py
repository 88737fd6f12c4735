"""What a run may ask of the registries: where, as whom, how fast, how long."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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

    def concurrency(self) -> dict[str, int]:
        """Requests in flight at once per bucket (Crossref: 3 in the polite pool, else 1)."""
        polite = 3 if self.mailto else 1
        return {"list": polite, "single": polite, "eutils": 3 if self.api_key else 1}
