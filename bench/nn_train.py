"""Train the fallback reader's model (`mmrefs/ingest/learned/fields.npz`) with PyTorch.

Run: python bench/nn_train.py [--out PATH] [--fold K --folds 3] [--threads 1]

Needs PyTorch, which is a training tool here and never a product dependency (on this
machine `pip install torch==2.13.0` takes the CPU build that lies on its disk; elsewhere,
PyTorch's CPU wheel index), and the rendered corpus (`bench/corpus/build.py`). The product
reads the exported arrays with NumPy (`mmrefs.ingest.learned.neural`).

The model and every setting were declared before it was built (SOURCES-fresh30.md, cycle
11): a token's own features (`tokens.own_features`) mapped through a vocabulary of the training
rows' features seen at least twice (the 30,000 most frequent), summed 64-dimension
embeddings with dropout 0.25, one bidirectional LSTM layer of 128 units each way, a linear
layer to the labels and a linear-chain CRF layer; Adam at 0.002, batches of 32 entries, 6
passes, seed 20261202. One setting the declaration did not list: gradients are clipped to
a norm of 5 (`CLIP`), as they were in the cross-validation that chose the model. The rows
are the CRF's (`crf_train`): 10,000 rendered entries and 5 copies of each dev row of
`crf_train.GUIDE_FILES`; with `--fold K` the rows of decision fold K (`crf_cv.fold_of`)
are left out, for the cross-validation (`nn_cv.py`).

The same rows, settings and seed give the same model on one thread; the export is
deterministic given the model.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))

from crf_train import CORPUS  # noqa: E402
from nn_rows import Sequence, batches, encode, in_order, rows_for, vocabulary  # noqa: E402

MODEL = HERE.parent / "src" / "mmrefs" / "ingest" / "learned" / "fields.npz"
# The PyTorch weights, beside the export, for `nn_check.py` (never package data).
STATE = Path(tempfile.gettempdir()) / "mmrefs-nn" / "fields.pt"
SEED = 20261202
DIM = 64
HIDDEN = 128
DROPOUT = 0.25
LR = 0.002
EPOCHS = 6
CLIP = 5.0  # gradient norm: keeps the first steps of the CRF layer's loss in bounds


class Net(nn.Module):
    """Embeddings summed per token, a BiLSTM, a linear layer and a CRF layer."""

    def __init__(self, vocab: int, labels: int, hidden: int = HIDDEN) -> None:
        super().__init__()
        self.emb = nn.Embedding(vocab + 1, DIM, padding_idx=0)
        self.drop = nn.Dropout(DROPOUT)
        self.lstm = nn.LSTM(DIM, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, labels)
        self.trans = nn.Parameter(torch.zeros(labels, labels))
        self.start = nn.Parameter(torch.zeros(labels))
        self.end = nn.Parameter(torch.zeros(labels))

    def emissions(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Each token's label scores (batch, steps, labels) from its padded feature ids."""
        x = self.drop(self.emb(ids).sum(2))  # batch, steps, DIM
        packed = nn.utils.rnn.pack_padded_sequence(
            x, lengths, batch_first=True, enforce_sorted=False
        )
        out, _ = self.lstm(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=ids.shape[1])
        return self.out(out)  # type: ignore[no-any-return]

    def nll(self, em: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The batch's mean negative log-likelihood of the gold label paths."""
        b, t, _ = em.shape
        score = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + em[:, 0]
        for i in range(1, t):
            step = self.trans[tags[:, i - 1], tags[:, i]]
            step = step + em[:, i].gather(1, tags[:, i : i + 1]).squeeze(1)
            score = score + step * mask[:, i]
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans + em[:, i].unsqueeze(1), 1)
            alpha = torch.where(mask[:, i].unsqueeze(1), nxt, alpha)
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        return (torch.logsumexp(alpha + self.end, 1) - score).sum() / b


def tensors(
    data: list[tuple[list[list[int]], list[int]]], batch: list[int]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """Padded ids (batch, steps, features), labels, mask and lengths of one batch."""
    length = max(len(data[k][1]) for k in batch)
    width = max(1, max(len(item) for k in batch for item in data[k][0]))
    ids = torch.zeros(len(batch), length, width, dtype=torch.long)
    tags = torch.zeros(len(batch), length, dtype=torch.long)
    mask = torch.zeros(len(batch), length, dtype=torch.bool)
    for b, k in enumerate(batch):
        xs, ys = data[k]
        for t, item in enumerate(xs):
            ids[b, t, : len(item)] = torch.tensor(item, dtype=torch.long)
        tags[b, : len(ys)] = torch.tensor(ys)
        mask[b, : len(ys)] = True
    return ids, tags, mask, torch.tensor([len(data[k][1]) for k in batch])


def train(seqs: list[Sequence], hidden: int = HIDDEN) -> tuple[Net, dict[str, int], list[str]]:
    """The model trained on `seqs` as declared, with `hidden` LSTM units each way."""
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    vocab = vocabulary(seqs)
    labels = sorted({y for _, ys in seqs for y in ys})
    label_id = {y: i for i, y in enumerate(labels)}
    data = [
        ([[vocab[f] for f in item if f in vocab] for item in xs], [label_id[y] for y in ys])
        for xs, ys in seqs
    ]
    net = Net(len(vocab), len(labels), hidden)
    opt = torch.optim.Adam(net.parameters(), lr=LR)
    started = time.perf_counter()
    for epoch in range(EPOCHS):
        net.train()
        total = 0.0
        plan = batches([len(ys) for _, ys in data], rng)
        for batch in plan:
            ids, tags, mask, lengths = tensors(data, batch)
            loss = net.nll(net.emissions(ids, lengths), tags, mask)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), CLIP)
            opt.step()
            total += float(loss.detach())
        print(f"pass {epoch}: loss {total / len(plan):.3f}, "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)  # fmt: skip
    net.eval()
    return net, vocab, labels


def arrays(net: Net, vocab: dict[str, int], labels: list[str]) -> dict[str, Any]:
    """The arrays `neural.load` reads: PyTorch's layout, the two biases of each LSTM
    direction summed, weights as float16."""

    def half(tensor: torch.Tensor) -> Any:
        return tensor.detach().numpy().astype(np.float16)

    lstm = net.lstm
    return {
        "vocab": np.array(in_order(vocab)),
        "labels": np.array(labels),
        "embedding": half(net.emb.weight),
        "input_forward": half(lstm.weight_ih_l0),
        "hidden_forward": half(lstm.weight_hh_l0),
        "bias_forward": half(lstm.bias_ih_l0 + lstm.bias_hh_l0),
        "input_backward": half(lstm.weight_ih_l0_reverse),
        "hidden_backward": half(lstm.weight_hh_l0_reverse),
        "bias_backward": half(lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse),
        "out": half(net.out.weight),
        "out_bias": half(net.out.bias),
        "transitions": half(net.trans),
        "start": half(net.start),
        "end": half(net.end),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--fold", type=int, help="leave this decision fold out")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--state", type=Path, default=STATE, help="the PyTorch weights")
    parser.add_argument("--hidden", type=int, default=HIDDEN, help="LSTM units each way")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    started = time.perf_counter()
    rows = rows_for(args.fold, args.folds, args.corpus)
    seqs = encode(rows)
    prepared = time.perf_counter()
    net, vocab, labels = train(seqs, args.hidden)
    done = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as handle:
        np.savez_compressed(handle, **arrays(net, vocab, labels))
    args.state.parent.mkdir(parents=True, exist_ok=True)
    torch.save(net.state_dict(), args.state)  # for `nn_check.py`
    print(json.dumps({
        "model": str(args.out), "rows": len(rows), "trained_on": len(seqs),
        "dropped_unaligned": len(rows) - len(seqs), "vocab": len(vocab),
        "features_s": round(prepared - started, 1), "train_s": round(done - prepared, 1),
        "bytes": args.out.stat().st_size,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
