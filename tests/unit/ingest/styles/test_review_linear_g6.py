"""Linearity of this review's patterns (no timer: an exponential or quadratic reading
would take minutes at these lengths). The names left after the Chinese originals are
cut (`gbt7714.without_originals`) were trimmed by `(?:\\s*,\\s*)+$`, which read a run of
`, , ,` inside the names every way its spaces could split (exponential in the run); the
veterinary article's rest (`people._COLON_ARTICLE_REST`) read a run of spaces after its
pages twice over; the tags after a title (`grammars._TITLE_TAGS`, `_TAGS`) were tried
from each space of a run before the bracket."""

from __future__ import annotations

from mmrefs.ingest.gbt7714 import without_originals, without_trailing_commas
from mmrefs.ingest.styles.grammars import _TAGS, _TITLE_TAGS
from mmrefs.ingest.styles.people import _COLON_ARTICLE_REST

RUN = 100_000
SPACES = " " * RUN


def test_a_run_of_commas_between_glossed_names_finishes() -> None:
    text = "Guo Y(郭勇)" + ", " * 60 + "Xu SY(徐叔云)"
    assert without_originals(text).endswith("Xu SY")
    long_text = "Guo Y(郭勇)" + ", " * RUN + "Xu SY(徐叔云)"
    assert without_originals(long_text).startswith("Guo Y,")
    assert without_trailing_commas("Guo Y, Xu SY, ," + SPACES) == "Guo Y, Xu SY"
    assert without_trailing_commas("Guo Y" + SPACES) == "Guo Y" + SPACES


def test_a_run_of_spaces_after_a_veterinary_article_s_pages_finishes() -> None:
    assert _COLON_ARTICLE_REST.search(". Acta Example 1977, 18, 1" + SPACES + "x") is None
    assert _COLON_ARTICLE_REST.search(". Acta Example 1977, 18, 11–19." + SPACES) is not None


def test_a_run_of_spaces_before_a_title_tag_finishes() -> None:
    assert _TITLE_TAGS.search("Widget" + SPACES + "[in Abc1]") is None
    assert _TITLE_TAGS.search("Widget" + SPACES + "[in Russian]") is not None
    assert _TAGS.search("Widget" + SPACES + "[in Abc1]") is None
