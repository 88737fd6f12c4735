"""The only importer of requests/requests-cache: the cached, rate-limited client the
providers fetch through (`client`), its settings (`settings`) and the on-disk cache
(`cache`)."""

from mmrefs.http.cache import CACHE_NAME, CACHE_TTL, SECRETS, cache_info, clear_cache, open_cache
from mmrefs.http.client import Client
from mmrefs.http.settings import Settings

__all__ = [
    "CACHE_NAME",
    "CACHE_TTL",
    "SECRETS",
    "Client",
    "Settings",
    "cache_info",
    "clear_cache",
    "open_cache",
]
