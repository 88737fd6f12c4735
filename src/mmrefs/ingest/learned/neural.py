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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import pairwise
from typing import TYPE_CHECKING

from mmrefs.ingest.learned.tokens import (
    COUNTS,
    WORDS_KEPT,
    Token,
    own_features,
    running,
    spacings,
    view_of,
    word_features,
)

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

    w_in_t: Floats  # (2, dim, 4 * hidden): transposed, for `x @ w`
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
    # Stored transposed and contiguous: OpenBLAS rounds a product with a transposed view
    # differently by its row count, and the products must not depend on it (`MIN_ROWS`).
    return Stacked(
        np.ascontiguousarray(w_in.transpose(0, 2, 1)),
        np.ascontiguousarray(w_hidden.transpose(0, 2, 1)),
        bias,
    )


# At least this many rows go through each matrix product. OpenBLAS computes a one-row
# product by another path than a product of two rows or more, which rounds differently.
# With two or more, whether a row's result depends on how many others share the product
# is the BLAS kernel's choice: with OpenBLAS's SkylakeX kernel (this machine) every row
# count from 2 to 199 gives bit-identical rows, with its Haswell kernel (AVX2-only CPUs)
# they differ in the last bits. `Tagger` checks its own kernel once (`batches_agree`)
# and reads one entry at a time where they differ, so that an entry's labels are the
# same read alone or with any other entries of its list, on any machine.
MIN_ROWS = 2
# The most entries one batched pass reads: enough that each step's product is large, few
# enough that the step's arrays stay in cache.
BATCH = 64
# The most token steps (entries times the longest one's tokens) a batched pass holds, so
# that a batch of long entries holds no more than a batch of common ones: its gates take
# 4 KiB a step per entry (2 directions, 4 gates, 128 units, float32): 16 MiB here.
BATCH_STEPS = 64 * 64


def product(a: Floats, b: Floats) -> Floats:
    """`a @ b` over at least `MIN_ROWS` rows of `a` (a lone row is padded with a zero row)."""
    import numpy as np

    if a.shape[0] >= MIN_ROWS:
        return a @ b
    padded = np.zeros((MIN_ROWS, a.shape[1]), dtype=a.dtype)
    padded[: a.shape[0]] = a
    return (padded @ b)[: a.shape[0]]


def bidirectional(inputs: Floats, s: Stacked) -> Floats:
    """Both LSTM directions over one entry's `inputs` (T, dim): `bidirectional_many` of
    that entry alone."""
    return bidirectional_many([inputs], s)[0]


def bidirectional_many(inputs: Sequence[Floats], s: Stacked, least: int = MIN_ROWS) -> list[Floats]:
    """Both LSTM directions over each entry's `inputs` (T, dim), the entries given longest
    first, the backward direction read last to first: for each entry, each step's two
    hidden states side by side (T, 2 * hidden). Each direction is a plain LSTM cell (the
    tests hold it to one written unit by unit).

    The entries are read side by side: step t works on the entries longer than t (a
    prefix, as they come longest first), each entry's backward direction starting at its
    own last token, so no entry sees another's padding. One product, one `tanh` and a few
    sums per step serve every entry and both directions, worked in place: the loop is
    most of the model's time, and its cost is mostly per call, not per row. The recurrent
    product runs on at least `least` rows (`MIN_ROWS`; 1 where entries are read one at a
    time, `Tagger.batch`: a lone row's own path, which is also the faster one there)."""
    import numpy as np

    lengths = [x.shape[0] for x in inputs]
    longest_first(lengths)
    rows = max(len(inputs), least)
    steps = lengths[0] if lengths else 0
    hidden = s.w_hidden_t.shape[1]
    gates_in = np.zeros((steps, 2, rows, 4 * hidden), dtype=np.float32)
    for b, x in enumerate(inputs):  # each entry's own product: as it is read alone
        gates_in[: len(x), 0, b] = product(x, s.w_in_t[0]) + s.bias[0]
        gates_in[: len(x), 1, b] = (product(x, s.w_in_t[1]) + s.bias[1])[::-1]
    h = np.zeros((2, rows, hidden), dtype=np.float32)
    c = np.zeros((2, rows, hidden), dtype=np.float32)
    scratch = np.empty((2, rows, hidden), dtype=np.float32)
    out = np.empty((steps, 2, rows, hidden), dtype=np.float32)
    gates = np.empty((2, rows, 4 * hidden), dtype=np.float32)
    w = s.w_hidden_t
    # every operation writes into a buffer made above, through views made once per width
    views: dict[int, tuple[Floats, ...]] = {}
    matmul, add, tanh, multiply = np.matmul, np.add, np.tanh, np.multiply
    active = rows
    for t in range(steps):
        while active > least and lengths[active - 1] <= t:
            active -= 1
        if active not in views:
            g = gates[:, :active]
            views[active] = (
                h[:, :active],
                g,
                g[..., : 3 * hidden],
                *(g[..., k * hidden : (k + 1) * hidden] for k in range(4)),
                c[:, :active],
                scratch[:, :active],
            )
        hv, g, sig, i, f, o, cell, cv, sv = views[active]
        matmul(hv, w, out=g)
        add(g, gates_in[t, :, :active], out=g)
        tanh(g, out=g)
        multiply(sig, 0.5, out=sig)
        add(sig, 0.5, out=sig)
        multiply(cv, f, out=cv)
        multiply(i, cell, out=sv)
        add(cv, sv, out=cv)
        tanh(cv, out=sv)
        multiply(o, sv, out=hv)
        out[t, :, :active] = hv
    return [
        np.concatenate([out[:length, 0, b], out[:length, 1, b][::-1]], axis=1)
        for b, length in enumerate(lengths)
    ]


def viterbi(emissions: Floats, transitions: Floats, start: Floats, end: Floats) -> list[int]:
    """The best-scoring label path for `emissions` (T, labels): the sum of each step's
    emission, each transition (`transitions[from, to]`) and the start and end scores. At
    each step a tie between two ways in goes to the lower label, as `argmax` breaks it:
    `viterbi_many` of that entry alone."""
    return viterbi_many([emissions], transitions, start, end)[0]


def longest_first(lengths: list[int]) -> None:
    """Raise ValueError unless the entries' `lengths` come longest first, as the batched
    passes read a prefix of the entries at each step."""
    if any(a < b for a, b in pairwise(lengths)):
        raise ValueError("the entries must come longest first")


def viterbi_many(
    emissions: Sequence[Floats], transitions: Floats, start: Floats, end: Floats
) -> list[list[int]]:
    """The best path (`viterbi`) of each entry's `emissions` (T, labels), the entries given
    longest first (none empty), side by side: step t works on the entries longer than t,
    so each path is the one the entry has alone, tie for tie (the same sums in the same
    order)."""
    import numpy as np

    lengths = [e.shape[0] for e in emissions]
    longest_first(lengths)
    if not lengths:
        return []
    if not lengths[-1]:
        raise ValueError("an entry has no tokens")
    rows, steps, labels = len(lengths), lengths[0], transitions.shape[0]
    kind = np.result_type(emissions[0], transitions, start)
    padded = np.zeros((steps, rows, labels), dtype=kind)
    for b, e in enumerate(emissions):
        padded[: e.shape[0], b] = e
    score = (start + padded[0]).astype(kind)
    back = np.empty((steps, rows, labels), dtype=np.intp)
    total = np.empty((rows, labels, labels), dtype=kind)
    active = rows
    for t in range(1, steps):
        while lengths[active - 1] <= t:
            active -= 1
        live, into = score[:active], total[:active]
        np.add(live[:, :, None], transitions, out=into)
        into.argmax(1, out=back[t, :active])
        into.max(1, out=live)  # the score of the way in `back[t]` names
        np.add(live, padded[t, :active], out=live)
    paths = []
    for b, length in enumerate(lengths):
        path = [int((score[b] + end).argmax())]
        for t in range(length - 1, 0, -1):
            path.append(int(back[t, b, path[-1]]))
        paths.append(path[::-1])
    return paths


def batches_agree(s: Stacked, batch: int = BATCH) -> bool:
    """Whether this machine's BLAS gives each entry the same LSTM states in a batch of up
    to `batch` entries as alone (`MIN_ROWS`). Checked on the model's own weights with
    seeded random inputs: `batch` entries of lengths `batch` down to 1, so the longest
    passes through every row count, with rows at the kernel's likely tile edges read
    alone as well. About 30 ms, once per process."""
    import numpy as np

    rng = np.random.default_rng(20261202)
    dim = s.w_in_t.shape[1]
    inputs = [rng.normal(size=(n, dim)).astype(np.float32) for n in range(batch, 0, -1)]
    together = bidirectional_many(inputs, s)
    probed = {0, 1, 2, 3, 5, 7, 8, 15, 16, 31, 32, 47, batch - 2, batch - 1}
    return all(
        np.array_equal(together[b], bidirectional(inputs[b], s))
        for b in sorted(probed)
        if 0 <= b < batch
    )


def word_sum(
    vocab: dict[str, int], embedding: Floats, word: str, spaced: bool
) -> tuple[Floats, int, bool]:
    """What `Tagger.inputs` keeps of a word: the sum of its `word_features`' embedding rows
    (NumPy adds a reduction's rows one after another, so this is the first part of the
    very sum `Tagger.summed` makes of the token's list), its length feature's row, and
    whether it is a year."""
    view = view_of(word, spaced)
    rows = [vocab[f] for f in word_features(view) if f in vocab]
    return embedding[rows].sum(0), vocab.get(view.length, 0), view.year


class Tagger:
    """The model as the fallback calls it: `labels(text, tokens)`, one label per token, or
    `labels_many` for a list's entries read together (the same labels, faster)."""

    def __init__(self, weights: Weights) -> None:
        import numpy as np

        self.weights = weights
        self.stacked = stacked(weights)
        self.out_t = np.ascontiguousarray(weights.out.T)  # as `stacked` stores its own
        # How many entries a batched pass reads, and the fewest rows its recurrent product
        # takes: where this BLAS rounds by row count, one entry at a time on its own row
        # (as the reader did before batches: on OpenBLAS's Haswell kernel a two-row
        # product costs four times a one-row one).
        agree = batches_agree(self.stacked)
        self.batch, self.least = (BATCH, MIN_ROWS) if agree else (1, 1)
        # `inputs`' tables: each running count's rows (a feature the model does not know
        # takes the zero row), and each word's sum, kept as `tokens.view_of` keeps views
        vocab, embedding = weights.vocab, weights.embedding
        self._counts = [embedding[[vocab.get(f, 0) for f in table]] for table in COUNTS]
        # (the cache holds the arrays, not the tagger: no reference cycle)
        self._word = lru_cache(maxsize=WORDS_KEPT)(partial(word_sum, vocab, embedding))
        # The sums are `summed`'s, bit for bit, where NumPy adds a reduction's rows one
        # after another: across rows of two floats or more. A vector of one float is the
        # reduction's inner loop, which NumPy sums pairwise: such a model sums strings.
        self._direct = embedding.ndim == 2 and embedding.shape[1] > 1

    def labels(self, text: str, tokens: tuple[Token, ...]) -> list[str]:
        """The labels of `text`'s `tokens` (`tokens.tokenize`)."""
        return self.labels_many([(text, tokens)])[0]

    def labels_many(self, entries: Sequence[tuple[str, tuple[Token, ...]]]) -> list[list[str]]:
        """`labels` of each (text, tokens) entry, read in batches (`read_sorted`); each
        batch's inputs are made when it is read, not the whole list's at once."""
        return self.read_sorted(
            [len(tokens) for _, tokens in entries], lambda i: self.inputs(*entries[i])
        )

    def tag(self, xseq: list[list[str]]) -> list[str]:
        """The labels of the tokens whose features `xseq` lists: their own features, as
        `own_features` makes them; any other feature (`tokens.features` lists the
        neighbours' too) is in no vocabulary and counts for nothing."""
        return self.tag_many([xseq])[0]

    def tag_many(self, xseqs: Sequence[list[list[str]]]) -> list[list[str]]:
        """`tag` of each entry's features, read in batches (`read_sorted`)."""
        return self.read_sorted([len(x) for x in xseqs], lambda i: self.summed(xseqs[i]))

    def read_sorted(
        self, lengths: Sequence[int], inputs: Callable[[int], Floats]
    ) -> list[list[str]]:
        """The labels of entries `0 … len(lengths) - 1` (entry i has `lengths[i]` tokens
        and `inputs(i)`), read longest first in batches of up to `self.batch` (fewer
        where they are long: `BATCH_STEPS`), so that entries of like length share a batch
        and little is padding. An entry with no tokens has no labels."""
        w = self.weights
        found: list[list[str]] = [[] for _ in lengths]
        order = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: -lengths[i])
        first = 0
        while first < len(order):
            size = max(1, min(self.batch, BATCH_STEPS // lengths[order[first]]))
            batch = order[first : first + size]
            first += size
            emissions = self.emissions_many([inputs(i) for i in batch])
            paths = viterbi_many(emissions, w.transitions, w.start, w.end)
            for i, path in zip(batch, paths, strict=True):
                found[i] = [w.labels[k] for k in path]
        return found

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

    def summed(self, xseq: list[list[str]]) -> Floats:
        """Each token's input (T, dim): the sum of its features' embedding rows, added in
        the order `xseq` lists them, as training summed them."""
        summed: Floats = self.weights.embedding[self.ids(xseq)].sum(1)
        return summed

    def inputs(self, text: str, tokens: tuple[Token, ...]) -> Floats:
        """`summed(own_features(text, tokens))`, bit for bit, without making a feature
        string: each token's input starts from its word's sum (`word_sum`, kept per word),
        then the running counts' rows (`tokens.running`) and its length's row are added,
        in the order its feature list names them, so every sum is the same sequence of
        float32 additions. Making and looking up the strings was most of the model's cost
        outside the LSTM (SOURCES-fresh32.md, session 33)."""
        import numpy as np

        if not self._direct:
            return self.summed(own_features(text, tokens))
        if not tokens:
            return np.zeros((0, self.weights.embedding.shape[1]), dtype=np.float32)
        words = [self._word(word, spaced) for word, spaced in spacings(text, tokens)]
        out = np.array([vector for vector, _, _ in words])
        at = np.array(running(tokens, [year for _, _, year in words]), dtype=np.intp)
        for k, rows in enumerate(self._counts):
            out += rows[at[:, k]]
        out += self.weights.embedding[[length for _, length, _ in words]]
        return out

    def emissions(self, xseq: list[list[str]]) -> Floats:
        """Each token's score for each label (T, labels)."""
        import numpy as np

        if not xseq:
            return np.zeros((0, len(self.weights.labels)), dtype=np.float32)
        return self.emissions_many([self.summed(xseq)])[0]

    def emissions_many(self, inputs: Sequence[Floats]) -> list[Floats]:
        """`emissions` of each entry from its `inputs` (T, dim; none empty), the entries
        given longest first: one LSTM pass over them all (`bidirectional_many`), then each
        entry's own output product, as when it is read alone."""
        w = self.weights
        both = bidirectional_many(inputs, self.stacked, self.least)
        return [product(b, self.out_t) + w.out_bias for b in both]
