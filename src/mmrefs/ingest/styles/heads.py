"""Segments before the locator: where the author block ends, where the title ends.

Splits are allowed at `.`/`?`/`!` with or without a following space (PDF text loses
spaces), and every possible split is judged, not the first one taken: the author block
ends at the first stop after which the text no longer continues a name (`Smith, A. R. et
al. Title`), or before an undated work's `(n.d.)` printed with no stop, or (names no stop
closes) before a quoted title; the container starts at the last stop before the locator
unless the word before that stop is a journal abbreviation (`Appl. Phys. Lett.`). A body
closed by a comma (`body_lead`) and names after a title's `by` (`names_after_title`) are
the heads of the comma grammars' rarer shapes.
"""

from __future__ import annotations

import re

from mmrefs.ingest.styles.base import MONTH_NAMES
from mmrefs.ingest.styles.people import Names, names_a_body, read_names

# A sentence's end: a stop and a space, or a stop glued to a capital, an ideograph or,
# after no Latin letter, a katakana (Japanese lists: `Title.アレルギー・免疫 8:267-273`, a
# journal's name in katakana; not an initial's or an abbreviation's stop, `J.ジョン`, nor
# a title's `!` or `?` before a loanword, `まさか!ナースの仕事`).
BOUNDARY = re.compile(
    r"(?<=[.?!])(?:\s+|(?=[A-Z\u4e00-\u9fff“\"‘])|(?<=[^A-Za-z]\.)(?=[\u30a1-\u30fa]))"
)
# `BOUNDARY` with its stop taken (a match starts one character earlier): led by a
# character class, SRE scans for it in C instead of trying the lookbehind everywhere.
_STOP = re.compile(r"[.?!](?:\s+|(?=[A-Z\u4e00-\u9fff“\"‘])|(?<=[^A-Za-z]\.)(?=[\u30a1-\u30fa]))")
# What may follow a stop inside an author block: an initial, a name and its initials, a
# separator, the `al.` of `et. al.` (a misprint lists print); or (Chicago, given first)
# the family after a middle initial when the quoted title follows it (`Ann B. Example.
# "Title."`).
# An initial may be any Latin capital (Turkish, Polish, Czech lists: `Yücel, Ş. Ç.,
# Güler, E. K.`, `Łoś, Ż.`), not the ASCII ones alone.
# And any Cyrillic capital: Russian, Ukrainian and Belarusian lists print their authors'
# initials in Cyrillic, spaced (`Иванов И. И., Петров П. П. Заглавие`, GOST 7.1).
_CAPITAL = (
    "A-Z" + "".join(char for char in map(chr, range(0xC0, 0x180)) if char.isupper()) + "А-ЯЁЄІЇЎҐ"
)
_CONTINUES_NAME = re.compile(
    rf"(?:[{_CAPITAL}]\.|[{_CAPITAL}]-[{_CAPITAL}]\.|[{_CAPITAL}][A-Za-z]?\s*[,;]|et\.?\s*al|al\b|[,;&]|and\s|Jr\b"
    rf"|[^\W\d_][\w'’\-]*,\s*[{_CAPITAL}]\."
    r"|[A-Z][\w'’\-]+\.\s*[“\"])"
)
_CLOSING_STOP = re.compile(
    _STOP.pattern.replace(r"\s+", r"\s++", 1) + f"(?!{_CONTINUES_NAME.pattern})"
)
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
# A dotted abbreviation that may lead a body's name (`U.S.`, `U.K.`), as `names_end` cuts
# it at its last stop.
_ABBREVIATED = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
# The date of an undated work, where the year would follow the names: APA's `(n.d.)`,
# Harvard's `(no date)` (Cite Them Right), Chicago's `n.d.` between stops. After the
# names' stop (`Example Society. (n.d.). Title.`, `Example Project. n.d. “Title.”`) the
# title starts after it; printed with no stop before it (`Example Society (no date)
# Title`, `Example Society (n.d.). Title`), it is what ends the names (`_UNDATED_INSIDE`).
_UNDATED = re.compile(r"(?:\((?:n\.\s?d\.?|no date|undated)\)|n\.\s?d\.)[.,]?\s*")
_UNDATED_INSIDE = re.compile(r"\s*\((?:n\.\s?d\.?|no date|undated)\)[.,]?\s*")
# A quoted title after the names and their comma or stop (`Example, A. B., and Other, C.
# D., “Title,” Journal 7, 12 (1997).`, `A.B. Example and C.D. Other. “Title,” in …`).
_QUOTED_TITLE = re.compile(r"[.,]\s*(?=[“\"]|‘’)")  # `‘’Title’’`: Turkish lists double `‘`
_DIGIT = re.compile(r"\d")
# Words journal abbreviations are made of (ISO 4 / NLM), and the proceedings' words IEEE
# abbreviates (`Proc. Annu. Conf.`, `Symp.`): a stop after one of them is inside the
# journal title, not the end of the article title.
ABBREVIATIONS = frozenset(
    """J Am Br Eur Int Natl Nat Proc Acad Sci Phys Rev Lett Appl Chem Soc Biol Med Res Eng Mol Clin
    Exp Biochem Biophys Ann Arch Can Jpn Chin Ser Comput Math Mater Electron Opt Inf Environ
    Pharm Pharmacol Immunol Oncol Hematol Haematol Cardiol Neurol Surg Radiol Genet Pathol
    Microbiol Physiol Endocrinol Gastroenterol Nephrol Dermatol Ophthalmol Psychiatry Psychol
    Nucl Opin Curr Adv Trans Commun Rep Bull Z Zh Acta Astron Astrophys Geophys Ecol Evol Stat
    Technol Ind Mech Struct Syst Theor Lond Dev Cell Nanotechnol Polym Catal Anal Inorg Org Mech
    Assoc Coll Univ Inst Dept Front Transl Ther Nutr Vet Dent Nurs Health Public Intern Pediatr
    Obstet Gynecol Urol Rheumatol Infect Dis Virol Neurosci Biomed Gen Ed Educ Econ Manag Polit
    Soc Hist Philos Lit Ling Geol Soil Agric Food Fish For Hortic Zool Bot Entomol Ornithol Eds
    ed Compr Netw Wirel Futur Telecommun Glob Softw Conf Symp Annu Discov
    Angew Crystallogr Spectrosc Toxicol Biotechnol Photochem Photobiol Electrochem Biomater
    Nanosci Bioorg Biomol
    Cad Cien Cienc Ciênc Trab Esc Bras Enferm Psicol Odontol Arq Cuad Gac Sanit Latinoam
    Hosp Cir Pesqui Estud Fisioter Derg Fak
    Harb""".split()  # noqa: SIM905 - a word list reads best as text
)
# (The last two lines: the words ISO 4 cuts in Portuguese, Spanish and Turkish journals'
# names, as Brazilian and Turkish Vancouver lists print them: `Cad. Saúde Pública`,
# `Ciênc. Saúde Colet.`, `Trab. Educ. Saúde`, `Rev. Bras. Enferm.`, `Hemşirelik Derg.`.)


def names_end(text: str, limit: int, family_first: bool) -> tuple[int, Names] | None:
    """Where the author block of `text` ends (index of the first title character) and the
    names it holds; None when no stop before `limit` closes a plausible author block."""
    match = closing_stop(text, limit)
    stop = match.end() if match else limit
    if text.find("(", 0, stop) > 0:  # what `_UNDATED_INSIDE` needs: spare the regex
        undated = undated_names(text, stop, family_first)
        if undated is not None:
            return undated
    if match is None:
        return quoted_title_names(text, limit)
    prefix = text[: match.start() + 1].rstrip(".")
    if not prefix or len(prefix) > 600:
        return None
    if "“" in prefix or '"' in prefix or "‘’" in prefix:  # no name holds one: a title the
        # names end before
        return quoted_title_names(text, limit)
    names = read_names(prefix, family_first)
    if names.score < 0.75 and _ABBREVIATED.fullmatch(prefix):
        found = body_after_abbreviation(text, match.end(), limit, family_first)
        if found is not None:
            match, names = found
    if (names.score >= 0.75 and names.authors) or (names.et_al and not names.authors):
        end = match.end()
        if text[end : end + 1] in ("(", "n"):  # what `_UNDATED` needs: spare the regex
            date = _UNDATED.match(text, end)
            end = date.end() if date else end
        return end, names
    # names come first: a block that failed cannot continue past its stop, unless the
    # stop is inside the names and a quoted title shows where they end
    return quoted_title_names(text, limit)


def undated_names(text: str, stop: int, family_first: bool) -> tuple[int, Names] | None:
    """`Example Society (no date) Title. …` (Harvard), `Example Society (n.d.). Title.`
    (APA): an undated work's date printed right after the names, before the stop that
    would close them (`stop`, the end of that stop), ends them; the title starts after
    it. None unless one does and the text before it reads as names."""
    undated = _UNDATED_INSIDE.search(text, 0, min(stop, 600))
    if undated is None or undated.start() == 0:
        return None
    names = read_names(text[: undated.start()], family_first)
    return (undated.end(), names) if names.score >= 0.75 and names.authors else None


def quoted_title_names(text: str, limit: int) -> tuple[int, Names] | None:
    """Names that no stop closes, ended by a comma or stop before a quoted title: AIP's
    `Example, A. B., and Other, C. D., “Title,” Journal 7, 12 (1997).`, IEEE's `A.B.
    Example and C.D. Other. “Title,” in …` (whose first stop, after `A.B.`, ends no
    block). None unless the text before the first such quote reads as names, given
    first where their shape does not say (the styles that quote titles print them so),
    and holds no digit (`Example, A.B.2011.“Title.”`: a year the names end before)."""
    quote = _QUOTED_TITLE.search(text, 0, min(limit, 600))
    if quote is None or quote.start() == 0:
        return None
    prefix = text[: quote.start()]
    if _DIGIT.search(prefix):
        return None
    names = read_names(prefix, False)
    return (quote.end(), names) if names.score >= 0.75 and names.authors else None


def body_after_abbreviation(
    text: str, start: int, limit: int, family_first: bool
) -> tuple[re.Match[str], Names] | None:
    """`U.S. Department of Widgets. Title`: a body's name led by a dotted abbreviation,
    whose stops close no author block (`U.S` is no name). The block ends at the next
    closing stop instead when all it holds is read as bodies; None otherwise."""
    match = closing_stop(text, limit, start)
    if match is None or match.start() > 600:
        return None
    names = read_names(text[: match.start() + 1].rstrip("."), family_first)
    if names.authors and all(author.literal for author in names.authors):
        return match, names
    return None


def closing_stop(text: str, limit: int, start: int = 0) -> re.Match[str] | None:
    """The first `_STOP` before `limit` after which the text no longer continues a name.

    With no limit short of the end, `_CLOSING_STOP` finds it in one search: its possessive
    `\\s++` takes the whole white-space run as `_STOP`'s greedy `\\s+` does, so the
    lookahead sees what `_CONTINUES_NAME.match` would at the stop's end, and a stop that
    fails cannot match by giving white space back. A limit inside the text hides the text
    after it from a lookahead, so there each stop is tested on the whole text."""
    if limit >= len(text):
        return _CLOSING_STOP.search(text, start)
    for match in _STOP.finditer(text, start, limit):
        if not _CONTINUES_NAME.match(text, match.end()):  # no `^` or lookbehind: as on a slice
            return match
    return None


def ends_in_abbreviation(text: str) -> bool:
    """Whether the word before the closing stop of `text` is a journal abbreviation."""
    text = text.rstrip()
    return text.endswith(".") and abbreviation_before(text, len(text))


def abbreviation_before(text: str, cut: int) -> bool:
    """Whether the word before the `.` at `cut - 1` is a journal abbreviation:
    `ends_in_abbreviation(text[:cut])` for such a cut, without copying the text."""
    # The word run before the stop; a window longer than any abbreviation suffices, since
    # a longer run (cut by the window) is no abbreviation either way. `endpos` ends the
    # text for `\Z` as the slice would.
    match = _LAST_WORD.search(text, max(0, cut - 24), cut - 1)
    return match is not None and match.group(0) in ABBREVIATIONS


# A word as ISO 4 abbreviates one (`Engl`, `Postgrad`, `Bus`, `N`): capitalised, short,
# cut after a consonant (an abbreviation ends before a vowel). A journal's name may be
# made of such words alone (`N. Engl. J. Med.`, `Surg. Clin. N. Am.`), most of them in no
# word list; a title's sentence of one such word before the journal is rare. A longer
# cut (ten letters or more) is one of a compound science's word that ISO 4 cuts after
# its `-ology`, `-chemistry`, `-science` or `-therapy` (`Neuropathol`, `Gastroenterol`,
# `Electrochem`, `Neurosci`), not a title's whole word (`Introduction`, `Management`),
# nor a sterol's, a vitamin's, an alcohol's or a drug's name (`Cholesterol`, `Tocopherol`,
# `Calciferol`, `Isopropanol`, `Paracetamol`, `Propranolol`, `Resveratrol`,
# `Chloramphenicol`, `Sorbitol`).
_ABBREVIATED_WORD = re.compile(
    r"[A-Z](?:[a-z]{0,7}[b-df-hj-np-tv-xz]"
    r"|[a-z]{7,13}(?:ol(?<!sterol)(?<!herol)(?<!ferol)(?<!anol)(?<!enol)(?<!amol)(?<!olol)"
    r"(?<!trol)(?<!icol)(?<!itol)|chem|sci|ther))?"
)
# The text between two stops inside a journal's name: one abbreviated word, or (where
# the name opens) a whole word ISO 4 leaves as it is and one abbreviated word
# (`Harvard Bus. Rev.`, `Lancet Lond. Engl.`).
_ABBREVIATED_SEGMENT = re.compile(rf"(?P<lead>[A-Z][a-z]+\s+)?{_ABBREVIATED_WORD.pattern}")


def abbreviated_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is one abbreviated word of a journal's name: shaped as
    ISO 4 abbreviates (`_ABBREVIATED_WORD`) or in `ABBREVIATIONS` (`Sci`)."""
    return _ABBREVIATED_WORD.fullmatch(text, start, end) is not None or (
        text[start:end] in ABBREVIATIONS
    )


# A personal title's stop (`Mr.`, `Dr.`, `Prof.`): the name after it is a person's, in a
# title's words (`The Case of Mr. Smith`), not an abbreviated word of a journal's name.
_PERSONAL_TITLE = re.compile(r"(?<![^\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Mme|Mlle)\.\s*\Z")


def after_personal_title(head: str, at: int) -> bool:
    """Whether `head[:at]` ends with a personal title and its stop (`_PERSONAL_TITLE`)."""
    return _PERSONAL_TITLE.search(head, max(0, at - 8), at) is not None


def split_title_container(head: str) -> tuple[str, str]:
    """`Title. Container` → (title, container); the container may hold stops itself.

    The split is at the last stop before the end whose word is no abbreviation, else at
    the first stop. A stop's text `head[:start + 1]` ends in its `.`/`?`/`!`, never in
    white space, so `ends_in_abbreviation` of it is `abbreviation_before` at the stop
    when that is a `.` (and False for `?`/`!`): no slice is copied per stop, and a
    head of one stop (most) tests none."""
    if "//" in head:
        gost = gost_split(head)
        if gost is not None:
            return gost
    size = len(head)
    cuts = [match.span() for match in _STOP.finditer(head) if match.end() < size]
    if not cuts:
        return head.strip(), ""
    idx = len(cuts) - 1
    # whether all the container holds so far is abbreviated words (`Med`, `J. Med`)
    run = abbreviated_word(head, cuts[idx][1], len(head.rstrip(" .,")))
    while idx > 0:
        at = cuts[idx][0]
        if head[at] != ".":
            break
        if abbreviation_before(head, at + 1):
            run = run and abbreviated_word(head, cuts[idx - 1][1], at)
        elif run and lower_abbreviation(head, cuts[idx - 1][1], at):
            pass  # `J. Amer. vet. med. Ass.`: an older journal's word cut in lower case
        elif run and led_lower_cut(head, cuts[idx - 1][1], at):
            idx -= 1  # `Equine vet. J.`: a whole word opens the journal, a lower-case cut
            break
        else:
            word = _ABBREVIATED_SEGMENT.fullmatch(head, cuts[idx - 1][1], at) if run else None
            if word is None or after_personal_title(head, cuts[idx - 1][1]):
                break
            if word["lead"]:  # `Harvard Bus.`: a whole word opens the journal
                idx -= 1
                break
        idx -= 1
    start, end = cuts[idx]
    if idx == 0 and run:
        comma = comma_journal(head, start)
        if comma:
            return head[:comma].strip(), head[comma + 1 :].strip()
    return head[: start + 1].strip(), head[end:].strip()


# Words older British, American and German journals' names cut in lower case (`J. Amer.
# vet. med. Ass.`, `Cold Spring Harb. Symp. quant. Biol.`, `Proc. roy. Soc.`, `Z. ges.
# exp. Med.`), besides those whose capitalised cut is listed (`ABBREVIATIONS`).
_LOWER_CUTS = frozenset(
    ("quant", "roy", "ges", "ass", "amer", "brit", "trop", "hyg", "anat", "path")
)
_NO_LOWER_CUT = frozenset(("eds", "vol"))  # an editor's or volume's word in a title


def lower_abbreviation(head: str, start: int, end: int) -> bool:
    """Whether `head[start:end]` (the word before a stop) is a journal's word cut in
    lower case: in `_LOWER_CUTS`, or listed capitalised in `ABBREVIATIONS`."""
    return lower_cut(head[start:end])


# Listed cuts that are whole English words as well (`Mental health.`, `Fresh food.`): a
# two-word subtitle's last word, not a journal's cut.
_WHOLE_WORD_CUTS = frozenset(
    ("health", "food", "cell", "psychiatry", "public", "soil", "fish", "can", "for", "lit")
)


def led_lower_cut(head: str, start: int, end: int) -> bool:
    """Whether `head[start:end]` is a capitalised whole word and a `lower_cut` after it
    (`Equine vet`, as older veterinary and medical lists print `Equine vet. J.`): the
    journal's first word ISO 4 leaves whole, then its word cut in lower case (no whole
    English word, `_WHOLE_WORD_CUTS`)."""
    lead, space, word = head[start:end].partition(" ")
    if not space or word in _WHOLE_WORD_CUTS:
        return False
    return lead[:1].isupper() and lead[1:].isalpha() and lead[1:].islower() and lower_cut(word)


def lower_cut(word: str) -> bool:
    """`lower_abbreviation` of one word."""
    if len(word) < 3 or not word.isalpha() or not word.islower() or word in _NO_LOWER_CUT:
        return False
    return word in _LOWER_CUTS or word.capitalize() in ABBREVIATIONS


def comma_journal(head: str, stop: int) -> int:
    """Where a comma ends the title before an abbreviated journal's name whose first word
    ends at `stop` (Copernicus, whose title a comma ends: `Title, Econ. Hist. Rev., 67,
    627–651`; `Title, J. Geophys. Res.`), or 0: the word between the comma and the stop
    is a listed abbreviation (`Econ`, `J`), not a title's last word."""
    comma = head.rfind(", ", 0, stop)
    if comma < 1 or " " in head[comma + 2 : stop] or not abbreviation_before(head, stop + 1):
        return 0
    return comma


def gost_split(head: str) -> tuple[str, str] | None:
    """GOST 7.1 (Russian and other post-Soviet lists): `Title // Journal`, the title's
    statement of responsibility after a ` / ` (`Title / A. Sample, B. Doe // Journal`)
    no part of it, nor the dash of its full form after the journal (`Journal. — 2017. —
    Vol. 7`), nor its material designation (`Title [Electronic resource] // Site`,
    `_GOST_MEDIUM`); the host may open with its year (`// 2015 IEEE Conference …`).
    None when no `//` (a link's is none) parts a title from a source."""
    at = head.find("//")
    while at > 0 and head[:at].rstrip().endswith(":"):  # `https://`, `https: //`
        at = head.find("//", at + 2)
    if at < 1:
        return None
    title = head[:at].rstrip()
    medium = _GOST_MEDIUM.search(title) if title.endswith("]") else None
    if title.endswith("]") and medium is None:  # GB/T's `Title[M]//Book`: its own
        return None
    if head[at - 1].isalpha() and head[at + 2 : at + 3].islower():
        return None  # a title's words joined by the mark (`Input//output widgets`)
    title = title[: medium.start()] if medium else title
    title, container = title.strip(" ."), head[at + 2 :].strip().rstrip(" .—–-")
    if " / " in title:
        title = title.partition(" / ")[0].strip(" .")
    if not any(ch.isalpha() for ch in title[:40]):
        return None  # `]//Editor`: a GB/T type code's brackets, no GOST title
    if not (container[:1].isalpha() or _YEAR_LED_HOST.match(container)):
        return None
    return title, container


# GOST's general material designation closing a title (`[Electronic resource]`,
# `[Электронный ресурс]`, `[Текст]`): words, unlike GB/T's one- or two-letter type
# codes (`[M]`, `[EB/OL]`), and no part of the title.
_GOST_MEDIUM = re.compile(r"\[[^\W\d_]{3,}(?:\s[^\W\d_]+){0,2}\]\Z")
# A host named after its year (`// 2015 IEEE International Conference on …`).
_YEAR_LED_HOST = re.compile(r"(?:19|20)\d\d\s+[^\W\d_]")


def strip_quotes(title: str) -> str:
    """Titles some styles quote (`“Title,”`, `‘Title’`) without the quotes and comma."""
    title = title.strip().rstrip(",")
    if title[:1] in "“\"‘'" and title[-1:] in "”\"’'":
        return title[1:-1].strip().rstrip(",.")
    return title


# A body's name up to the comma that closes it (no stop, quote or digit in the name; a
# division in parentheses may follow it: `Example Corporation (Staff of Widgets, Gear
# Div.),`), within the length of a long body's name, then a capital or a quote.
_BODY_COMMA = re.compile(r"[^,()\d.“”\"]{3,150}?(?:\s\([^()]{1,150}\))?,\s*(?=[A-Z“\"‘])")
_MONTH_FIRST = re.compile(rf"(?:{MONTH_NAMES})\b")


def body_lead(body: str) -> tuple[int, Names] | None:
    """IEEE, APS: a body's name as the author, closed by a comma as their names are
    (`Example Engineers Australia, Title, Place: Publisher, 2017.`, `Example Corporation
    (Staff of Widgets, Gear Div.), Title. Place: Publisher, 1970.`): where the title
    starts and the body. None unless the text before the first comma (outside
    parentheses) is one body's name of two words or more with a word only bodies use
    (`people.names_a_body`), and a capitalised title or a quoted one follows it, not a
    date (`Example Agency, Sep. 1981.`)."""
    if not body[:1].isupper():
        return None
    match = _BODY_COMMA.match(body)
    if match is None or _MONTH_FIRST.match(body, match.end()):
        return None
    block = body[: match.end()].rstrip().rstrip(",")
    name = block.partition(" (")[0]
    if " " not in name or not names_a_body(name):
        return None
    names = read_names(block, False)
    if len(names.authors) != 1 or not names.authors[0].literal or names.score < 0.75:
        return None
    return match.end(), names


# A work printed title first, its makers after `by` (IEEE's patent: `Title, by A.B.
# Example. (1992, May 19). Patent …`).
_BY_NAMES = re.compile(r",\s+by\s+(?=[A-Z])")


def names_after_title(block: str) -> tuple[str, Names] | None:
    """`Title, by A.B. Example` (a block an author-year grammar read before its date):
    the title and the names after its `by`; None unless they read as names."""
    at = block.rfind(", by ")  # the last: a title may hold one
    match = _BY_NAMES.match(block, at) if at > 0 else None
    if match is None:
        return None
    names = read_names(block[match.end() :].rstrip("."), False)
    if names.score < 0.75 or not names.authors:
        return None
    return block[: match.start()], names
