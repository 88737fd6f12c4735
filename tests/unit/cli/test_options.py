"""The shared network options reach a command as one `Settings`, from flags and env."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from mmrefs.cli.options import network_command
from mmrefs.http import Settings

seen: list[tuple[str, Settings, str]] = []


@network_command
def probe(name: str = "x", *, settings: Settings, prefer: str) -> None:
    seen.append((name, settings, prefer))


app = typer.Typer()
app.command()(probe)


def test_flags_and_environment_become_settings(tmp_path: Path) -> None:
    seen.clear()
    args = ["--name", "y", "--timeout", "3", "--prefer", "registry", "--cache-dir", str(tmp_path)]
    result = CliRunner().invoke(app, args, env={"MMREFS_MAILTO": "a@example.org"})
    assert result.exit_code == 0, result.output
    ((name, settings, prefer),) = seen
    assert (name, prefer, settings.mailto, settings.cache_dir) == (
        "y",
        "registry",
        "a@example.org",
        tmp_path,
    )
    assert settings.timeout == (3.0, 3.0) and settings.offline is True  # conftest sets offline
