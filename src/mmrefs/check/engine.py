"""Runs every rule family over a build and merges their findings with the carried ones.

The order is fixed, so two runs over one build list findings identically: carried findings
(parse, citation marks, resolution) first, then citation rules, claim support, reference
rules, and the note on registry checks that could not run. Each finding appears once.
"""

from __future__ import annotations

from collections.abc import Callable

from mmrefs.check.carried import carried, registry_skipped
from mmrefs.check.citations import order, uncited
from mmrefs.check.garbled import garbled
from mmrefs.check.narrative import narrative_authors
from mmrefs.check.references import duplicates, incomplete
from mmrefs.check.support import off_topic
from mmrefs.model import Build, Finding

Rule = Callable[[Build], tuple[Finding, ...]]

RULES: tuple[Rule, ...] = (
    carried,
    uncited,
    order,
    narrative_authors,
    off_topic,
    incomplete,
    garbled,
    duplicates,
    registry_skipped,
)


def run_checks(build: Build) -> tuple[Finding, ...]:
    """Every finding of the build, carried ones first, each once, in a stable order."""
    return tuple(dict.fromkeys(f for rule in RULES for f in rule(build)))
