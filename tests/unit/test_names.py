"""Printed names → model → display forms, table-driven."""

from __future__ import annotations

import pytest

from mmrefs.ingest.authors import parse_author_list, parse_family_first
from mmrefs.model import Author
from mmrefs.names import display_family, display_given, initials, split_particle
from mmrefs.text import join_spaced_greek, render_tex_math, strip_italics


@pytest.mark.parametrize(
    ("printed", "family", "given", "suffix"),
    [
        ("RAJKUMAR S V", "RAJKUMAR", "S V", ""),
        ("Rajkumar SV", "Rajkumar", "SV", ""),
        ("DE LA PUENTE P", "DE LA PUENTE", "P", ""),
        ("van de Donk NW Jr", "van de Donk", "NW", "Jr"),
        ("HESHMATI AGHDA N", "HESHMATI AGHDA", "N", ""),
        ("ZHANG San", "ZHANG", "San", ""),
        ("干军", "干", "军", ""),
        ("欧阳修", "欧阳", "修", ""),
        ("Smith A-B", "Smith", "A-B", ""),
    ],
)
def test_family_first_names(printed: str, family: str, given: str, suffix: str) -> None:
    assert parse_family_first(printed) == Author(family, given, suffix)


def test_organisation_is_literal_and_suffix_piece_attaches() -> None:
    assert parse_family_first("World Health Organization").literal == "World Health Organization"
    authors, et_al = parse_author_list("MUNSHI N C, ANDERSON L D, Jr, SHAH N, et al")
    assert et_al and authors[1] == Author("ANDERSON", "L D", "Jr") and len(authors) == 3
    _, cjk_et_al = parse_author_list("张三, 李四, 等")
    assert cjk_et_al


@pytest.mark.parametrize(
    ("printed", "shown", "particle"),
    [
        ("DE LA PUENTE", "de la Puente", "de la"),
        ("VAN DER VREKEN", "van der Vreken", "van der"),
        ("MCCLOSKEY", "McCloskey", ""),
        ("FIGUEROA-ESPADA", "Figueroa-Espada", ""),
        ("GUIMARÃES", "Guimarães", ""),
        ("GRUNEBaum", "GRUNEBaum", ""),
        ("LE", "Le", ""),
        ("O'BRIEN", "O'Brien", ""),
        ("van de Donk", "van de Donk", "van de"),
    ],
)
def test_display_family(printed: str, shown: str, particle: str) -> None:
    assert display_family(printed) == shown
    assert split_particle(printed)[0] == particle


@pytest.mark.parametrize(
    ("given", "shown", "letters"),
    [
        ("S V", "S. V.", "SV"),
        ("SV", "S. V.", "SV"),
        ("A-B", "A.-B.", "AB"),
        ("Yihan", "Yihan", "Y"),
        ("葆国", "葆国", "葆国"),
        ("Brooks B.", "Brooks B.", "BB"),
    ],
)
def test_given_forms(given: str, shown: str, letters: str) -> None:
    assert display_given(given) == shown
    assert initials(given) == letters


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("$As_4S_4/ZnS/Fe_3O_4$", "As₄S₄/ZnS/Fe₃O₄"),
        ("$P<0.05$", "P<0.05"),
        ("$\\beta$-cell", "β-cell"),
        ("$x^{2}$", "x²"),
        ("$CD8^+$", "CD8⁺"),
    ],
)
def test_tex_math(raw: str, clean: str) -> None:
    assert render_tex_math(raw) == clean


def test_greek_and_italics() -> None:
    assert join_spaced_greek("Wnt/ β -catenin") == "Wnt/β-catenin"
    assert join_spaced_greek("IFN- γ and IL-2") == "IFN-γ and IL-2"
    assert strip_italics("*In vivo* and *ex vivo* use") == "In vivo and ex vivo use"
