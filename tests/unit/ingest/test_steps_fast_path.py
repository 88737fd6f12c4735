"""`needs_trim` looks at a name's ends only; held to the `strip` comparisons it replaces."""

from __future__ import annotations

import itertools

from mmrefs.ingest.steps import needs_trim
from mmrefs.model import Author

PARTS = ("", " ", ",", ";", ".", "A", "Smith", " Smith", "Smith,", "A. R.;", "\t", "\u3000x", "x\n")


def spelled(author: Author) -> bool:
    return (
        author.family != author.family.strip(" ,;")
        or author.given != author.given.strip(" ,;")
        or author.suffix != author.suffix.strip(" ,;")
        or author.literal != author.literal.strip()
    )


def test_needs_trim_is_the_strip_comparison() -> None:
    for family, given, suffix, literal in itertools.product(PARTS, repeat=4):
        author = Author(family, given, suffix, literal)
        assert needs_trim(author) == spelled(author), author
