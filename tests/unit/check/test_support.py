"""`citation.off-topic` as a table: a claim, the cited work's title (and the registry's
abstract), and the verdict, if any. Rows that must not fire are as important as rows that must."""

from __future__ import annotations

import pytest

from mmrefs.check.support import off_topic
from mmrefs.model import Severity, Term
from tests.unit.check.factory import cite, make_build, ref, resolved

DISEASE, ORGANISM, NOTHING = "disease-conflict", "organism-conflict", "nothing-shared"
IBRUTINIB = (Term("伊布替尼", "ibrutinib", "", 3),)

ROWS = [
    # fire
    (
        "myeloma claim, breast cancer source",
        "负载BTZ的脂质体在MM小鼠模型中显著延长了生存期",
        "Liposomal doxorubicin in metastatic breast cancer: a randomized trial",
        "",
        (),
        DISEASE,
    ),
    (
        "two blood cancers that differ",
        "多发性骨髓瘤患者接受移植后的生存率",
        "Survival after transplantation in acute myeloid leukemia",
        "",
        (),
        DISEASE,
    ),
    (
        "mice against patients",
        "硼替佐米在小鼠模型中抑制肿瘤生长",
        "Bortezomib in patients with relapsed myeloma",
        "",
        (),
        ORGANISM,
    ),
    (
        "nothing shared (a wrong number)",
        "硫酸乙酰肝素模拟糖聚合物抑制乙酰肝素酶, 延缓骨破坏",
        "VEGF gene polymorphisms influence the efficacy of thalidomide in myeloma",
        "",
        (),
        NOTHING,
    ),
    (
        "English table cell, nothing shared",
        "Zinc oxide nanoparticles induce apoptosis",
        "Dexamethasone pharmacokinetics in healthy volunteers",
        "",
        (),
        NOTHING,
    ),
    (
        "a Chinese name the glossary lacks",
        "伊布替尼可促进自然杀伤细胞活化",
        "Ibrutinib in chronic lymphocytic leukemia",
        "",
        (),
        NOTHING,
    ),
    (
        "without the abstract",
        "CAR-T细胞的持续性依赖Fas信号",
        "Engineered lymphocytes persist longer",
        "",
        (),
        NOTHING,
    ),
    # must not fire
    (
        "same disease and drug",
        "硼替佐米是治疗MM的核心药物",
        "Bortezomib in multiple myeloma: a decade of progress",
        "",
        (),
        None,
    ),
    (
        "myeloma claim, general cancer source",
        "MM作为一种恶性肿瘤, 其治疗可借鉴癌症研究的进展",
        "Cancer statistics and trends",
        "",
        (),
        None,
    ),
    (
        "myeloma claim, cancer nanomedicine source",
        "纳米颗粒可将药物递送至MM细胞",
        "Nanomedicine for cancer therapy",
        "",
        (),
        None,
    ),
    (
        "source on a broader blood cancer group",
        "MM细胞高表达CD38",
        "CD38 as a target in hematologic malignancies",
        "",
        (),
        None,
    ),
    (
        "complication, not a rival disease",
        "MM患者常伴有骨病",
        "Osteoporosis treatment with bisphosphonates",
        "",
        (),
        None,
    ),
    (
        "generic tumour claim, specific source",
        "肿瘤细胞对化疗药物产生耐药",
        "Mechanisms of drug resistance in breast cancer",
        "",
        (),
        None,
    ),
    (
        "virus in patients is not a rival host",
        "MM患者补锌后免疫重建",
        "High-dose zinc prevents TTV reactivation after stem cell transplantation",
        "",
        (),
        None,
    ),
    (
        "subject stands before the claim",
        "这一过程依赖VEGF",
        "Carfilzomib micelles for myeloma therapy",
        "",
        (),
        None,
    ),
    (
        "continuation of a longer sentence",
        "并通过连接达拉妥单抗实现主动靶向",
        "A6 peptide-tagged micelles deliver carfilzomib in vivo",
        "",
        (),
        None,
    ),
    (
        "claim with no key entity",
        "据统计, 全球年发病率约50万例",
        "Recent trends in myeloma incidence",
        "",
        (),
        None,
    ),
    (
        "source with no key entity",
        "MM细胞凋亡示意图",
        "Generic diagramming platform: a database of graphics",
        "",
        (),
        None,
    ),
    (
        "glossary supplies the drug",
        "伊布替尼可促进自然杀伤细胞活化",
        "Ibrutinib in chronic lymphocytic leukemia",
        "",
        IBRUTINIB,
        None,
    ),
    (
        "a mAb's Chinese name ends in 单抗",
        "埃罗妥单抗激活自然杀伤细胞",
        "Elotuzumab in relapsed myeloma",
        "",
        (),
        None,
    ),
    (
        "abstract supplies the link",
        "CAR-T细胞的持续性依赖Fas信号",
        "Engineered lymphocytes persist longer",
        "Persistence is governed by a FAS ligand circuit.",
        (),
        None,
    ),
    (
        "an example of the claim's class",
        "金属纳米颗粒可用于光热治疗",
        "Gold nanoparticles in photothermal therapy",
        "",
        (),
        None,
    ),
]


@pytest.mark.parametrize(
    ("label", "claim", "title", "abstract", "glossary", "reason"), ROWS, ids=[r[0] for r in ROWS]
)
def test_off_topic(
    label: str,
    claim: str,
    title: str,
    abstract: str,
    glossary: tuple[Term, ...],
    reason: str | None,
) -> None:
    source = ref(1, title)
    resolutions = [resolved(source, abstract=abstract)] if abstract else []
    build = make_build([source], [cite(1, (1,), claim, line=5)], glossary, resolutions)
    found = off_topic(build)
    assert [dict(f.evidence)["reason"] for f in found] == ([reason] if reason else [])
    for f in found:
        expected = Severity.INFO if reason == NOTHING else Severity.WARNING
        assert f.severity == expected and f.refs == (1,) and "line 5" in f.message
        assert dict(f.evidence)["claim"] and dict(f.evidence)["source"]


def test_table_context_counts_only_towards_a_shared_subject() -> None:
    source = ref(1, "Silver nanoparticles for myeloma")
    row = cite(1, (1,), "Induces apoptosis in MM cells", context="Metal nanoparticles | Silver")
    assert off_topic(make_build([source], [row])) == ()
    lone = cite(1, (1,), "Zinc oxide induces oxidative stress", context="Metal nanoparticles")
    assert off_topic(make_build([ref(1, "Dexamethasone in healthy volunteers")], [lone]))


def test_message_shows_both_sides() -> None:
    source = ref(7, "Liposomal doxorubicin in metastatic breast cancer")
    build = make_build([source], [cite(1, (7,), "MM小鼠模型中延长了生存期", line=24)])
    (finding,) = off_topic(build)
    assert finding.message == (
        "[7] is about breast cancer, but the claim at line 24 (^[7]) is about multiple myeloma"
    )
