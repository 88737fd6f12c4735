"""CSL-JSON names: particles and suffixes where Zotero keeps them, "et al." as pandoc's."""

from __future__ import annotations

import pytest

from mmrefs.formats.bibtex_fields import entry_fields
from mmrefs.formats.csljson import csl_item, csl_name, csl_names
from mmrefs.model import Author, Kind, Reference, SourceLoc


@pytest.mark.parametrize(
    ("author", "name"),
    [
        (Author(family="RAJKUMAR", given="S V"), {"family": "Rajkumar", "given": "S. V."}),
        (Author(family="DE LA PUENTE", given="P"), {"family": "de la Puente", "given": "P."}),
        (
            Author(family="ANDERSON", given="L D", suffix="Jr"),
            {"family": "Anderson", "given": "L. D., Jr"},
        ),
        (Author(family="ANDERSON", suffix="Jr"), {"family": "Anderson", "suffix": "Jr"}),
        (Author(family="干", given="军"), {"family": "干", "given": "军"}),
        (Author(literal="WHO"), {"literal": "WHO"}),
    ],
)
def test_csl_name(author: Author, name: dict[str, str]) -> None:
    assert csl_name(author) == name


@pytest.mark.parametrize(
    ("et_al", "names"),
    [
        (False, [{"family": "Gan", "given": "J."}]),
        (True, [{"family": "Gan", "given": "J."}, {"literal": "others"}]),
    ],
)
def test_et_al_is_the_name_others(et_al: bool, names: list[dict[str, str]]) -> None:
    assert csl_names((Author(family="GAN", given="J"),), et_al) == names


def test_a_patent_or_standard_number_is_the_items_number() -> None:
    ref = Reference(
        key="deng2006", number=1, raw="", loc=SourceLoc("t.txt", 1, 1), kind=Kind.PATENT,
        title="一种示例装置", year="2006", extra=(("document_number", "200610000000"),),
    )  # fmt: skip
    assert csl_item(ref)["number"] == "200610000000"
    assert ("number", "200610000000") in entry_fields(ref, biblatex=True)
