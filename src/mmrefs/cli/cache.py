"""`mmrefs cache info|clear`: the on-disk cache of provider answers."""

from __future__ import annotations

import typer

from mmrefs.cli.options import CacheDirOpt, cache_folder
from mmrefs.cli.shell import err, guarded
from mmrefs.http import cache_info, clear_cache

cache_app = typer.Typer(
    help="The on-disk HTTP cache of provider answers.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@cache_app.command("info")
def info(cache_dir: CacheDirOpt = None) -> None:
    """Where the cache is, its size and how many answers it holds."""

    def run() -> int:
        path, size, count = cache_info(cache_folder(cache_dir))
        typer.echo(f"{path}: {count} responses, {size / 1024:.0f} KiB")
        return 0

    guarded(run)


@cache_app.command("clear")
def clear(cache_dir: CacheDirOpt = None) -> None:
    """Delete every cached answer (the next run asks the providers again)."""

    def run() -> int:
        folder = cache_folder(cache_dir)
        freed = clear_cache(folder)
        err.print(f"cleared {folder} ({freed / 1024:.0f} KiB)")
        return 0

    guarded(run)
