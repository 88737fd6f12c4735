"""Expected fields of one rendered entry: the record's values, limited to what the style printed.

A style may leave a field out (Nature prints no issue, APS no last page, web pages no
volume), shorten the author list (`et al.`) or pick the abbreviated journal title. What
was printed is decided from the rendering itself: text fields by their presence in the
entry, numbers by rendering the record again without the field (`ablated`) and seeing
whether the entry changed. So labels are exact without a table of style rules.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

Item = dict[str, Any]
PARTICLES = {"van", "von", "der", "den", "de", "la", "le", "du", "des", "dos", "da", "ter", "ten"}


def norm(text: str) -> str:
    """Case, accents-as-printed, spacing and punctuation blind form for comparisons."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if c.isalnum())


def initials(given: str) -> str:
    """`Brooks B.` → `BB`, `J.-L.` → `JL`, `SV` → `SV`, `ŞY` → `ŞY`; Chinese, Korean and
    Japanese given names stay whole (Hangul and kana have no initials: `상구`). Glued
    capitals of any script are initials (an ASCII-only test took `ŞY` as one)."""
    if is_cjk(given) or any("\uac00" <= c <= "\ud7af" or "\u3040" <= c <= "\u30ff" for c in given):
        return given.replace(" ", "")
    out = []
    for token in re.split(r"[\s.\-‐]+", given.strip()):
        if 2 <= len(token) <= 4 and token.isalpha() and token.isupper():  # `ŞY`, `ÉA` too
            out.extend(token)
        elif token:
            out.append(token[0].upper())
    return "".join(out)


def is_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def family_core(family: str) -> str:
    """The family name without leading particles (`van der Berg` → `berg`), normalised:
    styles differ in where they print particles (`Berg, A. van der`)."""
    words = family.split()
    while len(words) > 1 and words[0].lower() in PARTICLES:
        words.pop(0)
    return norm(" ".join(words))


def printed_authors(item: Item, text: str) -> tuple[list[list[str]], bool]:
    """The authors the style printed, in order ([family, initials]), and whether it cut the
    list short (`et al.`, `等`)."""
    people = item.get("author", [])
    title = item.get("title", "")
    end = text.find(title[:20]) if title else -1
    region = text[: end if end > 0 else len(text)].replace("’", "'")
    found: list[list[str]] = []
    pos = 0
    for person in people:
        family = person.get("family") or person.get("literal", "")
        core = family.split()[-1] if person.get("family") else family
        if is_cjk(family):  # no word boundaries in Chinese: the whole name is the anchor
            core = family + person.get("given", "")
        pattern = re.escape(core) if is_cjk(core) else r"(?<!\w)" + re.escape(core) + r"(?!\w)"
        match = re.compile(pattern, re.I).search(region, pos)
        if not match:
            break
        found.append([family, "" if person.get("literal") else initials(person.get("given", ""))])
        pos = match.end()
    return found, len(found) < len(people)


def container_printed(item: Item, text: str) -> str:
    normed = norm(text)
    for key in ("container-title", "container-title-short"):
        value = item.get(key, "")
        if value and norm(value) in normed:
            return str(value)
    return ""


def pages_printed(page: str, text: str) -> str:
    """`first-last` when the range was printed, `first` when only the first page was."""
    parts = re.split(r"\s*[-–]\s*", page, maxsplit=1)
    first = parts[0]
    if len(parts) == 2 and re.search(r"(?<!\w)" + re.escape(first) + r"\s*[-–—]+\s*\w", text):
        last = parts[1]
        if len(last) < len(first) and last.isdigit() and first.isdigit():
            last = first[: len(first) - len(last)] + last
        return f"{first}-{last}"
    return first


def expected_fields(item: Item, text: str, ablated: dict[str, str]) -> dict[str, Any]:
    """What a perfect parser returns for `text`, the rendering of `item`."""
    normed = norm(text)
    out: dict[str, Any] = {}
    authors, cut = printed_authors(item, text)
    out["authors"] = authors
    out["et_al"] = cut and bool(authors)
    if item.get("title") and norm(item["title"]) in normed:
        out["title"] = item["title"]
    if container := container_printed(item, text):
        out["container"] = container
    if item.get("issued") and str(item["issued"]["date-parts"][0][0]) in text:
        out["year"] = str(item["issued"]["date-parts"][0][0])
    for field in ("volume", "issue"):
        if item.get(field) and ablated.get(field, text) != text:
            out[field] = item[field]
    if item.get("page") and ablated.get("page", text) != text:
        out["pages"] = pages_printed(item["page"], text)
    if item.get("DOI") and item["DOI"].lower() in text.lower():
        out["doi"] = item["DOI"].lower()
    if item.get("URL") and item["URL"] in text:
        out["url"] = item["URL"]
    outside = (
        normed.replace(norm(out.get("container", "")), "", 1) if out.get("container") else normed
    )
    for field, key in (("publisher", "publisher"), ("place", "publisher-place")):
        value = item.get(key, "")
        if value and norm(value) in outside and value != out.get("container"):
            out[field] = value
    return out
