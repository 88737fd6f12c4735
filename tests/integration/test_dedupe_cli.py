"""`mmrefs dedupe` end to end: every input format, every output, bad input kept and named."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mmrefs.cli import app
from tests.conftest import REVIEW

runner = CliRunner()
HEADER = "ID,title,year,author,pages,volume,number,ENTRYTYPE,journal\n"
ROW_A = (
    '"a1","Injectable hydrogels remodel the myeloma bone marrow niche",2021,'
    '"Moreau, P and Kumar, S","1802-1824",39,4,article,"Journal of Clinical Oncology"\n'
)
ROW_B = (
    '"b1","INJECTABLE HYDROGELS REMODEL THE MYELOMA BONE MARROW NICHE.",2021,'
    '"Moreau, Philippe and Kumar, Shaji","1802-24",39,4,article,"J Clin Oncol"\n'
)
ROW_C = (
    '"c1","Proteasome inhibitors in relapsed myeloma",2019,"Lee, J","10-19",12,1,article,"Blood"\n'
)


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["dedupe", *args])
    return result.exit_code, result.stdout, result.stderr


def test_review_has_no_false_duplicates_and_lists_near_misses() -> None:
    code, out, err = invoke(str(REVIEW), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["summary"]["records"] == 139
    assert data["clusters"] == []
    pairs = {frozenset((p["a"], p["b"])): p for p in data["near_misses"]}
    for pair in (
        frozenset(("[96]", "[98]")),
        frozenset(("[96]", "[99]")),
        frozenset(("[98]", "[99]")),
    ):
        assert pairs[pair]["status"] == "different"
        assert pairs[pair]["reason"].startswith("same title, different")
        assert pairs[pair]["evidence"]["title"] == "1.000"
    assert "0 duplicate clusters" in err


def test_csv_library_json_csv_and_md(tmp_path: Path) -> None:
    lib = tmp_path / "lib.csv"
    lib.write_text(HEADER + ROW_A + ROW_B + ROW_C, encoding="utf-8")
    code, out, _ = invoke(str(lib), "-f", "json")
    assert code == 0
    cluster = json.loads(out)["clusters"][0]
    assert [m["id"] for m in cluster["members"]] == ["a1", "b1"]
    assert cluster["links"][0]["reason"] == "same title, author, year and locator"
    assert cluster["links"][0]["evidence"]["journal"].startswith("close")
    _, out, _ = invoke(str(lib), "-f", "csv")
    assert list(csv.reader(io.StringIO(out))) == [
        ["ID", "cluster"],
        ["a1", "a1"],
        ["b1", "a1"],
        ["c1", "c1"],
    ]
    _code, out, _ = invoke(str(lib), "-f", "md")
    assert "## Cluster 1" in out and "`b1`" in out


def test_across_formats_review_against_its_own_exports(tmp_path: Path) -> None:
    """The review's BibTeX, RIS and CSL-JSON exports are the same 139 works."""
    built = tmp_path / "out"
    assert (
        runner.invoke(
            app, ["build", "--refs-dir", str(REVIEW.parent), "--out-dir", str(built)]
        ).exit_code
        == 0
    )
    stem = REVIEW.stem
    inputs = [REVIEW, built / f"{stem}.bib", built / f"{stem}.ris", built / f"{stem}.csl.json"]
    code, out, _ = invoke(*map(str, inputs), "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert data["summary"]["records"] == 4 * 139
    assert len(data["clusters"]) == 139
    assert all(len(c["members"]) == 4 for c in data["clusters"])


def test_merge_keeps_richest_values_identifiers_and_provenance(tmp_path: Path) -> None:
    lib = tmp_path / "lib.csv"
    lib.write_text(HEADER + ROW_A + ROW_B + ROW_C, encoding="utf-8")
    out = tmp_path / "merged.json"
    code, _, _ = invoke(str(lib), "--merge", "-f", "json", "-o", str(out))
    assert code == 0
    refs = json.loads(out.read_text(encoding="utf-8"))["references"]
    assert len(refs) == 2
    merged = refs[0]
    assert merged["container"] == "Journal of Clinical Oncology"
    assert [a["given"] for a in merged["authors"]] == ["Philippe", "Shaji"]
    provenance = [v for k, v in merged["extra"] if k == "merged_from"]
    assert provenance == [f"a1 ({lib}:2)", f"b1 ({lib}:3)"]
    code, _, err = invoke(str(lib), "--merge", "-f", "bibtex", "-o", str(out))
    assert code == 2 and "exists" in err


def test_report_format_with_merge_is_refused(tmp_path: Path) -> None:
    lib = tmp_path / "lib.csv"
    lib.write_text(HEADER + ROW_A, encoding="utf-8")
    code, _, err = invoke(str(lib), "--merge", "-f", "csv")
    assert code == 2 and "is a report" in err
    code, _, err = invoke(str(lib), "-f", "bibtex")
    assert code == 2 and "add --merge" in err


def test_bad_records_are_reported_never_lost(tmp_path: Path) -> None:
    long_title = "Myeloma " * 1250
    rows = [
        '"t0","",2021,"Moreau, P","1802-1824",39,4,article,"J Clin Oncol"\n',  # no title
        '"t1","Hydrogels for myeloma",2021,"",,,,article,"Blood"\n',  # no authors
        f'"t2","{long_title}",2021,"Lee, J",,,,article,"Blood"\n',
        '"t3","too","few","cells"\n',
        '"t4","","","",,,,misc,""\n',  # nothing to compare
    ]
    lib = tmp_path / "bad.csv"
    lib.write_bytes(
        (HEADER + "".join(rows)).encode()
        + b'"t5","Caf\xe9 au lait",2020,"Roy, A",,,,article,"Blood"\n'
    )
    code, out, _err = invoke(str(lib), "-f", "json", "--fail-on", "warning")
    data = json.loads(out)
    assert code == 1
    assert data["summary"]["records"] == 5
    assert data["inputs"][0]["failed"][0]["source"] == f"{lib}:5"
    assert "4 cells where the header has 9" in data["inputs"][0]["failed"][0]["reason"]
    assert [s["id"] for s in data["set_aside"]] == ["t4"]
    codes = {(f["code"], f["source"]) for f in data["findings"]}
    assert ("input.encoding", f"{lib}:7") in codes
    assert ("dedupe.long-title", f"{lib}:4") in codes
    merged = tmp_path / "all.json"
    assert invoke(str(lib), "--merge", "-f", "json", "-o", str(merged))[0] == 0
    titles = [r["title"] for r in json.loads(merged.read_text(encoding="utf-8"))["references"]]
    assert len(titles) == 5 and "Café au lait" in titles


@pytest.mark.parametrize(
    ("name", "text"),
    [("broken.json", '[{"id": 1,'), ("empty.csv", "")],
)
def test_unreadable_files_exit_2_with_location(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, _, err = invoke(str(path))
    assert code == 2
    assert name in err
