"""The fallback model's training rows (`bench/nn_rows.py`, the part of `nn_train.py` that
needs no PyTorch): own features only, a vocabulary by count with ties by text, batches
that hold each row once, and a fold's rows left out."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
import nn_rows  # noqa: E402
from crf_cv import fold_of  # noqa: E402
from mmrefs.ingest.learned.tokens import own_features, tokenize  # noqa: E402
from nn_rows import (  # noqa: E402
    BATCH,
    SORTED_CHUNK,
    batches,
    encode,
    in_order,
    rows_for,
    vocabulary,
)
from tests.unit.ingest.learned.test_training import EXPECTED, TEXT  # noqa: E402


def test_a_row_is_encoded_with_each_tokens_own_features_and_label() -> None:
    [(xseq, labels)] = encode([{"text": TEXT, "expected": EXPECTED}])
    assert xseq == own_features(TEXT, tokenize(TEXT))
    assert len(labels) == len(xseq) and labels[0] == "AUTHOR" and "TITLE" in labels


def test_a_row_whose_fields_are_not_all_printed_is_dropped() -> None:
    missing = {**EXPECTED, "title": "A title printed nowhere in it"}
    assert encode([{"text": TEXT, "expected": missing}]) == []


@pytest.mark.parametrize(
    ("seen", "most", "want"),
    [
        ([["a", "b"], ["a", "b"], ["a", "c"]], 10, {"a": 1, "b": 2}),  # `c` once: dropped
        ([["b", "a"], ["a", "b"]], 10, {"a": 1, "b": 2}),  # a tie goes by the text
        ([["a"], ["a"], ["a"], ["b"], ["b"], ["c"], ["c"]], 2, {"a": 1, "b": 2}),  # capped
        ([["z"], ["z"], ["z"], ["y"], ["y"]], 10, {"z": 1, "y": 2}),  # by count first
    ],
)
def test_the_vocabulary_keeps_features_seen_twice_most_frequent_first(
    seen: list[list[str]], most: int, want: dict[str, int]
) -> None:
    seqs = [([item], ["OTHER"]) for item in seen]
    assert vocabulary(seqs, most) == want


def test_batches_hold_every_row_once_and_are_the_same_for_a_seed() -> None:
    lengths = [random.Random(k).randint(1, 90) for k in range(BATCH * SORTED_CHUNK + 77)]
    plan = batches(lengths, random.Random(5))
    assert sorted(k for batch in plan for k in batch) == list(range(len(lengths)))
    assert all(0 < len(batch) <= BATCH for batch in plan)
    # a batch is cut from rows sorted by length: it pads little
    assert all([lengths[k] for k in b] == sorted(lengths[k] for k in b) for b in plan)
    assert plan == batches(lengths, random.Random(5))
    assert plan != batches(lengths, random.Random(6))


def test_a_folds_rows_are_left_out_and_the_others_copied(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real: list[dict[str, Any]] = [{"source": f"https://example.org/{k}"} for k in range(30)]
    monkeypatch.setattr(nn_rows, "guide_rows", lambda: real)
    monkeypatch.setattr(nn_rows, "corpus_rows", lambda path, rows: [{"rendered": rows}])
    rows = rows_for(1, 3, Path("corpus.jsonl"))
    assert rows[0] == {"rendered": nn_rows.ROWS}
    kept = [r for r in real if fold_of(r, 3) != 1]
    assert 0 < len(kept) < len(real)
    assert rows[1:] == kept * nn_rows.COPIES
    assert rows_for(None, 3, Path("corpus.jsonl"))[1:] == real * nn_rows.COPIES


def test_the_exported_vocabulary_loads_back_with_the_same_ids() -> None:
    """`nn_train.arrays` stores `in_order(vocab)`; `neural.load` numbers it from 1 again."""
    import io

    import numpy as np

    from mmrefs.ingest.learned.neural import load

    seqs = [([["w=doe", "bias", "sh=Xxx"], ["bias", "w=ü", "sh=Xxx"]], ["A", "B"])] * 2
    vocab = vocabulary(seqs)
    n, labels = len(vocab), ["A", "B"]
    arrays = {
        "embedding": np.zeros((n + 1, 2)), "input_forward": np.zeros((4, 2)),
        "hidden_forward": np.zeros((4, 1)), "bias_forward": np.zeros(4),
        "input_backward": np.zeros((4, 2)), "hidden_backward": np.zeros((4, 1)),
        "bias_backward": np.zeros(4), "out": np.zeros((2, 2)), "out_bias": np.zeros(2),
        "transitions": np.zeros((2, 2)), "start": np.zeros(2), "end": np.zeros(2),
    }  # fmt: skip
    buffer = io.BytesIO()
    np.savez(buffer, vocab=np.array(in_order(vocab)), labels=np.array(labels), **arrays)
    assert load(buffer.getvalue()).vocab == vocab


@pytest.mark.parametrize("vocab", [{"a": 1, "b": 3}, {"a": 0}, {"w=\0": 1}])
def test_a_vocabulary_the_export_cannot_keep_is_refused(vocab: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        in_order(vocab)
