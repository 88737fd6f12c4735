"""CSL-JSON names: particles and suffixes where Zotero keeps them, "et al." as pandoc's."""

from __future__ import annotations

import pytest

from mmrefs.formats.csljson import csl_name, csl_names
from mmrefs.model import Author


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
