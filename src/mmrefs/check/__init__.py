"""Citation-accuracy checks: named rules over a `Build`, each producing `Finding`s.

`run_checks` is the stage's one entry point; it returns the complete, ordered finding list
of a build (findings carried from parsing, the citation map and resolution, plus every
rule's own), each finding once. One module per family of rules: `carried` (earlier stages,
`citation.out-of-range`, `check.skipped.registry`), `citations` (`citation.uncited`,
`citation.order`), `narrative` (`citation.narrative-author`), `support` with `lexicon`
(`citation.off-topic`), `references` (`reference.incomplete`, `reference.duplicate`) and
`garbled` (`reference.garbled`).
"""

from mmrefs.check.engine import run_checks

__all__ = ["run_checks"]
