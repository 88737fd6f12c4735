"""The author-block shapes most lists print, read without the per-name function chain.

`people.read_pieces` judges every comma-piece by its context (a suffix joining the name
before, an inverted pair, a whole name in the list's orientation), each through a few
cached calls. Three shapes make up most blocks, and for them every one of those
decisions is known from the shape alone:

- `Smith AR, Jones B` (NLM): each piece a capitalised family and one to three capitals;
- `Smith, A. R., Jones, B.` (APA, Harvard, ACS in commas): family and initials pieces in
  alternation, each pair an inverted name;
- `A. R. Smith, B. Jones` (IEEE, APS): initials with stops, then the family;
- `王洋秀, 唐洋` (GB/T, CNKI): two to four CJK ideographs, family first.

`quick_name` and `quick_pair` read a piece (or a pair) of these shapes as `read_pieces`
would, or decline (None) and leave it to the general reader;
`tests/unit/ingest/test_name_fast_path.py` holds the two to each other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mmrefs.ingest.authors import ANONYMOUS, parse_cjk_name
from mmrefs.ingest.fieldmap import is_organisation
from mmrefs.model import Author
from mmrefs.names import SUFFIXES

# ASCII letters only: the proofs that these shapes read as one name each (and score 1.0)
# lean on the capitals classes of `people`, which ASCII capitals always satisfy. Uncached:
# a long list repeats its family words more than its names, and those are cached.
_NLM = re.compile(r"([A-Z][a-z]+) ([A-Z]{1,3})")
_FAMILY = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_INITIALS = re.compile(r"[A-Z]\.(?: ?[A-Z]\.){0,3}")
_GIVEN_FIRST = re.compile(r"((?:[A-Z]\. ){1,3})([A-Z][a-z]+)")
# A CJK personal name: two to four ideographs (of the block `has_cjk` looks for).
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# The last characters of the body names `people` and `authors` keep whole (`委员会`,
# `中心`, `医院`, `大学`, `研究所`, `研究院`, `工作组`, `小组`, `部`, `局`, `司`, `署`, `厅`,
# `网`, `社`, `政府`, `组织`, `办公室`, `集团`, and the traditional `委員會`, `大學`, `組織`,
# `集團`, `組`): a name ending in one is left to them (a few personal names too, which
# merely take the longer way).
_BODY_ENDS = frozenset("会心院学所组部局网社司署厅府织室团會學織團組")


# Words of agencies and firms that `fieldmap.ORGANISATION_WORDS` (shared with BibTeX and
# RIS names, where a name is never a title) leaves out: in a printed author block they
# mark a body (`Example Preventive Services Task Force`, `Example Office of Widgets`,
# `Widget Holdings Pty Ltd`) when its words are capitalised as a name's are (`people.
# is_body`), since titles use them too (`Government debt`). As printed, plurals spelled out; with
# the body words of the languages whose bodies real lists cite in English entries
# (`Sociedad Example de Widgets`, `Institut für Widgets`, `Beauftragte der Bundesregierung`,
# `Gemeente Example`), which `fieldmap` reads in English.
_ENGLISH_AGENCY_WORDS = frozenset(
    """service services force office offices authority directorate secretariat parliament
    government library museum survey bank fund nations commonwealth division court police
    institution llc plc gmbh pty limited corp league union clinic trust laboratories
    societies agencies academies universities public""".split()  # noqa: SIM905
)
# The words of other languages' bodies: a hyphen joins a German body's name to them
# (`Example-Institut`), while an English word after a hyphen ends a family
# (`Example-Court`, `Example-Bank`) as often as a body's name. Turkish bodies' words
# follow the name in their possessive form (`Sağlık Bakanlığı`, `Türkiye İstatistik
# Kurumu`, `Türk Hemşireler Derneği`), Dutch ones lead it (`Inspectie van het Onderwijs`).
_FOREIGN_AGENCY_WORDS = frozenset(
    """sociedad sociedade société societá società gesellschaft asociación associação
    instituto institut istituto ministerio ministério ministère ministero fundación
    fundação fondation fondazione stiftung consejo conselho conseil consiglio
    comisión comissão organización organização universidad universidade université
    università universität agencia agência agence federación federação fédération
    federazione confederación secretaría secretaria departamento dirección direção
    coordenação observatorio observatório observatoire ministerium ministerie bundesamt
    bundesministerium verband gemeente stichting vereniging beauftragte bundesregierung
    bundeszentrale bundesanstalt landesamt kommission autorité autoridad autoridade
    bakanlığı bakanlık kurumu kurulu müdürlüğü başkanlığı derneği vakfı üniversitesi
    enstitüsü birliği hastanesi fakültesi ajansı konseyi komisyonu federasyonu
    inspectie instituut""".split()  # noqa: SIM905 - a word list reads best as text
)
_AGENCY_WORDS = _ENGLISH_AGENCY_WORDS | _FOREIGN_AGENCY_WORDS


# The last parts of German compounds that name a body in one word (`Forschungszentrum`,
# `Umweltbundesamt`, `Landesregierung`), as German lists print research centres, federal
# offices and governments as authors: no family ends so.
_GERMAN_BODY_ENDS = (
    "zentrum",
    "institut",
    "bundesamt",
    "ministerium",
    "anstalt",
    "behörde",
    "verband",
    "regierung",
)


# The same in the Scandinavian languages, whose bodies' compounds carry the article
# (`Socialstyrelsen`, `Skolverket`, `Helsedirektoratet`, `Kunnskapsdepartementet`,
# `Undervisningsministeriet`, `Folkhälsomyndigheten`), as Scandinavian lists print their
# agencies as authors.
_NORDIC_BODY_ENDS = (
    "styrelsen",
    "verket",
    "myndigheten",
    "direktoratet",
    "departementet",
    "ministeriet",
    "institutet",
    "instituttet",
    "tilsynet",
)


def agency_word(token: str) -> bool:
    """`token` is one of `_AGENCY_WORDS` (a trailing stop aside: `Corp.`), or ends in a
    foreign one after a hyphen, as German bodies join a name to their word
    (`Example-Institut`, `Example-Stiftung`), or is a German compound that ends in a body's word
    (`_GERMAN_BODY_ENDS`: `Forschungszentrum`) or a Scandinavian one
    (`_NORDIC_BODY_ENDS`: `Skolverket`)."""
    word = token.rstrip(".,").lower()
    return (
        word in _AGENCY_WORDS
        or ("-" in word and word.rsplit("-", 1)[1] in _FOREIGN_AGENCY_WORDS)
        or (len(word) > 10 and word.endswith(_GERMAN_BODY_ENDS))
        or (len(word) > 8 and word.endswith(_NORDIC_BODY_ENDS))
    )


@lru_cache(maxsize=4096)
def body_word(token: str) -> bool:
    """A token that makes a name of capitalised words a body (`people.is_body`): every
    name the fast path reads is capitalised so, and declines on such a token. Of one
    space-free token: a name's words never span a space, so the name is a body when one
    of its tokens is, and tokens repeat far more than names."""
    return is_organisation(token) or agency_word(token)


def quick_name(piece: str) -> Author | None:
    """`person(piece, …)` for a piece printed `Smith AR` or `A. R. Smith` (either
    orientation reads them so), which no next piece can pair with; None for any other.

    A piece with a space is never a suffix, and neither shape is the family half of an
    inverted pair: its initials are no family word (`people.looks_family`). A CJK name
    is neither: no CJK ideograph is a capital, which a family word and a given half
    begin with; `person` hands it to `parse_cjk_name`, and `plausible` scores it 1.0
    (it is at most four characters long)."""
    if " " not in piece:
        if piece.isascii() or _CJK_NAME.fullmatch(piece) is None:
            return None
        if piece[-1] in _BODY_ENDS or piece in ANONYMOUS:
            return None
        return parse_cjk_name(piece)
    match = (_GIVEN_FIRST if piece[1] == "." else _NLM).fullmatch(piece)
    if match is None:
        return None
    first, second = match.groups()
    if piece[1] == ".":  # `A. R. Smith`: the initials, then the family (`A. R. Jr`: a suffix)
        if second.lower() in SUFFIXES or body_word(second) or any(map(body_word, first.split())):
            return None
        return Author(second, first[:-1])
    if body_word(first) or body_word(second):
        return None
    return Author(first, second)


def quick_pair(family: str, given: str) -> Author | None:
    """`inverted_pair(family, given, …)` for `Smith`, `A. R.` (a family word and
    initials with stops) when `family` is no suffix; None for any other pair."""
    if (
        _FAMILY.fullmatch(family) is None
        or _INITIALS.fullmatch(given) is None
        or family.lower() in SUFFIXES
    ):
        return None
    return Author(family, given)
