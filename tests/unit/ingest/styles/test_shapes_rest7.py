"""Shapes of what follows the author block, one row each: text → fields (seventh table).

Each row stands for a rule a style guide states or a shape real lists print after the
names: a meeting's city and country closing a host's title (no `City, Publisher`
imprint), a title-less entry whose journal opens with an abbreviated word no title is
(`Suppl. Nuovo Cimento`, `Proc. IEE`). Guard rows keep the readings each rule must not
change.
The data is invented: names, titles, journals and publishers are placeholders, DOIs
use the 10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-date: a meeting's city and country after a host's name are no imprint",
        "Doe, J. (2001). Widget results. In: Proceedings of the Example Meeting, Paris, France.",
        {"container": "Proceedings of the Example Meeting", "publisher": ""},
    ),
    (
        "author-date: a city and its state after a host's name are no imprint",
        "Doe, J. (2001). Widgets. In Roe, K. (Ed.), Widget theory, Cambridge, Massachusetts.",
        {"publisher": ""},
    ),
    (
        "author-date guard: a host's city then its house stay the imprint",
        "Doe, J. (2001). Widget results. In A. Editor (ed.), Handbook of widgets, London, Example.",
        {"container": "Handbook of widgets", "place": "London", "publisher": "Example"},
    ),
    (
        "physics: a title-less entry whose journal opens with a supplement's cut",
        "A. Roe:Suppl. Widget Cimento,4, 848 (1956).",
        {"title": "", "container": "Suppl. Widget Cimento", "volume": "4", "pages": "848"},
    ),
    (
        "nlm guard: a proceedings' cut opening a title of several words keeps the title",
        "Doe J. Proc. Widget Society. Widget J 2001;3:45-50.",
        {"title": "Proc. Widget Society", "container": "Widget J"},
    ),
    (
        "vancouver: a book's edition sentence, then its publisher alone, then year and pages",
        "Doe J. Widget science. 4th ed. Example Publishers. 2007. pp. 384.",
        {"title": "Widget science", "container": "", "publisher": "Example Publishers"},
    ),
    (
        "vancouver: an edition's comma before a publisher glued to its year and pages",
        "Doe J. Widget science. 11th ed, Example 2003;337-49.",
        {"container": "", "publisher": "Example", "year": "2003"},
    ),
    (
        "vancouver: an edition sentence before a city's semicolon and its publisher",
        "Doe J. Widget science. 7th ed. London; Example Tindal. 1982. pp. 482.",
        {"container": "", "place": "London", "publisher": "Example Tindal"},
    ),
    (
        "vancouver guard: an edition sentence before a journal's volume is no book's",
        "Doe J. Widget staging. 8th ed. Example Journal. 2018;3:45-50.",
        {"title": "Widget staging", "volume": "3", "pages": "45-50"},
    ),
    (
        "mosby: the edition as `ed 4` after the title's comma",
        "Doe J, Roe K. Widget science, ed 4. St Louis: Example, 2006.",
        {"title": "Widget science", "place": "St Louis"},
    ),
    (
        "mosby: a host book's `ed 1` after its title's comma",
        "Doe J. Widget rule. In: Widget library, ed 1. Tokyo: Example, 1989:2–20.",
        {"title": "Widget rule", "container": "Widget library", "pages": "2-20"},
    ),
    (
        "older lists: an edition's ordinal spelled out before the publisher",
        "Doe, J.: Widget Science. Fourth ed., Example & Sons, Inc. (1948).",
        {"title": "Widget Science", "publisher": "Example & Sons, Inc", "year": "1948"},
    ),
    (
        "polish author-date: a book's place before its house, all in commas",
        "Doe J. 1999, Widget history, Poznań, Wydawnictwo Example.",
        {"title": "Widget history", "place": "Poznań", "publisher": "Wydawnictwo Example"},
    ),
    (
        "polish author-date: an institute's word in the local language names the house",
        "Doe J. 1953, Widget chronicle, Poznań, Instytut Example.",
        {"title": "Widget chronicle", "place": "Poznań", "publisher": "Instytut Example"},
    ),
    (
        "author-date: a subtitle's sentence before the place and house in commas",
        "Doe J. 1999, Widget history. Anthology of sources, Poznań, Wydawnictwo Example.",
        {
            "title": "Widget history. Anthology of sources",
            "place": "Poznań",
            "publisher": "Wydawnictwo Example",
        },
    ),
    (
        "history author-date: a book's title and its city alone",
        "Doe, J. (1951), Widget commune in Genoa, Milan",
        {"title": "Widget commune in Genoa", "place": "Milan", "publisher": ""},
    ),
    (
        "history author-date guard: a meeting's city after its name is no book's place",
        "Doe, J. (1951), Widget talk, Annual Meeting of the Example Society, London",
        {"place": ""},
    ),
    (
        "ams: a journal's series in parentheses before its volume",
        "A. Doe, Widget surfaces, Ann. Wid. Pura Appl. (4) 148 (1987), 101–115.",
        {"container": "Ann. Wid. Pura Appl", "volume": "148", "issue": "", "pages": "101-115"},
    ),
    (
        "ams: a series before the volume, the year and a labelled issue",
        "A. Doe, Widget surfaces, Example Math. J. (2) 48 (1997), no. 3, 101–115.",
        {"container": "Example Math. J", "volume": "48", "issue": "3", "pages": "101-115"},
    ),
    (
        "italian author-date: volume and issue parted by a comma before the pages' colon",
        "Doe, Elio. 2015. “Widget growth.” Studi Widgeti 56, 2: 225-49.",
        {"container": "Studi Widgeti", "volume": "56", "issue": "2", "pages": "225-49"},
    ),
    (
        "chicago author-date: a labelled issue before the pages' colon",
        "Doe, David. 1983. “A Widget Pattern.” Journal of Widget Theory 27, no. 1: 1–29.",
        {"container": "Journal of Widget Theory", "volume": "27", "issue": "1"},
    ),
    (
        "pdf copies: a journal's name glued to NLM's year",
        "Doe J, Roe K. Widget follow-up study. Widget Int2007; 38:456–463.",
        {"container": "Widget Int", "year": "2007", "volume": "38"},
    ),
    (
        "pdf copies: a title's closing quote and a volume glued to the journal's name",
        "Doe, David. 1983. “A Widget Pattern.”Journal of Widget Theory27, no. 1: 1–29.",
        {"title": "A Widget Pattern", "container": "Journal of Widget Theory", "volume": "27"},
    ),
    (
        "elsevier numeric: a technical report's genre after the title's comma",
        "J. Doe, Widget transformations, Technical Report, University of Example, "
        "Springfield, CA, 1982.",
        {"title": "Widget transformations", "publisher": "University of Example"},
    ),
    (
        "kluwer: a laboratory's preprint series and number, no journal",
        "Doe, A. J.: Widget Irradiance. Example Laboratory Preprint Series No. 33 (1967).",
        {"title": "Widget Irradiance", "container": "", "volume": ""},
    ),
    (
        "geology: a host book's editors in parentheses after `edit. by`",
        "Doe, A., in The Nature of Widgets (edit. by Roe, E. R.), 172 (Example, New York, 1972).",
        {"container": "The Nature of Widgets", "publisher": "Example", "place": "New York"},
    ),
    (
        "turkish apa: a master's thesis genre before the university and city",
        "Doe, N. E. (2011). Widget öğrenme etkisi. Yüksek lisans tezi, Example Üniversitesi, "
        "Çanakkale.",
        {"container": "", "publisher": "Example Üniversitesi", "place": "Çanakkale"},
    ),
    (
        "spanish author-date: a doctoral thesis's genre as a sentence after the title",
        "Doe, J. (1970): Widget transformations. Tesis doctoral. Cambridge: Example University.",
        {
            "title": "Widget transformations",
            "place": "Cambridge",
            "publisher": "Example University",
        },
    ),
    (
        "author-date: a thesis's year printed again after the university's city",
        "Doe, J. (1970). Widget transformations. Thesis. Example University, Springfield 1970.",
        {
            "title": "Widget transformations",
            "publisher": "Example University",
            "place": "Springfield",
        },
    ),
    (
        "author-date: a book's year printed again after the publisher's city",
        "Doe, J. (2001). Widget theses. Example Press, Springfield 2001.",
        {"container": "", "publisher": "Example Press", "place": "Springfield", "pages": ""},
    ),
    (
        "author-date guard: a title naming a thesis before a journal keeps the journal",
        "Doe, J. (2001). Thesis writing in widgets. Widget J. 2001.",
        {"container": "Widget J", "publisher": ""},
    ),
    (
        "linguistics: a manuscript's `Ms.` before its place",
        "Doe, J. (2016): Widget movement. Ms. Amherst: University of Example.",
        {"place": "Amherst", "publisher": "University of Example"},
    ),
    (
        "chemistry: a handbook's publisher and city, the year after the city, then a page",
        "A. Doe, Widget Handbook, Example Office, London 1998, pp. 151-152.",
        {
            "title": "Widget Handbook",
            "container": "",
            "publisher": "Example Office",
            "place": "London",
        },
    ),
    (
        "pharmacy: a title-first book's edition and volume before its publisher and city",
        "Widget Pharmacopoeia, 5th ed., vol. II, EXQM, Strasbourg 2005, p. 3611.",
        {
            "title": "Widget Pharmacopoeia",
            "volume": "II",
            "publisher": "EXQM",
            "place": "Strasbourg",
        },
    ),
    (
        "chemistry guard: a journal's abbreviated name before a city stays no publisher",
        "A. Doe, B. Roe, Widget report, Anal. Chim., London 1998, 151.",
        {"publisher": ""},
    ),
    (
        "older lists: a journal's words cut in lower case stay in the journal",
        "Doe, W.I. 1989. Widget disease in dogs. J. Amer. vet. med. Ass. 79: 179–184.",
        {"title": "Widget disease in dogs", "container": "J. Amer. vet. med. Ass", "volume": "79"},
    ),
    (
        "older lists: a society's proceedings cut in lower case",
        "Doe, W.I. 1989. Widget disease. Proc. roy. Soc. B 79: 179–184.",
        {"title": "Widget disease", "container": "Proc. roy. Soc. B"},
    ),
    (
        "turkish: a Latin capital's initial continues the author block",
        "Yücel Ş. Ç., Güler E. K. Widget learning. Widget Journal. 2010;3:45-50.",
        {"families": ["Yücel", "Güler"], "title": "Widget learning"},
    ),
    (
        "abnt: a Portuguese month before the year after the pages",
        "DOE, J. Widget learning. Revista Exemplo, v. 12, n. 3, p. 45-50, fev. 2019.",
        {
            "title": "Widget learning",
            "container": "Revista Exemplo",
            "volume": "12",
            "year": "2019",
        },
    ),
    (
        "abnt: a range of two Portuguese months before the year",
        "DOE, J. Widget learning. Revista Exemplo, v. 12, n. 3, p. 45-50, set./dez. 2019.",
        {"container": "Revista Exemplo", "issue": "3", "pages": "45-50"},
    ),
    (
        "nlm: a Spanish month after the year",
        "Doe J. Widget learning. Rev Ejemplo. 2019 ene;12(3):45-50.",
        {"title": "Widget learning", "container": "Rev Ejemplo", "year": "2019", "volume": "12"},
    ),
    (
        "nlm guard: a title's word that spells a month elsewhere is no month",
        "Doe J. Widget data set. Rev Ejemplo. 2019;12(3):45-50.",
        {"title": "Widget data set", "container": "Rev Ejemplo"},
    ),
    (
        "acs guard: a thesis's genre sentence before the university stays out of the title",
        "Doe, H. J. Widget Antibodies: An Update. PhD thesis, University of Example, Boston, 2015.",
        {
            "title": "Widget Antibodies: An Update",
            "publisher": "University of Example",
            "place": "Boston",
        },
    ),
    (
        "elsevier numeric: a paper read at a meeting, its city and country after it",
        "J. van Doe, Expert widgets in psychology, EXAM 10 conference, Delft, The Netherlands, "
        "1988.",
        {
            "title": "Expert widgets in psychology",
            "container": "EXAM 10 conference",
            "publisher": "",
        },
    ),
    (
        "elsevier numeric guard: a society's name after a title naming a meeting is its publisher",
        "J. Doe, Widget summit, Annual conference report, Example Society, London, 1988.",
        {"container": ""},
    ),
    (
        "veterinary: a host book's edition after its last word, no comma",
        "Doe, W.H. 2012. Widget chapter. In: Example Widget Dermatology 7th ed., W.B. Example, "
        "Philadelphia.",
        {"container": "Example Widget Dermatology", "place": "Philadelphia"},
    ),
    (
        "nature: a title-less entry in an older journal cut in lower case after a harbour's cut",
        "Doe, A. J. Cold Spring Harb. Symp. quant. Biol. 22, 153–173 (1957).",
        {"title": "", "container": "Cold Spring Harb. Symp. quant. Biol", "volume": "22"},
    ),
    (
        "older vancouver: both labels before the link, `Available from: URL:`",
        "Example Ministry. Widget profile in 2012. Example Bureau; 2012. Available from: URL: "
        "https://www.example.org/x/1.html",
        {"title": "Widget profile in 2012", "container": "", "publisher": "Example Bureau"},
    ),
    (
        "vancouver: an access date glued to the link's end by a stop",
        "Example Ministry. Widget profile in 2012. Example Bureau; 2012. Available at: URL: "
        "https://www.example.org/x/1391.October 4, 2016.",
        {"url": "https://www.example.org/x/1391", "year": "2012", "volume": "", "container": ""},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
