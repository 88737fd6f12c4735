"""Real consumers read the whole review's exports: biber validates BibLaTeX/BibTeX, bibtool
parses BibTeX, pandoc's citeproc renders BibTeX and CSL-JSON, and what pandoc reads back
equals the parse, titles included (a colon no longer makes pandoc capitalise the next
word). .ci/run installs these Debian packages; without them these tests fail, never skip.
The hard cases, entry by entry and consumer by consumer, are in `consumers/`."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from mmrefs.formats.bibtex import render_bibtex
from mmrefs.formats.csljson import render_csljson
from mmrefs.model import Document
from mmrefs.names import display_family, initials

pytestmark = pytest.mark.consumers


def run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    assert shutil.which(cmd[0]), f"{cmd[0]} is not installed (.ci/run installs it)"
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize("biblatex", [True, False])
def test_biber_validates_datamodel(
    review: Document, record: Document, tmp_path: Path, biblatex: bool
) -> None:
    (tmp_path / "r.bib").write_text(
        render_bibtex(review.references + record.references, biblatex=biblatex), "utf-8"
    )
    result = run(["biber", "--tool", "--validate-datamodel", "r.bib"], tmp_path)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    assert "ERROR" not in log and "WARN" not in log, log
    assert (tmp_path / "r_bibertool.bib").read_text("utf-8").count("@") >= 140


def test_bibtool_parses_cleanly(review: Document, tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text(render_bibtex(review.references), "utf-8")
    result = run(
        ["bibtool", "-i", str(tmp_path / "r.bib"), "-o", str(tmp_path / "out.bib")], tmp_path
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    assert (tmp_path / "out.bib").read_text("utf-8").lower().count("@article") == 139


def pandoc_items(path: Path, fmt: str) -> dict[str, dict[str, object]]:
    result = run(["pandoc", str(path), "-f", fmt, "-t", "csljson"], path.parent)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    return {item["id"]: item for item in json.loads(result.stdout)}


def pandoc_plain(title: str) -> str:
    """Undo pandoc's own typography only: the apostrophe it typesets (’, whatever format it
    reads) and `<sup>` for superscripts."""
    return title.replace("\u2019", "'").replace("<sup>+</sup>", "⁺")


def expected_names(doc: Document, key: str) -> list[tuple[str, str]]:
    ref = next(r for r in doc.references if r.key == key)
    return [(display_family(a.family), initials(a.given)) for a in ref.authors]


@pytest.mark.parametrize(("name", "fmt"), [("r.bib", "biblatex"), ("r.json", "csljson")])
def test_pandoc_reads_back_what_was_parsed(
    review: Document, tmp_path: Path, name: str, fmt: str
) -> None:
    text = (
        render_bibtex(review.references, biblatex=True)
        if fmt == "biblatex"
        else render_csljson(review.references)
    )
    (tmp_path / name).write_text(text, "utf-8")
    items = pandoc_items(tmp_path / name, fmt)
    assert len(items) == 139
    for ref in review.references:
        item = items[ref.key]
        assert pandoc_plain(str(item["title"])) == pandoc_plain(ref.title), ref.key
        names = [a for a in item["author"] if a.get("literal") != "others"]  # type: ignore[attr-defined]
        got = [
            (
                " ".join(filter(None, [a.get("non-dropping-particle"), a.get("family")])),
                initials(a.get("given", "")),
            )
            for a in names
        ]
        assert got == expected_names(review, ref.key), ref.key
        assert (names != item["author"]) == ref.et_al, ref.key
        assert item.get("page", "").replace("--", "-") in (
            ref.article_number,
            f"{ref.first_page}-{ref.last_page}",
            ref.first_page,
        ), ref.key
    puente = items["puente2018enhancing"]["author"][0]  # type: ignore[index]
    assert puente["non-dropping-particle"] == "de la" and puente["family"] == "Puente"
    assert items["munshi2021idecabtagene"]["author"][1]["suffix"] == "Jr"  # type: ignore[index]
    assert "CD38" in str(items["puente2018enhancing"]["title"])


@pytest.mark.parametrize(("name", "fmt"), [("r.bib", "bibtex"), ("r.json", "csljson")])
def test_pandoc_citeproc_renders_without_warnings(
    review: Document, tmp_path: Path, name: str, fmt: str
) -> None:
    text = (
        render_bibtex(review.references) if fmt == "bibtex" else render_csljson(review.references)
    )
    (tmp_path / name).write_text(text, "utf-8")
    (tmp_path / "doc.md").write_text(f"---\nbibliography: {name}\nnocite: '@*'\n---\n", "utf-8")
    result = run(["pandoc", "doc.md", "--citeproc", "-t", "plain", "--wrap=none"], tmp_path)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    assert "As₄S₄/ZnS/Fe₃O₄" in result.stdout and "wnt/β-catenin" in result.stdout.lower()
    assert "Puente, P. de la" in result.stdout or "de la Puente, P." in result.stdout
