"""Text helpers shared by every stage: checked against their plain definitions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mmrefs.text import as_int, below, cjk_ratio, expand_page_range, fold_fullwidth

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


_DIGITS = "0123456789" + "０１２３４５６７８９" + "٠١٢٣٤٥٦٧٨٩"


@given(
    st.integers(1, 30).flatmap(lambda n: st.tuples(*[st.text(_DIGITS, min_size=n, max_size=n)] * 2))
)
def test_below_is_the_numeric_order(pair: tuple[str, str]) -> None:
    digits, other = pair
    assert below(digits, other) is (int(digits) < int(other))


def test_a_page_range_of_thousands_of_digits_is_read() -> None:
    """`int` refuses a run of over 4,300 digits; the expansion must not raise on one."""
    first, last = "1" * 4400, "2" * 4399
    assert expand_page_range(f"{first}-{last}") == (first, "1" + last)
    assert expand_page_range(f"{first}-{'0' * 4399}") == (first, "0" * 4399)


@pytest.mark.parametrize(
    ("text", "number"),
    [("12", 12), ("０１２", 12), ("", None), ("\u00b2", None), ("1" * 19, None), ("1e3", None)],
)
def test_as_int_reads_only_what_int_reads_and_a_number_can_be(
    text: str, number: int | None
) -> None:
    assert as_int(text) == number


def test_full_width_digits_and_letters_fold_to_ascii() -> None:
    assert fold_fullwidth("示例［Ｊ］．示例学报，２０１５，１２（３）：４５－６７．") == (
        "示例[J]. 示例学报, 2015, 12(3): 45－67."
    )


@pytest.mark.parametrize(
    ("printed", "pages"),
    [
        ("89.e1-8", ("89.e1", "89.e8")),  # online-only pages shortened as MEDLINE does
        ("89.e12-9", ("89.e12", "89.e19")),
        ("89.e1-89.e8", ("89.e1", "89.e8")),  # printed whole: as printed
        ("89.e1-e8", ("89.e1", "e8")),  # another prefix: as printed
        ("12.5-8", ("12.5", "8")),  # not an online page: as printed
        ("955-966.e61", ("955", "966.e61")),
    ],
)
def test_online_only_pages_expand_like_any_range(printed: str, pages: tuple[str, str]) -> None:
    assert expand_page_range(printed) == pages
