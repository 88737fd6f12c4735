"""Real reference strings (style-guide examples, `tests/data/corpus/guides/`) must parse
at least as well as the accuracy `bench/guides_bench.py` reported when this floor was
set: a regression gate on strings people typed, beside the rendered corpus sample.

The floors are the figures measured at the time, rounded down by about a point; raise
them when the parser gets better. `fresh.jsonl` was added after a round of fixes (its
rows measured as a whole first, 77.4%), so the floors fell when it joined; so did
`fresh2.jsonl` (62.8% measured blind, 76.0% after a round of fixes on its dev rows;
its held-out rows 68.5% → 73.7%, never looked at), and `fresh3.jsonl` (the first rows
from real works' reference lists, 77.0% measured blind) and `fresh4.jsonl` (more of
the same, 82.4% measured blind, collected while fresh3's dev rows were used for fixes,
which took fresh3 to 93.0% and fresh4 only to 84.0%), and `fresh5.jsonl` (79.4% blind at
the session's start, collected while fresh4's dev rows were used for fixes), and
`fresh6.jsonl` (75.9% blind, 76.1% after a round of fixes that took the older dev rows
from 93.0% to 97.0%), and `fresh7.jsonl` (84.3% blind, 88.6% after a second round and
the statistical fallback for refused entries), and `fresh8.jsonl` (84.5% blind, 93.8%
after two rounds on its dev rows, held-out 87.5% → 91.2%), and `fresh9.jsonl` (86.1%
blind, 88.1% after those rounds and the fallback replacing readings scored below 0.8), and
`fresh10.jsonl` (82.2% blind, 84.5% with the model retrained on fresh8 and fresh9's dev
rows and replacing readings scored below 0.9), and `fresh11.jsonl` (82.7% blind at the
session's start, 85.5% after that, a round on fresh9's dev rows and the model retrained
with fresh10's), and `fresh12.jsonl` (86.4% blind at the session's start, 88.4% after a
round on fresh11's dev rows, the model retrained with them and the fallback also reading
unlocated readings), and `fresh13.jsonl` (82.9% blind at the session's start, 84.4% at its
end, after those changes and a round on fresh12's dev rows; measured blind both times),
and `fresh14`–`fresh17` (75.7%, 84.6%, 81.0% and 82.2% blind; the later two joined with the
held-out total at 89.0%, just above its floor: a batch read as poorly will need the floor
lowered when it joins, as earlier batches did), `fresh18` (89.35% blind) and `fresh19`
(92.74% blind at its session's start; with it the held-out total read 89.60%, and the floor
was set to that rounded down to the next 0.005, by a rule declared before it existed), and
`fresh20` (90.85% blind at its session's start; the held-out total then read 90.02%, the
floor 0.900 by the same rule), and `fresh21` (83.67% blind at its session's start, most of
its author-date rows books, chapters and reports; the held-out total then read 89.82%,
the floor 0.895 by the same rule), and `fresh22` (81.14% blind at its session's start; the
held-out total then read 89.49% (8,051 of 8,996 fields), the floor 0.890 by the same
rule), and `fresh23` (84.10% blind at its session's start, 85.10% after the imprint reader;
the held-out total then read 89.94% (8,469 of 9,416 fields), the floor 0.895 by the same
rule), and `fresh24` (81.48% blind both before and after the journal-start reader; its
held-out rows 77.54%, so with it the held-out total read 89.49% (8,804 of 9,838 fields),
and the floor fell to 0.890 by the same rule), and `fresh25` (81.78% blind both before and
after the imprint span hand-over; the held-out total then read 89.19% (9,154 of 10,263
fields), the floor still 0.890 by the same rule), and `fresh26` (81.97% blind both before
and after the unlocated-container reader; the held-out total then read 89.12% (9,511 of
10,672 fields), the floor still 0.890 by the same rule), and `fresh27` (81.93% blind both
before and after the body-as-publisher reading; the held-out total then read 88.99% (9,761
of 10,969 fields), and the floor fell to 0.885 by the same rule), and `fresh28` (83.27%
blind after the comma-listed book tail, 83.17% before it; the held-out total then read
88.90% (10,099 of 11,360 fields), the floor still 0.885; the dev part, which holds each
batch's dev rows as they first read blind, read 94.97% (20,128 of 21,194), so its floor
fell from 0.95 to 0.945 by the same rule), and `fresh29` (79.93% blind before the
retrained model (SOURCES-fresh29.md), 79.89% after it; its held-out rows 71.95%, so with
it the held-out total read 88.42% (10,335 of 11,688 fields), and the floor fell to 0.880
by the same rule; the dev part read 94.56% (20,772 of 21,967), its floor still 0.945), and
`fresh30` (83.54% blind before the character-run features (SOURCES-fresh30.md); with it the
held-out total read 88.57% (12,005 fields), and the floor rose to 0.885 by the same rule;
the dev part read 95.06% (22,693 fields), and its floor rose to 0.950), and `fresh31` (a
training batch, SOURCES-fresh31.md: 81.95% as first read; with it the held-out total read
88.31% (12,663 fields), and the floor fell to 0.880; the dev part read 94.16% (24,268
fields), and its floor fell to 0.940). The BiLSTM-CRF fallback (cycle 11,
SOURCES-fresh30.md) raised the held-out total to 89.58% (11,369 of 12,691 fields), and
the floor rose to 0.895 by the same rule; the dev part read 94.27% (22,895 of 24,287),
its floor still 0.940; refused entries fell from 50 to 38. Then `fresh32` (84.45% blind,
read with that model before any other change, SOURCES-fresh32.md): with it the held-out
total read 89.47% (11,543 of 12,902 fields), and the floor fell to 0.890 by the same rule;
the dev part read 93.93% (23,666 of 25,195), and its floor fell to 0.935. Then `fresh33`
(80.35% blind, read once with the batched reader, SOURCES-fresh33.md): with it the held-out
total read 89.18% (11,821 of 13,255 fields), the floor still 0.890; the dev part read 93.57%
(24,302 of 25,972), its floor still 0.935.
`dev` rows are the ones parser fixes were made looking at; `held-out` rows (a third of the
sources) are not, and their floor is the honest measure of how the parser generalises.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from mmrefs.model import FailedEntry

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from labels import initials  # noqa: E402

from guides_bench import load, part_of, scored_rows  # noqa: E402

FLOOR = {"dev": 0.935, "held-out": 0.890}
# Since the statistical fallback (`learned`) reads refused entries: 13 of 2,573 rows were
# refused before fresh14 was added as it read (blind), with 8 more of its 202; 21 of 4,733
# before fresh25 joined as it read (blind), with 4 more of its 188, 2 more of fresh26's 196,
# 5 more of fresh27's 196, 2 more of fresh28's 181, 2 more of fresh29's 191, 3 more of
# fresh30's 196 and 11 more of fresh31's 388: 50 in all, which the BiLSTM-CRF fallback
# (cycle 11, SOURCES-fresh30.md) brought down to 38; 6 more of fresh32's 193 and 6 more
# of fresh33's 195.
MOST_REFUSED = 50


@pytest.fixture(scope="module")
def results() -> list[tuple[dict[str, Any], Any, dict[str, bool]]]:
    return scored_rows(load())


def test_the_set_covers_the_styles_the_issue_lists(
    results: list[tuple[dict[str, Any], Any, dict[str, bool]]],
) -> None:
    styles = {row["style"] for row, _, _ in results}
    assert {"vancouver", "ama", "apa", "harvard", "ieee", "nature", "gbt7714-numeric"} <= styles
    assert all(row["source"].startswith("http") for row, _, _ in results)


@pytest.mark.parametrize("part", ["dev", "held-out"])
def test_field_accuracy_per_part(
    results: list[tuple[dict[str, Any], Any, dict[str, bool]]], part: str
) -> None:
    verdicts = [v for row, _, v in results if part_of(row) == part]
    right = sum(sum(v.values()) for v in verdicts)
    counted = sum(len(v) for v in verdicts)
    assert right / counted >= FLOOR[part], f"{part}: {right}/{counted}"


def test_few_are_refused_and_none_loses_its_text(
    results: list[tuple[dict[str, Any], Any, dict[str, bool]]],
) -> None:
    refused = [row["id"] for row, parsed, _ in results if isinstance(parsed, FailedEntry)]
    assert len(refused) <= MOST_REFUSED, refused
    assert all(parsed.raw == row["text"] for row, parsed, _ in results)


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("Brooks B.", "BB"),
        ("J.-L.", "JL"),
        ("SV", "SV"),
        ("ŞY", "ŞY"),  # glued capitals of any script are initials, not a name
        ("ÉA", "ÉA"),
        ("Émile", "É"),
        ("Jo", "J"),
        ("Ngozi Adaeze", "NA"),
        ("상구", "상구"),  # Hangul given names stay whole, as the labels keep them
        ("晓东", "晓东"),
    ],
)
def test_the_scorer_reads_given_names_as_initials(given: str, want: str) -> None:
    assert initials(given) == want
