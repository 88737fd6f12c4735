"""JATS: tagged citations are exact (the xref's target, not the look of a superscript);
untagged superscripts can never be read as marks."""

from __future__ import annotations

import pytest

from mmrefs.errors import InputError
from mmrefs.formats.jats import text_from_jats

REFS = "".join(
    f'<ref id="R{n}"><label>{n}</label><mixed-citation>Abel A. Title {n}. J Test. '
    f"2010;{n}:1-2.</mixed-citation></ref>"
    for n in range(1, 8)
)


def article(body: str, refs: str = REFS) -> bytes:
    return (
        "<article><front><article-meta><title-group><article-title>T</article-title>"
        f"</title-group></article-meta></front><body><sec><title>Intro</title>{body}</sec>"
        f"</body><back><ref-list>{refs}</ref-list></back></article>"
    ).encode()


def x(n: int) -> str:
    return f'<xref ref-type="bibr" rid="R{n}">{n}</xref>'


@pytest.mark.parametrize(
    ("paragraph", "line"),
    [
        (f"<p>Shown.<sup>{x(1)}</sup></p>", "Shown.[1]"),
        (f"<p>Shown<sup>{x(2)},{x(3)}</sup> here.</p>", "Shown [2,3] here."),
        (f"<p>Shown<sup>{x(4)}</sup>–<sup>{x(6)}</sup>.</p>", "Shown [4–6]."),
        (f"<p>Shown [{x(1)}, {x(2)}].</p>", "Shown [1, 2]."),
        (f"<p>Shown {x(7)} here.</p>", "Shown [7] here."),
        (
            "<p>In 1 cm<sup>2</sup> and 10<sup>6</sup> cells of Ca<sup>2+</sup>.</p>",
            "In 1 cm² and 10⁶ cells of Ca²⁺.",
        ),
        (
            '<p>Shown (<xref ref-type="bibr" rid="R5">Smith et al., 2015</xref>).</p>',
            "Shown (Smith et al., 2015).",
        ),
    ],
)
def test_xrefs_are_exact_and_other_superscripts_plain(paragraph: str, line: str) -> None:
    lines = text_from_jats(article(paragraph), "a.xml").text.splitlines()
    assert lines[:3] == ["T", "Intro", line]


def test_numbers_come_from_the_target_entry_not_the_printed_text() -> None:
    body = '<p>Shown.<sup><xref ref-type="bibr" rid="R3">9</xref></sup></p>'
    assert "Shown.[3]" in text_from_jats(article(body), "a.xml").text


def test_the_list_is_numbered_from_labels_or_positions() -> None:
    refs = (
        '<ref id="B1"><element-citation><person-group><name><surname>Abel</surname>'
        "<given-names>A</given-names></name></person-group><article-title>A title"
        "</article-title><source>J Test</source><year>2010</year><volume>1</volume>"
        '<fpage>1</fpage><lpage>2</lpage><pub-id pub-id-type="doi">10.5555/x.1</pub-id>'
        "</element-citation></ref>"
    )
    read = text_from_jats(
        article('<p>Shown.<sup><xref ref-type="bibr" rid="B1">1</xref></sup></p>', refs), "a.xml"
    )
    assert read.text.splitlines()[-2:] == [
        "References",
        "[1] Abel A. A title. J Test. 2010;1:1-2. doi:10.5555/x.1",
    ]
    assert (read.xrefs, read.references) == (1, 1)


def test_tables_and_figures_get_lines_of_their_own() -> None:
    body = (
        f"<p>Text.<sup>{x(1)}</sup></p>"
        "<table-wrap><label>Table 1</label><caption><p>Agents</p></caption><table>"
        f"<tr><td>Bortezomib</td><td>[{x(2)}]</td></tr></table></table-wrap>"
        f"<fig><label>Figure 1.</label><caption><p>Niche.<sup>{x(3)}</sup></p></caption></fig>"
    )
    lines = text_from_jats(article(body), "a.xml").text.splitlines()
    assert lines[2:6] == ["Text.[1]", "Table 1 Agents", "Bortezomib\t[2]", "Figure 1. Niche.[3]"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"<not xml", "not readable XML"), (b"<html><body/></html>", "not a JATS article")],
)
def test_what_is_not_jats_is_refused(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        text_from_jats(data, "x.xml")
