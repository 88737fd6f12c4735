"""Author–year citations: every printed variant read, each cited work tied to its entry by
surnames + year + letter, and what the list cannot answer reported, never guessed."""

from __future__ import annotations

import pytest

from mmrefs.ingest.authorkeys import KeyIndex, Matched, Missed, key_of
from mmrefs.ingest.authoryear import CitedWork, find_author_year
from mmrefs.ingest.citations import cite_document
from mmrefs.ingest.document import parse_document

W = CitedWork
# (text, [(names, et al., year, letter, locator)], narrative)
READ = [
    ("shown (Smith et al., 2015).", [W(("Smith",), True, "2015")], False),
    (
        "shown (Smith et al., 2015; Lee and Kim, 2014a).",
        [W(("Smith",), True, "2015"), W(("Lee", "Kim"), False, "2014", "a")],
        False,
    ),
    ("Lin et al. (2012) showed", [W(("Lin",), True, "2012")], True),
    ("Lin et al.'s (2012) work", [W(("Lin",), True, "2012")], True),
    ("shown (Smith, 2015, p. 3).", [W(("Smith",), False, "2015", "", "p. 3")], False),
    ("shown (Smith 2015, pp. 3–5).", [W(("Smith",), False, "2015", "", "pp. 3–5")], False),
    ("shown (e.g., Smith, 2015).", [W(("Smith",), False, "2015")], False),
    ("shown (see also Smith & Lee, 2015).", [W(("Smith", "Lee"), False, "2015")], False),
    ("shown (van der Berg & Lin, 2012).", [W(("van der Berg", "Lin"), False, "2012")], False),
    ("de la Puente et al. (2018a) found", [W(("de la Puente",), True, "2018", "a")], True),
    (
        "shown (O'Neil and Müller-Lüdenscheidt, 2010).",
        [W(("O'Neil", "Müller-Lüdenscheidt"), False, "2010")],
        False,
    ),
    (
        "shown (Smith 2014a, b).",
        [W(("Smith",), False, "2014", "a"), W(("Smith",), False, "2014", "b")],
        False,
    ),
    (
        "shown (Jones, 2015, 2016).",
        [W(("Jones",), False, "2015"), W(("Jones",), False, "2016")],
        False,
    ),
    ("预后不良(张三等, 2019)。", [W(("张三",), True, "2019")], False),
    (
        "预后不良（张三等，2019；李四，2018）。",
        [W(("张三",), True, "2019"), W(("李四",), False, "2018")],
        False,
    ),
    ("shown (WHO, 2019).", [W(("WHO",), False, "2019")], False),
    ("shown (Smith, in press).", [W(("Smith",), False, "in press")], False),
]
NOT_READ = [
    "in January (2015) nothing",
    "as in (Table 1, 2015)",
    "with (n = 2015) patients",
    "the decade (1990–2000)",
    "numbered marks [12] and (12)",
    "a ratio (3:2015) only",
    "Since (2015) things changed",
]


@pytest.mark.parametrize(("text", "works", "narrative"), READ)
def test_author_year_forms_are_read(text: str, works: list[CitedWork], narrative: bool) -> None:
    [mark] = find_author_year(text)
    assert list(mark.works) == works and mark.narrative == narrative
    assert text[mark.start : mark.end] == mark.text


@pytest.mark.parametrize("text", NOT_READ)
def test_parentheses_that_are_not_citations(text: str) -> None:
    assert list(find_author_year(text)) == []


ENTRIES = [
    "Lee, S., Kim, H., 2014a. Proteasome inhibitors revisited. J. Haematol. 12, 45–67.",
    "Lee, S., Kim, H., 2014b. Adhesion and drug resistance. J. Haematol. 12, 80–90.",
    "Lin, Q., Wang, R., Zhao, T., 2012. The niche protects myeloma cells. Blood 120, 1–9.",
    "Smith, J., 2015. Homing of myeloma cells, alone. Med. 21, 1–9.",
    "Smith, J., Jones, A., Park, C., 2015. Homing of myeloma cells. Med. 21, 100–110.",
    "van der Berg, A., Lin, B., 2012. Bone marrow stroma in myeloma. Leuk. 26, 5–15.",
    "张三, 李四, 王五. 多发性骨髓瘤骨髓微环境研究[J]. 血液学杂志, 2019, 40(1): 1-5.",
    "Zhou Y. Niches revisited. Cancer Cell. 2019;35(1):1-2.",
]
INDEX = KeyIndex([key_of(n, raw, []) for n, raw in enumerate(ENTRIES, 1)])

# (cited work, entry numbers, reason)
TIES = [
    (W(("Lee", "Kim"), False, "2014", "a"), (1,), Matched.SURNAME_YEAR_SUFFIX),
    (W(("Lee", "Kim"), False, "2014", "b"), (2,), Matched.SURNAME_YEAR_SUFFIX),
    (W(("Lin",), True, "2012"), (3,), Matched.SURNAME_YEAR),
    (W(("Smith",), True, "2015"), (5,), Matched.AUTHOR_COUNT),
    (W(("Smith",), False, "2015"), (4,), Matched.AUTHOR_COUNT),
    (W(("Berg", "Lin"), False, "2012"), (6,), Matched.SURNAME_YEAR),
    (W(("van der Berg",), True, "2012"), (6,), Matched.SURNAME_YEAR),
    (W(("张三",), True, "2019"), (7,), Matched.SURNAME_YEAR),
    (W(("研究表明张三",), True, "2019"), (7,), Matched.SURNAME_YEAR),
    (W(("Zhou",), False, "2019"), (8,), Matched.SURNAME_YEAR),
    (W(("Lee", "Kim"), False, "2014"), (1, 2), Missed.SUFFIX_NEEDED),
    (W(("Lee", "Kim"), False, "2014", "c"), (), Missed.OTHER_YEAR),
    (W(("Lin",), True, "2013"), (3,), Missed.OTHER_YEAR),
    (W(("Brown",), False, "2011"), (), Missed.NO_AUTHOR),
    (W(("Lee", "Park"), False, "2014", "a"), (), Missed.NO_AUTHOR),
]


@pytest.mark.parametrize(("work", "numbers", "reason"), TIES)
def test_cited_works_are_tied_by_surname_year_and_letter(
    work: CitedWork, numbers: tuple[int, ...], reason: Matched | Missed
) -> None:
    tie = INDEX.tie(work)
    assert (tie.numbers, tie.reason) == (numbers, reason)


PAPER = (
    """Myeloma cells home to the marrow (Smith et al., 2015; Lee and Kim, 2014a).
Lin et al. (2012) showed that the niche protects them. One is missing (Brown, 2011).
One is unclear (Lee and Kim, 2014).

References
"""
    + "\n".join(ENTRIES)
    + "\n"
)


def test_an_author_year_paper_is_cited_by_list_position() -> None:
    doc = parse_document(PAPER, "ay.txt")
    assert dict(doc.meta) == {"numbering": "list-position", "citations": "author-year"}
    assert doc.findings[0].code == "numbering.list-position"
    cmap = cite_document(PAPER, doc)
    assert [(c.marker, c.numbers, c.narrative_author) for c in cmap.citations] == [
        ("(Smith et al., 2015; Lee and Kim, 2014a)", (5, 1), ""),
        ("Lin et al. (2012)", (3,), "Lin"),
    ]
    assert cmap.citations[1].claim.text == "Lin et al. (2012) showed that the niche protects them."
    assert [(f.code, dict(f.evidence)["reason"]) for f in cmap.malformed] == [
        ("citation.author-year.unmatched", "no-entry-by-author"),
        ("citation.author-year.ambiguous", "year-letter-needed"),
    ]
    assert cmap.last_reference == len(ENTRIES) and cmap.uncited() == (2, 4, 6, 7, 8)
