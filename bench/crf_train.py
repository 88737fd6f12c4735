"""Train a CRF of the statistical fallback's kind, for comparison (`crf_cv.py`).

The product's fallback was this CRF until cycle 11 (SOURCES-fresh30.md) replaced it with
a BiLSTM-CRF (`nn_train.py`), which reads the decision rows out of fold 94.54% against
this model's 94.38%. The CRF stays the yardstick a new setting is compared with.

Run: python bench/crf_train.py [--out PATH] [--rows N] [--copies K] [--iterations I]
                              [--c2 L2]

The model labels each token of an entry (author, title, container, year, …) and is used
for entries no grammar reads and for the readings the fallback policy hands it
(`refparse.parse_fields`: scored below 0.9, or unlocated). It is trained on

* `--rows` entries of the rendered corpus (`bench/corpus/out/corpus.jsonl`, regenerated
  by `bench/corpus/build.py`), picked by a seeded shuffle; the first 5,000 of that
  shuffle are left out, as a test set nothing was trained on;
* the `dev` rows of the labelled guides (`guides_bench.part_of`) of the files listed in
  `GUIDE_FILES` (en, gbt, fresh…fresh27), each repeated `--copies` times: real lists are
  rarer than rendered ones and unlike them. Held-out rows, and files collected after the
  model (fresh28 on), are never used: they are how the fallback is measured on lists it
  has not seen. fresh16–fresh21's dev rows joined by a rule declared before the retrain
  (SOURCES-fresh22.md, round C): the held-out total of every file but fresh22 went
  90.03% → 90.30%. fresh22–fresh26's joined by SOURCES-fresh29.md, with the number of
  copies chosen by grouped cross-validation on these rows (`crf_cv.py`); fresh27's
  after its blind role ended (the same file, "Step 1").

Token labels come from the expected fields: each field's printed value is found in the
entry (`align`); a row where some field cannot be found is dropped rather than taught
half-labelled. The same corpus, options and code give the same model, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "corpus"))  # `labels`: the scorer's comparison form

from labels import norm  # noqa: E402

from guides_bench import GUIDES, part_of  # noqa: E402
from mmrefs.ingest.learned.tokens import features, tokenize  # noqa: E402

CORPUS = HERE / "corpus" / "out" / "corpus.jsonl"
MODEL = Path(tempfile.gettempdir()) / "mmrefs-crf" / "fields.crfsuite"
GUIDE_FILES = (
    "en",
    "gbt",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
)
SEED = 20240601
TEST_ROWS = 5000  # the shuffle's first rows: never trained on
PARAMS = {
    "c1": 0.05,
    "c2": 0.01,
    "feature.minfreq": 2,
    "feature.possible_transitions": True,
}
OTHER = "OTHER"
# Field → label, in the order `align` looks them up: links and identifiers first (they
# are unambiguous), then the long text fields, then the numbers, which are searched after
# the container so that a volume is not found inside a title.
_TEXT_FIELDS = (
    ("title", "TITLE"),
    ("container", "CONTAINER"),
    ("publisher", "PUBLISHER"),
    ("place", "PLACE"),
)
_AUTHOR_END = " .,;:([（【\"“”‘’«「『《'"  # not part of an author block's last name


def normalised(text: str) -> tuple[str, list[int]]:
    """`text` in the scorer's comparison form (`labels.norm`, character by character), and
    for each kept character the offset in `text` it came from: values are found whatever
    the punctuation, exactly as the scorer compares them."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        folded = norm(char)
        chars.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(chars), offsets


class Labeller:
    """Character labels of one entry, each field placed on characters no field took."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.labels: list[str | None] = [None] * len(text)
        self.folded, self.offsets = normalised(text)

    def free(self, start: int, end: int) -> bool:
        return all(label is None for label in self.labels[start:end])

    def mark(self, start: int, end: int, label: str) -> tuple[int, int]:
        self.labels[start:end] = [label] * (end - start)
        return start, end

    def place_text(self, value: str, label: str, after: int = 0) -> tuple[int, int] | None:
        """The first free place of `value` (compared folded), after `after` if it is
        found there, else anywhere."""
        wanted = normalised(value)[0]
        if not wanted:
            return None
        for begin in (after, 0) if after else (0,):
            k = next((k for k, o in enumerate(self.offsets) if o >= begin), len(self.offsets))
            k = self.folded.find(wanted, k)
            while k >= 0:
                start, end = self.offsets[k], self.offsets[k + len(wanted) - 1] + 1
                if self.free(start, end):
                    return self.mark(start, end, label)
                k = self.folded.find(wanted, k + 1)
        return None

    def place_pattern(self, pattern: str, label: str, after: int = 0) -> tuple[int, int] | None:
        """The first free match of `pattern`, after `after` if there is one, else anywhere."""
        for begin in (after, 0) if after else (0,):
            for match in re.finditer(pattern, self.text[begin:]):
                start, end = match.start() + begin, match.end() + begin
                if self.free(start, end):
                    return self.mark(start, end, label)
        return None


def align(text: str, expected: dict[str, Any]) -> list[str | None] | None:
    """Each character's label (None between fields), or None if some expected field is
    not printed in `text` as far as the search can tell."""
    at = Labeller(text)
    found: dict[str, tuple[int, int]] = {}
    if expected.get("url"):
        url = str(expected["url"]).rstrip("./")
        start = text.find(url)
        if start < 0:
            return None
        found["url"] = at.mark(start, start + len(url), "URL")
    if expected.get("doi"):
        doi = str(expected["doi"]).lower()
        lower = text.lower()
        start = lower.find(doi)
        while start >= 0 and not at.free(start, start + len(doi)):
            start = lower.find(doi, start + 1)
        if start >= 0:
            at.mark(start, start + len(doi), "DOI")
        elif not ("url" in found and doi in str(expected["url"]).lower()):
            return None
    if expected.get("pmid"):
        pmid = re.escape(str(expected["pmid"]))
        if not at.place_pattern(rf"(?<!\d){pmid}(?!\d)", "PMID"):
            return None
    for name, label in _TEXT_FIELDS:
        if expected.get(name):
            after = found["title"][1] if name == "container" and "title" in found else 0
            place = at.place_text(str(expected[name]), label, after)
            if place is None:
                return None
            found[name] = place
    if expected.get("year"):
        year = str(expected["year"])[:4]
        if not at.place_pattern(rf"(?<!\d){year}(?!\d)", "YEAR"):
            return None
    if not _align_locator(at, expected, found.get("container", (0, 0))[1]):
        return None
    if expected.get("authors") or expected.get("et_al"):
        return at.labels if _align_authors(at, expected) else None
    return at.labels


def _align_locator(at: Labeller, expected: dict[str, Any], after: int) -> bool:
    """Volume, issue and pages, each searched after the one before it."""
    for name, label in (("volume", "VOLUME"), ("issue", "ISSUE")):
        if expected.get(name):
            value = re.escape(str(expected[name]))
            place = at.place_pattern(rf"(?<!\w){value}(?!\w)", label, after)
            if place is None:
                return False
            after = place[1]
    if expected.get("pages"):
        parts = re.split(r"\s*[-–]\s*", str(expected["pages"]), maxsplit=1)
        pattern = rf"(?<!\w){re.escape(parts[0])}"
        pattern += r"\s*[-–—‐‑]+\s*\w+" if len(parts) == 2 else r"(?!\w)"
        if at.place_pattern(pattern, "PAGES", after) is None:
            return False
    return True


def _align_authors(at: Labeller, expected: dict[str, Any]) -> bool:
    """The author block: everything before the first labelled field, without the
    punctuation (or a title's opening quote) that ends it, provided every expected
    family name is in it."""
    first = next((i for i, label in enumerate(at.labels) if label), len(at.text))
    end = len(at.text[:first].rstrip(_AUTHOR_END))
    block = normalised(at.text[:end])[0]
    families = [
        normalised(words[-1])[0] if (words := name[0].split()) else ""
        for name in expected.get("authors", [])
    ]
    if end == 0 or not all(family in block for family in families):
        return False
    at.mark(0, end, "AUTHOR")
    return True


def token_labels(text: str, expected: dict[str, Any]) -> list[str] | None:
    """One label per token (`tokens.tokenize`): the first label among its characters, or
    `OTHER` (punctuation, cue words); None if the row cannot be aligned."""
    labels = align(text, expected)
    if labels is None:
        return None
    return [
        next((label for label in labels[t.start : t.end] if label), None) or OTHER
        for t in tokenize(text)
    ]


def corpus_rows(path: Path, rows: int) -> list[dict[str, Any]]:
    """`rows` rendered entries picked by the seeded shuffle, after its `TEST_ROWS` first."""
    with path.open(encoding="utf-8") as handle:
        every = [json.loads(line) for line in handle if line.strip()]
    order = list(range(len(every)))
    random.Random(SEED).shuffle(order)
    picked = [every[i] for i in order[TEST_ROWS : TEST_ROWS + rows]]
    for row in picked:
        row["text"] = row["text"].replace("\n", " ")  # as `parse_bench.entry_rate` does
    return picked


def guide_rows(folder: Path = GUIDES) -> list[dict[str, Any]]:
    """The dev rows of `GUIDE_FILES`; held-out rows are dropped as they are read."""
    out = []
    for name in GUIDE_FILES:
        with (folder / f"{name}.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    if part_of(row) == "dev":
                        out.append(row)
    return out


def sequences(rows: list[dict[str, Any]]) -> Iterator[tuple[list[list[str]], list[str]]]:
    """Features and labels of every row that aligns."""
    for row in rows:
        labels = token_labels(row["text"], row["expected"])
        if labels is not None:
            yield features(row["text"], tokenize(row["text"])), labels


def trainer_for(rows: list[dict[str, Any]], iterations: int, c2: float) -> tuple[Any, int]:
    """A trainer holding every row that aligns (`sequences`), with the model's parameters
    and `c2` and `iterations` set, and how many rows it holds: what this script and the
    cross-validation (`crf_cv.py`) both train from."""
    import pycrfsuite  # here, so that `nn_rows` (no CRF) needs none of it

    trainer = pycrfsuite.Trainer(verbose=False)
    kept = 0
    for xseq, yseq in sequences(rows):
        trainer.append(xseq, yseq)
        kept += 1
    trainer.set_params({**PARAMS, "c2": c2, "max_iterations": iterations})
    return trainer, kept


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rows", type=int, default=10_000, help="rendered corpus entries")
    parser.add_argument("--copies", type=int, default=5, help="copies of each guides dev row")
    parser.add_argument("--iterations", type=int, default=100, help="L-BFGS iterations")
    parser.add_argument("--c2", type=float, default=PARAMS["c2"], help="the L2 penalty")
    args = parser.parse_args()
    started = time.perf_counter()
    rows = corpus_rows(args.corpus, args.rows) + guide_rows() * args.copies
    trainer, kept = trainer_for(rows, args.iterations, args.c2)
    prepared = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out))
    done = time.perf_counter()
    summary = {
        "model": str(args.out),
        "rows": len(rows),
        "trained_on": kept,
        "dropped_unaligned": len(rows) - kept,
        "features_s": round(prepared - started, 1),
        "train_s": round(done - prepared, 1),
        "bytes": args.out.stat().st_size,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
