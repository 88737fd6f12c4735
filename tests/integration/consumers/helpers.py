"""Running the real consumers: Debian's biber, bibtool and pandoc, and npm's citeproc-js
and citation-js (installed by `npm ci --prefix tests/js`). A missing consumer fails the
test with the command that installs it; it never skips."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
JS = ROOT / "tests" / "js"
DATA = ROOT / "tests" / "data" / "exports"
NPM_INSTALL = "npm ci --prefix tests/js"


def run(cmd: list[str], cwd: Path, install: str) -> str:
    """Run a consumer; a missing one fails with the way to install it."""
    assert shutil.which(cmd[0]), f"{cmd[0]} is not installed: {install}"
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def node(script: str, *args: str) -> Any:
    """Run a script of tests/js with Node.js and read the JSON it prints."""
    wanted = ("citeproc", "@citation-js/core")
    missing = [p for p in wanted if not (JS / "node_modules" / p).is_dir()]
    assert not missing, f"npm packages {missing} are missing: run `{NPM_INSTALL}`"
    out = run(["node", str(JS / script), *args], JS, f"apt-get install nodejs; {NPM_INSTALL}")
    return json.loads(out)


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {str(item["id"]): item for item in items}
