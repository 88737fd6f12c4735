"""Table and caption claims: what a reference is cited for, apart from what frames it.

A table row's claim is its descriptive cells; its leading label cells are the context. A
caption's claim is the caption without the attribution that names the source.
"""

from __future__ import annotations

import pytest

from mmrefs.ingest.citations import build_citation_map
from mmrefs.ingest.claims import caption_claim, row_cells, table_claim

LIST = "\n参考文献\n[1] A B. T [J]. J, 2020, 1: 1.\n"

# (cells, claim, context)
ROWS = [
    (
        ("Proteins", "Antibodies (BsAb, ADC)", "Targeting: kills cells", "Survival 100%", "[1]"),
        "Targeting: kills cells | Survival 100%",
        "Proteins | Antibodies (BsAb, ADC)",
    ),
    (
        ("MOFs", "Porous carriers: high loading", "Versatile platform", "[1-2]"),
        "Porous carriers: high loading | Versatile platform",
        "MOFs",
    ),
    (
        ("Bortezomib", "proteasome", "ORR 40% in relapsed disease", "[3]"),
        "ORR 40% in relapsed disease",
        "Bortezomib | proteasome",
    ),
    (
        ("A long finding that stands first in its row.", "short", "[4]"),
        "A long finding that stands first in its row. | short",
        "",
    ),
    (
        ("硼替佐米", "靶向递送显著延长小鼠生存期。", "[5]"),
        "靶向递送显著延长小鼠生存期。",
        "硼替佐米",
    ),
    (("Header", "Finding", "References"), "", ""),
]


@pytest.mark.parametrize(("cells", "claim", "context"), ROWS)
def test_table_claim_is_the_descriptive_cells(
    cells: tuple[str, ...], claim: str, context: str
) -> None:
    got_claim, got_context, _ = table_claim(cells)
    assert (got_claim, got_context) == (claim, context)


def test_spanned_label_cells_are_filled_from_the_row_above() -> None:
    above = ("Proteins", "Antibodies", "Kills cells: yes", "[1]")
    assert row_cells("\tNanocarriers\tDelivers drugs: yes\t[2]", above)[0] == "Proteins"
    assert row_cells("\tNanocarriers\t[2]", above)[0] == ""  # another shape: no filling


@pytest.mark.parametrize(
    ("caption", "claim"),
    [
        ("图2 抗CD38单抗的作用机制(本图引用自参考文献[114])", "图2 抗CD38单抗的作用机制"),
        ("图2 抗CD38单抗的作用机制（本图引自文献[114]）", "图2 抗CD38单抗的作用机制"),
        ("Fig.2 Mechanisms of action (adapted from reference [114])", "Fig.2 Mechanisms of action"),
        ("Fig. 3 Bone disease (reproduced from [12,13] with permission)", "Fig. 3 Bone disease"),
        ("Fig. 4 Anti-angiogenic therapy. Adapted from [7].", "Fig. 4 Anti-angiogenic therapy."),
        ("Fig. 5 Ferroptosis pathways [135]", "Fig. 5 Ferroptosis pathways"),
        ("Fig. 6 Cells (left) and bone (right) [2]", "Fig. 6 Cells (left) and bone (right)"),
    ],
)
def test_caption_claim_drops_the_attribution(caption: str, claim: str) -> None:
    assert caption_claim(caption) == claim


def test_table_claim_and_context_reach_the_citation() -> None:
    text = (
        "Category\tMaterial\tFinding\tRefs\n"
        "Proteins\tAntibodies\tKills myeloma cells: 100% survival in mice\t[1]\n"
        "\tNanocarriers\tDelivers drugs: higher retention in tumours\t[1]\n" + LIST
    )
    cmap = build_citation_map(text, "t.txt", 1)
    claims = [(c.claim.text, c.claim.context) for c in cmap.citations]
    assert claims == [
        ("Kills myeloma cells: 100% survival in mice", "Proteins | Antibodies"),
        ("Delivers drugs: higher retention in tumours", "Proteins | Nanocarriers"),
    ]
