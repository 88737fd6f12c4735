"""Round 26, helper BG: shapes whose grammar reading the scoring kept (invented rows)."""

from __future__ import annotations

import pytest

from mmrefs.ingest.refparse import LEARNED_REPLACES_BELOW, parse_fields

# A body's acronym as the author, its report issued by the body under its full name with a
# place: the grammar's reading stands (it scored below the fallback's threshold before).
ROWS = [
    (
        "WRC. Annual Survey of River Fisheries; Westmark River Council: Lindholm, Norland, 2019.",
        {
            "author": "WRC",
            "title": "Annual Survey of River Fisheries",
            "publisher": "Westmark River Council",
            "place": "Lindholm, Norland",
            "year": "2019",
        },
    ),
    (
        "KRB: Grain Storage Handbook. Kerrow Regional Board of Agriculture, London 1987",
        {
            "author": "KRB",
            "title": "Grain Storage Handbook",
            "publisher": "Kerrow Regional Board of Agriculture",
            "place": "London",
            "year": "1987",
        },
    ),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_acronym_body_report(text: str, want: dict[str, str]) -> None:
    fields = parse_fields(text)
    assert isinstance(fields, dict)
    assert "replaced" not in fields
    assert float(fields["style_score"]) >= (LEARNED_REPLACES_BELOW or 0.0)
    assert [a.literal for a in fields["authors"]] == [want["author"]]
    for name, value in want.items():
        if name != "author":
            assert fields.get(name) == value, name
