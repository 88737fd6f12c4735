"""`parse_styles` reads the winner through `best_reading` (no scored Candidate built);
`read_entry` still returns that Candidate, and the two agree on style, fields and score."""

from __future__ import annotations

import pytest

from mmrefs.ingest.styles.choose import best_reading, parse_styles, read_entry
from mmrefs.ingest.styles.trailers import peel

ENTRIES = [
    "Smith AR, Pereira LG. A title of some words. J Foo. 2017;7(3):1460-70.",
    "Smith, A. R., & Pereira, L. G. (2017). A title of some words. Journal, 7(3), 1460–1470.",
    "A. R. Smith and L. G. Pereira, “A title of some words,” J. Foo, vol. 7, pp. 1-9, 2017.",
    "张三, 李四. 示例标题研究[J]. 示例学报, 2020, 3(2): 100-108.",
    "Title only",
    "张三. 示例[J]. 无",
]


@pytest.mark.parametrize("entry", ENTRIES)
def test_parse_styles_matches_read_entry(entry: str) -> None:
    body, ids = peel(entry)
    linked = bool(ids.get("doi") or ids.get("url"))
    candidate = read_entry(body, linked)
    fields = parse_styles(body, linked)
    if isinstance(candidate, tuple):
        assert isinstance(fields, str)
        assert isinstance(best_reading(body, linked), list)
        return
    assert isinstance(fields, dict)
    assert fields["style"] == candidate.style
    assert fields.get("style_score") == (
        f"{candidate.score:.2f}" if candidate.score < 1.0 else None
    )
    expected = {k: v for k, v in candidate.fields.items() if k != "name_score"}
    assert {k: v for k, v in fields.items() if k not in ("style", "style_score")} == expected
