"""Citation-accuracy checks: named rules over a `Build`, each producing `Finding`s.

`run_checks` is the stage's one entry point; it returns the complete, ordered finding list
of a build (findings carried from parsing, the citation map and resolution, plus every
rule's own), each finding once.
"""

from mmrefs.check.engine import run_checks

__all__ = ["run_checks"]
