"""Dedupe quality against labelled datasets, and speed on synthetic libraries.

Quality: for each dataset in ../shared/bench/dedupe (or --datasets DIR), mmrefs is run on
the plain file and on blind copies (rows shuffled, IDs replaced; made by the reference
scorer) and scored with that scorer, pairwise:

    python bench/dedupe_bench.py --seeds 1 2 3

Speed: N synthetic records (~10% duplicates with realistic perturbations), read from CSV
and de-duplicated, each N in a fresh process (so each peak RSS is its own); prints seconds,
records/s, peak RSS and the time per record against the smallest N (1.0 = linear):

    python bench/dedupe_bench.py --synthetic 10000 100000 300000 1000000

`--lookalikes` adds purpose-built look-alikes whose truth is known (parts A/B with
different DOIs and pages, sparse records one title word apart, recurring titles over
years and issues) and prints the pairs merged by mistake and the duplicates missed.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import subprocess
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

from measure import measure
from mmrefs import pipeline
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.library import read_library
from mmrefs.model import DedupeResult

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
    args = ["--dataset", str(dataset), "--predicted", str(predicted)]
    out = subprocess.run(
        [sys.executable, str(scorer), *args], capture_output=True, text=True, check=True
    ).stdout
    tp, fp, fn = (int(x) for x in _PAIRWISE.findall(out)[0])
    return tp, fp, fn, (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def blind_copy(dataset: Path, target: Path, seed: int) -> Path:
    args = ["--dataset", str(dataset), "--blind-copy", str(target), "--seed", str(seed)]
    scorer = dataset.parent / "score.py"
    subprocess.run([sys.executable, str(scorer), *args], capture_output=True, check=True)
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


def synthetic_rows(n: int, seed: int = 7) -> tuple[list[list[str]], dict[str, str]]:
    """Rows (originals and perturbed copies, shuffled) and the work each copy is of."""
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
    truth = {}  # a copy's work; every other row is a work of its own
    for j in range(n - originals):
        source = rows[rng.randrange(originals)]
        rows.append(perturb(list(source), f"d{j}", rng))
        truth[f"d{j}"] = source[0]
    rng.shuffle(rows)
    return rows, truth


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


HEADER = ["ID", "title", "year", "author", "pages", "volume", "number", "ENTRYTYPE", "journal"]


def lookalikes(rows: list[list[str]], truth: dict[str, str], share: float) -> list[list[str]]:
    """Look-alikes of `share` of the works, each a work of its own: two parts of one title
    (different pages; DOIs on half of them) with a copy of part A, two sparse records one
    title word apart with a copy of the first, and an editorial over three years and in two
    issues of one year. Rows gain a `doi` cell."""
    rng = random.Random(11)
    out = [[*row, ""] for row in rows]
    originals = sorted((row for row in rows if row[0].startswith("r")), key=lambda r: int(r[0][1:]))
    for k, row in enumerate(rng.sample(originals, int(len(rows) * share))):
        words = row[1].split()
        title = " ".join(rng.sample(words, len(words))).capitalize()  # a work of its own
        first, doi = (int(row[4].split("-")[0] or 0) + 1500) % 3000 + 1, k % 2 == 0
        for part, pages in (("A", f"{first}-{first + 9}"), ("B", f"{first + 10}-{first + 19}")):
            new = [f"p{k}{part}", f"{title}, part {part}", *row[2:4], pages, *row[5:]]
            out.append([*new, f"10.5555/synth.{k}.{part}" if doi else ""])
        out.append([f"c{k}A", f"{title.upper()}, PART A", *out[-2][2:9], ""])
        title = " ".join(words[::-1]).capitalize()  # another work
        other = title.split()
        other[rng.randrange(len(other))] = "elsewhere"  # one word differs
        for tag, name in (("s", title), ("t", " ".join(other))):
            out.append([f"{tag}{k}", name, row[2], row[3], "", "", "", "article", "", ""])
        out.append([f"u{k}", title.upper(), row[2], row[3], "", "", "", "article", "", ""])
        editor, venue = row[3].split(" and ")[0], [row[5], "", "article", row[8], ""]
        for e, (year, issue) in enumerate(((2019, "1"), (2020, "1"), (2021, "1"), (2021, "2"))):
            venue[1] = issue
            out.append([f"e{k}.{e}", "Editorial", str(year), editor, "", *venue])
    for line in out[len(rows) :]:
        if line[0][0] in "cu":
            truth[line[0]] = {"c": "p", "u": "s"}[line[0][0]] + line[0][1:]
    rng.shuffle(out)
    return out


def pair_errors(result: DedupeResult, truth: dict[str, str]) -> tuple[int, int]:
    """(pairs of different works merged, pairs of one work not merged)."""
    work = [truth.get(i, i) for i in result.ids]
    pairs = [(work[x], work[y]) for c in result.clusters for x, y in combinations(c, 2)]
    false = sum(x != y for x, y in pairs)
    sizes: dict[str, int] = {}
    for w in work:
        sizes[w] = sizes.get(w, 0) + 1
    return false, sum(n * (n - 1) // 2 for n in sizes.values()) - (len(pairs) - false)


def speed_once(n: int, share: float) -> None:
    """One timed run in this process: generate, write CSV, read and de-duplicate."""
    rows, truth = synthetic_rows(n)
    header = [*HEADER, "doi"] if share else HEADER
    rows = lookalikes(rows, truth, share) if share else rows
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "records.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        count = len(rows)
        del rows

        def run() -> pipeline.DedupeRun:
            doc = read_library(path.read_text("utf-8"), str(path))
            return pipeline.dedupe([doc])

        cpu = time.process_time()
        result, seconds, peak = measure(run)
        cpu = time.process_time() - cpu
    clusters = result.result.clusters
    false, missed = pair_errors(result.result, truth)
    print(
        f"records={count} clusters={len(clusters)} duplicates={sum(len(c) - 1 for c in clusters)} "
        f"pairs_compared={result.result.compared} seconds={seconds:.1f} cpu_seconds={cpu:.1f} "
        f"records_per_second={count / seconds:,.0f} peak_rss_mib={peak:.0f} "
        f"false_pairs={false} missed_pairs={missed}"
    )


def speed(counts: list[int], share: float) -> None:
    """Each N in its own process; then seconds against N (CPU seconds too: on a shared
    machine wall time also measures the neighbours)."""
    table = []
    for n in counts:
        command = [sys.executable, __file__, "--one", str(n), "--lookalikes", str(share)]
        line = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        print(line.strip(), flush=True)
        table.append(dict(pair.split("=") for pair in line.split()))
    base = float(table[0]["cpu_seconds"]) / int(table[0]["records"])
    print(f"{'records':>9} {'seconds':>8} {'cpu s':>7} {'us/record':>9} {'cpu/rec':>8} {'MiB':>6}")
    for row in table:
        n, wall, cpu = int(row["records"]), float(row["seconds"]), float(row["cpu_seconds"])
        print(
            f"{n:9} {wall:8.1f} {cpu:7.1f} {wall / n * 1e6:9.1f} {cpu / n / base:8.2f} "
            f"{int(row['peak_rss_mib']):6}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", type=Path, default=DATASETS)
    parser.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3])
    parser.add_argument("--synthetic", type=int, nargs="*", help="record counts to time")
    parser.add_argument(
        "--lookalikes",
        type=float,
        nargs="?",
        const=0.01,
        default=0.0,
        help="share of works given purpose-built look-alikes (default 0.01 when given)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        speed_once(args.one, args.lookalikes)
    elif args.synthetic:
        speed(args.synthetic, args.lookalikes)
    else:
        quality(args.datasets, args.seeds)


if __name__ == "__main__":
    main()
