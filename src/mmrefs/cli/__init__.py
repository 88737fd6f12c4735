"""The command line: the only place that prints, exits or reads the environment.

`app` holds one small module per command; `options` declares every shared option once and
`shell` owns printing, exit codes and error handling, so commands contain no domain logic.
"""

from mmrefs.cli.app import app, main

__all__ = ["app", "main"]
