"""`python -m mmrefs` and the `mmrefs` console script.

The commands are imported here, inside `run`, so that a Ctrl-C while they load (about a
second on a cold start) is one line and exit code 130, like a Ctrl-C anywhere later
(`cli.shell.guarded`), not a traceback.
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130  # as `cli.shell`, which cannot be imported before the interrupt


def run() -> None:
    """Load the commands, then run the one asked for."""
    try:
        from mmrefs.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    main()


if __name__ == "__main__":
    run()
