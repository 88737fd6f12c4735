"""APA's ellipsis before the last author (`people._NAMES_LEFT_OUT`) read in time linear in
a run of white space.

The pattern once tried its two overlapping runs of white space around an optional comma
at every space of a run that no ellipsis and letter followed: 1,000 spaces took 1.5 s,
12,000 did not return in ten minutes. No timers (they flake): the sizes are such that
the old pattern could not return. The data is invented.
"""

from __future__ import annotations

import pytest

from mmrefs.ingest.styles.people import _NAMES_LEFT_OUT, read_names

SPACES = 20_000


@pytest.mark.parametrize(
    "block",
    [
        " " * SPACES + "…" + " " * SPACES,
        "Sample, A.," + " " * SPACES + "x",
        "Sample, A.," + " " * SPACES + ", " + " " * SPACES + "… 2",
    ],
)
def test_a_run_of_spaces_without_a_name_after_the_ellipsis_is_left(block: str) -> None:
    assert _NAMES_LEFT_OUT.search(block) is None


def test_a_run_of_spaces_around_the_ellipsis_reads_the_last_author() -> None:
    block = "Sample, A.," + " " * SPACES + "… " + " " * SPACES + "Last, Z."
    names = read_names(block, True)
    assert [author.family for author in names.authors] == ["Sample", "Last"]
