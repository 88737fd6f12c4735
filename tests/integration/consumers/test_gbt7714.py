"""The CSL-JSON export rendered with a GB/T 7714 style gives back the printed list.

`tests/data/exports/gbt7714-bilingual.csl` prints a Chinese entry followed by its English
version from the `original-*` variables, as bilingual GB/T 7714 styles do. Rendered by
citeproc-js (Zotero's engine) and by pandoc, the two bilingual entries of the review come
out as printed, also when the English version reaches the engine only as Extra lines (as
from a Zotero library). Over the whole list, every entry comes out as printed but for a
few known, named differences.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from mmrefs.formats.csljson import render_csljson
from mmrefs.model import Document
from tests.integration.consumers.helpers import DATA, node, run

pytestmark = pytest.mark.consumers

STYLE = DATA / "gbt7714-bilingual.csl"
BILINGUAL = ("gan2022plasma", "yan2022expression")
# Entries whose rendering differs from the print, and why; every other one is identical.
KNOWN_DIFFERENCES = {
    "iannozzi2025deciphering": "citeproc typesets the apostrophe: microenvironment’s",
    "marinpaya2022protein": "citeproc typesets the apostrophe: cells’",
    "cholujova2022vitro": "the print has TeX math ($As_4S_4$); mmrefs exports As₄S₄",
    "narayanan2014characterization": "the print pads the Greek letter (Wnt/ β -catenin)",
    "munshi2021idecabtagene": "the print has a comma before the suffix (ANDERSON L D, Jr)",
    "loves2024fas": "the print's GRUNEBaum is exported as Grunebaum",
}


def printed(text: str) -> str:
    """The print without its Markdown italics (`*…*`), its uneven space before the type
    code (`意义 [J]` beside `意义[J]`) and line breaks."""
    text = re.sub(r"\s+\[", "[", text.replace("*", ""))
    return " ".join(text.split())


def citeproc_js(items: list[dict[str, Any]], folder: Path) -> dict[str, str]:
    (folder / "items.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    return dict(node("render-csl.js", str(STYLE), str(folder / "items.json")))


def pandoc(items: list[dict[str, Any]], folder: Path) -> dict[str, str]:
    (folder / "items.json").write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    meta = f"---\nbibliography: items.json\nnocite: '@*'\ncsl: {STYLE}\n---\n"
    (folder / "doc.md").write_text(meta, "utf-8")
    out = run(["pandoc", "doc.md", "--citeproc", "-t", "html"], folder, "apt-get install pandoc")
    entries = re.findall(r'<div id="ref-([^"]+)" class="csl-entry"[^>]*>(.*?)</div>', out, re.S)
    return {key: html.unescape(re.sub(r"<[^>]+>", "", body)) for key, body in entries}


def as_zotero_has_it(item: dict[str, Any]) -> dict[str, Any]:
    """The item as Zotero keeps it after importing the CSL-JSON: no `original-*` fields,
    the English version only in Extra, which Zotero passes to citeproc-js as `note`."""
    return {k: v for k, v in item.items() if not k.startswith("original-")}


RENDERERS = {
    "citeproc-js": (citeproc_js, lambda item: item),
    "pandoc": (pandoc, lambda item: item),
    "citeproc-js, English version from Extra only": (citeproc_js, as_zotero_has_it),
    "pandoc, English version from note only": (pandoc, as_zotero_has_it),
}


@pytest.mark.parametrize("renderer", RENDERERS)
def test_bilingual_entries_render_as_printed(
    review: Document, tmp_path: Path, renderer: str
) -> None:
    render, prepare = RENDERERS[renderer]
    items = [prepare(i) for i in json.loads(render_csljson(review.references))]
    rendered = render([i for i in items if i["id"] in BILINGUAL], tmp_path)
    refs = {r.key: r for r in review.references}
    for key in BILINGUAL:
        assert printed(rendered[key]) == printed(refs[key].raw)
    assert printed(rendered["gan2022plasma"]).startswith("干军, 陈葆国, 张滢, 等. 多发性")
    assert "(GAN J, CHEN B G, ZHANG Y, et al. Plasma levels" in rendered["gan2022plasma"]


def test_every_printed_entry_renders_as_printed_but_known_differences(
    review: Document, tmp_path: Path
) -> None:
    rendered = citeproc_js(json.loads(render_csljson(review.references)), tmp_path)
    assert len(rendered) == 139
    differ = {r.key for r in review.references if printed(rendered[r.key]) != printed(r.raw)}
    assert differ == set(KNOWN_DIFFERENCES)
