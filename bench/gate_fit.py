"""Fit and cross-validate a learned gate between the grammars' reading and the model's.

Run: python bench/gate_fit.py [--models DIR] [--folds 3] [--copies 5] [--in-sample] [--json OUT]

Declared in SOURCES-fresh29.md (cycle 2) before it was written. Today two fixed settings
hand a grammar's reading to the statistical model: a score below 0.9, or a container
nothing locates. The gate would decide instead, for every reading scored below 1.0 or
unlocated, from what both readings show (`FEATURES`), with a logistic model.

A gate fitted on rows the model was trained on would learn how the model reads rows it
remembers. So each decision row is read by the cross-validation fold model that did not
see it: `crf_cv.py`'s `cv-c5-f{k}.crfsuite`, found in `--models`. The decision rows are
`crf_train.GUIDE_FILES`' dev rows, so the figures follow that list: SOURCES-fresh29.md's
were made with it ending at fresh26 (216d587). The gate is itself cross-validated on the
same folds: it is fitted on two folds' rows and decides the third's. Printed, aggregates
only: the fixed policy's and the gate's field accuracy per fold and pooled over every
decision row (rows outside the gate's scope read the same under both), how many readings
of the scope each hands to the model, the weights fitted without fold 0, and with
`--in-sample` the check SOURCES-fresh29.md cites.

It reads CRF fold models only: the gate's confidence features are the CRF's marginals,
which the BiLSTM-CRF shipped in cycle 11 (SOURCES-fresh30.md) does not give.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))

from rapidfuzz import fuzz  # noqa: E402
from score import score_entry  # noqa: E402

import fallback_bench as fb  # noqa: E402
from crf_cv import WORK, fold_of, use_model  # noqa: E402
from crf_train import guide_rows  # noqa: E402
from guides_bench import right_counted  # noqa: E402
from mmrefs.ingest import refparse  # noqa: E402
from mmrefs.ingest.learned import model  # noqa: E402
from mmrefs.ingest.learned.model import encodable, labels_of  # noqa: E402
from mmrefs.model import FailedEntry  # noqa: E402

Fields = dict[str, Any]
HEADS = ("nlm", "author-year", "given-first", "gbt")
FEATURES = (
    "bias",
    "score",
    "unlocated",
    *(f"head={h}" for h in HEADS),
    "head=other",
    "seq_prob",
    "mean_marginal",
    "title_sim",
    "container_sim",
    "same_year",
    "same_authors",
    "grammar_fields",
    "model_fields",
    "cjk",
)
L2 = 1.0  # the penalty on the weights (not on the bias), fixed before any fit


def head_of(style: str) -> str:
    if style.startswith("gbt"):
        return "gbt"
    return style if style in HEADS else "other"


def similarity(a: Any, b: Any) -> float:
    a, b = str(a or ""), str(b or "")
    if not a and not b:
        return 1.0
    return fuzz.ratio(a.casefold(), b.casefold()) / 100.0


def confidence(text: str) -> tuple[float, float]:
    """The model's probability of its own labelling of `text` and the mean marginal of
    each token's label, as the fallback reads the prepared entry."""
    text = encodable(refparse.prepare(text))
    _, labels = labels_of(text)
    if not labels:
        return 0.0, 0.0
    tagger = model.tagger().crf  # a CRF fold model (`crf_cv.use_model`): its last tagging
    marginals = [tagger.marginal(label, t) for t, label in enumerate(labels)]
    return tagger.probability(labels), sum(marginals) / len(marginals)


def features(
    raw: Fields, grammar: Fields, learned: Fields, unlocated: bool, text: str
) -> list[float]:
    style = str(raw.get("style", ""))
    score = float(raw.get("style_score", 1.0))
    heads = [float(head_of(style) == h) for h in (*HEADS, "other")]
    seq_prob, mean_marginal = confidence(text)
    return [
        1.0,
        score,
        float(unlocated),
        *heads,
        seq_prob,
        mean_marginal,
        similarity(grammar.get("title"), learned.get("title")),
        similarity(grammar.get("container"), learned.get("container")),
        float(str(grammar.get("year")) == str(learned.get("year"))),
        float(len(grammar.get("authors") or ()) == len(learned.get("authors") or ())),
        sum(1 for v in grammar.values() if v) / 10.0,
        sum(1 for v in learned.values() if v) / 10.0,
        float(any("\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text)),
    ]


def grammar_reading(text: str) -> tuple[Fields, bool] | None:
    """The grammars' reading of an entry as `refparse.parse_fields` judges it, before the
    fallback and before the re-reading steps (which fill places and houses, and so would
    make an unlocated reading look located), and whether it is `unlocated`; None when
    every grammar refuses the entry: `parse_fields`' own steps, up to its choice."""
    _, body, ids = refparse.peeled(text)
    parsed = refparse.read_body(body, bool(ids.get("doi") or ids.get("url")))
    if isinstance(parsed, str):
        return None
    return parsed, refparse.unlocated(parsed, ids)


def read_fold(rows: list[Fields], path: Path) -> list[Fields]:
    """Each row's readings with the fold model at `path`: the fixed policy's verdict and,
    in the gate's scope, the grammars' and the model's verdicts and the features."""
    use_model(path)
    out = []
    for row in rows:
        expected = row["expected"]
        production = fb.parse(row["text"])
        policy = score_entry(expected, fb.scored(production))
        handed = not isinstance(production, FailedEntry) and bool(
            production.extra_value("replaced")
        )
        record: Fields = {"policy": policy, "scope": False, "handed": handed}
        with fb.fallback(None, off=True):
            grammar_ref = fb.parse(row["text"])
        found = grammar_reading(row["text"])
        if found is not None and not isinstance(grammar_ref, FailedEntry):
            raw, unlocated = found
            if float(raw.get("style_score", 1.0)) < 1.0 or unlocated:
                with fb.fallback(math.inf, unlocated=True):
                    learned_ref = fb.parse(row["text"])
                grammar = fb.scored(grammar_ref) or {}
                if (
                    not isinstance(learned_ref, FailedEntry)
                    and learned_ref.extra_value("style") == refparse.LEARNED_STYLE
                ):
                    learned = fb.scored(learned_ref) or {}
                    record.update(
                        scope=True,
                        grammar=score_entry(expected, grammar),
                        learned=score_entry(expected, learned),
                        x=features(raw, grammar, learned, unlocated, row["text"]),
                    )
        out.append(record)
    return out


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def fit(xs: list[list[float]], ys: list[float], ws: list[float], steps: int = 3000) -> list[float]:
    """Weighted logistic regression by gradient descent (L2 on every weight but the bias)."""
    n = len(xs[0])
    w = [0.0] * n
    total = sum(ws) or 1.0
    rate = 0.5
    for _ in range(steps):
        grad = [0.0] * n
        for x, y, wt in zip(xs, ys, ws, strict=True):
            err = (sigmoid(sum(a * b for a, b in zip(w, x, strict=True))) - y) * wt
            for i in range(n):
                grad[i] += err * x[i]
        for i in range(n):
            penalty = L2 * w[i] / total if i else 0.0
            w[i] -= rate * (grad[i] / total + penalty)
    return w


def takes(weights: list[float], x: list[float]) -> bool:
    """Whether the gate with `weights` hands the reading with features `x` to the model."""
    return sigmoid(sum(a * b for a, b in zip(weights, x, strict=True))) > 0.5


def gain(record: Fields) -> int:
    """Fields the model's reading gets right beyond the grammars' (negative: fewer)."""
    return sum(record["learned"].values()) - sum(record["grammar"].values())


def in_sample(records: list[Fields]) -> None:
    """Fields right over the scope's rows: the fixed policy, the grammars alone, the model
    alone, a gate fitted on all of them and applied to the same rows (how well the
    features can tell the readings apart at all), and a perfect per-entry choice."""
    scope = [r for r in records if r["scope"]]
    diff = [gain(r) for r in scope]
    weights = fit([r["x"] for r in scope], [float(d > 0) for d in diff], [abs(d) for d in diff])

    def right(verdict: dict[str, bool]) -> int:
        return sum(verdict.values())

    gate = sum(right(r["learned"] if takes(weights, r["x"]) else r["grammar"]) for r in scope)
    print(
        f"in-sample over {len(scope)} rows, fields right: "
        f"policy {sum(right(r['policy']) for r in scope)}, "
        f"grammars {sum(right(r['grammar']) for r in scope)}, "
        f"model {sum(right(r['learned']) for r in scope)}, "
        f"gate {gate}, "
        f"perfect choice {sum(max(right(r['learned']), right(r['grammar'])) for r in scope)}; "
        f"model better {sum(d > 0 for d in diff)}, worse {sum(d < 0 for d in diff)}, "
        f"tied {sum(d == 0 for d in diff)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", type=Path, default=WORK)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--in-sample", action="store_true", help="also the in-sample check")
    args = parser.parse_args()
    rows = guide_rows()
    records: list[Fields] = []
    for fold in range(args.folds):
        mine = [r for r in rows if fold_of(r, args.folds) == fold]
        path = args.models / f"cv-c{args.copies}-f{fold}.crfsuite"
        for record in read_fold(mine, path):
            record["fold"] = fold
            records.append(record)
    policy_rc = [0, 0]
    gate_rc = [0, 0]
    handed = {"policy": 0, "gate": 0}
    weights_of = {}
    for fold in range(args.folds):
        train = [r for r in records if r["scope"] and r["fold"] != fold]
        xs = [r["x"] for r in train]
        diff = [gain(r) for r in train]
        ys = [1.0 if d > 0 else 0.0 for d in diff]
        ws = [float(abs(d)) for d in diff]
        weights = fit(xs, ys, ws)
        weights_of[fold] = weights
        fold_rc = {"policy": [0, 0], "gate": [0, 0]}
        for r in (r for r in records if r["fold"] == fold):
            p = right_counted(r["policy"])
            if r["scope"]:
                take = takes(weights, r["x"])
                g = right_counted(r["learned"] if take else r["grammar"])
                handed["gate"] += take
                handed["policy"] += r["handed"]
            else:
                g = p
            for key, (right, counted) in (("policy", p), ("gate", g)):
                fold_rc[key][0] += right
                fold_rc[key][1] += counted
        for key, target in (("policy", policy_rc), ("gate", gate_rc)):
            target[0] += fold_rc[key][0]
            target[1] += fold_rc[key][1]
        print(
            f"fold {fold}: policy {fold_rc['policy'][0] / fold_rc['policy'][1]:.2%} "
            f"gate {fold_rc['gate'][0] / fold_rc['gate'][1]:.2%}"
        )
    scope = sum(r["scope"] for r in records)
    print(f"decision rows {len(records)}, in the gate's scope (the model reads them) {scope}")
    print(f"handed to the model in the scope: policy {handed['policy']}, gate {handed['gate']}")
    pol, gate = policy_rc[0] / policy_rc[1], gate_rc[0] / gate_rc[1]
    print(f"pooled: policy {pol:.2%} ({policy_rc[0]}/{policy_rc[1]}), gate {gate:.2%} "
          f"({gate_rc[0]}/{gate_rc[1]}), difference {100 * (gate - pol):+.2f} points")  # fmt: skip
    print("weights fitted without fold 0:")
    for name, value in zip(FEATURES, weights_of[0], strict=True):
        print(f"  {name:16s} {value:+.3f}")
    if args.in_sample:
        in_sample(records)
    if args.json:
        args.json.write_text(
            json.dumps({"weights": weights_of, "policy": pol, "gate": gate}) + "\n"
        )


if __name__ == "__main__":
    main()
