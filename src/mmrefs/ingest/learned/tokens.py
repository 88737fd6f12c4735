"""Tokens and features for the statistical reader: pure functions of an entry's text.

The trainer (`bench/crf_train.py`) and the tagger must see exactly the same tokens and
features, so both come from here. A token is a link (a DOI or URL is one token, so a
label never cuts one), a CJK character, a run of letters, a run of digits or one other
non-space character; whatever lies between tokens is whitespace, so labelling every
token labels the whole entry.
"""

from __future__ import annotations

import re
from typing import NamedTuple

TOKEN = re.compile(
    r"https?://(?:dx\.)?doi\.org/|10\.\d{4,9}/\S+|https?://\S+|www\.\S+"
    r"|[\u3400-\u9fff]|[^\W\d_]+|\d+|\S"
)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# Words that announce a field (`vol`, `pp`, `In`, `Press`, months, …): each one is a
# feature of its own, so the model learns them even from few examples.
CUES = frozenset(
    {
        "vol", "volume", "no", "nr", "issue", "pp", "p", "pages", "in", "retrieved",
        "available", "from", "doi", "https", "http", "www", "eds", "ed", "editor",
        "editors", "et", "al", "and", "accessed", "cited", "press", "university", "journal",
        "j", "proc", "proceedings", "conf", "pmid", "url", "online", "internet", "edn",
        "edition", "th", "st", "nd", "rd", "等", "年", "月", "卷", "期", "出版社", "jan",
        "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "ny", "london", "new", "york", "berlin",
    }
)  # fmt: skip
_WINDOW = (-3, -2, -1, 1, 2, 3)  # the neighbours whose word and shape a token sees


class Token(NamedTuple):
    """One token and where it stands in the entry (`text[start:end]`)."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> tuple[Token, ...]:
    """The entry's tokens, in order; only whitespace lies between them."""
    return tuple(Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text))


def shape(word: str) -> str:
    """The word's look (`Xxxx`, `dddd`, `C`): what generalises from one title or journal
    to the next. Runs of three or more of a kind are cut to two; links have their own."""
    if word.startswith(("http", "www.")):
        return "URL"
    if word.startswith("10.") and "/" in word:
        return "DOI"
    look = re.sub(r"[A-Z]", "X", word)
    look = re.sub(r"[a-z]", "x", look)
    look = re.sub(r"\d", "d", look)
    look = re.sub(r"[\u3400-\u9fff]", "C", look)
    look = re.sub(r"[^\x00-\x7f]", "u", look)
    return re.sub(r"(.)\1{2,}", r"\1\1", look)


def features(text: str, tokens: tuple[Token, ...]) -> list[list[str]]:
    """One list of feature strings per token: the token itself (word, shape, affixes,
    cues), where it stands (position in the entry, inside brackets, how many full stops,
    commas and colons and whether a year came before it) and its neighbours' words and
    shapes. The counts carry what a grammar reads from punctuation: a title usually
    follows the first full stop, a journal the second."""
    own = _own_features(text, tokens)
    out = []
    for i, mine in enumerate(own):
        item = ["bias", *(f"{name}={value}" for name, value in mine.items())]
        for step in _WINDOW:
            j = i + step
            if not 0 <= j < len(own):
                item.append(f"{step}BOUND")
                continue
            other = own[j]
            item.append(f"{step}w={other['w']}")
            item.append(f"{step}sh={other['sh']}")
            if "cue" in other:
                item.append(f"{step}cue={other['cue']}")
            if step in (-1, 1):
                item.append(f"{step}sp={other['sp']}")
                item.append(f"{step}cap={other.get('cap', '0')}")
        if i:
            item.append(f"bi={own[i - 1]['w']}|{mine['w']}")
        out.append(item)
    return out


def _own_features(text: str, tokens: tuple[Token, ...]) -> list[dict[str, str]]:
    """Each token's own features, with the running counts of what came before it."""
    count = len(tokens)
    out = []
    parens = brackets = periods = commas = colons = 0
    seen_year = False
    for i, (word, start, end) in enumerate(tokens):
        lower = word.lower()
        look = shape(word)
        mine = {
            "w": look if look in ("URL", "DOI") else lower[:20],
            "sh": look[:8],
            "p3": lower[:3],
            "s3": lower[-3:],
        }
        is_year = bool(_YEAR.fullmatch(word))
        if word.isdigit():
            mine["dlen"] = str(len(word))
            if is_year:
                mine["year"] = "1"
        if word[:1].isupper():
            mine["cap"] = "1"
        if word.isupper() and len(word) > 1:
            mine["allcap"] = "1"
        if lower in CUES:
            mine["cue"] = lower
        mine["sp"] = "1" if start > 0 and text[start - 1].isspace() else "0"
        mine["pos"] = str(10 * i // count)
        mine["dp"] = f"{min(parens, 1)}{min(brackets, 1)}"
        mine["per"] = str(min(periods, 6))
        mine["com"] = str(min(commas, 6))
        mine["col"] = str(min(colons, 2))
        mine["sy"] = "1" if seen_year else "0"
        mine["len"] = str(min(len(word), 8))
        out.append(mine)
        if word == "(":
            parens += 1
        elif word == "[":
            brackets += 1
        elif word == ")":
            parens = max(parens - 1, 0)
        elif word == "]":
            brackets = max(brackets - 1, 0)
        elif word == "." and i + 1 < count and tokens[i + 1].start > end:
            periods += 1  # a full stop before a space ends a part; `J.Am` does not
        elif word == ",":
            commas += 1
        elif word == ":":
            colons += 1
        seen_year = seen_year or is_year
    return out
