"""Text helpers shared by every stage: checked against their plain definitions."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from mmrefs.text import cjk_ratio

_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def plain_cjk_ratio(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    return sum(1 for c in chars if _IDEOGRAPH.match(c)) / len(chars) if chars else 0.0


def test_the_regex_white_space_is_str_isspace() -> None:
    """What `cjk_ratio` counts on: `\\s` and `str.isspace` agree on every code point."""
    white = re.compile(r"\s")
    for code in range(0x110000):
        char = chr(code)
        assert (white.fullmatch(char) is not None) is char.isspace(), hex(code)


@given(st.text(alphabet=st.sampled_from("ab 中文字\u3000\u00a0\t\n\u2028\uf900，。1x\u3400")))
def test_cjk_ratio_is_the_share_among_visible_characters(text: str) -> None:
    assert cjk_ratio(text) == plain_cjk_ratio(text)


@given(st.text())
def test_cjk_ratio_on_any_text(text: str) -> None:
    assert cjk_ratio(text) == plain_cjk_ratio(text)
