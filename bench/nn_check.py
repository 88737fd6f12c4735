"""Check that the product's NumPy reader labels entries exactly as the PyTorch model does.

Run: python bench/nn_check.py [--model PATH] [--state PATH]

Needs PyTorch (see `nn_train.py`). Declared with the model (SOURCES-fresh30.md, step C):
the NumPy tagger (`mmrefs.ingest.learned.neural`) must give the same labels as the PyTorch
model on every decision row (the dev rows of `crf_train.GUIDE_FILES`). The export stores
the weights as float16, so the PyTorch model is read twice: with its weights rounded to
float16 as exported (this must agree on every row: it checks the reader's code), and with
its full weights (what rounding alone changes, printed for the record).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))

from crf_train import guide_rows  # noqa: E402
from mmrefs.ingest.learned.neural import Tagger, load, viterbi  # noqa: E402
from mmrefs.ingest.learned.tokens import own_features, tokenize  # noqa: E402
from nn_train import MODEL, STATE, Net  # noqa: E402


def torch_labels(net: Net, tagger: Tagger, xseq: list[list[str]]) -> list[str]:
    """The PyTorch model's labels, from the same padded ids, its emissions decoded by the
    same Viterbi."""
    ids = torch.from_numpy(tagger.ids(xseq))[None]
    with torch.no_grad():
        em = net.emissions(ids, torch.tensor([len(xseq)]))[0].numpy()
    trans, start, end = (p.detach().numpy() for p in (net.trans, net.start, net.end))
    w = tagger.weights
    return [w.labels[k] for k in viterbi(em, trans, start, end)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--state", type=Path, default=STATE)
    args = parser.parse_args()
    torch.set_num_threads(1)
    tagger = Tagger(load(args.model.read_bytes()))
    state = torch.load(args.state)
    sizes = len(tagger.weights.vocab), len(tagger.weights.labels)
    hidden = tagger.weights.hidden_forward.shape[1]  # the model's own LSTM width
    full = Net(*sizes, hidden)
    full.load_state_dict(state)
    rounded = Net(*sizes, hidden)
    # as exported: each direction's two biases summed, then rounded
    half = {k: v.half().float() for k, v in state.items()}
    for suffix in ("l0", "l0_reverse"):
        both = state[f"lstm.bias_ih_{suffix}"] + state[f"lstm.bias_hh_{suffix}"]
        half[f"lstm.bias_ih_{suffix}"] = both.half().float()
        half[f"lstm.bias_hh_{suffix}"] = torch.zeros_like(both)
    rounded.load_state_dict(half)
    for net in (full, rounded):
        net.eval()
    rows = tokens_seen = differ_rounded = differ_full = 0
    for row in guide_rows():
        tokens = tokenize(row["text"])
        if not tokens:
            continue
        xseq = own_features(row["text"], tokens)  # as training read the rows
        mine = tagger.labels(row["text"], tokens)  # as the product reads them
        rows += 1
        tokens_seen += len(tokens)
        differ_rounded += mine != torch_labels(rounded, tagger, xseq)
        differ_full += mine != torch_labels(full, tagger, xseq)
    print(f"rows {rows} ({tokens_seen} tokens); NumPy differs from PyTorch on float16 weights "
          f"in {differ_rounded} rows, from PyTorch on full weights in {differ_full}")  # fmt: skip
    sys.exit(1 if differ_rounded else 0)


if __name__ == "__main__":
    main()
