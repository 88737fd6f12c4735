"""The trainer (`bench/crf_train.py`) labels each token from a row's expected fields,
and drops a row whose fields it cannot all find rather than teach half of it."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "corpus"))
from crf_train import GUIDE_FILES, guide_rows, token_labels  # noqa: E402
from guides_bench import GUIDES, file_of, part_of  # noqa: E402
from mmrefs.ingest.learned.tokens import tokenize  # noqa: E402

TEXT = "Doe JA, Roe B. “Invented title of things.” J Invented Res. 2021;12(3):45-9. doi:10.5555/x1"
EXPECTED = {
    "authors": [["Doe", "JA"], ["Roe", "B"]],
    "et_al": False,
    "title": "Invented title of things",
    "container": "J Invented Res.",
    "year": "2021",
    "volume": "12",
    "issue": "3",
    "pages": "45-49",
    "doi": "10.5555/x1",
}


def test_an_invented_row_is_labelled_token_by_token() -> None:
    labels = token_labels(TEXT, EXPECTED)
    assert labels is not None
    by_label: dict[str, list[str]] = {}
    for token, label in zip(tokenize(TEXT), labels, strict=True):
        by_label.setdefault(label, []).append(token.text)
    assert by_label["AUTHOR"] == ["Doe", "JA", ",", "Roe", "B"]  # no full stop, no quote
    assert by_label["TITLE"] == ["Invented", "title", "of", "things"]
    assert by_label["CONTAINER"] == ["J", "Invented", "Res"]
    assert by_label["YEAR"] == ["2021"] and by_label["VOLUME"] == ["12"]
    assert by_label["ISSUE"] == ["3"] and by_label["PAGES"] == ["45", "-", "9"]
    assert by_label["DOI"] == ["10.5555/x1"]
    assert {".", "“", "”", ";", "(", ")", ":", "doi"} <= set(by_label["OTHER"])


def test_a_row_whose_field_is_not_printed_is_dropped() -> None:
    assert token_labels(TEXT, {**EXPECTED, "volume": "99"}) is None
    assert token_labels(TEXT, {**EXPECTED, "authors": [["Nobody", "N"]]}) is None


def test_only_dev_rows_of_the_listed_files_are_trained_on() -> None:
    rows = guide_rows()
    assert rows and {file_of(row) for row in rows} == set(GUIDE_FILES)
    assert all(part_of(row) == "dev" for row in rows)
    # the newest batch of real lists measures the model on lists it has not seen
    newest = max(
        (path.stem for path in GUIDES.glob("fresh*.jsonl")),
        key=lambda stem: int(stem.removeprefix("fresh") or 1),
    )
    assert newest not in GUIDE_FILES
