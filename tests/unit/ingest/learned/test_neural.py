"""The NumPy reader computes what the model defines: an LSTM cell as written in its plain
per-unit form, Viterbi as the best of every label path, features as training saw them.
(That it labels every decision row as PyTorch does is `bench/nn_check.py`'s check: the
suite has no PyTorch.)"""

from __future__ import annotations

import io
import itertools
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmrefs.ingest.learned import model, neural
from mmrefs.ingest.learned.neural import (
    ARRAYS,
    BATCH,
    Tagger,
    Weights,
    batches_agree,
    bidirectional,
    bidirectional_many,
    load,
    product,
    stacked,
    viterbi,
    viterbi_many,
)
from mmrefs.ingest.learned.spans import AUTHOR, FIRST, LONGEST
from mmrefs.ingest.learned.tokens import features, own_features, tokenize


def own(item: list[str]) -> list[str]:
    """A token's own features, as first defined: its list from `features` without the
    neighbours' features (`-3w=`, `1sh=`, …) and the bigram (`bi=`), which the model's
    recurrent layer replaces. `own_features` must give exactly this."""
    return [f for f in item if f == "bias" or not f.startswith(("-", "1", "2", "3", "b"))]


@pytest.mark.parametrize(
    ("feature", "kept"),
    [
        ("bias", True),
        ("w=doe", True),
        ("sh=Xxx", True),
        ("p3=doe", True),
        ("s3=doe", True),
        ("dlen=4", True),
        ("year=1", True),
        ("cap=1", True),
        ("allcap=1", True),
        ("cue=vol", True),
        ("sp=1", True),
        ("pos=3", True),
        ("dp=01", True),
        ("per=2", True),
        ("com=6", True),
        ("col=1", True),
        ("sy=1", True),
        ("len=8", True),
        ("-3w=doe", False),
        ("-1sp=1", False),
        ("1cap=0", False),
        ("2sh=dddd", False),
        ("3cue=pp", False),
        ("bi=doe|j", False),
    ],
)
def test_own_keeps_a_tokens_own_features_only(feature: str, kept: bool) -> None:
    assert own([feature]) == ([feature] if kept else [])


def test_every_feature_a_token_gets_is_one_own_knows() -> None:
    """A new kind of feature in `tokens.features` must be placed: own, or a neighbour's."""
    text = "Doe JA, Roe B (eds). A study [J]. J Things, 2019, 12(3): 45-67. doi:10.5555/x"
    for item in features(text, tokenize(text)):
        for f in item:
            kind = f.split("=")[0]
            window = f[0] in "-123" or f.startswith("bi=")
            assert window != (f in own([f])), f
            assert window or kind in {"bias", "w", "sh", "p3", "s3", "dlen", "year", "cap",
                                      "allcap", "cue", "sp", "pos", "dp", "per", "com", "col",
                                      "sy", "len"}  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=120))
def test_own_features_are_the_own_part_of_every_tokens_features(text: str) -> None:
    tokens = tokenize(text)
    assert own_features(text, tokens) == [own(item) for item in features(text, tokens)]


def plain_lstm(inputs: list[list[float]], w_in: list[list[float]], w_hidden: list[list[float]],
               bias: list[float]) -> list[list[float]]:  # fmt: skip
    """An LSTM direction unit by unit, gates stacked input, forget, cell, output."""
    hidden = len(w_hidden[0])
    h, c, out = [0.0] * hidden, [0.0] * hidden, []

    def gate(row: int, x: list[float]) -> float:
        mine = sum(w * v for w, v in zip(w_in[row], x, strict=True))
        return mine + sum(w * v for w, v in zip(w_hidden[row], h, strict=True)) + bias[row]

    def sig(v: float) -> float:
        return 1 / (1 + math.exp(-v))

    for x in inputs:
        new_h, new_c = [], []
        for u in range(hidden):
            i, f = sig(gate(u, x)), sig(gate(hidden + u, x))
            g, o = math.tanh(gate(2 * hidden + u, x)), sig(gate(3 * hidden + u, x))
            new_c.append(f * c[u] + i * g)
            new_h.append(o * math.tanh(new_c[-1]))
        h, c = new_h, new_c
        out.append(h)
    return out


def random_weights(dim: int, hidden: int, seed: int) -> Weights:
    """LSTM weights of the given sizes, random; the rest a single label's."""
    rng = np.random.default_rng(seed)

    def normal(*shape: int) -> Any:
        return rng.normal(size=shape).astype(np.float32)

    return Weights({}, ("A",), normal(1, dim), normal(4 * hidden, dim),
                   normal(4 * hidden, hidden), normal(4 * hidden), normal(4 * hidden, dim),
                   normal(4 * hidden, hidden), normal(4 * hidden), normal(1, 2 * hidden),
                   normal(1), normal(1, 1), normal(1), normal(1))  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 6), st.integers(1, 4), st.integers(1, 3), st.integers(0, 2**32 - 1))
def test_the_fast_bidirectional_lstm_is_two_plain_ones(
    steps: int, dim: int, hidden: int, seed: int
) -> None:
    """`bidirectional` (gates reordered, sigmoids as halved tanh, both ways in one loop)
    gives what the plain cell gives forward and, on the reversed input, backward."""
    w = random_weights(dim, hidden, seed)
    x = np.random.default_rng(seed + 1).normal(size=(steps, dim)).astype(np.float32)
    ahead = plain_lstm(x.tolist(), w.input_forward.tolist(), w.hidden_forward.tolist(),
                       w.bias_forward.tolist())  # fmt: skip
    behind = plain_lstm(x[::-1].tolist(), w.input_backward.tolist(),
                        w.hidden_backward.tolist(), w.bias_backward.tolist())[::-1]  # fmt: skip
    got = bidirectional(x, stacked(w))
    assert np.allclose(got, np.concatenate([ahead, behind], axis=1), atol=1e-5)


def path_score(path: tuple[int, ...], em: np.ndarray, trans: np.ndarray, start: np.ndarray,
               end: np.ndarray) -> float:  # fmt: skip
    score = start[path[0]] + end[path[-1]] + sum(em[t, k] for t, k in enumerate(path))
    return float(score + sum(trans[a, b] for a, b in itertools.pairwise(path)))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 5), st.integers(1, 4), st.integers(0, 2**32 - 1))
def test_viterbi_finds_the_best_of_every_path(steps: int, labels: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    em = rng.normal(size=(steps, labels)).astype(np.float32)
    trans = rng.normal(size=(labels, labels)).astype(np.float32)
    start, end = rng.normal(size=labels).astype(np.float32), rng.normal(size=labels)
    end = end.astype(np.float32)
    best = max(path_score(p, em, trans, start, end)
               for p in itertools.product(range(labels), repeat=steps))  # fmt: skip
    found = viterbi(em, trans, start, end)
    assert len(found) == steps
    assert path_score(tuple(found), em, trans, start, end) == pytest.approx(best, abs=1e-4)


def tiny_model(vocab: list[str], labels: list[str], seed: int = 7) -> bytes:
    """An exported model's bytes with random weights, in the layout `load` reads."""
    rng = np.random.default_rng(seed)
    dim, hidden, n = 3, 2, len(labels)
    shapes = {
        "embedding": (len(vocab) + 1, dim), "input_forward": (4 * hidden, dim),
        "hidden_forward": (4 * hidden, hidden), "bias_forward": (4 * hidden,),
        "input_backward": (4 * hidden, dim), "hidden_backward": (4 * hidden, hidden),
        "bias_backward": (4 * hidden,), "out": (n, 2 * hidden), "out_bias": (n,),
        "transitions": (n, n), "start": (n,), "end": (n,),
    }  # fmt: skip
    assert set(shapes) == set(ARRAYS)
    arrays = {k: rng.normal(size=s).astype(np.float16) for k, s in shapes.items()}
    arrays["embedding"][0] = 0  # the padding row, as training keeps it
    buffer = io.BytesIO()
    np.savez_compressed(buffer, vocab=np.array(vocab), labels=np.array(labels), **arrays)
    return buffer.getvalue()


def test_a_model_is_loaded_from_its_bytes_and_tags_each_token() -> None:
    weights = load(tiny_model(["bias", "w=doe", "sh=Xxx"], ["AUTHOR", "OTHER", "TITLE"]))
    assert weights.vocab == {"bias": 1, "w=doe": 2, "sh=Xxx": 3}
    assert weights.labels == ("AUTHOR", "OTHER", "TITLE")
    assert weights.embedding.dtype == np.float32
    text = "Doe J. A title."
    tags = Tagger(weights).labels(text, tokenize(text))
    assert len(tags) == len(tokenize(text)) and set(tags) <= set(weights.labels)
    # the neighbours' features count for nothing: the full lists tag as the own ones
    assert Tagger(weights).tag(features(text, tokenize(text))) == tags
    assert Tagger(weights).tag([]) == []


def test_features_it_does_not_know_are_ignored() -> None:
    """A token whose every feature is new reads from the zero vector, not an error."""
    weights = load(tiny_model(["bias", "w=doe"], ["OTHER", "TITLE"]))
    tagger = Tagger(weights)
    assert np.array_equal(tagger.emissions([["w=unseen"]]), tagger.emissions([[]]))
    assert len(tagger.tag([["w=unseen"], ["sh=unseen"]])) == 2
    assert tagger.emissions([]).shape == (0, 2)


def test_a_tokens_padding_changes_nothing() -> None:
    """Tokens are padded to the widest token's feature count with the zero row: the scores
    are those of each token's features summed alone, with no padding."""
    w = load(tiny_model(["bias", "w=doe", "sh=Xxx", "cap=1"], ["A", "B", "C"]))
    xseq = [["bias"], ["w=doe", "sh=Xxx", "cap=1"], ["sh=Xxx", "w=unseen"]]
    inputs = np.array([w.embedding[[w.vocab[f] for f in item if f in w.vocab]].sum(0)
                       for item in xseq])  # fmt: skip
    plain = bidirectional(inputs, stacked(w)) @ w.out.T + w.out_bias
    assert np.allclose(Tagger(w).emissions(xseq), plain, atol=1e-6)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a.update(embedding=a["embedding"][:-1]), "vocabulary"),
        (lambda a: a.update(labels=a["labels"][:-1]), "labels"),
        (lambda a: a["embedding"].__setitem__((0, 0), 1.0), "padding"),
    ],
)
def test_a_model_whose_arrays_do_not_fit_is_refused(change: Any, message: str) -> None:
    with np.load(io.BytesIO(tiny_model(["bias", "w=doe"], ["A", "B"]))) as saved:
        arrays = {name: saved[name] for name in saved.files}
    change(arrays)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    with pytest.raises(ValueError, match=message):
        load(buffer.getvalue())


def test_the_bundled_model_labels_with_the_fields_training_knew() -> None:
    weights = model.tagger().weights  # `load` checked its shapes and padding row
    assert {"AUTHOR", "TITLE", "CONTAINER", "YEAR", "VOLUME", "PAGES"} <= set(weights.labels)
    # every label is one the spans know: a field, the authors, or nothing
    assert set(weights.labels) <= {*LONGEST, *FIRST, AUTHOR, "OTHER"}
    assert len(weights.vocab) <= 30_000
    assert all(f in own([f]) for f in weights.vocab)  # own features only
    text = "Doe JA, Roe B. An invented study of placeholders. J Invented Res. 2021;12:45-9."
    tags = model.tagger().labels(text, tokenize(text))
    assert tags[0] == "AUTHOR" and "TITLE" in tags and "YEAR" in tags


# The batched reader (SOURCES-fresh32.md, "A cheaper reader"): entries read side by side
# give what each gives alone, bit for bit, so an entry's labels never depend on its list.
# Where this machine's BLAS rounds a product by its row count, `batches_agree` says so
# and the tagger reads one entry at a time.


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(1, 7), min_size=1, max_size=9), st.integers(0, 2**32 - 1))
def test_entries_read_together_are_read_as_alone(lengths: list[int], seed: int) -> None:
    """Small products (4 inputs, 3 units) round the same at any row count."""
    w = random_weights(4, 3, seed)
    rng = np.random.default_rng(seed + 1)
    inputs = [rng.normal(size=(n, 4)).astype(np.float32) for n in sorted(lengths)[::-1]]
    together = bidirectional_many(inputs, stacked(w))
    assert [t.shape for t in together] == [(len(x), 6) for x in inputs]
    for x, got in zip(inputs, together, strict=True):
        assert np.array_equal(got, bidirectional(x, stacked(w)))


@settings(max_examples=5, deadline=None)
@given(st.lists(st.integers(1, 40), min_size=16, max_size=40), st.integers(0, 2**32 - 1))
def test_the_probe_is_right_when_it_says_batches_agree(lengths: list[int], seed: int) -> None:
    """At the model's own size (64 inputs, 128 units), where a BLAS kernel may round by
    row count: if `batches_agree` says a batch reads as alone, every entry does."""
    s = stacked(random_weights(64, 128, seed))
    rng = np.random.default_rng(seed + 1)
    inputs = [rng.normal(size=(n, 64)).astype(np.float32) for n in sorted(lengths)[::-1]]
    together = bidirectional_many(inputs, s)
    same = all(np.array_equal(t, bidirectional(x, s)) for x, t in zip(inputs, together,
                                                                   strict=True))  # fmt: skip
    assert same or not batches_agree(s, len(inputs))


def test_where_batches_do_not_agree_the_tagger_reads_one_entry_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weights = load(tiny_model(["bias", "w=doe"], ["A", "B"]))
    assert Tagger(weights).batch == BATCH or not batches_agree(stacked(weights))
    monkeypatch.setattr(neural, "batches_agree", lambda s: False)
    tagger = Tagger(weights)
    assert (tagger.batch, tagger.least) == (1, 1)  # and on a row of its own
    calls: list[tuple[int, int]] = []
    many = neural.bidirectional_many
    monkeypatch.setattr(neural, "bidirectional_many", lambda x, s, least:
                        calls.append((len(x), least)) or many(x, s, least))  # fmt: skip
    tagger.tag_many([[["bias"]] * 3, [["w=doe"]] * 2, [["bias"]]])
    assert calls == [(1, 1)] * 3


def test_the_probe_sees_a_batch_that_reads_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    s = stacked(random_weights(4, 3, 1))
    many = neural.bidirectional_many

    def nudged(inputs: Any, st: Any, least: int = 2) -> list[Any]:  # rounds otherwise
        out = many(inputs, st, least)
        if len(inputs) > 3:
            out[-1] = np.nextafter(out[-1], np.float32(np.inf))
        return out

    assert batches_agree(s)
    monkeypatch.setattr(neural, "bidirectional_many", nudged)
    assert not batches_agree(s)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 8), min_size=1, max_size=9), st.integers(1, 5),
       st.integers(0, 2**32 - 1))  # fmt: skip
def test_paths_found_together_are_found_as_alone(
    lengths: list[int], labels: int, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    ems = [rng.normal(size=(n, labels)).astype(np.float32) for n in sorted(lengths)[::-1]]
    ems[-1][:] = 0.0  # ties everywhere: broken as `viterbi` breaks them
    trans = rng.normal(size=(labels, labels)).astype(np.float32)
    start, end = (rng.normal(size=labels).astype(np.float32) for _ in range(2))
    found = viterbi_many(ems, trans, start, end)
    assert found == [viterbi(em, trans, start, end) for em in ems]


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([np.zeros((1, 1)), np.zeros((3, 1))], "longest first"),
        ([np.zeros((3, 1)), np.zeros((0, 1))], "no tokens"),
    ],
)
def test_paths_need_entries_longest_first_and_with_tokens(entries: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        viterbi_many(entries, np.zeros((1, 1), np.float32), np.zeros(1), np.zeros(1))


def test_states_need_entries_longest_first() -> None:
    short, long = np.zeros((1, 1), np.float32), np.zeros((3, 1), np.float32)
    with pytest.raises(ValueError, match="longest first"):
        bidirectional_many([short, long], stacked(random_weights(1, 1, 0)))


def test_a_lone_row_is_multiplied_as_a_row_among_others() -> None:
    """One row goes through the product padded with a zero row, as OpenBLAS rounds a lone
    row's product by another path; its value is the row's own product."""
    rng = np.random.default_rng(3)
    a, b = rng.normal(size=(1, 128)).astype(np.float32), rng.normal(size=(128, 512))
    b = b.astype(np.float32)
    assert np.array_equal(product(a, b), (np.concatenate([a, np.zeros_like(a)]) @ b)[:1])
    assert np.allclose(product(a, b), a @ b, atol=1e-4)


def sample_texts(n: int) -> list[str]:
    """The first `n` texts of the bundled sample of the rendered corpus: real lengths."""
    path = Path(__file__).resolve().parents[3] / "data" / "corpus" / "sample.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for _, line in zip(range(n), handle, strict=False)]


@pytest.mark.parametrize("steps", [1, 100, 64 * 64])  # one entry a batch, a few, all
def test_the_bundled_model_tags_a_list_together_as_one_by_one(
    steps: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(neural, "BATCH_STEPS", steps)
    texts = [*sample_texts(40), "", "x"]
    tagger = model.tagger()
    xseqs = [own_features(t, tokenize(t)) for t in texts]
    assert tagger.tag_many(xseqs) == [tagger.tag(x) for x in xseqs]
    entries = [(t, tokenize(t)) for t in texts]
    assert tagger.labels_many(entries) == [tagger.labels(t, k) for t, k in entries]
    if tagger.batch > 1:  # this BLAS reads a batch as alone: so, bit for bit, the scores
        order = sorted((x for x in xseqs if x), key=len, reverse=True)
        for alone, together in zip(map(tagger.emissions, order),
                                   tagger.emissions_many([tagger.summed(x) for x in order]),
                                   strict=True):  # fmt: skip
            assert np.array_equal(alone, together)


def same_bits(a: np.ndarray[Any, Any], b: np.ndarray[Any, Any]) -> bool:
    """Equal to the bit: same dtype, shape and bytes (`array_equal` takes -0.0 for 0.0)."""
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def test_the_bundled_models_inputs_are_the_sums_of_the_feature_strings_bit_for_bit() -> None:
    """`inputs` sums no string, but each token's input must be the very float32 sum the
    feature strings give (`summed`), so labels cannot move: on real entries of every
    rendered style, each word first met (an empty cache) and then met again (kept)."""
    tagger = Tagger(model.tagger().weights)
    texts = sample_texts(200)
    for text in [*texts, *texts[:20]]:
        tokens = tokenize(text)
        assert same_bits(tagger.inputs(text, tokens), tagger.summed(own_features(text, tokens)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab z1990.,:;()[]-/ 卷期Éé\t")), max_size=80))
def test_inputs_are_the_sums_of_the_feature_strings_for_any_text(text: str) -> None:
    """Brackets opened and closed in any order, stops before and after spaces, years,
    CJK characters and runs of punctuation: the running counts `inputs` adds are the ones
    the strings name, in the same order."""
    tagger = model.tagger()
    tokens = tokenize(text)
    inputs = tagger.inputs(text, tokens)
    assert inputs.shape == (len(tokens), tagger.weights.embedding.shape[1])
    assert same_bits(inputs, tagger.summed(own_features(text, tokens)))


@pytest.mark.parametrize(
    "dropped",
    [
        ("pos=", "len="),  # some running counts and every length
        ("bias", "w=", "sh=", "p3=", "s3=", "dlen=", "year=", "cap=", "allcap=", "cue=", "sp="),
    ],
    ids=["counts", "words"],
)
def test_a_feature_the_model_does_not_know_adds_nothing_to_an_input(
    dropped: tuple[str, ...],
) -> None:
    """A model that never saw some features (a smaller vocabulary) still reads: a count
    or length it does not know takes the zero row, a word none of whose features it knows
    sums to zero, as `ids` leaves the unknown features out."""
    w = model.tagger().weights
    kept = {f: i for f, i in w.vocab.items() if not f.startswith(dropped)}
    tagger = Tagger(Weights(**{**w.__dict__, "vocab": kept}))
    text = "Doe J. A title. J Biol. 1999;12(3):45-67."
    tokens = tokenize(text)
    assert same_bits(tagger.inputs(text, tokens), tagger.summed(own_features(text, tokens)))


def test_a_model_of_one_float_a_feature_sums_its_strings() -> None:
    """Where NumPy would sum a word's rows pairwise (a vector of one float is the
    reduction's inner loop), `inputs` sums the strings instead: still the same numbers.
    The rows span six orders of magnitude, so an order of additions shows."""
    w = model.tagger().weights
    rng = np.random.default_rng(7)
    rows = w.embedding.shape[0]
    embedding = rng.standard_normal((rows, 1)) * 10.0 ** rng.integers(-3, 4, (rows, 1))
    embedding[0] = 0
    inputs = np.zeros((w.input_forward.shape[0], 1), dtype=np.float32)
    arrays = {name: getattr(w, name) for name in ARRAYS}
    arrays.update(embedding=embedding.astype(np.float32), input_forward=inputs,
                  input_backward=inputs)  # fmt: skip
    tagger = Tagger(Weights(w.vocab, w.labels, **arrays))
    text = "Doe J, Roe R. A title of it. J Biol Chem. 1999;12(3):45-67. doi:10.1000/xyz"
    tokens = tokenize(text)
    assert same_bits(tagger.inputs(text, tokens), tagger.summed(own_features(text, tokens)))
