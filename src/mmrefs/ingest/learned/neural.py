"""The fallback's model: a bidirectional LSTM with a CRF layer, run in NumPy.

Why this model: the CRF it replaced saw each token's features and those of the three
tokens either side. This one reads the same per-token features, but its recurrent layer
carries what it saw across the whole entry, both ways. Out of fold on the decision rows
it read 94.54% of fields in production against the CRF's 94.38%, and 91.50% against
90.16% where it reads every entry (SOURCES-fresh30.md, cycle 11).

Why NumPy: training needs PyTorch (`bench/nn_train.py`), but reading needs only the sums,
products and a Viterbi pass below, so the product never imports PyTorch. The weights are
package data (`fields.npz`, float16, computed in float32); `bench/nn_check.py` checks
that this code labels every decision row as the PyTorch model's emissions, decoded by
`viterbi`, label it (the decoder itself is tested against every path).

The layout of the arrays is PyTorch's, rounded to float16: the LSTM's gates are stacked
input, forget, cell, output, and each direction's two biases are summed into one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mmrefs.ingest.learned.tokens import Token, own_features

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Floats = NDArray[np.float32]
    IDs = NDArray[np.intp]


@dataclass(frozen=True)
class Weights:
    """The trained model, as `bench/nn_train.py` exports it."""

    vocab: dict[str, int]  # feature → row of `embedding` (row 0, all zeros, pads a token)
    labels: tuple[str, ...]
    embedding: Floats  # (features + 1, dim)
    input_forward: Floats  # (4 * hidden, dim)
    hidden_forward: Floats  # (4 * hidden, hidden)
    bias_forward: Floats  # (4 * hidden,)
    input_backward: Floats
    hidden_backward: Floats
    bias_backward: Floats
    out: Floats  # (labels, 2 * hidden)
    out_bias: Floats  # (labels,)
    transitions: Floats  # (labels, labels): from, to
    start: Floats  # (labels,)
    end: Floats  # (labels,)


ARRAYS = (
    "embedding",
    "input_forward",
    "hidden_forward",
    "bias_forward",
    "input_backward",
    "hidden_backward",
    "bias_backward",
    "out",
    "out_bias",
    "transitions",
    "start",
    "end",
)


def load(data: bytes) -> Weights:
    """The weights from the bytes of an `.npz` file (no pickle is allowed in it).

    Raises ValueError when the arrays do not fit together: a vocabulary or label list of
    another length than the embedding or output rows, or a padding row that is not zero
    (a token's vector would then depend on how many features its neighbours have)."""
    import numpy as np

    with np.load(io.BytesIO(data), allow_pickle=False) as saved:
        vocab = {str(f): i + 1 for i, f in enumerate(saved["vocab"])}
        features = len(saved["vocab"])  # fewer in `vocab` if two strings came back as one
        labels = tuple(str(label) for label in saved["labels"])
        arrays = {name: saved[name].astype(np.float32) for name in ARRAYS}
    weights = Weights(vocab, labels, **arrays)
    if len(vocab) != features or weights.embedding.shape[0] != len(vocab) + 1:
        raise ValueError("the model's vocabulary does not fit its embedding")
    if weights.out.shape[0] != len(labels) or weights.transitions.shape != (len(labels),) * 2:
        raise ValueError("the model's labels do not fit its output layer")
    if np.any(weights.embedding[0]):
        raise ValueError("the model's padding row is not zero")
    return weights


@dataclass(frozen=True)
class Stacked:
    """Both LSTM directions' weights stacked, forward first, for `bidirectional`. The gates
    are reordered input, forget, output, cell, and the first three's rows halved, so that
    one `tanh` over every gate gives each sigmoid as `0.5 * tanh(x / 2) + 0.5`."""

    w_in: Floats  # (2, 4 * hidden, dim)
    w_hidden_t: Floats  # (2, hidden, 4 * hidden): transposed, for `h @ w`
    bias: Floats  # (2, 4 * hidden)


def stacked(w: Weights) -> Stacked:
    """The weights `bidirectional` runs on."""
    import numpy as np

    hidden = w.hidden_forward.shape[1]
    order = np.r_[0 : 2 * hidden, 3 * hidden : 4 * hidden, 2 * hidden : 3 * hidden]
    scale = np.full(4 * hidden, 0.5, dtype=np.float32)
    scale[3 * hidden :] = 1.0  # the cell gate, now last, takes a plain tanh
    w_in = np.stack([w.input_forward, w.input_backward])[:, order] * scale[:, None]
    w_hidden = np.stack([w.hidden_forward, w.hidden_backward])[:, order] * scale[:, None]
    bias = np.stack([w.bias_forward, w.bias_backward])[:, order] * scale
    return Stacked(w_in, np.ascontiguousarray(w_hidden.transpose(0, 2, 1)), bias)


def bidirectional(inputs: Floats, s: Stacked) -> Floats:
    """Both LSTM directions over `inputs` (T, dim) at once, the backward one read last to
    first: each step's two hidden states side by side (T, 2 * hidden). Each direction is
    a plain LSTM cell (the tests hold it to one written unit by unit). One product, one
    `tanh` and a few sums per step serve both, worked in place: the loop is most of the
    model's time."""
    import numpy as np

    steps = inputs.shape[0]
    hidden = s.w_hidden_t.shape[1]
    gates_in = np.empty((steps, 2, 4 * hidden), dtype=np.float32)
    gates_in[:, 0] = inputs @ s.w_in[0].T + s.bias[0]
    gates_in[:, 1] = (inputs @ s.w_in[1].T + s.bias[1])[::-1]
    h = np.zeros((2, 1, hidden), dtype=np.float32)
    hv = h[:, 0]
    c = np.zeros((2, hidden), dtype=np.float32)
    scratch = np.empty((2, hidden), dtype=np.float32)
    out = np.empty((steps, 2, hidden), dtype=np.float32)
    gates = np.empty((2, 1, 4 * hidden), dtype=np.float32)
    flat = gates[:, 0]
    sig = flat[:, : 3 * hidden]
    i, f, o, g = (flat[:, k * hidden : (k + 1) * hidden] for k in range(4))
    w = s.w_hidden_t
    # every operation writes into a buffer made above: no array is allocated per step
    matmul, add, tanh, multiply = np.matmul, np.add, np.tanh, np.multiply
    for t in range(steps):
        matmul(h, w, out=gates)
        add(flat, gates_in[t], out=flat)
        tanh(flat, out=flat)
        multiply(sig, 0.5, out=sig)
        add(sig, 0.5, out=sig)
        multiply(c, f, out=c)
        multiply(i, g, out=scratch)
        add(c, scratch, out=c)
        tanh(c, out=scratch)
        multiply(o, scratch, out=hv)
        out[t] = hv
    out[:, 1] = out[::-1, 1].copy()
    return out.reshape(steps, 2 * hidden)


def viterbi(emissions: Floats, transitions: Floats, start: Floats, end: Floats) -> list[int]:
    """The best-scoring label path for `emissions` (T, labels): the sum of each step's
    emission, each transition (`transitions[from, to]`) and the start and end scores. At
    each step a tie between two ways in goes to the lower label, as `argmax` breaks it."""
    import numpy as np

    steps, labels = emissions.shape
    kind = np.result_type(emissions, transitions, start)
    score = (start + emissions[0]).astype(kind)
    back = np.empty((steps, labels), dtype=np.intp)
    total = np.empty((labels, labels), dtype=kind)
    for t in range(1, steps):
        np.add(score[:, None], transitions, out=total)
        total.argmax(0, out=back[t])
        total.max(0, out=score)  # the score of the way in `back[t]` names
        np.add(score, emissions[t], out=score)
    path = [int((score + end).argmax())]
    for t in range(steps - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


class Tagger:
    """The model as the fallback calls it: `labels(text, tokens)`, one label per token."""

    def __init__(self, weights: Weights) -> None:
        self.weights = weights
        self.stacked = stacked(weights)

    def labels(self, text: str, tokens: tuple[Token, ...]) -> list[str]:
        """The labels of `text`'s `tokens` (`tokens.tokenize`)."""
        return self.tag(own_features(text, tokens))

    def tag(self, xseq: list[list[str]]) -> list[str]:
        """The labels of the tokens whose features `xseq` lists: their own features, as
        `own_features` makes them; any other feature (`tokens.features` lists the
        neighbours' too) is in no vocabulary and counts for nothing."""
        if not xseq:
            return []
        w = self.weights
        path = viterbi(self.emissions(xseq), w.transitions, w.start, w.end)
        return [w.labels[k] for k in path]

    def ids(self, xseq: list[list[str]]) -> IDs:
        """Each token's feature ids (T, widest), padded with 0, the zero row (`load`
        checks it), as training padded them; a feature in no vocabulary is left out."""
        import numpy as np

        vocab = self.weights.vocab
        rows = [[vocab[f] for f in item if f in vocab] for item in xseq]
        ids = np.zeros((len(rows), max(map(len, rows), default=0) or 1), dtype=np.intp)
        for t, row in enumerate(rows):
            ids[t, : len(row)] = row
        return ids

    def emissions(self, xseq: list[list[str]]) -> Floats:
        """Each token's score for each label (T, labels)."""
        inputs = self.weights.embedding[self.ids(xseq)].sum(1)
        both = bidirectional(inputs, self.stacked)
        return both @ self.weights.out.T + self.weights.out_bias
