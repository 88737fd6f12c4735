"""English-style entry shapes that style guides print, one row each: text → fields.

Each row stands for a rule a style guide states (IEEE's `[Online]. Available:`, NLM's
supplement and access date, Chicago's `61, no. 4 (December): 907`, APA's `Title.
Publisher.`, Genetics' `Authors, 2002 Title`, …), in the shape of a real guide's
example. The data is invented: names, titles, journals and publishers are placeholders,
DOIs use the 10.5555 test prefix and PMIDs are made up. A new quirk is one row.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.model import Kind
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    # Trailers
    (
        "ieee online available",
        "A. B. Placeholder and C. Sample, “A placeholder study of widgets,” Example Lett., "
        "vol. 4, no. 2, pp. 10–12, Mar. 2001. [Online]. Available: https://example.org/w",
        {"container": "Example Lett", "volume": "4", "issue": "2", "year": "2001"},
    ),
    (
        "ieee online tag inside the locator",
        "A. Sample. (1992, Aug.). On the use of widgets as reflectors. Example Trans. Widget "
        "Sci. [Online]. 21(3), pp. 876-880. Available: https://example.org/w",
        {"container": "Example Trans. Widget Sci", "volume": "21", "first_page": "876"},
    ),
    (
        "doi.org without its scheme",
        "Placeholder, T. and Sample, F. (2017) Urban widgets: the growing role of gears. "
        "Journal of Example Futures, 3 (2), 103-113. doi.org/10.5555/ex.2017.1",
        {"doi": "10.5555/ex.2017.1", "container": "Journal of Example Futures", "volume": "3"},
    ),
    (
        "nlm access date before the locator",
        "Sample Y. Addressing widgets through improved gear design. Example Trans Widg "
        "[Internet]. 2023 [cited 2024 Feb 21];38(4):3911-3923.",
        {"container": "Example Trans Widg", "year": "2023", "volume": "38", "issue": "4"},
    ),
    (
        "bare pmid after the pages",
        "Sample E, and Example D (2010). Contribution of widgets to the climate system. "
        "Example. 327(5964): 451–454. 20093470.",
        {"pmid": "20093470", "container": "Example", "volume": "327", "first_page": "451"},
    ),
    (
        "apa 6 retrieved from",
        "Sample, S. (2009). The widget lobby: Discovering the other side. Example Journal: "
        "A Multidisciplinary Review, 6(1). Retrieved from http://example.org/widgets",
        {"container": "Example Journal: A Multidisciplinary Review", "volume": "6", "issue": "1"},
    ),
    (
        "apa advance online publication",
        "Sample, S. M., & Example, L. (2019). Widgets harder to process. Experimental "
        "Widgetry. Advance online publication. https://doi.org/10.5555/ex.2019.2",
        {"container": "Experimental Widgetry", "doi": "10.5555/ex.2019.2"},
    ),
    (
        "ieee status in place of the locator",
        "E. H. Sample, “A note on widget arrays,” Example Trans. Widget Sci., to be published.",
        {"container": "Example Trans. Widget Sci", "publisher": "", "place": ""},
    ),
    # Locators
    (
        "nlm supplement as the issue",
        "Sample G, Example EL. Tolerability of widgets in long-term use. Example J. "
        "2002;42 Suppl 2:S93-S99.",
        {"volume": "42", "issue": "Suppl 2", "first_page": "S93", "last_page": "S99"},
    ),
    (
        "chicago issue and month between volume and pages",
        'Sample, Sarah B., and Thomas Example. 2017. "All Widgets are Global." Example '
        "Studies Quarterly 61, no. 4 (December): 907-923.",
        {"container": "Example Studies Quarterly", "volume": "61", "issue": "4"},
    ),
    (
        "chicago notes issue and year between volume and pages",
        'Sample, Valerie. "Rethinking Widgets: Lessons from the Gear Experience." Example '
        "Politics 55, no. 2 (2003): 167-192.",
        {"container": "Example Politics", "volume": "55", "year": "2003", "first_page": "167"},
    ),
    (
        "acs online tag after the journal",
        "Sample, E. Exact Solutions of the Double Widget Potential. Exp. Ed. [Online] 2007, "
        "11, 383-393.",
        {"container": "Exp. Ed", "volume": "11", "year": "2007"},
    ),
    (
        "roman page numbers after the volume",
        "Sample R, Example U. The politics of widget consensus finding.Widgetry. 2002; 16:iii-v.",
        {
            "title": "The politics of widget consensus finding",
            "container": "Widgetry",
            "volume": "16",
            "first_page": "iii",
            "last_page": "v",
        },
    ),
    (
        "magazine date repeated after the year",
        'Sample, Elizabeth. 2015. "How Widgets Can Help Clean up Beaches." The Example, '
        "July 13, 2015. https://example.org/widgets",
        {"container": "The Example", "first_page": "", "year": "2015"},
    ),
    (
        "ieee host with an abbreviated proceedings",
        "D. B. Sample and J. R. Example, “Wavelength-switched widget network,” in Proc. "
        "WIDG-CONF, 1985, pp. 585–590.",
        {"container": "Proc. WIDG-CONF", "publisher": "", "first_page": "585"},
    ),
    (
        "apa chapter pages in parentheses without a stop",
        "Sample, S. & Example, U. (2005) Writing widgets in two contexts. In T. Other (Ed.), "
        "Widgets in context(s): Textual practices. (pp. 165-184) Example Books.",
        {"first_page": "165", "last_page": "184", "publisher": "Example Books"},
    ),
    (
        "apa chapter edition and pages in parentheses",
        "Sample, J. P. (2020). Currents in the study of widgets. In M. B. Example & J. Other "
        "(Eds.), Widget effects: Advances in theory (4th ed., pp. 115–129). Example Press.",
        {"first_page": "115", "last_page": "129", "publisher": "Example Press"},
    ),
    (
        "ieee host book with its editors in parentheses",
        'J. W. Sample, S. Example-Other, and D. Placeholder, "Outline of widget transcription," '
        "in Talking Widgets: Transcription and Coding (J. A. Editor and M. D. Another, Eds.). "
        "Hillsdale, NJ: Example Associates, 1993, pp. 45-89.",
        {
            "families": ["Sample", "Example-Other", "Placeholder"],
            "container": "Talking Widgets: Transcription and Coding",
            "place": "Hillsdale, NJ",
            "publisher": "Example Associates",
            "year": "1993",
        },
    ),
    # Imprints
    (
        "ieee book imprint with a state",
        "J. H. Sample and S. A. van der Example, Research Methods for Widget Science. "
        "Boston, MA: Example and Sons, 1995.",
        {
            "title": "Research Methods for Widget Science",
            "place": "Boston, MA",
            "publisher": "Example and Sons",
            "year": "1995",
        },
    ),
    (
        "ieee book with commas in the title",
        "E. R. Sample, Visual Widgets: Images and Quantities, Evidence and Narrative. "
        "Cheshire, CT: Example Press, 1996, pp. 12–18.",
        {
            "title": "Visual Widgets: Images and Quantities, Evidence and Narrative",
            "place": "Cheshire, CT",
            "publisher": "Example Press",
            "first_page": "12",
        },
    ),
    (
        "apa 6 place with its country",
        "Sample, S. (1975). Widgets and memory : a reformulation. Oxford, England: Example Press.",
        {"place": "Oxford, England", "publisher": "Example Press"},
    ),
    (
        "company suffix after the publisher",
        "Sample RJ, Example PW. Widget Agents. Chichester, UK: Example Wiley & Sons, Ltd, 2012.",
        {"place": "Chichester, UK", "publisher": "Example Wiley & Sons, Ltd", "year": "2012"},
    ),
    (
        "apa book: the publisher alone after the title",
        "Sample, M. J. (2010). Widget club management. Human Widgets Press.",
        {"publisher": "Human Widgets Press", "container": ""},
    ),
    (
        "a line break before a bracketed thesis genre",
        "Sample, C. (2023). Imaging widgets with gears\n[PhD thesis]. Lakeside University.",
        {"publisher": "Lakeside University", "kind": Kind.THESIS},
    ),
    (
        "nlm title printed whole in brackets (a translation) is no tag",
        "Sample K. [Abstract reasoning in widget clubs]. Z Widg. 2010;3:4-5.",
        {"title": "[Abstract reasoning in widget clubs]", "container": "Z Widg"},
    ),
    (
        "acs imprint: the publisher before the colon, city and region after",
        "Sample, A. B. Widget Chemistry. Example-VCH: Springfield, Exampleland, 2004.",
        {"publisher": "Example-VCH", "place": "Springfield, Exampleland", "year": "2004"},
    ),
    (
        "apa journal without a locator (in press) is no publisher",
        "Sample, M. J. (2020). Widget turning in small clubs. Psychological Widgets. In press.",
        {"container": "Psychological Widgets", "publisher": ""},
    ),
    (
        "apa web page keeps its site as the container",
        "Sample, M. J. (2010). Widget counts by region. Northfield Widget Registry. "
        "https://example.org/widgets",
        {"publisher": "", "container": "Northfield Widget Registry"},
    ),
    (
        "nlm place abbreviated with a stop",
        "Sample PR, Example KS. Widget microbiology. 3rd ed. St. Example: Gearworks; 2011.",
        {"place": "St. Example", "publisher": "Gearworks", "year": "2011", "container": ""},
    ),
    (
        "nlm publisher naming its parent bodies",
        "Sample, L., Example, J. The Widget Landscape. Northfield, MA: Example Center for "
        "Widgets, Example Library of Gears, Example Institutes of Cogs; 2007.",
        {
            "place": "Northfield, MA",
            "publisher": "Example Center for Widgets, Example Library of Gears, "
            "Example Institutes of Cogs",
            "year": "2007",
        },
    ),
    (
        "nlm page count after the imprint",
        "Sample K. Example formats for widget citation. Supplement: Gear formats [Internet]. "
        "Northfield (MA): Example Library of Widgets; 2003 Jun [cited 2004 Jan 5]. 98p. "
        "Available from: https://example.org/w.pdf",
        {
            "title": "Example formats for widget citation. Supplement: Gear formats",
            "place": "Northfield (MA)",
            "publisher": "Example Library of Widgets",
            "year": "2003",
            "volume": "",
        },
    ),
    (
        "author-year book: place and publisher before the pages",
        "Sample MA. 2008. Widget management in gearboxes (3rd edition). Northfield: Example "
        "Cog Press, pp.101-140",
        {
            "title": "Widget management in gearboxes",
            "place": "Northfield",
            "publisher": "Example Cog Press",
            "first_page": "101",
        },
    ),
    (
        "nlm proceedings: meeting date and place before the imprint",
        "Sample L. Widgets and gears: how do regions compare. In: Example gears: Proceedings "
        "of the 4th Conference of the Example Widget Society (Northland); 1997 Mar; Example "
        "Bay, Northland. Gearton, NSW: Example Widget Society; 1998. p. 21-30.",
        {
            "container": "Example gears: Proceedings of the 4th Conference of the Example "
            "Widget Society (Northland)",
            "place": "Gearton, NSW",
            "publisher": "Example Widget Society",
            "year": "1998",
            "first_page": "21",
        },
    ),
    (
        "ieee chapter: abbreviated publisher and a chapter number",
        'A. Sample and B. Example, "Gears for online widget courses," in Widget Programs in '
        "the Example Age, C. Placeholder and D. E. Sample, Eds. Northfield, MN, USA: Example "
        "Acad., 2009, ch. 4, pp. 31-40.",
        {
            "container": "Widget Programs in the Example Age",
            "place": "Northfield, MN, USA",
            "publisher": "Example Acad",
            "year": "2009",
            "first_page": "31",
        },
    ),
    (
        "nlm report: department after the publisher, page count and report number",
        "Sample IL, Example NE. Widget manpower in Northland. West Example (AU): Example "
        "University, Department of Gear Practice; 1984. 41 p. Report No.: 7.",
        {
            "title": "Widget manpower in Northland",
            "place": "West Example (AU)",
            "publisher": "Example University, Department of Gear Practice",
            "year": "1984",
            "volume": "",
            "container": "",
        },
    ),
    (
        "ieee technical report: company, place, number and date",
        "A. B. Sample, C. D. Example, and E. F. Placeholder, \u201cWidget absorption in the "
        "example atmosphere,\u201d Example Gear Corp., Northfield, MN, Tech. Rep. WG-0100 "
        "(12-34)-5, Mar. 1971.",
        {
            "title": "Widget absorption in the example atmosphere",
            "publisher": "Example Gear Corp",
            "place": "Northfield, MN",
            "year": "1971",
            "container": "",
            "kind": "report",
        },
    ),
    # Theses
    (
        "harvard unpublished thesis",
        "Sample, G. (2001). The experience of widgets: how gears reveal new insights. "
        "Unpublished PhD Thesis, Example College.",
        {"publisher": "Example College", "container": ""},
    ),
    (
        "harvard thesis with stops in its degree",
        "SAMPLE, D.,1993. A parallel widget algorithm for the partitioning problem. Ph.D. "
        "thesis, Example Institute of Technology.",
        {"publisher": "Example Institute of Technology", "place": ""},
    ),
    (
        "harvard bracketed thesis after the title",
        "Sample M (1986), Widget politics in the 1970s: two case studies [Ph.D. thesis] , "
        "University of Example.",
        {
            "title": "Widget politics in the 1970s: two case studies",
            "publisher": "University of Example",
        },
    ),
    (
        "vancouver dissertation sentence",
        "Sample D. Supporting widgets in video consultations. Dissertation. The University "
        "of Example; 2018.",
        {"publisher": "The University of Example", "year": "2018", "first_page": ""},
    ),
    (
        "nlm bracketed place with its state, and the page count",
        "Sample G. Multiwavelength analysis of widget novae [dissertation]. [Tucson (AZ)]: "
        "Example State University; 2000. 232 p.",
        {"place": "Tucson (AZ)", "publisher": "Example State University", "year": "2000"},
    ),
    (
        "chinese thesis genre in an author-date entry",
        "彭波. 2000. “示例细胞因子水平的研究.” 博士学位论文, 南京: 示例理工大学.",
        {"place": "南京", "publisher": "示例理工大学"},
    ),
    (
        "nlm thesis: the bracketed genre after the degree",
        "Sample MM. Widget sleep and gears: a survey of example owners. Widget Science, "
        "Honours [thesis]. Example Falls (MI): Example State University; 2004.",
        {
            "title": "Widget sleep and gears: a survey of example owners",
            "place": "Example Falls (MI)",
            "publisher": "Example State University",
            "container": "",
            "kind": "thesis",
        },
    ),
    (
        "harvard agps thesis: year without a stop, parts between commas",
        "Sample, K 2011, Gearsex: widgets and the reanimation of cogs as image, commodity "
        "and example, doctoral thesis, Example University, Northfield.",
        {
            "title": "Gearsex: widgets and the reanimation of cogs as image, commodity and example",
            "year": "2011",
            "publisher": "Example University",
            "place": "Northfield",
            "kind": "thesis",
        },
    ),
    # Titles and names
    (
        "apa question title with a subtitle",
        "Sample, S. M., & Example, L. (2019). Are widgets harder to turn? Effects of gear "
        "size on turning speed. Experimental Widgetry. https://doi.org/10.5555/ex.2019.3",
        {
            "title": "Are widgets harder to turn? Effects of gear size on turning speed",
            "container": "Experimental Widgetry",
        },
    ),
    (
        "apa edition named by more than its number",
        "Sample, G. J., & Example, B. (2021). Principles of widgets (3rd Asia-Pacific ed.). "
        "Example Press.",
        {"title": "Principles of widgets", "publisher": "Example Press"},
    ),
    (
        "ama letter tag after the title",
        "Sample BV. Peer widgets [letter]. Example J. 1990;264(24):3142.",
        {"title": "Peer widgets", "container": "Example J"},
    ),
    (
        "ama abstract tag after the title",
        "Sample SJ, Example MJ. Potentiation of widget damage in a model [Example abstract "
        "3373]. Example Widg Sci. 2001;42(suppl):S67.",
        {"title": "Potentiation of widget damage in a model"},
    ),
    (
        "genetics year without a stop",
        "Sample O., 2015 Precision widgets. Example 526: 335.",
        {"families": ["Sample"], "year": "2015", "title": "Precision widgets"},
    ),
    (
        "genetics spaced initials after the family",
        "Sample A. K. P., S.-C. Example, and V. A. Other, 2002 Widgets as activators of gears. "
        "Example 297: 1023–1026.",
        {"families": ["Sample", "Example", "Other"], "givens": ["A. K. P.", "S.-C.", "V. A."]},
    ),
    (
        "chicago family after a middle initial before a quoted title",
        'Sample, Bernard, and Lamont B. Example. "Emergence of Widgets in Complex Systems." '
        "Widgetry 2, no. 1 (2000): 1-25.",
        {"families": ["Sample", "Example"], "title": "Emergence of Widgets in Complex Systems"},
    ),
    (
        "apa bare publisher named as a public body",
        "Sample, R. (2011). Counting widgets in regional courts. Example Widget Agency.",
        {"publisher": "Example Widget Agency", "container": "", "kind": Kind.BOOK},
    ),
    (
        "apa bare publisher named as a house after a named edition",
        "Sample, G. J., & Example, B. (2019). Principles of widgetry (4th Example-Region ed.). "
        "Palgrave.",
        {"publisher": "Palgrave", "container": "", "title": "Principles of widgetry"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
