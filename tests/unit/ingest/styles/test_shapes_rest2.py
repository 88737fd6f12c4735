"""Shapes of what follows the author block, one row each: text → fields (second table).

Each row stands for a rule a style guide states or a shape real lists print after the
names: a journal's abbreviated name printed without a title, a book series and its
volume after a host book, a report's series and number, a note closing the entry. The
data is invented: names, titles, journals and publishers are placeholders, DOIs use the
10.5555 test prefix.
"""

from __future__ import annotations

from typing import Any

import pytest

from mmrefs.ingest.styles.sources import read_rest
from tests.unit.ingest.styles.shapes import check_shape

SHAPES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "author-date untitled article: abbreviated journal with a word iso 4 keeps whole",
        "Doe, J., Roe, R., and Poe, P. (2018). Nat. Rev. Widget Discov. 17: 471. "
        "doi: 10.5555/wd.2018.77.",
        {"title": "", "container": "Nat. Rev. Widget Discov", "volume": "17", "pages": "471"},
    ),
    (
        "author-date untitled article: journal led by a whole word",
        "Doe, J. and Roe, R. (2018). Cell Chem. Biol. 25 (11): 1318–1325.",
        {"title": "", "container": "Cell Chem. Biol", "volume": "25", "issue": "11"},
    ),
    (
        "lncs chapter: series and volume after the host book, then springer's imprint",
        "Doe, J., Roe, R.: Widget checking. In: Poe, K., Moe, S.K. (eds.) Widget Verification, "
        "7th Conference, WV 2005, Example City, July 6–10, 2005, Proceedings. LNCS, vol. 3576, "
        "pp. 291–295. Example Verlag, Berlin (2005)",
        {
            "container": "Widget Verification, 7th Conference, WV 2005, Example City, "
            "July 6–10, 2005, Proceedings",
            "volume": "3576",
            "pages": "291-295",
            "publisher": "Example Verlag",
            "place": "Berlin",
            "year": "2005",
        },
    ),
    (
        "lncs chapter: series after a comma, pages before a comma",
        "Doe, J.: Widget gears. In: Roe, M. (ed.) Proceedings of Widget Symposium (WS’05), "
        "LNCS, vol. 3444, pp. 21–30, Example Verlag, Edinburgh (2005)",
        {
            "container": "Proceedings of Widget Symposium (WS’05)",
            "volume": "3444",
            "pages": "21-30",
            "publisher": "Example Verlag",
            "place": "Edinburgh",
        },
    ),
    (
        "author-date untitled article: journal closed by a whole word",
        "Doe, J., Roe, R., and Poe, C. (2015). Drug Discov. Today 20: 1–9.",
        {"title": "", "container": "Drug Discov. Today", "volume": "20"},
    ),
    (
        "author-date untitled article: journal closed by a country's initials",
        "Doe, J., Roe, R., and Poe, C. (2019). Proc. Natl. Acad. Sci. U.S.A. 116: 123–130.",
        {"title": "", "container": "Proc. Natl. Acad. Sci. U.S.A", "volume": "116"},
    ),
    (
        "a title of whole words before an abbreviated journal keeps its title",
        "Doe, J. and Roe, R. (2015). Protein Folding Rules. Nat. Rev. Mol. Cell Biol. 3: 1–9.",
        {"title": "Protein Folding Rules", "container": "Nat. Rev. Mol. Cell Biol"},
    ),
    (
        "harvard discussion paper and number before a publisher and its city",
        "Doe, J. (2004) Widget analyses of gear supply, Discussion Paper No. 12, Example "
        "Institute, London.",
        {
            "title": "Widget analyses of gear supply",
            "publisher": "Example Institute",
            "place": "London",
        },
    ),
    (
        "harvard working paper series and number before the imprint",
        "Doe, J. 1984. Widget analyses of gear supply, Working paper no. 1500. Springfield, "
        "MA: EXB.",
        {
            "title": "Widget analyses of gear supply",
            "container": "",
            "publisher": "EXB",
            "place": "Springfield, MA",
        },
    ),
    (
        "chicago series sentence with its number before the imprint",
        "Doe, J. 1984. Widget analyses of gear supply. EXB Discussion Paper No. 12. "
        "Springfield: Example Bureau.",
        {"title": "Widget analyses of gear supply", "container": "", "publisher": "Example Bureau"},
    ),
    (
        "title between two closing quotes run into the journal's name",
        "Doe, M. and S. W. Roe (1994), ”Panel Estimates of Widget Functions,”Journal of "
        "Widget Resources, 29(2), 406-428.",
        {
            "title": "Panel Estimates of Widget Functions",
            "container": "Journal of Widget Resources",
            "volume": "29",
        },
    ),
    (
        "apa chapter whose title a comma ends before In and the editor",
        "Doe, S., & Roe, C. (2001). Gifts, gears and loops – linking widgets to learning, In S. "
        "Poe (Ed), Widgets for learning (1-17). London: Example House",
        {
            "title": "Gifts, gears and loops – linking widgets to learning",
            "container": "Widgets for learning",
            "pages": "1-17",
            "publisher": "Example House",
            "place": "London",
        },
    ),
    (
        "an agency's document code closing the entry is no locator",
        "Example Health Organization. Preventing widget blindness. Geneva: Example Health "
        "Organization; 1999. EHO/PBL/00.77.",
        {"title": "Preventing widget blindness", "volume": "", "year": "1999"},
    ),
    (
        "iop language note typed in capitals after the article number",
        "Doe J, Roe P R and Poe X D 2020 Acta Widg. Sin. 69 077101 (in CHINESE)",
        {"container": "Acta Widg. Sin", "volume": "69", "pages": "077101", "issue": ""},
    ),
    (
        "google scholar's arxiv name capitalised as a sentence's start",
        "Doe, J., Roe, M.-W. (2018). Widget: pre-training of deep gears for widget "
        "understanding. ArXiv preprint arXiv:1810.04805.",
        {"container": "arXiv", "pages": "1810.04805"},
    ),
    (
        "uk harvard imprint in parentheses, publisher first and a known city second",
        "Example Department (2010) Equity and widgets: liberating the gears (EXD, London).",
        {
            "title": "Equity and widgets: liberating the gears",
            "publisher": "EXD",
            "place": "London",
        },
    ),
    (
        "a spelled-out edition in parentheses closes a book's title before its stop",
        "Doe, J. (2004). Widget analyses of gear supply (second edition). Oxford: Example Press.",
        {"title": "Widget analyses of gear supply", "publisher": "Example Press"},
    ),
    (
        "dblp's arxiv listing: the server's name, the identifier after abs/",
        "Doe, J., Roe, K.: Widget: a method for gear optimization. CoRR abs/1412.6980 (2014)",
        {"container": "CoRR", "pages": "1412.6980", "volume": "", "year": "2014"},
    ),
    (
        "uk command paper's number before the imprint",
        "Example Department. 2008. Widget gears for all. Cm 7432. London: Example Office.",
        {"title": "Widget gears for all", "container": "", "publisher": "Example Office"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_shape(name: str, text: str, expected: dict[str, Any]) -> None:
    check_shape(name, text, expected)


def test_pleiades_series_after_the_proceedings_is_no_container() -> None:
    """Pleiades' rest, titles closed by commas (`read_rest(commas=True)`): the proceedings
    before a series' acronym (`Proc. Meeting 2004, LNCS, 2004, vol. 3308`) is the container;
    the volume is the series'. Read on the rest alone: which grammar reads Pleiades' names
    is not this table's."""
    fields = read_rest(
        "Multi-prover widget checking, Proc. WIDG 2004, LNCS, 2004, vol. 3308, p. 15–29.",
        dated=False,
        commas=True,
    )
    assert fields["title"] == "Multi-prover widget checking"
    assert fields["container"] == "Proc. WIDG 2004"
    assert (fields["volume"], fields["pages"]) == ("3308", "15-29")
