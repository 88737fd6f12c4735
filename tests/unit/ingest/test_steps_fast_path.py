"""The steps' shortcuts, held to the plain logic they replace: `needs_trim` looks at a
name's ends only, `text_step` is one loop, `apply_steps` runs the steps without a copy."""

from __future__ import annotations

import itertools
import random
from typing import Any

from mmrefs.ingest.normalize import clean_container
from mmrefs.ingest.steps import apply_steps, needs_trim, run_steps, text_step
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


VALUES = ("", " ", "Example J", "Example J.", "*Example J*.", " Example J", "A  B", "x;", ":", 0)


def plain_text_step(draft: dict[str, Any]) -> dict[str, Any]:
    """`text_step` as first written: the cleaned values, then those that changed."""
    out = {
        k: clean_container(str(draft[k]))
        for k in ("container", "publisher", "place")
        if draft.get(k)
    }
    return {k: v for k, v in out.items() if v != draft[k]}


def test_text_step_is_the_two_comprehensions() -> None:
    for container, publisher, place in itertools.product(VALUES, repeat=3):
        draft = {"container": container, "publisher": publisher, "place": place}
        changed, problem = text_step(draft)
        assert (changed, problem) == (plain_text_step(draft), None), draft


def random_draft(rng: random.Random) -> dict[str, Any]:
    """A draft as any reader might print it: clean and unclean values of every step."""
    choices: dict[str, tuple[Any, ...]] = {
        "doi": ("", "10.5555/x", "https://doi.org/10.5555/X.", "doi: 10.5555/y", "see it"),
        "pages": ("", "1802-24", "e2307852", "12", "12-18, 25"),
        "first_page": ("", "1802"),
        "year": ("", "2017", "2017a", "n.d."),
        "authors": ((), (Author("Smith,", "A."),), (Author("Cox", "C"), Author("", "", "", "X"))),
        "container": VALUES,
        "url": ("", "https://e.org/a."),
        "pmid": ("", "123", "PMID 123", "none"),
    }
    return {k: rng.choice(v) for k, v in choices.items() if rng.random() < 0.7}


def test_apply_steps_is_run_steps_in_place() -> None:
    """The entry parser's in-place run gives what `run_steps` gives, and `run_steps`
    still leaves the reader's draft as it was."""
    rng = random.Random(5)
    for _ in range(2000):
        draft = random_draft(rng)
        before = dict(draft)
        out, problems = run_steps(draft)
        assert draft == before
        assert apply_steps(draft) == problems and draft == out, before
