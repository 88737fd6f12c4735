"""What PDFs, editors and reference managers do to printed entries, one small function each.

Each noise takes (rng, text, item, expected) and returns the new text, updating `expected`
when it adds something a parser should read (a PMID trailer, an English version).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

import vocab

Item = dict[str, Any]
Noise = Callable[[random.Random, str, Item, dict[str, Any]], str]


def compact(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """No space after punctuation (`Berg KL,Ito MR,et al.Title[J].Neurol Res,2015`)."""
    return re.sub(r"(?<=[,.:;])\s+(?=\S)", "", text)


def fullwidth(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """Chinese typesetting: `，` `．` `：` `；` instead of ASCII punctuation and a space."""
    if not str(item.get("language", "")).startswith("zh"):
        return text
    table = {", ": "，", ". ": "．", ": ": "：", "; ": "；"}
    return re.sub(r"[,.:;] ", lambda m: table[m.group(0)], text)


def spaced_code(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """A space before the GB/T type code (`title [J].`), as the bundled review prints it."""
    return re.sub(r"(?<=\S)\[([A-Z]{1,2}(?:/OL)?)\]", r" [\1]", text, count=1)


def joined_initials(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """One author's initials run together in an otherwise spaced list (`VOSS JT`)."""
    return re.sub(r"\b([A-Z]) ([A-Z])(?=[,.])", r"\1\2", text, count=1)


def italics(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """Markdown italics around the journal title, as PDF-to-Markdown converters write."""
    container = expected.get("container", "")
    if container and container in text:
        return text.replace(container, f"*{container}*", 1)
    return text


def double_spaces(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    spaces = [m.start() for m in re.finditer(" ", text)]
    for pos in sorted(rng.sample(spaces, min(3, len(spaces))), reverse=True):
        text = text[:pos] + "  " + text[pos:]
    return text


def spaced_dashes(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """`1802 – 24`: spaces around a range's dash (never inside a DOI or URL)."""
    cut = min(
        (i for i in (text.find("doi"), text.find("DOI"), text.find("http")) if i >= 0),
        default=len(text),
    )
    return re.sub(r"(?<=\d)[-–](?=[\dA-Za-z])", " – ", text[:cut]) + text[cut:]


def no_stop_before_year(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """`Ann Thorac Surg 1998;65:1120-5.`: the journal's full stop lost."""
    return re.sub(r"\.\s+(?=(?:19|20)\d{2}(?: [A-Z][a-z]{2})?(?: \d{1,2})?;)", " ", text, count=1)


def pubmed_trailer(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """PubMed's trailers after the entry: DOI, Epub date, PMID, PMCID, in its several forms."""
    pmid = str(rng.randint(10_000_000, 39_999_999))
    pmc = f"PMC{rng.randint(1_000_000, 9_999_999)}"
    parts = []
    if item.get("DOI") and "doi" not in expected:
        parts.append(f"doi: {item['DOI']}.")
        expected["doi"] = item["DOI"].lower()
    if rng.random() < 0.4:
        parts.append(
            f"Epub {rng.randint(2000, 2025)} {rng.choice(vocab.MONTHS)} {rng.randint(1, 28)}."
        )
    shape = rng.random()
    if shape < 0.5:
        parts.append(f"PMID: {pmid}.")
    elif shape < 0.75:
        parts.append(f"Review. PubMed PMID: {pmid}; PubMed Central PMCID: {pmc}.")
    else:
        parts.append(f"[PMID: {pmid}; PMCID: {pmc}]")
    expected["pmid"] = pmid
    return text.rstrip() + " " + " ".join(parts)


def pinyin(family: str) -> str:
    """A Chinese family name in capitals, as the English version prints it (pypinyin when
    installed, as in the project's venv; else the small table in vocab)."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # pragma: no cover - the corpus is built in the project's venv
        return vocab.CJK_PINYIN.get(family, "")
    return "".join(lazy_pinyin(family)).upper()


def english_version(rng: random.Random, text: str, item: Item, expected: dict[str, Any]) -> str:
    """A Chinese GB/T entry with its English version in parentheses, inside the journal
    (as the bundled review prints it) or after the whole entry."""
    english = item.get("_en", {})
    if not english.get("title") or "[J]" not in text:
        return text
    names = []
    for person in item.get("author", [])[:3]:
        family = pinyin(person.get("family", "")) if "family" in person else ""
        if not family:
            return text
        names.append(f"{family} {rng.choice('JMYXLHW')}")
    version = f"{', '.join(names)}{', et al' if len(item['author']) > 3 else ''}. "
    version += f"{english['title']}[J]. {english.get('container', 'Journal of Example')}"
    container = expected.get("container", "")
    expected["title_translation"] = english["title"]
    if container and rng.random() < 0.5 and f"{container}," in text:
        return text.replace(f"{container},", f"{container} ({version}),", 1)
    return text.rstrip() + f" ({version})"


# Which noises each family of styles suffers, and how often.
NOISES: dict[str, list[tuple[Noise, float]]] = {
    "gbt": [
        (english_version, 0.5),
        (compact, 0.12),
        (fullwidth, 0.25),
        (spaced_code, 0.15),
        (joined_initials, 0.1),
        (italics, 0.1),
    ],
    "nlm": [(pubmed_trailer, 0.3), (no_stop_before_year, 0.1), (italics, 0.05)],
    "any": [(double_spaces, 0.05), (spaced_dashes, 0.05)],
}


def add_noise(
    rng: random.Random, family: str, text: str, item: Item, expected: dict[str, Any]
) -> tuple[str, list[str]]:
    """Apply each of the family's noises with its probability; return the text and names."""
    applied = []
    for noise, chance in NOISES.get(family, []) + NOISES["any"]:
        if rng.random() < chance:
            changed = noise(rng, text, item, expected)
            if changed != text:
                applied.append(noise.__name__)
                text = changed
    return text, applied


def wrap(rng: random.Random, text: str, width: int) -> str:
    """Break the entry into lines at spaces, as text copied from a PDF column arrives."""
    words, lines, line = text.split(" "), [], ""
    for word in words:
        label_like = re.match(r"\[\d+\]|\d+\.$|\(\d+\)|（\d+）|[-*•]$", word)
        if line and len(line) + 1 + len(word) > width and not label_like:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)
