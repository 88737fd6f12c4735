"""Linearity of the GB/T imprint's pattern (`gbt7714.PUBLISHED`, `PUBLISHED_PLAIN`) on
long runs of spaces (no timer: a quadratic or cubic pattern would take minutes at these
lengths). The run after the imprint's year (`Example Press, 2001.` then spaces) was read
every way the optional pages, the closing stop and a part after the year's stop could
share it; the place and the publisher now end in no space and the closing spaces are
read one way, so each run is read once. Also this round's new patterns: a GB/T
journal's glosses in parentheses (`gbt7714.journal_without_glosses`), the Australian
bare year after dotted names (`grammars.dotted_bare_year_head`) and the Kluwer colon
before the year (`grammars.names_and_year`)."""

from __future__ import annotations

import pytest

from mmrefs.ingest.gbt7714 import PUBLISHED, PUBLISHED_PLAIN

RUN = 100_000
SPACES = " " * RUN


@pytest.mark.parametrize(
    "tail",
    [
        "Beijing: Example Press, 2001" + SPACES + "x",
        "Example Press, 2001." + SPACES + "x",
        "Beijing: Example Press, 2001, 12-15" + SPACES + "x",
        "Beijing: Example Press, 2001.1" + SPACES + "x",
        "Beijing: Example Press" + SPACES + "x",
        "Beijing" + SPACES + "x: Example Press" + SPACES + "2001.",
        "A. B" + SPACES + "x; 2001",
    ],
)
def test_a_long_run_of_spaces_in_an_imprint_finishes(tail: str) -> None:
    assert PUBLISHED.match(tail) is None
    assert PUBLISHED_PLAIN.match(tail) is None


def test_a_long_run_of_spaces_after_the_year_still_reads() -> None:
    found = PUBLISHED.match("Beijing: Example Press, 2001: 12-15" + SPACES)
    assert found is not None
    assert (found.group("place"), found.group("publisher")) == ("Beijing", "Example Press")
    assert (found.group("year"), found.group("pages")) == ("2001", "12-15")
    spread = PUBLISHED.match("Beijing: Example Press, 2001: 12" + SPACES + "x")
    assert spread is not None
    assert spread.group("pages") == "12" + SPACES + "x"  # as before: pages after the colon


def test_a_long_run_of_spaces_before_a_journal_gloss_finishes() -> None:
    from mmrefs.ingest.gbt7714 import journal_without_glosses

    assert journal_without_glosses("A" + SPACES + "x (S0960-1481)") == "A" + SPACES + "x"
    assert journal_without_glosses("Acta" + SPACES + "x (示例学报)") == "Acta" + SPACES + "x"
    assert journal_without_glosses("(" * RUN + ")").endswith(")")


def test_long_blocks_before_a_bare_year_finish() -> None:
    from mmrefs.ingest.styles.grammars import dotted_bare_year_head, names_and_year

    assert dotted_bare_year_head("Example, A. " * RUN) is None
    assert names_and_year("Example, A.: " * RUN) is None
