"""Shapes of what follows the author block, one row each: text → fields (session 24, S).

Each row stands for a shape real lists print: Nature's book whose house is named by one
word in the parentheses of its imprint (`Title (Saunders, 2003).`); Nature's host book
with its volume (`Vol. 2,`) and edition (`4th edn`) around its editors; Springer's German
journals' host book, editors marked `(Hrsg)` without a stop and pages labelled `S 34–54`;
Nature's journal names with a long ISO 4 cut (`J. Neuropathol.`); the label before a link
misspelled (`Avalaible at:`) or in German (`Verfügbar unter:`, Citavi's `zuletzt geprüft
am`); an author-date report's title closed by a year (`Widget statistics 2019.`); German
lists' edition `(2. Aufl.)` closing a title before a link, and a body's name with German
particles (`Bundesministerium für Widgets, Berlin`) or a city with an umlaut (`Hogrefe,
Göttingen`) as a report's or book's imprint; a journal's issue labelled `Nr.` after its
`Jg.`.
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
        "nature: a book whose house is one known word",
        "Doe, J., Roe, R. S. & Poe, S. L. Widget Basic Pathology (Saunders, 2003).",
        {"title": "Widget Basic Pathology", "publisher": "Saunders", "year": "2003"},
    ),
    (
        "nature: a book whose house is one word no list knows",
        "Doe, J. Widget Pathology (Exampleton, 2003).",
        {"title": "Widget Pathology", "publisher": "Exampleton", "year": "2003"},
    ),
    (
        "nature: a one-word house after the book's edition",
        "Doe, J. & Roe, P. Widget Pathology 2nd edn (Wiley, 2010).",
        {"title": "Widget Pathology", "publisher": "Wiley", "year": "2010"},
    ),
    (
        "nature guard: a house and its place keep their reading",
        "Doe, J. & Roe, P. Widget Pathology (Saunders, Philadelphia, 2003).",
        {"title": "Widget Pathology", "publisher": "Saunders", "place": "Philadelphia"},
    ),
    (
        "nature guard: a city alone before the year is no house",
        "Doe, J. Widget Pathology (Amsterdam, 1969).",
        {"publisher": ""},
    ),
    (
        "nature guard: a thesis' degree alone before the year is no house",
        "Doe, J. Widget Pathology (PhD, 2019).",
        {"publisher": ""},
    ),
    (
        "nature guard: a preprint's word alone before the year is no house",
        "Doe, J. Widget Pathology (Preprint, 2019).",
        {"publisher": ""},
    ),
    (
        "nature: a host book's volume after its editors, before the chapter's pages",
        "Doe, J. & Roe, R. in Handbook on Widgets 4th edn (eds. Poe, G. F. et al.) Vol. 2, "
        "879–902 (Example Press, 2015).",
        {
            "container": "Handbook on Widgets",
            "volume": "2",
            "pages": "879-902",
            "publisher": "Example Press",
        },
    ),
    (
        "nature: a host book's volume before its editors",
        "Doe, F. Widget agitans. In Handbuch der Widgets Vol. 3 (eds Roe, M. & Poe, G.) "
        "920–933 (Example-Verlag, Berlin, 1912).",
        {
            "title": "Widget agitans",
            "container": "Handbuch der Widgets",
            "volume": "3",
            "pages": "920-933",
            "place": "Berlin",
        },
    ),
    (
        "nature guard: a host book without a volume keeps its reading",
        "Doe, J. & Roe, R. in Handbook on Widgets (eds Poe, G. F. et al.) 879–902 "
        "(Example Press, 2015).",
        {"container": "Handbook on Widgets", "pages": "879-902", "publisher": "Example Press"},
    ),
    (
        "springer german: a host book's editors marked `(Hrsg)` without a stop",
        "Doe J, Roe P (2014) Widgetwandel. In: Roe V, Poe B (Hrsg) Widgets und Gesundheit. "
        "Herder, Freiburg, pp 34–54",
        {"container": "Widgets und Gesundheit", "publisher": "Herder", "place": "Freiburg"},
    ),
    (
        "springer german: a chapter's pages labelled `S` without a stop",
        "Doe J, Roe P (2014) Widgetwandel. In: Roe V, Poe B (Hrsg) Widgets und Gesundheit. "
        "Herder, Freiburg, S 34–54",
        {
            "container": "Widgets und Gesundheit",
            "publisher": "Herder",
            "place": "Freiburg",
            "pages": "34-54",
        },
    ),
    (
        "german guard: `S.` with its stop keeps its reading",
        "Doe, J. (2014): Widgetwandel. In: Roe, V. (Hrsg.): Widgets und Gesundheit. "
        "Freiburg: Herder. S. 34–54.",
        {"container": "Widgets und Gesundheit", "publisher": "Herder", "pages": "34-54"},
    ),
    (
        "nature: a journal's long ISO 4 cut after `J.` stays the journal's",
        "Doe, W. & Roe, K. The basis of widget subgroups. J. Neuropathol. Exp. Neurol. 50, "
        "743–755 (1991).",
        {"title": "The basis of widget subgroups", "container": "J. Neuropathol. Exp. Neurol"},
    ),
    (
        "nature: a long cut opening the journal",
        "Doe, W. & Roe, K. Widget subgroups. Gastroenterol. Clin. N. Am. 50, 743–755 (1991).",
        {"title": "Widget subgroups", "container": "Gastroenterol. Clin. N. Am"},
    ),
    (
        "nature guard: a sterol's name closing the title is no journal's cut",
        "Doe, W. & Roe, K. Lipids and widgets. Cholesterol. J. Med. 50, 743–755 (1991).",
        {"title": "Lipids and widgets. Cholesterol", "container": "J. Med"},
    ),
    (
        "nature guard: a title's whole long word is no journal's cut",
        "Doe, W. & Roe, K. Widget trial. Introduction. J. Med. 50, 743–755 (1991).",
        {"title": "Widget trial. Introduction", "container": "J. Med"},
    ),
    (
        "author-date: `Available at:` misspelled before the link is no publisher",
        "Example Organization. 2016. Obesity and widgets. Avalaible at: "
        "http://www.example.org/widgets/index.html . Accessed 7 July 2015.",
        {
            "title": "Obesity and widgets",
            "publisher": "",
            "url": "http://www.example.org/widgets/index.html",
        },
    ),
    (
        "vancouver: `Available from:` misspelled after the imprint",
        "Doe J, Roe P. Obesity and widgets. Example Press; 2016. Avaliable from: "
        "http://www.example.org/widgets/index.html",
        {"publisher": "Example Press", "year": "2016"},
    ),
    (
        "german: `Verfügbar unter:` before the link",
        "Example Centre (2015): Widget care in hospital. Example Verlag, Berlin. Verfügbar unter "
        "https://example.org/files/EXC_245.pdf",
        {
            "publisher": "Example Verlag",
            "place": "Berlin",
            "url": "https://example.org/files/EXC_245.pdf",
        },
    ),
    (
        "german: Citavi's `Online verfügbar unter` and `zuletzt geprüft am`",
        "Example Centre (2015): Widget care in hospital. Online verfügbar unter: "
        "https://example.org/files/EXC_245.pdf, zuletzt geprüft am 12.03.2019",
        {"title": "Widget care in hospital", "publisher": "", "place": "", "year": "2015"},
    ),
    (
        "apa: a report's title closed by a year, its link after, is the title's",
        "Doe, G., & Roe, K. (2020). The state of widget care in Example City 2020. "
        "https://www.example.org/widget-report-2020.pdf",
        {"title": "The state of widget care in Example City 2020", "pages": ""},
    ),
    (
        "apa: a two-word title closed by a year, its publisher after",
        "Doe, G. (2020). Widget statistics 2019. Example Office.",
        {"title": "Widget statistics 2019", "publisher": "Example Office", "pages": ""},
    ),
    (
        "apa guard: a journal's page keeps its reading",
        "Doe, G. (2020). Widgets. Example Review 2019.",
        {"title": "Widgets", "container": "Example Review", "pages": "2019"},
    ),
    (
        "apa guard: a number no year's after the title stays a page",
        "Doe, G. (2020). Widgets in review 1234.",
        {"pages": "1234"},
    ),
    (
        "german apa: an edition in parentheses closing the title, a link after",
        "Example GmbH (EXG) (2017): Widgethandbuch Akutwidget (2. Aufl.) Verfügbar unter "
        "https://example.org/308/1/Widget.PDF",
        {"title": "Widgethandbuch Akutwidget", "issue": "", "container": ""},
    ),
    (
        "springer german: a federal body's name, `für` in it, before its city",
        "Doe M, Roe N (2004) Nationale Übersicht von Widgets. Bundesministerium für Widgets, "
        "Berlin",
        {"publisher": "Bundesministerium für Widgets", "place": "Berlin", "container": ""},
    ),
    (
        "springer german: a body's name with a lower-case adjective, a city with an umlaut",
        "Doe M, Roe N (2004) Nationale Übersicht von Widgets. Bundeszentrale für widgetliche "
        "Aufklärung, Köln",
        {"publisher": "Bundeszentrale für widgetliche Aufklärung", "place": "Köln"},
    ),
    (
        "springer german: a centre `beim` a body, its city's name in both",
        "Doe M, Roe H-U (2004) Nationale Übersicht von Widgets (2002–2003). Kompetenz-Centrum "
        "Widget beim EXA Hamburg, Hamburg",
        {"publisher": "Kompetenz-Centrum Widget beim EXA Hamburg", "place": "Hamburg"},
    ),
    (
        "springer german: a house of one word before a city with an umlaut",
        "Doe M, Roe N (2004) Nationale Übersicht von Widgets. Hogrefe, Göttingen",
        {"publisher": "Hogrefe", "place": "Göttingen", "container": ""},
    ),
    (
        "springer german guard: a periodical's name is no body's",
        "Doe M, Roe N (2004) Widgets im Alltag. Zeitschrift für Widgets, Berlin",
        {"publisher": ""},
    ),
    (
        "german: a journal's `Jg.` and its issue labelled `Nr.`",
        "Doe, M. (2012): Widgetgerechte Häuser. In: Das Widgetwesen, 53. Jg., Nr. 8, S. 14–16.",
        {"container": "Das Widgetwesen", "volume": "53", "issue": "8", "pages": "14-16"},
    ),
    (
        "german guard: `Heft` after `Jg.` keeps its reading",
        "Doe, M. (2012): Widgetgerechte Häuser. Das Widgetwesen, 53. Jg., Heft 8, S. 14–16.",
        {"container": "Das Widgetwesen", "volume": "53", "issue": "8"},
    ),
    # review of the round's rules: the same families printed a little differently, and
    # the neighbouring shapes a rule could catch by mistake
    (
        "review nature guard: a reprint's note alone before the year is no house",
        "Doe, J. Widgets (Reprint, 2001).",
        {"publisher": ""},
    ),
    (
        "review aip guard: a one-word house before a cited page is left to the old reading",
        "A. Doe and B. Roe, Widget Theory (Springer, 2003), p. 45.",
        {"container": "", "pages": "45"},
    ),
    (
        "review nature guard: a drug's name closing the title is no journal's cut",
        "Doe, W. & Roe, K. Widget study. Chloramphenicol. J. Med. 50, 743–755 (1991).",
        {"title": "Widget study. Chloramphenicol", "container": "J. Med"},
    ),
    (
        "review nature guard: a vitamin's name closing the title is no journal's cut",
        "Doe, W. & Roe, K. Widget study. Tocopherol. J. Med. 50, 743–755 (1991).",
        {"title": "Widget study. Tocopherol", "container": "J. Med"},
    ),
    (
        "review nature: a series' volume of three digits, one editor, an abbreviated house",
        "Doe, J. & Roe, P. in Methods in Widgetology Vol. 512 (ed. Roe, P.) 45–67 "
        "(Academic, 2012).",
        {"container": "Methods in Widgetology", "volume": "512", "pages": "45-67"},
    ),
    (
        "review nature: `Volume` spelled out before the editors",
        "Doe, J. & Roe, P. in Widget Handbook Volume 2 (ed. Roe, P.) 45–67 (Example Press, 2015).",
        {"container": "Widget Handbook", "volume": "2", "pages": "45-67"},
    ),
    (
        "review nature: the host's edition as `2nd ed.`",
        "Doe, J. & Roe, P. in Widget Handbook 2nd ed. (ed. Roe, P.) 45–67 (Example Press, 2015).",
        {"container": "Widget Handbook", "pages": "45-67", "publisher": "Example Press"},
    ),
    (
        "review springer german: `(Hg)` without its stop",
        "Doe J, Roe P (2014) Widgetwandel. In: Roe V (Hg) Widgets und Gesundheit. Herder, "
        "Freiburg, S 34–54",
        {"container": "Widgets und Gesundheit", "publisher": "Herder", "pages": "34-54"},
    ),
    (
        "review guard: a chemical symbol in parentheses after a host's first word is no mark",
        "Doe J, Roe P (2014) Widgetwandel. In: Mercury (Hg) in widget waters. Example Press, "
        "Berlin, pp 34–54",
        {"container": "Mercury (Hg) in widget waters", "publisher": "Example Press"},
    ),
    (
        "review springer german: a federal body's acronym after its name",
        "Doe J (2019) Widgetbericht 2018. Bundesamt für Widgets (BfW), Bonn",
        {
            "title": "Widgetbericht 2018",
            "publisher": "Bundesamt für Widgets (BfW)",
            "place": "Bonn",
        },
    ),
    (
        "review springer german guard: a periodical's acronym keeps it no body's",
        "Doe J (2019) Widgets. Zeitschrift für Widgets (ZfW), Bonn",
        {"publisher": ""},
    ),
    (
        "review: a Spanish house before a city with an accent",
        "Doe, J. (2020). Widgets. Editorial Example, México.",
        {"publisher": "Editorial Example", "place": "México", "container": ""},
    ),
    (
        "review: a German society before a Swiss city",
        "Doe J (2020) Widgets. Gesellschaft für Widgets, Zürich",
        {"publisher": "Gesellschaft für Widgets", "place": "Zürich"},
    ),
    (
        "review apa: a French edition closing the entry",
        "Doe, J. (2016). Widgets (2e éd.)",
        {"title": "Widgets", "issue": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
