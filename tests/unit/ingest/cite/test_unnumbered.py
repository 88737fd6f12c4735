"""Unnumbered (alphabetical) reference lists: found, split one entry per paragraph or
hanging-indent block or name-led line, wrapped and page-broken entries rejoined, furniture
kept aside, each entry numbered by its position — and the document says so."""

from __future__ import annotations

import pytest

from mmrefs.errors import InputError
from mmrefs.ingest.document import parse_document
from mmrefs.ingest.unnumbered import find_unnumbered_start, split_unnumbered

A = "Abel, A., 2010. First title of a paper. J. Test. 1, 1–2."
B = "Baker, B., Cole, C., 2011a. Second title of a paper. J. Test. 2, 3–4."
C = "Cole, C., 2011b. Third title of a paper. J. Test. 3, 5–6."
BODY = "Bone matters (Abel, 2010).\n\nReferences\n"

# (list as printed, the entries' texts, first lines of what was skipped)
LAYOUTS = [
    ("one per line", f"{A}\n{B}\n{C}\n", [A, B, C], []),
    (
        "paragraphs with wrapped lines",
        "Abel, A., 2010. First title of\na paper. J. Test. 1, 1–2.\n\n"
        "Baker, B., Cole, C., 2011a. Second title of a paper.\nJ. Test. 2, 3–4.\n\n"
        f"{C}\n",
        [A, B, C],
        [],
    ),
    (
        "hanging indent",
        "Abel, A., 2010. First title of\n    a paper. J. Test. 1, 1–2.\n"
        "Baker, B., Cole, C., 2011a. Second title\n    of a paper. J. Test. 2, 3–4.\n"
        f"{C}\n",
        [A, B, C],
        [],
    ),
    (
        "wrapped lines, a hyphen at a line end",
        "Abel, A., 2010. First title of a pa-\nper. J. Test. 1, 1–2.\n"
        "Baker, B.,\nCole, C., 2011a. Second title of a paper. J. Test. 2, 3–4.\n"
        f"{C}\n",
        [A, B, C],
        [],
    ),
    (
        "page break with furniture and a caption",
        f"{A}\nBaker, B., Cole, C., 2011a. Second title\n12\nFigure 3. A figure caption\n"
        f"of a paper. J. Test. 2, 3–4.\n{C}\n",
        [A, B, C],
        ["12", "Figure 3. A figure caption"],
    ),
    (
        "back matter after the list",
        f"{A}\n{B}\n{C}\nAppendix\nMore text here, 2012.\n",
        [A, B, C],
        ["Appendix", "More text here, 2012."],
    ),
    (
        "Chinese entries",
        "张三, 李四. 多发性骨髓瘤的研究[J]. 血液学杂志, 2019, 40(1): 1-5.\n"
        "王五. 骨髓微环境[J]. 肿瘤杂志, 2020, 3(2): 6-9.\n",
        [
            "张三, 李四. 多发性骨髓瘤的研究[J]. 血液学杂志, 2019, 40(1): 1-5.",
            "王五. 骨髓微环境[J]. 肿瘤杂志, 2020, 3(2): 6-9.",
        ],
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "printed", "entries", "skipped"), LAYOUTS, ids=[r[0] for r in LAYOUTS]
)
def test_unnumbered_lists_are_split(
    name: str, printed: str, entries: list[str], skipped: list[str]
) -> None:
    lines = (BODY + printed).splitlines()
    start = find_unnumbered_start(lines)
    assert start == 3, name
    split = split_unnumbered(lines, "u.txt", start)
    assert [e.text for e in split.entries] == entries
    assert [e.number for e in split.entries] == list(range(1, len(entries) + 1))
    assert [s.text for s in split.skipped] == skipped


@pytest.mark.parametrize(
    "text",
    [
        "Just prose, with no list at all, written in 2015.\nMore prose.\n",
        "References\nSee the supplement for the list.\n",
        "[1] Abel A. A numbered entry. J Test. 2010;1:1-2.\n",
    ],
)
def test_no_unnumbered_list(text: str) -> None:
    assert find_unnumbered_start(text.splitlines()) is None


def test_a_file_that_is_only_an_alphabetical_list() -> None:
    assert find_unnumbered_start(f"{A}\n{B}\n{C}\n".splitlines()) == 0


def test_the_document_says_its_numbers_are_positions() -> None:
    doc = parse_document(BODY + f"{A}\n{B}\n{C}\n", "u.txt")
    assert doc.kind == "reflist" and doc.list_start_line == 4
    assert dict(doc.meta)["numbering"] == "list-position"
    note = doc.findings[0]
    assert note.code == "numbering.list-position" and "position" in note.message
    numbers = sorted([r.number for r in doc.references] + [f.number for f in doc.failures])
    assert numbers == [1, 2, 3]


def test_a_numbered_list_stays_numbered() -> None:
    doc = parse_document("Text [1].\nReferences\n[1] Abel A. Title. J Test. 2010;1:1-2.\n", "n")
    assert doc.meta == () and doc.references[0].number == 1


def test_no_list_at_all_is_refused_with_both_forms_named() -> None:
    with pytest.raises(InputError, match="author–year"):
        parse_document("Only prose here.\nAnd more prose.\n", "p.txt")
