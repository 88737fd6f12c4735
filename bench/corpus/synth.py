"""Seeded synthesis of CSL-JSON records in the shapes real biomedical reference lists hold.

A record's `_en` entry (Chinese records only) holds its English version, which the noise
step appends to GB/T renderings the way bilingual Chinese journals print it.
"""

from __future__ import annotations

import random
from typing import Any

import vocab

Item = dict[str, Any]
KINDS = [
    ("article-journal", 70),
    ("book", 5),
    ("chapter", 5),
    ("thesis", 4),
    ("paper-conference", 5),
    ("webpage", 4),
    ("report", 3),
    ("preprint", 4),
]


def weighted(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in table], [w for _, w in table])[0]


def person(rng: random.Random) -> dict[str, str]:
    family = rng.choice(vocab.HARD_SURNAMES) if rng.random() < 0.12 else rng.choice(vocab.SURNAMES)
    first = rng.choice(vocab.GIVEN)
    shape = rng.random()
    if shape < 0.35:
        given = first
    elif shape < 0.75:
        given = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
    elif shape < 0.9:
        given = f"{first[0]}. {rng.choice('ABCDEFGHJKLMNPRSTW')}."
    else:
        given = f"{first} {rng.choice(vocab.GIVEN)}"
    name = {"family": family, "given": given}
    if rng.random() < 0.02:
        name["suffix"] = rng.choice(["Jr", "III"])
    return name


def cjk_person(rng: random.Random) -> dict[str, str]:
    size = 1 if rng.random() < 0.3 else 2
    return {
        "family": rng.choice(vocab.CJK_SURNAMES),
        "given": "".join(rng.choice(vocab.CJK_GIVEN_CHARS) for _ in range(size)),
    }


def authors(rng: random.Random, cjk: bool) -> list[dict[str, str]]:
    count = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 6, 7, 8, 10, 12])
    people = [cjk_person(rng) if cjk else person(rng) for _ in range(count)]
    if rng.random() < 0.03:
        orgs = [o for o in vocab.ORGS if (not o.isascii()) == cjk]
        people.append({"literal": rng.choice(orgs)})
    return people


def english_title(rng: random.Random) -> str:
    topic, other = rng.sample(vocab.TOPICS, 2)
    shape = rng.random()
    if shape < 0.35:
        title = f"{rng.choice(vocab.VERBS)} {topic} {rng.choice(['in', 'with', 'for'])} {other}"
    elif shape < 0.65:
        title = f"{topic[:1].upper()}{topic[1:]} {rng.choice(vocab.OUTCOMES)} {other}"
    elif shape < 0.8:
        title = f"Does {topic} {rng.choice(['improve', 'predict', 'alter'])} {other}?"
    else:
        title = f"{rng.choice(vocab.VERBS)} {topic}"
    if rng.random() < 0.35 and not title.endswith("?"):
        title += f": {rng.choice(vocab.SUBTITLES)}"
    return title


def cjk_title(rng: random.Random) -> str:
    pattern = rng.choice(vocab.CJK_PATTERNS)
    return pattern.format(t=rng.choice(vocab.CJK_TOPICS), u=rng.choice(vocab.CJK_UNITS))


def invented_journal(rng: random.Random) -> tuple[str, str]:
    shape = rng.choice(vocab.JOURNAL_SHAPES)
    words = [w.format(A=rng.choice(vocab.JOURNAL_A), B=rng.choice(vocab.JOURNAL_B)) for w in shape]
    short = [vocab.JOURNAL_WORDS.get(w, w) for w in words if w not in ("of", "in", "and")]
    return " ".join(words), " ".join(short)


def journal(rng: random.Random, cjk: bool, real: list[str]) -> tuple[str, str, str]:
    """(container title, short title, English version) for an article."""
    if cjk:
        name, english = rng.choice(vocab.CJK_JOURNALS_INVENTED)
        return name, "", english
    if rng.random() < 0.4:
        name = rng.choice(real)
        return name, "", ""
    full, short = invented_journal(rng)
    return full, short, ""


def pages(rng: random.Random) -> str:
    shape = rng.random()
    first = rng.randint(1, 2400)
    if shape < 0.6:
        return f"{first}-{first + rng.randint(1, 25)}"
    if shape < 0.7:
        return str(first)
    if shape < 0.82:
        return f"e{rng.randint(10000, 9999999)}"
    if shape < 0.92:
        return str(rng.randint(100000, 999999))
    return f"S{first}-S{first + rng.randint(1, 12)}"


def issue(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.8:
        return str(rng.randint(1, 24))
    if shape < 0.88:
        return f"Suppl {rng.randint(1, 3)}"
    return ""


def doi(rng: random.Random, n: int) -> str:
    return f"10.5555/{rng.choice(['mmr', 'ex', 'j.test'])}.{1990 + n % 35}.{n:06d}"


def date(rng: random.Random) -> dict[str, Any]:
    year = rng.randint(1975, 2025)
    parts: list[int] = [year]
    if rng.random() < 0.5:
        parts.append(rng.randint(1, 12))
        if rng.random() < 0.4:
            parts.append(rng.randint(1, 28))
    return {"date-parts": [parts]}


def article(rng: random.Random, item: Item, cjk: bool, real: list[str]) -> None:
    name, short, english = journal(rng, cjk, real)
    item["container-title"] = name
    if short and short != name:
        item["container-title-short"] = short
    if rng.random() < 0.92:
        item["volume"] = str(rng.randint(1, 420))
    if rng.random() < 0.75:
        item["issue"] = issue(rng) or str(rng.randint(1, 12))
    item["page"] = pages(rng)
    if english:
        item["_en"]["container"] = english


def book(rng: random.Random, item: Item, cjk: bool) -> None:
    if cjk:
        item["publisher"] = rng.choice(vocab.CJK_PUBLISHERS)
        item["publisher-place"] = rng.choice(vocab.CJK_PLACES)
    else:
        item["publisher"] = rng.choice(vocab.PUBLISHERS)
        item["publisher-place"] = rng.choice(vocab.PLACES)[0]
    if rng.random() < 0.3:
        item["edition"] = str(rng.randint(2, 6))


def chapter(rng: random.Random, item: Item, cjk: bool) -> None:
    book(rng, item, cjk)
    item["container-title"] = cjk_title(rng) if cjk else english_title(rng)
    item["editor"] = [cjk_person(rng) if cjk else person(rng) for _ in range(rng.randint(1, 2))]
    item["page"] = f"{(first := rng.randint(1, 600))}-{first + rng.randint(5, 40)}"


def thesis(rng: random.Random, item: Item, cjk: bool) -> None:
    item["publisher"] = rng.choice(vocab.CJK_UNIVERSITIES if cjk else vocab.UNIVERSITIES)
    item["publisher-place"] = rng.choice(vocab.CJK_PLACES) if cjk else rng.choice(vocab.PLACES)[0]
    item["genre"] = rng.choice(["博士学位论文", "硕士学位论文"]) if cjk else "PhD thesis"
    item["author"] = item["author"][:1]


def conference(rng: random.Random, item: Item) -> None:
    year = item["issued"]["date-parts"][0][0]
    pattern = rng.choice(vocab.CONFERENCES)
    item["container-title"] = pattern.format(n=rng.randint(4, 30), y=year)
    city, _ = rng.choice(vocab.PLACES)
    item["publisher"] = rng.choice(["IEEE", "Example Society Press", "Lakeside Scientific"])
    item["publisher-place"] = city
    item["page"] = f"{(first := rng.randint(1, 900))}-{first + rng.randint(3, 12)}"


def webpage(rng: random.Random, item: Item, n: int, cjk: bool) -> None:
    sites = [s for s in vocab.SITES if s.isascii() != cjk]
    item["container-title"] = rng.choice(sites)
    item["URL"] = f"https://example.org/{'zh' if cjk else 'en'}/pages/{n}"
    year = item["issued"]["date-parts"][0][0]
    item["accessed"] = {
        "date-parts": [[min(2025, year + 1), rng.randint(1, 12), rng.randint(1, 28)]]
    }
    if rng.random() < 0.3:
        item["author"] = []


def preprint(rng: random.Random, item: Item) -> None:
    server = rng.choice(vocab.PREPRINT_SERVERS)
    item["type"] = "article"
    item["publisher"] = server
    item["container-title"] = server
    item["number"] = f"{rng.randint(2000, 2025)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"


def record(rng: random.Random, n: int, real_journals: list[str]) -> Item:
    """One synthesised record; about one in six is Chinese."""
    kind = weighted(rng, KINDS)
    cjk = rng.random() < 0.17 and kind not in ("preprint",)
    item: Item = {"id": f"syn-{n}", "type": kind, "issued": date(rng), "_en": {}}
    item["title"] = cjk_title(rng) if cjk else english_title(rng)
    item["author"] = authors(rng, cjk)
    if cjk:
        item["language"] = "zh-CN"
        item["_en"]["title"] = english_title(rng)
    if kind == "article-journal":
        article(rng, item, cjk, real_journals)
    elif kind in ("book", "report"):
        book(rng, item, cjk)
    elif kind == "chapter":
        chapter(rng, item, cjk)
    elif kind == "thesis":
        thesis(rng, item, cjk)
    elif kind == "paper-conference":
        conference(rng, item)
    elif kind == "webpage":
        webpage(rng, item, n, cjk)
    else:
        preprint(rng, item)
    if kind in ("article-journal", "paper-conference", "preprint") and rng.random() < 0.6:
        item["DOI"] = doi(rng, n)
    return item
