"""The test documents' content, written once and rendered as .txt, .docx, .pdf and JATS.

Each document is a list of (kind, payload) blocks; inline `<sup>…</sup>` is a superscript.
`make_documents.py` renders them; the tests read the committed files (no chromium needed).
Every DOI is under 10.5555, the prefix reserved for examples.
"""

from __future__ import annotations

Block = tuple[str, object]

SUPERSCRIPT_PAPER: list[Block] = [
    ("title", "Marrow niches and drug resistance in multiple myeloma"),
    ("authors", "Ann Author<sup>1</sup>, Ben Writer<sup>2</sup>"),
    ("affiliation", "<sup>1</sup>Department of Haematology, Example University, Exampletown"),
    ("affiliation", "<sup>2</sup>Institute of Worked Examples, Sampleton"),
    (
        "abstract",
        "Abstract: Myeloma cells survive treatment inside the bone marrow. We review how the "
        "niche protects them, which imaging finds them, and which agents reach them in "
        "follow-up.",
    ),
    ("heading", "1 Introduction"),
    (
        "p",
        "Multiple myeloma is the second most common haematological cancer in adults.<sup>1</sup> "
        "Myeloma cells depend on the bone marrow niche for their survival and for their "
        "resistance to drugs.<sup>2,3</sup> Adhesion to stromal cells protects them from "
        "bortezomib<sup>4</sup>–<sup>6</sup>, and hypoxia in the marrow adds a second, "
        "independent layer of protection.<sup>7–9</sup>",
    ),
    (
        "p",
        "Imaging with <sup>18</sup>F-FDG PET detects marrow lesions of 1 cm<sup>2</sup> or "
        "more, and 10<sup>6</sup> cells are enough to seed a lesion in mice. Calcium flux "
        "through Ca<sup>2+</sup> channels changes after adhesion. Cannabinoids such as "
        "Δ<sup>9</sup>-THC have been tried against bone pain as well.<sup>10</sup>",
    ),
    (
        "p",
        "Responses to the first combination lasted 18<sup>11</sup> months in the pilot cohort, "
        "which is longer than any earlier regimen had achieved in comparable patients with "
        "relapsed and refractory disease treated outside clinical trials.",
    ),
    ("heading", "2 The niche"),
    (
        "p",
        "Stromal cells secrete interleukin-6 and other cytokines that keep myeloma cells "
        "alive under therapy.<sup>2</sup> The extracellular matrix binds the cells through "
        "integrins, and this binding alone lowers their sensitivity to dexamethasone and to "
        "proteasome inhibition in co-culture experiments performed over several "
        "decades.<sup>4,6</sup> Osteoclasts and osteoblasts join this crosstalk, so that "
        "bone destruction and tumour growth feed each other in a vicious cycle that therapy "
        "must break on both sides at once.<sup>12</sup>",
    ),
    (
        "table",
        [
            ["Agent", "Target", "Finding", "Ref."],
            ["Bortezomib", "Proteasome", "Adhesion raises resistance<sup>a</sup>", "[4]"],
            [
                "Dexamethasone<sup>1</sup>",
                "Glucocorticoid receptor",
                "Niche blunts apoptosis",
                "[6]",
            ],
        ],
    ),
    ("tablenote", "<sup>a</sup> Measured in co-culture with stromal cells."),
    ("tablenote", "<sup>1</sup> Given once a week."),
    ("caption", "Figure 1. Adhesion-mediated drug resistance in the marrow niche.<sup>5</sup>"),
    ("heading", "3 Outlook"),
    (
        "p",
        "Agents that release myeloma cells from the niche make them sensitive again to "
        "standard treatment, both in mouse models and in early clinical "
        "studies.<sup>8</sup> Combining such agents with proteasome inhibitors is therefore "
        "a reasonable next step for patients whose disease no longer responds to the "
        "established regimens, and trials of this kind are now recruiting across several "
        "countries.<sup>9,11</sup> Whether the gain in response also lengthens survival "
        "remains to be seen in randomised comparisons with adequate follow-up and "
        "independent review of the imaging.<sup>12</sup>",
    ),
    ("refhead", "References"),
    (
        "ref",
        "[1] Author A, Writer B. Epidemiology of plasma cell disorders. Example J "
        "Haematol. 2020;12(3):101-9. doi:10.5555/ex.1",
    ),
    (
        "ref",
        "[2] Stone C, Field D. Stromal cytokines and myeloma survival. Example J "
        "Haematol. 2019;11(2):55-63. doi:10.5555/ex.2",
    ),
    (
        "ref",
        "[3] Hill E. Drug resistance in the marrow niche. Sample Oncol. "
        "2018;7(4):201-12. doi:10.5555/ex.3",
    ),
    (
        "ref",
        "[4] Lake F, Wood G. Adhesion protects myeloma cells from bortezomib. Sample "
        "Oncol. 2017;6(1):10-8. doi:10.5555/ex.4",
    ),
    (
        "ref",
        "[5] Marsh H. Cell adhesion-mediated drug resistance revisited. Example Cancer "
        "Res. 2016;44(5):300-10. doi:10.5555/ex.5",
    ),
    (
        "ref",
        "[6] Reed I, Moss J. Integrins and dexamethasone sensitivity. Example Cancer "
        "Res. 2015;43(2):120-31. doi:10.5555/ex.6",
    ),
    (
        "ref",
        "[7] Brook K. Hypoxia in the bone marrow. Example Blood J. 2014;3(1):1-11. "
        "doi:10.5555/ex.7",
    ),
    (
        "ref",
        "[8] Glen L, Dale M. Releasing myeloma cells from the niche. Example Blood J. "
        "2021;10(6):400-12. doi:10.5555/ex.8",
    ),
    (
        "ref",
        "[9] Heath N. Hypoxia-targeted combinations in myeloma. Sample Oncol. "
        "2022;11(3):90-8. doi:10.5555/ex.9",
    ),
    (
        "ref",
        "[10] Fern O. Cannabinoids for myeloma bone pain. Example Pain Med. "
        "2013;5(2):77-84. doi:10.5555/ex.10",
    ),
    (
        "ref",
        "[11] Vale P, Ridge Q. A pilot of niche-releasing combinations. Example J "
        "Haematol. 2023;15(1):5-14. doi:10.5555/ex.11",
    ),
    (
        "ref",
        "[12] Cliff R. Bone and tumour crosstalk in myeloma. Example Cancer Res. "
        "2020;48(8):700-15. doi:10.5555/ex.12",
    ),
]

AUTHOR_YEAR_PAPER: list[Block] = [
    ("title", "Homing of myeloma cells: an author–year review"),
    ("authors", "Ann Author, Ben Writer"),
    (
        "abstract",
        "Abstract: Myeloma cells home to the bone marrow and hide there from treatment; this "
        "short review collects what is known.",
    ),
    ("heading", "1 Introduction"),
    (
        "p",
        "Myeloma cells home to the bone marrow through chemokine gradients "
        "(Smith et al., 2015; Lee and Kim, 2014a). Lin et al. (2012) showed that the niche "
        "protects them from bortezomib, and adhesion is required for that protection "
        "(Lee and Kim, 2014b, p. 3).",
    ),
    (
        "p",
        "Several groups found the same in other models (e.g., van der Berg & Lin, 2012; "
        "Zhou, 2019), and O'Neil and Müller (2010) had described the first adhesion "
        "molecules a few years earlier. One study cited here is missing from the list "
        "(Brown, 2011), and one citation does not say which of two papers it means "
        "(Lee and Kim, 2014).",
    ),
    ("heading", "2 Chinese cohorts"),
    ("p", "骨髓微环境同样影响中国患者的预后(张三等, 2019)。"),
    ("refhead", "References"),
    (
        "ref",
        "Lee, S., Kim, H., 2014a. Proteasome inhibitors revisited in myeloma. Example J. "
        "Haematol. 12, 45–67. https://doi.org/10.5555/ay.1",
    ),
    (
        "ref",
        "Lee, S., Kim, H., 2014b. Adhesion and drug resistance. Example J. Haematol. 12, "
        "80–90. https://doi.org/10.5555/ay.2",
    ),
    (
        "ref",
        "Lin, Q., Wang, R., Zhao, T., 2012. The niche protects myeloma cells. Sample "
        "Blood 120, 1–9. https://doi.org/10.5555/ay.3",
    ),
    (
        "ref",
        "O'Neil, M., Müller, K., 2010. Adhesion molecules of plasma cells. Sample "
        "Immunol. 8, 200–211. https://doi.org/10.5555/ay.4",
    ),
    (
        "ref",
        "Smith, J., Jones, A., Park, C., 2015. Homing of myeloma cells. Example Med. 21, "
        "100–110. https://doi.org/10.5555/ay.5",
    ),
    (
        "ref",
        "van der Berg, A., Lin, B., 2012. Bone marrow stroma in myeloma. Sample Leuk. "
        "26, 5–15. https://doi.org/10.5555/ay.6",
    ),
    (
        "ref",
        "Zhou, Y., 2019. Niches revisited. Example Cancer Cell 35, 1–2. "
        "https://doi.org/10.5555/ay.7",
    ),
    ("ref", "张三, 李四, 王五. 多发性骨髓瘤骨髓微环境研究[J]. 示例血液学杂志, 2019, 40(1): 1-5."),
]

DOCUMENTS = {
    "superscript-paper": SUPERSCRIPT_PAPER,
    "author-year-paper": AUTHOR_YEAR_PAPER,
}
