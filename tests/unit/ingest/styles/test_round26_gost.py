"""Shapes of GOST 7.1-2003 / GOST R 7.0.5-2008 references, one row each: text → fields
(round 26, DG).

Each row stands for a shape Russian and other post-Soviet lists print, in Cyrillic or
transliterated: an article's `Authors Title // Journal. – Year. – Vol., No. – Pages`
with spaced Cyrillic initials; a part in a host whose editors follow ` / ` and whose
imprint (`Place : Publisher`) closes the host; a conference host named after its
year; an electronic resource's `[Electronic resource]` closing its title. Guard rows
keep the readings each rule must not change. The data is invented: names, titles and
publishers are placeholders.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "article: spaced Cyrillic initials, GOST's full form with dashes",
        "Сидоренко А. Б., Козлова В. Г. Модель износа зубчатых передач // Вестник "
        "примерного университета. – 2011. – Т. 14, № 3. – С. 22–29.",
        {
            "families": ["Сидоренко", "Козлова"],
            "title": "Модель износа зубчатых передач",
            "container": "Вестник примерного университета",
            "volume": "14",
            "issue": "3",
            "pages": "22-29",
        },
    ),
    (
        "article: spaced Cyrillic initials, the short form without dashes",
        "Сидоренко А. Б. Модель износа // Вестник примерного университета. 2011. Т. 14, "
        "№ 3. С. 22–29.",
        {"families": ["Сидоренко"], "title": "Модель износа", "volume": "14"},
    ),
    (
        "guard: a transliterated article with Latin labels (read before round D too)",
        "Sidorenko A.B., Kozlova V.G. Model of gear wear // Vestnik Primernogo "
        "Universiteta. 2011. Vol. 14, No. 3. P. 22–29.",
        {
            "families": ["Sidorenko", "Kozlova"],
            "title": "Model of gear wear",
            "container": "Vestnik Primernogo Universiteta",
            "issue": "3",
        },
    ),
    (
        "article: the full form's dashes typed as hyphens, Latin labels",
        "Doe J.K. Widget wear in the field // Widget Letters. - 1983. - Vol. 38, No. 2. - "
        "P. 778-784.",
        {
            "title": "Widget wear in the field",
            "container": "Widget Letters",
            "year": "1983",
            "volume": "38",
            "issue": "2",
            "pages": "778-784",
        },
    ),
    (
        "article: transliterated labels `T.` and `S.` beside `№`",
        "Sidorenko A. B., Kozlova V. G. Iznos detalei // Vestnik Primera. – 2011. – T. 5, "
        "№ 3. – S. 22–29.",
        {
            "families": ["Sidorenko", "Kozlova"],
            "container": "Vestnik Primera",
            "volume": "5",
            "issue": "3",
            "pages": "22-29",
        },
    ),
    (
        "chapter: Cyrillic host, its editors after ` / `, GOST's `М. : Publisher`",
        "Козлова В. Г. Износ передач / В. Г. Козлова // Сборник примерных трудов / под "
        "ред. Д. Е. Жукова. – М. : Примерное издательство, 2008. – С. 40–52.",
        {
            "families": ["Козлова"],
            "title": "Износ передач",
            "container": "Сборник примерных трудов",
            "place": "М",
            "publisher": "Примерное издательство",
            "pages": "40-52",
        },
    ),
    (
        "chapter: proceedings' place alone in its area, no publisher",
        "Сидоренко А. Б. Износ деталей // Материалы примерной конференции / под ред. В. Г. "
        "Козловой. – Новосибирск, 2010. – С. 5–10.",
        {
            "container": "Материалы примерной конференции",
            "place": "Новосибирск",
            "publisher": "",
            "year": "2010",
        },
    ),
    (
        "chapter: transliterated host with its edition, editors and `Place: Publisher`",
        "Doe J. Widget wear // Handbook of Widgets. 2nd ed. / ed. Roe R., Poe P.K. "
        "Boston: Example Press, 1999. P. 10–20.",
        {
            "families": ["Doe"],
            "container": "Handbook of Widgets",
            "place": "Boston",
            "publisher": "Example Press",
        },
    ),
    (
        "conference: the proceedings' imprint after the host",
        "Doe J., Roe R. Widget wear // Proceedings of the 3rd Example Workshop on Widgets. "
        "London: Example Press, 2004. P. 5–9.",
        {
            "container": "Proceedings of the 3rd Example Workshop on Widgets",
            "place": "London",
            "publisher": "Example Press",
        },
    ),
    (
        "chapter: a town too small for the lexicon before a house, after the editors",
        "Doe J. Widget wear // Widget Handbook / ed. Roe R.K., Poe P.K. Bad Example: "
        "Example Scientific, 2006. P. 3–8.",
        {"container": "Widget Handbook", "place": "Bad Example", "publisher": "Example Scientific"},
    ),
    (
        "conference: a host named after its year",
        "Doe J. et al. Widget wear // 2012 Example Conference on Widgets. New York: Example "
        "Press, 2012. P. 1–4.",
        {
            "title": "Widget wear",
            "container": "2012 Example Conference on Widgets",
            "publisher": "Example Press",
        },
    ),
    (
        "electronic: `[Electronic resource]` closes the title, the site is the host",
        "Doe J. Widget catalogue [Electronic resource] // Example Widget Registry. 2015. "
        "URL: https://example.org/w (accessed: 01.02.2016).",
        {"title": "Widget catalogue", "container": "Example Widget Registry"},
    ),
    (
        "electronic: `[Электронный ресурс]` in Cyrillic",
        "Сидоренко А. Б. Каталог деталей [Электронный ресурс] // Примерный портал. 2015. "
        "URL: https://example.org/w",
        {"title": "Каталог деталей", "families": ["Сидоренко"]},
    ),
    (
        "electronic: GOST's full form, `URL:` and `(дата обращения: …)` after the host",
        "Сидоренко А. Б. Каталог деталей [Электронный ресурс] // Примерный портал. – 2018. "
        "– URL: https://example.org/w (дата обращения: 01.02.2020).",
        {
            "families": ["Сидоренко"],
            "title": "Каталог деталей",
            "container": "Примерный портал",
            "year": "2018",
            "url": "https://example.org/w",
        },
    ),
    (
        "electronic: an unhosted resource, its designation closing the title",
        "Каталог примерных деталей [Электронный ресурс]. – URL: https://example.org/w "
        "(дата обращения: 01.02.2020).",
        {"title": "Каталог примерных деталей", "url": "https://example.org/w"},
    ),
    (
        "thesis: the note `: PhD thesis` after the title is the kind, not the title",
        "Doe J. Wear of widgets under load: PhD thesis. Boston: Example University, 1999.",
        {"title": "Wear of widgets under load", "publisher": "Example University"},
    ),
    (
        "thesis: GOST's Chinese note `: 博士学位论文`",
        "Doe J. 部件磨损的研究: 博士学位论文. 北京: 示例大学, 2001.",
        {"title": "部件磨损的研究"},
    ),
    (
        "article: a host and its publisher with no locator, read first as a book's",
        "Doe J. Widget wear in the field // Widget Letters East. Example Publishing Group "
        "LLC, 2011.",
        {"title": "Widget wear in the field", "container": "Widget Letters East"},
    ),
    (
        "guard: a title's own colon and words stay the title's",
        "Doe J. Widget theses: a review // Widget Letters. 2011. Vol. 3. P. 1–9.",
        {"title": "Widget theses: a review", "container": "Widget Letters"},
    ),
    (
        "book: GOST's full form, its areas parted by dashes, the extent no pages",
        "Сидоренко А. Б. Основы примерной механики. – М.: Примерное издательство, 2004. – 312 с.",
        {
            "families": ["Сидоренко"],
            "title": "Основы примерной механики",
            "place": "М",
            "publisher": "Примерное издательство",
            "year": "2004",
            "pages": "",
        },
    ),
    (
        "book: the statement of responsibility repeats the authors, an edition area",
        "Сидоренко А. Б. Основы механики : учебник / А. Б. Сидоренко, В. Г. Козлова. – "
        "3-е изд. – СПб. : Примерная книга, 2012. – 400 с.",
        {
            "families": ["Сидоренко"],
            "title": "Основы механики : учебник",
            "place": "СПб",
            "publisher": "Примерная книга",
            "pages": "",
        },
    ),
    (
        "book: a romanised entry whose GOST original closes it in brackets",
        "Sidorenko A.B. (2004). Foundations of example mechanics. Moscow: Primer. [In "
        "Russian]. [Сидоренко А. Б. Основы примерной механики. – М.: Пример, 2004. – 312 с.]",
        {
            "families": ["Сидоренко"],
            "title": "Основы примерной механики",
            "title_translation": "Foundations of example mechanics",
            "publisher": "Пример",
        },
    ),
    (
        "conference: the host's house with no place, before the year",
        "Doe J. Widget wear // Proceedings of the Example Widget Symposium. Example "
        "Publishing, 2019. P. 3–8.",
        {
            "container": "Proceedings of the Example Widget Symposium",
            "publisher": "Example Publishing",
            "place": "",
        },
    ),
    (
        "guard: a journal's own words after its stop are no house",
        "Doe J. Widget wear // Widget Review. Series B. 2019. Vol. 4. P. 3–8.",
        {"container": "Widget Review. Series B", "publisher": ""},
    ),
    (
        "guard: a journal's series after a colon is no imprint",
        "Doe J. Widget wear // Izvestiya. Seriya: Fizika. 2005. Vol. 3. P. 1–5.",
        {"container": "Izvestiya. Seriya: Fizika", "publisher": "", "place": ""},
    ),
    (
        "guard: a host's title joined by ` / ` with no editors stays whole",
        "Doe J. Widget wear // Widgets / Vidzhety. 2005. Vol. 3. P. 1–5.",
        {"container": "Widgets / Vidzhety", "volume": "3"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_gost_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)
