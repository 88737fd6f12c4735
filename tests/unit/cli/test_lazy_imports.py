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


def test_numpy_loads_only_when_the_fallback_reads() -> None:
    """The fallback's model needs NumPy; an entry a grammar reads with confidence never
    reaches it, so a list the grammars read never loads NumPy."""
    entry = "Doe JA, Roe B. An invented study of placeholders. J Invented Res. 2021;12:45-9."
    parse = (
        "from mmrefs.ingest.reflist import RawEntry\n"
        "from mmrefs.ingest.refparse import parse_entry\n"
        f"parse_entry(RawEntry(1, '[1]', {entry!r}, 1, 1), 't.txt')"
    )
    assert "numpy" not in loaded_after(parse)
    assert "numpy" in loaded_after(parse + "\nfrom mmrefs.ingest.learned import model\n"
                                   "model.tagger()")  # fmt: skip
