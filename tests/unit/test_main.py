"""The entry point: a Ctrl-C while the commands load is one line and exit code 130."""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec

import pytest

from mmrefs.__main__ import EXIT_INTERRUPTED, run
from mmrefs.cli.shell import EXIT_INTERRUPTED as SHELL_EXIT_INTERRUPTED


class _Interrupting(importlib.abc.MetaPathFinder):
    """Ctrl-C pressed while `mmrefs.cli` is being imported."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: object = None
    ) -> ModuleSpec | None:
        if fullname == "mmrefs.cli":
            raise KeyboardInterrupt
        return None


def test_ctrl_c_while_the_commands_load_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "mmrefs.cli")
    monkeypatch.setattr(sys, "meta_path", [_Interrupting(), *sys.meta_path])
    with pytest.raises(SystemExit) as stopped:
        run()
    assert stopped.value.code == EXIT_INTERRUPTED == SHELL_EXIT_INTERRUPTED
    assert capsys.readouterr().err == "interrupted\n"


def test_the_console_script_runs_the_commands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["mmrefs", "--version"])
    with pytest.raises(SystemExit) as stopped:
        run()
    assert stopped.value.code == 0 and capsys.readouterr().out.strip()
