"""The corpus's records as CSL-JSON: recorded provider payloads plus synthesised records.

Recorded: every Crossref work and PubMed article in ../shared/api-samples that has a title,
a year and at least one author. Synthesised: a seeded generator over `vocab.py`, covering
what real lists hold (articles with article numbers, supplements and group authors; books,
chapters, theses, conference papers, web pages, reports and preprints; Chinese records with
an English version). Invented identifiers use the 10.5555 test prefix.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

Item = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "api-samples"
CROSSREF_TYPES = {
    "journal-article": "article-journal",
    "book-chapter": "chapter",
    "proceedings-article": "paper-conference",
    "report": "report",
}


def clean_markup(text: str) -> str:
    """Payload titles carry HTML entities, tags and line breaks."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html.unescape(text))).strip()


def crossref_item(work: dict[str, Any], ident: str) -> Item | None:
    """A Crossref work as CSL-JSON, or None when it lacks what a reference needs."""
    title = clean_markup((work.get("title") or [""])[0])
    authors = [a for a in work.get("author", []) if a.get("family")]
    parts = (work.get("issued") or {}).get("date-parts") or [[None]]
    ctype = CROSSREF_TYPES.get(work.get("type", ""))
    if not (title and authors and parts[0][0] and ctype):
        return None
    item: Item = {"id": ident, "type": ctype, "title": title, "issued": {"date-parts": parts}}
    item["author"] = [
        {k: clean_markup(a[k]) for k in ("family", "given", "suffix") if a.get(k)} for a in authors
    ]
    container = clean_markup((work.get("container-title") or [""])[0])
    short = clean_markup((work.get("short-container-title") or [""])[0])
    if container:
        item["container-title"] = container
    if short and short != container:
        item["container-title-short"] = short
    for key in ("volume", "issue", "page", "DOI", "publisher"):
        if work.get(key):
            item[key] = clean_markup(str(work[key]))
    if work.get("article-number") and "page" not in item:
        item["page"] = work["article-number"]
    return item


def crossref_items() -> list[Item]:
    out: list[Item] = []
    for path in sorted((SAMPLES / "crossref").glob("work*.json")):
        message = json.loads(path.read_text("utf-8")).get("message", {})
        works = message.get("items", [message]) if isinstance(message, dict) else []
        for n, work in enumerate(works):
            item = crossref_item(work, f"cr-{path.stem[:40]}-{n}")
            if item:
                out.append(item)
    return out


def pubmed_items() -> list[Item]:
    out: list[Item] = []
    for path in sorted((SAMPLES / "ncbi").glob("efetch_pubmed_*.xml")):
        for art in ET.parse(path).getroot().iter("Article"):
            authors = [
                {"family": a.findtext("LastName", ""), "given": a.findtext("ForeName", "")}
                for a in art.iter("Author")
                if a.findtext("LastName")
            ]
            year = art.findtext(".//JournalIssue/PubDate/Year")
            title = clean_markup(art.findtext("ArticleTitle", "")).rstrip(".")
            if not (authors and year and title):
                continue
            item: Item = {"id": f"pm-{path.stem}", "type": "article-journal", "title": title}
            item.update({"author": authors, "issued": {"date-parts": [[int(year)]]}})
            item["container-title"] = art.findtext("Journal/Title", "")
            item["container-title-short"] = art.findtext("Journal/ISOAbbreviation", "")
            for key, tag in (("volume", "Volume"), ("issue", "Issue")):
                if art.findtext(f".//JournalIssue/{tag}"):
                    item[key] = art.findtext(f".//JournalIssue/{tag}")
            pages = art.findtext(".//MedlinePgn")
            if pages:
                item["page"] = pages
            out.append(item)
    return out


def review_journals() -> tuple[list[str], list[tuple[str, str]]]:
    """Journal names printed in the bundled review (from its golden parse): NLM
    abbreviations, and Chinese titles with their printed English versions."""
    golden = ROOT / "tests" / "golden" / "mm-biomaterials-review.mmrefs.json"
    refs = json.loads(golden.read_text("utf-8"))["references"]
    latin = sorted({r["container"] for r in refs if r.get("container", "").isascii()} - {""})
    cjk = sorted(
        {(r["container"], r.get("container_translation", "")) for r in refs}
        - {
            (r["container"], r.get("container_translation", ""))
            for r in refs
            if r["container"].isascii()
        }
    )
    return latin, [(c, t) for c, t in cjk if c and t]
