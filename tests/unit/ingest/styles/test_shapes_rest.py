"""Shapes of what follows the author block, one row each: text → fields.

Each row stands for a rule a style guide states or a shape real lists print after the
names: where the title ends, the container, the imprint (publisher and place), the
locator and the notes printed after it. The data is invented: names, titles, journals
and publishers are placeholders, DOIs use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    # A source printed alone after an author-year title
    (
        "apa bare publisher without a publisher's word",
        "Sample, M. J. (2010). Widget club management. Example Kinetics.",
        {"publisher": "Example Kinetics", "container": "", "kind": Kind.BOOK},
    ),
    (
        "apa bare journal name without a locator stays a container",
        "Sample, M. J. (2010). Widgets and gears. Example Psychological Science.",
        {"publisher": "", "container": "Example Psychological Science"},
    ),
    (
        "apa report published by a government before its link",
        "Department of Widgets. (2022). Belonging to the widget framework. Example "
        "Government. https://example.org/framework.pdf",
        {
            "publisher": "Example Government",
            "container": "",
            "title": "Belonging to the widget framework",
        },
    ),
    (
        "apa book published by an international body before its doi",
        "Sample, E. W., & Example, J. R. (2014). Natural widgets and human health. Example "
        "International. https://doi.org/10.5555/9780000000000.0000",
        {"publisher": "Example International", "container": ""},
    ),
    (
        "apa journal in press before its doi stays a container",
        "Sample, E. W. (2014). Natural widgets and human health. Example Widget Science. "
        "https://doi.org/10.5555/ex.2014.1",
        {"publisher": "", "container": "Example Widget Science"},
    ),
    (
        "apa undated work",
        "Sample, A. B. (n.d.). Widgets for beginners. Example Widget Agency. https://example.org/w",
        {"families": ["Sample"], "title": "Widgets for beginners", "year": ""},
    ),
    # The title's end and an imprint after an edition
    (
        "harvard publisher after a comma edition",
        "Sample, D.E. & Example, P., 2009. Widget intelligence: a modern approach, 3rd ed., "
        "Example-Hall",
        {"title": "Widget intelligence: a modern approach", "publisher": "Example-Hall"},
    ),
    (
        "agps publisher and a bracketed place after an edition",
        "Sample, L 2002, Style manual for widgets, gears and printers, 6th edn, Example Wiley "
        "& Sons, [Milton, Qld].",
        {
            "title": "Style manual for widgets, gears and printers",
            "publisher": "Example Wiley & Sons",
            "place": "Milton, Qld",
        },
    ),
    (
        "agps publisher then a city and its state",
        "Sample, L 2002, Style manual for widgets, 6th edn, Example Wiley & Sons, Milton, Qld.",
        {"publisher": "Example Wiley & Sons", "place": "Milton, Qld"},
    ),
    (
        "acs publisher before its city after an edition and a semicolon",
        "Sample, H.; Example, J. A Short Guide to Writing about Widgets, 2nd ed.; Exampleman: "
        "New York, 2001; pp 17-32.",
        {
            "title": "A Short Guide to Writing about Widgets",
            "publisher": "Exampleman",
            "place": "New York",
            "container": "",
        },
    ),
    (
        "harvard edition in parentheses is no issue",
        "Sample, J. (2010) Doing your widget project: a guide for researchers in widgets, "
        "gears and wheels. (5th ed) [Online] Available at: http://example.org/w (Accessed: 23 "
        "November 2011)",
        {
            "title": "Doing your widget project: a guide for researchers in widgets, gears and "
            "wheels",
            "issue": "",
            "container": "",
        },
    ),
    (
        "ieee edition in parentheses is no issue",
        "J. Sample. (1991, May 10). Widgets. (2nd ed.) [Online]. Available: http://example.org/w",
        {"title": "Widgets", "issue": ""},
    ),
    # Report and catalogue numbers, theses
    (
        "apa catalogue number after the title",
        "Example Bureau of Widgets. (1997). Widget health: Profile of adults, Example Region "
        "(cat. no. 4326.5). https://example.org/w",
        {"title": "Widget health: Profile of adults, Example Region", "container": ""},
    ),
    (
        "apa thesis with a publication number and its university in brackets",
        "Sample, J. L. (2018). An investigation of widget policies in four example counties "
        "(Publication No. 3544644) [Doctoral dissertation, Example Pacific University]. "
        "Example Dissertations Publishing.",
        {
            "title": "An investigation of widget policies in four example counties",
            "publisher": "Example Pacific University",
            "container": "",
            "kind": Kind.THESIS,
        },
    ),
    # Notes after the locator
    (
        "nlm language note",
        "Sample AE, Example I. Widget anxiety among students. Exam Widg Tidsskr "
        "2002;122(8):785-7. Norwegian",
        {"container": "Exam Widg Tidsskr", "volume": "122", "issue": "8", "first_page": "785"},
    ),
    (
        "bracketed language note after a doi",
        "Sample J, Example X. Widget rules based on data mining[J]. Example Zazhi, 2025, 29(7): "
        "1192-1200. DOI: 10.5555/ex.2025.096.[Article in Chinese]",
        {"doi": "10.5555/ex.2025.096", "last_page": "1200"},
    ),
    (
        "trial registration after the pmid",
        "Sample F, Example NN. Do widgets prevent future gears in children? Exam Widg Res. 2009 "
        "Mar;88(3):276-9. PubMed PMID: 10000001. registration number: NCT00000001.",
        {"pmid": "10000001", "container": "Exam Widg Res", "volume": "88", "issue": "3"},
    ),
    (
        "chicago database named after the pages",
        'Sample, Valerie. "Rethinking Widgets: Lessons from the Gear Experience." Widget '
        "Politics 55, no. 2 (2003): 167-192. Project MUSE.",
        {"container": "Widget Politics", "volume": "55", "issue": "2", "first_page": "167"},
    ),
    (
        "nature author reply after the pages",
        "Sample, H. D. & Example, H. Comment on ‘Widget response to gears’ (I). Widgetry 302, "
        "1894; author reply 1894 (2003).",
        {"container": "Widgetry", "volume": "302", "first_page": "1894", "year": "2003"},
    ),
    (
        "journal with a parenthesised place after a quoted comment title",
        "Sample WF, Example G (2007) Comment on “The consensus sequences of widgets.” Widgetry "
        "(New York, N.Y.) 317: 1500; author reply 1500.",
        {
            "title": "Comment on “The consensus sequences of widgets.”",
            "container": "Widgetry (New York, N.Y.)",
            "volume": "317",
        },
    ),
    # IEEE host books and proceedings
    (
        "ieee host book's edition and volume before its editor",
        "G. O. Sample, “Synthetic structure of widgets,” in Widgets, 2nd ed., vol. 3, J. "
        "Example, Ed. New York: Example-Hill, 1964, pp. 15–64.",
        {"container": "Widgets", "volume": "3", "publisher": "Example-Hill", "first_page": "15"},
    ),
    (
        "ieee proceedings with the meeting's place, date and pages in parentheses",
        'P. Sample, D. L. Example, and T. L. Other, "Web-based widgets," in Proc. 44th Int. '
        "Widget Communications Conf. (Toronto, Canada, May 11-14, 1997, pp. 231-234).",
        {"year": "1997", "first_page": "231", "last_page": "234"},
    ),
    (
        "ieee proceedings with date, volume and edition before the pages",
        'L. Sample, J. Example, and O. Other, "Modern widget set-up," in EXMPL Proc., May 2019, '
        "vol. 68, 3 ed., pp. 155-159, doi: 10.5555/ex.28.",
        {"container": "EXMPL Proc", "year": "2019", "volume": "68", "first_page": "155"},
    ),
    # Vancouver books, proceedings and web pages
    (
        "nlm proceedings title holding a stop before the meeting's date",
        "Sample S, Example BG. Enforcement of widget privacy. In: Other KC, Another P, editors. "
        "WIDGINFO 92. Proceedings of the 7th World Congress on Widget Informatics; 1992 Sep "
        "6-10: Geneva, Switzerland. Amsterdam: Example-Holland; 1992. p. 1561-5.",
        {
            "container": "WIDGINFO 92. Proceedings of the 7th World Congress on Widget Informatics",
            "publisher": "Example-Holland",
            "place": "Amsterdam",
            "year": "1992",
            "first_page": "1561",
        },
    ),
    (
        "nlm book in a series with a publisher and no place",
        "Sample J, Example Y. Second widgets and schooling. Example Education Review. EXMP "
        "Press; 2009.",
        {"publisher": "EXMP Press", "year": "2009", "container": "", "first_page": ""},
    ),
    (
        "nlm web page with its year after the medium",
        "Sample J. Widget change: bumps reveal a history of melting [internet]. 2024 [cited "
        "2024 Jan 21]. Available from: https://example.org/news/1",
        {"year": "2024", "container": ""},
    ),
    (
        "lancet online date in place of a source",
        "Sample HD. Mapping widgets: a narrative review. 1988; published online Nov.",
        {"year": "1988", "container": "", "publisher": ""},
    ),
    (
        "ama web page updated date",
        "Example Widget Agency. Interim considerations for the use of widgets. Centers for "
        "Widget Control. Updated September 2, 2022. Accessed September 7, 2022.",
        {"container": "Centers for Widget Control", "year": "2022"},
    ),
    # Chicago chapters, ACS journals, Harvard web pages
    (
        "chicago chapter with ed and its editors before the pages",
        "Sample, John A. 2006. “Widget History.” In The Widget Highway: A Guide to Widget "
        "Resources, ed Dennis A. Example and Scott A. Other, 255-370. Armonk, NY: M. E. "
        "Examplebooks.",
        {
            "container": "The Widget Highway: A Guide to Widget Resources",
            "first_page": "255",
            "publisher": "M. E. Examplebooks",
            "place": "Armonk, NY",
        },
    ),
    (
        "acs article printed without its title",
        "Sample, G.; Example, B. E. F.; Other, K. N. Top. Widg. Chem. 2006, 265, 147-183.",
        {"title": "", "container": "Top. Widg. Chem", "volume": "265"},
    ),
    (
        "harvard online tag and update date after the title",
        "Sample, N., 2008.  Legal widgets for IT professionals [Online] (Updated 26 September "
        "2008) Available at: http://example.org/k/1 [Accessed 30 January 2009].",
        {"title": "Legal widgets for IT professionals", "container": ""},
    ),
    (
        "apa journal without a locator stays a journal",
        "Sample, J. (2001). Deep widgets in practice. Neural Networks.",
        {"container": "Neural Networks", "publisher": ""},
    ),
    # Book imprints in parentheses, commas and semicolons (AIP, AGPS, ACS, IEEE theses)
    (
        "aip book imprint with place and a page after it",
        "A. B. Sample and C. D. Other, Widget Dynamics (Example University Press, "
        "Springfield, 1999), p. 126",
        {
            "title": "Widget Dynamics",
            "publisher": "Example University Press",
            "place": "Springfield",
            "container": "",
            "pages": "126",
        },
    ),
    (
        "aip book imprint whose publisher names no press",
        "Example Academy of Widgets, Principles for Testing Widgets (Example Academy of "
        "Widgets, Springfield, ST, 1977).",
        {"publisher": "Example Academy of Widgets", "place": "Springfield, ST", "container": ""},
    ),
    (
        "aip article printed without its title",
        "A. Sample, Widgetry 542, 279 (2017).",
        {"title": "", "container": "Widgetry", "volume": "542", "pages": "279"},
    ),
    (
        "agps book with publisher then place",
        "Sample, GHA 1991, Thermal widget cycles, Example Arnold, Springfield.",
        {
            "title": "Thermal widget cycles",
            "publisher": "Example Arnold",
            "place": "Springfield",
            "kind": Kind.BOOK,
        },
    ),
    (
        "agps book place with its state",
        "Sample, J 2001, Widget theory, Example House, Milton, Qld.",
        {"title": "Widget theory", "publisher": "Example House", "place": "Milton, Qld"},
    ),
    (
        "acs book imprint after a semicolon with pages",
        "Sample, R. The Last Widgets: The Path from Gears to Springs; Example Henry Press: "
        "Springfield, ST, 2003; pp 145-158.",
        {
            "title": "The Last Widgets: The Path from Gears to Springs",
            "publisher": "Example Henry Press",
            "place": "Springfield, ST",
            "pages": "145-158",
        },
    ),
    (
        "acs chapter volume between year and pages",
        "Sample, J.; Other, O. Widget Effects. In Reviews in Widget Chemistry; Editor, K. B., "
        "Eds.; EWV: Springfield, 1996; Vol. 8, pp 206-210.",
        {
            "container": "Reviews in Widget Chemistry",
            "publisher": "EWV",
            "place": "Springfield",
            "volume": "8",
            "pages": "206-210",
        },
    ),
    (
        "ieee thesis university and its place",
        'H. Sample, "Delay-insensitive widgets," M.S. thesis, Univ. of Example, Springfield, '
        "ON, Exampleland, 1997.",
        {
            "publisher": "Univ. of Example",
            "place": "Springfield, ON, Exampleland",
            "container": "",
            "kind": Kind.THESIS,
        },
    ),
    # Journals of abbreviated words, arXiv identifiers, labels without their stop, access
    # dates after a link, editions in words, Springer's and Harvard's comma imprints
    (
        "mdpi journal of abbreviated words, one a single letter",
        "Sample, A.; Other, W.H. Widget Gears and Their Future Prospects. N. Exampl. J. Widg. "
        "2020, 383, 2197–2200.",
        {
            "title": "Widget Gears and Their Future Prospects",
            "container": "N. Exampl. J. Widg",
            "volume": "383",
        },
    ),
    (
        "springer journal opened by a whole word before abbreviated words",
        "Sample, M.E. What is a widget? Exampleton Widg. Rev. 74(6), 61–78 (1996)",
        {"title": "What is a widget?", "container": "Exampleton Widg. Rev", "issue": "6"},
    ),
    (
        "journal of abbreviated words before a year in parentheses and a link",
        "Sample, Q., Other, X., et al. Early widget dynamics in Springfield. N. Exampl. J. "
        "Widg. (2020). https://doi.org/10.5555/widg.2020.1",
        {"title": "Early widget dynamics in Springfield", "container": "N. Exampl. J. Widg"},
    ),
    (
        "arxiv preprint identifier as google scholar prints it",
        "Sample, H., Other, B. On the origin of widgets. arXiv preprint arXiv:1702.07800 (2017)",
        {
            "title": "On the origin of widgets",
            "container": "arXiv",
            "article_number": "1702.07800",
            "year": "2017",
        },
    ),
    (
        "arxiv identifier alone before the year",
        "Sample A, Other B. On the properties of widget translation. arXiv:1409.1259, 2014.",
        {"container": "arXiv", "article_number": "1409.1259", "year": "2014"},
    ),
    (
        "ieee locator labels printed without their stop",
        'A. Sample and B. Other, "Widget gears," Example Journal of Gears, vol 13, no 3, '
        "pp 226–234, 2016.",
        {"container": "Example Journal of Gears", "volume": "13", "issue": "3"},
    ),
    (
        "harvard access date in brackets after a link",
        "Example Society (2016), ‘Underfunded widgets: the gears in 2016’, "
        "https://www.example.org/widgets-2016 [3 April 2017].",
        {"title": "Underfunded widgets: the gears in 2016", "container": ""},
    ),
    (
        "apa edition in words ending the title before the edition",
        "Sample, E. M. (2003). Diffusion of Widgets, 5th Edition (5th ed.). Example Press.",
        {"title": "Diffusion of Widgets", "publisher": "Example Press"},
    ),
    (
        "chicago edition in words after the title's comma",
        "Sample, R. 1988. The History of Widget Thought, 3rd edition. Springfield, ST: "
        "Example Horizons.",
        {"title": "The History of Widget Thought", "publisher": "Example Horizons"},
    ),
    (
        "springer book edition then publisher, place and year in parentheses",
        "Sample, J.A., Other, R.B. Widget Management: Formulation and Use, 3rd edn. "
        "Examplewin, Homewood (1988)",
        {
            "title": "Widget Management: Formulation and Use",
            "publisher": "Examplewin",
            "place": "Homewood",
            "year": "1988",
        },
    ),
    (
        "springer chapter pages then publisher and places",
        "Sample, Y. Widgets of representations. In: Example Conference on Widget Processing, "
        "pp. 1–37. Example, Springfield, Shelbyville (2013)",
        {
            "families": ["Sample"],
            "container": "Example Conference on Widget Processing",
            "pages": "1-37",
            "publisher": "Example",
            "place": "Springfield, Shelbyville",
            "year": "2013",
        },
    ),
    (
        "harvard book title, publisher, place with no stop after the title",
        "Sample, Edith (1959). The Theory of the Growth of Widgets, Example House, Springfield.",
        {
            "title": "The Theory of the Growth of Widgets",
            "publisher": "Example House",
            "place": "Springfield",
        },
    ),
    (
        "a firm's listed names after the place's colon",
        "Sample, W. J. 1982. Widget Markets. Springfield: Example, Other and Sons.",
        {"publisher": "Example, Other and Sons", "place": "Springfield"},
    ),
    (
        "a season in parentheses as the issue",
        "Sample, David A. 1989. “Managing widgets and gears.” Example Management Review 31 "
        "(Winter): 91-106.",
        {"volume": "31", "issue": "Winter", "first_page": "91"},
    ),
    (
        "a range of months before labelled pages",
        'Sample, C. K., and G. Other (1990). "The Core Competence of Widgets", Example '
        "Business Review, May/Jun. pp. 79-91.",
        {"container": "Example Business Review", "first_page": "79"},
    ),
    (
        "bmc book with its year before place and publisher",
        "Sample A, Other B. Widget report: gears at work. 2006, Springfield: Example Organisation",
        {"year": "2006", "publisher": "Example Organisation", "place": "Springfield"},
    ),
    (
        "gbt english book with its edition in parentheses",
        "Sample F A. Measuring Widgets(Second Edition) [M]. London: Example Hall, 1995.",
        {"title": "Measuring Widgets", "publisher": "Example Hall"},
    ),
    # Round 4 (fresh4 dev rows): language notes, abbreviated journals in Chinese lists,
    # Epub notes, dates as sentences, NLM and APA books, Springer and Harvard imprints.
    (
        "abbreviated language note after the locator",
        "Sample AB, Other CD. Widget risk factors. Vestnik Primera. 2016;62:101-109. (In Russ.)",
        {"container": "Vestnik Primera", "year": "2016", "volume": "62", "first_page": "101"},
    ),
    (
        "abbreviated language note after an abbreviated city's imprint",
        "Sample AB, Other CD. Widget health. M.: Example-Media; 2010. (In Russ.)",
        {"publisher": "Example-Media", "place": "M", "year": "2010"},
    ),
    (
        "english journal of abbreviated words before a gbt locator",
        "Sample A, Other B. Widget trial: an update. J. Widg. Oncol., 2004, 22(18): 3766-3775.",
        {"title": "Widget trial: an update", "container": "J. Widg. Oncol", "volume": "22"},
    ),
    (
        "bracketed epub note after a date-only locator",
        "Sample A, Other B. Widget incidence. Example Oncol. 2018 Jun 2. [Epub ahead of print].",
        {"container": "Example Oncol", "year": "2018"},
    ),
    (
        "title holding a year before a journal dated as a sentence",
        "Sample KD, Other SL, Third J, Fourth E. Widgets in Exampleland, 2016. Example Data "
        "Brief. 2017 Dec;293:1-8.",
        {
            "title": "Widgets in Exampleland, 2016",
            "container": "Example Data Brief",
            "year": "2017",
        },
    ),
    (
        "nlm book with a publisher holding an initial",
        "Sample O. Widget Tales. New York, NY: Alfred A. Example; 2001.",
        {"publisher": "Alfred A. Example", "place": "New York, NY", "year": "2001"},
    ),
    (
        "nlm book with its edition a sentence before a place and pages",
        "Sample GR, Other JS, et al. Widget Dosing. 4th ed. Springfield, PA: Example College of "
        "Widgets; 1999:39.",
        {
            "title": "Widget Dosing",
            "publisher": "Example College of Widgets",
            "place": "Springfield, PA",
        },
    ),
    (
        "springer report with a lower-case available at",
        "Sample, M.: A New Perspective on Widgets. Government of Example, Springfield (1974). "
        "available at https://example.org/widgets",
        {"publisher": "Government of Example", "place": "Springfield", "year": "1974"},
    ),
    (
        "harvard book with a publisher led by an initial",
        "Sample, R.F. (1915) Widget Management and Labour, D. Example, Springfield, MA.",
        {
            "title": "Widget Management and Labour",
            "publisher": "D. Example",
            "place": "Springfield, MA",
        },
    ),
    (
        "apa volume of a multivolume book in parentheses",
        "Sample, K. (1994). Playing widgets: Gear theory (Vol. I). Springfield, MA: Example Press.",
        {"title": "Playing widgets: Gear theory", "volume": "I", "publisher": "Example Press"},
    ),
    (
        "a person after a personal title stays in the title before an abbreviated journal",
        "Sample J. The Case of Mr. Sampson. J. Widg. Ethics. 2001;1:2-3.",
        {"title": "The Case of Mr. Sampson", "container": "J. Widg. Ethics"},
    ),
    # --- Source part after the title: locators, imprints and trailers real lists print ---
    (
        "cell press supplementary pages after the last page",
        "Sample, A.B. Widget kinetics in gears. Example Widget J. 2012, 142, 1264–1273.e1.",
        {"volume": "142", "pages": "1264-1273.e1", "container": "Example Widget J"},
    ),
    (
        "nature chapter's editors in parentheses without a stop after eds",
        "Sample, D. L. Widget chapter title here. in Example Book of Widgets (eds Other, R. O. "
        "& Third, P.) 487–504 (Example House, 2012).",
        {
            "title": "Widget chapter title here",
            "container": "Example Book of Widgets",
            "pages": "487-504",
            "publisher": "Example House",
        },
    ),
    (
        "acs book whose press-named publisher opens with its city's name",
        "Sample, P. T.; Other, J. C. Widget Chemistry: Theory and Practice; Springfield "
        "University Press: Springfield, 1998.",
        {"publisher": "Springfield University Press", "place": "Springfield"},
    ),
    (
        "acs chapter imprint with a volume after the year names its publisher first",
        "Widgets. In Example Encyclopedia of Widgets, 9th ed.; Sample, D. G., Eds.; "
        "Example-Interscience: Springfield, 2002; Vol. 2, p 2807.",
        {"publisher": "Example-Interscience", "place": "Springfield", "volume": "2"},
    ),
    (
        "agps harvard viewed date and a link in angle brackets",
        "Department of Widgets 2009, Growing widgets: annual report, WidgetCo, Canberra, "
        "viewed 12 December 2010, <http://example.org/report.pdf>.",
        {
            "title": "Growing widgets: annual report",
            "publisher": "WidgetCo",
            "place": "Canberra",
            "url": "http://example.org/report.pdf",
            "container": "",
        },
    ),
    (
        "ieee web page with online tag holding its stop",
        "“Widgets wash up on beaches.” example.com.au. Accessed Jan. 9, 2024. [Online.] "
        "Available: https://example.com.au/news/widgets",
        {"container": "example.com.au", "year": "", "url": "https://example.com.au/news/widgets"},
    ),
    (
        "ama web page accessed on a day-first date",
        "Sample MC. Spinal widgets. Example Clinic. https://example.org/widgets. Accessed on "
        "23 Jan 2020",
        {"title": "Spinal widgets", "container": "Example Clinic", "year": ""},
    ),
    (
        "issn in parentheses after the doi",
        "Sample, M.A.A., Other, S.P., 2020. Bioinspired widgets. Acta Widget. 120, 38–56. "
        "doi:10.5555/j.widg.2020.05.017. (ISSN:1742-7061).",
        {"container": "Acta Widget", "volume": "120", "pages": "38-56"},
    ),
    (
        "volume label with no space before its number",
        "Sample, Herbert W., and Ann Other. Multidimensional Widget Evaluations. The Journal "
        "of Widget Education, Vol.64, 1993.",
        {"container": "The Journal of Widget Education", "volume": "64", "year": "1993"},
    ),
    (
        "ieee patent with its number's digits grouped",
        'J. P. Sample, "Nonlinear widget devices," U.S. Patent 3 624 125, July 16, 1990.',
        {"container": "", "volume": "", "year": "1990", "kind": Kind.PATENT},
    ),
    (
        "ieee paper presented at a meeting",
        'R. Sample, "A parallel widget tokenizer," presented at Example Conf. 2003: Stretching '
        "Widgets, Springfield, CA, USA, Jun. 11-14, 2003.",
        {"container": "Example Conf. 2003: Stretching Widgets", "pages": "", "year": "2003"},
    ),
    (
        "ieee volume of a book before its imprint, a company suffix after the publisher",
        "G. Sample and A. Other, Widgets in Biomechanics, vol. 3. Springfield, NJ, USA: Example "
        "& Sons, Inc., 2016.",
        {
            "title": "Widgets in Biomechanics",
            "volume": "3",
            "place": "Springfield, NJ, USA",
            "year": "2016",
        },
    ),
    (
        "nlm home page dated by its copyright",
        "Widget Research Institute [Internet]. Springfield: Example University; © 2009 [cited "
        "2009 Sep 23]. Available from http://example.org/.",
        {"year": "2009", "publisher": "Example University", "place": "Springfield", "pages": ""},
    ),
    (
        "nlm copyright range after a company suffix",
        "Widget Nephrology [Internet]. Springfield (IL): Example, Inc.; c1995-2001 [cited 2001 "
        "Mar 8]. Available from: http://example.org/.",
        {"year": "1995", "place": "Springfield (IL)", "container": ""},
    ),
    (
        "nature annotation sentence after the locator",
        "Sample, C. W. et al. A guideline for the management of widget failure. J. Widg. Sci. "
        "62, e147–e239 (2013). A guideline statement from the widget society addressing "
        "treatment considerations in widgets.",
        {"volume": "62", "year": "2013", "container": "J. Widg. Sci"},
    ),
    (
        "news item dated day first after its site",
        "Sample, Ann. Why widgets are leaving faculty positions, Example News, 16 January 2020.",
        {"container": "Example News", "year": "2020"},
    ),
    (
        "harvard book all in commas with place and colon",
        "Sample, G. (1998b), Widgets: An Introduction, Springfield: Springfield University Press",
        {
            "title": "Widgets: An Introduction",
            "place": "Springfield",
            "publisher": "Springfield University Press",
        },
    ),
    (
        "harvard chapter title closed by a comma before the editors",
        "Sample, J.M. (1999), Molecular Biology of Widgets, in Other, K.A. (ed.), The Evolution "
        "of Widgets, Springfield: Example Press, pp. 2-10",
        {
            "title": "Molecular Biology of Widgets",
            "container": "The Evolution of Widgets",
            "publisher": "Example Press",
            "pages": "2-10",
        },
    ),
    (
        "harvard host book closed by its publisher after a comma",
        "Sample, G. and Other, D. (1992) ‘Towards a theory of widget coherence’, in Third, G. "
        "(eds) Widgets in a Historical Perspective, Springfield University Press.",
        {
            "container": "Widgets in a Historical Perspective",
            "publisher": "Springfield University Press",
        },
    ),
    (
        "chicago e-book format after the publisher",
        "Sample, Grant, and Roger Other. 2018. Widget Services in Exampleland. 7th ed. "
        "Example-Hill. EPUB. https://example.org/book",
        {"publisher": "Example-Hill", "container": ""},
    ),
    (
        "iso 4 abbreviated words inside an mdpi journal's name",
        "Sample, A.B.; Other, D.E. Widget cancers, version 2.2021, widget guidelines. J. Natl. "
        "Compr. Widget Netw. 2021, 19, 541–565.",
        {
            "container": "J. Natl. Compr. Widget Netw",
            "title": "Widget cancers, version 2.2021, widget guidelines",
        },
    ),
    # --- Round fresh6 (sources helper): trailers in other languages and forms, Elsevier's
    # `VOL (YEAR) PAGE`, RSC's editors, UK Harvard's `(Place, Publisher)`, translations.
    (
        "nlm portuguese access date and link",
        "Sample A, Other B. Relatório de exemplos [Internet]. 2002 [citado em 29 de setembro "
        "de 2022]. Disponível em: https://example.org/relatorio.pdf.",
        {"year": "2002", "url": "https://example.org/relatorio.pdf", "container": ""},
    ),
    (
        "nlm portuguese imprint before the access date",
        "Instituto de Exemplos. Pesquisa de widgets [Internet]. Rio de Exemplo: IBEX; 2020 "
        "[citado em 20 de outubro de 2021]. Disponível em: https://example.org/pesquisa.pdf.",
        {"year": "2020", "publisher": "IBEX", "place": "Rio de Exemplo"},
    ),
    (
        "nlm spanish link after a title ending in its year",
        "Sample A. Las cifras de los widgets en Exampleland 2022. Disponible en: "
        "https://example.org/cifras.pdf",
        {"title": "Las cifras de los widgets en Exampleland 2022", "publisher": ""},
    ),
    (
        "nigerian link at sign and numeric access date",
        "Sample A, Other B. The widget committee report. 2003; available @ "
        "http://example.org/report date accessed 12/11/16.",
        {
            "year": "2003",
            "url": "http://example.org/report",
            "title": "The widget committee report",
        },
    ),
    (
        "nlm contract number closing a report",
        "Sample A. The widget committee report. Example City: Example Agency; 2003. "
        "Contract No.: Example publication 03-5233",
        {"publisher": "Example Agency", "year": "2003", "pages": ""},
    ),
    (
        "ieice doi in parentheses after volume year page",
        "A.B. Sample and C. Other: “Widget channel models,” IEEE Widget Surveys 20 (2018) 870 "
        "(DOI: 10.5555/widget.2018.1).",
        {
            "container": "IEEE Widget Surveys",
            "volume": "20",
            "year": "2018",
            "pages": "870",
            "doi": "10.5555/widget.2018.1",
        },
    ),
    (
        "elsevier physics volume year pages",
        "A. Sample, B. Other, Widget scattering at low energies, Nucl. Widg. B 123 (1999) 456–460.",
        {"container": "Nucl. Widg. B", "volume": "123", "year": "1999", "pages": "456-460"},
    ),
    (
        "rsc chapter editors before publisher place year volume pages",
        "A. B. Sample, Widget chemistry under fields, in Studies in Widget Chemistry, ed. C. D. "
        "Editor and E. F. Other Name, Example Press, Exampleland, 2001, vol. 87, pp. 67–82.",
        {
            "container": "Studies in Widget Chemistry",
            "publisher": "Example Press",
            "place": "Exampleland",
            "volume": "87",
            "pages": "67-82",
        },
    ),
    (
        "rsc editors after a host title of capitalised words",
        "A. Sample, Example title of the chapter, in Example Book of Widgets, ed. B. Editor, "
        "Example Press, London, 1999, pp. 1–95.",
        {"container": "Example Book of Widgets", "publisher": "Example Press", "place": "London"},
    ),
    (
        "uk harvard book with place and publisher in parentheses",
        "Sample, P. and Other, T. (1971) The Example Construction of Widgets (Exampleton, "
        "Penwidget).",
        {
            "title": "The Example Construction of Widgets",
            "place": "Exampleton",
            "publisher": "Penwidget",
        },
    ),
    (
        "uk harvard chapter of a two-word title with parenthesised imprint",
        "Sample, J. (2002) Widget breakdown, in M. Editor (ed.) The Example Companion to "
        "Widgets (Oxford, Examplewell).",
        {
            "title": "Widget breakdown",
            "container": "The Example Companion to Widgets",
            "place": "Oxford",
            "publisher": "Examplewell",
        },
    ),
    (
        "apa transliterated title with its bracketed english translation",
        "Sample, L.S. (2015). Slovoobrazovanie v primerakh [Word-building in the examples]. "
        "Rostov-on-Don: Example University Publ. (In Russ.)",
        {
            "title": "Slovoobrazovanie v primerakh",
            "title_translation": "Word-building in the examples",
            "place": "Rostov-on-Don",
        },
    ),
    (
        "romanised russian dissertation genre in brackets then its city",
        "Sample, O.B. (2013). Poslovichnye primery [Proverb examples]. [Author’s abstr. doct. "
        "phil. diss.]. Exampleburg. (In Russ.)",
        {"place": "Exampleburg", "container": "", "kind": Kind.THESIS},
    ),
    (
        "apa chapter without its in before the book's pages and imprint",
        "Sample, M. (2017). Uzual’nye primery [Usual examples]. Theory and practice of example "
        "research (pp. 380–397). Exampleburg: Example Publ. (In Russ.)",
        {
            "container": "Theory and practice of example research",
            "pages": "380-397",
            "place": "Exampleburg",
            "publisher": "Example Publ",
        },
    ),
    (
        "abnt lettered volume and number with its access date after the link",
        "SAMPLE, A. B. Widgets no Exemplo. Revista Exemplo, v. 12, n. 3, p. 45-67, 2019. "
        "Disponível em: <https://example.org/x.pdf>. Acesso em: 10 jan. 2020.",
        {
            "container": "Revista Exemplo",
            "volume": "12",
            "issue": "3",
            "pages": "45-67",
            "year": "2019",
            "url": "https://example.org/x.pdf",
        },
    ),
    (
        "spanish consultado date after the link",
        "Sample A. Las cifras de los widgets en el mundo. Madrid: Editorial Ejemplo; 2021. "
        "Disponible en: https://example.org/c.pdf. Consultado el 12 de marzo de 2022.",
        {"publisher": "Editorial Ejemplo", "year": "2021", "url": "https://example.org/c.pdf"},
    ),
    (
        "ama bracketed abstract note is no translation",
        "Sample SJ, Other MJ. Widget damage in an example model [EXA abstract 3373]. Invest "
        "Widg Sci. 2001;42(suppl):S67.",
        {"title_translation": ""},
    ),
    (
        "nlm report whose title holds a stop before a city imprint",
        "Example Organization. A brief on widgets: silent gears. Widget Day 2013 Report. "
        "Geneva, Exampleland: Example Organisation; 2013. p. 1-39.",
        {"container": "", "place": "Geneva, Exampleland", "publisher": "Example Organisation"},
    ),
    (
        "springer proceedings year in parentheses after the host",
        "A.B. Sample, C. Other, A widget design for example networks, in 3rd International "
        "Conference on Widget Networks (WIN) (2016)",
        {"year": "2016", "pages": ""},
    ),
    # --- the review of the session's change: readings the new rules must not take ---
    (
        "a city before the colon stays the place when a volume follows the year",
        "Sample J. Widget chapter. In: Other K, editor. Widget handbook. New York: Example, "
        "2010, Vol. 3, pp. 12-20.",
        {"place": "New York", "publisher": "Example"},
    ),
    (
        "a city before the colon stays the place when pages follow the year's semicolon",
        "Sample J. Widget biology of the gear. New York: Example Science, 2002; pp. 45-67.",
        {"place": "New York", "publisher": "Example Science"},
    ),
    (
        "a bracket describing an english title is no translation",
        "Sample, E. (1956). Every time we say widget [Song recorded by Ella Example]. On "
        "Example sings. Example Records.",
        {"title": "Every time we say widget [Song recorded by Ella Example]"},
    ),
    (
        "a bracket after an english title with editors is no translation",
        "Sample J. Collected works of Jo Example [edited by Ann Other]. Example City: Example "
        "University Press; 1991.",
        {"title_translation": ""},
    ),
    (
        "a title opening with lower-case in is no untitled chapter",
        "Sample, J. (2010). in Vitro studies of widgets. Journal of Widgets, 12, 45.",
        {"title": "in Vitro studies of widgets", "container": "Journal of Widgets"},
    ),
    # Round 17: families of real lists (locators, imprints, hosts, trailers)
    (
        "a spaced minus sign between a range's pages",
        "Sample AB, Example CD. Widget kinetics. J Example Med 2015;372(22):2127 \u2212 35.",
        {"container": "J Example Med", "volume": "372", "issue": "22", "pages": "2127 - 35"},
    ),
    (
        "a tilde between a range's pages",
        "Sample A. Widget kinetics. Example Journal of Widgets. 2002;48(4):A31~A33.",
        {"volume": "48", "issue": "4", "pages": "A31-A33", "style": "nlm"},
    ),
    (
        "older nlm parts year, volume and pages with semicolons",
        "Sample U, Example O. Widget fractures during 30 years. Widg Tiss Int 1988; 42; 293-6.",
        {"container": "Widg Tiss Int", "year": "1988", "volume": "42", "pages": "293-6"},
    ),
    (
        "an isbn closing a book's entry is no locator",
        "Example Organization. Guide for widget authorities; EXO: Springfield, Exampleland, "
        "1998; p. 9. ISBN 978-92-000-0000-9.",
        {
            "publisher": "EXO",
            "place": "Springfield, Exampleland",
            "year": "1998",
            "pages": "9",
        },
    ),
    (
        "acm book with its publisher, place and year after commas",
        "Sample, R.P. Causal Widgets In Marketing. Example, Springfield, 1980.",
        {
            "title": "Causal Widgets In Marketing",
            "publisher": "Example",
            "place": "Springfield",
            "container": "",
        },
    ),
    (
        "nlm host led by in and its colon after a title that lost its stop",
        "Sample RB, Example HM. Widget densitometry In: Doe BL, Roe JL, eds. Widgets: "
        "etiology and management. New York: Example Press, 1988; 251-95.",
        {
            "title": "Widget densitometry",
            "container": "Widgets: etiology and management",
            "publisher": "Example Press",
        },
    ),
    (
        "nlm host editors whose name the reader doubts after in and its colon",
        "Sample RB. Widget densitometry. In: Doe BL, Roe III JL, eds. Widgets: etiology "
        "and management. New York: Example Press, 1988; 251-95.",
        {"container": "Widgets: etiology and management", "pages": "251-95", "style": "nlm"},
    ),
    (
        "apa host editors with no space before the book's title",
        "Sample, D. F. (1985). Causal widgets and experimental data. In H. M. Editor (Ed.),"
        "Causal widgets in panel designs (pp. 55–88). New York: Example.",
        {
            "container": "Causal widgets in panel designs",
            "pages": "55-88",
            "publisher": "Example",
            "place": "New York",
        },
    ),
    (
        "harvard title, place and a bare publisher's name after commas",
        "Sample, M. & Other, R. (2001). Taking over the widget: empowerment and gears, "
        "Springfield: Palgrave.",
        {
            "title": "Taking over the widget: empowerment and gears",
            "place": "Springfield",
            "publisher": "Palgrave",
        },
    ),
    (
        "a year after the publisher's stop is the imprint's date",
        "Example Organization. Global widget report 2021. Geneva: Example Organization. 2021. "
        "https://example.org/report.",
        {"publisher": "Example Organization", "year": "2021", "pages": ""},
    ),
    (
        "a publisher's word ending in p is no page label",
        "Sample A. Widget report. Geneva: Example Group. 2021.",
        {"publisher": "Example Group", "year": "2021", "pages": ""},
    ),
    (
        "gb/t 1987 dates after a link",
        "示例. 关于示例数据库系统的进展[EB/OL]. http://example.org/pub/w.html,1998-08-16/1998-10-01.",
        {"url": "http://example.org/pub/w.html"},
    ),
    (
        "nlm publisher alone before the year's semicolon",
        "Sample A. Widget report [accessed April 26, 2022]. EXO; 2020.",
        {"publisher": "EXO", "container": "", "year": "2020"},
    ),
    (
        "an abbreviated journal before a semicolon stays a container",
        "Sample A. Widget report. J Example Med; 2020.",
        {"publisher": "", "container": "J Example Med"},
    ),
    (
        "google scholar book with its publisher after the title's colon",
        "Sample BD. Widget science: an introduction to gears: Example press; 2004.",
        {
            "title": "Widget science: an introduction to gears",
            "publisher": "Example press",
            "year": "2004",
        },
    ),
    (
        "chicago web page dated after its quoted title",
        "Example News. 2002. “New Widget Blues.” July 27, 2002. https://example.org/2155116.",
        {"container": "", "volume": "", "pages": "", "year": "2002"},
    ),
    (
        "a page's last modified date is no container",
        "Sample, Ann. 2017. “If the widget is flat?” Last modified December 2, 2017. "
        "https://example.org/w.",
        {"container": ""},
    ),
    (
        "chicago translator after a comma ending the title",
        "Sample, Otto. 2000. The Question of Widgets, Trans. Joseph Example. Springfield: "
        "University of Example Press.",
        {
            "title": "The Question of Widgets",
            "place": "Springfield",
            "publisher": "University of Example Press",
        },
    ),
    (
        "chicago translator's sentence before the imprint",
        "Sample, Ann. 2000. The Question of Widgets. Translated by J. B. Example. Springfield: "
        "Example Press.",
        {"title": "The Question of Widgets", "place": "Springfield"},
    ),
    (
        "apa translator in parentheses after the title",
        "Sample, A. (2000). The question of widgets (J. Example, Trans.). Example Press.",
        {"title": "The question of widgets", "publisher": "Example Press", "container": ""},
    ),
    (
        "apa report with a number before its publisher and link",
        "Example Institute. (2019). Taking widgets: Support for gears (EXI Publication No. "
        "18-2059). Example Department of Widgets. https://example.org/takingtime.pdf",
        {"publisher": "Example Department of Widgets", "container": ""},
    ),
    (
        "apa book from a house named for its sons before a link",
        "Sample, E. T. (1911). The widget prairies. Example Scribner's Sons. "
        "https://example.org/etext/6818",
        {"publisher": "Example Scribner's Sons", "container": ""},
    ),
    (
        "a host book's edition after its title's colon",
        "Sample, H., and Other, J. Widget models. In Causal Widgets in the Sciences: 2nd "
        "Edition, H. Editor, Ed. Example Publishing Co., New York, 1985, pp. 321–393.",
        {"container": "Causal Widgets in the Sciences", "pages": "321-393"},
    ),
    (
        "apa 6 thesis read from an archive and its order number",
        "Sample, K. M. (2009). Essays in widget economics (Doctoral dissertation). Available "
        "from Example Dissertations and Theses database. (UMI No. 3355930)",
        {"container": "", "kind": Kind.THESIS, "title": "Essays in widget economics"},
    ),
    (
        "nlm e-book chapter's number after the imprint",
        "Sample D. Widget disease. In: Doe C, Roe K, editors. Widget therapeutics [Internet]. "
        "6th ed. Springfield: Example Press; 2019 [cited 2021 Jun 18]. Chapter 9. Available "
        "from: https://example.org/ebook",
        {"year": "2019", "pages": "", "publisher": "Example Press"},
    ),
    (
        "uk harvard edition as edn before the imprint",
        "Sample, A. (2001) Widget theory. 2nd edn. Springfield: Example Press.",
        {"place": "Springfield", "publisher": "Example Press"},
    ),
    (
        "ieee host book then its given-first editors and the imprint",
        "A. Sample, “Widget chapter,” in Widget Book, B. Doe and C. Roe, Eds. Springfield: "
        "Example Press, 2001, pp. 12–18.",
        {
            "container": "Widget Book",
            "place": "Springfield",
            "publisher": "Example Press",
            "pages": "12-18",
        },
    ),
    (
        "springer chapter's pages labelled pp without a stop after the imprint",
        "Sample A (2001) Widget chapter. In: Doe B (ed) Widget book. Example Press, "
        "Springfield, pp 12–18",
        {"publisher": "Example Press", "place": "Springfield", "pages": "12-18"},
    ),
    (
        "gost title and journal parted by two slashes, pages labelled with a capital",
        "Sample A., Doe B. Widget kinetics // Journal of Widget Research. 2017. Vol. 7, No. 3. "
        "P. 1460–1470.",
        {
            "title": "Widget kinetics",
            "container": "Journal of Widget Research",
            "volume": "7",
            "issue": "3",
            "pages": "1460-1470",
        },
    ),
    (
        "gost full form with a stop and a dash between the parts",
        "Sample AB, Doe CD. Widget kinetics // Widget Research. — 2017. — Vol. 7, No. 3. — "
        "P. 14–18.",
        {"title": "Widget kinetics", "container": "Widget Research", "pages": "14-18"},
    ),
    (
        "apa 6 web page retrieved on a date from its link",
        "Sample, A. (2017). Widget blues. Retrieved July 27, 2017, from https://example.org/a",
        {"container": "", "url": "https://example.org/a"},
    ),
    (
        "chicago dissertation abbreviated as diss.",
        "Sample, Ann. 2017. “Widget Blues.” PhD diss., Example University.",
        {"publisher": "Example University", "place": "", "container": ""},
    ),
    (
        "ieee proceedings without the meeting's city, state and country",
        "A. Sample, “Widget blues,” in Proc. Example Conf., Springfield, IL, USA, 2017, pp. 12–18.",
        {"container": "Proc. Example Conf", "pages": "12-18", "year": "2017"},
    ),
    (
        "ieee proceedings whose abbreviated conference word is no title's end",
        "A. Sample, “Widget blues,” in Proc. 7th Example Conf. Signals, Gears, Computers, "
        "Springfield (CA), pp. 1261-1265, Nov. 2003.",
        {
            "container": "Proc. 7th Example Conf. Signals, Gears, Computers",
            "pages": "1261-1265",
            "year": "2003",
        },
    ),
    (
        "a bare issn closing the entry is no locator",
        "Sample, A. (2017). Widget kinetics. Journal of Widget Research, 7(3), 1460–1470. "
        "ISSN 1234-5678.",
        {"container": "Journal of Widget Research", "volume": "7", "pages": "1460-1470"},
    ),
    (
        "apa original work's date after the link",
        "Sample, A. (2017). Widget kinetics. Journal of Widget Research, 7(3), 1460–1470. "
        "https://doi.org/10.5555/jwr.1 (Original work published 1990)",
        {"container": "Journal of Widget Research", "year": "2017", "title": "Widget kinetics"},
    ),
    (
        "acm volume, issue, month and year in parentheses, then the pages",
        "Ann Sample and Bob Doe. 2017. Widget kinetics. J. Widg. Res. 7, 3 (March 2017), "
        "1460–1470. https://doi.org/10.5555/jwr.1",
        {"container": "J. Widg. Res", "volume": "7", "issue": "3", "pages": "1460-1470"},
    ),
    (
        "acm article number and page count after the date",
        "Ann Sample. 2017. Widget kinetics. ACM Trans. Widg. 7, 3, Article 12 (March 2017), "
        "20 pages.",
        {"volume": "7", "issue": "3", "article_number": "12"},
    ),
    (
        "acm proceedings' publisher with its city, state and country",
        "Ann Sample and Bob Doe. 2017. Widget kinetics. In Proceedings of the Example "
        "Conference (EXC '17). EXM, New York, NY, USA, 12–18.",
        {"publisher": "EXM", "place": "New York, NY, USA", "pages": "12-18"},
    ),
    (
        "mdpi host book's publisher before its city, state and country",
        "Sample, A.; Doe, B. Widget Kinetics. In Widget Handbook; Roe, C., Ed.; Example Press: "
        "Springfield, IL, USA, 2017; pp. 12–18.",
        {
            "container": "Widget Handbook",
            "publisher": "Example Press",
            "place": "Springfield, IL, USA",
            "year": "2017",
        },
    ),
    (
        "mdpi proceedings with the meeting's place and days",
        "Sample, A.; Doe, B. Widget Kinetics. In Proceedings of the Example Conference, "
        "Springfield, IL, USA, 1–3 May 2017; pp. 12–18.",
        {
            "container": "Proceedings of the Example Conference",
            "year": "2017",
            "publisher": "",
            "pages": "12-18",
        },
    ),
    (
        "mdpi web page available online and accessed on a date",
        "Sample, A. Widget Kinetics. Available online: https://example.org/a (accessed on 3 "
        "June 2020).",
        {"url": "https://example.org/a", "publisher": ""},
    ),
    (
        "elsevier numbered book: title, publisher, place, year in commas",
        "A. Sample, Widget Theory, second ed., Example Press, Springfield, IL, 2017.",
        {
            "title": "Widget Theory",
            "publisher": "Example Press",
            "place": "Springfield, IL",
            "container": "",
        },
    ),
    (
        "ama web page accessed in a month without its day",
        "Example Organization. Widget Fact Sheet. 2016. http://example.org/fs1/ . Accessed "
        "July 2016.",
        {"title": "Widget Fact Sheet", "container": "", "url": "http://example.org/fs1/"},
    ),
    (
        "physics note after the locator: and references therein",
        "A. Sample and B. Doe, Widget Lett. 73, 851 (1969) and references therein.",
        {"container": "Widget Lett", "volume": "73", "pages": "851", "year": "1969"},
    ),
    (
        "rsc title-less article: a journal of cut and lower-case abbreviated words",
        "A. Sample, B. Doe, Ber. Widgetges. Phys. Chem., 2022, 43, 1247-1257.",
        {"title": "", "container": "Ber. Widgetges. Phys. Chem", "volume": "43"},
    ),
    (
        "rsc title-less article: a publisher's acronym leads the journal",
        "A. B. Sample, C. Doe, ACS Appl. Widg. Interfaces, 2015, 7, 24053-24062.",
        {"title": "", "container": "ACS Appl. Widg. Interfaces", "families": ["Sample", "Doe"]},
    ),
    (
        "capitalised edition between commas before publisher and place",
        "T. H. Sample, The Theory of Widgets, 4th Ed., Example Books, Springfield (1977);",
        {"title": "The Theory of Widgets", "publisher": "Example Books", "place": "Springfield"},
    ),
    (
        "german edition (Aufl.) and the first place before et al.",
        "Sample, K. (2000): Widgetanalyse: Eine Einführung,9. Aufl., Berlin et al.",
        {"title": "Widgetanalyse: Eine Einführung", "place": "Berlin", "container": ""},
    ),
    (
        "springer report in a numbered series before publisher and place",
        "Sample RG, Doe LS (1998) Widget evapotranspiration: guidelines. Example Irrigation "
        "Paper No. 56, EXO, Rome",
        {"publisher": "EXO", "place": "Rome", "container": "", "kind": Kind.REPORT},
    ),
    (
        "jsme quoted book title then publisher, place (year)",
        "R. Sample, “Widget electrochemistry” Example-VCH, Springfield (2001).",
        {"title": "Widget electrochemistry", "publisher": "Example-VCH", "place": "Springfield"},
    ),
    (
        "aip book in its original and translated imprints: the first is read",
        "A. B. Sample and C. D. Doe, Widget Optics, 2nd ed. (Example Nauka, Moscow, 1979; "
        "Example-Verlag, Berlin, 1984).",
        {"publisher": "Example Nauka", "place": "Moscow", "year": "1979", "container": ""},
    ),
    (
        "proceedings followed by a society's acronym and a place in commas",
        "A. Sample, B. Doe. Widget modelling at scale. In Proceedings of the 15th Annual "
        "Conference of the Example Widget Association, EWA, Singapore, pp. 338–342, 2014.",
        {
            "container": "Proceedings of the 15th Annual Conference of the Example Widget "
            "Association",
            "publisher": "EWA",
            "place": "Singapore",
        },
    ),
    (
        "proceedings followed by an imprint's name and a place in commas",
        "Sample, L., Doe, M. (2007). Widget communication. Proceedings of the Widget Summit, "
        "Example Imprint, London, pp. 45–54.",
        {
            "container": "Proceedings of the Widget Summit",
            "publisher": "Example Imprint",
            "place": "London",
        },
    ),
    (
        "ieee proceedings with its volume, year and pages after commas",
        "A. Sample and B. Doe, “Widget converter topology,” in Example Widget Conference "
        "Proceedings, vol. 3, 2003, pp. 6–9.",
        {
            "container": "Example Widget Conference Proceedings",
            "volume": "3",
            "year": "2003",
            "pages": "6-9",
        },
    ),
    (
        "ieee book: a house's bare name between the title's comma and the date",
        "Sample, P. et al.: Widget System Design, Wiley, June 2018",
        {"title": "Widget System Design", "publisher": "Wiley", "container": ""},
    ),
    (
        "annotated nlm entry: the note after the locator is no field's",
        "Sample A, Doe B. Widget loss and gear wear. Widget J. 2011;68:214–20. This "
        "prospective study found a 2x risk of wear with mild widget loss in 300 gears.",
        {"title": "Widget loss and gear wear", "container": "Widget J", "pages": "214-20"},
    ),
    (
        "arxiv server and subject printed as a source before the identifier",
        "Sample P, Doe A, et al. Widget detection with deep gears. arXiv: Widget Vision and "
        "Gear Recognition, 2017, arXiv: 1707.01836.",
        {
            "container": "arXiv: Widget Vision and Gear Recognition",
            "pages": "1707.01836",
            "publisher": "",
            "place": "",
        },
    ),
    (
        "springer chapter in a numbered publication series of the host's publisher",
        "Sample O, Doe F (2001) Widget recharge. In: Other H, Else J (eds) Widget dynamics, "
        "Publ. no. 269, EXA, Wallingford, UK, pp 11–17",
        {
            "container": "Widget dynamics",
            "publisher": "EXA",
            "place": "Wallingford, UK",
            "pages": "11-17",
        },
    ),
    (
        "springer chapter in a volume of a multivolume host book",
        "Sample A (2001) Widget kinetics. In: Other A (ed) Widget Handbook, vol 2. Example "
        "Press, Springfield, pp 45–67",
        {"container": "Widget Handbook", "volume": "2", "publisher": "Example Press"},
    ),
    (
        "acs chapter in a book co-published by two houses: the first imprint is read",
        "Sample, K. D. Widget radical chemistry. In Widget oxygens and gears; Doe, K., Ed.; "
        "Example Societies: Tokyo; EXO: Boca Raton, Fl.,1993; pp 57-67.",
        {
            "publisher": "Example Societies",
            "place": "Tokyo",
            "year": "1993",
            "pages": "57-67",
        },
    ),
    (
        "aip book whose imprint names its series first",
        "J. Sample, Widgets: A Quick Reference Guide (Example Series, Widgetdea, Miami, FL, 1999).",
        {
            "title": "Widgets: A Quick Reference Guide",
            "publisher": "Widgetdea",
            "place": "Miami, FL",
            "container": "",
        },
    ),
    (
        "chicago edition named by a word before the publisher",
        "Sample, Audrey T. 2021. Fundamentals of Widgets. 5th Aust. ed. Example Books.",
        {"title": "Fundamentals of Widgets", "publisher": "Example Books", "container": ""},
    ),
    (
        "who link in parentheses after the year, its access date inside",
        "Example Organization. Widget guidelines. Geneva: Example Health Organization; 2017 "
        "(https://example.org/iris/123, accessed 1 May 2020).",
        {
            "url": "https://example.org/iris/123",
            "publisher": "Example Health Organization",
            "place": "Geneva",
            "container": "",
        },
    ),
    (
        "link in parentheses right after the year and an edition with no comma",
        "Example Committee on Widgets. International Widgetopoeia 7th ed. Geneva:Example "
        "Organization,2017(http://example.org/phint/).",
        {
            "title": "International Widgetopoeia",
            "url": "http://example.org/phint/",
            "publisher": "Example Organization",
            "year": "2017",
        },
    ),
    (
        "nlm month with its stop before the volume and a spaced issue",
        "Sample G. Widget pathophysiology. Widget Psychiatry. 2010 Oct. 9 (3):155-61.",
        {"year": "2010", "volume": "9", "issue": "3", "pages": "155-61"},
    ),
    (
        "springer thesis naming its programme before the university and country",
        "Sample MG (2005) Widget recharge in the Example basin. MSc Thesis EXAPROG, Example "
        "University and Other University, Belgium",
        {
            "publisher": "Example University and Other University",
            "place": "Belgium",
            "kind": Kind.THESIS,
        },
    ),
    (
        "chicago web page: its month and day after the quoted title, then the site",
        "Example Group. 2016. “Widget Quick Start Guide.” March 6. Example Site. "
        "https://example.org/guide.",
        {"title": "Widget Quick Start Guide", "container": "Example Site", "year": "2016"},
    ),
    (
        "nlm report's publication number sentence before the year",
        "Example Agency. National widget report. EXA publication No. 13–0003. 2012.",
        {"title": "National widget report", "container": "", "pages": "", "year": "2012"},
    ),
    (
        "ieee proceedings whose name goes on after a comma with a year and an acronym",
        "A. Sample and B. Doe, “Widget converter topology,” in Widget Tech Conference "
        "Proceedings, 2003 IEEE Springfield, Vol. 3, 2003, p. 6.",
        {
            "container": "Widget Tech Conference Proceedings, 2003 IEEE Springfield",
            "volume": "3",
            "year": "2003",
            "pages": "6",
        },
    ),
    (
        "elsevier numbered chapter: the host book's publisher and place in commas",
        "A. Sample, Widget kinetics, in: B. Doe (Ed.), Widget Handbook, Example Press, "
        "Springfield, 2017, pp. 12–18.",
        {"container": "Widget Handbook", "publisher": "Example Press", "place": "Springfield"},
    ),
    # An article's title may end in an edition's words (a book's title printed before its
    # edition with no comma is the bare edition's only shape)
    (
        "nlm article whose title ends in an edition keeps it",
        "Doe J. Cancer staging: what is new in the 8th edition. J Example. 2018;1:2-3.",
        {"title": "Cancer staging: what is new in the 8th edition", "container": "J Example"},
    ),
    (
        "apa article whose title ends in an edition keeps it",
        "Doe, J. (2018). Changes in the 8th edition. Journal of Examples, 1(2), 3-4.",
        {"title": "Changes in the 8th edition", "container": "Journal of Examples"},
    ),
    # A host book's `vol.` whose number `host` read with the editors or the imprint
    (
        "ieee chapter in a volume of a book with its editor and an imprint after it",
        'J. Doe, "Widget design," in Widget Handbook, vol. 2, B. Roe, Ed. London: Example '
        "Press, 1970, pp. 463–542.",
        {"container": "Widget Handbook", "publisher": "Example Press", "place": "London"},
    ),
    (
        "ieee proceedings' volume before the meeting's place",
        'J. Doe, "Widget design," in Proc. Example Conf., vol. 3, Springfield, IL, USA, 2003, '
        "pp. 6–9.",
        {"container": "Proc. Example Conf", "volume": "3", "pages": "6-9", "year": "2003"},
    ),
    (
        "nature chapter in a volume with its editor in parentheses and a bracketed imprint",
        "A. Doe, in Widget Handbook, Vol. 2 (ed. Roe, B.), 463–542 (Example Press, London, 1970).",
        {"container": "Widget Handbook", "publisher": "Example Press", "place": "London"},
    ),
    # APA 6's archive note after a thesis with a title of two words: the database is left
    # as its source (without one so short a title reads as nothing)
    (
        "apa 6 thesis of a two-word title available from an archive",
        "Doe, J. (2009). Widget gears (Doctoral dissertation). Available from ProQuest "
        "Dissertations and Theses database. (UMI No. 3355930)",
        {"title": "Widget gears", "kind": Kind.THESIS, "year": "2009", "style": "author-year"},
    ),
    (
        "apa 6 thesis of a two-word title retrieved from an archive",
        "Doe, J. (2009). Widget gears (Master's thesis). Retrieved from Example Theses database.",
        {"title": "Widget gears", "kind": Kind.THESIS, "year": "2009", "style": "author-year"},
    ),
    (
        "nlm report's publication number after a two-word title",
        "Doe J. Widget design. EXA publication No. 13–0003. 2012.",
        {"title": "Widget design", "container": "", "year": "2012", "kind": Kind.REPORT},
    ),
    (
        "rsc one-word title whose plural no abbreviation keeps before an abbreviated journal",
        "A. Doe, B. Roe, Lasers. Appl. Phys. Lett., 2022, 43, 1247-1257.",
        {"families": ["Doe", "Roe"], "title": "Lasers", "container": "Appl. Phys. Lett"},
    ),
    (
        "a title's words joined by // part no title from a journal",
        "Doe J. Input//output widgets. J Example. 2001;1:2.",
        {"title": "Input//output widgets", "container": "J Example", "volume": "1"},
    ),
    (
        "ama month-year access date closing an undated page without its link",
        "Doe J. Widget gears and wheels. Example Site. Accessed March 2016.",
        {"title": "Widget gears and wheels", "container": "Example Site", "year": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
