"""Shapes of what follows the author block, one row each: text → fields (round 23, S).

Each row stands for a shape real lists print after the names: a journal's volume and
page range parted by a space alone (`Journal of Widget Studies 31 61-68.`); an issue's
word in lower case after the journal (`Cochrane … Reviews issue 1`); APA lists typed with
no space after the title's stop before the imprint's city (`Title.St. Louis, MO: House.`,
`(Eds.),Book.Oxford, England: House.`) or before the edition (`Title(5th ed.).`).
Guard rows keep the readings each rule must not change.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-year: the volume and the page range parted by a space alone",
        "Doe J. Roe A. & Poe P. (2001). Widget experiences in three hospitals. Journal of "
        "Widget Studies 31 61-68.",
        {"container": "Journal of Widget Studies", "volume": "31", "pages": "61-68"},
    ),
    (
        "guard: two bare numbers with no range say nothing about which is which",
        "Doe, J. (2001). Widget experiences. Journal of Widget Studies 31 1802.",
        {"volume": ""},
    ),
    (
        "guard: a year and a page range after the journal are no volume",
        "Doe, J. (2001). Widget experiences. Journal of Widget Studies 2001 61-68.",
        {"volume": "", "pages": "61-68"},
    ),
    (
        "author-year: the issue's word in lower case after the journal, no volume",
        "Doe DTC, Roe K, Poe Y et al. (2010) Motivational widgets for smoking cessation. "
        "Cochrane Database of Systematic Reviews issue 1",
        {
            "container": "Cochrane Database of Systematic Reviews",
            "issue": "1",
            "volume": "",
        },
    ),
    (
        "guard: the issue's word in a title stays in it",
        "Doe, A. (2010). Motivational widgets in issue 3 of the series. Widget Journal "
        "12(3), 45-67.",
        {"title": "Motivational widgets in issue 3 of the series", "volume": "12"},
    ),
    (
        "apa: the edition glued to the title, no space before its parenthesis",
        "Doe, J. & Roe, B. (2001).Community widget nursing concepts and practice(5th ed.). "
        "New York, NY: Example Press.",
        {
            "title": "Community widget nursing concepts and practice",
            "place": "New York, NY",
            "publisher": "Example Press",
        },
    ),
    (
        "apa: no space after the title's stop before a saint's city",
        "Doe, J. & Roe, B. (2005).Community widget nursing: Promoting the public’s health.St. "
        "Louis, MO: Example Press.",
        {
            "title": "Community widget nursing: Promoting the public’s health",
            "place": "St. Louis, MO",
            "publisher": "Example Press",
        },
    ),
    (
        "apa: no space after the editors' comma nor after the book's stop before its city",
        "Doe, C. & Roe, C. (2006). Using widget groups. In K. Poe, & A. Moe (Eds.),The "
        "research process in widgets.Oxford, England: Example Press.",
        {
            "title": "Using widget groups",
            "container": "The research process in widgets",
            "place": "Oxford, England",
            "publisher": "Example Press",
        },
    ),
    (
        "guard: the spaced imprint keeps its reading",
        "Doe, C. (2006). The research process in widgets. Oxford, England: Example Press.",
        {
            "title": "The research process in widgets",
            "place": "Oxford, England",
            "publisher": "Example Press",
        },
    ),
    (
        "author-year: a magazine's day and month after its name, the year in the head",
        "Doe, A. and Roe, U. (2012) The global widget class is bigger than we thought. "
        "Widget Policy, 16 May, http://www.example.com/articles/2012/05/16/widgets .",
        {
            "container": "Widget Policy",
            "volume": "",
            "url": "http://www.example.com/articles/2012/05/16/widgets",
        },
    ),
    (
        "guard: a volume and a month in parentheses keep their reading",
        "Doe, A. (2012) The global widget class. Widget Weekly 16 (May), 4-5.",
        {"container": "Widget Weekly", "volume": "16", "pages": "4-5"},
    ),
    (
        "harvard: an edition named by a word as a sentence after the title (`Reprint edn.`)",
        "Doe, D. and Roe, J. (2013) Why Widgets Fail: The Origins of Power, Prosperity, and "
        "Poverty. Reprint edn. New York: Example Business.",
        {
            "title": "Why Widgets Fail: The Origins of Power, Prosperity, and Poverty",
            "place": "New York",
            "publisher": "Example Business",
        },
    ),
    (
        "harvard: `Revised edition.` as a sentence before the imprint",
        "Doe, D. (2013) Why Widgets Fail. Revised edition. New York: Example Business.",
        {"title": "Why Widgets Fail", "place": "New York", "publisher": "Example Business"},
    ),
    (
        "harvard: a working paper's series after its imprint's sentence",
        "Doe, N. (2007) Do No Harm: Widgets, Weak Institutions, and the Missing Middle. "
        "Washington DC: Center for Widget Development. CWD Working Paper 113, "
        "http://www.example.org/publication/do-no-harm .",
        {
            "title": "Do No Harm: Widgets, Weak Institutions, and the Missing Middle",
            "place": "Washington DC",
            "publisher": "Center for Widget Development",
        },
    ),
    (
        "guard: a subtitle with a colon before a working paper's series is no imprint",
        "Doe, N. (2007) Widget growth. Evidence: A review. EXA Working Paper 5.",
        {"title": "Widget growth. Evidence: A review", "publisher": "", "place": ""},
    ),
    (
        "harvard: publisher, city and state after the title",
        "Doe J. (1984) Analysis and Evaluation of Conceptual Models of Widgets. Davies, "
        "Philadelphia, Pennsylvania.",
        {"publisher": "Davies", "place": "Philadelphia, Pennsylvania"},
    ),
    (
        "apa: a publisher whose name closes with a number (`Edições 70`)",
        "Doe, L. (2011). Análise de widgets. Lisboa: Edições 70.",
        {
            "title": "Análise de widgets",
            "place": "Lisboa",
            "publisher": "Edições 70",
            "container": "",
            "volume": "",
        },
    ),
    (
        "guard: a journal and its volume alone keep their reading",
        "Doe, L. (2011). Widgets. Example Journal 70.",
        {"container": "Example Journal", "volume": "70"},
    ),
    (
        "physics: a book's editors in parentheses after its title, then its imprint",
        "Widgets in One Dimension (eds J. Doe and T. Roe), Example, Berlin (1980).",
        {"title": "Widgets in One Dimension", "publisher": "Example", "place": "Berlin"},
    ),
    (
        "guard: a Nature chapter's host book keeps its editors' reading",
        "Poe, A. in Widgets in One Dimension (eds Doe, J. & Roe, T.) 12–18 (Example, Berlin, "
        "1980).",
        {"container": "Widgets in One Dimension", "pages": "12-18", "place": "Berlin"},
    ),
    (
        "apa: a paper presented at a meeting, the meeting its container",
        "Doe, E., Roe, L., & Poe, S. (2002). Widget severity and quality of life in patients. "
        "Paper presented at the Example Society Division of Widget Psychology Annual "
        "conference.",
        {
            "container": "Example Society Division of Widget Psychology Annual conference",
            "publisher": "",
        },
    ),
    (
        "apa: a paper presented at a meeting, its city after a comma",
        "Doe, E., & Roe, L. (2002). Widget severity. Paper presented at the Example Society "
        "Annual Conference, Boston, MA.",
        {"container": "Example Society Annual Conference", "place": "Boston, MA"},
    ),
    (
        "apa: a Portuguese access note (`Recuperado em 15 julho, 2016, de URL`); a journal's "
        "city after its name",
        "Doe, M.B., Roe, F.N.P., & Poe, F.P. (2009). El diálogo de widgets como posición "
        "humana. Invest Widget Enferm, Medellin, 27(1),104-111. Recuperado em 15 julho, 2016, "
        "de http://www.example.org/pdf/iee/v27n1/a11.pdf.",
        {
            "container": "Invest Widget Enferm",
            "place": "Medellin",
            "volume": "27",
            "issue": "1",
            "pages": "104-111",
            "url": "http://www.example.org/pdf/iee/v27n1/a11.pdf",
        },
    ),
    (
        "guard: a journal's name holding a comma but no city keeps it",
        "Doe, M. (2009). Widget studies. Widgets, Gadgets and Things, 27(1), 104-111.",
        {"container": "Widgets, Gadgets and Things", "place": ""},
    ),
    (
        "guard: a country after a journal's comma is its name's",
        "Doe, G.R.: Evaluating widget topologies. Journal of Widget & Gadget Engineering, "
        "Australia 21(1), 49–56 (2001)",
        {"container": "Journal of Widget & Gadget Engineering, Australia", "place": ""},
    ),
    (
        "apa: a Portuguese master's thesis, its school then state, city and country",
        "Doe, C. J. (2005). Avaliação de widgets em saúde. Dissertação de mestrado em "
        "Enfermagem, Universidade Federal de Exemplo, Goiás, Goiânia, Brasil.",
        {
            "publisher": "Universidade Federal de Exemplo",
            "place": "Goiás, Goiânia, Brasil",
            "container": "",
        },
    ),
    (
        "apa: a master's thesis, its apostrophe curled",
        "Doe, M. (2016). Brukermedvirkning og widgetbehandling. Master’s thesis, Example "
        "Specialized University.",
        {"publisher": "Example Specialized University", "place": ""},
    ),
    (
        "apa: an English translation in brackets holding a stop and an edition",
        "Doe M, Roe K (2009) Gesundheitliche Widgets. Grundlagen, Probleme, Perspektiven "
        "[Social widgets in health: principles, problems, perspectives. 2nd Edition]. "
        "Wiesbaden: Example Verlag für Widgets",
        {
            "title": "Gesundheitliche Widgets. Grundlagen, Probleme, Perspektiven",
            "title_translation": "Social widgets in health: principles, problems, perspectives",
            "place": "Wiesbaden",
            "publisher": "Example Verlag für Widgets",
        },
    ),
    (
        "apa: an English translation in brackets holding a subtitle's stop, then a thesis",
        "Doe, M. (2016). Brukermedvirkning og widgetbehandling. En kvalitativ studie av "
        "foreldres forestillinger [User participation and widget treatment. A qualitative "
        "study of parents’ perceptions]. Master’s thesis, Example Specialized University.",
        {
            "title": "Brukermedvirkning og widgetbehandling. En kvalitativ studie av foreldres "
            "forestillinger",
            "title_translation": "User participation and widget treatment. A qualitative "
            "study of parents’ perceptions",
            "publisher": "Example Specialized University",
        },
    ),
    (
        "guard: an English title's bracket with a stop describes it",
        "Doe, A. (2016). The widget of things [Special issue. Part 2]. Widget Journal, 3(2), 1-9.",
        {"container": "Widget Journal", "volume": "3", "title_translation": ""},
    ),
    (
        "review guard: an abbreviation's stop glued to a capital before a colon stays",
        "Doe, J. (2005). Widgets vs.Gadgets: A story. Boston: Example Press.",
        {"title": "Widgets vs.Gadgets: A story", "place": "Boston"},
    ),
    (
        "review guard: a volume and its season keep their reading",
        "Doe, J. (2005). Widgets. Widget Review, 12 Spring.",
        {"container": "Widget Review", "volume": "12"},
    ),
    (
        "review guard: a sentence opening with an edition's word stays no edition",
        "Doe, D. (2013) Why Widgets Fail. Revised edition of the widget manual. London: "
        "Example House.",
        {"title": "Why Widgets Fail", "place": "Example House"},
    ),
    (
        "review guard: a periodical's name after a city keeps its volume",
        "Doe, L. (2011). Widgets. London: Widget Review 12.",
        {"volume": "12", "publisher": ""},
    ),
    (
        "review guard: an abbreviation in brackets is no translation",
        "Doe, M. (2016). Widgetbehandling [J. Widget Res. Suppl]. Oslo: Example Forlag.",
        {"title_translation": ""},
    ),
    (
        "cochrane: the review's article number labelled `Art. No.:` after its issue",
        "Doe A, Roe K. Motivational widgets for smoking cessation. Cochrane Database of "
        "Systematic Reviews 2010, Issue 1. Art. No.: CD006936.",
        {
            "title": "Motivational widgets for smoking cessation",
            "container": "Cochrane Database of Systematic Reviews",
            "issue": "1",
            "pages": "CD006936",
            "year": "2010",
        },
    ),
    (
        "apa: the review's `Art. No.:` after the issue's word and a comma",
        "Doe, A., & Roe, K. (2010). Motivational widgets for smoking cessation. Cochrane "
        "Database of Systematic Reviews, Issue 1. Art. No.: CD006936.",
        {"container": "Cochrane Database of Systematic Reviews", "pages": "CD006936"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
