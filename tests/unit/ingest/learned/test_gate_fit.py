"""The gate's measurement (`bench/gate_fit.py`, declined in SOURCES-fresh29.md) judges an
entry's scope as production does, before the re-reading steps, and its logistic fit
learns what the data says: a review found the first run judged "unlocated" after the
steps, which fill places and houses."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from gate_fit import fit, grammar_reading, head_of, sigmoid  # noqa: E402
from mmrefs.ingest import refparse  # noqa: E402

# Invented, as in test_refparse_policy: a last sentence read as a journal, nothing after.
UNLOCATED = "Doe, J. (2019). A study of invented widgets. Widget Quarterly."
IMPRINTED = "Doe, J. (2019). A study of invented widgets. London: Example Press."


def test_the_scope_is_judged_on_the_grammars_reading_before_the_steps() -> None:
    found = grammar_reading(UNLOCATED)
    assert found is not None
    reading, unlocated = found
    assert unlocated and reading.get("container") == "Widget Quarterly"
    imprinted = grammar_reading(IMPRINTED)
    assert imprinted is not None and not imprinted[1]


def test_an_entry_every_grammar_refuses_is_out_of_the_scope() -> None:
    assert grammar_reading("Page 12 of 30, printed") is None


def test_the_judgement_is_the_one_production_hands_over_by() -> None:
    # production hands the unlocated reading to the model; the gate's scope agrees
    assert refparse.LEARNED_REPLACES_UNLOCATED
    found = grammar_reading(UNLOCATED)
    assert found is not None and found[1]


@pytest.mark.parametrize(
    ("style", "head"),
    [("nlm", "nlm"), ("gbt7714-no-code", "gbt"), ("gbt7714", "gbt"), ("physics", "other")],
)
def test_heads(style: str, head: str) -> None:
    assert head_of(style) == head


def test_the_fit_learns_a_separable_rule_and_weights_count() -> None:
    # the model's reading is better exactly when the feature is high (a gap between)
    values = [v / 20 for v in range(21) if not 6 < v < 14]
    xs = [[1.0, v] for v in values]
    ys = [float(v >= 0.7) for v in values]
    weights = fit(xs, ys, [1.0] * len(xs), steps=2000)
    takes = [sigmoid(weights[0] + weights[1] * x[1]) > 0.5 for x in xs]
    assert takes == [y == 1.0 for y in ys]
    # rows with no weight (ties) teach nothing, however many
    ties = [[1.0, 0.0]] * 50
    same = fit(xs + ties, ys + [1.0] * 50, [1.0] * len(xs) + [0.0] * 50, steps=2000)
    assert same == pytest.approx(weights)
