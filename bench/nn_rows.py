"""The fallback model's training rows, vocabulary and batches: the parts of training that
need no PyTorch (`nn_train.py` imports them), so the suite tests them without it.

The settings were declared before the model was built (SOURCES-fresh30.md, cycle 11).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))

from crf_cv import fold_of  # noqa: E402
from crf_train import corpus_rows, guide_rows, token_labels  # noqa: E402
from mmrefs.ingest.learned.tokens import own_features, tokenize  # noqa: E402

ROWS = 10_000
COPIES = 5
VOCAB = 30_000
MIN_COUNT = 2
BATCH = 32
SORTED_CHUNK = 50  # batches per chunk sorted by length, so a batch pads little

Sequence = tuple[list[list[str]], list[str]]


def encode(rows: list[dict[str, Any]]) -> list[Sequence]:
    """Own features and labels of every row that aligns (`crf_train.token_labels`)."""
    out = []
    for row in rows:
        labels = token_labels(row["text"], row["expected"])
        if labels is not None:
            out.append((own_features(row["text"], tokenize(row["text"])), labels))
    return out


def vocabulary(seqs: list[Sequence], most: int = VOCAB) -> dict[str, int]:
    """Feature → id (from 1; 0 is the padding's): those seen `MIN_COUNT` times or more,
    the `most` most frequent, ties by the feature's text."""
    counts: dict[str, int] = {}
    for xs, _ in seqs:
        for item in xs:
            for f in item:
                counts[f] = counts.get(f, 0) + 1
    kept = sorted((f for f, c in counts.items() if c >= MIN_COUNT), key=lambda f: (-counts[f], f))
    return {f: i + 1 for i, f in enumerate(kept[:most])}


def in_order(vocab: dict[str, int]) -> list[str]:
    """The vocabulary's features by id, as the export stores them and `neural.load` numbers
    them again from 1. Raises ValueError for a feature NumPy's string arrays would not give
    back as itself (they drop trailing NUL characters)."""
    ordered = sorted(vocab, key=vocab.__getitem__)
    if [vocab[f] for f in ordered] != list(range(1, len(ordered) + 1)):
        raise ValueError("feature ids must run from 1 without a gap")
    if any(f.endswith("\0") for f in ordered):
        raise ValueError("a feature ends in NUL, which an exported array drops")
    return ordered


def batches(lengths: list[int], rng: random.Random) -> list[list[int]]:
    """One pass's batches: rows shuffled, each chunk of `SORTED_CHUNK` batches sorted by
    length and cut, then the batches shuffled."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    size = BATCH * SORTED_CHUNK
    out = []
    for begin in range(0, len(order), size):
        chunk = sorted(order[begin : begin + size], key=lambda k: lengths[k])
        out += [chunk[i : i + BATCH] for i in range(0, len(chunk), BATCH)]
    rng.shuffle(out)
    return out


def rows_for(fold: int | None, folds: int, corpus: Path) -> list[dict[str, Any]]:
    """The training rows: rendered, then the dev rows (without fold `fold`'s) 5 times."""
    real = [r for r in guide_rows() if fold is None or fold_of(r, folds) != fold]
    return corpus_rows(corpus, ROWS) + real * COPIES
