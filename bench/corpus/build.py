"""Regenerate the labelled parse corpus: records → CSL styles (citeproc-js) → noise → JSONL.

Run: .venv/bin/python bench/corpus/build.py [--records 7000] [--seed 12]
Needs node with citeproc-js (`npm ci` in tests/js) and Debian's
`citation-style-language-styles` and `citation-style-language-locales`.
Writes bench/corpus/out/corpus.jsonl (one line per rendered entry: style, text, expected
fields, noises applied) and, with --sample, the committed test sample.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import labels
import noise
import records
import synth

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CSL_DIR = Path("/usr/share/citation-style-language")
# name → (CSL file, noise family). Every style the issue lists, plus biomedicine's common ones.
STYLES: dict[str, tuple[str, str]] = {
    "gbt7714-numeric": ("china-national-standard-gb-t-7714-2015-numeric", "gbt"),
    "gbt7714-author-date": ("china-national-standard-gb-t-7714-2015-author-date", "gbt"),
    "vancouver": ("vancouver", "nlm"),
    "ama": ("american-medical-association", "nlm"),
    "apa": ("apa", "any"),
    "harvard": ("harvard-cite-them-right", "any"),
    "chicago-author-date": ("chicago-author-date", "any"),
    "ieee": ("ieee", "any"),
    "nature": ("nature", "any"),
    "elsevier-harvard": ("elsevier-harvard", "any"),
    "elsevier-vancouver": ("elsevier-vancouver", "nlm"),
    "aps": ("american-physics-society", "any"),
    "frontiers": ("frontiers", "any"),
    "cell": ("cell", "any"),
    "lancet": ("the-lancet", "nlm"),
    "acs": ("american-chemical-society", "any"),
}
# Styles rendered only when asked for (`--styles gost --out …`), into a file of their own,
# so that adding one does not change the default corpus (and the fallback model trained on
# it, `bench/crf_train.py`). GOST R 7.0.5-2008 is the Russian national standard's form
# (`Title // Journal. 2019. Т. 12, № 3. С. 1–9.`), which the guides' blind batches showed
# read worst (fresh21, fresh22).
EXTRA_STYLES: dict[str, tuple[str, str]] = {
    "gost": ("gost-r-7-0-5-2008-numeric", "any"),
}
ABLATE = ["volume", "issue", "page"]
LABEL = re.compile(r"^\s*(?:\[\d+\]|\d+\.|\(\d+\)|\d+(?= ))\s*")  # Lancet: `49 Smith`


def render(
    items: list[dict[str, Any]], styles: dict[str, tuple[str, str]]
) -> dict[str, dict[str, dict[str, str]]]:
    """Every style's rendering of every item, plus the ablated renderings, via render.js."""
    clean = [{k: v for k, v in item.items() if not k.startswith("_")} for item in items]
    job = {
        "styles": {name: str(CSL_DIR / "styles" / f"{f}.csl") for name, (f, _) in styles.items()},
        "locales": str(CSL_DIR / "locales"),
        "items": clean,
        "ablate": ABLATE,
    }
    names = list(job["styles"])
    halves = [half for half in (names[0::2], names[1::2]) if half]  # one node per core
    result: dict[str, dict[str, dict[str, str]]] = {}
    with ThreadPoolExecutor(len(halves)) as pool:
        for part in pool.map(lambda half: run_node(job, half), halves):
            result.update(part)
    return result


def run_node(job: dict[str, Any], styles: list[str]) -> dict[str, dict[str, dict[str, str]]]:
    """Run render.js on the given styles of the job; the items travel in a temporary file."""
    mine = dict(job, styles={name: job["styles"][name] for name in styles})
    env = dict(os.environ, CITEPROC=str(ROOT / "tests" / "js" / "node_modules" / "citeproc"))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(mine, handle)
    try:
        command = ["node", str(HERE / "render.js"), handle.name]
        out = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    finally:
        os.unlink(handle.name)
    result: dict[str, dict[str, dict[str, str]]] = json.loads(out.stdout)
    return result


def corpus_items(count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    latin, _ = records.review_journals()
    real = records.crossref_items() + records.pubmed_items()
    return real + [synth.record(rng, n, latin) for n in range(count)]


def entries(
    items: list[dict[str, Any]],
    rendered: dict[str, dict[str, dict[str, str]]],
    seed: int,
    styles: dict[str, tuple[str, str]],
) -> list[dict[str, Any]]:
    rng = random.Random(seed + 1)
    out = []
    for style, (_, family) in styles.items():
        for item in items:
            full = rendered[style]["full"].get(item["id"])
            if not full:
                continue
            text = LABEL.sub("", full)
            ablated = {f: LABEL.sub("", rendered[style][f].get(item["id"], "")) for f in ABLATE}
            expected = labels.expected_fields(item, text, ablated)
            noisy, applied = noise.add_noise(rng, family, text, item, expected)
            if rng.random() < 0.15:
                noisy = noise.wrap(rng, noisy, rng.randint(60, 100))
                applied.append("wrapped")
            out.append(
                {
                    "id": item["id"],
                    "style": style,
                    "type": item["type"],
                    "text": noisy,
                    "noise": applied,
                    "expected": expected,
                }
            )
    return out


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def sample(
    rows: list[dict[str, Any]], per_style: int, seed: int, styles: dict[str, tuple[str, str]]
) -> list[dict[str, Any]]:
    """A few entries of every style, real records first, for the unit tests."""
    rng = random.Random(seed + 2)
    out = []
    for style in styles:
        mine = [r for r in rows if r["style"] == style]
        real = [r for r in mine if not r["id"].startswith("syn-")]
        rest = rng.sample([r for r in mine if r["id"].startswith("syn-")], per_style)
        out += real[:5] + rest
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=7000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "corpus.jsonl")
    parser.add_argument("--sample", type=Path, help="also write a per-style sample here")
    parser.add_argument("--per-style", type=int, default=20)
    parser.add_argument(
        "--styles", help=f"comma-separated (default: all of STYLES); also {list(EXTRA_STYLES)}"
    )
    args = parser.parse_args()
    known = STYLES | EXTRA_STYLES
    names = args.styles.split(",") if args.styles else list(STYLES)
    unknown = [name for name in names if name not in known]
    if unknown:
        parser.error(f"unknown style(s) {unknown}; known: {sorted(known)}")
    styles = {name: known[name] for name in names}
    items = corpus_items(args.records, args.seed)
    rows = entries(items, render(items, styles), args.seed, styles)
    write_jsonl(args.out, rows)
    print(f"{len(rows)} entries from {len(items)} records in {len(styles)} styles → {args.out}")
    if args.sample:
        write_jsonl(args.sample, sample(rows, args.per_style, args.seed, styles))
        print(f"sample → {args.sample}")


if __name__ == "__main__":
    main()
