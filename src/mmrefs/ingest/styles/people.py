"""Author blocks in every style's shape, read by the reading that makes the most names.

`Smith AR, Pereira LG` (NLM), `SMITH A R, 等` (GB/T), `Smith, A. R., Pereira, L. G., &
Huber, L. W.` (APA, Harvard, Nature: a comma inside each name and between names),
`Smith, A. R.; Pereira, L. G.` (ACS), `A. R. Smith, L. G. Pereira, and L. W. Huber` (IEEE,
APS), `Smith, Ana R., Linda G. Pereira, and L. W. Huber` (Chicago: only the first name
inverted). Commas are therefore read two ways, as separators of names or of name parts,
and each comma-piece is read family-first or given-first; the reading whose names are most
plausible wins, and its plausibility is the score the grammars use to place the end of the
author block. A block whose pieces read as a body and fragments of one is one body's name
in its levels (`Department of Widgets, National Heart, Lung, and Blood Institute`). A block
that ends inside a name (`A. Example, B.C` of `B.C. Other`) or runs past NLM's stop into
the title scores as no names, so that the grammars end it elsewhere (`cut_inside_name`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import or_

from mmrefs.ingest.authors import (
    ANONYMOUS,
    is_pinyin,
    parse_cjk_name,
    parse_family_first,
    pinyin_given_first,
    spaced_cjk_name,
)
from mmrefs.ingest.fieldmap import ORGANISATION_WORDS, is_organisation
from mmrefs.ingest.japanese_names import family_size
from mmrefs.ingest.styles.namefast import agency_word, quick_name, quick_pair
from mmrefs.model import Author
from mmrefs.names import PARTICLES, is_suffix
from mmrefs.text import has_cjk

# `et al.`, and its misprints `et all`, `et al..` (real lists print them), the Latin in
# full (`et alia`, `et alii`); French lists' `et coll.`, German ones' `u. a.` (`und
# andere`, in lower case: `U. A.` are initials); Japanese lists' `他` or `ほか` after a
# comma (`Example AB, 他: Title`), never a name's last character there, or after the
# middle dot that joins it to the last name (`道家太郎,例田花子・他.`); Korean lists'
# `등` or `외` after a name and a space (`홍길동, 김철수 등.`); `etc.` after a
# comma, as Korean and other East Asian Vancouver lists print it (`Example AB, Other CD,
# etc. Title`); Russian lists' `и др.` or `и соавт.` (or in full, `и другие`, `и
# соавторы`) after the last name (`Doe JA, Roe KB и соавт.`).
_ET_AL_END = re.compile(
    r"(?:[,;]?\s*(?:et\.?\s*all?\.{0,2}|et\s+ali[ai]\.?|et\s+coll?\.?|(?-i:\su\.\s?a\.?)|等人?|\.\.\.|…)"
    r"|,?\s+and\s+others|[,，、・]\s*(?:他|ほか)|[,;]\s*etc\.?|\s(?:등|외)|\sи\s(?:др|соавт|другие|соавторы)\.?)\s*$",
    re.I,
)
# `and`/`&` between names (`AND` in a block set in capitals, `,and` where a space was
# lost; German author-date lists print `und`, French ones `et`, not `et al.`: `Example,
# A. und B. Other`); the spaces before `&` are left to `strip` (as with `_SEPARATORS`),
# which spares trying a leading `\s*` at every position of the block.
# Not the `&` of a firm's name (`Example & Co.`, `Example & Sons`): one body, kept whole,
# where the firm's word ends the block or a word follows (`& Sons, C. D.`: a person).
_FIRM = r"(?!\s*(?:Co|Company|Sons|Partners|Associates|Bros|Brothers)\.?\s*(?:$|,\s*[A-Z][a-z]{2}))"
# Spanish and Portuguese lists join the last name by `y`/`e` (APA's Spanish and
# Portuguese editions: `Example, A., Other, B., y Third, C.`), Turkish ones by `ve`
# (`Örnek, A., Diğer, B. ve Üçüncü, C.`), Dutch ones by `en`, Norwegian and Danish ones by
# `og`, Swedish ones by `och`; read only after a comma and a space and before a family's
# capital (Turkish ones begin with `Ç`, `Ö`, `Ş`, `Ü`, `İ` too), as a body's `Salud y
# Deporte` or `Bureau Onderzoek en Statistiek` has no comma before its `y` or `en`.
_ROMANCE_AND = r", (?:[ye]|ve|en|og|och) (?=[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž])"
# The same words with no comma, after an initial's stop (`Example, B. y Other, C.`, as
# Spanish and Portuguese APA print it, `Örnek, İ. ve Diğer, Ü.` as Turkish APA does,
# `Example, H. en De Other, K.` as Dutch lists do),
# and German lists' `u.` (`und`) before a family
# (`Example, A. u. Other, B.`; `u. a.`, et al., has a small letter after it).
_INITIAL_AND = (
    r"(?<=[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž]\.)\s(?:[ye]|ve|en|og|och|u\.)\s(?=[A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-Ž][^\W\d_])"
)
_CONNECT = re.compile(
    rf"(?:,\s*|\s+)(?:and|AND|und|et(?!\s+al\b)|&{_FIRM})\s+|&{_FIRM}\s*|{_ROMANCE_AND}"
    rf"|\s(?:and|und)(?=[A-Z]\.)|{_INITIAL_AND}"  # `A. Example undB. Other`: a lost space
)
# Name separators; the spaces around them go with `strip`.
_SEPARATORS = re.compile(r"[,，、]")
# Taiwanese APA's `與` joining the last of Chinese names (`陳示明與林示華(2010)`): between
# two names of two to four ideographs each (a body's longer name holds it as a word).
_CJK_AND = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})與(?=[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff]))"
)
# Upper case and the Latin Extended-A pairs (lower cases pass), and three capitals of
# Latin Extended-B: Romanian's comma-below `Ș` and `Ț` (`Ș. Popescu`), and `Ȧ`, which PDF
# text prints for a Nordic `Å` (`Example, Ȧ.`): initials all.
_UP = "A-ZÀ-ÖØ-ÞĀ-ĶĹ-ŇŊ-ŽȘȚȦ"
# A hyphened given name's initials with the second in lower case (`Liu, W.-t.`, `Chung,
# C.-w.`), as Wade-Giles and Korean given names are abbreviated: one more form, its last
# stop optional (the grammar drops the stop closing the last name: `Chung, C.-w`).
_INITIALS = re.compile(
    rf"(?:[{_UP}][a-z]?\.\s?-?\s?){{1,4}}|(?:[{_UP}][a-z]?\.\s?-?\s?){{0,3}}[{_UP}]"
    rf"|(?:[{_UP}]\s?-?\s?){{1,4}}|[{_UP}]\.-[a-z]\.?"
    # `H A.`: spaced initials whose stop only the last kept (Kluwer's `Example, H A.:`)
    rf"|(?:[{_UP}]\s){{1,3}}[{_UP}]\."
)
_LOWER = r"[^\W\d_A-Z]"
_GIVEN = re.compile(rf"[A-Z]{_LOWER}+(?:-[A-Z]{_LOWER}+)?(?:\s+(?:[A-Z]\.\s?-?){{0,2}}[A-Z]\.?)?")
# Given names spelled out, maybe led by an initial and a space (`E. Tendayi`, `F. Scott`:
# Chicago and APA print a first initial and a middle name so; not `M.Yu`, a Russian
# two-letter initial) or followed by initials.
_GIVEN_NAMES = re.compile(
    rf"(?:[A-Z]\.\s(?=[A-Z]{_LOWER}{{2}}))?"
    rf"[A-Z]{_LOWER}+(?:[-\s][A-Z]{_LOWER}+){{0,2}}(?:\s+[A-Z]\.?){{0,2}}"
)
_LETTERS = re.compile(rf"[{_UP}]\.?(?:-?[{_UP}]\.)*|(?:[{_UP}]\.){{2,}}")
# Initials run together after a mixed-case family (`Smith AR`), or a Korean given name's
# joined by its hyphen (`Shin H-R`, as NLM's sources print it): no family word.
_RUN_TOGETHER = re.compile(rf"[{_UP}]{{2,3}}|[{_UP}]-[{_UP}]")
_TRAILING_PARTICLES = re.compile(r"(?:\s+(?:van|von|der|den|de|la|le|du|da|dos|ter|ten))+$")
# A Chinese body's name by its last words (`authors._CJK_BODY`'s, and `组`): kept whole,
# and scored as a body's name (`plausible_parts`), as GB/T lists print them as authors;
# with the traditional forms Taiwanese APA lists print (`示例教育學會`, `示例醫院`).
_CJK_BODY = re.compile(
    r"(?:委员会|协会|学会|中心|医院|大学|研究所|研究院|工作组|组|部|局|司|署|厅|网|社|政府|组织|学院"
    r"|办公室|集团|委員會|協會|學會|醫院|大學|學院|組織|辦公室|集團|組)$"
)
# A Chinese body's whole name: ideographs (a title's brackets, slashes or digits are none
# of it), a sentence's `的` not among them.
_CJK_BODY_NAME = re.compile(r"[\u4e00-\u7683\u7685-\u9fff]{3,24}")
# A foreign name transliterated into ideographs, given names and family joined by middle
# dots (`沃尔特·示例勒`, GB/T 7714's way with foreign names).
TRANSLITERATED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8})+")
# A name's word; its hyphens may be Unicode's (U+2010, U+2011: `Example‐roe`, as lists
# copied from publishers' pages print them).
_WORD = re.compile(r"[^\W\d_][\w'’.\-\u2010\u2011]*")
_SPACED_INITIAL = re.compile(rf"[{_UP}]\.(?:-[{_UP}]\.)?")  # `A.`, `J.-L.`: one initial
# Countries and regions a body's name carries (`Example Scotland`, `Athletics New
# Zealand`), read as a body only in a name of two words or more without initials:
# none is a given name, and the few that are family names (`England`, `Wales`, `Ireland`,
# `Holland`, `France`) are left out.
_REGION_WORDS = frozenset(
    """scotland zealand australia canada america britain kingdom europe germany italy
    switzerland netherlands sweden norway denmark finland austria belgium singapore
    queensland ontario""".split()  # noqa: SIM905 - a word list reads best as text
)
# Words a body's name may hold in lower case (`Department of Health`, `Example & Co`,
# `Instituto de Widgets`, `Gesellschaft für Widgets`, `Organización Mundial para la
# Salud`, `Fondation pour la Recherche`, `Bureau Onderzoek en Statistiek`, `Zentrale zur
# Förderung`).
_NAME_CONNECTORS = frozenset(
    """of for the and & on in at to with against upon by an a de del della di des du la le
    les et y e da do dos das van von der den voor für und och i para pour per el en het
    zur zum à às ao aos al em""".split()  # noqa: SIM905
)
# The connectors of Romance and Dutch bodies' names (`Fundación para el Ejemplo`, `Bureau
# Onderzoek en Statistiek`, Portuguese `Secretaria de Vigilância em Saúde`), which
# `is_body` weighs; a block a colon closes does not take them as a body's words
# (`Sociedad en Transición: Title` is a title's two parts).
_BODY_ONLY_CONNECTORS = frozenset(
    "para pour per el en het zur zum à às ao aos al em".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Names:
    """A reading of an author block: the people, `et al.`, and how name-like they are."""

    authors: tuple[Author, ...]
    et_al: bool
    score: float


@lru_cache(maxsize=4096)
def is_initials(token: str) -> bool:
    """`A. R.`, `A.R.`, `AR`, `J.-L.`: what styles print for given names."""
    token = token.strip()
    return bool(token) and _INITIALS.fullmatch(token) is not None and token[:1].isupper()


@lru_cache(maxsize=4096)
def is_given_part(token: str) -> bool:
    """The given-name half of an inverted name (`A. R.` or `Ana R.`), not a whole name."""
    return is_initials(token) or _GIVEN.fullmatch(token.strip()) is not None


# An Arabic family's article in lower case, joined to the next word by its hyphen
# (`Abd el-Example`, `Abu al-Example`), as NLM and APA lists print Egyptian and Levantine
# names transliterated: after the family's first word, `looks_family` passes it as it
# passes `van` and `de`.
_ARABIC_ARTICLE = re.compile(r"(?:al|el)-[^\W\d_][\w'’-]*")


# A foreign family transliterated in katakana (`サンプル`, with its long-vowel mark and
# middle dot), as Japanese lists print a Western author before Latin initials.
_KATAKANA_FAMILY = re.compile(r"[\u30a1-\u30ff]{2,12}")


# Dutch families led by the article's short form (`'t Hart`, `’t Hooft`): a particle in
# lower case, as `van` and `de` are (lower-case particles only: `Santos Y` has none).
_APOSTROPHE_PARTICLES = frozenset({"'t", "’t"})


@lru_cache(maxsize=4096)
def looks_family(token: str) -> bool:
    """One family name alone (`Smith`, `van der Berg`, `Clara-Trujillo`, `O’Connor`,
    `Abd el-example`)."""
    words = token.split()
    if not words or len(words) > 4 or is_initials(token):
        return False
    if _KATAKANA_FAMILY.fullmatch(token):
        return True  # `ソーニクロフト G`: a foreign family in katakana, Latin initials after it
    core = [w for w in words if w not in PARTICLES and w not in _APOSTROPHE_PARTICLES]
    if len(core) > 1 and "-" in token:  # `Abd el-example`: an Arabic article, a particle
        core = core[:1] + [w for w in core[1:] if _ARABIC_ARTICLE.fullmatch(w) is None]
    mixed = not token.isupper()  # `Smith AR`: capitals after a mixed-case word are initials
    return bool(core) and all(
        w[:1].isupper()
        and _WORD.fullmatch(w)
        and not _LETTERS.fullmatch(w)
        and not (mixed and _RUN_TOGETHER.fullmatch(w))
        for w in core
    )


def given_first(name: str) -> Author:
    """`A. R. Smith`, `Ana R. Smith`, `N. W. C. J. van de Donk`, `C. C. Cox Jr`."""
    tokens = name.split()
    suffix = tokens.pop().rstrip(".") if len(tokens) > 2 and is_suffix(tokens[-1]) else ""
    if len(tokens) < 2:
        return Author(family=name.strip(), suffix=suffix)
    lead = 0
    while lead < len(tokens) - 1 and is_initials(tokens[lead]):
        lead += 1
    cut = lead if lead else len(tokens) - 1  # `T. L. Abu Bakr`: all after the initials
    for idx in range(1, len(tokens) - 1):
        if tokens[idx] in PARTICLES or tokens[idx] in ("St", "St."):
            cut = min(cut, idx)
            break
    return Author(" ".join(tokens[cut:]), " ".join(tokens[:cut]), suffix)


# What `name_kind` says of a word, as bits.
_BODY_BIT, _AGENCY_BIT, _REGION_BIT, _LOWER_BIT, _INITIAL_BIT = 1, 2, 4, 8, 16


@lru_cache(maxsize=8192)
def name_kind(token: str) -> int:
    """The bits of one word that `is_body` weighs: a body's word or a connector
    (`is_organisation`: a name's words never span a space, so the name is a body when
    one of its words is), an agency's or firm's word, a country's, a lower-case word that
    is no connector, initials. Cached: words repeat far more than names."""
    kind = _BODY_BIT if is_organisation(token) else 0
    if agency_word(token):
        kind |= _AGENCY_BIT
    if token.lower() in _REGION_WORDS:
        kind |= _REGION_BIT
    if token[:1].islower() and token not in _NAME_CONNECTORS:
        kind |= _LOWER_BIT
    if is_initials(token):
        kind |= _INITIAL_BIT
    return kind


def names_a_body(name: str) -> bool:
    """Whether a word of `name` is one only bodies use (`Institute`, `Bureau`, `Services`,
    `Australia`): `is_body` without its connectors (`of`, `and`), which any title has."""
    for token in name.split():
        word = token.lower()
        if word in ORGANISATION_WORDS or word.removesuffix("s") in ORGANISATION_WORDS:
            return True
        if name_kind(token) & (_AGENCY_BIT | _REGION_BIT):
            return True
    return False


def is_body(name: str) -> bool:
    """Whether a printed name is a body's: one of `fieldmap`'s body words or a connector
    (`Example Working Group`, `Department of Widgets`), or, in a name whose words are all
    capitalised (titles use these words too: `Government debt`), an agency's or firm's
    word (`Example Services Task Force`) or, in a name of two words or more without
    initials, a country's (`Athletics New Zealand`; `Canada` alone is no body's name)."""
    tokens = name.split()
    kind = reduce(or_, map(name_kind, tokens), 0)
    if kind & _BODY_BIT:
        if len(tokens) == 2 and kind == _BODY_BIT | _INITIAL_BIT and family_initials(tokens):
            return False  # `Center MM`: a family that is a body's word, then initials
        return name[-1:] != ")" or not titled_acronym(name)
    if kind & _LOWER_BIT:
        return False
    if kind & _AGENCY_BIT:
        return True
    if (
        len(tokens) == 2
        and kind & _INITIAL_BIT
        and (two_acronyms(tokens) or acronym_word(tokens) or country_agency(tokens))
    ):
        return True
    return kind & (_REGION_BIT | _INITIAL_BIT) == _REGION_BIT and len(tokens) > 1


# Words that end a body's name of two to four capitalised words (`Example Heritage`,
# `Widget Connection`, `Example International`, `Example Rights Watch`), as author-date
# lists print a charity, a network or a site that wrote a web page or a report, and no
# person's name printed given first ends (a family's word: `Heritage J` or `Heritage, J.`,
# with initials or a comma, stays a person's). Last word only: titles and names use them
# elsewhere (`Heritage Example`).
_BODY_LAST_WORDS = frozenset(
    """heritage connection connections international collective partners solutions media
    analytics consulting watch""".split()  # noqa: SIM905 - a word list reads best as text
)


def last_word_body(tokens: list[str]) -> bool:
    """A whole comma-free name of two to four capitalised words, no initials among them,
    that ends in one of `_BODY_LAST_WORDS` (`Example Heritage`, `Widget Connection`): a
    body's; its first word may be the body's short form (`_BODY_SHORT_FORM`). Only where
    `person` reads a whole name, not in `is_body`, which judges given names of inverted
    ones too (`Roe, Peter Heritage`)."""
    return (
        1 < len(tokens) < 5
        and tokens[-1].lower() in _BODY_LAST_WORDS
        and all(token[:1].isupper() for token in tokens)
        and all(not is_initials(token) for token in tokens[1:])
        and (not is_initials(tokens[0]) or _BODY_SHORT_FORM.fullmatch(tokens[0]) is not None)
    )


# A body's short form of three capitals or more, undotted, opening its name before one of
# `_BODY_LAST_WORDS` (`XYZ International`, `ABC Media`): a person's undotted initials
# are one or two (`AB Heritage` stays a person's, as `J Heritage` does).
_BODY_SHORT_FORM = re.compile(r"[A-Z]{3,6}")


# A person's undotted initials after a family (NLM's `Center MM`), as no body ends its
# name: capitals only; the short forms of a firm (`Example AB`) or a country (`UK`) are no
# initials here.
_NLM_INITIALS = re.compile(r"[A-Z]{1,3}")
_NOT_INITIALS = frozenset(
    {"AB", "AG", "AS", "BV", "NV", "OY", "SA", "SE", "UK", "US", "EU", "UN", "NZ", "USA", "UAE"}
)


def family_initials(tokens: list[str]) -> bool:
    """Whether two words are a family in mixed case (`Center`, `Council`: a body's word)
    and a person's initials (`_NLM_INITIALS`), as NLM prints every name of its lists."""
    family, initials = tokens
    return (
        family[1:].islower()
        and _NLM_INITIALS.fullmatch(initials) is not None
        and initials not in _NOT_INITIALS
    )


# A name's short form in parentheses after it (`Example Health Database (EHD)`).
_PAREN_ACRONYM = re.compile(r"\s\([A-Z][A-Z\d]*(?:[-/][A-Z\d]+)*\)$")


def titled_acronym(name: str) -> bool:
    """`Health for Widgets Database (HWD)`: a work's name with its short form, printed
    first in an entry without authors (NLM: a database, a survey, a programme), which
    only a connector (`for`, `of`) would make a body's. A body that prints its short form
    names itself with a word only bodies use (`Example Health Organization (EHO)`)."""
    match = _PAREN_ACRONYM.search(name)
    return match is not None and not names_a_body(name[: match.start()])


def acronym_closed_body(name: str) -> bool:
    """`Example Health Organization (EHO)`: a body's name, with a word only bodies use,
    and its short form in parentheses after it, as lists print a body that wrote a work
    (GB/T: `Example Health Organization (EHO). Title[M]`)."""
    match = _PAREN_ACRONYM.search(name)
    if match is None:
        return False
    body = name[: match.start()]
    lead, of, _ = body.partition(" of ")
    if of and not names_a_body(lead):
        return False  # `Guidelines of the Example Society (ES)`: a title's words
    return names_a_body(" ".join(w for w in body.split() if w.lower() not in _WORK_WORDS))


# Words that name a work as often as a body (`Example Widget Study (EWS)`, a trial or a
# survey a title names): no body's word before a short form in parentheses.
_WORK_WORDS = frozenset(
    {"study", "studies", "trial", "trials", "project", "projects", "programme", "programmes"}
    | {"program", "programs", "initiative", "survey", "surveys"}
)


_VOWELS = frozenset("AEIOUY")


def two_acronyms(tokens: list[str]) -> bool:
    """`NTT EXAMPLECO`: a firm named by two words in capitals, the first three initials or
    more with no vowel (no pinyin syllable, unlike `LIU XIAOMING`; no person's one
    initial, unlike `K EXAMPLE`), the second too long to be initials. A person printed in
    capitals puts the family first (GB/T's `SMITH AB`), so three initials first and a
    family in capitals is no person's name."""
    first, second = tokens
    return (
        len(first) > 2
        and first.isalpha()
        and first.isupper()
        and second.isalpha()
        and second.isupper()
        and len(second) > 4
        and _VOWELS.isdisjoint(first)
    )


# A country's or union's short form before an agency's (`US EPA`, `UK HSE`, `EU JRC`), as
# environmental and health lists print government bodies in the author slot.
_COUNTRY_SHORT = frozenset({"US", "USA", "UK", "EU", "UN", "NZ", "U.S.", "U.K."})


def country_agency(tokens: list[str]) -> bool:
    """`US EPA`: a country's short form (`_COUNTRY_SHORT`, never a person's initials or
    family) and an agency's initials in capitals, two to six of them: one body's name."""
    first, second = tokens
    return first in _COUNTRY_SHORT and 1 < len(second) < 7 and second.isalpha() and second.isupper()


def acronym_word(tokens: list[str]) -> bool:
    """`BBC News`, `CNN Money`: a body's short form of three capitals or more with no
    vowel, then one word in mixed case, as a news outlet or a service names itself in
    the author slot. A person's initials given first stay a person's: two of them (`AB
    Example`), or a capitals family with its vowel (`LIU Example`), or dotted ones."""
    first, second = tokens
    return (
        len(first) > 2
        and first.isalpha()
        and first.isupper()
        and _VOWELS.isdisjoint(first)
        and len(second) > 2
        and second[0].isupper()
        and second[1:].isalpha()
        and second[1:].islower()
    )


# A Korean person's name in Hangul (`홍길동`): three syllables, the family's first, as
# Korean-language lists print most names, or four led by a compound family (`남궁민수`);
# two or four syllables otherwise are as likely a title's word (`서론`, `연구보고`).
_HANGUL_COMPOUND_FAMILIES = frozenset({"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"})
# The last syllables of Korean bodies' short names (`통계청`, `교육부`, `국회`, `한국은행`:
# an agency, a ministry, an office, an assembly, a bureau, a bank, a society), which no
# person's name is read from.
_HANGUL_BODY_ENDS = ("청", "부", "처", "회", "국", "단", "은행", "센터")


def hangul_name(name: str) -> bool:
    """Whether `name` is a Korean person's name in Hangul (three syllables, or four led by
    a compound family); no pattern: a class of syllables costs import time to compile."""
    size = len(name)
    if not (size == 3 or (size == 4 and name[:2] in _HANGUL_COMPOUND_FAMILIES)):
        return False
    return all("\uac00" <= ch <= "\ud7a3" for ch in name)


def hangul_person(name: str) -> Author:
    """A Korean name in Hangul split as Korean lists print it: the family's syllable (two
    for `_HANGUL_COMPOUND_FAMILIES`), then the given name."""
    size = 2 if name[:2] in _HANGUL_COMPOUND_FAMILIES and len(name) > 2 else 1
    return Author(family=name[:size], given=name[size:])


def person(name: str, family_first: bool, last_words: bool = True) -> Author:
    """One comma-free printed name, in the list's orientation unless its shape says.
    Uncached: `person_read` caches it with its score. Without `last_words` a name
    `last_word_body` would keep whole is read as a person's (`persons_among_persons`)."""
    name = name.strip().strip(",")
    hangul = "\uac00" <= name[:1] <= "\ud7a3" and hangul_name(name)
    if hangul and not name.endswith(_HANGUL_BODY_ENDS):
        return hangul_person(name)  # `홍길동`, not `통계청`
    if has_cjk(name):
        if TRANSLITERATED.fullmatch(name):  # `沃尔特·示例`: given names, a dot, the family
            return parse_cjk_name(name)
        if (
            len(name) > 4 or _CJK_BODY.search(name) or name in ANONYMOUS
        ):  # `示例骨髓瘤工作组`: a body, kept whole
            return Author(literal=name)
        return parse_cjk_name(name) if " " not in name.strip() else parse_family_first(name)
    tokens = name.split()
    if (
        is_body(name)
        or (len(tokens) > 5 and sum(not is_initials(t) for t in tokens) > 5)
        or (last_words and last_word_body(tokens))
    ):
        return Author(literal=name)
    if len(tokens) > 2 and is_suffix(tokens[-1]):  # `M. L. Šimić III`: the suffix aside
        core = person(" ".join(tokens[:-1]), family_first)
        return Author(core.family, core.given, tokens[-1].rstrip("."), core.literal)
    if (
        len(tokens) > 2
        and is_suffix(tokens[-2])
        and is_initials(tokens[-1])
        and not is_initials(tokens[0])
    ):
        return suffix_before_nlm_initials(tokens)
    if len(tokens) > 1 and is_initials(tokens[0].rstrip(",")) and not is_initials(tokens[-1]):
        return given_first(name)
    if len(tokens) > 2 and _SPACED_INITIAL.fullmatch(tokens[-1]):
        spaced = spaced_initials(tokens)
        if spaced is not None:
            return spaced
    if len(tokens) > 2 and tokens[-1] in PARTICLES and is_initials(tokens[-2]):
        return particle_after_initials(tokens)
    if len(tokens) > 1 and is_initials(tokens[-1]):
        return parse_family_first(name)
    if len(tokens) == 3 and _SPACED_INITIAL.fullmatch(tokens[1]):
        return given_first(name)  # `Ana R. Example`: a middle initial, in either orientation
    if family_first and len(tokens) == 2:  # `Li Wenjun`: full given names, family first
        return Author(tokens[0], tokens[1])
    return parse_family_first(name) if family_first else given_first(name)


def particle_after_initials(tokens: list[str]) -> Author:
    """`Example JC da`, `Example P.D. da` (Brazilian and Portuguese lists that keep the
    particle after the initials, as the name is sorted): the family with its particle
    before it (`da Example`), the initials the given names."""
    family = " ".join(tokens[:-2])
    return Author(f"{tokens[-1]} {family}", tokens[-2])


def suffix_before_nlm_initials(tokens: list[str]) -> Author:
    """`Example III JL`, `Example Jr AB` (NLM-like lists that keep the suffix where the
    name had it, before the initials): the family, then the suffix, then undotted
    initials; read as one person, the suffix aside, not as a family `Example III`."""
    return Author(" ".join(tokens[:-2]), tokens[-1], tokens[-2].rstrip("."))


def spaced_initials(tokens: list[str]) -> Author | None:
    """`Example A. K. P.` (Genetics, family first): every initial a token of its own, all
    of them the given names; None unless two or more follow a family name."""
    cut = len(tokens)
    while cut > 1 and _SPACED_INITIAL.fullmatch(tokens[cut - 1]):
        cut -= 1
    family = " ".join(tokens[:cut])
    if len(tokens) - cut < 2 or not looks_family(family):
        return None
    return Author(family, " ".join(tokens[cut:]))


def plausible(author: Author) -> float:
    """How much a parsed name looks like a person or a body (1.0 best)."""
    return plausible_parts(author.literal, author.family, author.given)


def plausible_parts(literal: str, family: str, given: str) -> float:
    """`plausible` on the strings. Uncached: it scores only what `person_read` (cached) and
    the pairs read first, and those repeat as seldom as names do; the word tests it
    makes are cached."""
    if literal:
        if has_cjk(literal):  # `国家药典委员会`: a body by its last words, ideographs only
            return 0.9 if _CJK_BODY_NAME.fullmatch(literal) and _CJK_BODY.search(literal) else 0.3
        body = (
            (is_body(literal) or last_word_body(literal.split()))
            and literal[:1].isupper()
            and ":" not in literal
            and (name_words(literal) or dated_body(literal) or romance_body(literal))
        )
        return 0.9 if body else 0.3
    if has_cjk(family):
        return 1.0 if len(family + given) <= 4 or transliterated(family, given) else 0.3
    if "\uac00" <= family[:1] <= "\ud7a3" and hangul_name(family + given):
        return 1.0  # `홍길동` (`hangul_person`)
    if not family_piece(family, given):  # `COBB`, `P.`: a short family in capitals too
        return 0.2
    if not given:
        return 0.6
    named = is_given_part(given) or _GIVEN_NAMES.fullmatch(given) is not None
    return 1.0 if named or given.isupper() else 0.4


def transliterated(family: str, given: str) -> bool:
    """Whether a CJK name's parts are a foreign name transliterated (`沃尔特·示例勒`, as
    `parse_cjk_name` splits it at its middle dot): a given name and a family of two to
    eight ideographs each. A Chinese name's parts are shorter (a given name of one or
    two ideographs, four in all), so only the dot makes parts this long."""
    return 2 <= len(given) <= 8 and 2 <= len(family) <= 8 and has_cjk(given)


def pop_et_al(block: str) -> tuple[str, bool]:
    """Drop a closing `et al.`, `等`, `他`, `…` or `and others`, and say whether there was
    one."""
    tail = block[-16:].lower()
    if not (
        "et" in tail
        or "等" in tail
        or "..." in tail
        or "…" in tail
        or "other" in tail
        or "u." in tail
        or "他" in tail
        or "ほか" in tail
        or "등" in tail
        or "외" in tail
        or "и " in tail
    ):
        return block, False  # none of the words the pattern needs: spare the regex
    match = _ET_AL_END.search(block, max(0, len(block) - 16))
    return (block[: match.start()], True) if match else (block, False)


@lru_cache(maxsize=4096)
def given_like(piece: str, first_inverted: bool) -> bool:
    """Whether `piece` is the given half of an inverted name; a demoted particle after it
    (`Wei J. von`) is allowed, and so are full given names in a first inverted name,
    unless they are a body's (`Human Rights and Equal Opportunity Commission`: no
    `Rights, Equal Opportunity Commission`). A body's one word is no given half
    (`Forschungszentrum Example, Example-Institut`: two bodies in a list)."""
    core = _TRAILING_PARTICLES.sub("", piece)
    if is_given_part(core):
        return not (len(core) > 10 and agency_word(core))
    return first_inverted and _GIVEN_NAMES.fullmatch(core) is not None and not is_body(core)


def inverted_pair(piece: str, nxt: str, first_inverted: bool) -> Author | None:
    """The name `piece, nxt` printed inverted (`Smith`, `A. R.`), or None when `nxt` is
    not its given half."""
    if family_piece(piece, nxt) and given_like(nxt, first_inverted):
        if suffix_before_initials(piece, nxt):
            return suffixed_family(piece, nxt)
        return demoted_particle(piece, nxt)
    return None


def family_piece(piece: str, nxt: str) -> bool:
    """Whether `piece` is the family of an inverted pair whose given half is `nxt`:
    `looks_family`, or a short family in capitals (`COBB`, `LEE`, `WOOD`) that
    `is_initials` would take for undotted initials, before dotted initials (`COBB, P.`,
    as French, Brazilian and older APA lists print families in capitals): undotted
    initials never stand before a comma and dotted ones (or one initial, `WOOD, T`, its
    stop taken by the block's end)."""
    if looks_family(piece):
        return True
    return (
        1 < len(piece) < 5
        and piece.isalpha()
        and piece.isupper()
        and _DOTTED_GIVEN.fullmatch(nxt) is not None
    )


# Dotted initials alone (`P.`, `J.-L.`, `A. B.`), or one initial whose stop the block's
# end took (`WOOD, T`): the given half `family_piece` needs.
_DOTTED_GIVEN = re.compile(rf"(?:[{_UP}]\.\s?-?\s?){{1,4}}|[{_UP}]")


def suffix_before_initials(family: str, given: str) -> bool:
    """Whether `family, given` is `Example Jr., R.B.` (`suffixed_family`'s shape)."""
    return "." in given and " " in family and is_suffix(family.rsplit(None, 1)[1])


def suffixed_family(family: str, given: str) -> Author:
    """`Example Jr., R.B.` (Springer and APA print the suffix after the family, before
    the inverted initials): family `Example`, suffix `Jr`. Only before dotted initials:
    in capitals without stops, `EXAMPLE JR, OTHER K` is a family and initials."""
    core, suffix = family.rsplit(None, 1)
    return Author(core, given, suffix.rstrip("."))


def demoted_particle(family: str, given: str) -> Author:
    """`Stein, Wei J. von` (Chicago demotes particles) → family `von Stein`."""
    words = given.split()
    cut = len(words)
    while cut > 1 and words[cut - 1] in PARTICLES:
        cut -= 1
    if cut == len(words):
        return Author(family, given)
    return Author(" ".join([*words[cut:], family]), " ".join(words[:cut]))


def inverted(piece: str) -> Author:
    """`Cox, C. C., Jr` (ACS, between semicolons), `SILVA, João Carlos da` (ABNT, between
    semicolons: the particle goes to the family, `demoted_particle`), or a name without a
    comma."""
    parts = [p.strip() for p in piece.split(",")]
    if len(parts) == 1:
        return person(piece, True)
    suffix = parts.pop() if len(parts) > 2 and is_suffix(parts[-1]) else ""
    given = " ".join(parts[1:])
    if given[-1:].islower() and " " in given:  # `SILVA, João da` (ABNT): the particle
        demoted = demoted_particle(parts[0], given)
        return Author(demoted.family, demoted.given, suffix.rstrip("."))
    return Author(parts[0], given, suffix.rstrip("."))


# The score of a reading that is no name (nothing, or `Anonymous`): left out of the names
# and of their mean. Kept in place while reading, since a suffix piece still joins it.
NO_NAME = -1.0


def scored(author: Author) -> tuple[Author, float]:
    """A reading with its plausibility, or `NO_NAME`."""
    if not (author.family or author.literal) or author.literal in ANONYMOUS:
        return author, NO_NAME
    return author, plausible_parts(author.literal, author.family, author.given)


@lru_cache(maxsize=8192)
def person_read(piece: str, family_first: bool) -> tuple[Author, float]:
    """`person` with its plausibility: one cached call per name where reading and scoring
    were two, and a name's score is final once it is read (`read_names` sums them)."""
    return scored(person(piece, family_first))


def pair_read(piece: str, nxt: str, first_inverted: bool) -> tuple[Author, float] | None:
    """`inverted_pair` with its plausibility, uncached: pairs repeat little, while the
    two tests on its pieces are cached per piece and repeat much.

    Without a particle demoted (the family is `piece` as printed) the score is known
    without `plausible`: `piece` looks like a family, and `nxt` is a given part
    (`given_like` took no particle off it, or one would have been demoted), so it is
    1.0, unless `piece` holds CJK, which `plausible` scores by length first."""
    if not (family_piece(piece, nxt) and given_like(nxt, first_inverted)):
        return None
    if suffix_before_initials(piece, nxt):
        return scored(suffixed_family(piece, nxt))  # as `inverted_pair` reads it
    pair = demoted_particle(piece, nxt)
    if pair.family == piece and not has_cjk(piece):
        return pair, 1.0
    return scored(pair)


# NLM's name whose two initials the list printed in mixed case (`Roe Am` for `Roe AM`),
# and the NLM names around it (`Doe N`, `Poe KB`).
_MIXED_INITIALS = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]")
_NLM_PIECE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z]{1,3}")


def mixed_initials(before: str, piece: str, nxt: str) -> bool:
    """Whether `piece, nxt` are two NLM names, the first's two initials printed in mixed
    case (`Doe N, Roe Am, Poe M`), not an inverted pair of a family of two words and a
    given name with an initial (`Roe Am`, `Poe M`): between two NLM names (`before`,
    `nxt`) the list is NLM's, whose names are never inverted."""
    return (
        _MIXED_INITIALS.fullmatch(piece) is not None
        and _NLM_PIECE.fullmatch(nxt) is not None
        and _NLM_PIECE.fullmatch(before) is not None
    )


def one_inverted(block: str, pieces: list[str]) -> bool:
    """Whether a block of two pieces parted by its one comma may be one name inverted,
    its given names spelled out (`Example, John Robert`, as Chicago's bibliography prints
    its first name before the title's stop, which the NLM head reads): the first piece
    one word, the second given names spelled out, so that the pair is read as an
    inverting style's first name is. A first piece of two words may be a person given
    first (`John Smith, Mary Doe`), a second with an initial a person family first
    (`Example, Other K`), and pieces an `and` parts (`Example and John Robert`) are two
    people."""
    return (
        len(pieces) == 2
        and " " not in pieces[0]
        and block.startswith(pieces[0] + ",")
        and block[len(pieces[0]) + 1 :].strip() == pieces[1]
        and all(len(word) > 1 and word[1:].islower() for word in pieces[1].split())
    )


def read_pieces(
    pieces: list[str], family_first: bool, inverted_first: bool = False
) -> tuple[list[Author], list[float], bool]:
    """Comma-pieces → people: an inverted pair (`Smith`, `A. R.`) where the next piece is
    a given part, a suffix piece (`Jr`) joining the name before, else a whole name.
    `inverted_first`: the style inverts the first name (`Smith, Ana`: Chicago, APA), so a first
    piece of given names (`Ana Maria`) belongs to the family before it. Each name comes
    with its plausibility (1.0 for the fast path's shapes, see `namefast`) or `NO_NAME`;
    and whether a whole name was `unusual` (what `read_names` reads the block again for)."""
    out: list[Author] = []
    scores: list[float] = []
    odd = False
    count = len(pieces)
    idx = 0
    while idx < count:
        piece = pieces[idx]
        quick = quick_name(piece)  # `Smith AR`, `A. R. Smith`: read as printed, unpaired
        if quick is not None:
            out.append(quick)
            scores.append(1.0)
            idx += 1
            continue
        if out and is_suffix(piece):
            prev = out[-1]
            out[-1] = Author(prev.family, prev.given, piece.rstrip("."), prev.literal)
            idx += 1
            continue
        if idx + 1 < count:
            nxt = pieces[idx + 1]
            pair = quick_pair(piece, nxt)
            if pair is not None:
                out.append(pair)
                scores.append(1.0)
                idx += 2
                family_first = False  # Chicago: only the first name is inverted
                continue
            read = (
                None
                if idx and mixed_initials(pieces[idx - 1], piece, nxt)
                else pair_read(piece, nxt, inverted_first and idx == 0)
            )
            if read is not None:
                out.append(read[0])
                scores.append(read[1])
                idx += 2
                family_first = False
                continue
        author, score = person_read(piece, family_first)
        out.append(author)
        scores.append(score)
        odd = odd or unusual(author)
        idx += 1
    return out, scores, odd


def persons_among_persons(
    authors: list[Author], scores: list[float]
) -> tuple[list[Author], list[float]]:
    """Names `last_word_body` kept whole (`Mark Watch`) read as persons' again in a list
    whose other names are persons' with spelled given names (`Mark Watch, John Doe`;
    `Doe, John, and Mark Watch`) or are such names too (`Mark Watch and Anna Media`): a
    body among persons printed so is rare, a family `Watch` or `Heritage` is not. Read given
    first, as its last word is the family's. Among initials (`Doe J, Example Heritage`) the
    body stays."""
    kept = [i for i, a in enumerate(authors) if a.literal and last_word_body(a.literal.split())]
    if not kept or len(authors) < 2:
        return authors, scores
    spelled = any(
        a.family and a.given and not is_initials(a.given.split()[0].rstrip(".")) for a in authors
    )
    if not spelled and len(kept) < 2:
        return authors, scores
    authors, scores = list(authors), list(scores)
    for i in kept:
        authors[i], scores[i] = scored(person(authors[i].literal, False, False))
    return authors, scores


def unusual(author: Author) -> bool:
    """A whole name read as a body (`Example Institute`: the block may be one body, see
    `one_body`) or as an initial and a family of two words (`W. Kindred Example`: maybe a
    middle name, see `spelled_middle_names`): the names a block is read again for."""
    return bool(author.literal) or (len(author.given) == 2 and " " in author.family)


# Words that lead the levels of a body's name (`National Heart, Lung, and Blood Institute`).
_BODY_ADJECTIVES = frozenset(
    "National International Federal Royal American British European Australian".split()  # noqa: SIM905
)


def body_word_fragment(piece: str) -> bool:
    """One capitalised word that is neither initials nor a particle (`Lung`, `Prevention`):
    a piece of a body's name its `and` or commas cut off, no person's whole name."""
    return (
        " " not in piece
        and piece[:1].isupper()
        and piece.isalpha()
        and not is_initials(piece)
        and not is_suffix(piece)
    )


# What a ministry's or commission's name says it deals with (`Department of Families,
# Housing, Community Services and Indigenous Affairs`, `Human Rights and Equal
# Opportunity Commission`; `Ministerio de Sanidad, Servicios Sociales e Igualdad`,
# `Ministerie van Onderwijs, Cultuur en Wetenschap`, `Ministry of Education, Culture and
# Science`, in the languages whose ministries real lists cite): words no person's name is
# made of, which mark a level of a body's name its commas or `and` cut off.
_PORTFOLIO_WORDS = frozenset(
    """Affairs Rights Opportunity Opportunities Housing Health Education Statistics Trade
    Welfare Environment Employment Communities Agriculture Transport Defence Defense
    Technology Sciences Research Development Energy Industry Resources Heritage Security
    Finance Planning Infrastructure Innovation Tourism Fisheries Forestry Immigration
    Citizenship Veterans Children Families Disability Prevention Safety Standards
    Protection Conservation Commerce Aging Ageing Care Excellence Quality Abuse Addiction
    Addictions Drugs Nutrition Labour Labor Crime
    Sanidad Salud Saúde Santé Gesundheit Servicios Serviços Sociales Sociais
    Igualdad Igualdade Educación Educação Éducation Bildung Trabajo Trabalho Travail Arbeit
    Empleo Emprego Bienestar Familia Familias Família Famille Familie Juventud Juventude
    Jeunesse Jugend Ciencia Ciência Recherche Forschung Hacienda Fazenda Finanzas Finanças
    Agricultura Agriculture Landwirtschaft Ambiente Environnement Umwelt Asuntos Assuntos
    Affaires Solidarités Solidaridad Cultura Culture Kultur Deportes Esportes Sports
    Vivienda Habitação Logement Soziales Senioren Frauen Science
    Onderwijs Cultuur Wetenschap Volksgezondheid Welzijn Sport Werkgelegenheid Zaken
    Klimaat Landbouw Natuur Voedselkwaliteit Infrastructuur Waterstaat Justitie Veiligheid
    Koninkrijksrelaties Utbildning Forskning Kunnskap Helse Omsorg Sundhed Undervisning
    Arbeid Arbete Integration Inkludering""".split()  # noqa: SIM905
)


def body_fragment(piece: str) -> bool:
    """A piece of a body's name (`Lung`, `National Heart`, `Indigenous Affairs`) that no
    body word marks: one word (`body_word_fragment`), words led by one that leads a
    body's level, or words one of which says what a body deals with, or a country's
    short form and one word (`US Food and Drug Administration`, `U.S. Food`)."""
    lead, _, rest = piece.partition(" ")
    return (
        body_word_fragment(piece)
        or lead in _BODY_ADJECTIVES
        or not _PORTFOLIO_WORDS.isdisjoint(piece.split())
        or (lead in _COUNTRY_SHORT and body_word_fragment(rest))
    )


# The words a body's name may end in a stop: a dotted abbreviation (`U.S.`, `J.-L.`) or a
# firm's (`Co.`).
_NAME_STOPS = re.compile(r"(?:[^\W\d_]\.-?)+|[A-Z][a-z]{1,2}\.")


@lru_cache(maxsize=4096)
def name_word(word: str) -> bool:
    """A word a name is made of: no lower-case word but a connector (`of`, `de`), no
    number, no closing stop but an abbreviation's (a sentence ends at one: `Institute.
    Guidelines for`); a stop inside a word is a lost space (`P.L.and`). No bracketed tag
    either: `Example Research Institute [Internet]` is NLM's title of a home page."""
    if word in _NAME_CONNECTORS:
        return True
    if word[:1].islower() or word[:1].isdigit() or word[:1] == "[":
        return False
    return not word.endswith(".") or _NAME_STOPS.fullmatch(word) is not None


def name_words(piece: str) -> bool:
    """Whether every word of `piece` is a `name_word`."""
    return all(map(name_word, piece.split()))


# The connectors of a body's name in French, Spanish, Italian and Portuguese, and in
# English, which a Romance body's name does not hold.
_ROMANCE_CONNECTORS = frozenset("de du des la le les della del di da do dos das".split())  # noqa: SIM905
_ENGLISH_CONNECTORS = frozenset("of for the and on in at to with by".split())  # noqa: SIM905


def romance_body(name: str) -> bool:
    """`Organisation mondiale de la santé`, `Société française d’ophtalmologie` (French,
    Spanish, Italian and Portuguese capitalise a body's first word only): a body's name
    (`is_body` said so) of at most eight words, led by a capitalised one, whose lower-case
    words come with a Romance connector (`de`, `della`) and no English one; an English
    title's lower-case words (`Organisation of care in …`) have an English connector or
    no Romance one."""
    words = name.split()
    if len(words) > 8 or not words[0][:1].isupper():
        return False
    if _ENGLISH_CONNECTORS.intersection(words) or _ROMANCE_CONNECTORS.isdisjoint(words):
        return False
    return all(word.isalpha() or word.replace("’", "").replace("'", "").isalpha() for word in words)


_YEAR_WORD = re.compile(r"(?:19|20)\d{2}")


def dated_body(name: str) -> bool:
    """`Example 2017 Widget Collaborators` (the Global Burden of Disease groups and their
    like): a body's name with the year of its round inside it, between words of a name.
    A year last (`Example Society 2016`) is rather a date the names end before."""
    words = name.split()
    return (
        len(words) > 2
        and any(_YEAR_WORD.fullmatch(word) for word in words[1:-1])
        and all(name_word(word) or _YEAR_WORD.fullmatch(word) for word in words[:-1])
        and name_word(words[-1])
    )


def one_body(pieces: list[str], block: str) -> bool:
    """Whether the comma- and `and`-pieces of a block (one of them read as a body's name:
    `read_names`) are the parts of one body's name:
    `Department of Widgets, National Example Institute, National Heart, Lung, and Blood
    Institute` (NLM prints a body's levels from the highest, in commas, and bodies
    apart in semicolons), `Food and Example Administration`. Every piece is a body or a
    fragment of one (`body_fragment`), one at least a body of two words or more, all of
    them words of a name (`name_words`); and a fragment shows that the pieces are one
    name, unless no comma split it (`Department of Health and Example Services`): two
    bodies side by side keep their commas. Two one-word fragments in a row, or one
    first with a comma after it, are an inverted person (`Example, Ming`, `Example,
    A.and Example Group`), so no body, unless the second says what a ministry deals with
    (`Ministry of Education, Culture and Science`: `_PORTFOLIO_WORDS`)."""
    if len(pieces) < 2:
        return False
    first = pieces[0]
    if block[len(first) : len(first) + 1] == "," and body_word_fragment(first):
        return False  # `Example, A. and Example Group`: an inverted person first
    fragments = bodies = 0
    after_word = False
    for piece in pieces:
        if " " in piece and is_body(piece):  # `Of` alone is a connector, not a body
            bodies += 1
            after_word = False
        elif body_word_fragment(piece):
            if after_word and piece not in _PORTFOLIO_WORDS:
                return False  # two words in a row: a person (`Example, Ming and … Group`)
            fragments += 1
            after_word = piece not in _PORTFOLIO_WORDS  # `…, Culture and Science`: no person
        elif body_fragment(piece):
            fragments += 1
            after_word = False
        else:
            return False
    return bodies > 0 and (fragments > 0 or "," not in block) and all(map(name_words, pieces))


# Capitalised particles and name prefixes that begin a family of two words after an
# initial (`E. Le Example`, `A. Abu Example`), never a middle name.
_FAMILY_PREFIXES = frozenset(
    """Van Von De Der Den Da Di Do Du Del Della Des Dos Das La Le Les Lo Ter Ten St Mac Mc
    Al El Abu Ben Bin Ibn Ould Bou""".split()  # noqa: SIM905 - a word list reads best as text
)
_ONE_INITIAL = re.compile(rf"[{_UP}]\.")
_SPELLED = re.compile(rf"[{_UP}]{_LOWER}+")


def spelled_middle_names(authors: list[Author]) -> list[Author]:
    """`Danzman, Sarah B., W. Kindred Example, and Thomas Oatley` (Chicago, MLA: given
    names printed as their bearers write them): in a block that spells given names out,
    an initial before two words is a first initial and a middle name (`W. Kindred`), as
    in `F. Example Fitzgerald`. Styles that abbreviate every given name (IEEE, APS) keep
    the two words a family (`A. Brito Montero`), and so does a family prefix (`E. Le
    Roux`). First, among two names or more, a name read as an outlet (`acronym_word`)
    is a person's (`outlets_as_persons`)."""
    authors = outlets_as_persons(authors)
    if not any(_SPELLED.match(author.given) for author in authors):
        return authors
    out = []
    for author in authors:
        words = author.family.split()
        if (
            len(words) == 2
            and _ONE_INITIAL.fullmatch(author.given)
            and _SPELLED.fullmatch(words[0])
            and words[0] not in _FAMILY_PREFIXES
        ):
            author = Author(words[1], f"{author.given} {words[0]}", author.suffix)
        out.append(author)
    return out


def outlets_as_persons(authors: list[Author]) -> list[Author]:
    """`JRR Example, MTW Other`: three undotted initials given first and a family, which
    `acronym_word` reads as an outlet's name (`BBC News`), are a person's among other
    names, as an outlet is its entry's one author (the names that are none, `Anon`, not
    counted: `read_names` leaves them out)."""
    kept = [a for a in authors if (a.family or a.literal) and a.literal not in ANONYMOUS]
    if len(kept) < 2:
        return authors
    out = []
    for author in authors:
        tokens = author.literal.split()
        if len(tokens) == 2 and acronym_word(tokens):
            author = given_first(author.literal)
        out.append(author)
    return out


def divided_body(block: str) -> bool:
    """`Example Electric Corporation (Staff of Widgets and Gears, Aerospace Div.)` (IEEE):
    a body's name with the division that wrote the work in parentheses, commas and all;
    one author, kept whole. The name before the parentheses is a body's, of words of a
    name, without commas, and a capital opens the parentheses (no `(n.d.)`, `(ed.)`)."""
    at = block.find("(")
    if not block.endswith(")") or at < 1 or block.count("(") != 1:
        return False
    if not block[at + 1 : at + 2].isupper():
        return False
    name = block[:at].strip()
    if " " not in name or "," in name or not is_body(name) or not name_words(name):
        return False
    return not titled_acronym(block)  # `Widget Database (WD)`: a work's name, no division


# German author-date lists join names by slashes (`Example, Anna/Other, Bernd/Third, C.`,
# the DIN 1505 and German social sciences' way): a slash between a name's letter or stop
# and a capital, with no space or one space each side (`Example, A. / Other, B.`, as
# others type it; a title's `RF/Microwave` has no comma-pieces of names).
_NAME_SLASH = re.compile(rf"(?<=[^\W\d_.]|\.) ?/ ?(?=[{_UP}][^\W\d_])")


def slashed_names(block: str) -> str:
    """`Example, Anna/Other, Bernd` → `Example, Anna, Other, Bernd`, when every slash
    joins inverted names (a comma before each slash's next comma): else unchanged."""
    parts = _NAME_SLASH.split(block)
    if len(parts) < 2 or not all("," in part for part in parts[:-1]):
        return block
    return ", ".join(part.strip() for part in parts)


def split_pieces(block: str) -> list[str]:
    """The comma-pieces of a block, `and`/`&` read as commas, empty pieces dropped."""
    if (
        "and" in block
        or "&" in block
        or "AND" in block
        or "und" in block
        or " et " in block
        or ", y " in block
        or ", e " in block
        or ". y " in block
        or ". e " in block
        or ". u. " in block
        or " ve " in block
        or " en " in block
        or " og " in block
        or " och " in block
    ):
        block = _CONNECT.sub(", ", block)
    if "/" in block:
        block = slashed_names(block)
    if "與" in block:
        block = _CJK_AND.sub(r"\1、", block)
    parts = block.split(",") if block.isascii() else _SEPARATORS.split(block)
    pieces = list(filter(None, map(str.strip, parts)))  # ASCII: `,` the only separator
    if not block.isascii() and _HANGUL_JOINED.search(block):
        pieces = [name.strip() for piece in pieces for name in hangul_joined(piece)]
    if ". " in block and any(map(_STOPPED_RUN.fullmatch, pieces)):
        return [name for piece in pieces for name in stopped_names(piece)]
    return pieces


# Korean names in Hangul joined by a middle dot or a full stop (`도가남·백선기`, `도가남.
# 백선기`), as Korean lists print two authors: a stop between two syllables of Hangul
# (`_HANGUL_JOINED`, searched first), and a piece of such names alone.
_HANGUL_JOINED = re.compile(r"[\uac00-\ud7a3]\s?[.·・]\s?[\uac00-\ud7a3]")
_HANGUL_NAMES = re.compile(r"[\uac00-\ud7a3]{2,4}(?:\s?[.·・]\s?[\uac00-\ud7a3]{2,4})+")
_HANGUL_MARKS = re.compile(r"[.·・]")


def hangul_joined(piece: str) -> list[str]:
    """The names of a piece of Korean names in Hangul a middle dot or a stop joins
    (`_HANGUL_NAMES`), each a piece; any other piece as it is."""
    if _HANGUL_NAMES.fullmatch(piece) is None:
        return [piece]
    return _HANGUL_MARKS.split(piece)


# A family and its dotted initials, family first (`Example A.`, `Example A.B.`), the
# initials maybe spaced (`Example B. C.`, as APA lists typed without commas print them:
# `Doe A. Roe B. C. & Poe C. A.`); a spaced initial is no family, which has two letters.
_STOPPED_NAME = rf"[{_UP}][^\W\d_]+(?:[-'’][{_UP}]?[^\W\d_]+)? [{_UP}]\.(?: ?[{_UP}]\.){{0,2}}"
_STOPPED_RUN = re.compile(rf"{_STOPPED_NAME}(?:\s+{_STOPPED_NAME})+")
_STOPPED_ONE = re.compile(_STOPPED_NAME)


def stopped_names(piece: str) -> list[str]:
    """`Example A. Other B.` (names in a row with no comma between them, each a family
    and its dotted initials, as hand-typed lists print them: `Example E. Other J. &
    Third L.`): each name a piece; any other piece as it is."""
    if _STOPPED_RUN.fullmatch(piece) is None:
        return [piece]
    return _STOPPED_ONE.findall(piece)


# A block of one capitalised word: a firm or body printing its name alone (Chicago:
# `Examplify. 2016. “Title.”`), or a family alone; scored as a family alone is, enough
# for a block an author-year grammar's year closes, not for one only a stop closes (a
# one-word title is that too).
_LONE_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{2,8}(?:-[A-Z]{1,3})?")
LONE_WORD_SCORE = 0.6
# A body printed by its initials (`WHO`, `OMS`), a series letter after a hyphen (`ITU-R`):
# no title is one such word, so it scores as a body's name does, whatever closes it. Three
# capitals at least: two are as often a person's initials (`TH. EXAMPLE`, in capitals).
_INITIALS_BODY = re.compile(r"[A-Z]{3,8}(?:-[A-Z]{1,3})?")
_ROMAN = re.compile(r"[IVXLC]{1,6}")  # `III`: a suffix or a volume, no body's initials


def lone_word(block: str) -> bool:
    """A block of one capitalised word, or of capitals (a body by its initials, `WHO
    (2015)`, or a family alone in capitals), that is no body's word and not
    `Anonymous`."""
    return (
        _LONE_WORD.fullmatch(block) is not None
        and block not in ANONYMOUS
        and not is_body(block)
        and _ROMAN.fullmatch(block) is None
    )


# A person's name spelled out, given first: a given name, maybe a middle initial, and a
# family (`Ana Example`, `Ana B. Example`, `Ana-Lisa Other-Third`).
_SPELLED_PERSON = re.compile(
    rf"[{_UP}]{_LOWER}+(?:-[{_UP}]{_LOWER}+)?(?: [{_UP}]\.)? [{_UP}]{_LOWER}+(?:-[{_UP}]{_LOWER}+)?"
)


def spelled_and_names(block: str, pieces: list[str]) -> bool:
    """`Ana Example and Ben Other` (LNCS, ACM, computer science lists that print authors'
    names as the papers do): names spelled out, none inverted, joined by `and`, are given
    first whatever the list's orientation (NLM prints initials, never a given name in
    full), unless both words of a name are pinyin (`Wang Fang and Li Na`: GB/T's
    English versions print them family first)."""
    if len(pieces) < 2 or (" and " not in block and "&" not in block):
        return False
    for piece in pieces:
        if _SPELLED_PERSON.fullmatch(piece) is None:
            return False
        words = piece.split()
        if is_pinyin(words[0]) and is_pinyin(words[-1]):
            return False
    return True


def listed_names(piece: str) -> bool:
    """Vancouver's persons before a group author and a semicolon (NLM: `Example AB, Other
    CD; Widget Study Group`, `Example A., Other C.D.; Group`): a `;`-piece whose first
    comma-piece is a family and its initials is several names, read as a block of its
    own, not one inverted pair (ACS's `Example, A. B., Jr; Other, C.`, whose first
    comma-piece is a family alone)."""
    head = piece.partition(",")[0].split()
    return len(head) > 1 and is_initials(head[-1])


# The role of a whole book's editors closing its author block, in the languages real lists
# print: NLM's `, editors` (`editores`, `organizadores`, `coordinadores`), APA's and
# Harvard's `(Ed.)`, `(Eds.)`, `(eds)`, German `(Hrsg.)`, `(Hg.)`, ABNT's `(Org.)`,
# `(Orgs.)`, `(Coord.)`, French `(dir.)`, `(éd.)`, Spanish `(comp.)`, Dutch and
# Scandinavian `(red.)` (redactie, redaktør).
_ROLE_END = re.compile(
    r"(?:\s*\((?:[Ee]ds?|[Éé]ds?|[Hh]rsg|[Hh]gg?|[Oo]rgs?|[Cc]oords?|[Dd]irs?|[Cc]omps?|[Rr]ed)\.?\)"
    r"|,\s*(?:editors?|editore?s|editoras?|organizador(?:a|es|as)?|coordinador(?:a|es)?"
    r"|coordenador(?:a|es)?|eds?\.?|Hrsg\.|Hg\.))\.?\Z"
)
# The last characters of a block that `_ROLE_END` may close: spares the search.
_ROLE_LAST = frozenset(").sradg")


def pop_role(block: str) -> str:
    """`block` without the editors' role that closes it (`_ROLE_END`): a whole edited
    book's editors are its author block, and the role word is no name."""
    match = _ROLE_END.search(block, max(0, len(block) - 20))
    return block[: match.start()].rstrip(" ,;") if match else block


# A semicolon list's last name after `&` (`Doe, N.; Roe, F. I.; & Poe, C.`), and as PDF
# text may print it: the `&` glued to the family and its comma turned into one more
# semicolon (`Doe, N.; Roe, F. I.; &Poe; C.`): a family word alone after `&`, then
# initials alone (the block's last stop may have gone with the names' end).
_AMPERSAND_LEAD = re.compile(r"\s*&\s*")
_FAMILY_ALONE = re.compile(rf"[{_UP}][^\W\d_]+(?:[-'’][^\W\d_]+)?")
_INITIALS_ALONE = re.compile(rf"(?:[{_UP}]\.?\s?){{1,3}}")
_LONE_INITIAL = re.compile(rf"[{_UP}]\.?")


def semicolon_pieces(block: str) -> list[str]:
    """The pieces of a semicolon list, the `&` before its last name dropped, and that name
    mended when PDF text glued the `&` to the family and made its comma a semicolon
    (`&Poe; C.` is `Poe, C.`)."""
    pieces = block.split(";")
    if "&" not in block or len(pieces) < 2:
        return pieces
    for at in range(len(pieces) - 1, max(0, len(pieces) - 3), -1):
        lead = _AMPERSAND_LEAD.match(pieces[at])
        if lead is None:
            continue
        if _LONE_INITIAL.fullmatch(pieces[at][lead.end() :].strip()):
            break  # `; & A` a block cut at an initial's stop (`; & A. Poe`): kept as it was
        pieces[at] = pieces[at][lead.end() :]
        if (
            at == len(pieces) - 2
            and _FAMILY_ALONE.fullmatch(pieces[at].strip())
            and _INITIALS_ALONE.fullmatch(pieces[-1].strip())
        ):
            return [*pieces[:at], f"{pieces[at].strip()}, {pieces[-1].strip()}"]
        break
    return pieces


# APA's ellipsis between the names it prints and the last author (APA 6 after six names:
# `Sixth, F., . . . Last, Z.`; APA 7 after nineteen: `Nineteenth, S., … Last, Z.`): the
# names left out are no name, and the last one is read as the others; the list is then
# cut short, as `et al.` cuts it (the work has authors the entry does not name, which a
# check of a named author must know). Tried only where a run of white space begins (no
# white space before it), with one run before the comma and one after it: a long run is
# scanned once, not once per space.
_NAMES_LEFT_OUT = re.compile(r"(?<!\s)\s*(?:,\s*)?(?:…|\.\s\.\s\.)\s*(?=[^\W\d_])")


# A German registered association's suffix (`e. V.`, `e.V.`: eingetragener Verein), which
# only a body's name carries (`Deutsche Gesellschaft für Widgets e. V.`); a person's
# initials are capitals (`Example, E. V.`).
_REGISTERED = re.compile(r"(?:(?<=[^\W\d_])|(?<=\)))\s+e\.\s?V\.?(?=,|\s|$)")
# Where a block of such bodies parts them: a comma after a suffix, before a capital
# (`A e. V., B e. V.`); `der`, `und` after it go on naming one body (`Arbeitsgruppe der A
# e. V., der B e. V. und der C e. V.`: the group of three societies).
_REGISTERED_CUT = re.compile(r"(?:(?<=\se\.\sV\.)|(?<=\se\.V\.)),\s+(?=[A-ZÄÖÜ])")
# A comma inside one body's name follows a suffix only (`A e. V., der B e. V.`); one after
# anything else parts a person from a body (`Doe J, Deutsche Gesellschaft … e. V.`).
_UNREGISTERED_COMMA = re.compile(r"(?<!e\.\sV\.)(?<!e\.V\.)(?<!e\.\sV)(?<!e\.V),")
_REGISTERED_NAME = re.compile(
    r"[A-ZÄÖÜ][^\W\d_]*(?:[\s-]+[^\W\d_][\w.]*)*(?:\s\([A-ZÄÖÜ][A-Za-zÄÖÜ]{1,9}\))?"
)


def registered_bodies(block: str, et_al: bool) -> Names | None:
    """The bodies of a block whose names close with a German association's suffix
    (`_REGISTERED`), each its own author where a comma parts them before a capital
    (`_REGISTERED_CUT`), scored as a body's name; None unless every piece ends with the
    suffix and is capitalised words before it, maybe the body's short form in parentheses
    (`_REGISTERED_NAME`: `Deutsche Gesellschaft für Widgets (DGW) e. V.`), and no comma
    but a suffix's is inside a piece (`_UNREGISTERED_COMMA`)."""
    authors = []
    for piece in _REGISTERED_CUT.split(block):
        core = _REGISTERED.sub("", piece).replace(",", " ")
        if not piece.endswith(("V.", "V")) or _REGISTERED_NAME.fullmatch(core) is None:
            return None
        if "," in piece and _UNREGISTERED_COMMA.search(piece):
            return None  # `Doe J, Deutsche Gesellschaft für Widgets e. V.`: a person first
        authors.append(Author(literal=piece))
    return Names(tuple(authors), et_al, BODY_SCORE)


# Unicode's hyphen (U+2010) or its non-breaking one (U+2011) between two initials (`B‑M`,
# `J.‑P.`), as Springer's German lists copied from their pages print a double given
# name's initials (`Example B‑M, Other E (2014)`): the ASCII hyphen the initials' patterns
# read. A hyphen inside a family (`Example‑Roe`) has a lower-case letter before it.
_UNICODE_HYPHEN_INITIAL = re.compile(r"(?<![^\W\d_])([A-Z]\.?)[\u2010\u2011](?=[A-Z](?:\.|\b))")


# A second initial typed in lower case between a capital one and the family (`E. j.
# Example`, as Korean names' second syllable is sometimes keyed): an initial, which
# `given_first` would take for a particle of the family (`j. Example`). A lower-case
# consonant alone with its stop, a capital initial before it and a capital after: no
# particle of a family is printed so but `v.` (`J. v. Example`, von's), left as the vowels
# are, joins they may be (`A. u. Example`, German's `und`; `y`, `e`, `i`).
_LOWER_SECOND_INITIAL = re.compile(r"(?<![^\W\d_])([A-Z]\.\s)([b-df-hj-np-tw-xz])(?=\.\s[A-Z])")


def upper_second_initial(match: re.Match[str]) -> str:
    """The match of `_LOWER_SECOND_INITIAL` with its second initial in capitals."""
    return match.group(1) + match.group(2).upper()


# `and` after the `;` between names (Chicago as some lists print it: `Balcaen, Pieter;
# and Cind Du Bois.`). Not `&`: a semicolon list's `; &` before a lone initial is read
# as it was (`test_shapes_review_g5`).
_SEMICOLON_AND = re.compile(r";\s+and\s+")


def read_names(block: str, family_first: bool = True, inverted_first: bool = False) -> Names:
    """Parse an author block; `family_first` orients names that carry no initials, and
    `inverted_first` says the first name is printed `Family, Given`."""
    block = block.strip().rstrip(",;:").strip()
    if "\u2011" in block or "\u2010" in block:  # `Example B‑M`: Unicode's hyphen in initials
        block = _UNICODE_HYPHEN_INITIAL.sub(r"\1-", block)
    if block[-1:] in ")）" or "), " in block or ") ," in block:
        block = unparenthesised_ideographs(block)
    if ". " in block:  # `E. j. Example`: a second initial typed in lower case
        block = _LOWER_SECOND_INITIAL.sub(upper_second_initial, block)
    japanese = block[-1:] in "他か" and _JAPANESE_ET_AL.search(block) is not None
    block, et_al = pop_et_al(block)
    if "; and " in block:  # `Roe, Ann; and Bo Poe`: the `and` after the names' `;` joins,
        block = _SEMICOLON_AND.sub("; ", block)  # no name's word
    block = block.strip().rstrip(",;").strip()
    if block[-1:] in "V." and _REGISTERED.search(block):
        registered = registered_bodies(block, et_al)
        if registered is not None:
            return registered
    if japanese and (unspaced := japanese_unspaced_pieces(block)) is not None:
        return Names(unspaced, et_al, 1.0)
    if block[-1:] in _ROLE_LAST:  # `Example A, editors`, `Example, A. (Hrsg.)`: the role
        block = pop_role(block)
    if not block:
        return Names((), et_al, 1.0 if et_al else 0.0)
    if "…" in block or ". . ." in block:
        block, left_out = _NAMES_LEFT_OUT.subn(", ", block)
        et_al = et_al or left_out > 0
    if block[-1] == ")" and divided_body(block):
        author, score = scored(Author(literal=block))
        return Names((author,), et_al, score)
    cut = False  # whether the block ends inside a name (`cut_inside_name`, `title_run_on`)
    if ";" in block:
        authors: list[Author] = []
        scores: list[float] = []
        for piece in semicolon_pieces(block):
            if "," in piece and listed_names(piece):  # persons before a group author
                listed = read_names(piece, family_first, inverted_first)
                authors.extend(listed.authors)
                scores.extend([listed.score] * len(listed.authors))
            elif piece.strip():
                author, score = (
                    person_read(piece, True) if "," not in piece else scored(inverted(piece))
                )
                authors.append(author)
                scores.append(score)
    elif " " not in block and lone_word(block):
        body = _INITIALS_BODY.fullmatch(block) or agency_word(block)  # `Skolverket`
        lone = BODY_SCORE if body else LONE_WORD_SCORE
        return Names((Author(literal=block),), et_al, lone)
    else:
        pieces = split_pieces(block)
        if family_first and (pinyin_given_first(pieces) or spelled_and_names(block, pieces)):
            family_first = False  # `Jialin Wang, Jin Chen`; `Ana Example and Ben Other`
        first_inverted = inverted_first or one_inverted(block, pieces)
        authors, scores, odd = read_pieces(pieces, family_first, first_inverted)
        if odd:  # a piece read as a body or as an initial and two words
            if one_body(pieces, block):
                author, score = scored(Author(literal=block))
                return Names((author,), et_al, score)
            authors = spelled_middle_names(authors)
            authors, scores = persons_among_persons(authors, scores)
        cut = cut_inside_name(pieces, block) or title_run_on(pieces)
    if NO_NAME in scores:  # rare: readings that are no name, left out
        authors = [a for a, s in zip(authors, scores, strict=True) if s != NO_NAME]
        scores = [s for s in scores if s != NO_NAME]
    if not scores:
        return Names((), et_al, 0.0)
    mean = sum(scores) / len(scores)
    if inverted_first and (mean < 0.95 or len(authors) == 1) and ", " in block and block.isupper():
        capitals = capitals_name(block)  # `DE EXAMPLE, MARLENE`: one person in capitals
        if capitals is not None:
            return Names(capitals.authors, et_al, max(mean, capitals.score))
    return Names(tuple(authors), et_al, min(mean, CUT_SCORE) if cut else mean)


# A name's ideographs in parentheses after its romanisation (`Wang Y-G (王某某), Chen X-J
# (陈某某)`), as the English lists of Chinese fisheries and agriculture journals print
# their Chinese authors: one to eleven ideographs (maybe a space between family and given
# name, `(张 俊)`), nothing else inside.
_NAME_IDEOGRAPHS = re.compile(r"[(（][\u4e00-\u9fff][\u4e00-\u9fff ]{0,10}[)）]")


def unparenthesised_ideographs(block: str) -> str:
    """`block` without its names' ideographs in parentheses (`_NAME_IDEOGRAPHS`) when what
    is left holds no ideograph and the block does not start with one: the romanised
    names are the ones the list reads. As given otherwise (a Chinese block's own
    parentheses, `张三(Zhang San)`, are `gbt7714.unromanised`'s)."""
    if block.isascii() or has_cjk(block[:1]):
        return block
    bare = _NAME_IDEOGRAPHS.sub(" ", block)
    if bare == block or has_cjk(bare):
        return block
    return " ".join(bare.split()).replace(" ,", ",").strip()


# One name inverted and set wholly in capitals, its given name spelled out (`EXAMPLE,
# RUPERT`, `DE EXAMPLE, MARLENE`, `EXAMPLE, JAMES, A.`): sociology journals (Ethnic and
# Racial Studies, Sociology) set their authors in small capitals, which copy as capitals.
# A family of one to three words (particles in capitals too), a given name of one or two
# words of three letters or more, maybe a middle initial after them.
_CAPS_WORD = rf"[{_UP}][{_UP}'’\-]+"
_CAPITALS_INVERTED = re.compile(
    rf"(?P<family>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,2}}), "
    rf"(?P<given>[{_UP}]{{3,12}}(?: [{_UP}]{{3,12}})?)(?:,? (?P<initial>(?:[{_UP}]\.\s?){{1,2}}))?"
)
_VOWEL_LETTERS = frozenset("AEIOUYÀÁÂÄÅÆÈÉÊËÌÍÎÏÒÓÔÖØÙÚÛÜ")
# Bodies printed by their initials that hold a vowel and so read as words (`WHO, UNICEF`:
# two bodies, no family and its given name).
_WORD_ACRONYMS = frozenset(
    """WHO UNICEF UNESCO UNDP UNEP UNAIDS UNHCR UNFPA UNIDO UNCTAD UNODC OECD NATO FAO IMF
    ILO IAEA WTO WIPO OPEC ASEAN NASA NOAA IPCC USAID CDC NICE IARC EPA ESA ECDC OHCHR
    UNRWA UNIFEM ICRC IUCN ISO IEEE ACM""".split()  # noqa: SIM905 - a word list reads best as text
)

# Countries in the languages whose lists print names in capitals (ABNT, French, Spanish,
# Turkish), and the capitals bodies sit in, which follow a body's name after a comma
# (`EUROSTAT, LUXEMBOURG`) and are no given name.
_COUNTRY_GIVENS = frozenset(
    """brasil brazil portugal españa espana chile méxico mexico argentina colombia perú peru
    france deutschland türkiye turkey china japan india europa europe luxembourg belgique
    suisse schweiz österreich italia nederland norge sverige danmark suomi polska
    england wales ireland
    washington london paris geneva genève bruxelles brussels ottawa canberra""".split()  # noqa: SIM905
)


def capitals_name(block: str) -> Names | None:
    """The one person of a block set in capitals and inverted with the given name spelled
    out (`_CAPITALS_INVERTED`), the given name in title case, scored as a person:
    `read_names` takes a word in capitals after the comma for a second family (`EXAMPLE`,
    `RUPERT`: two names without given ones). None otherwise: for a given word without a
    vowel (`WHO, CDC`: bodies' initials), a body's acronym that reads as a word
    (`_WORD_ACRONYMS`: `UNICEF`), a country after a body (`IBGE, BRASIL`), or a body's
    name on either side."""
    found = _CAPITALS_INVERTED.fullmatch(block.strip().rstrip(",").strip())
    if found is None:
        return None
    given = found.group("given")
    if any(not _VOWEL_LETTERS.intersection(word) for word in given.split()):
        return None
    family = found.group("family")
    if _WORD_ACRONYMS.intersection(given.split()) or family in _WORD_ACRONYMS:
        return None
    if len(family) > 2 and not _VOWEL_LETTERS.intersection(family):
        return None  # `NHS, ANNA`: a body's initials (a family has a vowel; `NG` is short)
    if given.lower() in _REGION_WORDS or given.lower() in _COUNTRY_GIVENS:
        return None  # `IBGE, BRASIL`: a body and its country
    if is_body(family) or is_body(given):
        return None
    initial = found.group("initial")
    given = given.title()  # `RUPERT` → `Rupert`: a run of capitals reads as initials
    full = f"{given} {initial.strip()}" if initial else given
    return Names((Author(family, full),), False, 0.95)


# NLM's name (`Example AB`), and one whose initials a stop and more words follow.
_NLM_NAME = re.compile(rf"[{_UP}][^\W\d_]+(?:[-\s][{_UP}][^\W\d_]+)* [{_UP}]{{1,3}}")
_NLM_STOPPED = re.compile(rf"[{_UP}][^\W\d_]+ [{_UP}]{{1,3}}\.\s+[^\W\d_]{{2}}")


def title_run_on(pieces: list[str]) -> bool:
    """Whether a piece after an NLM name (`Example AB`, initials without stops) is a
    name whose initials a stop closes and the title's words follow (`Other C. Widgets in
    the Example Region`: a sentence, with a lower-case word that is no particle, where a
    given-first name has a family, `Ana C. Example`): NLM's stop after the last initials
    ends the names, so a block that reads on past it (to a year inside the title, `…,
    2016.`) holds the title."""
    for idx in range(1, len(pieces)):
        piece = pieces[idx]
        if ". " not in piece:
            continue
        stopped = _NLM_STOPPED.match(piece)
        if stopped is None or not _NLM_NAME.fullmatch(before := pieces[idx - 1]):
            continue
        if is_suffix(before.rsplit(" ", 1)[1]):  # `Example Other III`: a suffix, no initials
            continue
        words = piece[stopped.end() - 2 :].split()  # a sentence: a lower-case word in it
        if any(word[:1].islower() and word not in PARTICLES for word in words):
            return True
    return False


# The score of a block cut inside a name (`cut_inside_name`): below what any grammar takes
# for names, whatever the names before the cut score.
CUT_SCORE = 0.5
# A given name and a middle initial without its stop (`James A`, of `James A. Example`).
_GIVEN_AND_INITIAL = re.compile(rf"[{_UP}]{_LOWER}+ [{_UP}]")
_JOINED_LAST = ("and", "&", "AND")


def cut_inside_name(pieces: list[str], block: str) -> bool:
    """Whether a block (as a stop closed it) ends inside its last name, the family still
    to come after the stop: initials alone after given-first names (`A. Example, A.G.
    Other, Journal …`: a stop inside `A.G.` read as the block's end, as `A.G. Other, IEEE`
    continues no name), or, after a first name inverted with its given name spelled out
    (Chicago, MLA: `Example, Ana, Bea Other and Carl D. Sample, “Title,” …`), the given
    name and middle initial of the last name, joined by `and`. No name of these shapes is
    whole: an inverted pair's given half is never joined to its family by `and`, and
    initials alone after a given-first name follow no family they could belong to (after
    a word alone they may: `EXAMPLE, A.`, a family of capitals that reads as initials)."""
    if len(pieces) < 2:
        return False
    last = pieces[-1]
    if is_initials(last):  # `A.G`, `A. G` after `A.F. Example` (not `Example, A. G.`)
        before = pieces[-2].split(" ", 1)
        return (
            ("." in last or len(last) == 1)
            and len(before) == 2
            and "." in before[0]  # dotted initials: no particle (`DA EXAMPLE, A.`)
            and is_initials(before[0])
        )
    if len(pieces) < 3 or _GIVEN_AND_INITIAL.fullmatch(last) is None:
        return False
    if not block[: block.rfind(last)].rstrip(" ,").endswith(_JOINED_LAST):
        return False
    return _SPELLED.fullmatch(pieces[1]) is not None and looks_family(pieces[0])


# A body printed by its initials alone (`WHO`, `AACN`): two to eight capitals.
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_ONE_LETTER = re.compile(rf"[{_UP}]\.?")  # a lone initial
# The lower-case words a block a colon closes may hold: particles, a body's connectors,
# `et al.`, `and`.
_COLON_BLOCK_WORDS = (
    PARTICLES | (_NAME_CONNECTORS - _BODY_ONLY_CONNECTORS) | {"et", "al", "al.", "al.,"}
)
# What no body's name before a colon holds: a quote, a semicolon, a publisher's word.
_NOT_A_BODY = re.compile(r"[”\";]|\b(?:Press|Publishers?|Publishing|Books|Verlag)\b")
# The score of a body's name (`plausible_parts` gives a body 0.9).
BODY_SCORE = 0.9


# A capitalised word, and the small words a body's name holds between them.
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ACRONYM_SKIPPED = frozenset(("of", "and", "for", "the", "on", "in", "&"))


def acronym_attested(acronym: str, rest: str) -> bool:
    """Whether the rest of the entry names the body an acronym before a colon stands
    for: the acronym again (`WHO: Title. WHO, Geneva`), or a run of capitalised words
    whose initials spell it (`AACN: Title. … American Association of Colleges of
    Nursing`). A title opening with an acronym (`HIV: the next decade`) has neither."""
    if re.search(rf"\b{re.escape(acronym)}\b", rest):
        return True
    initials = ""
    for word in _NAME_WORD.findall(rest):
        if word[:1].isupper():
            initials += word[0]
            if acronym in initials:
                return True
        elif word not in _ACRONYM_SKIPPED:
            initials = ""
    return False


def colon_names(block: str, rest: str = "") -> Names | None:
    """The names of an author block a colon closes, or None when `block` (the text
    before the colon) does not read as one.

    Springer's styles (LNCS, basic) and BioMed Central's classic style end the names with
    a colon: `Example, A., Other, B.J.: Title`, `Example, A., et al.: Title`, `Example A,
    Other BJ: Title`, a body `Example Widget Organization: Title` or its initials `EWO:
    Title`. A title's own colon (`Widget D: a review`, `Deep Widgets: Methods`) must not
    be read so, and the shape of the block tells them apart: persons all with initials
    for given names, with a comma (an inverted name, or a list), dotted initials or `et
    al.` besides (a lone `Word X` is as likely a title's words; see `colon_person`); or
    one body's name of capitalised words (`body_before_colon`); or an acronym the `rest`
    of the entry attests as a body's (`acronym_attested`)."""
    block = block.strip()
    if block[-1:] in "他か" and _JAPANESE_ET_AL.search(block):
        return japanese_colon_names(block)
    if not block[-1:].isascii():
        body = (
            japanese_body(block)
            or japanese_spaced_names(block)
            or japanese_unspaced_names(block, rest)
        )
        if body is not None:
            return body
    if _ACRONYM.fullmatch(block):
        if not acronym_attested(block, rest):
            return None
        return Names((Author(literal=block),), False, BODY_SCORE)
    if not block or len(block) > 400 or not block[:1].isupper():
        return None
    if any(
        word[:1].islower() and word not in _COLON_BLOCK_WORDS and not _GLUED_AND.fullmatch(word)
        for word in block.split()
    ):
        return None  # `Deep widgets in use: …`: a title's words (spares reading it)
    names = read_names(block, True)
    authors = names.authors
    if not authors or names.score < BODY_SCORE:
        return None
    if all(author.literal for author in authors):  # bodies (each scored 0.9: `is_body`)
        return names if body_before_colon(block) else None
    if not all(colon_person(author) or inverted_spelled(author, block) for author in authors):
        return None
    if len(authors) > 1 or names.et_al or "," in block or "." in authors[0].given:
        return names
    return names if nlm_name_alone(block, rest) or one_initial_book(block, rest) else None


# `and`/`und` glued to the next name's initial, as PDF text of older lists prints it
# (`…, W. J. Other, andE. G. Third: Title`): `_CONNECT` reads it as the join it is.
_GLUED_AND = re.compile(r"(?:and|und)[A-Z]\.(?:[A-Z]\.)*")
# Japanese lists' `et al.` closing the names before the colon (`山田太郎, 他: Title`,
# `山田太郎・他: Title`).
_JAPANESE_ET_AL = re.compile(r"[,，、・]\s*(?:他|ほか)\Z")


def japanese_colon_names(block: str) -> Names | None:
    """`Example AB, 他: Title. Journal 45: 12-18, 2012`, `山田太郎, 他: Title.` (the house
    style of Japanese medical journals: `Author, 他:` with the journal's volume, pages and
    year after the title): the `他` after a comma says the block is names, so no
    initials need to (`colon_person`); None unless every name reads as a person's, or
    is written in Japanese script alone (`日本例示学会, 他:`, a society's or a person's
    name kept whole: `他` follows either)."""
    names = read_names(block, True)
    if not names.authors or names.score < BODY_SCORE:
        return None
    if any(a.literal and not japanese_script(a.literal) for a in names.authors):
        return None
    return Names(tuple(map(japanese_halves, names.authors)), names.et_al, names.score)


def japanese_halves(author: Author) -> Author:
    """A Japanese person's four ideographs printed without the space between family and
    given name (`西岡心大` after Japanese lists' `他`): two and two, the common split of
    Japanese names (`parse_cjk_name` keeps four ideographs whole, as a Chinese list's
    transliterated family)."""
    family = author.family
    if author.given or author.literal or len(family) != 4:
        return author
    if any(not "\u4e00" <= ch <= "\u9fff" for ch in family):
        return author  # kana: a transliterated name, kept whole
    return Author(family[:2], family[2:], author.suffix)


# What says an entry is Japanese, not Chinese: kana (the title's particles `の`, `に`, its
# katakana words, the middle dot `・`) or the words Japanese journals print for volume,
# number and journal (`56 巻`, `523 号`, `日本例示誌`), which Chinese lists write otherwise
# (`卷`, `期`, `志`).
_JAPANESE_ENTRY = re.compile(r"[\u3040-\u30ff]|巻|号|誌")
# A person's name of ideographs alone printed without the space between family and given
# name (`道家太郎`), parted from the next by a comma.
_UNSPACED_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}")
# How a lone block of three or four ideographs before the colon that is no person's name
# ends, in words Japanese given names seldom end in: a prefecture's, a city's or a ward's
# (`東京都`, `大阪府`, `京都市`), a bank's, a paper's or a firm's (`日本銀行`, `朝日新聞`),
# kept whole as a body's; or a title's head noun (`環境問題:その現状と課題`, `地震工学:
# 基礎と応用`), no name at all.
_LONE_BODY_END = re.compile(r"(?:都|道|府|県|市|区|町|村|銀行|新聞|会社|組合|法人)\s*\Z")
_TITLE_HEAD_END = re.compile(
    r"(?:問題|研究|工学|科学|計画|調査|報告|技術|設計|管理|分析|理論|方法|概論|入門|政策"
    r"|対策|制度|環境|社会|経済|教育|医療)\s*\Z"
)


def japanese_unspaced_names(block: str, rest: str) -> Names | None:
    """`道家太郎, 例田花子:Title, Journal, 56 巻, …` (Japanese lists' house style, names
    printed without the space between family and given name before the colon): every
    piece between commas two to five ideographs, in an entry the rest of which is Japanese
    (`_JAPANESE_ENTRY`: a Chinese title's head before its colon, `冰川研究:现状`, is no
    name), and a lone piece three or four ideographs (a person's usual length; a title's
    head seldom is and has no comma to say it is a list). Each name parts as Japanese
    names mostly do (`japanese_halves`). None otherwise."""
    if len(block) > 80 or not _JAPANESE_ENTRY.search(rest[:200]):
        return None
    pieces = _JAPANESE_SEPARATOR.split(block.strip())
    if not all(_UNSPACED_NAME.fullmatch(piece) for piece in pieces):
        return None
    if len(pieces) == 1 and (len(pieces[0]) not in (3, 4) or _TITLE_HEAD_END.search(block)):
        return None
    if len(pieces) == 1 and _LONE_BODY_END.search(block):
        return Names((Author(literal=block.strip()),), False, BODY_SCORE)
    return Names(tuple(japanese_unspaced(piece) for piece in pieces), False, 1.0)


# Japanese lists' names closed by `他` (et al.) and a full stop, not a colon (`道家太郎,
# 例田花子,他.Title.`, `道家太郎,例田花子・他.Title.`): the pieces before the `他`, up to a stop of
# the block's length.
_JAPANESE_ET_AL_STOP = re.compile(r"([^.:;()]{2,120}?)[,，、・]\s*(?:他|ほか)\s*[.．]\s*")


# A body's last word of two ideographs or more (`例示学会`, `例示大学`, `例示委員会`), which
# no Japanese given name ends in (one ideograph, `省`, `庁`, may): a piece of four
# ideographs so ending is the body's whole name, not a family of two and a given name
# (`例示学会・他(2002)『書名』`, `例示学会・他.Title.`).
_JAPANESE_BODY_WORDS = "学会|協会|委員会|部会|機構|財団|研究所|研究会|連合会|大学|病院|会議"
_JAPANESE_BODY_WORD = re.compile(rf"(?:{_JAPANESE_BODY_WORDS})\Z")


# The marks between the unspaced names a Japanese `他` closes: a comma, or the middle dot
# (the pieces' spaces are stripped after the split: no `\s*` around the mark, which would
# try a long run of spaces at each of its places).
_JAPANESE_NAME_LIST = re.compile(r"[,，、・]")


def japanese_unspaced_pieces(block: str) -> tuple[Author, ...] | None:
    """The names of a block a Japanese `他` closed (`道家太郎,例田花子,他`: the `他` says
    the list is Japanese), when every piece is a name of two to five ideographs printed
    unspaced, each parted as `japanese_unspaced` says; None otherwise (a spaced name,
    `山田 太郎`, a body, a name in Latin letters). The middle dot parts names too
    (`道家太郎・例田花子・他`), as Japanese lists print it between names."""
    pieces = [piece.strip() for piece in _JAPANESE_NAME_LIST.split(block)]
    if not all(_UNSPACED_NAME.fullmatch(piece) for piece in pieces):
        return None
    return tuple(
        Author(literal=piece) if _JAPANESE_BODY_WORD.search(piece) else japanese_unspaced(piece)
        for piece in pieces
    )


def japanese_et_al_stop(body: str) -> tuple[Names, int] | None:
    """The names of `道家太郎,例田花子,他.Title.Journal 56:1-9, 2021` and where the title
    opens: every piece before the `他` a name of two to five ideographs printed unspaced
    (the `他` says the entry is Japanese, so each parts as `japanese_unspaced` says), or
    None."""
    found = _JAPANESE_ET_AL_STOP.match(body)
    if found is None:
        return None
    authors = japanese_unspaced_pieces(found.group(1))
    return None if authors is None else (Names(authors, True, 1.0), found.end())


def japanese_unspaced(name: str) -> Author:
    """A Japanese person's name of ideographs printed unspaced, parted where its
    ideographs say (`japanese_names.family_size`: a family of two of four, of one or two
    of three, two or three of five)."""
    size = family_size(name)
    return Author(name[:size], name[size:])


# Kana: an entry that prints any is Japanese (a Chinese entry prints none).
_KANA = re.compile(r"[\u3040-\u30ff]")
# How a body's name ends that `_JAPANESE_BODY_WORD` and `_LONE_BODY_END` leave out: an
# agency's, a ministry's, a bureau's or a section's (`消費者庁`, `例示省`), a house's, a
# school's.
_OFFICE_END = re.compile(r"(?:庁|省|局|課|室|部|出版|書院|書店|書房|社|堂|高校|学校|学院|医院)\Z")


def parted_japanese_names(authors: tuple[Author, ...], body: str) -> tuple[Author, ...] | None:
    """The reading's names with each Japanese person's name that came out whole (a family
    of three to five ideographs and no given name: `矢野敬文`, as the fallback and the
    readers whose block no colon closes leave it) parted as `japanese_unspaced` says, in
    an entry that prints kana; None when no name changes. A body's name (`…学会`,
    `…新聞`, `…庁`), a title's head noun (`環境問題`) and a name of two ideographs (a
    family printed alone) stay whole. The parting is `japanese_names.family_size`'s: a
    family of three in a name of four (`五十嵐健`) parts two and two, as every Japanese
    reader here parts it."""
    if not _KANA.search(body):
        return None
    parted = tuple(
        japanese_unspaced(author.family)
        if not (author.given or author.literal or author.suffix)
        and 3 <= len(author.family) <= 5
        and _UNSPACED_NAME.fullmatch(author.family)
        and not _JAPANESE_BODY_WORD.search(author.family)
        and not _LONE_BODY_END.search(author.family)
        and not _OFFICE_END.search(author.family)
        and not _TITLE_HEAD_END.search(author.family)
        else author
        for author in authors
    )
    return None if parted == authors else parted


# The marks between the names of a Japanese author-date list (`山田太郎・鈴木花子`).
_JAPANESE_NAME_MARKS = re.compile(r"[・、,，]")


def japanese_dated_names(block: str, kana: bool) -> Names | None:
    """The names before a Japanese list's year (`山田太郎(2002)『書名』…`, `山田太郎・鈴木花子
    (2002)`), or None unless every piece is ideographs alone. With `kana` in the entry
    (a Japanese list, not a Chinese one) a name of three or four ideographs parts as a
    Japanese name (`japanese_unspaced`: two and two, two and one or one and two, as its
    ideographs say), where `parse_cjk_name` would read a Chinese family of one (`馬渕仁`
    is 馬渕 仁). A closing `他` (`山田太郎・鈴木花子・他`) is the list's et al."""
    et_al = _JAPANESE_ET_AL.search(block) if block[-1:] in "他か" else None
    block = block[: et_al.start()] if et_al else block
    pieces = [piece.strip() for piece in _JAPANESE_NAME_MARKS.split(block.strip())]
    if len(block) > 80 or not all(_IDEOGRAPHS.fullmatch(piece) for piece in pieces):
        return None
    authors = []
    for piece in pieces:
        if kana and len(piece) in (3, 4) and not _JAPANESE_BODY_WORD.search(piece):
            authors.append(japanese_unspaced(piece))
        else:
            authors.append(parse_cjk_name(piece))
    return Names(tuple(authors), et_al is not None, 1.0)


_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]{2,6}")


# Japanese persons' names with the space Japanese lists print between family and given
# name (`小山 諭`, `山田 太郎, 佐藤 花子`), in ideographs alone (kana is a title's).
_JAPANESE_SEPARATOR = re.compile(r"\s*[,，、]\s*")


def japanese_spaced_names(block: str) -> Names | None:
    """The names before the colon of Japanese lists' house style (`小山 諭:Title.`, `山田
    太郎, 佐藤 花子: Title.`) when every piece is a spaced name (`spaced_cjk_name`): the space
    inside each says it is a person's name, which a title's head (`高齢者の医療:`) is not.
    None otherwise."""
    if len(block) > 120:
        return None
    pieces = _JAPANESE_SEPARATOR.split(block.strip())
    if not all(" " in piece and spaced_cjk_name(piece.split()) for piece in pieces):
        return None
    return Names(tuple(parse_cjk_name(piece) for piece in pieces), False, 1.0)


# The last words of a Japanese body's name (a ministry `省`, an agency `庁`, a society
# `学会`, an association `協会`, a committee `委員会`, an organisation `機構`, a foundation
# `財団`, a centre `センター`, an institute `研究所`, a university, a hospital, a
# subcommittee `部会`).
# A body's last word: those of `_JAPANESE_BODY_WORDS`, a ministry's and an agency's one
# ideograph (`省`, `庁`) and a centre's katakana (`センター`).
_JAPANESE_BODY_END = re.compile(rf"(?:省|庁|センター|{_JAPANESE_BODY_WORDS})\Z")


# Particles that join a phrase (`日本の大学`, `病院における`), which a body's name printed
# as an author seldom holds: such a block before the colon is a title's head.
_JAPANESE_PARTICLE = re.compile(r"[のとをにへ]|における")


# A Japanese body's name that holds a short form in Latin capitals or a number between
# its Japanese words (`日本例示学会WIDガイドライン第6版作成委員会`, a guideline's committee):
# Japanese script first and last.
_BODY_WITH_LATIN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff][\u3040-\u30ff\u4e00-\u9fffA-Z0-9]+")


def japanese_body(block: str) -> Names | None:
    """`厚生労働省: Title.`, `日本例示学会: Title.` (Japanese lists' corporate authors before
    the colon of their house style): a name in Japanese script alone that ends in a
    body's word (`_JAPANESE_BODY_END`), kept whole; None otherwise (a title's own colon,
    `高齢者の医療: 現状と課題`), nor a phrase its particles join (`_JAPANESE_PARTICLE`:
    `日本の大学: 現状と課題` is a title's head)."""
    if len(block) > 40 or not _JAPANESE_BODY_END.search(block):
        return None
    # a committee printed after its society, each level parted by a space (`日本例示学会
    # 例示委員会`): one body, as the lists print its levels; the body's last word says so
    bare = block.replace(" ", "")
    if not japanese_script(bare) and not _BODY_WITH_LATIN.fullmatch(bare):
        return None
    if _JAPANESE_PARTICLE.search(block):
        return None
    return Names((Author(literal=block),), False, BODY_SCORE)


def japanese_script(name: str) -> bool:
    """Whether `name` is written in ideographs and kana alone (no Latin letter, digit or
    stop): a Japanese name or body kept whole."""
    return all("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in name)


# A person's two or three undotted initials after a family, NLM's way (`Example DW`), which
# a title's words before its colon seldom are; the short forms titles do print so
# (`Explainable AI: …`, `Windows NT: …`), a firm's or a country's, and Roman numerals
# (`Widgets II: …`) are no initials here.
_NLM_ALONE = re.compile(rf"[{_UP}][a-z]+(?:-[{_UP}][a-z]+)? ([{_UP}]{{2,3}})")
_TITLE_CAPITALS = frozenset(
    """AI ML RL DL OS TV UI UX NT IT VR AR CV QA HR PR PC IP ID ED ER OR CT MR
    DNA RNA HIV MRI PET ICU NLP IOT API GPS CPU GPU TNM""".split()  # noqa: SIM905
)
# The rest of the books those lists print so: `. Place: Publisher, YEAR` (JAVMA), `. YEAR,
# Place: Publisher` (BioMed Central's classic style); not NLM's `Place: Publisher; YEAR`,
# whose names a stop closes, so that a colon after its first words is the title's own
# (`Statistics NZ: Widget report. Place: Publisher; 2001.`).
_COLON_BOOK_REST = re.compile(
    r"\.\s+(?:[A-Z][^.:;]{1,40}:\s*[^.:;,]{2,80},\s*(?:1[5-9]|20)\d\d\b"
    r"|(?:1[5-9]|20)\d\d,\s+[A-Z][^.:;]{1,40}:\s*[A-Z])"
)

# The rest of the articles those lists print so (Acta Veterinaria Scandinavica's and the
# old veterinary journals' own: `Example AB: Title. Acta vet. scand. 1977, 18, 11–19.`):
# a title's stop, the journal, then `YEAR, VOL, PAGES` closing the entry; NLM's `Journal.
# 2001;12:1-5` has its date after the journal's stop and `;`, which this is not. The
# pages hold their spaces once (possessive), so that a run of spaces is read one way.
_COLON_ARTICLE_REST = re.compile(
    r"\.\s+[A-Z][^:;]{1,80}?[^\W\d_]\.?\s(?:1[5-9]|20)\d\d,\s*\d{1,4},\s*\d[\d\s–-]*+(?:\.\s*)?$"
)
# And their theses: the title's stop, the genre, the institution (`Example G: Title.
# Thesis. Example Veterinary Institute, Oslo 1981.`).
_COLON_THESIS_REST = re.compile(
    r"\.\s+(?:(?:Ph\.?\s?D\.?|Doctoral|Master'?s?|Licentiate)\s+)?(?:[Tt]hesis|[Dd]issertation)"
    r"[.,]\s+[A-Z]"
)


# One person with a single undotted initial (`Example T`), and a book's imprint after the
# title (`. Place: Publisher, 1991`); the nouns a title's letter follows (`Vitamin D: …`,
# `Hepatitis C: …`, `Phase B: …`) are no family.
_FAMILY_ONE_INITIAL = re.compile(rf"[{_UP}][a-z]{{2,}}(?:-[{_UP}][a-z]+)? [{_UP}]")
_BOOK_IMPRINT = re.compile(r"\.\s+[A-Z][^.:;]{1,40}:\s*[^.:;,]{2,80}[,;]\s*(?:1[5-9]|20)\d\d\b")
_LETTER_NOUNS = frozenset(
    """Vitamin Hepatitis Protein Factor Type Group Part Plan Phase Class Model Section
    Chapter Appendix Annex Generation Schedule Form Grade Stage Category Level Series
    Project Program Programme Star Article Exhibit Table Figure Complex Syndrome Site Zone
    Unit Block Track Option Scenario Subject War Title Volume Book Lot Sector Route
    Problem Case Patient Mr Mrs Ms Dr Brand Brands Agent Toxin Antigen Strain Serotype
    Kinase Channel Receptor Fraction Region Domain Helix Wing Floor Gate""".split()  # noqa: SIM905
)


def one_initial_book(block: str, rest: str) -> bool:
    """`Example T: Widgets of Dogs and Cats: A Guide. Place: Publisher, 1991: 1–141.`
    (JAVMA's and the old veterinary lists' books, a person with one initial): a family
    in mixed case and one capital before the colon, no noun a title's letter follows, and
    the rest a book's (a title, then `Place: Publisher, YEAR`) or a thesis's (a title,
    then `Thesis. Institution`: `_COLON_THESIS_REST`)."""
    if _FAMILY_ONE_INITIAL.fullmatch(block) is None or block[:-2] in _LETTER_NOUNS:
        return False
    if block[-1] in "IVX" or not rest.lstrip()[:1].isupper():
        return False
    return _BOOK_IMPRINT.search(rest) is not None or _COLON_THESIS_REST.search(rest) is not None


def nlm_name_alone(block: str, rest: str) -> bool:
    """`Example DW: Title. Place: Publisher, 1988` (JAVMA's and the old veterinary
    lists' books, BioMed Central's `Title. 2003, Place: Publisher`): one person before
    the colon, a family in mixed case and two or three undotted initials, as NLM prints
    them; not a title's word and a short form; the rest a book's (`_COLON_BOOK_REST`) or
    an article's in those lists' order (`_COLON_ARTICLE_REST`)."""
    match = _NLM_ALONE.fullmatch(block)
    if match is None:
        return False
    if _COLON_BOOK_REST.search(rest) is None and (
        not rest.lstrip()[:1].isupper()
        or (_COLON_ARTICLE_REST.search(rest) is None and _COLON_THESIS_REST.search(rest) is None)
    ):
        return False  # an article's title opens with a capital: `Example AB: Title. …`
    initials = match.group(1)
    return (
        initials not in _TITLE_CAPITALS
        and initials not in _NOT_INITIALS
        and _ROMAN.fullmatch(initials) is None
    )


def colon_person(author: Author) -> bool:
    """A person of a block a colon closes: initials for given names, and a family of at
    most three words (`van der Example`); more are a title's words the reading took for
    a family (`SAMPLE, M. WIDGETS OF EXAMPLE GEARS: A REVIEW`)."""
    return bool(author.family) and is_initials(author.given) and author.family.count(" ") < 3


# A given name spelled out and a dotted middle initial (`Alexander L.`, `Anna-Maria B.`),
# as Springer's physics and mathematics books print inverted names before the colon
# (`Example, Alexander L., Other, John D.: Title`).
_SPELLED_DOTTED = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z]\.)+")


def inverted_spelled(author: Author, block: str) -> bool:
    """A person of a block a colon closes printed inverted, its given name spelled out
    with a dotted middle initial (`_SPELLED_DOTTED`): the comma between family and given
    name says it is a name, as a title's words (`Sample J. Widgets`) have none."""
    return (
        bool(author.family)
        and _SPELLED_DOTTED.fullmatch(author.given) is not None
        and f"{author.family}, {author.given}" in block
    )


def body_before_colon(block: str) -> bool:
    """Whether a block read as bodies' names may be closed by a colon, as a title's
    words before its own colon may read as a body's too (`Progression of Example Cells:
    A Review`, where `of` makes a body): a word only bodies use (`names_a_body`:
    `Organization`, `Society`), no quote (`Trial.” In Example Review`), no semicolon
    and no publisher's word (`Meeting of the Example Society; Example Society Press:
    Sampletown, 2001`: ACS's `Publisher: Place`), brackets closed, not set in capitals
    (`WIDGETS OF THE EXAMPLE SOCIETY: A REVIEW`), and no lone initial (`Sample J.
    Widgets Society`: a person and a title's words)."""
    # bodies a comma parts (`Example Agency, XYZ International`): a word's comma is no part
    # of it
    if block.isupper() or not names_a_body(block.replace(",", " ")) or _NOT_A_BODY.search(block):
        return False
    if block.count("(") != block.count(")"):  # `Society (Sampletown`: cut inside brackets
        return False
    return not any(_ONE_LETTER.fullmatch(word) for word in block.split())
