"""The command line loads the heavy stages only when a command runs them, so `--help` and
a build that is already up to date start quickly."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "mmrefs.ingest",
    "mmrefs.resolve",
    "mmrefs.report",
    "mmrefs.check",
    "mmrefs.formats",
    "mmrefs.pipeline.chain",
    "mmrefs.providers.crossref",
    "pypinyin",
    "requests_cache",
    "requests",
    "jinja2",
    "rapidfuzz",
    "rich.progress",
)


def loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after `statement`."""
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(done.stdout))


def test_the_command_line_imports_no_stage_until_a_command_runs() -> None:
    loaded = loaded_after("import mmrefs.cli.app")
    assert "typer" in loaded  # the probe works
    assert not [m for m in loaded if m.startswith(HEAVY)]


def test_the_pipeline_package_loads_a_stage_on_first_use() -> None:
    loaded = loaded_after("from mmrefs import pipeline")
    assert not [m for m in loaded if m.startswith(HEAVY)]
    used = loaded_after("from mmrefs import pipeline\npipeline.parse_text")
    assert "mmrefs.pipeline.chain" in used and "mmrefs.ingest.document" in used


def test_render_is_the_function_whichever_module_loads_first() -> None:
    """`pipeline.render` names a function; its module is `rendering`, so importing the module
    directly cannot replace the name with a module object."""
    from mmrefs import pipeline
    from mmrefs.pipeline import rendering

    assert pipeline.render is rendering.render and callable(pipeline.render)
