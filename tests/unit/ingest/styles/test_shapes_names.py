"""Author-block shapes real lists print, one row each: text → names (and the fields the
names' end decides).

Each row stands for a rule about names: a body's name kept whole (an agency's or firm's
word, a country's in a name without initials, the levels of a body in commas, `& Co.`),
APA's `(n.d.)` after a body, Chinese names in pinyin with their given names spelled out,
`et al.` misprinted, and a middle name spelled out after an initial. The data is
invented: names, titles, journals and publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.styles.heads import names_end
from mmrefs.ingest.styles.people import read_names
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "ama task force led by a country's initials",
        "US Widget Services Task Force. Screening for widget wear: US Widget Services Task "
        "Force recommendation statement. Example J. 2020;323(20):2060–2066.",
        {"families": ["US Widget Services Task Force"], "givens": [""], "container": "Example J"},
    ),
    (
        "nlm body named with its country",
        "Widget Scotland. Living with widgets [internet]. 2024 [cited 2024 Feb 18]. "
        "Available from: https://example.org/living-with-widgets",
        {"families": ["Widget Scotland"], "title": "Living with widgets"},
    ),
    (
        "apa body without a date",
        "Widgets New Zealand. (n.d.). Form a new widget club. https://example.org/clubs",
        {"families": ["Widgets New Zealand"], "title": "Form a new widget club", "year": ""},
    ),
    (
        "agps harvard firm with an ampersand",
        "Sample & Co. 2002, Style manual for widget makers, 6th edn, Example Press, Sampletown.",
        {"families": ["Sample & Co"], "year": "2002"},
    ),
    (
        "nlm levels of one body in commas",
        "Department of Widgets, National Institutes of Gears, National Heart, Lung, and Blood "
        "Institute. Guidelines for widget care. Example J. 2012;3(2):1-5.",
        {
            "families": [
                "Department of Widgets, National Institutes of Gears, National Heart, Lung, "
                "and Blood Institute"
            ],
            "title": "Guidelines for widget care",
        },
    ),
    (
        "chicago person and a group stay apart",
        "Sample, Ming and Example Collaborative Study Group. 1975. “Engineering Widgets.” "
        "Example Physics 143 (3): 2243.",
        {"families": ["Sample", "Example Collaborative Study Group"], "givens": ["Ming", ""]},
    ),
    (
        "gbt pinyin names family first with given names spelled out",
        "Wang Xiaoming, Liu Hong, Zhou Zhiyan, et al. Design of widget parameters[J]. "
        "Example Journal of Widgets, 2016, 9(5): 24-32.",
        {
            "families": ["Wang", "Liu", "Zhou"],
            "givens": ["Xiaoming", "Hong", "Zhiyan"],
            "et_al": True,
        },
    ),
    (
        "gbt pinyin names given first with the family in capitals",
        "Hong ZHANG, Xiaoli WANG, Jianjia ZHU. Methods of widget trade-offs[J]. Example "
        "Research, 2016, 35(6): 1005-1016.",
        {"families": ["ZHANG", "WANG", "ZHU"], "givens": ["Hong", "Xiaoli", "Jianjia"]},
    ),
    (
        "gbt western names are no pinyin",
        "Ana Sample, Bo Example. Widget wear[J]. Example Research, 2016, 35(6): 1005-1016.",
        {"families": ["Ana Sample", "Bo Example"]},
    ),
    (
        "nlm et al misprinted et all",
        "Sample YT, Example AP, Other K, et all. Widget imaging in children. Example J. "
        "2015;72(8):912-919.",
        {"families": ["Sample", "Example", "Other"], "et_al": True},
    ),
    (
        "gbt et al misprinted et all",
        "SAMPLE Y T, EXAMPLE A P, et all. Widget imaging in children[J]. Example J, 2015, "
        "72(8): 912-919.",
        {"families": ["SAMPLE", "EXAMPLE"], "et_al": True},
    ),
    (
        "nlm et al with a doubled stop",
        "Sample YT, Example AP, et al.. Widget imaging in children. Example J. 2015;72(8):912-919.",
        {"families": ["Sample", "Example"], "et_al": True, "title": "Widget imaging in children"},
    ),
    (
        "chicago initial then a middle name spelled out",
        'Sample, Sarah B., W. Kindred Example, and Thomas Other. 2017. "All Widgets are '
        'Global." Example Studies Quarterly 61, no. 4 (December): 907-923.',
        {
            "families": ["Sample", "Example", "Other"],
            "givens": ["Sarah B.", "W. Kindred", "Thomas"],
        },
    ),
    (
        "ieee initial then a family of two words",
        "E. Le Sample and A. Brito Example, “Widgets in use,” Example Trans. Widg., vol. 3, "
        "no. 2, pp. 10–12, Mar. 2001.",
        {"families": ["Le Sample", "Brito Example"], "givens": ["E.", "A."]},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_a_body_led_by_a_dotted_abbreviation_ends_at_its_own_stop() -> None:
    """`U.S. Department of Widgets. Title`: `U.S` closes no author block, the body does."""
    text = "U.S. Department of Widgets, Gears and Wheels Bureau. Widget care. Example J."
    found = names_end(text, len(text), True)
    assert found is not None
    end, names = found
    assert text[end:].startswith("Widget care")
    assert [a.literal for a in names.authors] == [
        "U.S. Department of Widgets, Gears and Wheels Bureau"
    ]


def test_two_bodies_in_commas_stay_two() -> None:
    """NLM separates bodies by semicolons, but lists print commas too: two bodies with no
    fragment between them are two authors."""
    names = read_names("Example Widget Group, Other Gear Consortium")
    assert [a.literal for a in names.authors] == ["Example Widget Group", "Other Gear Consortium"]


def test_the_pinyin_syllables_come_from_pypinyin() -> None:
    """`pinyin_syllables` reads a table inside `pypinyin`; a release that moved it would
    silently turn the pinyin reading off, so its size is pinned here."""
    from mmrefs.ingest.authors import pinyin_syllables

    syllables = pinyin_syllables()
    assert len(syllables) >= 400
    assert {"li", "zhang", "xiao", "yu"} <= syllables
