"""Author lists as printed by GB/T 7714, Vancouver/NLM and metadata records."""

from __future__ import annotations

import re
from functools import lru_cache

from mmrefs.model import Author
from mmrefs.names import PARTICLES, is_suffix
from mmrefs.text import has_cjk

_INITIAL = re.compile(r"(?:[^\W\d_a-z]\.?)(?:-[^\W\d_a-z]\.?)?")
# The last words of a Chinese body's name (a committee, society, centre, hospital,
# university, institute, working group, ministry, bureau or department, news site or
# agency, firm `公司`, government, organisation, college, office, group of firms), which
# GB/T lists print as authors (`国家药典委员会`, `人民网`, `北京市人民政府`): kept whole.
_CJK_BODY = re.compile(
    r"(?:委员会|协会|学会|中心|医院|大学|研究所|研究院|工作组|小组|部|局|司|署|厅|网|社|政府|组织"
    r"|学院|办公室|集团)$"
)
ANONYMOUS = frozenset({"佚名", "Anon", "Anon.", "Anonymous", "ANON", "ANONYMOUS"})
# `et al.` (and its misprints `et all`, `et al..`), `等`.
ET_AL = re.compile(r"^(?:等|等人|et\.?\s*all?\.{0,2})$", re.IGNORECASE)
CJK_COMPOUND_FAMILIES = frozenset(
    {
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "申屠",
        "澹台",
    }
)


_MIDDLE_DOTS = "·•・‧"
_MIDDLE_DOT = re.compile(f"[{_MIDDLE_DOTS}]")  # one search in C for the few names with one
_LATIN_INITIALS = re.compile(r"[A-Z]{1,3}$")
_LIST_SEPARATORS = re.compile(r"\s*[,，、;；]\s*")
_ENDS_ET_AL = re.compile(r"\s(?:et\s+all?\.{0,2})$", re.IGNORECASE)
_TRAILING_ET_AL = re.compile(r"\s+et\s+all?\.{0,2}$", re.IGNORECASE)


# A Chinese name in pinyin as the English versions of Chinese lists print it: family first
# with the given name spelled out (`Li Jiyu`), or given first with the family in capitals
# (`Jiyu LI`); a given name of two syllables may be hyphenated (`Ji-Yu`).
_PINYIN_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_PINYIN_FAMILY_FIRST = re.compile(rf"([A-Z][a-z]+) ({_PINYIN_WORD})")
_PINYIN_GIVEN_FIRST = re.compile(rf"({_PINYIN_WORD}) ([A-Z]{{2,}})")
# `ü` as printed in names (`Lyu`, `Lv`), which the syllable table spells `lü`.
_PRINTED_U = frozenset({"lv", "nv", "lyu", "nyu"})


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """The syllables of Mandarin in pinyin (some 420), from `pypinyin`'s Wade-Giles table,
    which lists each once; loaded on first use (importing `pypinyin` costs 0.15 s)."""
    from pypinyin.style.wadegiles import _convert_table

    return frozenset(row[0] for row in _convert_table) | _PRINTED_U


# Two-word terms in pinyin that open English titles or name places, no person's family
# and given name (`Tai Chi, Widget exercise, …`, `Hong Kong, Widget statistics, …`).
PINYIN_TERMS = frozenset({"Tai Chi", "Qi Gong", "Feng Shui", "Yin Yang", "Hong Kong", "Wu Shu"})


@lru_cache(maxsize=4096)
def is_pinyin(word: str) -> bool:
    """Whether `word` spells one or two pinyin syllables (`Li`, `Jiyu`, `Zhi-Yan`): a
    Chinese family or given name."""
    syllables = pinyin_syllables()
    parts = word.lower().split("-")
    if len(parts) > 1:
        return len(parts) == 2 and parts[0] in syllables and parts[1] in syllables
    word = parts[0]
    return word in syllables or any(
        word[:cut] in syllables and word[cut:] in syllables for cut in range(1, len(word))
    )


# A Chinese name in pinyin of two words spelled out in mixed case, in either order.
_PINYIN_PAIR = re.compile(rf"({_PINYIN_WORD}) ({_PINYIN_WORD})")
# Chinese family names of two syllables (`Ouyang`, `Sima`): a name led by one is printed
# family first, though its first word has more syllables than its second.
_COMPOUND_FAMILIES = frozenset(
    """ouyang sima zhuge shangguan dongfang huangfu situ xiahou murong gongsun zhangsun
    yuwen linghu duanmu dugu nangong ximen shentu tantai""".split()  # noqa: SIM905
)


def pinyin_given_first(pieces: list[str]) -> bool:
    """Whether Chinese names in pinyin of two mixed-case words (`Jialin Wang, Jin Chen`)
    are printed given first, as authors writing in English often print their own names.
    A Chinese family name is one syllable (but the few compounds: `_COMPOUND_FAMILIES`),
    a given name often two; so the names are given first when some name is a word of two
    syllables then one of one (`Jialin Wang`), none the other way (`Li Jiyu`, family
    first, as GB/T's English versions print it), and every word of every name is pinyin
    (`Ana Smith` is not). Names of one syllable each (`Jin Chen`) say nothing alone."""
    if not pieces:
        return False
    syllables = None
    given_first = False
    for piece in pieces:
        match = _PINYIN_PAIR.fullmatch(piece)
        if match is None:
            return False
        first, second = match.group(1).lower(), match.group(2).lower()
        if first in _COMPOUND_FAMILIES or not (is_pinyin(first) and is_pinyin(second)):
            return False
        syllables = syllables or pinyin_syllables()
        one_first, one_second = first in syllables, second in syllables
        if one_first and not one_second:
            return False
        given_first = given_first or (one_second and not one_first)
    return given_first


def pinyin_names(pieces: list[str]) -> tuple[Author, ...] | None:
    """`Li Jiyu, Lan Yubin` or `Jiyu LI, Yubin LAN`: Chinese names in pinyin with the
    given name spelled out, which an English version of a GB/T 7714 entry may print. Read
    only when every name has the one shape and all its words are pinyin (so `Ana Smith`
    is not), and, given first, when a family of four capitals or more shows that the
    capitals are no run of initials (`Smith AB`, `Li AN`: NLM's family and initials)."""
    if not pieces or not all(p.isascii() and " " in p for p in pieces):
        return None
    matches = [_PINYIN_FAMILY_FIRST.fullmatch(p) for p in pieces]
    if all(matches) and pinyin_given_first(pieces):  # `Jialin Wang`: the family last
        pairs = [(m.group(2), m.group(1)) for m in matches if m]
    elif all(matches):
        pairs = [(m.group(1), m.group(2)) for m in matches if m]
    else:
        matches = [_PINYIN_GIVEN_FIRST.fullmatch(p) for p in pieces]
        if not all(matches):
            return None
        pairs = [(m.group(2), m.group(1)) for m in matches if m]
        if all(len(family) < 4 for family, _ in pairs):
            return None
    if not all(is_pinyin(family) and is_pinyin(given) for family, given in pairs):
        return None
    return tuple(Author(family, given) for family, given in pairs)


# `&` between two names (`Dixit A. K. & Stiglitz J. E.`), not before a firm's word
# (`Example & Sons`).
_AMPERSAND = re.compile(r"\s+&\s+(?!(?:Co|Company|Sons|Partners|Associates|Bros|Brothers)\b)")


# An initial in a name (`A.`, `J.-F.`, `K` at the end): what a person's name holds and a
# firm's (`Johnson & Johnson`, `Procter & Gamble`) does not.
_HAS_INITIAL = re.compile(r"(?<![^\s.-])[A-Z](?:\.|\Z|(?=\s))")


def ampersand_names(piece: str) -> list[str]:
    """`piece` split at its `&` when every part is a person's name with initials
    (`Dixit A. K. & Stiglitz J. E.`); a firm's name (`Example & Other`) stays whole."""
    parts = _AMPERSAND.split(piece)
    if len(parts) > 1 and all(_HAS_INITIAL.search(part) for part in parts):
        return parts
    return [piece]


def split_author_list(text: str) -> tuple[list[str], bool]:
    """Split `A, B, C, et al` (or `，` / `等`, or `A & B`) into name strings and an et-al
    flag."""
    text = text.strip().rstrip(".").strip()
    pieces = [p.strip() for p in _LIST_SEPARATORS.split(text) if p.strip()]
    if "&" in text:
        pieces = [name for piece in pieces for name in ampersand_names(piece)]
    et_al = False
    if pieces and ET_AL.match(pieces[-1]):
        et_al = True
        pieces.pop()
    elif pieces and _ENDS_ET_AL.search(pieces[-1]):
        et_al = True
        pieces[-1] = _TRAILING_ET_AL.sub("", pieces[-1])
    elif pieces and pieces[-1].endswith("等") and len(pieces[-1]) > 1:
        et_al = True
        pieces[-1] = pieces[-1][:-1]
    return pieces, et_al


def parse_author_list(text: str) -> tuple[tuple[Author, ...], bool]:
    """Parse a printed author list; a suffix piece (`Jr`) attaches to the name before it."""
    pieces, et_al = split_author_list(text)
    pinyin = pinyin_names(pieces)
    if pinyin is not None:
        return pinyin, et_al
    authors: list[Author] = []
    idx = 0
    while idx < len(pieces):
        piece = pieces[idx]
        idx += 1
        if piece in ANONYMOUS:  # `佚名`: GB/T's word for a work without authors
            continue
        if is_suffix(piece) and authors:
            prev = authors[-1]
            authors[-1] = Author(prev.family, prev.given, piece.rstrip("."), prev.literal)
            continue
        if idx < len(pieces) and inverted_given(piece, pieces[idx]):
            authors.append(Author(piece, pieces[idx]))
            idx += 1
            continue
        authors.append(parse_family_first(piece))
    return tuple(authors), et_al


# A family of one word, and a given name spelled out with initials after it.
_ONE_FAMILY = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_GIVEN_INITIALS = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.?){1,2}")


def inverted_given(piece: str, nxt: str) -> bool:
    """`Example, Ana B.` in a list of family-first names (a Western name as its source
    inverted it): a family alone, which no name of the list is (GB/T gives every family
    its initials), then a given name with initials, which a family is not followed by."""
    return _ONE_FAMILY.fullmatch(piece) is not None and _GIVEN_INITIALS.fullmatch(nxt) is not None


def spaced_cjk_name(parts: list[str]) -> bool:
    """Whether a name's white-space parts are a family of one to three ideographs and a
    given name of one or two (`宮澤 靖`, `李 立`), and no body's name spaced before its
    word (`卫生 部`, `日本 学会`: `_CJK_BODY`). No pattern: classes of ideographs cost
    import time to compile."""
    return (
        len(parts) == 2
        and 1 <= len(parts[0]) <= 3
        and 1 <= len(parts[1]) <= 2
        and all("\u4e00" <= ch <= "\u9fff" for ch in parts[0] + parts[1])
        and _CJK_BODY.search(parts[0] + parts[1]) is None
    )


def parse_cjk_name(name: str) -> Author:
    """`干军` → family `干`, given `军`; compound surnames (`欧阳`) keep both characters; a
    body (`示例血液学会`) stays whole. One space inside a name of ideographs parts the
    family from the given name, as Japanese lists print their names (`宮澤 靖`, `小山 諭`:
    a family of two ideographs, whichever family it is) and Chinese ones may (`李 立`)."""
    if " " in name or "\u3000" in name:
        parts = name.split()
        if spaced_cjk_name(parts):
            return Author(family=parts[0], given=parts[1])
    name = name.replace(" ", "")
    if _MIDDLE_DOT.search(name):  # `布鲁诺·拉图尔`: transliterated, given names first
        dot = max(name.rfind(mark) for mark in _MIDDLE_DOTS)  # the last: the family follows
        return Author(family=name[dot + 1 :], given=name[:dot])
    initials = _LATIN_INITIALS.search(name)
    if initials and initials.start() >= 2:  # `彼得罗夫AV`: a foreign family, Latin initials
        return Author(family=name[: initials.start()], given=initials.group())
    if len(name) > 4 or _CJK_BODY.search(name):
        return Author(literal=name)
    size = 2 if name[:2] in CJK_COMPOUND_FAMILIES and len(name) > 2 else 1
    if len(name) <= 1 or len(name) - size > 2:
        # no Chinese given name has three characters: `霍夫斯基` is a foreign name
        # transliterated, kept whole as its family
        return Author(family=name)
    return Author(family=name[:size], given=name[size:])


# The initials closing a family-first name: run together, dotted, hyphened, or dotted with
# the last stop taken by the stop that closes the author block (`Example K.L. Title`); a
# Russian or Ukrainian given name transliterated, its first letter a digraph (`Yu.V.`
# for Юрий Викторович, `Zh.`, `Kh.`, `Ts.`, `Ch.`, `Sh.`, `Ya.`, `Ye.`, `Yo.`), before
# the patronymic's initial, as GOST's transliterated lists print them.
_LAST_INITIALS = re.compile(
    r"[A-Z]{1,4}|(?:[A-Z]\.){1,4}|[A-Z]\.?-[A-Z]\.?[A-Z]?\.?|(?:[A-Z]\.){1,3}[A-Z]"
    r"|(?:Yu|Ya|Ye|Yo|Zh|Kh|Ts|Ch|Sh)\.[A-Z]\.?"
)


# The two-letter initials of pinyin's digraph initials (`ZHANG Zh B` for Zhang Zhibin),
# which Chinese journals print for a given name's first syllable as they abbreviate its
# sound, maybe in capitals as the family is (`ZHANG SH J` for Zhang Shaojun): an
# initial, not the family's, when another initial follows it.
_DIGRAPH_INITIALS = frozenset({"Zh", "Ch", "Sh", "ZH", "CH", "SH"})


def latin_initials(token: str) -> bool:
    """Whether `token` is initials in `_LAST_INITIALS`' shapes with a capital beyond ASCII
    among them (`Å`, `Ø`, `Ö`, `Ł`: Nordic, Turkish and Polish given names, `Example Å`,
    `Example ÖK`)."""
    if token.isascii():
        return False
    plain = "".join("A" if ch.isupper() and not ch.isascii() else ch for ch in token)
    return plain.isascii() and _LAST_INITIALS.fullmatch(plain) is not None


def parse_family_first(name: str) -> Author:
    """Parse `RAJKUMAR S V`, `Rajkumar SV`, `van de Donk NW Jr` or `ZHANG San`."""
    name = name.strip()
    if has_cjk(name):
        return parse_cjk_name(name)
    tokens = name.split()
    suffix = ""
    if len(tokens) > 2 and is_suffix(tokens[-1]):
        suffix = tokens.pop().rstrip(".")
    if len(tokens) < 2:
        return (
            Author(literal=name)
            if len(tokens) != 1 or not tokens[0].isupper()
            else Author(family=tokens[0], suffix=suffix)
        )
    caps_family = tokens[0].isupper() and len(tokens[0].strip(".-'")) > 1
    if caps_family:
        cut = len(tokens)
        while cut > 1 and (
            _INITIAL.fullmatch(tokens[cut - 1])
            or (tokens[cut - 1] in _DIGRAPH_INITIALS and cut < len(tokens))
        ):
            cut -= 1
        if cut == len(tokens) and re.fullmatch(r"[A-Z]{2,3}", tokens[-1]):
            cut -= 1  # `VOSS JT`, `KELLY M CJ`: initials run together after the family
            while cut > 1 and _INITIAL.fullmatch(tokens[cut - 1]):
                cut -= 1
        # `ZHANG San`; `EXAMPLE Jonathan A`: the given name spelled out before the
        # initials is no family's word either (the capitals say where the family ends),
        # unless the capitals are a particle alone (`DE Vries J`: the family goes on)
        initials = cut
        while cut > 1 and not tokens[cut - 1].isupper():
            cut -= 1
        if cut < initials < len(tokens) and all(t.lower() in PARTICLES for t in tokens[:cut]):
            cut = initials
        if cut < len(tokens):
            return Author(" ".join(tokens[:cut]), " ".join(tokens[cut:]), suffix)
    elif _LAST_INITIALS.fullmatch(tokens[-1]) or latin_initials(tokens[-1]):
        cut = len(tokens) - 1  # `Moustafa G H`: every spaced initial is given, not family
        while cut > 1 and _INITIAL.fullmatch(tokens[cut - 1]) and _INITIAL.fullmatch(tokens[cut]):
            cut -= 1
        return Author(" ".join(tokens[:cut]), " ".join(tokens[cut:]), suffix)
    return Author(literal=name)


def parse_given_first(name: str) -> Author:
    """Parse record-style `Yihan ZHAO` (given names first, family last)."""
    tokens = name.split()
    if len(tokens) < 2:
        return Author(literal=name.strip())
    if tokens[-1].isupper() or not tokens[0].isupper():
        return Author(family=tokens[-1], given=" ".join(tokens[:-1]))
    return Author(family=tokens[0], given=" ".join(tokens[1:]))
