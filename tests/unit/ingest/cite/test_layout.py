"""Blocks and claims of documents other than the bundled review: Latin headings, footnote
lines, sentence ends that are abbreviations, superscripts a person can read."""

from __future__ import annotations

import pytest

from mmrefs.ingest.claims import Sentences, clean_claim
from mmrefs.ingest.layout import ends_sentence, run_in_text, split_blocks


@pytest.mark.parametrize(
    ("rest", "text"),
    [
        ("The niche", ""),
        ("Materials and methods", ""),
        ("脂质体 现如今,脂质体类纳米材料是最成熟的。", "现如今,脂质体类纳米材料是最成熟的。"),
        ("Results. Cells grew.", "Cells grew."),
    ],
)
def test_what_follows_a_numbered_heading(rest: str, text: str) -> None:
    assert run_in_text(rest) == text


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("as shown before.", True),
        ("as shown before.^[12]", True),
        ("as shown before.<sup>12</sup>", True),
        ("as shown before.[12]", True),
        ("as shown before [12", False),
        ("most common haema-", False),
    ],
)
def test_sentence_ends_behind_marks(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends


def test_footnote_lines_are_blocks_of_their_own() -> None:
    lines = ["Ann Author<sup>1</sup>,", "<sup>1</sup>Department of Haematology,", "Body text."]
    assert [b.text for b in split_blocks(lines, None)] == lines


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Lin et al. (2012) showed it. Then more.",
            ["Lin et al. (2012) showed it.", " Then more."],
        ),
        ("Many (e.g. Smith, 2015) agree. Yes.", ["Many (e.g. Smith, 2015) agree.", " Yes."]),
        ("See Fig. 2 for this. Done.", ["See Fig. 2 for this.", " Done."]),
        ("On p. 3 it says so. Done.", ["On p. 3 it says so.", " Done."]),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, sentences: list[str]) -> None:
    ends = Sentences(text).ends
    assert [text[a:b] for a, b in zip([0, *ends], ends, strict=False)] == sentences


@pytest.mark.parametrize(
    ("claim", "clean"),
    [
        ("Cannabinoids such as Δ<sup>9</sup>-THC help", "Cannabinoids such as Δ⁹-THC help"),
        ("lesions of 1 cm<sup>2</sup> and Ca<sup>2+</sup>", "lesions of 1 cm² and Ca²⁺"),
        ("resistance<sup>a</sup>", "resistanceᵃ"),
        ("PUENTE等^[29]提出了材料。", "PUENTE等提出了材料。"),
        ("odd<sup>*</sup> mark,", "odd* mark"),
    ],
)
def test_claims_show_superscripts_as_printed(claim: str, clean: str) -> None:
    assert clean_claim(claim) == clean
