"""The architecture rules of DESIGN.md, checked on the source: imports only go downward,
stages on one floor never import each other, and the pure core never does I/O, reads the
environment or imports the shell's libraries."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "mmrefs"
LAYERS = {
    0: {"model", "errors", "text", "identifiers", "names", "keys"},
    1: {"formats"},
    2: {"match", "providers"},
    3: {"ingest", "dedupe", "resolve", "check", "report"},
    4: {"pipeline"},
    5: {"files", "http", "cli", "__main__", "testing"},
}
SHELL = 5
SIDEWAYS_ALLOWED = {0, SHELL}  # shared helpers and the shell may use their neighbours
SHELL_ONLY = {"requests", "requests_cache", "typer", "rich", "os", "subprocess", "socket"}
IO_CALLS = {"open", "input", "print"}


def layer_of(module: str) -> int:
    top = module.split(".")[0]
    return next(level for level, names in LAYERS.items() if top in names)


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).with_suffix("")
        parts = [p for p in rel.parts if p != "__init__"]
        if parts:
            out.append((".".join(parts), path))
    return out


def imported(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def violations(module: str, source: str) -> list[str]:
    """Every broken rule of one module: upward or sideways imports, shell libraries or I/O
    calls in the pure core."""
    tree = ast.parse(source)
    level = layer_of(module)
    found = []
    for name in sorted(imported(tree)):
        if name.startswith("mmrefs."):
            target = layer_of(name.removeprefix("mmrefs."))
            if target > level:
                found.append(f"{module} (layer {level}) imports {name} (layer {target})")
            same_package = name.split(".")[1] == module.split(".")[0]
            if target == level and level not in SIDEWAYS_ALLOWED and not same_package:
                found.append(f"{module} imports {name} sideways (both on floor {level})")
        elif level < SHELL and name.split(".")[0] in SHELL_ONLY:
            found.append(f"pure module {module} imports {name}")
    if level < SHELL and module.split(".")[0] != "providers":
        calls = {
            n.func.id
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
        }
        found += [f"pure module {module} calls {c}" for c in sorted(calls & IO_CALLS)]
    return found


@pytest.mark.parametrize(("module", "path"), modules(), ids=[m for m, _ in modules()])
def test_imports_go_downward_and_core_is_pure(module: str, path: Path) -> None:
    assert violations(module, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        ("report.html", "from mmrefs.check import run_checks", "sideways"),
        ("check.engine", "from mmrefs.ingest.citations import build_citation_map", "sideways"),
        ("dedupe.rules", "from mmrefs.resolve.resolver import resolve_references", "sideways"),
        ("match.verify", "from mmrefs.dedupe.engine import find_duplicates", "layer"),
        ("ingest.document", "import requests", "pure module"),
        ("check.support", "x = open('f')", "calls open"),
        ("report.html", "from mmrefs.report.common import finding_data", ""),
        ("cli.app", "from mmrefs.files import write_atomic", ""),
        ("check.engine", "from mmrefs.match.signature import signature_of", ""),
    ],
)
def test_the_rules_catch_what_they_forbid(module: str, source: str, broken: str) -> None:
    found = violations(module, source)
    assert (broken in " ".join(found)) if broken else found == [], found
