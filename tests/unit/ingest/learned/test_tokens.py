"""The tokeniser covers the entry (only whitespace is left between tokens), and the
features are one list per token, built the same way for training and tagging."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mmrefs.ingest.learned.tokens import features, shape, tokenize

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)


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
