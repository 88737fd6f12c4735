"""The tokeniser covers the entry (only whitespace is left between tokens), and the
features are one list per token, built the same way for training and tagging. The fast
features (`tokens.features`, cached per word) are exactly those of the plain definition
below, in the same order: the bundled model was trained on these strings."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mmrefs.ingest.learned.tokens import CUES, Token, features, shape, tokenize

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)
# Entries' own alphabet, so that words, years, cues, links and brackets recur.
PIECES = st.sampled_from(
    ["Doe", "J", "A.", "vol", "pp", "In", "Press", "2019", "1850", "12", "(", ")", "[",
     "]", ".", ". ", ",", ":", " ", "  ", "\n", "https://doi.org/", "10.5555/x.y",
     "www.ex.org", "中华", "年", "É", "²", "٣", "Ⅻ", "AAA", "aaaa", "ǅ", "\u00a0"]
)  # fmt: skip
ENTRY = st.lists(PIECES | TEXT, max_size=40).map("".join)


def plain_shape(word: str) -> str:
    """`shape` as first written: one substitution per kind of character."""
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


def plain_features(text: str, tokens: tuple[Token, ...]) -> list[list[str]]:
    """`features` as first written, each token's own features in a dict: the definition
    the fast one must match string for string."""
    count = len(tokens)
    own = []
    parens = brackets = periods = commas = colons = 0
    seen_year = False
    for i, (word, start, end) in enumerate(tokens):
        lower = word.lower()
        look = plain_shape(word)
        mine = {
            "w": look if look in ("URL", "DOI") else lower[:20],
            "sh": look[:8],
            "p3": lower[:3],
            "s3": lower[-3:],
        }
        is_year = bool(re.fullmatch(r"(?:1[5-9]|20)\d\d", word))
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
        own.append(mine)
        if word == "(":
            parens += 1
        elif word == "[":
            brackets += 1
        elif word == ")":
            parens = max(parens - 1, 0)
        elif word == "]":
            brackets = max(brackets - 1, 0)
        elif word == "." and i + 1 < count and tokens[i + 1].start > end:
            periods += 1
        elif word == ",":
            commas += 1
        elif word == ":":
            colons += 1
        seen_year = seen_year or is_year
    out = []
    for i, mine in enumerate(own):
        item = ["bias", *(f"{name}={value}" for name, value in mine.items())]
        for step in (-3, -2, -1, 1, 2, 3):
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


@given(ENTRY)
def test_the_features_are_the_plain_definitions(text: str) -> None:
    tokens = tokenize(text)
    assert features(text, tokens) == plain_features(text, tokens)
    assert [shape(t.text) for t in tokens] == [plain_shape(t.text) for t in tokens]


@given(st.text(max_size=12))
def test_the_shape_is_the_plain_definition_for_any_string(word: str) -> None:
    assert shape(word) == plain_shape(word)


@given(TEXT)
def test_tokens_cover_the_text_in_order(text: str) -> None:
    tokens = tokenize(text)
    at = 0
    for token in tokens:
        assert token.start >= at and token.end > token.start
        assert text[at : token.start].strip() == ""  # nothing but whitespace skipped
        assert text[token.start : token.end] == token.text
        at = token.end
    assert text[at:].strip() == ""


@given(TEXT)
def test_one_feature_list_per_token(text: str) -> None:
    tokens = tokenize(text)
    items = features(text, tokens)
    assert len(items) == len(tokens)
    assert all(item[0] == "bias" for item in items)


def test_a_link_is_one_token_and_a_word_is_split_from_its_punctuation() -> None:
    text = "Doe J. Title (2020). doi:10.5555/abc.def-1 https://example.org/a?b=c"
    words = [t.text for t in tokenize(text)]
    assert "10.5555/abc.def-1" in words and "https://example.org/a?b=c" in words
    assert words[:5] == ["Doe", "J", ".", "Title", "("]


def test_the_features_see_neighbours_counts_and_years() -> None:
    text = "Doe J. A title, 2020. J Ex."
    tokens = tokenize(text)
    items = features(text, tokens)
    first, year = items[0], items[[t.text for t in tokens].index("2020")]
    assert "-1BOUND" in first and "1w=j" in first and "cap=1" in first
    assert {"year=1", "per=1", "com=1", "sy=0", "dlen=4"} <= set(year)
    assert "sy=1" in items[-1]  # every token after a year knows it came after one


def test_shapes_generalise_words_and_links() -> None:
    assert shape("Nature") == "Xxx"
    assert shape("2020") == "dd"
    assert shape("10.5555/x") == "DOI" and shape("https://x.org") == "URL"
    assert shape("中华") == "CC"
