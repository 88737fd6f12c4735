"""Dedupe quality against labelled datasets, and speed on synthetic libraries.

Quality: for each dataset in ../shared/bench/dedupe (or --datasets DIR), mmrefs is run on
the plain file and on blind copies (rows shuffled, IDs replaced; made by the reference
scorer) and scored with that scorer, pairwise:

    python bench/dedupe_bench.py --seeds 1 2 3

Speed: N synthetic records (~10% duplicates with realistic perturbations), read from CSV
and de-duplicated in one process; prints seconds, records/s and peak RSS:

    python bench/dedupe_bench.py --synthetic 100000
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import measure
from mmrefs import pipeline
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.library import read_library

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ROOT.parent / "shared" / "bench" / "dedupe"
PEER_F1 = {  # bib-dedupe 0.11.0, pairwise, from the dataset README (plain / blind copies)
    "cytology_screening": (0.9922, 0.9922),
    "respiratory": (0.9612, 0.9591),
    "digital_work": (0.9991, 0.9947),
    "special_cases": (0.5000, 0.5000),
}
_PAIRWISE = re.compile(r"TP=(\d+) FP=(\d+) FN=(\d+)")


def dedupe_csv(records: Path, predicted: Path) -> float:
    """Run mmrefs on one CSV (as the CLI does) and write PRED.csv; returns seconds."""

    def run() -> str:
        doc = read_library(records.read_text("utf-8"), str(records))
        return pipeline.render_dedupe(pipeline.dedupe([doc]), "csv")

    rendered, seconds, _ = measure(run)
    predicted.write_text(rendered, "utf-8")
    return seconds


def score(scorer: Path, dataset: Path, predicted: Path) -> tuple[int, int, int, float]:
    out = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--dataset",
            str(dataset),
            "--predicted",
            str(predicted),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tp, fp, fn = (int(x) for x in _PAIRWISE.findall(out)[0])
    return tp, fp, fn, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def blind_copy(dataset: Path, target: Path, seed: int) -> Path:
    subprocess.run(
        [
            sys.executable,
            str(dataset.parent / "score.py"),
            "--dataset",
            str(dataset),
            "--blind-copy",
            str(target),
            "--seed",
            str(seed),
        ],
        capture_output=True,
        check=True,
    )
    return target


def quality(root: Path, seeds: list[int]) -> None:
    print(
        f"{'dataset':20} {'copy':8} {'TP':>5} {'FP':>4} {'FN':>4} {'F1':>7} {'peer F1':>8} {'s':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for dataset in sorted(p for p in root.iterdir() if (p / "merged_record_ids.csv").exists()):
            peer_plain, peer_blind = PEER_F1.get(dataset.name, (float("nan"),) * 2)
            copies = [("plain", dataset)] + [
                (f"seed {s}", blind_copy(dataset, Path(tmp) / f"{dataset.name}-{s}", s))
                for s in seeds
            ]
            for label, copy in copies:
                predicted = Path(tmp) / "PRED.csv"
                seconds = dedupe_csv(copy / "records_pre_merged.csv", predicted)
                tp, fp, fn, f1 = score(root / "score.py", copy, predicted)
                peer = peer_plain if label == "plain" else peer_blind
                row = f"{dataset.name:20} {label:8} {tp:5} {fp:4} {fn:4} {f1:7.4f}"
                print(f"{row} {peer:8.4f} {seconds:6.1f}")


def vocabulary() -> tuple[list[str], list[str], list[str]]:
    """Title words, family names and journals from the bundled review (real-looking)."""
    source = ROOT / "refs" / "mm-biomaterials-review.txt"
    refs = parse_document(source.read_text("utf-8"), str(source)).references
    words = sorted({w for r in refs for w in re.findall(r"[A-Za-z][a-z]{3,}", r.title)})
    families = sorted(
        {a.family for r in refs for a in r.authors if a.family.isascii() and a.family}
    )
    journals = sorted({r.container for r in refs if r.container.isascii() and r.container})
    return words, families, journals


def synthetic_rows(n: int, seed: int = 7) -> list[list[str]]:
    rng = random.Random(seed)
    words, families, journals = vocabulary()
    syllables = ["ka", "lo", "mi", "ren", "so", "ta", "vi", "zh", "an", "er", "ul", "ber", "dt"]
    families += ["".join(rng.choices(syllables, k=3)).title() for _ in range(5000)]
    rows: list[list[str]] = []
    originals = int(n / 1.1)
    for i in range(originals):
        authors = [
            f"{rng.choice(families)}, {rng.choice('ABCDEFGHJKLMNPRSTW')} {rng.choice('ABCDEFG')}"
            for _ in range(rng.randint(1, 6))
        ]
        first = rng.randint(1, 3000)
        rows.append(
            [
                f"r{i}",
                " ".join(rng.choices(words, k=rng.randint(6, 14))).capitalize(),
                str(rng.randint(1990, 2025)),
                " and ".join(authors),
                f"{first}-{first + rng.randint(3, 15)}",
                str(rng.randint(1, 400)),
                str(rng.randint(1, 12)),
                "article",
                rng.choice(journals),
            ]
        )
    for j in range(n - originals):
        rows.append(perturb(list(rows[rng.randrange(originals)]), f"d{j}", rng))
    rng.shuffle(rows)
    return rows


def perturb(row: list[str], new_id: str, rng: random.Random) -> list[str]:
    """What two databases do to one paper: case, a dropped field, short page form, dotted
    initials, a truncated author list, a typo."""
    row[0] = new_id
    change = rng.randrange(6)
    if change == 0:
        row[1] = row[1].upper()
    elif change == 1:
        row[4] = ""
    elif change == 2:
        first, last = row[4].split("-")
        row[4] = f"{first}-{last[len(last) - 2 :]}" if len(last) > 2 else row[4]
    elif change == 3:
        row[3] = re.sub(
            r" ([A-Z]) ([A-Z])$| ([A-Z]) ([A-Z]) and",
            lambda m: m.group(0).replace(" ", ". ", 1),
            row[3],
        )
    elif change == 4:
        row[3] = row[3].split(" and ")[0]
    else:
        pos = rng.randrange(len(row[1]))
        row[1] = row[1][:pos] + row[1][pos + 1 :]
    return row


def speed(n: int) -> None:
    header = ["ID", "title", "year", "author", "pages", "volume", "number", "ENTRYTYPE", "journal"]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(synthetic_rows(n))

        def run() -> pipeline.DedupeRun:
            doc = read_library(path.read_text("utf-8"), str(path))
            return pipeline.dedupe([doc])

        result, seconds, peak = measure(run)
    clusters = result.result.clusters
    print(
        f"records={n} clusters={len(clusters)} duplicates={sum(len(c) - 1 for c in clusters)} "
        f"pairs_compared={result.result.compared} seconds={seconds:.1f} "
        f"records_per_second={n / seconds:,.0f} peak_rss_mib={peak:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", type=Path, default=DATASETS)
    parser.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3])
    parser.add_argument("--synthetic", type=int, nargs="*", help="record counts to time")
    args = parser.parse_args()
    if args.synthetic:
        for n in args.synthetic:
            speed(n)
    else:
        quality(args.datasets, args.seeds)


if __name__ == "__main__":
    main()
