"""GB/T 7714 entry shapes that real Chinese lists print, one row each: text → fields.

Each row stands for a slip or variant a copied list prints around GB/T's grammar (a type
code spaced inside its brackets, an article printed with its journal but no title, the
imprint's parts reordered, a year split by a space, a newspaper's date in Chinese, an
English entry followed by its Chinese original, …). The data is invented: names, titles,
journals and publishers are placeholders. A new quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "gbt type code spaced inside its brackets",
        "Sample AB, Example C, Other D, et al. A placeholder study of widget wear [ J ]. "
        "Example Journal, 2011, 42(3): 3-15.",
        {
            "title": "A placeholder study of widget wear",
            "container": "Example Journal",
            "volume": "42",
            "type_code": "J",
        },
    ),
    (
        "gbt article printed with its journal and no title",
        "SAMPLE K L, EXAMPLE M. Journal of Widget Research[J], 2019, 36(4): 340-341.",
        {
            "families": ["SAMPLE", "EXAMPLE"],
            "title": "",
            "container": "Journal of Widget Research",
            "year": "2019",
            "volume": "36",
            "issue": "4",
            "first_page": "340",
        },
    ),
    (
        "gbt book pages after a comma",
        "示例编辑委员会. 示例植物志: 第4卷[M]. 北京: 示例出版社, 1980, 92–95.",
        {
            "place": "北京",
            "publisher": "示例出版社",
            "year": "1980",
            "first_page": "92",
            "last_page": "95",
        },
    ),
    (
        "gbt book publisher before its place",
        "李明. 示例学[M]. 示例教育出版社, 北京. 2000: 45–47.",
        {"publisher": "示例教育出版社", "place": "北京", "year": "2000", "first_page": "45"},
    ),
    (
        "gbt year split by a space",
        "王明. 示例论文题目[J]. 示例史研究, 1 998(3): 167-173.",
        {"container": "示例史研究", "year": "1998", "issue": "3", "first_page": "167"},
    ),
    (
        "gbt newspaper date with its day sign",
        "王明. 示例新闻题目[N]. 示例日报, 2018-01-12日(11).",
        {"container": "示例日报", "year": "2018", "pages": "11"},
    ),
    (
        "gbt newspaper date in chinese",
        "王明. 示例新闻题目[N]. 示例日报, 2018年1月12日(11).",
        {"container": "示例日报", "year": "2018", "pages": "11"},
    ),
    (
        "gbt online work with nothing after its code",
        "王明. 示例网页题目[EB/OL].",
        {"families": ["王"], "title": "示例网页题目", "kind": Kind.WEB},
    ),
    (
        "gbt english entry followed by its chinese original",
        "Ana Example. A Placeholder Guide to Widgets [M]. Translated by Bo Sample. 5th ed. "
        "Beijing: Example Press, 2004 (in Chinese) (Ana Example.示例题名[M].示例译.第5版."
        "北京:示例出版社, 2004)",
        {
            "title": "示例题名",
            "title_translation": "A Placeholder Guide to Widgets",
            "place": "北京",
            "publisher": "示例出版社",
            "year": "2004",
        },
    ),
    (
        "gbt year after the volume and issue",
        "张三, 李四, 等. 示例综述[J]. 示例林业研究, 23(4): 2010, 65-69.",
        {"year": "2010", "volume": "23", "issue": "4", "first_page": "65", "last_page": "69"},
    ),
    (
        "gbt uncoded newspaper with its english version in brackets",
        "王明, 李华. 示例新闻题目. 示例日报, 2016-03-01(06). [WANG M, LI H. A placeholder "
        "news title. Example Daily, 2016-03-01(06).]",
        {
            "title": "示例新闻题目",
            "container": "示例日报",
            "year": "2016",
            "pages": "06",
            "kind": Kind.NEWSPAPER,
            "title_translation": "A placeholder news title",
        },
    ),
    (
        "gbt quoted chapter title in its book before the code",
        'Sample E. "The size of widgets" In topics in widget economics: Theory and practice[M]. '
        "Example City: Example University Press, 1998: 33-54.",
        {
            "title": "The size of widgets",
            "container": "topics in widget economics: Theory and practice",
            "publisher": "Example University Press",
            "first_page": "33",
        },
    ),
    (
        "gbt chapter title then In: editors and book before the code",
        "SAMPLE J. Widget wear in the field. In: EXAMPLE K, OTHER L, eds. A handbook of "
        "widgets[M]. London: Example Press, 2001: 1-10.",
        {"title": "Widget wear in the field", "container": "A handbook of widgets"},
    ),
    (
        "gbt translators after a foreign author",
        "(美)Example Anna 示例等(译).示例题名[M].北京:示例出版社,2001.",
        {"title": "示例题名", "place": "北京", "publisher": "示例出版社"},
    ),
    # ---- Round of fixes for fresh6's GB/T and Chinese physics families (helper gbt) ----
    (
        "physics list title-less article: names, year, journal, volume, page",
        "Sample J K,Example L M, Other N 2015 Appl. Widget Lett. 87 231118",
        {
            "families": ["Sample", "Example", "Other"],
            "title": "",
            "container": "Appl. Widget Lett",
            "year": "2015",
            "volume": "87",
            "pages": "231118",
            "style": "physics",
        },
    ),
    (
        "physics list english item with its chinese original in brackets",
        "Sample J K, Example L 2010 Acta Widg. Sin. 59 1234(in Chinese) "
        "[张三, 李四 2010 示例学报 59 1234]",
        {
            "families": ["张", "李"],
            "container": "示例学报",
            "container_translation": "Acta Widg. Sin",
            "volume": "59",
            "first_page": "1234",
        },
    ),
    (
        "physics list book with place and publisher in parentheses",
        "Sample J K and Example L M 2009 Principles of Widgetry 2nd edn "
        "(Example City: Example Press) pp 12-15",
        {
            "families": ["Sample", "Example"],
            "title": "Principles of Widgetry",
            "place": "Example City",
            "publisher": "Example Press",
            "year": "2009",
            "first_page": "12",
            "kind": Kind.BOOK,
        },
    ),
    (
        "gbt journal without its comma before the year",
        "Sample J G, Example N R. A placeholder study of widget strength[J].Example Widget J "
        "1985,24(1):1 - 10.",
        {"container": "Example Widget J", "year": "1985", "volume": "24", "issue": "1"},
    ),
    (
        "gbt family and initial parted by a comma among the names",
        "Sample J G, Example N R, Other, J. A placeholder study of widget strength[J]. "
        "Example Widget Journal, 1985, 24(1): 1-10.",
        {"families": ["Sample", "Example", "Other"], "givens": ["J G", "N R", "J"]},
    ),
    (
        "gbt names given first with a particle and a dotted initial among family-first ones",
        "M von Example, I. Sample, Other K, et al. A placeholder study of widget soils[J]. "
        "Example Journal of Soil Widgets, 2006, 57(4): 426-445.",
        {
            "families": ["von Example", "Sample", "Other"],
            "givens": ["M", "I", "K"],
            "title": "A placeholder study of widget soils",
        },
    ),
    (
        "gbt foreign name after its nationality is family first",
        "(美)Example William 示例等(译).示例题名[M].北京:示例出版社,2001.",
        {"families": ["Example"], "givens": ["William"]},
    ),
    (
        "gbt body opened by a country's dotted abbreviation",
        "U.S.Department of example federal widget administration. Guidelines for handling "
        "widgets, PB 91-194001[R].Example City: Example Office,1990.",
        {
            "families": ["U.S.Department of example federal widget administration"],
            "title": "Guidelines for handling widgets",
        },
    ),
    (
        "gbt uncoded translated book with its translators after the title",
        "沃尔特·示例. 示例原理. 张三, 李四, 译. 北京: 示例出版社, 1998.",
        {
            "title": "示例原理",
            "place": "北京",
            "publisher": "示例出版社",
            "year": "1998",
            "container": "",
        },
    ),
    (
        "chinese economics list english entry with a quoted title",
        "Sample, Ana, Ben Example and Carl D. Other,“A placeholder study of widget markets”, "
        "Quarterly Journal of Widgets, 2002,118 : 1231 - 1294.",
        {
            "families": ["Sample", "Example", "Other"],
            "title": "A placeholder study of widget markets",
            "container": "Quarterly Journal of Widgets",
            "year": "2002",
            "volume": "118",
            "first_page": "1231",
        },
    ),
    (
        "gbt short chinese body names as authors",
        "示例网. 示例页面标题[EB/OL]. (2020-03-01)[2021-05-02]. http://www.example.com/a.htm.",
        {"families": ["示例网"], "title": "示例页面标题", "year": "2020"},
    ),
    (
        "gbt proceedings host with its year and pages alone",
        "Sample J, Example K. A placeholder network for widgets[C]//Proceedings of the "
        "Example Conference on Widget Vision. 2016: 770-778.",
        {
            "container": "Proceedings of the Example Conference on Widget Vision",
            "year": "2016",
            "first_page": "770",
        },
    ),
    (
        "gbt preprint part of google scholar's export",
        "Sample J, Example K. Very deep widget networks[J]. arXiv preprint arXiv:1409.01234, 2014.",
        {"container": "arXiv", "pages": "1409.01234", "year": "2014", "volume": ""},
    ),
    (
        "gbt online report with its date unbracketed before the access date",
        "Example Office. Widget market report[R/OL]. 2019[2021-05-02]. "
        "https://www.example.com/report.pdf.",
        {"year": "2019", "url": "https://www.example.com/report.pdf"},
    ),
    (
        "gbt proceedings host then publisher and place",
        "Sample J, Example K. A placeholder network for widgets[C]//European Conference on "
        "Widget Vision. Springer, Example City, 2016: 21-37.",
        {
            "container": "European Conference on Widget Vision",
            "publisher": "Springer",
            "place": "Example City",
        },
    ),
    (
        "gbt volume and issue spelled out",
        "Sample J, Example K. A placeholder study of widget wear[J]. Journal of Widget "
        "Research, 2015, Vol.12, No.3: 45-56.",
        {"container": "Journal of Widget Research", "volume": "12", "issue": "3"},
    ),
    (
        "gbt pages after a comma instead of a colon",
        "Sample J, Example K. A placeholder study of widget wear[J]. Journal of Widget "
        "Research, 2015, 12(3), 45-56.",
        {"volume": "12", "issue": "3", "first_page": "45", "last_page": "56"},
    ),
    (
        "gbt proceedings host with the meeting's city where a publisher would stand",
        "张三, 李四. 示例研究[C]//第十届全国示例学术会议论文集. 北京, 2010: 12-15.",
        {"container": "第十届全国示例学术会议论文集", "place": "北京", "publisher": ""},
    ),
    (
        "gbt proceedings without a host mark: meeting, place, year",
        "张三, 李四. 示例研究[C]. 第十届全国示例学术会议, 北京, 2010.",
        {"container": "第十届全国示例学术会议", "place": "北京", "year": "2010"},
    ),
    (
        "gbt online work with dotted dates",
        "示例网. 示例页面标题[EB/OL]. (2020.03.01)[2021.05.02]. https://www.example.com/p.html.",
        {"year": "2020", "title": "示例页面标题", "url": "https://www.example.com/p.html"},
    ),
    (
        "gbt chinese names parted by spaces alone",
        "张三 李四 王五 等. 示例材料的磨损研究[J]. 示例学报, 2015, 36(3): 45-56.",
        {"families": ["张", "李", "王"], "et_al": True, "title": "示例材料的磨损研究"},
    ),
    (
        "gbt standard's number after its title and a colon",
        "示例委员会. 示例材料试验方法: GB/T 12345—2010[S]. 北京: 示例出版社, 2010.",
        {"title": "示例材料试验方法", "year": "2010", "publisher": "示例出版社"},
    ),
    (
        "gbt standard's number before its title and a space",
        "示例研究所. GB/T 2659—1986 示例名称代码[S]//示例委员会. 示例标准汇编: 3. 北京: "
        "示例出版社, 1988: 59-92.",
        {"title": "示例名称代码", "container": "示例标准汇编: 3", "first_page": "59"},
    ),
    (
        "gbt entry typed all in full width, digits and code letters too",
        "王军，李明．示例的时空特征［Ｊ］．示例研究，２０２１，４０（４）：１１３４－１１４５．",
        {
            "title": "示例的时空特征",
            "container": "示例研究",
            "year": "2021",
            "volume": "40",
            "issue": "4",
            "pages": "1134-1145",
        },
    ),
    (
        "gbt english version in brackets without a type code",
        "王明, 李华, 等. 示例材料的磨损研究[J]. 示例学报, 2004, 23(1): 60-64. [WANG M, LI H, "
        "et al.Research progress of widget wear. Journal of Examples, 2004, 23(1): 60-64. ]",
        {
            "title": "示例材料的磨损研究",
            "container": "示例学报",
            "pages": "60-64",
            "title_translation": "Research progress of widget wear",
        },
    ),
    (
        "gbt book's english version in brackets without a type code",
        "王明. 示例生态学 [M]. 北京: 示例出版社, 2010. [WANG M, The Ecology of Widgets. "
        "Beijing: Example Press, 2010. ]",
        {
            "publisher": "示例出版社",
            "place": "北京",
            "title_translation": "The Ecology of Widgets",
        },
    ),
    (
        "gbt 1987 analytic entry with the meeting's place and year",
        "Sample A, Example B, et al.Widget tracking in wireless channels[A].In:IEEE Conf "
        "WIDGET’03 [C].Springfield, IL, 2003.4139-4141.",
        {
            "title": "Widget tracking in wireless channels",
            "container": "IEEE Conf WIDGET’03",
            "place": "Springfield, IL",
            "year": "2003",
            "pages": "4139-4141",
        },
    ),
    (
        "gbt analytic entry with editors before an english host",
        "Sample A B. Widget wear in motion[A]. Other C, Example D. Proceedings of the Third "
        "Widget Meeting[C]. Springfield, 1999: 12-19.",
        {
            "title": "Widget wear in motion",
            "container": "Proceedings of the Third Widget Meeting",
            "place": "Springfield",
            "first_page": "12",
            "style": "gbt7714",
        },
    ),
    (
        "gbt host abbreviated with an ordinal keeps its stops",
        "Sample A B. Deep widgets in soft ground [A].Proc.7th Int.Conf.on Widget "
        "Engineering[C].Springfield,1969.225-290..",
        {"container": "Proc.7th Int.Conf.on Widget Engineering", "place": "Springfield"},
    ),
    (
        "gbt korean names family first with hyphenated given names",
        "Gao Da-Eun, Lim Jun-Ho, Pyo Ha-Rin, et al.Widget tracking with a modified filter "
        "[J].Example Transactions on Widgets, 2004, 50(2):443-449.",
        {"families": ["Gao", "Lim", "Pyo"], "givens": ["Da-Eun", "Jun-Ho", "Ha-Rin"]},
    ),
    (
        "gbt report by a firm, its state spelled and its Inc. before the year",
        "Example Widget Group Inc..WIDG3D (Widget Analysis of Gears) User Manuals(Version "
        "2.1)[R].Springfield,Illinois:Example Widget Group Inc.,2002.",
        {
            "families": ["Example Widget Group Inc"],
            "title": "WIDG3D (Widget Analysis of Gears) User Manuals(Version 2.1)",
            "place": "Springfield,Illinois",
            "publisher": "Example Widget Group Inc",
            "year": "2002",
        },
    ),
    (
        "gbt thesis degree in brackets before its code",
        "Sample T K G.Three-dimensional studies of widget wear[Ph.D.Thesis][D].Springfield:"
        "Example University,2003.",
        {"title": "Three-dimensional studies of widget wear", "publisher": "Example University"},
    ),
    (
        "gbt author-date entry with its english version in brackets, no code",
        "王明, 李华. 2004. 示例材料的磨损研究[J]. 示例学报, 23(1): 60-64. [WANG M, LI H. 2004. "
        "Research progress of widget wear. Journal of Examples, 23(1): 60-64. ]",
        {
            "container": "示例学报",
            "year": "2004",
            "pages": "60-64",
            "title_translation": "Research progress of widget wear",
        },
    ),
    (
        "gbt 1987 analytic entry with a chinese meeting's city and no publisher",
        "李明. 示例研究[A]. 王五. 示例会议论文集[C]. 北京, 2002. 12-15.",
        {"container": "示例会议论文集", "place": "北京", "publisher": "", "first_page": "12"},
    ),
    (
        "gbt analytic entry's host led by In: with its editors and imprint",
        "Sample A, Other B. Widget tracking in channels[A]. In: Editor C, ed. Proceedings of "
        "the Widget Conference[C]. New York: Example Press, 2003. 12-15.",
        {
            "container": "Proceedings of the Widget Conference",
            "place": "New York",
            "publisher": "Example Press",
        },
    ),
    (
        "gbt names with a hyphenated given name in lower case after the hyphen",
        "Lim Da-eun, Pyo Ha-rin. Widget tracking with a modified filter [J]. Example "
        "Transactions on Widgets, 2004, 50(2): 443-449.",
        {"families": ["Lim", "Pyo"], "givens": ["Da-eun", "Ha-rin"]},
    ),
    (
        "gbt standard's official document number is no publisher",
        "示例部示例司.关于示例工作的指导意见[S].示医发[2012]30号.2012.",
        {"title": "关于示例工作的指导意见", "publisher": "", "year": "2012"},
    ),
    (
        "gbt book without a type code with its edition after the title",
        "张三,李四.示例学. 7版. 北京: 示例出版社, 2008:49.",
        {"title": "示例学", "place": "北京", "publisher": "示例出版社"},
    ),
    (
        "gbt book by a body without a type code, its edition year before the imprint",
        "示例委员会. 示例药典. 2015年版. 北京:示例出版社,2015.",
        {"title": "示例药典", "place": "北京", "publisher": "示例出版社", "year": "2015"},
    ),
    (
        "gbt chapter without a type code joined to its book by //",
        "张三. 示例章节//李四, 王五, 赵六. 示例分子学. 北京:示例出版社,2010:115-125.",
        {"title": "示例章节", "container": "示例分子学", "place": "北京", "pages": "115-125"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
