"""Tokens and features for the statistical reader: pure functions of an entry's text.

The trainer (`bench/nn_train.py`, through `bench/nn_rows.py`; `bench/crf_train.py` for the
CRF it is compared with) and the tagger must see exactly the same tokens and features, so
both come from here. The model reads each token's own features (`own_features`); the CRF
also read its neighbours' (`features`). A token is a link (a DOI or URL is one token, so a
label never cuts one), a CJK character, a run of letters, a run of digits or one other
non-space character; whatever lies between tokens is whitespace, so labelling every
token labels the whole entry.

Features are most of the fallback's cost, so they are built for speed: everything a
token shows that depends only on its word (and whether a space precedes it) is made once
per word and kept (`view_of`, a bounded cache: punctuation, cue words and common words
recur in every entry), and the running counts are picked from tables of ready-made
strings instead of being formatted. The features are exactly those of the plain
definition kept in `tests/unit/ingest/learned/test_tokens.py`, in the same order (the
order decides the trained model's bytes), which a property test checks.
"""

from __future__ import annotations

import re
from functools import lru_cache
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
_NEXT_TO = (-1, 1)  # the neighbours whose spacing and capital a token also sees
_RUN = re.compile(r"(.)\1{2,}")  # three or more of a kind, cut to two in a shape
# Cached words: enough for the punctuation, cues and common words of many lists (on the
# rendered corpus 96% of tokens are found, against 92% with half as many). A view holds
# some thirty short strings: about 9 MB when the cache is full. The tagger keeps as many
# words' sums of rows (`neural.word_sum`): about 2.5 MiB more.
WORDS_KEPT = 4096


class Token(NamedTuple):
    """One token and where it stands in the entry (`text[start:end]`)."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> tuple[Token, ...]:
    """The entry's tokens, in order; only whitespace lies between them."""
    return tuple(Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text))


class _Looks(dict[int, str]):
    """Code point → its letter in a shape: `X`, `x` and `d` for ASCII capitals, small
    letters and any decimal digit, `C` for a CJK character, `u` for any other non-ASCII
    character, itself for the rest. Filled on first sight of a character, so that
    `str.translate` makes a shape in one pass."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if "A" <= char <= "Z":
            look = "X"
        elif "a" <= char <= "z":
            look = "x"
        elif char.isdecimal():  # what `\d` matches
            look = "d"
        elif "\u3400" <= char <= "\u9fff":
            look = "C"
        elif code > 0x7F:
            look = "u"
        else:
            look = char
        if code < 0xA000:  # the ASCII, Latin, Greek, Cyrillic and CJK a list prints
            self[code] = look  # (others are looked at each time: a bounded table)
        return look


_LOOKS = _Looks()


def shape(word: str) -> str:
    """The word's look (`Xxxx`, `dddd`, `C`): what generalises from one title or journal
    to the next. Runs of three or more of a kind are cut to two; links have their own."""
    if word.startswith(("http", "www.")):
        return "URL"
    if word.startswith("10.") and "/" in word:
        return "DOI"
    look = word.translate(_LOOKS)
    return _RUN.sub(r"\1\1", look) if len(look) > 2 else look


class View(NamedTuple):
    """What one token shows, given its word and whether a space precedes it."""

    own: tuple[str, ...]  # its own features before the running counts (word … spacing)
    length: str  # its own last feature: the word's length
    word: str  # the `w` value, for the bigram
    year: bool  # whether the word is a year: every later token knows one came before
    seen: tuple[tuple[str, ...], ...]  # what a token sees of it, for each `_WINDOW` step


@lru_cache(maxsize=WORDS_KEPT)
def view_of(word: str, spaced: bool) -> View:
    """The features of a token that depend only on its word and the space before it:
    its own, and what its neighbours see of it (`seen`), made once and shared by every
    token with the same word."""
    lower = word.lower()
    look = shape(word)
    w = look if look in ("URL", "DOI") else lower[:20]
    sh = look[:8]
    own = [f"w={w}", f"sh={sh}", f"p3={lower[:3]}", f"s3={lower[-3:]}"]
    year = bool(_YEAR.fullmatch(word))
    if word.isdigit():
        own.append(f"dlen={len(word)}")
        if year:
            own.append("year=1")
    cap = "1" if word[:1].isupper() else "0"
    if cap == "1":
        own.append("cap=1")
    if word.isupper() and len(word) > 1:
        own.append("allcap=1")
    cue = lower if lower in CUES else None
    if cue is not None:
        own.append(f"cue={cue}")
    sp = "1" if spaced else "0"
    own.append(f"sp={sp}")
    seen = []
    for step in _WINDOW:
        mine = [f"{step}w={w}", f"{step}sh={sh}"]
        if cue is not None:
            mine.append(f"{step}cue={cue}")
        if step in _NEXT_TO:
            mine += [f"{step}sp={sp}", f"{step}cap={cap}"]
        seen.append(tuple(mine))
    return View(tuple(own), f"len={min(len(word), 8)}", w, year, tuple(seen))


# The running counts' features, ready made: `_POS[k]` is `pos=k` and so on; `_DP[k]` is
# inside parentheses (`k // 2`) and inside brackets (`k % 2`).
_POS = tuple(f"pos={k}" for k in range(10))
_DP = tuple(f"dp={p}{b}" for p in range(2) for b in range(2))
_PER = tuple(f"per={k}" for k in range(7))
_COM = tuple(f"com={k}" for k in range(7))
_COL = tuple(f"col={k}" for k in range(3))
_SY = ("sy=0", "sy=1")
# Each running count's features, in the order a token's list names them (`running`
# gives one index into each): what the tagger sums without making the strings.
COUNTS = (_POS, _DP, _PER, _COM, _COL, _SY)
# What a token sees where the entry ends, for each `_WINDOW` step.
_EDGE = tuple((f"{step}BOUND",) for step in _WINDOW)


def features(text: str, tokens: tuple[Token, ...]) -> list[list[str]]:
    """One list of feature strings per token: the token's own (`own_features`), then its
    neighbours' words and shapes and the bigram with the word before it."""
    views = views_of(text, tokens)
    out = _own(tokens, views)
    # seen[i + 3 + step]: what token i sees of its neighbour `step` away (or of the edge)
    seen = [_EDGE] * 3 + [view.seen for view in views] + [_EDGE] * 3
    previous = ""
    for i, (item, view) in enumerate(zip(out, views, strict=True)):
        item += [
            *seen[i][0],  # step -3
            *seen[i + 1][1],  # -2
            *seen[i + 2][2],  # -1
            *seen[i + 4][3],  # +1
            *seen[i + 5][4],  # +2
            *seen[i + 6][5],  # +3
        ]
        if i:
            item.append(f"bi={previous}|{view.word}")
        previous = view.word
    return out


def own_features(text: str, tokens: tuple[Token, ...]) -> list[list[str]]:
    """Each token's own features, the first part of each list `features` makes: the token
    itself (word, shape, affixes, cues) and where it stands (position in the entry, inside
    brackets, how many full stops, commas and colons and whether a year came before it).
    The counts carry what a grammar reads from punctuation: a title usually follows the
    first full stop, a journal the second. What the neighbours show is left to the model
    (the fallback's recurrent layer reads the whole entry)."""
    return _own(tokens, views_of(text, tokens))


def spacings(text: str, tokens: tuple[Token, ...]) -> list[tuple[str, bool]]:
    """Each token's word and whether a space precedes it: all `view_of` looks at."""
    return [(word, start > 0 and text[start - 1].isspace()) for word, start, _ in tokens]


def views_of(text: str, tokens: tuple[Token, ...]) -> list[View]:
    """What each token shows given its word and the space before it (`view_of`)."""
    return [view_of(word, spaced) for word, spaced in spacings(text, tokens)]


def word_features(view: View) -> tuple[str, ...]:
    """The features a token's word decides that open its list: `bias` and the word's
    own. The running counts (`COUNTS`, `running`) follow them, then `view.length`."""
    return ("bias", *view.own)


def _own(tokens: tuple[Token, ...], views: list[View]) -> list[list[str]]:
    counts = running(tokens, [view.year for view in views])
    return [
        [
            *word_features(view),
            *(table[k] for table, k in zip(COUNTS, at, strict=True)),
            view.length,
        ]
        for view, at in zip(views, counts, strict=True)
    ]


def running(tokens: tuple[Token, ...], years: list[bool]) -> list[tuple[int, ...]]:
    """Each token's running counts, an index into each table of `COUNTS`: where it stands
    in the entry (tenths), whether it is inside parentheses or brackets, and how many full
    stops, commas and colons and whether a year came before it (`years`: whether each
    token's word is one, `View.year`). One definition for the feature strings (`_own`)
    and the tagger's sums of their rows (`neural.Tagger.inputs`)."""
    count = len(tokens)
    out: list[tuple[int, ...]] = []
    # The counts as the features cap them (full stops and commas at 6, colons at 2):
    # capped when counted, so no `min` runs per token.
    parens = brackets = periods = commas = colons = since_year = 0
    for i, year in enumerate(years):
        out.append(
            (
                10 * i // count,
                2 * (parens > 0) + (brackets > 0),
                periods,
                commas,
                colons,
                since_year,
            )
        )
        word, _, end = tokens[i]
        if word == "(":
            parens += 1
        elif word == "[":
            brackets += 1
        elif word == ")":
            parens = max(parens - 1, 0)
        elif word == "]":
            brackets = max(brackets - 1, 0)
        elif word == "." and i + 1 < count and tokens[i + 1].start > end:
            # a full stop before a space ends a part; `J.Am` does not
            periods = min(periods + 1, 6)
        elif word == ",":
            commas = min(commas + 1, 6)
        elif word == ":":
            colons = min(colons + 1, 2)
        if year:
            since_year = 1
    return out
