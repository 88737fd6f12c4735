"""Entry shapes real reference lists print, one row each: printed text → expected fields.

The shapes are those listed in issue 12 (GB/T variants, Vancouver/NLM trailers, APA,
Harvard, AMA, Frontiers, Nature, IEEE, APS). The data is invented: names, titles and
journals are placeholders, DOIs use the 10.5555 test prefix and PMIDs are made up. A new
quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Author, Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt no space after the author block",
        "Berg KL,Ito MR,Sato T,et al.Stent-assisted coiling of wide-neck aneurysms[J].Neurol "
        "Res,2015,37(4):310-6.",
        {
            "families": ["Berg", "Ito", "Sato"],
            "et_al": True,
            "title": "Stent-assisted coiling of wide-neck aneurysms",
            "container": "Neurol Res",
            "year": "2015",
            "volume": "37",
            "issue": "4",
            "last_page": "316",
        },
    ),
    (
        "gbt chinese names without spaces",
        "林晓东,高 峰,等.慢性肾病患者骨代谢的研究[J].示例医学杂志,2019,40(2):101-105.",
        {"families": ["林", "高"], "et_al": True, "container": "示例医学杂志", "first_page": "101"},
    ),
    (
        "gbt discontinuous pages",
        "SMITH J. A placeholder title[J]. Example J, 2020, 3(2): 12-18, 25.",
        {"first_page": "12", "last_page": "18", "pages": "12-18, 25"},
    ),
    (
        "gbt no colon before pages",
        "SMITH J. A placeholder title[J]. Example J, 2021, 35(14) 88-91.",
        {"volume": "35", "issue": "14", "first_page": "88", "last_page": "91"},
    ),
    (
        "gbt no volume",
        "张三. 示例论文题目[J]. 示例学报, 2019,(06):401-405.",
        {"volume": "", "issue": "06", "first_page": "401", "year": "2019"},
    ),
    (
        "gbt run-together initials in a spaced list",
        "VOSS JT, BERG K L, ITO M. A placeholder title[J]. Example J, 2020, 3(2): 1-5.",
        {"families": ["VOSS", "BERG", "ITO"]},
    ),
    (
        "gbt host with place and publisher",
        "SMITH J. A placeholder paper[C]//Proceedings of an Example Meeting. Los Alamitos, CA: "
        "Example Press, 2018: 101-109.",
        {"container": "Proceedings of an Example Meeting", "first_page": "101", "year": "2018"},
    ),
    (
        "gbt author-date",
        "SMITH A R, PEREIRA L G, 等, 2017. A placeholder article[J]. Example Journal, 7(3): "
        "1460-1470.",
        {"year": "2017", "volume": "7", "issue": "3", "container": "Example Journal"},
    ),
    (
        "vancouver no full stop before the year",
        "Holloway RT, Kline MA. A placeholder trial. Ann Example Surg 1998;65:1120-5.",
        {"container": "Ann Example Surg", "volume": "65", "last_page": "1125", "year": "1998"},
    ),
    (
        "vancouver month after the year",
        "Holloway RT. A placeholder title. Example J. 2022 Apr;36(2):483-492.",
        {"year": "2022", "volume": "36", "issue": "2", "first_page": "483"},
    ),
    (
        "month range before the year",
        "Holloway RT. A placeholder title. Example J. Sep-Oct 2017;3(4):5-6.",
        {"container": "Example J", "year": "2017", "volume": "3", "issue": "4", "last_page": "6"},
    ),
    (
        "abbreviated month range before the year",
        "Holloway RT. A placeholder title. Example J. Jul.-Aug. 2017;3:5-9.",
        {"container": "Example J", "year": "2017", "volume": "3", "first_page": "5"},
    ),
    (
        "vancouver pubmed trailers",
        "Holloway RT. A placeholder title. Example J. 2018;12:1-9. doi: 10.5555/ex.1. Epub 2018 "
        "Dec 4. PMID: 12345678.",
        {"doi": "10.5555/ex.1", "pmid": "12345678", "last_page": "9"},
    ),
    (
        "vancouver pubmed central trailer",
        "Holloway RT. A placeholder title. Example J. 2018;12:1-9. Review. PubMed PMID: 12345678; "
        "PubMed Central PMCID: PMC1234567.",
        {"pmid": "12345678", "container": "Example J"},
    ),
    (
        "vancouver bracketed trailer",
        "Holloway RT. A placeholder title. Example J. 2018;12:1-9. [PMID: 12345678; PMCID: "
        "PMC1234567]",
        {"pmid": "12345678", "volume": "12"},
    ),
    (
        "vancouver full given names",
        "Li Wenjun, Okafor Chidi. A placeholder title. Example J. 2020;5:10-12.",
        {"families": ["Li", "Okafor"], "title": "A placeholder title"},
    ),
    (
        "apa 7",
        "Holloway, R. T., Banerjee, S., & Kline, M. A. (2014). A placeholder study of things. "
        "Journal of Example Research, 106(3), 712-725. https://doi.org/10.5555/ex.2",
        {
            "families": ["Holloway", "Banerjee", "Kline"],
            "container": "Journal of Example Research",
            "volume": "106",
            "issue": "3",
            "doi": "10.5555/ex.2",
            "style": "author-year",
        },
    ),
    (
        "apa book with edition and publisher",
        "Holloway, R. T. (2014). A placeholder handbook (2nd ed.). Example Academic Press.",
        {"publisher": "Example Academic Press", "kind": Kind.BOOK, "year": "2014"},
    ),
    (
        "chinese apa",
        "林晓东, 高峰. (2019). 慢性肾病患者骨代谢的研究. 示例医学杂志, 40(2), 101-105.",
        {"families": ["林", "高"], "container": "示例医学杂志", "volume": "40"},
    ),
    (
        "harvard quoted title",
        "Holloway, R.T. and Kline, M.A. (2014) ‘A placeholder study’, Journal of Example "
        "Research, 106(3), pp. 712–725.",
        {"title": "A placeholder study", "container": "Journal of Example Research"},
    ),
    (
        "frontiers year in parentheses before the volume",
        "Holloway RT, Kline MA. A placeholder study. Eur J Example. (2023) 158:110-8.",
        {"year": "2023", "volume": "158", "last_page": "118", "container": "Eur J Example"},
    ),
    (
        "nature",
        "Novak, A. et al. A placeholder study. Nat Example 21, 301-310 (2020).",
        {"families": ["Novak"], "et_al": True, "volume": "21", "year": "2020"},
    ),
    (
        "ieee",
        "A. R. Smith, L. G. Pereira, and L. W. Huber, “A placeholder study,” Example J., vol. 7, "
        "no. 3, pp. 1460–1470, Jul. 2017, doi: 10.5555/ex.3.",
        {"families": ["Smith", "Pereira", "Huber"], "issue": "3", "year": "2017"},
    ),
    (
        "aps without a title",
        "A. B. Fischer and C.D. Moreau, Phys. Rev. B 45, 1021 (1992).",
        {"families": ["Fischer", "Moreau"], "volume": "45", "first_page": "1021"},
    ),
    (
        "published date trailer after the locator",
        "Holloway RT. A placeholder title. Example J. 2018;12:e1234. Published 2018 Feb 20. "
        "doi:10.5555/ex.4",
        {"article_number": "e1234", "doi": "10.5555/ex.4", "year": "2018"},
    ),
    (
        "web page with access date",
        "Example Agency. A placeholder page. Available online at: https://example.org/page "
        "(Accessed May 1, 2020).",
        {"url": "https://example.org/page"},
    ),
    (
        "gbt 2005 book pages after the year's stop, tilde range",
        "王晓东.示例研究方法[M].北京:示例出版社,1997.74~80.",
        {"publisher": "示例出版社", "place": "北京", "year": "1997", "last_page": "80"},
    ),
    (
        "gbt newspaper page after the date",
        "李晓.示例报道标题[N].示例日报,2017-05-03(03).",
        {"container": "示例日报", "year": "2017", "issue": "", "first_page": "03"},
    ),
    (
        "gbt patent with its number and a date alone",
        "邓晓.一种示例装置:200610000000[P].2006-12-13.",
        {
            "title": "一种示例装置",
            "year": "2006",
            "kind": Kind.PATENT,
            "extra": (
                ("issued", "2006-12-13"),
                ("document_number", "200610000000"),
                ("style", "gbt7714"),
            ),
        },
    ),
    (
        "gbt 2005 online dates without parentheses",
        "王晓. 示例网页标题[EB/OL]. 1998-08-16/1998-10-01.",
        {"title": "示例网页标题", "year": "1998", "kind": Kind.WEB},
    ),
    (
        "gbt ideographic full stops and a circled issue number",
        "张晓东。示例论文标题[J]。示例学报,2000,9⑶:1-3。",
        {"families": ["张"], "volume": "9", "issue": "3", "last_page": "3"},
    ),
    (
        "gbt title opening with a quote right after the author's stop",
        "李晓.“示例”研究的进展[N].示例日报,2017-05-03(3).",
        {"families": ["李"], "title": "“示例”研究的进展"},
    ),
    (
        "gbt transliterated foreign name with a middle dot",
        "布鲁诺·拉图尔. 示例论集[M]. 郑晓,译. 北京:示例出版社,2010.",
        {"families": ["拉图尔"], "title": "示例论集", "publisher": "示例出版社"},
    ),
    (
        "gbt nationality before a foreign author",
        "[英]蔼理斯.示例心理学[M].潘晓译注.北京:示例书馆,1997.",
        {"families": ["蔼理斯"], "title": "示例心理学", "place": "北京"},
    ),
    (
        "gbt editors' role after the names",
        "LARAGH J H,BRENNER B M,eds. Placeholder handbook[M].2nd ed. New York:Example Press,1995.",
        {"families": ["LARAGH", "BRENNER"], "title": "Placeholder handbook"},
    ),
    (
        "gbt et al. glued to a title of one-letter first word",
        "ZOLFA M A,AREF R,PARHI F,et al.T cells in a placeholder[J].Example J,2021,86(5):1-7.",
        {
            "families": ["ZOLFA", "AREF", "PARHI"],
            "et_al": True,
            "title": "T cells in a placeholder",
        },
    ),
    (
        "gbt spaced initials after a mixed-case family",
        "Moustafa G H. A placeholder study[J]. Example J, 1995, 33(5): 871~875.",
        {"authors": (Author("Moustafa", "G H"),), "last_page": "875"},
    ),
    (
        "gbt 2005 analytic part with its host book coded [C]",
        "钟晓.示例应用研究[A].赵晓.示例大会论文集[C].西安:示例出版社,1996:468.",
        {"families": ["钟"], "container": "示例大会论文集", "publisher": "示例出版社"},
    ),
    (
        "gbt 2005 host sign and a body as author",
        "示例市人民政府办公厅. 关于示例办法的通知[A/OL]. (2005-07-12)[2005-07-12].",
        {"authors": (Author(literal="示例市人民政府办公厅"),), "year": "2005"},
    ),
    (
        "gbt 2005 standard: its number before the title, nothing after the code",
        "GB/T 99999-1996,示例规则[S].",
        {"title": "示例规则", "year": "1996", "kind": Kind.STANDARD},
    ),
    (
        "gbt english version appended in brackets",
        "瞿晓, 乔晓. 示例标题[N]. 示例日报, 2016-03-01(06). [QU X, QIAO X. Example title[N]. "
        "Example Daily, 2016-03-01(06).]",
        {
            "container": "示例日报",
            "first_page": "06",
            "title_translation": "Example title",
            "container_translation": "Example Daily",
        },
    ),
    (
        "gbt english version appended after the stop, unbracketed",
        "王晓. 示例论文[J]. 示例学报, 2019, 40(2): 101-105. WANG X. An example paper[J]. "
        "Example Journal, 2019, 40(2): 101-105.",
        {
            "container": "示例学报",
            "last_page": "105",
            "title_translation": "An example paper",
            "container_translation": "Example Journal",
            "authors_translation": (Author("WANG", "X"),),
        },
    ),
    (
        "gbt thesis degree between the code and the imprint is no edition",
        "王晓. 示例论文[D].硕士学位论文.上海:示例大学,2015.",
        {"publisher": "示例大学", "place": "上海", "extra": (("style", "gbt7714"),)},
    ),
    (
        "gbt host and its imprint joined by a comma",
        "SMITH J. A paper[C]//Proceedings of the Example Conference, Los Alamitos, CA: "
        "Example Press, 2018: 101-109.",
        {
            "container": "Proceedings of the Example Conference",
            "place": "Los Alamitos, CA",
            "publisher": "Example Press",
            "last_page": "109",
        },
    ),
    (
        "gbt online work with an access date alone before its URL",
        "示例学会. 示例网页[EB/OL]. [2018-04-02]. https://example.org/x",
        {"url": "https://example.org/x", "year": "", "kind": Kind.WEB},
    ),
    (
        "gbt transliterated family with Latin initials and a translator",
        "彼得罗夫AV．示例书[M].李华，译．北京：示例出版社，2010.",
        {
            "authors": (Author("彼得罗夫", "AV"),),
            "title": "示例书",
            "publisher": "示例出版社",
            "extra": (("style", "gbt7714"),),
        },
    ),
    (
        "page range joined by a Unicode hyphen",
        "Holloway RT. A placeholder title. Example J. 2015;59(2):74\u201077.",
        {"container": "Example J", "volume": "59", "issue": "2", "last_page": "77"},
    ),
    (
        "gbt edition printed with the title",
        "尚晓. 示例生态学(2版) [M]. 北京: 示例出版社, 2002: 156-163.",
        {"title": "示例生态学", "extra": (("edition", "2版"), ("style", "gbt7714"))},
    ),
    (
        "gbt body ending in 司 as author before a title opening with a Latin letter",
        "中国示例局监测网络司.L波段示例手册[M].北京:示例出版社,2005:12.",
        {"authors": (Author(literal="中国示例局监测网络司"),), "title": "L波段示例手册"},
    ),
    (
        "gbt nationality before a transliterated name with a middle dot",
        "[美]布鲁诺·拉图尔. 示例论集[M]. 北京:示例出版社,2010.",
        {"authors": (Author("拉图尔", "布鲁诺"),)},
    ),
    (
        "gbt a two-character name ending in 编 is a name, not an editors' role",
        "王军, 李编. 示例题名[M]. 北京: 示例出版社, 2010.",
        {"families": ["王", "李"], "title": "示例题名"},
    ),
    (
        "gbt english edition printed with the title",
        "Sample P. Quantitative Widget Ecology(3rd ed.)[M]. Oxford: Example Press, 1983: 105-112.",
        {
            "title": "Quantitative Widget Ecology",
            "extra": (("edition", "3rd ed"), ("style", "gbt7714")),
        },
    ),
    (
        "gbt title opening with a number of ideographs after the stop",
        "王军,李明,等.120例示例患者的疗效分析[J].示例医学杂志,1985,8(2):321-325.",
        {"families": ["王", "李"], "title": "120例示例患者的疗效分析", "volume": "8"},
    ),
    (
        "gbt uncoded entry whose title opens with a number",
        "王军,李明,等.2型示例病的疗效分析.示例医学杂志,1985,8:321.",
        {"families": ["王", "李"], "title": "2型示例病的疗效分析", "pages": "321"},
    ),
    (
        "gbt edition closed by a comma before the imprint",
        "Sample A. Nonlinear widget systems[M]. 2nd, New York: Example Press, 1989. 32~33.",
        {
            "place": "New York",
            "publisher": "Example Press",
            "pages": "32-33",
            "extra": (("edition", "2nd"), ("style", "gbt7714")),
        },
    ),
    (
        "gbt proceedings host with its place and year but no publisher",
        "王军,李明.示例热泵的模拟研究[C]//全国示例学术会议2002年论文集,珠海,2002: 263-270.",
        {"container": "全国示例学术会议2002年论文集", "place": "珠海", "pages": "263-270"},
    ),
    (
        "gbt english proceedings host with its place and year",
        "Sample A, Placeholder B. Simulation of widget storage[C]// Proceedings of the "
        "Example Meeting 2002, Zhuhai, 2002: 263-270.",
        {"container": "Proceedings of the Example Meeting 2002", "place": "Zhuhai", "year": "2002"},
    ),
    (
        "gbt host with a name after it is no place",
        "王军, 李明, 2001. 示例研究[M]//郑秀思, 徐怡",
        # GB/T refuses it (no place from the editors after `//`); the statistical fallback
        # reads it, and since its retraining on fresh8 and fresh9 takes the second editor
        # for a place (a known miss of the model, reported: its readings score 0.50)
        {"style": "crf", "title": "示例研究", "year": "2001", "publisher": ""},
    ),
    (
        "gbt report number after the title and a publisher holding initials",
        "Example Agency. Guidelines for handling widgets, PB 91-194001[R].Springfield: "
        "U.S.Department of Examples,1990.",
        {
            "title": "Guidelines for handling widgets",
            "place": "Springfield",
            "publisher": "U.S.Department of Examples",
            "extra": (("document_number", "PB 91-194001"), ("style", "gbt7714")),
        },
    ),
    (
        "gbt publisher holding an initial is not cut at its stop",
        "Sample A. Widget theory[M]. London: J. Example, 2000.",
        {"place": "London", "publisher": "J. Example"},
    ),
    (
        "gbt type code typed after the journal's name",
        "王军, 李明. 示例的时空特征. 示例研究[J], 2021, 40(4): 1134-1145.",
        {"title": "示例的时空特征", "container": "示例研究", "volume": "40", "pages": "1134-1145"},
    ),
    (
        "gbt a stop typed twice at the end",
        "王军.示例概论[M].北京:示例出版社,2001..",
        {"place": "北京", "publisher": "示例出版社", "year": "2001"},
    ),
    (
        "gbt a stop between the publisher and the year",
        "Sample P. The example haunting widgets[M]. London:Example Statesman. 1999.",
        {"place": "London", "publisher": "Example Statesman", "year": "1999"},
    ),
    (
        "gbt a month after the year is no page",
        "邵军主编.示例校园[M].示例大学出版社,2001.9.",
        {"publisher": "示例大学出版社", "year": "2001", "pages": ""},
    ),
    (
        "gbt a family name typed in lower case before its initials",
        "Wu R,Dewan S B,sample G R.A widget converter[J].Example Transactions,1990,26(5):880-885",
        {"families": ["Wu", "Dewan", "sample"], "title": "A widget converter"},
    ),
    (
        "gbt editors' role after a comma",
        "王晓军, 主编. 示例学: 下册[M]. 北京: 示例出版社, 1981: 7-9.",
        {"families": ["王"], "title": "示例学: 下册"},
    ),
    (
        "gbt uncoded author-date entry with its english version in parentheses",
        "王军,李明.2004.示例沙地的土地利用.示例沙漠,24(5):549-552.(Wang J, Li M.2004. Land "
        "use of example sandy land. Journal of Example Research, 24(5):549-552.[in Chinese])",
        {
            "title": "示例沙地的土地利用",
            "container": "示例沙漠",
            "year": "2004",
            "volume": "24",
            "pages": "549-552",
            "title_translation": "Land use of example sandy land",
            "container_translation": "Journal of Example Research",
        },
    ),
    (
        "gbt uncoded author-date entry with an issue only",
        "示例局资源管理司.2010.第七次全国示例清查.示例资源管理,(1):1-8.",
        {"authors": (Author(literal="示例局资源管理司"),), "issue": "1", "pages": "1-8"},
    ),
    (
        "gbt a stop typed for the colon after the place",
        "王军. 示例防护林研究[M]. 北京. 示例出版社, 1993: 143-262.",
        {"place": "北京", "publisher": "示例出版社", "pages": "143-262"},
    ),
    (
        "gbt uncoded periodical with the issue after the year and no volume",
        "王军. 示例研究. 示例杂志, 2010(6): 30-32.",
        {"container": "示例杂志", "year": "2010", "issue": "6", "pages": "30-32"},
    ),
    (
        "gbt a host ending in one capital before its imprint",
        "LI M. Title of paper[M]//SAMPLE J, JONES K. Handbook of Widgets: Vol A. New York: "
        "Example, 2001: 1-9.",
        {"container": "Handbook of Widgets: Vol A", "place": "New York", "publisher": "Example"},
    ),
    (
        "gbt a translator's statement is no place",
        "王伟. 示例题名[M]. 张三译. 示例出版社, 1993.",
        {"place": "", "publisher": "示例出版社"},
    ),
    (
        "gbt a publisher after a proceedings host is no meeting place",
        "LI M. A placeholder study of widgets[C]//Proceedings of Example, Springer, 2002: 263-270.",
        # GB/T refuses it; the statistical fallback reads it, with no place either (a title
        # like a title: the model retrained with fresh10 reads the words `Title of paper`
        # as no field at all, and then finds no reference)
        {
            "style": "crf",
            "title": "A placeholder study of widgets",
            "place": "",
            "kind": "conference",
        },
    ),
    (
        "gbt book without publisher is not read as a date alone",
        "王晓东.示例研究方法[M].1997.",
        # GB/T refuses it; the statistical fallback reads it, the year as a year
        {"style": "crf", "title": "示例研究方法", "year": "1997", "kind": "book"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
