"""The text after the author block: title, then a journal with its locator, a host book,
or a publisher's imprint, in each style's order.

Every grammar ends here, since styles differ far more in where they put the year and the
names than in how they print a journal, a book or an edited volume. The locator at the
end decides where the container starts; markers (`In:`, an edition, a thesis, an imprint
in parentheses, an edition between commas, a report's number) decide where the title
ends when there is no locator. A source printed alone after an author-year title, with no
locator, is a publisher when its name says so, or, without a link, when it is a name no
journal's marks are in (`bare_publisher`).
"""

from __future__ import annotations

import re
from typing import Any

from mmrefs.ingest.imprint import city_run, strong_place
from mmrefs.ingest.normalize import clean_container, locator_fields
from mmrefs.ingest.places import (
    HANGUL_CITIES,
    IMPRINT_CITIES,
    REGION_NAMES,
    is_city,
    is_place,
    known_city,
)
from mmrefs.ingest.styles.base import (
    CALENDAR_MONTH_NAMES,
    FOREIGN_MONTH_NAMES,
    LANGUAGES,
    MONTH_NAMES,
    YEAR,
)
from mmrefs.ingest.styles.heads import (
    ABBREVIATIONS,
    abbreviated_word,
    abbreviation_before,
    lower_cut,
    split_title_container,
)
from mmrefs.ingest.styles.locator import PAGES, read_locator
from mmrefs.ingest.styles.parts import (
    _BODY_WORD,
    _HOST_PUBLISHER,
    _STATE_CUTS,
    PERIODICAL_WORD,
    PLACE_COLON,
    SERIES_ACRONYMS,
    container_locator,
    drop_editors,
    german_body,
    host,
    imprint,
    imprint_fields,
    locator_starts,
    looks_imprint,
    meeting_imprint,
    no_start,
    paren_place_publisher,
    region_piece,
    series_host,
    split_imprint_tail,
    store_imprint,
)
from mmrefs.model import Kind

_LEADING_IN = re.compile(r"^(?:in:?|In:?)\s+")
# Spanish lists' `en` for `In` after a quoted title, read as `In` only before a host's
# editors' mark in parentheses (`“Title”, en A. Editor (Ed.), Book, …`): lower-case `en`
# opens no journal's name, and the mark says a book's editors follow.
_LEADING_EN = re.compile(
    r"^[,.]?\s*en\s+(?=[^()]{2,120}\((?:[Ee]ds?|[Cc]oords?|[Cc]omps?|[Dd]irs?)\.?\))"
)
_LEADING_EDS = re.compile(r"^(?:\(\s*[Ee]ds?\.?\)|[^.]*\b[Ee]ds?\.)\s*")
QUOTES = "“\"‘'"  # what `_QUOTED` opens with: most titles are not quoted
# A quoted title; a bare space after the closing mark, no stop or comma inside it, and a
# word in lower case (not a host's `in` before its capital) is a quoted first word's
# (`“Smart” widgets for all.`): the title runs on, unquoted. (`“Title,” medRxiv` is one.)
_QUOTED = re.compile(
    r"^[“\"‘'](?P<title>.+?)[”\"’'](?=[,.;:]|\s+(?:in:?\s+[^a-z\s]|[^a-z\s])|(?<=[,.?!][”\"’'])\s|$)[,.]?\s*"
)
# A title between two closing marks (`”Title,”`), as lists typed with a font or an
# editor that never turns the opening mark print it; the comma or stop inside the closing
# mark may run into the journal's name (`”Title,”Journal of Widgets, 29(2), 1-9.`). A
# bare space after the mark, no stop inside it, is a quoted first word's (`”Widget”
# quotes. Journal`): the title runs on.
_MIRRORED_QUOTED = re.compile(
    r"^”(?P<title>[^“”]{2,}?)”(?:(?=[,.;:]|$)|(?<=[,.?!]”)(?=\s|[A-Z]))[,.]?\s*"
)
# French lists' title in guillemets, spaced inside as French prints them (`« Titre ? »,
# Revue`), a question's mark and its space inside: the title is all up to `»`.
# The title runs to `»` in one possessive class (its spaces stripped after), so that no
# split of a long run of spaces is tried twice.
_GUILLEMETS = re.compile(r"^«(?P<title>[^«»]++)»(?=[,.;:]|\s|$)[,.]?\s*")
# `[.?!]\s+(?=[Ii]n:?\s|W:\s[A-Z]|En:\s[A-Z])|,\s+(?=in:\s)` (`W:`, Polish lists' `In:`;
# `En:`, Spanish Vancouver's), led by one character class so SRE scans in C.
_IN_HOST = re.compile(
    r"[.?!,](?:(?<=[.?!])\s+(?=[Ii]n:?\s|W:\s[A-Z]|En:\s[A-ZÀ-Þ])|(?<=,)\s+(?=in:\s))"
)
# Harvard's chapter whose title a comma ends, before the host's editors and their `(ed.)`:
# `Title, in Editor, A.B. (ed.), Book, Place: Publisher, pp. 2-10`.
# APA's `In` after a comma, not a stop, is that too (`Title, In A. Editor (Ed.), Book (pp.
# 1-17). Place: Publisher`).
# Older geology and ecology lists print the editors' word after a comma, no parentheses
# (`Title, in A.B. Editor, ed., Book, 2nd ed., Publisher, Place, pp. 318–355.`): their
# names initials first, so that a book's title before `eds.` is none.
_IN_EDITED_HOST = re.compile(
    r",\s+(?=[Ii]n\s+(?:[A-Z][^()]{0,80}\((?:[Ee]ds?|[Ee]ditors?)\.?\)"
    r"|(?:[A-Z]\.\s?){1,3}[A-Z][^(),]{0,60},\s+eds?\.,\s))"
)
# Harvard's chapter whose `In` before the host's editors was left out (`Title. Editor,
# A.B. (ed) Book. Place: Publisher, pp. 2-10.`): after the title's stop, one or two
# editors' inverted names, each initial stopped, then `(ed)` or `(eds)` in lower case
# (a work's own `(Ed.)` after its authors is no host's).
_EDITOR_NAME = r"[A-Z][^\s,.()]+,\s?[A-Z]\.(?:\s?[A-Z]\.){0,3}"
_EDITED_HOST_NO_IN = re.compile(
    rf"(?<=[^\W\d_])\.\s+(?={_EDITOR_NAME}(?:,?\s(?:and|&)\s{_EDITOR_NAME})?\s\(eds?\.?\)\s)"
)
# NLM's `In:` with its colon, capitalised after a title's last word: a host even when the
# stop before it is lost (`Title In: Editor A, eds. Book. Place: Publisher; 1988.`).
_BARE_IN_HOST = re.compile(r"(?<=[^\W\d_])\s+(?=In:\s+[A-Z])")
_IN_HOST_COMMA = re.compile(r"[.?!,]\s+(?=[Ii]n:?\s+[A-Z0-9“\"\u4e00-\u9fff])")
# IET's edition after its parenthesised imprint: `(Publisher 1993), 2nd edn.`
_AFTER_EDITION = r",\s*(?P<edition>\d+\w*\s+edn?)"
# A parenthesised imprint and IET's edition after it, all that follows a title.
_IMPRINT_EDITION = re.compile(rf"(?P<imprint>\([^()]+\)){_AFTER_EDITION}\.?")
# AIP and APS print a book's page after its imprint: `Title (Publisher, Place, 1999), p. 126`.
# Springer's physics styles print no comma before the year (`(Publisher, Place 1999)`),
# IET none at all (`(Publisher 1999)`); copies from PDFs keep spaces inside (`( … 1976 )`).
_PAREN_IMPRINT = re.compile(
    rf"\s+\(\s*([^()]+?(?:,\s*|\s)(?<!\d\s){YEAR})\s*\)(?:,\s*pp?\.\s*{PAGES}|{_AFTER_EDITION})?\.?$"
)
# `(Name, Place, YEAR)`, `(Name, City, ST, YEAR)`: a name and a place before the year, no
# digit but the year's. A journal's locator in parentheses holds a date alone, so a
# publisher's name need not say it is one (`(National Academy of Sciences, Washington, DC,
# 1977)`).
_NAMED_PLACE_YEAR = re.compile(rf"[^\d,]+(?:,\s*[^\d,]+){{1,2}},\s*{YEAR}")
_COMMA_EDITION = re.compile(r",\s*(\d+\w*\s+ed)\.?\s*(?=\(|[^.:,]{2,40}:\s)")
# An edition between commas (or a comma and ACS's `;`) ends a book's title, and the
# imprint follows it: `Title, 3rd ed., Publisher` (Harvard), `Title, 6th edn, Publisher,
# [Place]` (AGPS), `Title, 2nd ed.; Publisher: City, 2001` (ACS); not a locator's
# pages, volume or number (IEEE's host book: `in Book, 3 ed., pp. 155-159`).
# German lists print the edition as `9. Aufl.` (`Auflage`), and some English ones capitalise
# it (`Title, 4th Ed., Publisher, Place (1977)`).
_EDITION_IMPRINT = re.compile(
    r",\s*(\d\w*\s+(?:[Ee]d|[Ee]dn|[Ee]dition)|\d{1,2}\.\s*Aufl(?:age)?)\.?\s*([,;])\s*(?=\S)"
    r"(?!pp?\.|[Vv]ol\.|[Nn]o\.|\d)"
)
# IEEE's book: `Title, With Commas. Boston, MA: Publisher, 1995, pp. 12–18.`; the comma
# before the year is no title's end, the stop before the imprint is. A company's suffix
# may close the publisher's name with its stop (`John Wiley & Sons, Inc., 2016`).
_COMMA_IMPRINT = re.compile(
    rf"\.\s+(?=[A-Z][^.:;\d]{{1,40}}:\s*[^.:;]+?(?:,\s*(?:Inc|Ltd|Co)\.)?,\s*{YEAR}[a-z]?"
    rf"(?:,\s*pp?\.\s*{PAGES})?\.?$)"
)
# IEEE's volume of a multivolume book after its title: `Title, vol. 3. Place: Publisher`.
_TITLE_VOLUME = re.compile(r",\s*vol\.\s*(\d+)$")
# ACS's book: the title ends at the `;` before `Publisher: City[, Region], YEAR`, which
# ends the entry or is followed by the pages or the volume after another `;`.
_ACS_BOOK = re.compile(
    rf";\s+(?=[A-Z][^;:.]{{0,60}}:\s*[A-Z][^;:.\d]{{1,40}},\s*{YEAR}\s*(?:;\s*(?:pp?\.?\s|[Vv]ol\.)|\.?$))"
)
# A thesis's degree as guides print it: `PhD`, `Ph.D.`, `Unpublished PhD`, `Master's`, `M. S.`,
# `MA`.
# (the master's apostrophe typed straight or curled: `Master’s thesis`)
_DEGREE = (
    r"(?:Unpublished\s+)?(?:Ph\.?\s?D\.?|Doctoral|Master['’]?s?|M\.?Sc\.?|M\.\s?[SA]\.|M[SA]|MD)"
)
# An edition after a comma and closed by a stop, where a book's title ends and its imprint
# follows (Springer: `Title, 3rd edn. Publisher, Place (1988)`; Harvard: `Title, 3rd
# edition. Place: Publisher`); German lists' `2. Aufl.` (`Auflage`) after the title's
# comma or its stop (`Titel, 2. Aufl. Verlag, Ort`, `Titel. 3. Aufl. Verlag, Ort`).
_EDITION_STOP = re.compile(
    r",\s*(\d+(?:st|nd|rd|th)\s+(?:edn|ed|edition|Edition)|"
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Revised)\s+"
    r"[Ee]dition)\.\s+(?=[A-Z])"
    r"|(?<=[\w)])[,.]\s(\d{1,2}\.\s?Aufl(?:age)?)\.?\s+(?=[A-ZÄÖÜ])"
)
# An edition named by more than its number (APA: `(3rd Example-Pacific ed.)`, `(Rev. ed.)`);
# `(2nd ed.)` alone is `_TITLE_END`'s.
_NAMED_EDITION = re.compile(  # led by its `(`, which SRE scans for in C; white space before
    r"(?<=\s)\(((?:\d+\w*|[Rr]ev\.)(?:\s+[A-Za-z][\w-]*)+\s+ed|[Rr]ev\.\s+ed)\.\)[.,]?"
)
# APA's edition in parentheses after the title, its word written out as lists print it
# (`Title (12th Edition.). Place: Publisher.`, `Title (Third Edition). Publisher, City.`):
# a figure's ordinal or an ordinal word (and `Thirth`, a misprint lists print), then
# `Edition`, and a stop inside or after the parenthesis: an edition inside a title
# (`Scale (Fourth Edition) in a clinical sample`) has none.
_WORDED_EDITION = re.compile(
    r"(?<=\S)\s+\((?P<edition>(?:\d\w{0,3}|(?:Fir|Seco|Thi|Four|Fif|Six|Seven|Eigh|Nin|Ten)"
    r"(?:st|nd|rd|th)|Thirth|Twelfth|Eleventh)\s+[Ee]dition)(?:\.\)\.?|\)\.)\s+(?=\S)"
)
_COMMA_GENRE = re.compile(rf",\s+(?={_DEGREE}\s+(?:thesis|dissertation))", re.I)
# A bracketed genre after the title (`Title [Ph.D. thesis], University`), whose stops
# no title end may take.
# The Spanish, Portuguese and French genres too (`[tesis doctoral]`, `[Tese de
# doutorado]`, `[thèse de doctorat]`).
_BRACKET_GENRE = re.compile(
    rf"\[(?:{_DEGREE}\s+(?:thesis|dissertation)|(?:tesis|tese|th[èe]se|disserta[çc][ãa]o)\b"
    r"[^\[\],]{0,30})(?:,[^\[\]]*)?\]",
    re.I,
)
# APA 7's thesis: `[Doctoral dissertation, University]. Database.` The university in the
# brackets published it; the archive after them (`ProQuest …`) did not.
_APA_THESIS = re.compile(
    rf"\[{_DEGREE}\s+(?:thesis|dissertation),\s*(?P<publisher>[^\[\]]+?)\s*\]", re.I
)
# A report's number in parentheses after its title (APA: `Title (Report No. 12)`,
# `(Publication No. 3544644)`, `(cat. no. 4326.5)`): a label, `No.` and the number.
# Led by its `(`, which SRE scans for in C; the white space before it is the caller's.
_REPORT_NUMBER = re.compile(
    r"\((?:[A-Za-z][\w-]*\.?\s+){1,4}[Nn]o\.?\s*(?P<number>\d[\w./-]*)\)[.,]?\s*"
)
# `(?<=[.?!])\s+|;\s+|\s+(?=\[(?:PhD|Internet|dissertation))|\s+(?=\(\d+\w*\s+ed)|
# \s+(?=\([^()]*(?:Press|…)[^()]*\)\.?$)`, led by one character class (the first white
# space or `;`, each branch's lookbehind saying which) so that SRE scans for it in C. An
# edition's ordinal may be a figure and its stop (`(2. ed.)`).
_TITLE_END = re.compile(
    r"[\s;](?:(?<=[.?!]\s)\s*|(?<=;)\s+|(?<=\s)\s*(?=\[(?:PhD|Internet|Online|dissertation|[Tt]ese|[Tt]esis|[Dd]isserta[çc][ãa]o|[Tt]h[èe]se))|"
    r"(?<=\s)\s*(?=\((?:\d+(?:\w*\s+|\.\s?)ed(?:n|ition)?(?![^\W\d_])|Vol\.\s))|"
    r"(?<=\s)\s*(?=\([^()]*(?:Press|Publish|Books?|Universit|Scientific|出版社)[^()]*\)\.?$))"
)
# A chapter's pages after its book: `, 652–59.` (Chicago), `(pp. 12–18) Publisher` and
# `(2nd ed., pp. 12–18). Publisher` (APA), `pages 52–71. Publisher, 1981.` (BibTeX's
# `plain`); not German's edition (`2. Auflage.`). German APA's `(S. 55–64)` as APA's
# `(pp. …)`, a space copied before its closing parenthesis (`(S. 55–64 ).`).
_LEADING_PAGES = re.compile(
    rf"^\(?(?:\d+\w*\s+ed\.,\s*)?(?:pp?\.\s*|S\.\s?(?=\d)|pages\s+(?=\d))?(?!{YEAR}\s*[,.;]|(?:19|20)\d\d\)?\s*$|\d{{1,2}}\.\s*Aufl)({PAGES})"
    r"(?:\s?\)?\s*(?:[.,]\s*|$)|\s?\)\s+)"
)
# An edition before the source, as NLM (`2nd ed.`), UK Harvard (`2nd edn.`) and others
# (`2nd edition.`) print it, a word naming it too (Chicago: `5th Aust. ed.`, `2nd Rev. ed.`).
# ABNT's ordinal is a figure and its stop (`2. ed.`, `5.ed.`).
# UK Harvard names an edition by a word too (`Title. Reprint edn. New York: House.`,
# `Revised edn.`, `New edn.`, `Second edition.`), lower-case `ed` after it and a stop or a
# comma after that (`Revised edition of the manual` is a sentence of the title's).
_EDITION = re.compile(
    r"^\(?((?:\d+(?:\w*\s+(?:[A-Z][a-z]{1,9}\.?\s+)?|\.\s?)|"
    r"(?:Reprint|Revised|Rev\.|New|Second|Third|Fourth|Fifth|Sixth)\s+(?=ed(?:n|ition)?\b[.,;)]))"
    r"ed(?:n|ition)?)(?![^\W\d_])\.?\)?[.,;]?\s*"
)
# APA's volume of a multivolume book in parentheses after its title, after the edition
# when there is one: `(Vol. 2)`, `(Vol. I)`, `(5th ed., Vol. 1)`.
_PAREN_VOLUME = re.compile(
    r"\((?:(?P<edition>\d+\w*\s+ed)\.,\s*)?Vol\.\s*(?P<volume>\d+|[IVXLC]+)\.?\)[.,]?\s*"
)
_IMPRINT_YEAR = re.compile(rf"\s*;\s*{YEAR}")
# A genre or medium before the source (Chicago abbreviates: `PhD diss., University`).
# `Dissertation.` alone is a genre, while
# `Dissertation Abstracts International` is a journal; `博士学位论文` is a doctoral thesis.
# NLM brackets the genre after the degree or field (`PhD [dissertation]`, `Biomedical
# Science, Honours [thesis]`, `[dissertation on the Internet]`).
_GENRE = re.compile(
    rf"^(?:\[?{_DEGREE}\s+(?:thesis|dissertation|diss\.)\]?|"
    r"\[(?:Internet|Online|Preprint|WWW Document|dissertation|thesis)\]|Preprint|\(PhD thesis\)|"
    # NLM's bracketed genre in Portuguese, Spanish and French lists: `[tese]`, `[Tesis
    # doctoral]`, `[dissertação]`, `[thèse]`
    r"\[(?:tese|tesis|disserta[çc][ãa]o|th[èe]se)\b[^\[\]]{0,40}\]|"
    r"(?:Dissertation|Thesis)(?=[.,]|$)|[博硕]士学位论文|"
    # French, Spanish and Portuguese: `Thèse de doctorat d’État.`, `Tesis doctoral,`,
    # `Tese (Doutorado em Educação).`, `Dissertação de mestrado.`
    r"(?:Th[èe]se|Tesis|Tese|Disserta[çc][ãa]o)(?:\s+[^.,()\[\]]{3,40}|\s*\([^()]{3,60}\))?(?=[.,]|$)|"
    # Turkish: `Yüksek lisans tezi,` (a master's), `Doktora tezi,`, `Uzmanlık tezi,`,
    # `Unpublished` first as APA 6 asks, in Turkish (`Yayımlanmamış yüksek lisans tezi,`,
    # `Basılmamış doktora tezi,`)
    r"(?:(?:Yay[ıi]mlanmam[ıi][şs]|Bas[ıi]lmam[ıi][şs])\s+)?"
    r"(?:Y[üu]ksek\s+lisans|Doktora|Uzmanl[ıi]k)\s+tezi(?=[.,]|$)|"
    # German: `Unveröffentlichte Masterarbeit,`, `Diplomarbeit.`, `Bachelorarbeit,`
    r"(?:Unver[öo]ffentlichte\s+)?(?:Master|Diplom|Bachelor|Magister)arbeit(?=[.,]|$)|"
    # linguistics' manuscript before its place (`Ms. Amherst: University`, `Ms., University`)
    r"Ms\.(?!\s*(?:thesis|dissertation))(?=[\s,])|"
    r"[^.\[\]]{0,40}\[(?:dissertation|thesis)(?:\s+on\s+the\s+Internet)?\])[.,]?\s*",
    re.IGNORECASE,
)
# A report's genre opening the sentence after its title, before the body that issued it
# and a comma (Harvard: `Title. Report, Example Organization. URL`, `Research report,
# Example Trust.`): the genre is no publisher, and no journal's name is a genre word and a
# comma alone.
_REPORT_LEAD = re.compile(
    r"(?:(?:[Rr]esearch|[Tt]echnical|[Pp]olicy|[Ff]inal|[Aa]nnual|[Ii]nternal)\s+)?"
    r"[Rr]eport(?:,\s+|"
    # or the sentence saying whom it was written for, before the imprint (`Title. Report
    # to the Example Council. Example Board, Adelaide.`): no field holds it
    # (its stop no initial's: `Report to the U.S. Congress.` is left whole)
    r"\s+(?:to|for|prepared\s+for|submitted\s+to)\s+[^.]{3,120}(?<!\b[A-Z])\.\s+)"
    # a body's name after it, not the report's number (`Technical report, RR-12,`,
    # `TR-2001-12.`) nor its label (`Technical Report, No. 12.`), which the genre keeps
    r"(?=[A-Z][a-z]+\b(?!\.\s*\d))"
)
# A book's page count after its imprint (NLM: `Place: Publisher; 2001. 106 p.`, `300
# pp.`), or after its year's comma (Russian and East European lists: `Place: Publisher,
# 1978, 416 p.`).
_PAGE_COUNT = re.compile(rf"\.\s+\d+\s?pp?\.?$|(?<=\b{YEAR}),\s+\d+\s?pp?\.?$")
# NLM's medium tag ends the title, whatever stops the title holds before it.
_MEDIUM_END = re.compile(r"\s+\[Internet\][.,]?\s*")
# NLM's meeting date and place after a proceedings' title: `1993 Sep; Yeppoon, Qld. `.
_MEETING = re.compile(rf"^{YEAR}\s+[A-Z][a-z]{{2}}[^.]*?\.\s+(?=[A-Z])")
# NLM's report number after a report's imprint: `1981. 35 p. Report No.: 4.`
_REPORT_NO = re.compile(r"\.\s+Report\s+No\.?:?\s*[\w./-]+\.?$")
# An edition in parentheses at a book title's end, spelled out or not: `(2nd edition)`.
_TITLE_EDITION = re.compile(r"\s*\((\d+(?:\w*\s+|\.\s?)ed)(?:ition|\.)?\)\.?$")
# IEEE's technical report: `Aerospace Corp., Los Angeles, CA, Tech. Rep. TR-12, Nov. 1968.`
_TECH_REPORT = re.compile(
    rf"^(?P<publisher>[^,]+),\s*(?:(?P<place>[^,]+(?:,\s*[A-Z]{{2}})?(?:,\s*USA)?),\s*)?"
    rf"Tech\.\s*Rep\.\s*(?P<document_number>[^,]+?),\s*(?:(?:{MONTH_NAMES})\.?\s+)?"
    rf"(?P<year>{YEAR})\.?$"
)
# IEEE's patent after its quoted title: `U.S. Patent 3 624 125, Jul. 16, 1990.`, `US Patent
# Appl. 20110013726A1, Jan. 20, 2011.`: the country, `Patent`, the number (its digits
# grouped by spaces), the date. A patent is no journal, so nothing here is a container.
_PATENT = re.compile(
    r"^(?:(?P<country>[A-Z][A-Za-z.]{0,15}(?:\s+[A-Z][A-Za-z.]{0,15})?)\s+)?Patent"
    r"(?:\s+Appl(?:ication|\.)?)?\s*(?:No\.?\s*)?(?P<document_number>[A-Z]{0,2}\s?\d[\d ,/]*\d"
    rf"(?:[A-Z]\d?)?),\s*(?:(?:{MONTH_NAMES})\.?,?\s*(?:\d{{1,2}},?\s*)?)?(?P<year>{YEAR})\.?$"
)
# IEEE's paper read at a meeting and not published in its proceedings: `presented at Meeting
# Name, City, ST, Country, Jun. 11-14, 2003.` The meeting is the container; its place
# (words and commas) no field holds, and the days after the month are its dates, not pages.
_PRESENTED = re.compile(
    r"^presented\s+at\s+(?:the\s+)?(?P<meeting>.+?),\s*[^\W\d_][^,\d]*(?:,\s*[^\W\d_][^,\d]*){0,3},"
    rf"\s*(?:(?:{MONTH_NAMES})\.?(?:\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)?,?\s*)?(?P<year>{YEAR})\.?$"
)
# AMA's word before the date a web page was updated, which is its date.
_UPDATED = re.compile(rf"\.\s+Updated\s+(?=(?:{MONTH_NAMES})\.?\s|\d)")
# A date alone where a source would be: the year (and month and day) of a web page.
# Lancet prints the online date after it: `2004; published online May 12`.
_DAY = rf"(?:\s+(?:{MONTH_NAMES})\.?(?:\s+\d{{1,2}})?)?"
_BARE_DATE = re.compile(rf"(?P<year>{YEAR})[a-z]?{_DAY}(?:;\s*published\s+online{_DAY})?")
# A meeting's place: words, spaces and commas (`Toronto, Canada`).
_MEETING_PLACE = re.compile(r"[^\W\d_][^\W\d_\s,.'-]*(?:[\s,.'-]+[^\W\d_]+)*")
# CJK text, whose imprints GB/T 7714's grammar reads.
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_THESIS_WORD = re.compile(
    r"thesis|dissertation|学位论文|th[èe]se|tesis|tese\b|disserta[çc][ãa]o|tezi\b", re.IGNORECASE
)


# The first doubled closing mark of a title quoted by doubled single ones, where a closing
# quote ends a title (`_QUOTED`): before a comma or a stop, a capital, or the end; before
# a lower-case word it closes a quoted word inside the title (`‘’Widgets’’ and more.`).
_DOUBLED_CLOSE = re.compile(r"’’(?=[,.;:]|\s+[^a-z\s]|\s*$)")


def quoted_word(text: str, quoted: re.Match[str]) -> bool:
    """Whether the single-quoted `quoted` opening `text` is one word of the title, not the
    title (`‘Bizarre’ Widget Metrics Overlook Gears. Example Site.`): one word in single
    marks, a bare space and a capitalised word after them, and the sentence running on to
    a stop (a quoted title before its journal, `‘Widgets’ Example Journal 12`, holds a
    figure before any stop)."""
    title, close = quoted.group("title"), quoted.end("title")  # where the closing mark is
    if text[:1] != "‘" or " " in title or text[close + 1 : close + 2] != " ":
        return False  # (`‘Widgets’, Example Press.`: a quoted title, its comma after it)
    after = text[quoted.end() :]
    stop = after.find(". ")
    return after[:1].isupper() and stop > 0 and not any(c.isdigit() for c in after[:stop])


def title_and_rest(text: str) -> tuple[str, str]:
    """The title (quoted, or up to the first stop) and the text after it. A title quoted
    by doubled single marks (Turkish lists: `‘’Title’’, Journal`) is read as quoted by
    double ones; one whose doubled marks quote a word inside it, up to its stop."""
    if text[:2] == "‘’":
        close = text.find("’’", 2)
        if close < 0 or not _DOUBLED_CLOSE.match(text, close):
            return "", text  # `‘’Widgets’’ and more. Journal`: a title up to its stop
        text = f"“{text[2:close]}”{text[close + 2 :]}"
    if text[:1] in QUOTES:
        quoted = _QUOTED.match(text)
    elif text[:1] == "«":
        quoted = _GUILLEMETS.match(text)
        if quoted:  # French prints a space inside each guillemet
            rest = _LEADING_IN.sub("In ", text[quoted.end() :])
            return quoted.group("title").strip().rstrip(",."), rest
    else:
        quoted = _MIRRORED_QUOTED.match(text) if text[:1] == "”" else None
    if quoted and quoted_word(text, quoted):
        return "", text  # `‘Bizarre’ Widget Metrics Overlook Gears. Site.`: a title's word
    if quoted:
        rest = text[quoted.end() :]
        if "en " in rest[:4]:
            rest = _LEADING_EN.sub("In ", rest)
        return quoted.group("title").rstrip(",."), _LEADING_IN.sub("In ", rest)
    return "", text


# The translator's words in the Romance lists and German ones (`Title, traducción de Ana
# Example. México: …`, `traduit par`, `tradução de`, `traduzione di`, `übersetzt von`).
_TRANSLATED = r"(?:traducción|tradução)\s+de|traduit\s+par|traduzione\s+di|übersetzt\s+von"
# A translator's or an editor's sentence before a book's imprint (Chicago: `Title.
# Translated by Ann B. Example. Place: Publisher.`, `Edited by …`, `Trans. …`; Russian
# lists' `Под ред. В.Д.Примеров. М.: Publisher`, initials in Cyrillic, and their kin
# `Под общ. ред.`, `Под науч. ред.`, the translator's `Пер. с англ.`): names, which no
# field of the source holds, up to a stop that no initial's is.
_CONTRIBUTORS = re.compile(
    rf"^(?:(?:[Tt]ranslated|[Ee]dited|Compiled)\s+(?:and\s+\w+\s+)?by|Trans\.|{_TRANSLATED}|"
    r"Под\s+(?:общ\.\s+|науч\.\s+)?ред\.|Пер\.\s+с\s+[а-я]{2,6}\.)\s+"
    r"(?:[^.\d]|(?<=\b[A-ZА-ЯЁ])\.)+?(?<!\b[A-ZА-ЯЁ])\.\s+(?=[A-ZА-ЯЁ])"
)
# The translator or the editor after a comma ending the title (`Title, Trans. Ann
# Example. Place: Publisher.`; Chicago's book with an author and an editor, `Title,
# edited by Ann Example. Place: Publisher.`), or in a sentence of their own after its
# stop (`Title. Edited by Ann Example. Place: …`); and APA's in parentheses after it
# (`Title (A. Example, Trans.).`, `(A. Example, Ed.)`, or the label first, `(Ed. A.
# Example, Trans. B. Other)`, a name's capital after it: `(Ed. note)` is none). An
# editor's parentheses close the title only in its first sentence: after a stop they may
# be a journal's (`Journal of Widgets (Ed. Board), 3, 4-5.`), and the host of a chapter
# names its editors so (`Title. Book (A. Roe, Ed.), 5-9.`).
_COMMA_TRANSLATOR = re.compile(
    rf",\s+(?=(?:Trans\.|[Tt]ranslated\s+by|[Ee]dited\s+by|{_TRANSLATED})\s+[A-Z])"
    r"|(?<=[a-z])\.\s+(?=(?:Translated|Edited)\s+by\s+[A-Z])"
)
_PAREN_TRANSLATOR = re.compile(  # read from a space run's start only (`(?<!\s)`), not each space's
    r"(?<!\s)\s+\((?:[^()]{2,80},\s+(?:Trans|Eds?)\.|(?:Eds?|Trans)\.\s+[A-Z][^()]{1,79})\)[.,]?\s*"
)


def imprint_after_editors(host: str) -> bool:
    """Whether what follows `_EDITED_HOST_NO_IN`'s editors opens with the imprint, no
    book's title: its only colon comes before any stop (`London: Example, pp. 3-9.`),
    where a book's title ends at a stop before its place (`Book. London: Example.`) or
    holds a colon of its own (`Book: A Guide. London: Example.`)."""
    colon = host.find(":")
    if colon < 0 or host.find(":", colon + 1) >= 0:
        return False
    stop = host.find(". ")
    return stop < 0 or stop > colon


def translated_title(rest: str) -> tuple[str, str, dict[str, str]] | None:
    """The title and what follows its translator's names (`_COMMA_TRANSLATOR`,
    `_PAREN_TRANSLATOR`), or None: the names are no title's words, and the source comes
    after them."""
    paren = _PAREN_TRANSLATOR.search(rest) if "Trans." in rest or "Ed" in rest else None
    if paren and ". " in rest[: paren.start()] and not paren[0].rstrip(" .,").endswith("Trans.)"):
        paren = None  # an editor's after a stop: a journal's or a host's (`_PAREN_TRANSLATOR`)
    if paren:  # first: a comma inside the parentheses (`(Ed. A. Example, Trans. …)`) is none
        return rest[: paren.start()], rest[paren.end() :], {}
    worded = "rans" in rest or "dited by" in rest or "radu" in rest or "bersetzt" in rest
    comma = _COMMA_TRANSLATOR.search(rest) if worded else None
    if comma:
        after = rest[comma.end() :]
        names = _CONTRIBUTORS.match(after)
        # after a stop, only a book's imprint of one sentence follows the names: a book
        # review's title quotes the book's whole entry, its pages and price, and the
        # journal comes after (`Title. Edited by A. Example. London: Publisher, 1975.
        # Pp. lvi, 216. $18.50. J Example. 1976;36:800–1.`)
        stopped = rest[comma.start()] == "."
        if names and not (stopped and after.count(". ", names.end()) > 1):
            return rest[: comma.start()], after[names.end() :], {}
    return None


# A foreign title's English translation in brackets holding a stop of its own (APA in
# German and Norwegian lists: `Titel. Untertitel [English title. English subtitle].
# Place: House.`, `… [English title. 2nd Edition]. Place: House`), where every stop
# inside would end the title first. Led by its `[` (SRE scans for it in C); the bracket
# closes before a stop or a comma and more text. An edition closing the translation is
# the book's.
_INNER_TRANSLATION = re.compile(r"\[(?P<english>[A-Z][^\[\]]{3,400})\][.,]\s+(?=\S)")
# A journal's volume and issue or pages, which no title holds before its translation.
_TITLE_LOCATOR = re.compile(r"\d\s?\(\d[^()]{0,12}\)|\d;\s?\d|\d,\s\d+[-–]\d")
_TRANSLATED_EDITION = re.compile(
    r"\.\s+(?P<edition>(?:\d{1,2}(?:st|nd|rd|th)|Second|Third|Fourth|Fifth|Revised)\s+"
    r"(?:[Ee]dition|edn|ed\.?))\Z"
)


def inner_stop_translation(rest: str) -> tuple[str, str, dict[str, str]] | None:
    """(title, source, fields) cut at an `_INNER_TRANSLATION` after a space: the title up
    to the bracket, the English (holding `. `) as `title_translation`, an edition ending
    it as `edition`; None when the bracket holds no stop, describes (`_DESCRIPTIONS`,
    `_NOTE_WORDS`) or the title before it is English."""
    found = _INNER_TRANSLATION.search(rest)
    if found is None or rest[found.start() - 1 : found.start()] != " ":
        return None
    english, extra = found["english"].strip(), {}
    if ". " not in english or " " not in english[: english.find(". ")]:
        return None  # no stop inside, or an abbreviation before it (`[J. Widget Res.]`)
    edition = _TRANSLATED_EDITION.search(english)
    if edition:
        english, extra["edition"] = english[: edition.start()], edition["edition"]
    title = rest[: found.start()].rstrip(" .,")
    if english.startswith(_DESCRIPTIONS) or _NOTE_WORDS.search(english):
        return None
    if _TITLE_LOCATOR.search(title):
        return None  # a bracket after the journal's locator (`12(3), 1-9 [English. …]`)
    if len(title) < 8 or english_title(title):
        return None
    extra["title_translation"] = english.rstrip(" .")
    return title, rest[found.end() :], extra


def cut_title(rest: str, commas: bool) -> tuple[str, str, dict[str, str]] | None:
    """Where the title ends when a marker says so, not the locator: a host (`. In:`), an
    edition or a thesis after a comma title (APS), a bracketed thesis genre, an imprint
    sentence after a title in a comma style (IEEE), a named edition in parentheses (APA),
    an imprint in parentheses (Nature)."""
    translated = inner_stop_translation(rest) if ". " in rest and "]" in rest else None
    if translated:  # `Titel. Untertitel [English title. Subtitle]. Place: House.`
        return translated
    hosted = (_IN_HOST_COMMA if commas else _IN_HOST).search(rest)
    if hosted is None and not commas and (", in " in rest or ", In " in rest):
        hosted = _IN_EDITED_HOST.search(rest)
        words = 1 if rest[:1].isupper() and rest[1:2].islower() else 2  # `Family breakdown`
        if hosted and rest.count(" ", 0, hosted.start()) < words:
            hosted = None  # or any of three words or more before it, not a fragment
    if hosted is None and not commas and "(ed" in rest:
        edited = _EDITED_HOST_NO_IN.search(rest)
        if edited and imprint_after_editors(rest[rest.find(")", edited.end()) + 1 :]):
            edited = None  # `Title. 2nd edn. Editor, A.B. (ed) London: Publisher.`: no book
        if edited:  # Harvard without its `In`: `Title. Editor, A.B. (ed) Book. Place: …`
            return rest[: edited.start() + 1], f"In {rest[edited.end() :]}", {}
    if hosted:
        return rest[: hosted.start() + 1], rest[hosted.end() :], {}
    bare = _BARE_IN_HOST.search(rest) if not commas and " In: " in rest else None
    if bare:  # NLM's chapter whose title lost its stop: `Title In: Editor A, eds. Book.`
        return rest[: bare.start()], rest[bare.end() :], {}
    translated = (
        translated_title(rest)
        if not commas
        and (
            "rans" in rest
            or "dited by" in rest
            or "(Ed" in rest
            or "Ed.)" in rest
            or "radu" in rest
            or "bersetzt" in rest
        )
        else None
    )
    if translated:  # Chicago: `Title, Trans. Ann Example. Place: Publisher.`
        return translated
    edition = _COMMA_EDITION.search(rest) if commas else None
    if edition:  # APS: `Title, 4th ed. (Publisher, Place, 2022).`
        return rest[: edition.start()], rest[edition.end() :], {"edition": edition.group(1)}
    genre = _COMMA_GENRE.search(rest) if commas else None
    if genre:
        return rest[: genre.start()], rest[genre.end() :], {}
    edition = _EDITION_IMPRINT.search(rest) if edition_word(rest) else None
    if edition:  # Harvard: `Title, 3rd ed., Publisher`; ACS: `Title, 2nd ed.; Publisher: City`
        return rest[: edition.start()], rest[edition.end() :], {"edition": edition.group(1)}
    volume = volume_imprint(rest) if "ol. " in rest else None
    if volume:  # `Title, vol. 21, Wiley, New York, pp. 848–864.`: stored once the source
        # is read (`_BOOK_VOLUME_KEY`), as a volume known before would make it a journal's
        return rest[: volume.start()], rest[volume.end() :], {_BOOK_VOLUME_KEY: volume.group(1)}
    edition = edition_stop(rest)
    if edition:  # Springer: `Title, 3rd edn. Publisher, Place (1988)`, `Titel, 2. Aufl. Verlag`
        number = edition.group(1) or edition.group(2)
        return rest[: edition.start()], rest[edition.end() :], {"edition": number}
    number = report_number(rest) if "o." in rest else None
    if number:  # APA: `Title (Report No. 12). Publisher.`
        title = rest[: number.start()].rstrip()
        return title, rest[number.end() :], {"document_number": number["number"]}
    series = (
        series_sentence(rest)
        if "aper" in rest or "eport" in rest or "Cm" in rest or "rief" in rest
        else None
    )
    if series:  # Harvard, Chicago: `Title. NBER Working Paper No. 12. Place: Publisher.`
        numbered = {"document_number": series["number"], "kind": Kind.REPORT}
        after = rest[series.end() :].strip()
        if series["end"] == "," and series_place(after):
            return rest[: series.start()], "", {**numbered, "place": after.rstrip(".")}
        return rest[: series.start()], placed_last(rest[series.end() :]), numbered
    bracket = _BRACKET_GENRE.search(rest) if "[" in rest else None
    if bracket:  # Harvard: `Title [Ph.D. thesis], University.`
        return rest[: bracket.start()], rest[bracket.start() :], {}
    book = _COMMA_IMPRINT.search(rest) if commas and ":" in rest else None
    if book:  # IEEE: `Title. Place, ST: Publisher, 1995.`
        title = rest[: book.start()]
        volume = _TITLE_VOLUME.search(title) if "vol." in title else None
        if volume:  # IEEE: `Title, vol. 3. Place, ST: Publisher, 2016.`
            return title[: volume.start()], rest[book.end() :], {"volume": volume.group(1)}
        return title, rest[book.end() :], {}
    acs = _ACS_BOOK.search(rest) if "; " in rest and ":" in rest else None
    if acs:  # ACS: `Title; Publisher: City, ST, 2003; pp 145-158.`
        return rest[: acs.start()], rest[acs.end() :], {}
    edition = _NAMED_EDITION.search(rest) if "ed.)" in rest else None
    if edition:  # APA: `Title (3rd Example-Pacific ed.). Publisher.`
        return rest[: edition.start()], rest[edition.end() :], {"edition": edition.group(1)}
    edition = _WORDED_EDITION.search(rest) if "dition" in rest else None
    if edition:  # APA as printed: `Title (12th Edition.). Place: Publisher.`
        return rest[: edition.start()], rest[edition.end() :], {"edition": edition["edition"]}
    uk = paren_place_publisher(rest)
    if uk:  # UK Harvard: `Title (Place, Publisher).`
        return rest[: uk[0]], uk[1], {}
    paren = paren_imprint(rest)
    inside = paren.group(1) if paren else ""
    series = _PAREN_SERIES.match(inside) if "Series" in inside else None
    if series:  # AIP: `Title (Example Series, Publisher, Place, ST, 1999).`
        inside = inside[series.end() :]
    if paren and not inside[:-4].rstrip().endswith(","):
        inside = uncomma_year(inside)
    if paren and (
        looks_imprint(inside)
        or _NAMED_PLACE_YEAR.fullmatch(inside)
        or (
            one_word_house(inside)
            and rest.rstrip(" .").endswith(")")
            and _VOLUME_PAGES_END.search(rest, 0, paren.start()) is None
        )
    ):
        # APS, Nature: `Title (Publisher, 2001).`
        if paren["edition"]:  # IET: `Title, (Publisher 1993), 2nd edn.`
            return rest[: paren.start()], f"({inside})", {"edition": paren["edition"]}
        closing = rest.index(")", paren.end(1)) + 1
        return rest[: paren.start()], f"({inside}){rest[closing:]}", {}
    return None


# A report's series and number printed as a sentence (or after the title's comma) before
# the imprint, not in parentheses (Harvard, Chicago: `Title. NBER Working Paper No. 12.
# Cambridge, MA: Publisher.`, `Title, Working paper no. 1500. Place: Publisher.`,
# `Technical Report 7. Place: Publisher.`; a UK command paper's `Cmd. 6404`, `Cm 7432`;
# a brief's, as US agencies number theirs: `NCHS Data Brief, no 356.`, `Policy Brief No. 5.`):
# up to four words naming the series, a word for the kind of paper, then the number (a
# year is an annual report's, no number). Led by one character class; the kind's word
# follows the words' spaces with no run of spaces of its own (a `\s*` there parted a
# run of spaces every way).
_SERIES_SENTENCE = re.compile(
    r"[,.]\s+(?:(?:[A-Z][\w&-]*\.?\s+){0,4}(?:(?i:working|discussion|technical|research|"
    r"occasional|policy|staff)\s{0,2})?(?i:paper|report|brief)"
    r"(?:,?\s+(?:[Nn]o\.?\s*|[Nn]umber\s+)|\s+)|"
    r"Cmn?d\.?\s*|Cm\s+)(?!(?:1[6-9]|20)\d\d\.)"
    r"(?P<number>(?:[A-Z]{1,5}-?)?\d[\w/-]*)(?P<end>\.|,)\s+"
)
# The place alone after a series' number and its comma, no publisher (economics' lists:
# `Title. EXA Discussion Paper, No. 1681, Bonn.`, `…, No. 12, Cambridge, MA.`): a city of
# one or two capitalised words in lower case after their capital (an institute's acronym,
# `NBER`, is its publisher's), maybe its state's code. A month or a season is the
# paper's date (`No. 12, March.`), and a publisher's or a body's word names its issuer
# (`No. 12, Example University.`, `No. 3, Widget Agency.`), no place.
_SERIES_PLACE = re.compile(
    rf"(?!(?:{MONTH_NAMES})\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s[A-Z]{{2}})?\.?"
)
_ISSUER_WORDS = re.compile(
    r"\b(?:Agency|Bank|Board|Bureau|Cent(?:er|re)|Commission|Council|Department|Foundation|"
    r"Fund|Group|Ministry|Office|Service|Elsevier|Springer|Wiley)\b"
)


def series_place(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether `text[start:end]` is a place alone after a series' number (`_SERIES_PLACE`),
    no issuer's name (`looks_imprint`, `_ISSUER_WORDS`)."""
    end = len(text) if end is None else end
    if _SERIES_PLACE.fullmatch(text, start, end) is None:
        return False
    place = text[start:end]
    return not looks_imprint(place) and _ISSUER_WORDS.search(place) is None


def series_sentence(rest: str) -> re.Match[str] | None:
    """The first `_SERIES_SENTENCE` after the title's first word that an imprint
    follows: `Place: Publisher` after its stop or its comma (`Title, Working Paper No.
    50, Berkeley: Example Press.`), or `Publisher, Place` (Harvard's order,
    `publisher_then_place`) after its stop or comma; None when there is none. A series
    after a comma ends a title only when no sentence's stop comes before it (`Title,
    Working paper no. 5.`): after one it is a journal's or a book's number (`Title.
    Journal of Widgets, Report 7.`), and the title ends at that stop."""
    end = len(rest.rstrip())
    for series in _SERIES_SENTENCE.finditer(rest, 1):
        if rest[series.start()] == "," and ". " in rest[: series.start()]:
            continue
        if series["end"] == "," and series_place(rest, series.end(), end):
            return series  # `…, No. 1681, Bonn.`: the place alone
        after = rest[series.end() :]
        colon = PLACE_COLON.match(after)  # its `^`: a slice
        if colon and (series["end"] == "." or comma_series_imprint(after)):
            return series
        if series["end"] == "," and series_house(after):
            return series  # `…, No. 1681, Example Institute.`: the issuer alone
        publisher, comma, place = after.rstrip(" .").rpartition(", ")
        if comma and ", " not in publisher and publisher_then_place(publisher, place):
            return series
    return None


# A sentence's stop and the capital opening the next: an imprint is one sentence.
_NEXT_SENTENCE = re.compile(r"\. [A-Z]")


def comma_series_imprint(after: str) -> bool:
    """Whether `after`, `Place: …` after a series' number and its comma (`Title, Working
    Paper No. 50, Berkeley: Example Press.`), is the report's imprint: the city a place
    the lexicon names (`places.is_place`), no subtitle's head (`Title, Report No. 7,
    Widgets: A review. Journal …`), and one sentence (`London: A history of gears. Widget
    J. 3` goes on into a journal)."""
    place = after.partition(":")[0].split(", ")[0]
    return is_place(place) and _NEXT_SENTENCE.search(after) is None


def series_house(after: str) -> bool:
    """Whether `after`, what follows a series' number and its comma, is its issuer's name
    alone (`Title. EXA Discussion Paper, No. 1681, Example Institute.`): a capitalised
    name (`_CAPITALISED_NAME`) that a publisher's word names (`looks_imprint`), one
    piece, no journal's word (`_NOT_PUBLISHER`)."""
    name = after.rstrip(" .")
    return bool(
        name
        and ", " not in name
        and _CAPITALISED_NAME.fullmatch(name)
        and looks_imprint(name)
        and _NOT_PUBLISHER.search(name) is None
    )


def placed_last(source: str) -> str:
    """A report's `Publisher, Place` after its series (`series_sentence` read it so) as
    `Place: Publisher`, the order the imprint patterns read; `source` as it was else."""
    publisher, comma, place = source.rstrip(" .").rpartition(", ")
    if (
        not comma
        or ", " in publisher
        or ":" in source
        or not publisher_then_place(publisher, place)
    ):
        return source
    return f"{place}: {publisher}"


# A book series named first inside AIP's parenthesised imprint (`(Example Series,
# Publisher, Place, 1999)`): no field holds it.
_PAREN_SERIES = re.compile(r"[^,()]*\bSeries\b[^,()]*,\s*")


def edition_word(rest: str) -> bool:
    """Whether `rest` holds a word `_EDITION_IMPRINT` may read (most do not: no search)."""
    return " ed" in rest or " Ed" in rest or "Aufl" in rest


# A multivolume book's volume between commas, then its imprint, as author-date lists print
# an encyclopedia's or a handbook's all in commas (`Title, vol. 21, Wiley, New York, pp.
# 848–864.`).
_VOLUME_IMPRINT = re.compile(r",\s*[Vv]ol\.\s*(\d{1,4}),\s+(?=[A-Z])")


def volume_imprint(rest: str) -> re.Match[str] | None:
    """The first `_VOLUME_IMPRINT` that `Publisher, Place` follows (`publisher_then_place`,
    the two pieces after it), then the end, the year or the pages; None otherwise."""
    volume = _VOLUME_IMPRINT.search(rest)
    if volume is None:
        return None
    pieces = rest[volume.end() :].rstrip(" .").split(", ")
    if len(pieces) < 2 or not publisher_then_place(pieces[0], pieces[1]):
        return None
    after = pieces[2:]
    if after and not (_YEAR_ONLY_TAIL.fullmatch(after[0]) or after[0][:1] == "p"):
        return None
    return volume


_YEAR_ONLY_TAIL = re.compile(rf"{YEAR}[a-z]?")
_BOOK_VOLUME_KEY = "_book_volume"  # `cut_title`'s volume of a book, stored after its source


def edition_stop(rest: str) -> re.Match[str] | None:
    """`_EDITION_STOP.search(rest)`, asked only of a text holding an edition's word."""
    if " ed" not in rest and " Ed" not in rest and "Aufl" not in rest:
        return None
    return _EDITION_STOP.search(rest)


def paren_imprint(rest: str) -> re.Match[str] | None:
    """`_PAREN_IMPRINT.search(rest)`, tried only where it can match: its `(` is the last
    one (no parenthesis inside), closed, and it starts where the white space before that
    begins."""
    at = rest.rfind("(")
    if at < 1 or ")" not in rest[at:]:
        return None
    start = at
    while start > 0 and rest[start - 1].isspace():
        start -= 1
    return _PAREN_IMPRINT.search(rest, start)


# Nature's house printed by its one word (`(Saunders, 2003)`, `(Plenum, 1985)`): one
# capitalised word (a hyphen or an `&` may join two), then the year.
_ONE_WORD_HOUSE = re.compile(rf"(?P<name>[A-Z][^\W\d_]{{2,}}(?:[-&][A-Z][^\W\d_]+)?),\s*{YEAR}")
# One word in parentheses with a year that says what the work is or when, not who
# printed it (`(Thesis, 2019)`, `(PhD, 2019)`, `(Abstract, 2003)`); a periodical's or a
# preprint's word (`(Preprint, 2003)`, `Review`) is `_NOT_PUBLISHER`'s, asked as well.
_NOT_HOUSE_WORD = re.compile(
    rf"(?:{CALENDAR_MONTH_NAMES}|Spring|Summer|Autumn|Fall|Winter|Thesis|"
    r"Dissertation|Abstract|Unpublished|Online|Report|Draft|Poster|Manuscript|Submitted|"
    r"Published|Accessed|Retrieved|Updated|Cited|Edn|Edition|Vol|Volume|English|PhD|MSc|"
    r"BSc|Masters?|Doctoral|Reprint|Reprinted|Erratum|Correction|Corrigendum|Retracted|"
    r"Editorial|Letter|Comment|Commentary|Abstracts|Supplement|"
    rf"{'|'.join(sorted(LANGUAGES))})"
)


# A journal's or a series' volume and pages closing the text before the parentheses
# (Nature's `Lect. Notes Comput. Sci. 5, 1–9 (Springer, 2010).`, an issue maybe after the
# volume, `5(2), 1–9`): the one-word house is then the series' publisher after a
# journal-like locator, not a book's imprint.
_VOLUME_PAGES_END = re.compile(
    r"(?<![\w-])\d+[A-Za-z]?(?:\s?\(\d[\w/–-]*\))?,\s?[A-Za-z]?\d+(?:[-–]\d+)?\s*$"
)


def one_word_house(inside: str) -> bool:
    """Nature's and APS's imprint in parentheses naming its house by one word
    (`Title (Saunders, 2003).`, `(Wiley, 2010)`), closing the entry (AIP's page after
    it, `(Springer, 2003), p. 45`, is read by no imprint reader yet): a known house's name
    (`_BARE_PUBLISHER`), or any one capitalised word that names no month, season,
    language, note, periodical or place (`_NOT_HOUSE_WORD`, `_NOT_PUBLISHER`, `is_place`:
    AIP's `(Amsterdam, 1969)` names the city alone)."""
    match = _ONE_WORD_HOUSE.fullmatch(inside)
    if match is None:
        return False
    name = match["name"]
    if _BARE_PUBLISHER.search(name):
        return True
    return (
        _NOT_HOUSE_WORD.fullmatch(name) is None
        and _NOT_PUBLISHER.search(name) is None
        and not is_place(name)
    )


def uncomma_year(inside: str) -> str:
    """Springer's and IET's parenthesised imprint with no comma before its year
    (`Publisher, Place 1999`, `Publisher 1999`) in the comma form the imprint patterns
    read, when a publisher's word or a house's name says it is one; else `""`, no
    imprint (a journal's or a meeting's name may close with a year)."""
    name = inside[:-4].rstrip()
    if not (looks_imprint(name) or _BARE_PUBLISHER.search(name)):
        return ""
    return f"{name}, {inside[-4:]}"


def locate(text: str, dated: bool) -> tuple[str, dict[str, Any]] | None:
    """The container and its locator; a known year means the locator holds none, unless
    no place leaves a locator without one. The places are found once for both readings:
    those the first tried are kept for the second."""
    if text[-1:].islower() or (text[-1:].isdigit() and text[-6:-5].islower()):
        text = foreign_month(text, dated)
    if not dated:
        return container_locator(text)
    tried: list[tuple[int, int]] = []
    for start, end in locator_starts(text):
        if no_start(text, start, end):
            continue
        fields = read_locator(text[end:], False)
        if fields is not None and not year_sentence_before(text, start):
            return text[:start], fields
        tried.append((start, end))
    return container_locator(text, True, tried)


# The months of French, Spanish, Portuguese and Italian lists, in lower case as those
# languages print them, and German's, closing a locator (`83, avril-mai-juin`, `n° 12,
# juin 2005`): no part of the locator, which the date's year alone is.
_FOREIGN_MONTH_END = re.compile(
    rf"(?:(?<=\d)\s+|,\s+)(?:{FOREIGN_MONTH_NAMES})(?:\s*[-/–]\s*(?:{FOREIGN_MONTH_NAMES}))*"
    rf"(?:\s+(?P<year>{YEAR}))?$"
)


def foreign_month(text: str, dated: bool) -> str:
    """`text` without a `_FOREIGN_MONTH_END`, its year kept unless the entry's date was
    read already (`dated`); `text` as it was else."""
    month = _FOREIGN_MONTH_END.search(text, max(0, len(text) - 60))
    if month is None:
        return text
    if month["year"] and not dated:
        return f"{text[: month.start()]}, {month['year']}"
    return text[: month.start()]


def year_sentence_before(text: str, start: int) -> bool:
    """Whether the last sentence of `text[:start]` opens with a date that nothing but a
    locator's part follows (NLM's `Title, 2016. Journal. 2017 Dec;293:1–8.` read after a
    year the names' grammar took from the title): no journal's name is a date, so the
    locator starts at that date, and the year read before it was the title's."""
    stop = text.rfind(". ", max(0, start - 40), start)
    if stop < 0 or not text[stop + 2 : stop + 3].isdigit():
        return False
    date = _BARE_DATE.match(text, stop + 2, start)
    return date is not None and (date.end() == start or text[date.end()] in ";:(,")


# An arXiv identifier (`arXiv:1702.07800v2`, `arXiv:hep-th/9901001`, a category in
# brackets after it), and the words that may name the server before it (`arXiv
# preprint arXiv:…`, Google Scholar's, capitalised as a sentence's start in lists that
# recase every source: `ArXiv preprint arXiv:…`; `arXiv e-prints, arXiv:…`).
_ARXIV_ID = re.compile(
    r"arXiv:\s*(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)"
    r"(?:\s*\[[\w.-]+\])?(?![\w/]|\.\w)"
)
# DBLP's and Semantic Scholar's arXiv listing (`CoRR abs/1412.6980`, `CoRR, vol.
# abs/1412.6980`, `ArXiv, abs/1810.04805`): the server's name, then the identifier after
# `abs/`, whose stop and digits would read as a volume and pages.
_ABS_LISTING = re.compile(
    r"(?P<name>CoRR|[Aa]r[Xx]iv)(?:,\s*|\s+)(?:vol\.\s*)?abs/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)\b"
)
_ARXIV_NAME = re.compile(r"[Aa]r[Xx]iv(?:\s+(?:[Pp]reprint|e-prints?))?[,\s]*\Z")


# A thesis's genre in parentheses after its title, as APA 6 prints it, in the forms the
# grammars' English one (`(Doctoral dissertation)`) leaves: a capital genre (`(PhD
# Thesis)`, Scandinavian and other author-date lists) and the Spanish, Portuguese and
# French genres (`(tesis doctoral)`, `(Tese de doutorado)`, `(thèse de doctorat)`),
# then a stop or a comma. Led by its `(`, which SRE scans for in C.
_PAREN_GENRE = re.compile(
    rf"\((?P<genre>{_DEGREE}\s+(?:[Tt]hesis|[Dd]issertation)|"
    r"(?:[Tt]esis|[Tt]ese|[Tt]h[èe]se|[Dd]isserta[çc][ãa]o)(?:\s+(?:de\s+)?(?:doctoral|doctorado|"
    r"doutorado|doctorat|maestr[íi]a|mestrado|master|licenciatura|grado|mag[íi]ster))?)\)(?=[.,])"
)


def paren_genre(text: str) -> str:
    """`text` with the first `_PAREN_GENRE` after a space in the brackets APA 7 and NLM
    print a genre in (`Title [PhD Thesis]. Place: University.`), where `_TITLE_END` ends
    the title and `_GENRE` drops the genre; `text` as it was when it holds none."""
    for genre in _PAREN_GENRE.finditer(text, 1):
        if text[genre.start() - 1].isspace():
            return f"{text[: genre.start()]}[{genre['genre']}]{text[genre.end() :]}"
    return text


# A range's dash that a deposit or a conversion lost to a question mark between its pages
# (`Journal 14, 133?137`, `Proc. Example Symp., Publisher, 56?65`, as Crossref deposits
# of older lists print it). Only where a locator's numbers stand: after a comma, a colon,
# a semicolon, an opening parenthesis or `p.`/`pp.` (a title's `Is 2?3 a widget?` and
# `Widgets 1?2` keep their mark), and no link's query (`/view/123?45`, `?id=12?3`).
_LOST_DASH = re.compile(
    r"(?:(?<=[,:;(])|(?<=[,:;(]\s)|(?<=\bp\.)|(?<=\bp\.\s)|(?<=\bpp\.)|(?<=\bpp\.\s))"
    r"(\d{1,6})\?(\d{1,6})(?![\w/=?&])"
)


# An edition in parentheses after the title in the words of Norwegian, Swedish, Danish,
# German and French lists in APA (`Tittel (3. utg.). Forlag.`, `Titel (2. Aufl.).`,
# `Titre (2e éd.).`), English's `(3rd ed.)`: the number's stop would end the title
# inside the parentheses (`Tittel (3` and a source `utg)`).
_FOREIGN_EDITION_WORDS = ("utg", "uppl", "udg", "opl", "Aufl", "éd")
_FOREIGN_EDITION = re.compile(
    r"\s\((?P<edition>\d{1,2}(?:\.|e|re|er)?\s?(?:utg|uppl|udg|opl|Aufl|éd)\.?)\)(?=[.,]|\s*$)"
)


def foreign_edition(text: str) -> tuple[str, str]:
    """`text` without its `_FOREIGN_EDITION`, and that edition (`3. utg`); `text` and
    no edition when it holds none."""
    found = _FOREIGN_EDITION.search(text)
    if found is None:
        return text, ""
    return text[: found.start()] + text[found.end() :], found["edition"].rstrip(".")


# A book series and its number in parentheses after the title, before the imprint's stop,
# as Scandinavian and German lists print a dissertation's or report's series (`Title
# (Örebro Studies in Education:34). Örebro: Publisher.`, `(Example Studies in Widgets
# 123)`, `(Example Skrifter nr. 5)`): no field holds it. A series' word names it.
_PAREN_BOOK_SERIES = re.compile(
    r"\s\((?P<series>[^\W\d_][^()\d]{2,80}?\b(?:Studies|Series|Serie|Reihe|Skrifter|Reports?|"
    r"Rapport|Dissertations?|Monographs?|Publications?|Papers)\b[^()\d]{0,40}?)"
    r"(?:\s*[:,]\s*|\s+)(?:(?:[Nn]o|[Nn]r|[Vv]ol|Bd)\.?\s*)?\d{1,4}\)(?=\.\s+\S)"
)


def paren_series(text: str) -> str:
    """`text` without a `_PAREN_BOOK_SERIES` (the title's stop kept), or as it was: the
    series is a book's when an imprint follows it (`names_house`); before a journal's
    name (`Widget outcomes (Three Studies 2). Example Journal, 12`) it is the title's."""
    series = _PAREN_BOOK_SERIES.search(text)
    if series is None or not names_house(text[series.end() + 1 :].lstrip()):
        return text
    return text[: series.start()] + text[series.end() :]


# A book series' word (`Example Studies`, `Studi Example`, `Nrf essais`, `Collection
# Example`), as a series' name printed between a book's title and its imprint holds one.
_SERIES_WORDS = frozenset((
    "series", "serie", "série", "studies", "studi", "studien", "essais", "collection",
    "collana", "reihe", "cahiers",
))  # fmt: skip
_SERIES_HINT = re.compile(rf"\. (?:[^.]{{0,60}}\s)?(?i:{'|'.join(sorted(_SERIES_WORDS))})\b")
_SERIES_NAME_WORDS = 5
# A house's one-word name closing the entry (`Examplard.`); a longer name may be a
# journal's (`Title. Example Studies. Widget Open.`), left as read.
_ONE_NAME = re.compile(r"[A-Z][^\W\d_]+\.?")


def series_name(text: str) -> str:
    """`text` without a book series' name printed as a sentence of its own between the
    title and the imprint (Chicago's and APA's books: `Title. Studi Example. Roma:
    Publisher.`, `Title. Nrf essais. Publisher.`), or as it was: no field holds it. The
    sentence is up to five words, one a series' word (`_SERIES_WORDS`) and every other
    capitalised (a subtitle has its small words: `Studies in the history of widgets`);
    `Place: Publisher` follows it, or a house's one-word name alone, last."""
    parts = text.split(". ")
    for at in range(1, len(parts) - 1):
        words = parts[at].split()
        if not 1 <= len(words) <= _SERIES_NAME_WORDS:
            continue
        named = [word for word in words if word.lower() in _SERIES_WORDS]
        if not named or not all(word in named or word[:1].isupper() for word in words):
            continue
        after = ". ".join(parts[at + 1 :])
        last = at == len(parts) - 2 and _ONE_NAME.fullmatch(after.rstrip(" "))
        if last or PLACE_COLON.match(after):
            return ". ".join(parts[:at] + parts[at + 1 :])
    return text


# A multivolume book's volume as a sentence after its title, before the imprint (NLM,
# Citing Medicine: `Title. Vol. 2, Volume title. Place: Publisher; 2001.`, and older
# Vancouver lists: `Title. Vol. 1. Volume title. Publisher, Place 1980.`). The volume's
# own title is no field's (guides label the book's title and the volume).
_BOOK_VOLUME = re.compile(r"(?<=[.?!])\s+Vol\.\s*(?P<volume>\d{1,3}|[IVXLC]{1,6})[.,]\s+(?=\S)")


def names_house(text: str) -> bool:
    """Whether `text` opens with an imprint: a place and its colon, a publisher's word, or
    a house's or public body's name (`_BARE_PUBLISHER`)."""
    return looks_imprint(text) or _BARE_PUBLISHER.search(text, 0, 80) is not None


_VOLUMED = (Kind.BOOK, Kind.REPORT, Kind.CHAPTER)  # the readings a book's volume is kept in


# An issue's or part's label after the volume (`Vol. 12, No. 3.`, `Vol. 2, Pt. 1.`): a
# journal's or a volume's part, no volume's title.
_ISSUE_LABEL = re.compile(
    r"(?:[Nn]o|[Nn]r|[Nn]um|[Ii]ss|[Ii]ssue|[Pp]t|[Pp]art|[Ss]uppl)\b\.?\s*\d"
)


def book_volume(text: str) -> tuple[str, str]:
    """(`text` without a `_BOOK_VOLUME` sentence and the volume's title after it, the
    volume), when an imprint (`Place:`, a publisher's word or a public body's) follows
    the volume or its title's sentence; (`text`, "") otherwise (a journal's `Vol. 7,
    No. 3` is followed by no imprint)."""
    match = _BOOK_VOLUME.search(text)
    if match is None:
        return text, ""
    after = text[match.end() :]
    if PLACE_COLON.match(after):
        return text[: match.start()] + ". " + after, match["volume"]
    if _ISSUE_LABEL.match(after):
        return text, ""  # `Journal. Vol. 12, No. 3. London: Publisher`: a journal's issue
    stop = after.find(". ")
    imprint = after[stop + 2 :]
    if 2 <= stop <= 120 and ":" not in after[:stop] and names_house(imprint):
        return text[: match.start()] + ". " + after[stop + 2 :], match["volume"]
    return text, ""


# The space a copy from a PDF loses where the italics of a journal's name begin or end:
# between the name and NLM's year (`Quintessence Int2007; 38:456`), between the name and
# Chicago's volume (`Journal of Example Theory27, no. 1: 1–29`), and after the closing
# quote of a title (`“Title.”Journal`). No word runs into a year before a `;`, into a
# volume before `, no.` and its number's colon, date, comma or the end (`covid19, no. 3.
# Journal` is a title's), or on from a closing quote.
_GLUED_VOLUME = re.compile(r"(?<=[a-z])(?=\d{1,4},\s+no\.\s*\d+(?:\s*[:(,]|\.?\s*\Z))")
_GLUED_QUOTE = re.compile(r"[.,?!]”(?=[A-Z])")
# Harvard's volume and issue glued to a journal's last word in lower case, closing the
# entry with the pages (`BMC widget research methodology13(1), p.37.`, `Journal of
# widgets12(3), 45-67.`): a space goes before the volume.
_GLUED_VOLUME_ISSUE = re.compile(
    r"(?<=[a-z]{3})(?=\d{1,4}\(\d{1,4}\),\s?(?:pp?\.\s?)?\d{1,6}(?:\s?[-–]\s?\d{1,6})?\.?\Z)"
)
# Japanese lists glue a journal's or a report's volume to its name, then its colon and
# pages (`例公衛誌38:735-742,1991`, `…研究報告4:584-586,1995`), maybe with its issue or
# supplement in brackets (`例評治19(suppl):14-16`) or the colon spaced (`例外科52 :
# 117-123`): a space goes before the figures, where a Latin-script list prints one.
# Those two forms take a volume of up to three figures: a title's year before a colon
# (`例示オリンピック2020 : 12`) stays glued. Tried from each kana or kanji, which one
# step follows.
_GLUED_CJK_VOLUME = re.compile(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff])"
    r"(?=\d{1,4}:\d|\d{1,3}(?:\([^()\s]{1,8}\))?\s?:\s?\d)"
)


# APA lists typed with no space after a title's stop before the imprint's city (`Title
# of the book.St. Louis, MO: House.`, `Book.Oxford, England: House.`) or before the
# edition's parenthesis (`Title(5th ed.).`): a space goes back where the title ends. The
# stop follows two lower-case letters (no initial's, no `Ph.D`'s) and leads a city of
# capitalised words (a saint's `St.`, a region after a comma) and its colon, then a
# space; a link's or a name's inner stop (`example.com`, `Widget.Org:`) has no colon
# and space so near. Led by the stop, which SRE scans for in C (the letters before it
# are asked after it); each scan stops at its fourth word.
_GLUED_PLACE = re.compile(
    r"\.(?<=[a-z]{2}\.)(?=(?:St\.\s)?[A-Z][a-z]+(?:,?\s[A-Z][A-Za-z.]*){0,3}:\s)"
)
# Words whose stop is an abbreviation's, not a sentence's (`Widgets vs.Gadgets: A story`).
_CUT_WORDS = frozenset(("vs", "al", "etc", "cf", "viz", "resp", "approx", "incl", "eg", "ie"))


def glued_place(match: re.Match[str]) -> str:
    """The replacement of a `_GLUED_PLACE` stop: the stop and a space, unless the word
    before it is an abbreviation's (`_CUT_WORDS`), whose stop stays as printed, or what
    follows up to the colon names no place: a city the lexicon or imprints name, or a
    state's or country's piece after it (`Mahwah, NJ`). A name's or a title's inner
    stop before a colon (`Widget.Net: A framework`, `Studies.Part One: Basics`) stays."""
    text, at = match.string, match.start()
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if text[start:at] in _CUT_WORDS:
        return "."
    pieces = text[match.end() : text.find(":", match.end())].split(", ")
    city = pieces[0]
    if known_city(city) or (len(pieces) > 1 and region_piece(pieces[-1])):
        return ". "
    return "."


_GLUED_EDITION = re.compile(r"(?<=[a-z])\((?=\d{1,2}(?:st|nd|rd|th)\s+ed(?:n|ition)?\b)")


def glued_year(text: str, end: int) -> bool:
    """Whether a year ends at `end` (before NLM's `;` and a volume) glued to a lower-case
    letter before it (`Int2007;`), to a kana or an ideograph (Japanese lists'
    `例示学研究2007;52:173-186`), or to the parenthesis closing a journal's qualifier
    (PubMed's `J Widget Physiol (1985)2003;95:1-9`, whose first year dates the journal's
    title, not the article)."""
    year, before = text[end - 4 : end], text[end - 5 : end - 4]
    after = text[end : end + 3].lstrip(" ;")
    return (
        year[:2] in ("19", "20")
        and year.isdigit()
        and (
            (before.islower() and before.isascii())
            or "\u3040" <= before <= "\u9fff"
            or before == ")"
        )
        and after[:1].isdigit()
    )


def unglue(text: str) -> str:
    """`text` with the spaces a PDF's copy lost at the italics put back (`_GLUED_*`)."""
    semicolon = text.find(";", 5)
    while semicolon > 0:  # `Int2007;`: string tests on the few `;`, no scan of the text
        end = semicolon - 1 if text[semicolon - 1] == " " else semicolon
        if glued_year(text, end):
            text = f"{text[: end - 4]} {text[end - 4 :]}"
            break
        semicolon = text.find(";", semicolon + 1)
    if ", no." in text:
        text = _GLUED_VOLUME.sub(" ", text)
    if "”" in text:
        text = _GLUED_QUOTE.sub(r"\g<0> ", text)
    if "), " in text[-24:] or "),p" in text[-24:]:
        glued = _GLUED_VOLUME_ISSUE.search(text, max(0, len(text) - 40))
        if glued:
            text = f"{text[: glued.start()]} {text[glued.start() :]}"
    if ":" in text and not text.isascii():
        text = _GLUED_CJK_VOLUME.sub(" ", text)
    if ": " in text:
        text = _GLUED_PLACE.sub(glued_place, text)
    if " ed" in text and "(" in text:
        text = _GLUED_EDITION.sub(" (", text)
    return text


# Months Spanish, Portuguese, French, German and Italian lists abbreviate (`fev.`, `ene`,
# `févr.`, `Okt.`, `dic.`), where a date prints them: after NLM's year (`2019 ene;12(3)`)
# or before the year after a comma (ABNT: `p. 45-50, fev. 2019.`, `set./dez. 2019`). Read
# as the English months the locator knows; elsewhere (`data set`) they are words.
_MONTH_CUTS = {
    "ene": "Jan", "janv": "Jan", "gen": "Jan", "fev": "Feb", "févr": "Feb", "mars": "Mar",
    "mär": "Mar", "märz": "Mar", "abr": "Apr", "avr": "Apr", "mai": "May", "mag": "May",
    "juin": "Jun", "giu": "Jun", "juil": "Jul", "lug": "Jul", "ago": "Aug", "août": "Aug",
    "set": "Sep", "out": "Oct", "okt": "Oct", "ott": "Oct", "dic": "Dec", "dez": "Dec",
    "déc": "Dec",
}  # fmt: skip
_FOREIGN_MONTH = "|".join(sorted(_MONTH_CUTS, key=len, reverse=True))
_ANY_MONTH = rf"(?:{_FOREIGN_MONTH}|{MONTH_NAMES})"
_YEAR_AT = re.compile(r"(?:19|20)\d\d\b")  # led by a digit, which SRE scans for in C
# (after NLM's date a volume or a page follows its `;`, `:` or `(`: the `2020 Mars
# (rover)` or `2019 set: a study` of a title is no date)
_MONTH_AFTER = re.compile(
    rf"\s(?i:(?:{_FOREIGN_MONTH})(?:\.?\s*[-/]\s*{_ANY_MONTH})?)(?=\.?\s*[;:(]\s*\d)"
)
_MONTH_BEFORE = re.compile(rf",\s(?i:(?:{_FOREIGN_MONTH})(?:\.?\s*[-/]\s*{_ANY_MONTH})?)\.?\s+\Z")
_FOREIGN_WORD = re.compile(rf"(?i:\b(?:{_FOREIGN_MONTH})\b)")


def english_months(text: str) -> str:
    """`text` with the foreign months of its first date that prints them (`_MONTH_AFTER`
    a year, `_MONTH_BEFORE` one) in English; found from the years of the last 60
    characters, where NLM's and ABNT's dates stand."""
    for year in _YEAR_AT.finditer(text, max(0, len(text) - 60)):
        start, end = year.span()
        found = None
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isalpha():  # `2019 ene;`
            found = _MONTH_AFTER.match(text, end)
        if found is None and text.find(", ", max(0, start - 20), start) >= 0:  # `, fev. 2019`
            found = _MONTH_BEFORE.search(text, max(0, start - 20), start)
        if found is not None:
            english = _FOREIGN_WORD.sub(
                lambda word: _MONTH_CUTS[word.group().lower()], found.group()
            )
            return text[: found.start()] + english + text[found.end() :]
    return text


# A book's editors in parentheses after its title, named after `eds` (Nature's and
# physics' lists: `Title (eds J. Doe and T. Roe), House, Berlin (1980).`), then the
# imprint's comma. No field holds them; left in, their initials' stops cut the title.
# The first editor's initial (`J. Doe`) or family name and initial (`Doe, J.`) leads
# them: a journal's `(Ed. Board)` is its name's.
_BOOK_EDITORS = re.compile(
    r"\s\((?:[Ee]ds?\.?|[Ee]ditors?)\s+(?:[A-Z]\.|[A-Z][a-z]+,\s[A-Z]\.)[^()]{1,80}\)(?=,\s)"
)
# A chapter's host opening before the editors (`Title. In Book (eds …)`): their book's.
_HOST_BEFORE = re.compile(r"(?:^|[.,]\s)(?:[Ii]n|Dans):?\s")


def journal_city(fields: dict[str, Any]) -> None:
    """A journal's city after its name's comma (Latin American and older lists: `Revista
    de Ejemplo, Medellín, 27(1), 104-111.`, `Nature, London 171, 737`): the place the
    lexicon names closing the container goes to `place` when a volume was read after it
    and no kind was set (a book's or a chapter's reading sets one). A country or a state
    there is the journal's name's (`Journal of Widget Engineering, Australia`)."""
    journal, _, city = fields["container"].rpartition(", ")
    if "place" in fields or "kind" in fields or not is_place(city) or not journal.strip():
        return
    if city in _COUNTRIES or city in REGION_NAMES:
        return
    fields.update(container=journal, place=city)


def drop_book_editors(text: str) -> str:
    """`text` without a book's `_BOOK_EDITORS` when no host's `In` comes before them
    (a chapter's host book is read by its editors); `text` as it was else."""
    editors = _BOOK_EDITORS.search(text)
    if editors is None or _HOST_BEFORE.search(text, 0, editors.start()) is not None:
        return text
    return text[: editors.start()] + text[editors.end() :]


def read_rest(text: str, dated: bool = False, commas: bool = False) -> dict[str, Any]:
    """Title, container/book/imprint and locator from the text after the author block;
    `commas`: the style ends titles with a comma (APS), not a stop. A preprint's arXiv
    identifier (`Title. arXiv preprint arXiv:1702.07800 (2017)`, `Title. arXiv:1702.07800,
    2017.`) is its e-locator: the rest is read with the server's name in its place, and
    the identifier is the article number."""
    if "(" in text and ("es" in text or "ss" in text or "ès" in text):  # `_PAREN_GENRE`
        text = paren_genre(text)
    text = unglue(text)
    if "(ed" in text or "(Ed" in text:
        text = drop_book_editors(text)
    if "?" in text:  # a deposit's lost dash: `14, 133?137`
        text = _LOST_DASH.sub(r"\1-\2", text)
    edition = ""
    if "(" in text and any(word in text for word in _FOREIGN_EDITION_WORDS):
        text, edition = foreign_edition(text)
    if not dated:  # NLM's and ABNT's dates, at the entry's end
        text = english_months(text)
    if ")." in text and ("tudies" in text or "eries" in text or "krifter" in text):
        text = paren_series(text)
    if _SERIES_HINT.search(text):
        text = series_name(text)
    volume = ""
    if ". Vol." in text:
        text, volume = book_volume(text)
    arxiv = _ARXIV_ID.search(text) if "arXiv:" in text else None
    listing = _ABS_LISTING.search(text) if arxiv is None and "abs/" in text else None
    if listing is not None:  # DBLP's `CoRR abs/1412.6980`: the server and its listing
        before, after = text[: listing.start()], text[listing.end() :]
        fields = read_parts(f"{before}{listing['name']}{after}", dated, commas)
        if fields.get("container") == listing["name"] and not fields.get("pages"):
            fields.update(pages=listing["id"], article_number=listing["id"])
    elif arxiv is None:
        fields = read_parts(text, dated, commas)
    else:
        fields = read_parts(arxiv_named(text, arxiv), dated, commas)
        if fields.get("place") == "arXiv" and fields.get("publisher"):
            # Chinese lists' server and subject: `arXiv: Computer Vision, 2017, arXiv:…`,
            # no place and publisher
            del fields["place"]
            fields.update(container=f"arXiv: {fields.pop('publisher')}", kind=Kind.ARTICLE)
        if fields.get("container", "").startswith("arXiv") and not fields.get("pages"):
            fields.update(pages=arxiv["id"], article_number=arxiv["id"])
    title_edition(fields)
    if "volume" in fields and ", " in fields.get("container", ""):
        journal_city(fields)
    if fields.get("kind") == Kind.CHAPTER:
        book_edition(fields)
        if ", " in fields.get("container", ""):
            meeting_imprint(fields)
            meeting_place(fields)
            series_after_meeting(fields)
    elif ", " in fields.get("container", "") and unnumbered_meeting(fields):
        unnumbered_place(fields)  # a paper's proceedings read as a journal without a volume
    elif fields.get("issue") and ", " in fields.get("container", ""):
        body_series(fields)
    if volume and not fields.get("volume") and fields.get("kind") in _VOLUMED:
        fields["volume"] = volume
    if fields.get("title", "").endswith(("]", "].")):
        updated_note(fields)
    if fields.get("title", "").endswith(("n]", "n)", "e]", "e)", "h]", "h)", "c]", "c)")):
        language_note(fields)
    if fields.get("title", "").endswith(("eport", "eport.")) and fields.get("publisher"):
        report_genre(fields)
    title_translation(fields)
    if edition:
        fields.setdefault("edition", edition)
    return fields


# A report series' name closing the pieces of `Body, [Place,] Series, No. N` (`Reports
# WE`, `Social and Example Studies`, `Working Papers`).
_SERIES_PIECE = re.compile(r"\b(?:Reports?|Studies|Papers?|Series)\b")
# A body's name as its capitals alone (`EXI`, `W&G`): one word of two to ten of them, an
# ampersand only between two (`body_series`; `choose.body_imprint`).
BODY_ACRONYM = re.compile(r"[A-Z](?:&?[A-Z]){1,9}")


def body_series(fields: dict[str, Any]) -> None:
    """A report printed `Title. Body, [Place,] Series, No. N.` (Harvard's and APA's reports
    of agencies and institutes: `Title. EXI, Springfield, Reports WE, No. 4.`, `Title.
    Central Bureau of Widgets, Social Studies no. 51.`), read as a journal with an issue:
    the body is the publisher, the place its city and the number the report's. Read only
    when no volume or pages make it a journal's, the last piece names a series
    (`_SERIES_PIECE`), the first is a body (an acronym or an issuer's word: a journal's
    name is neither) and each piece between is a city's name (`_CITY_NAME`) naming no
    house or body (one piece at most)."""
    if fields.get("volume") or fields.get("pages"):
        return
    body, *between, series = fields["container"].split(", ")
    if len(between) > 1 or _SERIES_PIECE.search(series) is None or not series[:1].isupper():
        return
    if not (BODY_ACRONYM.fullmatch(body) or _ISSUER_WORDS.search(body) or _BODY_WORD.search(body)):
        return
    if _SERIES_PIECE.search(body) or _PERIODICAL_HINT.search(body):
        return
    place = between[0] if between else ""
    if place and not (
        place[:1].isupper()
        and _CITY_NAME.fullmatch(place)
        and not looks_imprint(place)
        and _ISSUER_WORDS.search(place) is None
        and _BODY_WORD.search(place) is None
    ):
        return
    del fields["container"]
    fields.update(publisher=body, document_number=fields.pop("issue"), kind=Kind.REPORT)
    if place:
        fields["place"] = place


# The language a work is printed in, noted after the title of a translated journal's or
# a Russian book's entry (Pleiades, AIP's translations: `Title [in Russian], Nauka,
# Moscow (1981)`; Chinese lists' `Title (in Chinese)`): no field holds it. The word is
# a language's name of the closed list `base.LANGUAGES` (a place's `(in Zurich)`, `(in
# Pacific)` or `(in Man)` ends as some names do); `(in Vivo)` or `(in Kazan)` keeps its place.
_LANGUAGE_NOTE = re.compile(
    r"\s*(?:\[[Ii]n\s+(?P<b>[A-Z][a-z]+)\]|\([Ii]n\s+(?P<p>[A-Z][a-z]+)\))\Z"
)

# A report's genre after its title's comma, before the body that issued it (Elsevier's
# and IEEE's numbered lists: `Title, Technical report, University, City, ST, 1982.`): no
# part of the title.
_REPORT_GENRE = re.compile(
    r",\s+(?:[Tt]echnical|[Tt]ech\.|[Rr]esearch|[Ii]nternal)\s+[Rr]eport\.?\Z"
)


def report_genre(fields: dict[str, Any]) -> None:
    """The title without a closing `_REPORT_GENRE`, the reading a report's."""
    title = fields["title"]
    genre = _REPORT_GENRE.search(title, max(0, len(title) - 24))
    if genre is None or genre.start() == 0:
        return
    fields.update(title=title[: genre.start()], kind=Kind.REPORT)


def language_note(fields: dict[str, Any]) -> None:
    """The title without a closing `_LANGUAGE_NOTE`, which says what language the work
    is in; the title as it was when the bracket's word is no language's name."""
    title = fields["title"]
    note = _LANGUAGE_NOTE.search(title, max(0, len(title) - 24))
    if note is None or note.start() == 0 or (note["b"] or note["p"]) not in LANGUAGES:
        return
    fields["title"] = title[: note.start()].rstrip(" .,")


def series_after_meeting(fields: dict[str, Any]) -> None:
    """A proceedings' container without the book series after its name (Pleiades: `Proc.
    Example Conf. 2009, LNCS, 2009, vol. 5674, p. 23–42`): the series is no container,
    and the volume is the series'."""
    name, _, series = fields["container"].rpartition(", ")
    if name and series in SERIES_ACRONYMS:
        fields["container"] = name


# NLM's date a page or chapter was updated, in brackets after its title (StatPearls:
# `Title. [Updated 2023 Jan 5]. In: StatPearls [Internet].`): no field holds it.
_UPDATED_NOTE = re.compile(r"[.,]?\s*\[[Uu]pdated\s[^\[\]]{4,40}\]\.?$")


def updated_note(fields: dict[str, Any]) -> None:
    """The title without a closing `_UPDATED_NOTE`, which is no translation of it."""
    note = _UPDATED_NOTE.search(fields["title"])
    if note is not None and note.start() > 0:
        fields["title"] = fields["title"][: note.start()]


# APA (7th ed., 9.38) and the romanised lists of Russian journals print a title in
# another language with its English translation in brackets after it: `Slovoobrazovanie
# v yazyke [Word-building in the language]`. A bracket of three words or more that no
# description opens (APA's `[Doctoral dissertation, …]`, `[Review of the book …]`, NLM's
# `[Internet]`) is the translation.
_TRANSLATION = re.compile(r"\s+\[(?P<english>[A-Z][^\[\]]*\s[^\[\]]*\s[^\[\]]*)\][.,]?\Z")
_DESCRIPTIONS = (
    "Review", "Doctoral", "Master", "Unpublished", "Paper", "Conference", "Special",
    "Data", "Computer", "Audio", "Video", "Film", "Television", "TV", "Letter", "Editorial",
    "Abstract", "Internet", "Online", "Lecture", "Poster", "PhD", "Ph.D", "Thesis",
    "Dissertation", "Press", "Fact", "Blog", "Interview", "Podcast", "Manuscript",
    "Preprint", "Translated", "Trans", "Electronic", "Motion", "Image", "Photograph", "Map",
    "Supplement", "Comment", "Erratum", "Retraction", "Mobile", "Software", "Brochure",
    "Report", "Technical", "Working", "Course", "Webinar", "Streaming", "Book", "Tweet",
    # a thesis's genre in Portuguese, Spanish and French (`[Tese de doutorado]`)
    "Tese", "Tesis", "Thèse", "Dissertação",
)  # fmt: skip


_NOTE_WORDS = re.compile(r"abstract|thesis|dissertation|edition|supplement", re.I)
# English function words: a title holding one is English, and a bracket after an English
# title is a description (`[Song recorded by …]`, `[with 12 figures]`), not its
# translation; transliterated (`koncepty v diskurse`) and other languages' titles hold
# none of these.
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|of|and|with|for|from|by|to|on|we|our|you|is|are|how|what|why|this|that|every)\b",
    re.I,
)


def english_title(title: str) -> bool:
    """Whether `title` reads as English (`_ENGLISH_WORDS`)."""
    return _ENGLISH_WORDS.search(title) is not None


def title_translation(fields: dict[str, Any]) -> None:
    """Move a bracketed English translation closing the title (`_TRANSLATION`) to
    `title_translation`, unless a description (`_DESCRIPTIONS`) opens the bracket."""
    title = fields.get("title", "")
    if title.endswith((")", ").")) and "title_translation" not in fields:
        round_translation(fields)
        return
    if not title.endswith(("]", "].", "],")) or "title_translation" in fields:  # most: none
        return
    found = _TRANSLATION.search(title)
    if found is None or found.start() < 8 or found["english"].startswith(_DESCRIPTIONS):
        return
    if _NOTE_WORDS.search(found["english"]):  # AMA's `[ARVO abstract 3373]`, a genre
        return
    if english_title(title[: found.start()]):  # an English title's bracket describes it
        return
    fields["title"] = title[: found.start()].rstrip(" .,")
    fields["title_translation"] = found["english"].strip()


# An English translation in parentheses as the title's last sentence (`Tittel. (Widgets
# and Social Background)`), where a report's or a journal's reading left it in the title.
_ROUND_TRANSLATION = re.compile(r"(?<=[.?!])\s+\((?P<english>[A-Z][^()]*+)\)\.?\Z")
# English words `_ENGLISH_WORDS` leaves out, as parentheses after an English title are
# common (`Widget gears in motion. (Notes on a survey)`) and a translation's evidence must
# be stronger there than for brackets: a title holding one is taken for English.
_ENGLISH_SMALL_WORDS = re.compile(r"\b(?:in|an|at|as|or|into|about|between|using|via|its)\b")


def round_translation(fields: dict[str, Any]) -> None:
    """The title without a closing `_ROUND_TRANSLATION`, which goes to
    `title_translation`, on `stopped_translation`'s evidence for parentheses: three
    words at least, English ones (`english_title`), no colon, no capitals alone, no
    description or foreign words, and a title before it that is not English."""
    title = fields["title"]
    found = _ROUND_TRANSLATION.search(title, max(0, title.rfind(". (") - 1))
    if found is None or found.start() < 8:
        return
    english = found["english"]
    if len(english.split(maxsplit=2)) < 3 or ":" in english or english.isupper():
        return
    if english.startswith(_DESCRIPTIONS) or _NOTE_WORDS.search(english):
        return
    if not english_title(english) or _FOREIGN_BRACKET.search(english):
        return
    if any(word.strip(",.") in LANGUAGES for word in english.split()):
        return  # a note on the text's language (`(In Norwegian with English summary)`)
    before = title[: found.start()]
    if english_title(before) or _ENGLISH_SMALL_WORDS.search(before):
        return
    fields["title"] = before.rstrip(" .,")
    fields["title_translation"] = english.strip()


# The translation printed as a sentence of its own after the title's stop (German and
# Norwegian lists in APA: `Titel. [English title]. Place: Publisher.`, a subtitle's
# sentence before it: `Titel. Untertitel. [English title. English subtitle.] Place:`),
# in parentheses too when English words say it is English (`Tittel. (Education and
# Social Background). Publisher.`).
_STOPPED_TRANSLATION = re.compile(
    r"(?:^|(?<=[.?!])\s)\s*(?:\[(?P<english>[A-Z][^\[\]]*+)\]|\((?P<round>[A-Z][^()]*+)\))"
    r"[.,]?\s+(?=[^\W\d_])"
)


# What says a bracket is no English translation: German, French and Spanish small words
# (none that English spells too, as `die`) and a series' words (`Reihe`, `Band 3`, `Heft
# 2`), which English titles do not print.
_FOREIGN_BRACKET = re.compile(
    r"\b(?:der|das|und|für|zur|zum|vom|des|les|du|et|los|las|del|\w*[Rr]eihe|"
    r"(?:Band|Bd|Heft)\.?\s*\d)\b"
)


def stopped_translation(rest: str, fields: dict[str, Any]) -> str:
    """`rest` after a `_STOPPED_TRANSLATION`, which goes to `title_translation`, and the
    sentence before it, which goes back to the title; `rest` as it was when the bracket
    describes (`_DESCRIPTIONS`, `_NOTE_WORDS`) or the title is English."""
    at = 0 if rest[:1] in "[(" else min(i for i in (rest.find(". ["), rest.find(". (")) if i >= 0)
    found = _STOPPED_TRANSLATION.search(rest, at) if "title_translation" not in fields else None
    if found is None or "[" in rest[: found.start()] or "(" in rest[: found.start()]:
        return rest
    english = found["english"] or found["round"]
    if len(english.split(maxsplit=2)) < 3:  # three words at least, as `_TRANSLATION`'s
        return rest
    if english.startswith(_DESCRIPTIONS) or _NOTE_WORDS.search(english):
        return rest
    if found["round"] and (not english_title(english) or ":" in english or english.isupper()):
        return rest  # in parentheses, English words only, and no host's `In:` or editors
    if _FOREIGN_BRACKET.search(english):  # a German series' `[Schriftenreihe X Band 3]`
        return rest
    before, title = rest[: found.start()].strip(), fields["title"]
    if before:
        title = f"{title} {before}" if title.endswith((".", "?", "!")) else f"{title}. {before}"
    if english_title(title):  # an English title's bracket describes it
        return rest
    fields["title"] = title.rstrip(" .,")
    fields["title_translation"] = english.strip().rstrip(" .")
    return rest[found.end() :]


# A book's edition in words at its title's end, after a comma or in parentheses: `Title,
# 5th Edition`, `Title, 3rd edition`, `Title, 3rd edn` (Springer), `Title, second ed.`
# (Elsevier), `Title(Second
# Edition)` (Chinese lists' English books).
_ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|"
    r"[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Rr]evised)"
)
_SPELLED_ORDINAL = (
    r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|"
    r"[Nn]inth|[Tt]enth|[Rr]evised)"
)
_EDITION_WORDS = rf"(?:{_ORDINAL}\s+(?:[Ee]dition|edn)|{_SPELLED_ORDINAL}\s+ed\b)"
# WHO and Chinese lists' copies print a number's edition after the title's last word, no
# comma (`International Widgetopoeia 7th ed.`): a book's only, as an article's title may
# end in the words (`Cancer staging: what is new in the 8th edition. J Example. 2018;…`).
# Mosby's and Quintessence's `ed` before the number (`Title, ed 4. St Louis: Mosby`),
# which dentistry's and orthopaedics' lists copy.
_ED_NUMBER = r"ed\s\d{1,2}"
_EDITION_AT_END = re.compile(
    rf"(?:,\s*(?P<comma>{_EDITION_WORDS}|{_ED_NUMBER})|\s*\((?P<paren>{_EDITION_WORDS})\)"
    r"|\s(?P<bare>\d+(?:st|nd|rd|th)\s+(?:ed|edn|[Ee]dition)))\.?\Z"
)
# (a title read before its stop is cleaned keeps it: `Title (second edition).`)
_EDITION_ENDS = ("dition", "dition.", "dition)", "dition).", "edn", "edn.", " ed", " ed.")


def ed_number(title: str) -> bool:
    """Whether `title` may end in `_ED_NUMBER` after a comma (`, ed 4`, its stop kept)."""
    title = title.removesuffix(".")
    return title[-1:].isdigit() and ", ed " in title[-8:]


def title_edition(fields: dict[str, Any]) -> None:
    """A book's edition statement printed at its title's end (`Title, 5th Edition (5th
    ed.). Publisher.`, `Title, 3rd edition. Place: Publisher.`) is no part of the title:
    it goes to `edition` (unless an edition was read already, as APA's `(5th ed.)`)."""
    title = fields.get("title", "")
    if not title.endswith(_EDITION_ENDS) and not ed_number(title):  # most: spare the search
        return
    if title.endswith(").") and (fields.get("container") or fields.get("volume")):
        return  # a book's only (`Title (second edition). Place: Publisher.`)
    found = _EDITION_AT_END.search(title, max(0, len(title) - 40))
    if found is None or found.start() == 0:
        return
    if found["bare"] and (fields.get("container") or fields.get("volume")):
        return  # an article's title that names an edition (`What is new in the 8th edition`)
    fields["title"] = title[: found.start()]
    fields.setdefault("edition", found["comma"] or found["paren"] or found["bare"])


# A host book's edition after its title's comma or colon (ACM: `In Book: 2nd Edition,
# A. Editor, Ed.`; NLM: `In: Editor A, editor. Book, 3rd edn.`).
# (or after its last word, no comma, as veterinary and WHO lists print it: `In: Book 7th
# ed., Publisher, Place.`)
_BOOK_EDITION_AT_END = re.compile(
    rf"(?:[,:]\s*(?P<edition>{_EDITION_WORDS}|{_ED_NUMBER})|\s(?P<bare>\d{{1,2}}(?:st|nd|rd|th)\s+ed))\.?\Z"
)


def book_edition(fields: dict[str, Any]) -> None:
    """A chapter's host book whose title ends in its edition (`_BOOK_EDITION_AT_END`):
    the edition goes to `edition` (unless one was read already), the book keeps its
    title."""
    book = fields.get("container", "")
    if not book.endswith(_EDITION_ENDS) and not ed_number(book):  # most books: spare the search
        return
    found = _BOOK_EDITION_AT_END.search(book, max(0, len(book) - 40))
    if found is None or found.start() == 0:
        return
    fields["container"] = book[: found.start()]
    fields.setdefault("edition", found["edition"] or found["bare"])


# Where a meeting was held, printed after its proceedings' name (IEEE: `in Proc. Example
# Conf., Springfield, IL, USA, 2017, pp. 1–4`): a country, a US state's or a Canadian
# province's code, a city with its state in parentheses (`Pacific Grove (CA)`), and the
# city before a country or a code. No field holds it (the guides' labels leave it out).
_COUNTRIES = frozenset((
    "USA", "U.S.A.", "US", "UK", "U.K.", "Canada", "China", "Japan", "Korea", "South Korea",
    "Germany", "France", "Italy", "Spain", "Portugal", "Australia", "India", "Singapore",
    "Brazil", "Netherlands", "The Netherlands", "Switzerland", "Austria", "Sweden", "Norway",
    "Denmark", "Finland", "Belgium", "Greece", "Turkey", "Israel", "Mexico", "Taiwan",
    "Hong Kong", "Russia", "Poland", "Czech Republic", "Hungary", "Ireland", "New Zealand",
    "Egypt", "South Africa", "Iran", "Malaysia", "Thailand", "Vietnam", "Indonesia", "UAE",
    "Chile", "Argentina", "Colombia", "Romania", "Scotland", "England", "Luxembourg",
    "Saudi Arabia", "United Arab Emirates", "Qatar", "Kuwait", "Oman", "Jordan", "Lebanon",
    "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Philippines", "Morocco", "Tunisia",
    "Algeria", "Nigeria", "Kenya", "Ghana", "Ethiopia", "Peru", "Ecuador", "Venezuela",
    "Uruguay", "Cuba", "Croatia", "Serbia", "Slovenia", "Slovakia", "Bulgaria", "Ukraine",
    "Estonia", "Latvia", "Lithuania", "Iceland", "Cyprus", "Malta", "Kazakhstan", "Wales",
    "Macau", "Macao", "PR China", "P.R. China", "Republic of Korea", "United States",
    "United Kingdom", "Brasil", "Deutschland", "España", "Italia",
))  # fmt: skip
_STATE_CODE = re.compile(r"[A-Z]{2}")
_CITY_STATE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+\([A-Z]{2,3}\)")
_CITY = re.compile(r"[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
_MEETING_WORD = re.compile(r"Proc\b|Proceedings|Conf\b|Conference|Symp|Workshop|Congress|Meeting")


def unnumbered_meeting(fields: dict[str, Any]) -> bool:
    """Whether a container no chapter's is a proceedings' name (`_MEETING_WORD`) with a
    paper's pages and no volume or issue after it, as a paper's host is read when no `In`
    leads it (`Title, Proc. Example Workshop, City, 2013, p. 50–59.`); a journal prints
    its volume, a body's report (`Example Conference Board, New York`) no pages."""
    if fields.get("volume") or fields.get("issue") or not fields.get("pages"):
        return False
    return _MEETING_WORD.search(fields["container"]) is not None


def unnumbered_place(fields: dict[str, Any]) -> None:
    """`meeting_place` for a proceedings no `In` leads (`unnumbered_meeting`), kept only
    when what it cut names a city, not a country or state alone (a society's journal:
    `Proceedings of the National Academy of Widgets, USA`), and the piece left before it
    is the meeting's, not a house whose place it is (`Widget Conference Proceedings,
    Example Press, London, United Kingdom`)."""
    before = fields["container"]
    meeting_place(fields)
    after = fields["container"]
    if after == before or after.endswith(",”"):
        return
    gone = before[len(after) :].strip(", ").split(", ")
    named = _MEETING_WORD.search(after.rpartition(", ")[2])
    if not named or all(region_piece(piece) for piece in gone):
        fields["container"] = before


def quoted_place(tail: str) -> bool:
    """Whether `tail`, after the comma closing a meeting's quoted name, is its place only:
    a city the lexicon names, then its states or countries (`Sydney`, `Berlin, Germany`),
    taken whole so no city stays glued to the name."""
    first, _, rest = tail.partition(", ")
    if not is_place(first):
        return False
    return not rest or all(is_place(piece) or region_piece(piece) for piece in rest.split(", "))


def meeting_place(fields: dict[str, Any]) -> None:
    """A proceedings' container without the meeting's place after its name (`Proc.
    Example Conf., Springfield, IL, USA` → `Proc. Example Conf.`): only when the place
    closes with a country, a code or a city and its code in parentheses, and a meeting's
    word stays in what is left. A state the lexicon names between two places (`Sydney,
    New South Wales, Australia`) goes with them; so does a city the lexicon names alone
    (`Proc. Example Workshop, Yekaterinburg`), after the comma closing a quoted name too
    (`Proc. Workshop “Widgets, Theory,” Yekaterinburg`)."""
    container = fields["container"]
    quoted = container.rfind(",” ")
    if quoted > 0 and quoted_place(container[quoted + 3 :]):
        if _MEETING_WORD.search(container, 0, quoted):
            fields["container"] = container[: quoted + 2]
        return
    pieces = container.split(", ")
    last = pieces[-1]
    if _CITY_STATE.fullmatch(last):
        pieces.pop()
    elif last in _COUNTRIES or _STATE_CODE.fullmatch(last):
        pieces.pop()
        if len(pieces) > 1 and _STATE_CODE.fullmatch(pieces[-1]):
            pieces.pop()
        elif len(pieces) > 2 and is_place(pieces[-1]) and is_place(pieces[-2]):
            pieces.pop()  # `Sydney, New South Wales, Australia`
        if len(pieces) > 1 and _CITY.fullmatch(pieces[-1]) and not _MEETING_WORD.search(pieces[-1]):
            pieces.pop()
    elif len(pieces) > 1 and is_place(last) and not region_piece(last):
        if not _MEETING_WORD.search(pieces[-2]):
            return  # `Proceedings, Springer, Berlin`: a house's place, kept with the house
        pieces.pop()  # `Proc. Example Workshop, Yekaterinburg`
    else:
        return
    container = ", ".join(pieces)
    if len(pieces) < len(fields["container"].split(", ")) and _MEETING_WORD.search(container):
        fields["container"] = container


def arxiv_named(text: str, arxiv: re.Match[str]) -> str:
    """`text` with the arXiv identifier `arxiv` replaced by the server's name, once: the
    words before it that name the server (`arXiv preprint`) go, and so does the
    identifier alone when the name is printed before it (MDPI: `arXiv 2017,
    arXiv:1702.07800.`) or when a locator ends the text before it (a published
    version's `Journal 12, 3 (2019). arXiv:…`, where the journal is the source)."""
    before, after = text[: arxiv.start()], text[arxiv.end() :]
    named = _ARXIV_NAME.search(before)
    if named is not None:
        return f"{before[: named.start()]}arXiv{after}"
    stem = before.rstrip(" ,;.")
    if "arXiv" in before or stem[-1:].isdigit() or stem.endswith(")"):
        return stem + after
    return f"{before}arXiv{after}"


def read_parts(text: str, dated: bool, commas: bool) -> dict[str, Any]:
    """`read_rest` of a text with no arXiv identifier."""
    title, rest = title_and_rest(text.strip())
    if ";" in rest[-16:]:
        rest = imprint_month(rest)
    fields: dict[str, Any] = {}
    if text[:1] == "『" and bracketed_book(text, fields):
        return fields
    japanese = not title and rest[-1:] in "0123456789.．。" and not rest.isascii()
    if japanese and japanese_tail(rest) and japanese_book(rest, fields):
        return fields
    if title and "Rep." in rest and tech_report(rest, fields):
        return {"title": title, **fields}
    if title and "Patent" in rest and patent(rest, fields):
        return {"title": title, **fields}
    if title and rest[:10] == "presented " and presented(rest, fields):
        return {"title": title, **fields}
    cut = ("", rest, {}) if title else cut_title(rest, commas)
    if cut:
        fields["title"] = title or cut[0]
        extra = cut[2]
        book_volume = extra.pop(_BOOK_VOLUME_KEY, "") if _BOOK_VOLUME_KEY in extra else ""
        fields.update(extra)
        fill_source(cut[1], fields, dated)
        if book_volume:
            fields.setdefault("volume", book_volume)
            house = fields.get("container", "")
            if house and "publisher" not in fields and name_place(house):
                # `Wiley, New York, pp. 848–864`: a house that prints under its bare name
                fields["publisher"], _, fields["place"] = fields.pop("container").rpartition(", ")
                fields["kind"] = Kind.BOOK
        if cut[2].get("kind") == Kind.REPORT:  # a series' number said so, whatever imprint
            fields["kind"] = Kind.REPORT
        if ("edition" in cut[2] and acs_edition(rest, len(cut[0]))) or _ACS_BOOK.match(
            rest, len(cut[0])
        ):
            publisher_first(cut[1], fields)
        return fields
    if "Report" in rest or rest.endswith(("p", "p.")):  # what `book_tail` can cut
        rest = book_tail(rest)
    if dated and "p" in rest[-10:] and (rest[-1:].isdigit() or rest.rstrip(".")[-1:] == "p"):
        rest = drop_page_count(rest)
    if "Updated " in rest:  # AMA's web page: `Site. Updated May 2, 2022.`: its date
        rest = _UPDATED.sub(". ", rest)
    found = locate(rest, dated)
    if (
        found
        and not commas
        and (":" in found[0] or "; " in found[0])
        and located_imprint(rest, found, fields)
    ):
        return fields
    if found and found[1].keys() == {"volume"} and numbered_house(rest, found[0], fields):
        return fields
    if found:
        return journal_or_book(rest, found, fields, dated, commas)
    if commas and ", " in rest:
        if dated and publisher_place(rest, fields):
            return fields
        fields["title"], _, source = rest.rpartition(", ")
        fill_source(source, fields, dated)
        return fields
    return title_then_source(rest, fields, dated)


# Springer basic's page count after a book's `Publisher, Place` (`Academic Press, London,
# p 617`, `pp 312`, `312 pp`): one figure, no range, which a locator would read as the
# volume of a journal named by the imprint; older natural-science lists put a colon
# before it (`…, Title, Example, London: 413 pp.`).
_COUNT_AFTER_IMPRINT = re.compile(r"[,:]\s+(?:pp?\s?\d+|\d+\s?pp?)\.?$")


def drop_page_count(rest: str) -> str:
    """`rest` without Springer's page count (`_COUNT_AFTER_IMPRINT`) when the sentence
    before it is a book's `Publisher, Place` (`name_place`) or a publisher alone that
    names itself so (`looks_imprint`); `rest` as it was else (a chapter's pages)."""
    count = _COUNT_AFTER_IMPRINT.search(rest)
    if count is None:
        return rest
    source = rest[: count.start()].rpartition(". ")[2].strip()
    if rest[count.start()] == ":":
        # a colon's count closes a book all in commas (`Title, Example, London: 413 pp.`):
        # the imprint is its last two pieces, after a title's
        if source.count(", ") < 2:
            return rest
        source = ", ".join(source.rsplit(", ", 2)[1:])
    if not source or _PERIODICAL_HINT.search(source):
        return rest
    if (", " in source and name_place(source)) or looks_imprint(source):
        return rest[: count.start()]
    return rest


# Japanese lists' book (igaku-shoin and others: `Title.1-6頁,Publisher,2012`,
# `Title,Publisher,2015.`): the title, the pages labelled `頁` (page) if cited, the
# publisher and the year, parted by commas (full-width too) and no place (GB/T's
# `Place:Publisher,Year` is no such book).
_JAPANESE_BOOK = re.compile(
    r"(?P<title>[^,，]+?)\s?[.,．，、]\s*(?:(?P<pages>\d+(?:\s*[-–~〜]\s*\d+)?)\s*頁\s*[,，、]\s*)?"
    rf"(?P<publisher>[^\s,，.．。:：\d][^,，.．。:：]{{0,30}}?)\s*[,，]\s*(?P<year>{YEAR})[.．。]?"
)


def japanese_tail(rest: str) -> bool:
    """Whether `rest` may close as a `_JAPANESE_BOOK` (asked of every entry, so string
    tests): pages labelled `頁`, or a year after a comma after a Japanese or Chinese
    character (`…社,2012`)."""
    if "頁" in rest:
        return True
    end = rest.rstrip(" .．。")
    last = end[-6:-5]
    cjk = "\u3000" <= last <= "\u9fff" or "\uff00" <= last <= "\uffef"
    return cjk and end[-5:-4] in (",", "，")


def japanese_book(rest: str, fields: dict[str, Any]) -> bool:
    """A `_JAPANESE_BOOK` read into `fields` when its title and its publisher are
    written in Japanese or Chinese characters (`_CJK`). Says whether it was."""
    book = _JAPANESE_BOOK.fullmatch(rest.strip())
    if book is None or not (_CJK.search(book["publisher"]) and _CJK.search(book["title"])):
        return False
    fields.update(title=book["title"], publisher=book["publisher"].strip(), year=book["year"])
    if book["pages"]:
        fields.update(locator_fields(book["pages"]))
    fields["kind"] = Kind.BOOK
    return True


# The pieces of what follows a Japanese book's 『title』 (split at `,`, `、`, `，`): an
# edition (`(第2版)`, `第2版`) or a part (`上巻`, `第3巻`) is no publisher; a thesis word
# (`博士論文`) says the kind; `東京: 例出版` (or `Tokyo: Example Press`) is place and house;
# a house then its city (`例出版, 東京`) likewise; a repeated year or pages (`12-34頁`,
# `pp. 12-34`) close the entry.
_JAPANESE_EDITION = re.compile(r"[(（]?(?:第\s?\d+\s?版|改訂版|新版|増補版)[)）]?\s*")
_JAPANESE_PART = re.compile(r"(?:[上中下]巻|第\s?\d+\s?巻)")
_JAPANESE_THESIS = re.compile(r"(?:博士|修士|学位|卒業)論文")
_JAPANESE_PAGES = re.compile(r"(?:pp?\.\s?)?(?P<pages>\d+\s?[-–~～]\s?\d+|\d+)\s?頁?")
_JAPANESE_YEAR = re.compile(rf"{YEAR}\s?年?")
_JAPANESE_PLACE = re.compile(r"(?P<place>[^:：\d]{1,20}?)\s?[:：]\s?(?P<publisher>[^:：]+)")


def japanese_imprint(tail: str) -> dict[str, Any]:
    """Place, publisher, pages and kind from the text after a Japanese book's title (see
    `_JAPANESE_EDITION` and the patterns after it); an empty dict when nothing is there.
    Without this the whole tail was the publisher (`東京: 例出版`, `上巻, 例出版`)."""
    fields: dict[str, Any] = {}
    houses: list[str] = []
    for piece in re.split(r"\s*[,，、]\s*", _JAPANESE_EDITION.sub("", tail.strip())):
        piece = piece.strip()
        if not piece or _JAPANESE_PART.fullmatch(piece) or _JAPANESE_YEAR.fullmatch(piece):
            continue
        if _JAPANESE_THESIS.fullmatch(piece):
            fields["kind"] = Kind.THESIS
        elif (pages := _JAPANESE_PAGES.fullmatch(piece)) is not None:
            fields.update(locator_fields(pages.group("pages")))
        elif (placed := _JAPANESE_PLACE.fullmatch(piece)) is not None and not houses:
            fields["place"] = placed.group("place").strip()
            houses.append(placed.group("publisher").strip())
        elif houses and "place" not in fields and not any(c.isdigit() for c in piece):
            fields["place"] = piece  # `例出版, 東京`: the house's city after it
        elif not houses:
            houses.append(piece)
    if houses:
        fields["publisher"] = houses[0]
    return fields


# Japanese author-date lists' book (`著者(年)『書名』出版社。`), the shape `bracketed_book`
# tries first: the title in double hook brackets, then what `japanese_imprint` reads
# (place, house, pages; no stop inside them).
_HOOKED_BOOK = re.compile(r"『(?P<title>[^『』]+)』(?P<publisher>[^『』「」。.]*)[。.]?")


def hooked_book(text: str, fields: dict[str, Any]) -> bool:
    """A `_HOOKED_BOOK` read into `fields` (title, kind, then `japanese_imprint`'s fields);
    says whether it was. A tail with a stop or a `[translation]` is `_BRACKETED_BOOK`'s."""
    book = _HOOKED_BOOK.fullmatch(text)
    if book is None:
        return False
    fields.update(title=book.group("title").strip(), kind=Kind.BOOK)
    fields.update(japanese_imprint(book.group("publisher")))
    return True


# The same book when `_HOOKED_BOOK` does not fit: its title between the double corner
# brackets (a title may hold single ones, `「…」`), the publisher after the closing
# bracket, then the ideographic full stop. The names and the year were read before; the
# publisher may be missing (`『書名』。`). What reaches here is a rest whose publisher
# holds a stop (`『書名』Example Univ. Press.`, `Example Co., Ltd.`), or the title's English
# translation in square brackets before it, as English lists print a Japanese book
# (`『書名』 [Widget studies]. Example Press.`). No digit nor bracket in the publisher: a
# volume's, a page's or a year's number (`『書名』Vol. 2, 例出版。`, `例出版, pp. 12-34.`)
# is none of its words.
# (No space run after the publisher: two space runs around an optional name would be
# tried at each split of one long run; the translation's is after its bracket.)
_BRACKETED_BOOK = re.compile(
    r"『(?P<title>[^『』]+)』\s*(?:\[(?P<english>[^\[\]]{1,200})\][.,]?\s*)?"
    r"(?P<publisher>[^\s『』「」。．.,，\[\]\d][^『』「」。．\[\]\d]{0,40})?[。．.]?"
)


def bracketed_book(text: str, fields: dict[str, Any]) -> bool:
    """A Japanese book (`_HOOKED_BOOK`, else `_BRACKETED_BOOK`) read into `fields` (its
    title without the brackets, its imprint); says whether it was. The one reader of the
    shape, for `grammars.japanese_rest` and for `read_parts`. An article's `「題」『誌名』…`
    opens with the single bracket, so it is none."""
    if hooked_book(text.strip(), fields):
        return True
    book = _BRACKETED_BOOK.fullmatch(text.rstrip())
    if book is None:
        return False
    fields.update(title=book["title"].strip(), kind=Kind.BOOK)
    if book["english"] and book["english"].strip():
        fields["title_translation"] = book["english"].strip()
    if book["publisher"]:
        fields["publisher"] = book["publisher"].strip()
    return True


# AGPS Harvard's place after its publisher: a city of up to three capitalised words, and
# a short state or country after its comma (`Canberra`, `San Francisco`, `Milton, Qld`).
# Two cities joined by a dash are one imprint's place (`Moscow–Leningrad`, `Berlin–Heidelberg`).
_AGPS_PLACE = re.compile(
    r"[A-Z][A-Za-z'’.–-]*(?:\s+[A-Z][A-Za-z'’.–-]*){0,2}(?:,\s*[A-Z][A-Za-z]{1,4}\.?)?"
    r"(?:(?<=,\s[A-Z]{2}),\s*[A-Z][A-Za-z]{1,4}\.?)?"
)
_AGPS_REGION = re.compile(r"[A-Z][A-Za-z]{1,4}\.?")
_STATE = re.compile(r"[A-Z]{2}")


def state_country(head: str, place: str) -> tuple[str, str]:
    """(`head`, `place`) with the city moved to the place when the place read is a US
    state's code and a country (reports of US agencies, Pleiades, Springer: `Title,
    Example Board, Springfield, CA, USA.`): `CA, USA` is no place without its city,
    unless that piece names a publisher (`Wiley, NY, USA`)."""
    state, _, country = place.partition(", ")
    if not (country and _STATE.fullmatch(state) and ", " in head):
        return head, place
    rest, _, city = head.rpartition(", ")
    if looks_imprint(city) or _BARE_PUBLISHER.search(city):
        return head, place
    return rest, f"{city}, {place}"


# A publisher's name led by its founder's initials (`D. Example`, `A. B. Example & Co`),
# whose stops are no abbreviated journal word's.
_INITIALS = re.compile(r"^(?:[A-Z]\.\s*)+(?=[A-Z][a-z])")


def publisher_place(rest: str, fields: dict[str, Any]) -> bool:
    """AGPS Harvard's book, all in commas after its year: `Title, Publisher, Place.` The
    last piece is the place when it is a short capitalised name no publisher's word
    names, and the one before it the publisher when it is a name (a sentence-case title's
    piece is not) with no journal's marks. Says whether `fields` were filled."""
    head, _, place = rest.rstrip(" .").rpartition(", ")
    if _AGPS_REGION.fullmatch(place) and ", " in head:  # `Milton, Qld`
        head, _, city = head.rpartition(", ")
        place = f"{city}, {place}"
        head, place = state_country(head, place)
    elif ", " in head and state_spelled(head, place):  # `Sunderland, Massachusetts`
        head, _, city = head.rpartition(", ")
        title, _, publisher = head.rpartition(", ")
        fields.update(title=title, publisher=publisher, place=f"{city}, {place}", kind=Kind.BOOK)
        return True
    title, _, publisher = head.rpartition(", ")
    if not title:
        return False
    if not (
        publisher_then_place(publisher, place)
        and not _BARE_PUBLISHER.search(place)
        and not _PERIODICAL_HINT.search(_INITIALS.sub("", publisher))
    ):
        return False
    code = _REPORT_CODE.search(title) if "/" in title else None
    if code:  # no field holds a report's number
        title = title[: code.start()]
    # `Title, Roma, Example.` (the place printed first) is read as printed here and
    # swapped by the imprint reader, which knows `Roma` for a place
    fields.update(title=title, publisher=publisher, place=place, kind=Kind.BOOK)
    return True


def state_spelled(head: str, place: str) -> bool:
    """Whether `place`, the last piece of `Title, Publisher, City, Place`, is the city's
    state or country spelled out (`parts.region_piece`: `Example Associates Inc.,
    Sunderland, Massachusetts`), `head` ending in a city's name and, before it, a
    house's name (`looks_imprint`, `_BARE_PUBLISHER`): `_AGPS_REGION` takes the short
    codes only (`Milton, Qld`). The city is a capitalised name of up to three words that
    names no house (a town too small for the lexicon: `Harrisburg, Pennsylvania`)."""
    if " " in place or not region_piece(place):
        return False
    rest, _, city = head.rpartition(", ")
    if not (city[:1].isupper() and _CITY_NAME.fullmatch(city)) or region_piece(city):
        return False
    if looks_imprint(city) or _BARE_PUBLISHER.search(city):
        return False
    title, _, publisher = rest.rpartition(", ")
    return bool(title and (looks_imprint(publisher) or _BARE_PUBLISHER.search(publisher)))


# An agency's report number between a report's title and its publisher, a code of
# capitals and figures in parts (`Title, EPA600/14-79/020, Example Agency, Place`).
_REPORT_CODE = re.compile(r",\s*[A-Z]{2,}[A-Z\d]*[-/ ]?\d\w*(?:[-/]\w+)+$")


# Harvard's `Title, Place: Publisher` closing a book's entry that no stop divides.
_COMMA_PLACE_PUBLISHER = re.compile(
    r",\s+(?P<place>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}):\s*(?P<publisher>[^,:;()\d]{2,80})$"
)
# A publisher's own capitalised word (`Example University Press`, `Example Publishing`).
_PUBLISHER_WORD_NAMES = re.compile(r"\b(?:Press|Publish\w*|Books|Verlag|Universit\w+|Inc|Ltd)\b")


def comma_imprint(rest: str, fields: dict[str, Any]) -> bool:
    """Harvard's book all in commas after its year (`Title, Place: Publisher`, as some
    UK guides print it): the place before its colon and the publisher after it, read when
    a publisher's word names the publisher, or it is a house printing under its bare name
    (`Basingstoke: Palgrave`); a title's colon leads a subtitle, not one.
    Says whether `fields` were filled."""
    tail = _COMMA_PLACE_PUBLISHER.search(rest.rstrip(" ."))
    if tail is None or not (
        _PUBLISHER_WORD_NAMES.search(tail["publisher"]) or _BARE_PUBLISHER.search(tail["publisher"])
    ):
        return False
    title, place = rest[: tail.start()], tail["place"].strip()
    city = _TITLE_CITY.search(title) if place in _STATE_CUTS else None
    if city and not region_piece(city["city"]):
        # `Title Lexington, Mass: House`, `Title.Hamden, Conn: House`: the city is the
        # title's last word, which no stop (or a glued one) parts from it; two words when
        # the lexicon names them so (`New Haven`, `Ann Arbor`)
        start, name = city.start(), city["city"]
        first = _TITLE_CITY.search(title, 0, start) if title[start] == " " else None
        if first and is_place(f"{first['city']} {name}"):
            start, name = first.start(), f"{first['city']} {name}"
        if title[start] == "." or city_in_title(title[:start].rpartition(" ")[2], name):
            title, place = title[:start], f"{name}, {place}"
    fields.update(title=title, place=place, publisher=tail["publisher"].strip(), kind=Kind.BOOK)
    return True


# A city's capitalised word closing a title no stop, or a glued one, parts from it, when
# the title's comma is followed by a state's cut alone (`parts._STATE_CUTS`: `Title
# Lexington, Mass: House`, `Title, 1804-1828.Hamden, Conn: House`); not after a word that
# leads a title's own place (`Widgets in Boston, Mass: House` keeps `in Boston`).
_TITLE_CITY = re.compile(r"(?:(?<=[a-z\d])\.|(?<=\S)\s)(?P<city>[A-Z][a-z]{2,})\Z")
_PLACE_LEADS = frozenset((
    "in", "of", "at", "to", "for", "from", "and", "the", "on", "by", "near", "with", "about",
    "into", "a", "an", "as", "via", "versus", "vs", "or", "under", "over", "through", "upon",
    "against", "between", "among", "after", "before", "within", "without", "like", "toward",
    "towards", "across", "beyond",
))  # fmt: skip


def city_in_title(lead: str, name: str) -> bool:
    """Whether `name`, a title's last capitalised word(s) after the word `lead` with a
    space between, is a book's city: no word leading the title's own place or object
    (`_PLACE_LEADS`, any case: `The Boston`, `with Fortran`), and a city the lexicon names
    (`Widget Makers Hartford`) or any capitalised word after a lower-case one of a title
    in sentence case (`Widget innovation Natick`); a title-case title's last word stays
    (`Case Studies`, `Widget Design`, `2nd Edition`)."""
    if lead.lower() in _PLACE_LEADS:
        return False
    return is_place(name) or (lead.isalpha() and lead.islower())


# A city's name as an imprint prints it, in any script (`Poznań`, `Kraków`, `Rio de
# Janeiro`): up to three words, the first capitalised, no digit.
_CITY_NAME = re.compile(r"[^\W\d_][\w'’.–-]*(?:\s+[^\W\d_][\w'’.–-]*){0,2}")


def place_then_house(rest: str, fields: dict[str, Any]) -> bool:
    """An author-date book all in commas with its place before its publisher (Polish,
    Italian and Spanish lists: `Title, Poznań, Wydawnictwo Example.`, `Title, Oxford,
    Example Press.`): the last piece names a house (`looks_imprint`, `_BARE_PUBLISHER`),
    the one before it a city that names none. Says whether `fields` were filled."""
    head, _, publisher = rest.rstrip(" .").rpartition(", ")
    title, _, place = head.rpartition(", ")
    if not title or not place[:1].isupper() or not _CITY_NAME.fullmatch(place):
        return False
    if looks_imprint(place) or _BARE_PUBLISHER.search(place) or len(publisher) > 60:
        return False
    if not (looks_imprint(publisher) or _BARE_PUBLISHER.search(publisher)):
        return False
    fields.update(title=title, place=place, publisher=publisher, kind=Kind.BOOK)
    return True


def subtitle_place_house(after: str) -> bool:
    """Whether `after`, what follows a title's first stop, is a subtitle's sentence, then
    `, Place, House` (`place_then_house`): `Title. Subtitle, Poznań, Wydawnictwo Example.`
    A sentence of one piece before the place, capitalised, with a space, and no digit."""
    probe: dict[str, Any] = {}
    if not place_then_house(after, probe):
        return False
    sentence = probe["title"]
    return (
        sentence[:1].isupper()
        and " " in sentence
        and ", " not in sentence
        and not any(char.isdigit() for char in sentence)
        and _NO_SUBTITLE.search(sentence) is None
        and source_agrees(probe)
    )


def source_agrees(probe: dict[str, Any]) -> bool:
    """Whether `fill_source`, which reads the source after the subtitle, takes `Place,
    House` in `probe`'s order: it reads `Oxford, Example Society` as a publisher and its
    place (AGPS's order), which would swap them, so the subtitle is then left alone."""
    read: dict[str, str] = {}
    fill_source(f"{probe['place']}, {probe['publisher']}", read, True)
    return bool(read.get("place") == probe["place"] and read.get("publisher") == probe["publisher"])


def title_city(rest: str, fields: dict[str, Any]) -> bool:
    """An author-date book's title and the city it was printed in, no publisher (older
    history lists: `Title, New York`, `Title, Milan`): the last piece is a city imprints
    name (`IMPRINT_CITIES`). Says whether `fields` were filled."""
    title, _, place = rest.rstrip(" .").rpartition(", ")
    if place not in IMPRINT_CITIES or " " not in title or _MEETING_WORD.search(title):
        return False  # `Talk, Example Society Meeting, London`: where a meeting was held
    fields.update(title=title, place=place, kind=Kind.BOOK)
    return True


# A syllable of Hangul.
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def hangul_book(rest: str, fields: dict[str, Any]) -> bool:
    """A Korean author-date book all in commas: `Title, Publisher, 서울.` The last piece
    is a Korean city in Hangul (`places.HANGUL_CITIES`), the one before it a publisher's
    short name of Hangul with no figure; `_AGPS_PLACE`, made for capitals, reads none.
    Says whether `fields` were filled."""
    head, _, place = rest.rstrip(" .").rpartition(", ")
    title, _, publisher = head.rpartition(", ")
    if not title or place not in HANGUL_CITIES or not 0 < len(publisher) <= 30:
        return False
    if not _HANGUL.search(publisher) or any(ch.isdigit() for ch in publisher):
        return False
    if publisher in HANGUL_CITIES:  # `Title, 서울, 광주.`: two places, no publisher
        return False
    fields.update(title=title, publisher=publisher, place=place, kind=Kind.BOOK)
    return True


def publisher_then_place(publisher: str, place: str) -> bool:
    """Whether `Publisher, Place` (AGPS, Springer) can be what it looks like: a short
    capitalised place no publisher's word names after a capitalised name that is no
    periodical's, proceedings' or preprint server's (`_NOT_PUBLISHER`). Callers add
    what else their shape needs (the journal's marks a name must lack). A German body's
    name (`german_body`) counts before a place the lexicon names, and so does a place
    the lexicon names whose letters `_AGPS_PLACE` (ASCII's) lacks (`Köln`, `Zürich`)."""
    if not (
        (_AGPS_PLACE.fullmatch(place) or is_place(place) or city_run(place))
        and not looks_imprint(place)
        and not _NOT_PUBLISHER.search(publisher)
    ):
        return False
    if _CAPITALISED_NAME.fullmatch(publisher):
        return True
    return german_body(publisher) and is_place(place)


def report_number(rest: str) -> re.Match[str] | None:
    """The first `_REPORT_NUMBER` after white space (a title's last word before it)."""
    for number in _REPORT_NUMBER.finditer(rest, 1):
        if rest[number.start() - 1].isspace():
            return number
    return None


def acs_edition(rest: str, at: int) -> bool:
    """Whether an ACS edition and its `;` (`, 2nd ed.; `) end the title at `at`."""
    edition = _EDITION_IMPRINT.match(rest, at)
    return edition is not None and edition.group(2) == ";"


def publisher_first(source: str, fields: dict[str, Any]) -> None:
    """ACS's book: `Title, 2nd ed.; Publisher: City, 2001`. The name before the colon is
    the publisher, which `imprint` reads as the place unless it names a press: swapped
    back when the place read is what `source` opens with, up to its colon."""
    place, publisher = fields.get("place"), fields.get("publisher")
    # the place's own colon follows it (`Oxford University Press: Oxford` opens with the
    # place `Oxford` too, but its name goes on)
    if place and publisher and source.startswith(place) and source[len(place) :][:1] == ":":
        fields["place"], fields["publisher"] = publisher, place


def tech_report(rest: str, fields: dict[str, Any]) -> bool:
    """IEEE's report after its quoted title: `Company, City, ST, Tech. Rep. NUMBER, Mon.
    YEAR.`, whose company is the publisher (a journal prints no `Tech. Rep.`). Says
    whether the report was read into `fields`."""
    match = _TECH_REPORT.match(rest)
    if match is None:
        return False
    found = {k: v.strip() for k, v in match.groupdict().items() if v}
    fields.update(found, kind=Kind.REPORT)
    return True


def patent(rest: str, fields: dict[str, Any]) -> bool:
    """IEEE's patent after its quoted title (`_PATENT`): its number and year, and the
    kind; no container. Says whether the patent was read into `fields`."""
    match = _PATENT.match(rest)
    if match is None:
        return False
    fields.update(document_number=match["document_number"], year=match["year"], kind=Kind.PATENT)
    return True


def presented(rest: str, fields: dict[str, Any]) -> bool:
    """IEEE's paper presented at a meeting (`_PRESENTED`): the meeting and the year.
    Says whether it was read into `fields`."""
    match = _PRESENTED.match(rest)
    if match is None:
        return False
    fields.update(
        container=clean_container(match["meeting"]), year=match["year"], kind=Kind.CONFERENCE
    )
    return True


# APA's paper given at a meeting, its date in the head (IEEE's, its date after the
# meeting, is `_PRESENTED`'s): `Paper presented at the Example Society Annual
# Conference.`, `Poster presented at Meeting, Boston, MA.` The meeting is the container,
# the place after its comma (a city the lexicon names first) the place; a figure after
# the meeting (its days) leaves the shape to other readers. The spaces before the
# meeting are taken whole (`\s++`): none can start it, and a long run given back a space
# at a time would be scanned again for each.
_APA_PRESENTED = re.compile(
    r"(?:(?:Paper|Poster|Keynote|Symposium|Presentation|Talk|Lecture|Workshop)(?:\s+[a-z]+)?\s+)?"
    r"[Pp]resented\s+at\s++(?:the\s++)?(?P<meeting>[^,\d]{3,200})(?P<place>(?:,\s*[^,\d]{2,40}){0,3})\.?"
)


def apa_presented(rest: str, fields: dict[str, Any]) -> bool:
    """An `_APA_PRESENTED` paper: its meeting (and place) read into `fields`. Says
    whether it was."""
    match = _APA_PRESENTED.fullmatch(rest.strip().rstrip(" ."))
    if match is None:
        return False
    meeting, place = match["meeting"].strip(), match["place"].strip(" ,")
    if place and not is_place(place.partition(", ")[0]):
        meeting, place = f"{meeting}{match['place']}".strip(), ""  # a comma inside its name
    fields.update(container=clean_container(meeting), kind=Kind.CONFERENCE)
    if place:
        fields["place"] = place
    return True


def book_tail(rest: str) -> str:
    """`rest` without what NLM prints after a book's or report's imprint and no locator
    holds: its report number (`1981. 35 p. Report No.: 4.`), then its page count (`2001
    Jul. 106p.`), each read as a volume otherwise."""
    if "Report" in rest:
        rest = _REPORT_NO.sub("", rest)
    if rest.endswith(("p", "p.")):
        rest = _PAGE_COUNT.sub("", rest)
    return rest


# A span of years (`1975-2008`, `1680–1809`) closing a title, which a locator's pattern
# reads as a page range.
_YEAR_SPAN = re.compile(r"(?P<first>(?:1[5-9]|20)\d\d)\s?[-–]\s?(?P<last>(?:1[5-9]|20)\d\d)")


def year_span(text: str) -> bool:
    """Whether `text` is a span of years, the first before the last: a title's period
    more likely than a page range."""
    span = _YEAR_SPAN.fullmatch(text)
    return span is not None and span["first"] < span["last"]


def titled_span(rest: str, head: str, locator: dict[str, Any], fields: dict[str, Any]) -> bool:
    """A dated entry's title of one sentence closing with a span of years, nothing after it
    but the stop (APA's report or web page: `Title, 2012-2018. Retrieved from URL`,
    `Title, a study of the period 2012-2018.`): the span (`year_span`) no page range of a
    container the title's comma would leave. A capitalised name after the title's last
    comma may be a journal's (`Title, Widget Journal, 1995-2001.`): kept as it reads.
    Says whether the title was stored."""
    if locator.keys() != {"pages", "first_page", "last_page"} or ". " in head:
        return False
    if not year_span(locator["pages"]) or rest[len(head) :].strip(" ,.") != locator["pages"]:
        return False
    if head.rpartition(", ")[2][:1].isupper() and ", " in head:
        return False
    fields["title"] = rest.rstrip(" .")
    return True


def journal_or_book(
    rest: str,
    found: tuple[str, dict[str, Any]],
    fields: dict[str, Any],
    dated: bool,
    commas: bool,
) -> dict[str, Any]:
    """`Title. Container locator`; but a year alone after a publisher is a book's imprint."""
    head, locator = found
    if dated and "pages" in locator and titled_span(rest, head, locator, fields):
        return fields
    if locator.keys() == {"year"} and not commas and springer_imprint(rest, head, fields):
        return fields
    if dated and locator.keys() <= _BOOK_LOCATOR and year_again(head, locator):
        return title_then_source(head, fields, dated)  # `Title. Thesis. University, City 1970.`
    if ", " in head and locator.keys() <= _BOOK_LOCATOR and city_book(head, locator, fields):
        return fields  # `Title, Publisher, London 1998, pp. 11-12.`
    if locator.keys() == {"year"} and head.count(", ") >= 2 and meeting_in_commas(head, fields):
        fields.update(locator)  # `Title, Example 10 conference, Delft, The Netherlands, 1988.`
        return fields
    if (
        locator.keys() == {"year"}
        and head.count(", ") >= 2
        and (commas or (". " not in head and not _THESIS_WORD.search(head)))
    ):
        # a stop style's title in one sentence (Copernicus: `Title, Publisher, Place,
        # 2017.`) needs the publisher to say it is one
        book = comma_book(head, not commas)
        if book is not None and not commas and "," in book[0]:
            book = None  # a comma in the title: names the author block left in it, maybe
        if book is not None:  # Elsevier's numbered book: `Title, Publisher, Place, 2017.`
            fields.update(locator, title=book[0], publisher=book[1], place=book[2], kind=Kind.BOOK)
            return fields
    if locator.keys() == {"year"} and (
        _IMPRINT_YEAR.match(rest, len(head)) or looks_imprint(head.rpartition(". ")[2])
    ):
        if commas and ", " in head:  # APS: `Title, Publisher, 2022.`
            fields["title"], _, publisher = head.rpartition(", ")
            fill_source(publisher + rest[len(head) :], fields, dated)
            return fields
        return title_then_source(rest, fields, dated)  # `Title. Place: Publisher; 2016.`
    if "ersion" in head and ", " in head and _VERSION_ALONE.fullmatch(head.rpartition(", ")[2]):
        title, container = head, ""  # Copernicus: `Title, Version 2018, 2018.`
    elif commas and ", " in head:  # APS: `Title, Journal 7, 12 (2017).`
        title, _, container = head.rpartition(", ")
        if container in SERIES_ACRONYMS and ", " in title:
            # Pleiades: `Title, Proc. Meeting 2004, LNCS, 2004, vol. 3308, p. 15–29.`: the
            # series after the proceedings is no container; the volume is the series'
            title, _, container = title.rpartition(", ")
    else:
        title, container = split_head(head)
        if container and title.rstrip(".") in _JOURNAL_OPENERS and "volume" in locator:
            title, container = "", head  # `A. Author: Suppl. Nuovo Cimento 4, 848 (1956).`
        if container and not title:  # ACS, RSC: a journal's abbreviated words, no title
            fields["untitled"] = True
        if not container and title_year(rest, head, locator):
            fields["title"] = rest.rstrip(" .")  # `Statistics of widgets 2022.`
            return fields
        if not container and ", " in head:
            title, _, container = head.rpartition(", ")
            commas = True
        elif not container and "volume" in locator and journal_name(title):
            title, container = "", title  # AIP: `A. Author, Nature 542, 279 (2017).`
    if (
        "pages" in locator
        and locator.keys() <= _BOOK_LOCATOR
        and head.endswith(f", {container}")
        and rest[len(head) :].lstrip(" ,")[:1] == "p"
        and cited_book(title, container)
    ):  # Harvard in commas: `Title, House, London, p. 45.`: a book's cited page, labelled
        title, _, house = title.rpartition(", ")
        fields.update(locator, title=title, publisher=house, place=container, kind=Kind.BOOK)
        return fields
    if container[:1].isdigit() and edition_book(title, container, locator, fields):
        return fields  # `Title. 4th ed. Example Publishers. 2007. pp. 384.`
    edition = _CLOSING_EDITION.search(title, max(0, len(title) - 60)) if "ed" in title else None
    if edition and edition_book(
        title[: edition.start()], f"{edition['edition']}. {container}", locator, fields
    ):
        return fields  # `Title. 10th edition, Chapter 21. Example Health Sci; 2006. p. 9-12.`
    if (
        "aper" in container
        or "eport" in container
        or "eries" in container
        or "collection" in container
    ) and paper_series(container, locator):
        # `Title, HWWA Discussion Paper 348.`: a report's series and number, no journal
        series = locator.get("volume") or locator.get("pages", "")
        fields.update(title=title, document_number=series, kind=Kind.REPORT)
        imprint = imprint_before_series(title)
        if imprint is not None:  # `Title. Place: House. EXA Working Paper 113`
            fields.update(title=imprint[0], place=imprint[1], publisher=imprint[2])
        if "year" in locator:
            fields["year"] = locator["year"]
        return fields
    number = _PUBLICATION_NO.search(container) if container.endswith(("No", "no")) else None
    if number and locator.keys() <= {"year", "pages", "first_page", "last_page"}:
        # NLM, AMA: `Title. EXA publication No. 13–0003. 2012.`: a report's number
        fields.update(title=title, document_number=locator.get("pages", ""), kind=Kind.REPORT)
        if "year" in locator:
            fields["year"] = locator["year"]
        agency = container[: number.start()].strip()
        if agency and len(_TITLE_WORDS.findall(title, 0, 100)) < 3:
            # `Widget design. EXA publication No. …`: a title of one or two words scores
            # too little to read without a source, so the agency naming the number is kept
            fields["publisher"] = agency
        return fields
    if locator.keys() == {"year"} and (
        (commas and house_name(container)) or _PUBLIC_BODY.match(container)
    ):
        # IEEE, APS: `Title, Wiley, 2018.`: a house's name alone before a year; NLM, AMA:
        # `Title. US Department of Example. Jul 2000.`: a ministry issues reports, no journal
        fields.update(locator, title=title, publisher=container, kind=Kind.BOOK)
        return fields
    if locator.keys() == {"year"} and _JAPANESE_HOUSE.search(container) and _CJK.search(title):
        # Japanese lists' book: `Title, Seriesシリーズ12, 例学会, 1996.`: a house's or a
        # society's name before the year; the series after the title is no field's
        fields.update(locator, title=_JAPANESE_SERIES.sub("", title), publisher=container)
        fields["kind"] = Kind.BOOK
        return fields
    if locator.keys() == {"year"} and house_place(container, fields):
        fields.update(locator, title=title, kind=Kind.BOOK)  # `House, München 1985`
        return fields
    if located_house(container, rest[len(head) :], locator, fields):
        fields.update(locator, title=title)  # Vancouver's `Title. House, City, Region; 2001.`
        return fields
    fields.update(locator, title=title)
    if container:
        fields.setdefault("container", clean_container(container))
        split_imprint_tail(fields)
    return fields


def cited_book(title: str, container: str) -> bool:
    """Whether `Title, House` and `container` before a cited page (`…, Example, London,
    p. 45.`) are a book's title, house and place: the container a city the place lexicon
    names (`places.is_place`), the piece before it a house's capitalised words
    (`_HOUSE_WORDS`) that name no place, meeting or periodical, after a title's comma."""
    if not is_place(container) or ", " not in title:
        return False
    house = title.rpartition(", ")[2]
    return bool(
        named_house(house)
        and not _MEETING_WORD.search(house)
        and not _PERIODICAL_HINT.search(house)
    )


# A Japanese publisher's or society's name: a short run of kanji and kana ending in a
# house's or a body's word (`例出版`, `例書店`, `例学会`, `例協会`), no stop or figure.
_JAPANESE_HOUSE = re.compile(
    r"\A[\u3040-\u30ff\u4e00-\u9fff]{1,16}(?:出版社?|書店|書房|学会|協会|新聞社|出版会)\Z"
)
# A series' name and number closing a Japanese book's title after its comma
# (`, コンクリート技術シリーズ12`).
_JAPANESE_SERIES = re.compile(r",\s*[^,]{1,30}(?:シリーズ|叢書|双書|選書|文庫)\s?\d{0,4}\Z")


def house_place(source: str, fields: dict[str, Any]) -> bool:
    """German and Nordic lists' `House, Place YEAR` read as a journal and its year
    (`ExampleVerlag, München 1985`): the last piece a place's name (`places.is_place`,
    GeoNames) or the house's seats (`city_run`: `Springer, Berlin Heidelberg New York
    1990`), the piece before it a capitalised name that is no place and has no
    periodical's marks (a journal prints its volume, not a year alone, after a city).
    Says whether `fields` took publisher and place."""
    house, comma, place = source.rpartition(", ")
    if not comma or not house[:1].isupper() or is_place(house):
        return False
    if not (is_place(place) or city_run(place)):
        return False
    if _PERIODICAL_HINT.search(house) or PERIODICAL_WORD.search(house) or ", " in house:
        return False
    fields.update(publisher=house, place=place)
    return True


# A data set's version closing its title, read as a journal without its locator.
_VERSION_ALONE = re.compile(r"[Vv]ersion\s+\d+(?:\.\d+)*")
# A report's number label read as a journal before its number: `EXA publication No`,
# `Report No`, `Pub. No`.
# A working paper's series closing what was read as a journal's name (`HWWA Discussion
# Paper 348`, `NBER Working Paper No. 12345`, `Example Technical Report 7`), as economics'
# and engineering's lists print a report with no imprint: the number is the report's.
# (and a laboratory's preprints and a project's white papers: `Example Laboratory
# Preprint Series No. 33`, `Example Design White Paper 7`)
_PAPER_SERIES = re.compile(
    r"\b(?:(?i:working|discussion|technical|occasional|policy|staff|briefing|white)\s+"
    r"(?:[Pp]aper|[Rr]eport)|(?i:preprint))(?:\s+[Ss]eries)?(?:,?\s+[Nn]o\.?)?\Z"
)
# An agency's report series named by its acronym (`EKC Reports 245`, a health body's
# numbered reports; `EMBO Reports` is a journal's name) and a bank's or a programme's
# numbered collection in lower case (`Example Bank case profile collection 22`; no
# journal's name ends in a lower-case `collection`): a report's number when the number
# alone follows, the year printed after the authors (a journal's volume and year, NLM's
# `MMWR Reports 2017;66`, stay a journal's).
_AGENCY_SERIES = re.compile(
    r"(?:(?<![\w-])(?!EMBO\b)[A-Z]{2,6}\s+Reports|\b[a-z]+\s+collection)(?:,?\s+[Nn]o\.?)?\Z"
)


def imprint_before_series(title: str) -> tuple[str, str, str] | None:
    """(title, place, publisher) when what was read as a report's title ends in a
    sentence `Place: Publisher` (Harvard's working paper, its series after the imprint:
    `Title. Washington DC: Example Center. EXA Working Paper 113`): a city the place
    lexicon names (its region after a comma allowed), a capitalised publisher holding no
    sentence's stop; None else (`Title. Evidence: a review.` is a subtitle)."""
    body = title.rstrip(" .")
    stop = body.rfind(". ")
    if stop < 1 or ": " not in body[stop:]:
        return None
    place, _, house = body[stop + 2 :].partition(": ")
    if not house[:1].isupper() or _WORD_STOP.search(f"{house} ") is not None:
        return None
    if not _CAPITALISED_NAME.fullmatch(house):
        return None  # `Boston: A review`: a subtitle's words, no house's name
    if not (is_place(place) or is_place(place.partition(", ")[0])):
        return None
    return body[:stop], place, house


def paper_series(container: str, locator: dict[str, Any]) -> bool:
    """Whether `container` ends in a `_PAPER_SERIES` and `locator` holds one number
    alone (a volume or a single page, besides the year): the report's number; or in an
    `_AGENCY_SERIES` and `locator` holds one number and no year."""
    if _PAPER_SERIES.search(container) is None and (
        "year" in locator or _AGENCY_SERIES.search(container) is None
    ):
        return False
    keys = locator.keys() - {"year", "article_number"}
    return keys in ({"volume"}, {"pages"}, {"pages", "first_page"})


_PUBLICATION_NO = re.compile(r"\b(?:[Pp]ublication|[Pp]ub\.?|[Rr]eport)\s+[Nn]o\Z")
_TITLE_WORDS = re.compile(r"[^\W\d_]{2,}")  # a word, as `choose.title_score` counts them


# A ministry's or department's name (`US Department of Example`, `Ministry of Example`,
# `Office for Example`), which no journal is named.
_PUBLIC_BODY = re.compile(
    r"(?:[A-Z][A-Za-z.]{1,5}\s+)?(?:Department|Ministry|Office|Bureau)\s+(?:of|for)\s+[A-Z]"
    r"[^.:;()\d]*$"
)


def house_name(source: str) -> bool:
    """Whether `source` is a publishing house's bare name (`_BARE_PUBLISHER`: `Wiley`,
    `Springer`, `McGraw-Hill`), with a word or two more at most (`Example Wiley-VCH`),
    and no periodical's (`_NOT_PUBLISHER`): `Springer Proceedings` is a series."""
    return (
        source.count(" ") <= 2
        and _BARE_PUBLISHER.search(source) is not None
        and _NOT_PUBLISHER.search(source) is None
    )


# A meeting's name (its word in lower case too: `Example 10 conference`).
_MEETING_NAME = re.compile(r"\b(?i:conference|symposium|workshop|congress|colloquium)\b")
# Where it was held: capitalised names of a few words, no digit.
_HELD_AT = re.compile(r"[^\W\d_][^\d,]{1,30}")


_VENUE_WORD = re.compile(
    r"\b(?:Government|Department|Ministry|Agency|Bureau|Council|Commission|Cent(?:er|re)|"
    r"Foundation|Organi[sz]ation)\b"
)


def house_piece(piece: str) -> bool:
    """Whether `piece`, the first after a meeting's name, is the proceedings' publisher,
    no city: a body's acronym of three or more capitals (`IEEE`, `ACM`, `SPIE`; `USA`
    and `UK` only follow the city), or a house printed under its bare name (`Elsevier`,
    `Springer`)."""
    if len(piece) >= 3 and piece.isupper() and piece.isalpha():
        return True
    # (a public body's word names where the meeting was held as often: `Example Centre`)
    return _BARE_PUBLISHER.search(piece) is not None and _VENUE_WORD.search(piece) is None


def meeting_in_commas(head: str, fields: dict[str, Any]) -> bool:
    """A paper read at a meeting, all in commas before the year (IEEE's and Elsevier's
    numbered lists: `Title, Example 10 conference, Delft, The Netherlands, 1988.`): the
    piece naming a meeting (`_MEETING_NAME`) is the container when only its city and
    country follow it; no publisher or place is printed. A house first after it is the
    publisher (`Title, Conference on Widgets, IEEE, 2019.`). Says whether `fields` were
    filled."""
    pieces = head.rstrip(" ,.").split(", ")
    for at in range(len(pieces) - 2, max(0, len(pieces) - 4), -1):
        if not _MEETING_NAME.search(pieces[at]):
            continue
        held = pieces[at + 1 :]
        if not all(_HELD_AT.fullmatch(piece) and piece[:1].isupper() for piece in held):
            return False
        house = held[0] if house_piece(held[0]) else ""
        if house:  # `Title, Conference on Widgets, IEEE, 2019.`: its publisher, no city
            held = held[1:]
        if any(looks_imprint(piece) for piece in held):
            return False
        fields.update(title=", ".join(pieces[:at]), container=pieces[at], kind=Kind.CHAPTER)
        if house:
            fields["publisher"] = house
        return True
    return False


def comma_book(head: str, named: bool = False) -> tuple[str, str, str] | None:
    """Elsevier's (numbered) book in commas: `Title, Publisher, Place` before the year →
    (title, publisher, place), when the last pieces are a publisher's name and a place
    (`name_place`'s test; a place may end in its state's code); `named`: the publisher
    must also say it is one (a publisher's word or a house's bare name), as a host book's
    title may hold commas of its own."""
    title, _, source = head.rstrip(" ,").rpartition(", ")
    if _AGPS_REGION.fullmatch(source) and title.count(", ") >= 2:  # `Place, ST`
        title, _, city = title.rpartition(", ")
        source = f"{city}, {source}"
    title, _, publisher = title.rpartition(", ")
    if not title or title.count("(") > title.count(")"):  # a parenthesised imprint's
        return None
    if not named and region_piece(source) and known_city(publisher):
        # `Title, Amsterdam, UK, 2014.`: a city and its country, no house printed; or the
        # house before them (`Title, Example Organization, Geneva, Switzerland, 2000.`)
        place = f"{publisher}, {source}"
        head, comma, house = title.rpartition(", ")
        if comma and publisher_then_place(house, publisher) and not _PERIODICAL_HINT.search(house):
            return head, house, place
        return title, "", place
    if not publisher_then_place(publisher, source) or _PERIODICAL_HINT.search(publisher):
        return None
    if named and not (looks_imprint(publisher) or _BARE_PUBLISHER.search(publisher)):
        return None
    return title, publisher, source


# A house's name as a host book's comma imprint prints it: capitalised words, their small
# joining words only (`Example Institute of Widgets`, `L’Exemple`, `EXAB`), no title's
# lower-case word (`European perspectives`).
_HOUSE_WORDS = re.compile(
    r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|the|de|du|des|la|le|et|y|und|für|&)\s+)?"
    r"[A-Z][\w'’&.-]*){0,5}"
)


# A newspaper's name's words (`Example Daily`, `The Widget Times`).
_NEWSPAPER_WORDS = "Daily|Times|Herald|Gazette|News|Post|Tribune"
# A book's part or volume and its number (`Part II`, `Vol 3`), or a journal's or a
# newspaper's word (`Example Daily`): no house.
_NO_HOUSE = re.compile(
    rf"\b(?:Part|Parts|Vol|Volume|Book|Section|Tome|Band|Teil|Journal|{_NEWSPAPER_WORDS})\b"
)


def named_house(house: str) -> bool:
    """Whether a piece beside a place (`placed_host`, `cited_book`) can be the house's
    name: capitalised words (`_HOUSE_WORDS`) naming no place, region, part or journal
    (`_NO_HOUSE`); one word alone no plural's (`Models`, `Methods`: a title's list of
    words), unless a house's bare name (`Saunders`)."""
    if not _HOUSE_WORDS.fullmatch(house) or is_place(house) or region_piece(house):
        return False
    if _NO_HOUSE.search(house):
        return False
    return not (" " not in house and house[-2:-1].islower() and house[-1:] == "s") or bool(
        _BARE_PUBLISHER.search(house)
    )


def placed_host(head: str) -> tuple[str, str, str] | None:
    """A host book's `Book, House, Place` (or `Book, Place, House`) that `comma_book`'s
    `named` test refused because the house names itself by no publisher's word (`EXAB`,
    `L’Exemple`): read on the place's evidence instead, a city the place lexicon names
    (`places.is_place`) or a city followed by its country's or state's code or name
    (`Wallingford, UK`), the house beside it capitalised words only (`_HOUSE_WORDS`), a
    book's title before them. A meeting's host (`Proc. Widget Conf., Madrid, Spain`) is
    left alone: its city says where it was held. → (book, publisher, place), or None."""
    if _MEETING_WORD.search(head):
        return None
    pieces = head.rstrip(" ,.").split(", ")
    if len(pieces) >= 4 and region_piece(pieces[-1]) and _CITY_NAME.fullmatch(pieces[-2]):
        place, pieces = f"{pieces[-2]}, {pieces[-1]}", pieces[:-2]
        house = pieces.pop()
    elif len(pieces) >= 3 and is_place(pieces[-1]) and not is_place(pieces[-2]):
        place, house, pieces = pieces[-1], pieces[-2], pieces[:-2]
    elif (
        len(pieces) >= 3
        and is_place(pieces[-2])
        and not is_place(pieces[-1])
        and not region_piece(pieces[-1])
    ):
        house, place, pieces = pieces[-1], pieces[-2], pieces[:-2]
        if len(pieces) >= 2 and is_place(pieces[-1]) and region_piece(place):
            place, pieces = f"{pieces[-1]}, {place}", pieces[:-1]  # `Paris, France, House`
        elif is_place(pieces[-1]):  # `Book, Washington, Lincoln, Jefferson`: a list of names
            return None
    else:
        return None
    if not named_house(house):
        return None
    book = ", ".join(pieces)
    if book.count("(") != book.count(")"):
        return None
    return book, house, place


# A page alone as `locator_fields` reads one, and a page that is a year's number.
_PAGE_ALONE = frozenset(("pages", "first_page", "last_page"))
_YEAR_PAGE = re.compile(YEAR)


def title_year(rest: str, head: str, locator: dict[str, Any]) -> bool:
    """Whether the year alone after `head`, a title with no container, is the title's last
    word (an annual report's `Widget statistics 2022.`, NLM's web page before its `Available
    from:`): no stop, comma or parenthesis parts them, as every style parts a date. A
    head of four words or more, with no stop at all (`Title.medRxiv 2021` names a server,
    `Example Registry 2016` may be a site's name and date). Where the entry's date was
    read before the title (author-date), such a year is no date and was read as a page:
    a head of two words or more keeps it too (APA's report: `(2020). Widget statistics
    2019. https://…`)."""
    head = head.rstrip()
    if not head[-1:].isalnum() or "." in head:  # `Title.medRxiv 2021`
        return False
    if locator.keys() == _PAGE_ALONE and not locator["last_page"]:
        if head.count(" ") < 1 or _YEAR_PAGE.fullmatch(locator["pages"]) is None:
            return False
    elif locator.keys() != {"year"} or head.count(" ") < 3:  # a site's short name
        return False
    year = rest[len(head) :].strip(" .")  # the year alone, bare: no `(1990`
    return rest[len(head) : len(head) + 1].isspace() and len(year) == 4 and year.isdigit()


_PAREN_YEAR_ALONE = re.compile(rf"\s*\({YEAR}[a-z]?\)\.?\Z")
# ACM's and older US lists' book: the year after the place's comma (`Title. Publisher,
# Place, 1980.`), where Springer prints it in parentheses.
_COMMA_YEAR_ALONE = re.compile(rf",\s*{YEAR}[a-z]?\.?\Z")


def springer_imprint(rest: str, head: str, fields: dict[str, Any]) -> bool:
    """Springer's (LNCS, basic) book or report: `Title. Publisher, Place (YEAR).` (ACM's
    `Title. Publisher, Place, YEAR.`), where
    the sentence before a year alone in parentheses is a name and a place after its comma
    (`Example Agency, Springfield (1974)`), neither a journal's (`_PERIODICAL_HINT`).
    Says whether the title and imprint were stored in `fields`."""
    title, stop, sentence = head.rpartition(". ")
    if not stop or not year_alone(rest, len(head)) or not name_place(sentence):
        return False
    pub = imprint(sentence + rest[len(head) :])
    if pub is None:
        return False
    fields["title"] = title
    store_imprint(pub, fields)
    return True


def year_alone(rest: str, at: int) -> bool:
    """Whether a year alone closes `rest` from `at`: in parentheses (Springer's `Place
    (1974).`) or after a comma (ACM's `Place, 1980.`)."""
    return bool(_PAREN_YEAR_ALONE.match(rest, at) or _COMMA_YEAR_ALONE.match(rest, at))


def name_place(source: str) -> bool:
    """Whether `source` is a publisher's name and a place after its comma (`Example
    Agency, Springfield`, `WHO, Geneva`): a capitalised name with no journal's marks, and
    a short capitalised place no publisher's word names."""
    publisher, comma, place = source.rpartition(", ")
    return bool(
        comma and publisher_then_place(publisher, place) and not _PERIODICAL_HINT.search(publisher)
    )


# A stop closing a quoted title inside its quotes (`Comment on “Title.” Journal`), and
# the opening mark of each closing one.
_QUOTE_STOP = re.compile(r"[.?!][”\"’]\s+(?=[A-Z])")
_OPENING = {"”": "“", '"': '"', "’": "‘"}
# A journal's name alone before its volume, with no title before it (AIP, APS): up to
# four capitalised words, small words between them (`Nature`, `Physical Review Letters`).
_JOURNAL_NAME = re.compile(r"[A-Z][A-Za-z&-]*(?:\s+(?:of|and|the|in|for|&|[A-Z][A-Za-z&-]*)){0,3}")
# A head of abbreviated words alone (two or more with their stops): a journal, no title.
# Past the first, a word may be cut long after a consonant, as ISO 4 and older lists cut
# them (`Ber. Bunsenges. Phys. Chem.`), or in lower case (`J. electrochem. Soc.`, `Proc.
# natn. Acad. Sci.`); a publisher's acronym may lead one (`ACS Appl. Mater.`), a whole
# word or a country's initials close it (`… Interfaces`, `… Sci. U.S.A.`).
_CUT_WORD = r"(?:[A-Z][a-z]{0,5}|[A-Z][a-z]{5,9}[b-df-hj-np-tv-xz]|[a-z]{2,11}[b-df-hj-np-tv-xz])"
_ABBREVIATED = re.compile(
    r"\s*(?:[A-Z]{2,5}\s+)?[A-Z][a-z]{0,5}\.\s+(?:"
    rf"{_CUT_WORD}\.\s+)+(?:[A-Z][a-z]{{0,6}}\.?|[A-Z][a-z]{{6,11}}|(?:[A-Z]\.){{2,3}})\s*"
)

# A whole word's plural ending, which no abbreviation keeps (ISO 4 cuts `Lasers` to
# `Las.`): a one-word title before an abbreviated journal (`Lasers. Appl. Phys. Lett.`).
_WHOLE_WORD_TITLE = re.compile(r"\s*[A-Z][a-z]*(?:ers|ors|ics|ars|ons)\.\s")


# A word of a journal's name that ISO 4 leaves whole (`Cell`, `Drug`, `Today`): short,
# capitalised, no stop; or a section's letter (`Acta Crystallogr. D Biol.`) or a
# country's initials (`U.S.A`).
_WHOLE_SHORT_WORD = re.compile(r"[A-Z][a-z]{2,5}|[A-Z]|(?:[A-Z]\.){1,3}[A-Z]")


# A book's edition as a sentence after its title, then its publisher alone or after its
# city (Vancouver lists of dentistry and veterinary science: `Title. 11th ed, Publisher
# 2003;337-49.`, `Title. 4th ed. Example Publishers. 2007. pp. 384.`, `Title. 7th ed.
# London; Publisher. 1982.`): no journal's name opens with an edition.
_EDITION_SENTENCE = re.compile(
    r"(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+ed(?:n|ition)?)[.,]\s+(?=[A-Z])"
)
# That edition closing what was read as the title, the house's name after it (`Title. 10th
# edition, Chapter 21, Part 2. Example Health Sci; 2006. p. 1223-1230.`): the chapter and
# part cited after it are no field's. (Not `_TITLE_EDITION`, the edition in parentheses
# that `located_imprint` reads: one name for both made the later shadow the earlier.)
_CLOSING_EDITION = re.compile(
    r"\.\s+(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+ed(?:n|ition)?)\.?"
    r"(?:,\s*(?:Chapter|Ch\.|Part|Section|Vol\.|Volume)\s*\w{1,6}){0,3}\.?\Z"
)
_BOOK_LOCATOR = frozenset(("year", "pages", "first_page", "last_page"))


# A book all in commas closed by its publisher and a city imprints name, the year after
# the city with no comma, as chemistry's and pharmacy's lists print a handbook or a
# pharmacopoeia (`Title, 5th ed., vol. II, Publisher, Strasbourg 2005, p. 3611.`, `A.
# Author, Title, Example Verlag, Berlin 1998, p. 151.`); its edition and volume may stand
# between title and publisher.
_CITY_BOOK = re.compile(
    r"(?P<title>[^,]+(?:,[^,]+)*?)(?:,\s*(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+ed)\.)?"
    r"(?:,\s*[Vv]ol\.\s*(?P<volume>[IVXLC]{1,6}|\d{1,3}))?"
    r",\s*(?P<publisher>[A-Z][^,.;:()]{1,60}(?:\sInc\.|\sLtd\.)?),\s*(?P<place>[^,]+)"
)


def city_book(head: str, locator: dict[str, Any], fields: dict[str, Any]) -> bool:
    """Whether `head` (before a locator of a year and pages) is a `_CITY_BOOK` whose last
    piece is a city imprints name (`IMPRINT_CITIES`) and whose publisher is no journal's
    abbreviated name; its parts and the locator are stored in `fields` when it is."""
    if "year" not in locator or head.rpartition(", ")[2] not in IMPRINT_CITIES:
        return False
    book = _CITY_BOOK.fullmatch(head)
    if book is None or _MEETING_WORD.search(book["publisher"]):
        return False
    if ". " in book["title"] or "? " in book["title"] or _THESIS_WORD.search(head):
        return False  # `Title. PhD thesis, University, London, 2015.`: a genre's sentence
    if any(word in ABBREVIATIONS for word in book["publisher"].split()):
        return False
    fields.update(locator, title=book["title"].strip(), kind=Kind.BOOK)
    fields.update(publisher=book["publisher"].strip(), place=book["place"].strip())
    if book["edition"]:
        fields["edition"] = book["edition"]
    if book["volume"]:
        fields["volume"] = book["volume"]
    return True


# A thesis's genre as a whole word (`_THESIS_WORD` finds it inside a journal's
# `Synthesis` or `Medical Hypotheses` too).
_THESIS_GENRE = re.compile(
    r"(?<![^\W\d_])(?:thes[ie]s|dissertations?|th[èe]ses?|tesis|teses?|disserta[çc][ãa]o|tezi)\b"
    r"|学位论文",
    re.IGNORECASE,
)


def imprint_then_city(sentence: str) -> bool:
    """Whether `sentence` is an imprint with its city: a publisher then its city after a
    comma (`Example Press, Springfield`), or a place and its colon. A journal's name
    before a lone page (`Example Journal of Press Studies, 2012`, `Example University
    Review 1850`) names no city."""
    if ": " in sentence:
        return looks_imprint(sentence)
    house, comma, city = sentence.rpartition(", ")
    return bool(comma) and looks_imprint(house) and _CITY_NAME.fullmatch(city) is not None


def year_again(head: str, locator: dict[str, Any]) -> bool:
    """Whether the `locator` of an author-year thesis or book is its year printed again
    after the university or publisher and its city (`Title. Thesis. Example University,
    Springfield 1970.`, `Title. Example Press, Springfield 2001.`): a lone year read as a
    page, after a head naming a thesis after the title's stop, or closed by an imprint."""
    page = locator.get("pages", "")
    stop = head.find(". ")
    return (
        len(page) == 4
        and page.isdigit()
        and 1800 <= int(page) <= 2099
        and stop > 0
        and (
            _THESIS_GENRE.search(head, stop) is not None
            or imprint_then_city(head.rpartition(". ")[2])  # `Title. Example Press, City 2001.`
        )
    )


def edition_book(
    title: str, container: str, locator: dict[str, Any], fields: dict[str, Any]
) -> bool:
    """Whether the `container` read before a locator of a year and pages is a book's
    `_EDITION_SENTENCE` and its imprint (no digit, a short name or two); the title,
    edition, imprint and locator are stored in `fields` when it is."""
    edition = _EDITION_SENTENCE.match(container)
    if edition is None or not title or not locator.keys() <= _BOOK_LOCATOR:
        return False
    rest = container[edition.end() :].strip(" .,;")
    if len(rest) > 80 or any(char.isdigit() for char in rest):
        return False
    place, publisher = "", rest
    if ": " in rest:
        place, _, publisher = rest.partition(": ")
    elif "; " in rest and rest.partition("; ")[0] in IMPRINT_CITIES:  # `London; Publisher`
        place, _, publisher = rest.partition("; ")
    if "; " in publisher or ". " in publisher:
        return False
    fields.update(locator, title=title, edition=edition["edition"], kind=Kind.BOOK)
    fields["publisher"] = publisher
    if place:
        fields["place"] = place
    return True


# The abbreviated words that open a journal's name and are never a title alone: a
# supplement's, a society's proceedings', annals', bulletins', transactions' and the
# academies' reports (`Suppl. Nuovo Cimento`, `Proc. IEE`, `Bull. Acad. Sci.`, `Compt.
# Rend.`, `Dokl. Akad. Nauk`), as physics' and chemistry's lists print a title-less
# entry; their stop ends no title before the journal.
_JOURNAL_OPENERS = frozenset((
    "Suppl", "Proc", "Ann", "Bull", "Trans", "Mem", "Compt", "Izv", "Dokl", "Ber", "Abh",
    "Nachr", "Mitt", "Jahrb", "Sitzungsber", "Zh", "Ap", "Astrophys", "Rend", "Verh", "Comm",
    "Commun", "Jpn", "Sov",
))  # fmt: skip


def journal_name(head: str) -> bool:
    """Whether `head`, all that precedes a volume, is a journal's name (`_JOURNAL_NAME`):
    whole words (`Nature`), or closed by a listed abbreviation and its stop, which no
    title ends with (`Tetrahedron Lett.`, chemistry's lists printing no title)."""
    if head.endswith(".") and abbreviation_before(head, len(head)):
        head = head[:-1]
    return _JOURNAL_NAME.fullmatch(head) is not None


def two_abbreviations(words: list[str]) -> bool:
    """Whether a head of two `words` is a journal's two abbreviated words (`Surf. Sci`,
    `Mh. Chem`, older physics' and chemistry's journals printed with no title): a short
    word cut as ISO 4 cuts one (`_ABBREVIATED_WORD`: after a consonant) and its stop,
    then a listed abbreviation; a one-word title before a journal of one listed word
    is no shape a list prints."""
    first = words[0]
    return (
        len(first) <= 6
        and first.endswith(".")
        and abbreviated_word(first, 0, len(first) - 1)
        and words[1] in ABBREVIATIONS
    )


def listed_abbreviations(head: str) -> bool:
    """Whether `head` (its last stop taken) is a journal's abbreviated name alone whose
    stopped words are all listed abbreviations (`ABBREVIATIONS`), one at least, among
    which (and after which) short words ISO 4 leaves whole may stand without a stop:
    `Nat. Rev. Drug Discov.`, `Cell Chem. Biol.`, `Biochem. Soc. Trans.`, `Drug Discov.
    Today`, `Proc. Natl. Acad. Sci. U.S.A.` (the title-less author-date
    entries of chemistry and biology books: `Names (2018). Cell Chem. Biol. 25: 1318.`),
    which `_ABBREVIATED` misses for a whole word or a long first abbreviation. A title's
    words are no listed abbreviations (`Protein Folding. Nat. Rev.` keeps its title)."""
    if head.count(" ") > 9:  # most heads are titles of many words: spare the split
        return False
    words = head.split()
    if not 2 <= len(words) <= 8 or words[-1].endswith("."):
        return False
    if len(words) == 2 and two_abbreviations(words):
        return True
    listed = 0
    for word in words[:-1]:
        if word.endswith("."):
            if word[:-1] not in ABBREVIATIONS and not lower_cut(word[:-1]):
                return False  # (`Symp. quant. Biol.`: an older journal's lower-case cut)
            listed += 1
        elif not _WHOLE_SHORT_WORD.fullmatch(word):
            return False
    last = words[-1]
    if listed < 1 or last in ABBREVIATIONS:
        return listed >= 1
    # a whole word last after a word's abbreviation (`Discov. Today`), not after an
    # initial (`J. Smith` is a person)
    return _WHOLE_SHORT_WORD.fullmatch(last) is not None and len(words[-2]) > 2


def split_head(head: str) -> tuple[str, str]:
    """`split_title_container`, and three shapes it cannot split: ACS's article printed
    without its title (`Top. Widg. Chem.`, `listed_abbreviations`), a journal closed by a
    qualifier in parentheses whose stops end no title (PubMed's full title `Example
    (London, Eng.)`),
    and a title whose stop sits inside its closing quote (a comment on an article:
    `Comment on “Title.” Journal`)."""
    if (_ABBREVIATED.fullmatch(head) and not _WHOLE_WORD_TITLE.match(head)) or (
        "." in head and listed_abbreviations(head)
    ):
        return "", head  # ACS: `Authors. J. Widg. Sci. 2006, 265, 147.`
    qualifier = head.rfind(" (") if head.endswith(")") else -1
    if qualifier > 0 and "." in head[qualifier:]:
        title, container = split_quoted(head[:qualifier])
        if container:
            return title, container + head[qualifier:]
    return split_quoted(head)


def split_quoted(head: str) -> tuple[str, str]:
    """`split_title_container`, else at the last stop inside a closing quote whose
    opening mark the title holds (a fragment's stray closing quote splits nothing)."""
    title, container = split_title_container(head)
    if container or ("”" not in head and '"' not in head and "’" not in head):
        return title, container
    stops = list(_QUOTE_STOP.finditer(head))
    if not stops:
        return title, container
    at, end = stops[-1].span()  # the last stop and its quote
    if _OPENING[head[at + 1]] not in head[:at]:
        return title, container
    return head[: at + 2].strip(), head[end:].strip()


def numbered_house(rest: str, head: str, fields: dict[str, Any]) -> bool:
    """A house whose name closes with a number (`Title. Lisboa: Edições 70.`, `Paris:
    Éditions 10`), read as a volume after `Place: Name`: the book's imprint when the
    place before the colon is one the lexicon names and nothing but the number (three
    figures at most) follows the name, a journal printing no city and colon before its
    own name. Says whether `fields` took title, place and publisher."""
    number = rest[len(head) :].strip(" .")
    stop = head.rfind(". ")
    if stop < 1 or not (number.isdigit() and len(number) <= 3) or rest[len(head)] != " ":
        return False
    place, colon, house = head[stop + 2 :].partition(": ")
    if not colon or not is_place(place) or not house[:1].isupper() or house.count(" ") > 3:
        return False
    if any(char.isdigit() or char in ".,;:()" for char in house):
        return False
    if _PERIODICAL_HINT.search(house) or PERIODICAL_WORD.search(house):
        return False  # `London: Widget Review 12`: a journal's volume
    if _NO_HOUSE_WORD.search(house):
        return False  # `London: Widget Times 12`: a newspaper's
    fields.update(title=head[:stop], place=place, publisher=f"{house} {number}", kind=Kind.BOOK)
    return True


def located_imprint(rest: str, found: tuple[str, dict[str, Any]], fields: dict[str, Any]) -> bool:
    """`Title. Place: Publisher, 2004, pp. 203–24` (NLM's `Place: Publisher; 2002. p.
    15–20`): a locator of pages read after a place and its colon ends a book's imprint,
    not a journal's (a journal prints a volume or an issue), so the source after the
    title is read as one. A year alone is `journal_or_book`'s; a title holding a stop may
    be split wrongly, and CJK imprints are GB/T 7714's. Says whether the title and
    imprint were stored."""
    head, locator = found
    if "volume" in locator or "issue" in locator or locator.keys() == {"year"}:
        return False
    if ":" not in head and "; " in head:  # `Title, Publisher; City, 2011. 61-97`
        turned = house_city(head)
        if turned is None:
            return False
        rest, head = turned + rest[len(head) :], turned
    if ":" not in head or "ublished" in rest or _CJK.search(rest):
        return False  # AMA's `Journal. Published online July 7, 2016` is a date
    title, container = split_title_container(head)
    if not container or "." in title.rstrip(".") or not PLACE_COLON.match(container):
        whole = (title, container) if city_imprint(container) else ("", "")
        sentence = imprint_sentence(head, fields)
        title, container = sentence if sentence[1] else whole
        if not container:
            return False
    if not imprint_fields(container + rest[len(head) :], fields):
        fields.pop("edition", None)
        return False
    edition = _TITLE_EDITION.search(title) if title.endswith((")", ").")) else None
    if edition:  # `Title (2nd edition). Place: Publisher, 2004, pp. 203–24`
        title, fields["edition"] = title[: edition.start()], edition.group(1)
    fields["title"] = title
    return True


# A city after a house's `;`: up to four capitalised words of any script (`İstanbul`).
_HOUSE_CITY = re.compile(r"(?=[^\W\d_])[^\W\da-z_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}")


def house_city(head: str) -> str | None:
    """`head` ending in Turkish Vancouver lists' book imprint, `Publisher; City` (`Title,
    Example Tıp Kitabevleri; İstanbul`, `Title. Example Yayınevi; Ankara`), in NLM's
    order, `Title. City: Publisher`, which `located_imprint` reads; the title ends at the
    comma or stop before the house. None unless the name before the `;` says it is a
    house (`looks_imprint`) and a city's name alone follows it."""
    at = head.rfind("; ")
    city = head[at + 2 :].strip(" .,")
    if not _HOUSE_CITY.fullmatch(city):
        return None
    start = max(head.rfind(". ", 0, at), head.rfind(", ", 0, at))
    house = head[start + 2 : at]
    if start < 1 or not looks_imprint(house) or ";" in house:
        return None
    return f"{head[:start]}. {city}: {house}"


_SENTENCE_STOP = re.compile(r"[.?!]\s+")
# A city as imprints print it, before its colon: up to four capitalised words, a region
# after a comma (`Philadelphia, PA`, `Upper Saddle River, N.J.`); no sentence's words.
# A word's stop and the space after it (an initial's, `A. Knopf`, is no sentence's end).
_WORD_STOP = re.compile(r"[a-z]{2}\.\s")
_IMPRINT_PLACE = re.compile(r"[A-Z][a-z][\w'’-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}")


_EDS_WORD = re.compile(r"\b[Ee]ds?\.")


def city_imprint(container: str) -> bool:
    """Whether the last sentence of a head is a city's imprint (`Geneva, Switzerland:
    Example Organisation`): a place `_IMPRINT_PLACE` reads before the colon and no
    sentence after it; the title before it may then hold stops of its own (NLM's report:
    `Title: Subtitle. Series 2013 Report. Place: Publisher; 2013. p. 1-39.`)."""
    colon = container.find(":")
    if colon < 1 or not _IMPRINT_PLACE.fullmatch(container, 0, colon):
        return False
    if _WORD_STOP.search(container, 0, colon) or _EDS_WORD.search(container, 0, colon):
        return False  # `Other, Eds. London:`, `Other, Ed.London:`: no city's words
    return _WORD_STOP.search(container, colon) is None and bool(container[colon + 1 :].strip())


def imprint_sentence(head: str, fields: dict[str, Any]) -> tuple[str, str]:
    """NLM's book, its edition a sentence between title and imprint, or its publisher's
    name holding an initial (`Title. 12th ed. Place, ST: Neil M.Davis Associates`): the
    title ends at its first stop when a place and its colon follow it (after an edition,
    which goes to `fields`); ("", "") otherwise."""
    stop = _SENTENCE_STOP.search(head)
    if stop is None:
        return "", ""
    after = head[stop.end() :]
    edition = _EDITION.match(after) if after[:1].isdigit() else None
    if edition:
        after = after[edition.end() :]
    colon = after.find(":")
    if colon < 0 or not _IMPRINT_PLACE.fullmatch(after, 0, colon):
        return "", ""
    if _WORD_STOP.search(after, colon, len(after)):
        return "", ""  # a sentence after the colon (a subtitle's), no publisher's name
    if edition:
        fields["edition"] = edition.group(1)
    return head[: stop.start() + 1], after


# German months, as a date inside a title prints them after the day's ordinal stop
# (`seit dem 1. Januar 1999`, `vom 3. Oktober`); a month before a colon is a place's name.
_GERMAN_MONTH = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
    r"Dezember)\b(?!\s*:)"
)


def ordinal_day(rest: str, stop: re.Match[str]) -> bool:
    """Whether the stop `stop` found closes a day's ordinal (one or two figures after a
    space) and a German month's name follows it: a date inside a German title, no
    title's end."""
    at = stop.start() - 1  # the stop's own character
    day = rest[max(0, at - 3) : at]
    return (
        day[-1:].isdigit()
        and (day[-2:-1] == " " or (day[-2:-1].isdigit() and day[-3:-2] == " "))
        and _GERMAN_MONTH.match(rest, stop.end()) is not None
    )


def title_then_source(rest: str, fields: dict[str, Any], dated: bool = False) -> dict[str, Any]:
    """`Title. Place: Publisher; YEAR` and other non-journal shapes: the title ends at the
    first stop (or ` [`, ` (`) and what follows is read as a source."""
    stop = medium_end(rest) or _TITLE_END.search(rest)
    while stop and rest[stop.start() - 1 : stop.start()] == "." and ordinal_day(rest, stop):
        stop = _TITLE_END.search(rest, stop.end())  # `seit dem 1. Januar 1999`: a date's
    if not stop:
        # Harvard's book with no stop after its title: `Title, Publisher, Place.`, `Title,
        # Place: Publisher`
        if not (
            dated
            and ", " in rest
            and (
                publisher_place(rest, fields)
                or comma_imprint(rest, fields)
                or place_then_house(rest, fields)
                or title_city(rest, fields)
                or hangul_book(rest, fields)
            )
        ):
            fields["title"] = rest
        return fields
    start, end = stop.span()
    colon = rest.rfind(": ", 0, start) if rest[start] == ";" else -1
    if colon > 0 and colon_publisher(rest[colon + 2 : start]):
        # Google Scholar's book: `Title: Subtitle: Publisher; 2004.`
        fields["title"] = rest[:colon]
        fill_source(rest[colon + 2 :].strip(), fields, dated)
        return fields
    if dated and rest[start - 4 : start - 2] == ", " and publisher_place(rest, fields):
        return fields  # Harvard: `Title, D. Example, Place.`, a publisher's initial
    if dated and rest[start - 1 : start] in ("?", "!"):
        start, end = question_subtitle(rest, start, end)
    elif (
        dated
        and rest[start - 1 : start] == "."
        and (": " in rest or ", " in rest or "? " in rest or ". " in rest[end:])
    ):
        start, end = stop_subtitle(rest, start, end)
    fields["title"] = rest[:start]
    fill_source(rest[end:].strip(), fields, dated)  # a genre is its to take
    return fields


# What opens or names a sentence that is no subtitle: a host's `In`, an edition, editors,
# a series, report or thesis, a volume.
_NO_SUBTITLE = re.compile(
    r"^(?:In|Dans|En|Im)\b|\bedn?\Z|\b(?:[Ee]ds?\.|[Ee]dn?\.|[Ee]dition|[Vv]ol\.|[Ss]eries|[Rr]eport|"
    r"[Pp]aper|[Tt]hesis|[Dd]issertation|[Tt]h[eè]se|[Tt]esis|[Tt]ese\b|[Dd]isserta[çc][ãa]o|"
    r"tezi\b|Diss\.|Hrsg\.|Aufl)"
)


def stop_subtitle(rest: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the stop that ends an author-year book's title: the next one when
    one sentence (a subtitle, printed after a stop as French, Spanish and German titles
    are) parts the first stop from a closing `Place: Publisher` (APA 6: `Title.
    Subtitle. Madrid: Publisher.`) or APA 7's publisher alone (`Title. Subtitle?
    Example Press.`); a book's imprint follows its title, no container.
    (`start`, `end`) when no subtitle can be: a digit, an edition, a host's `In`."""
    stop = _SENTENCE_STOP.search(rest, end)
    if stop is None and rest.count(", ", end) >= 2 and subtitle_place_house(rest[end:]):
        at = rest.rfind(", ", end, rest.rfind(", "))  # `Title. Subtitle, Place, House.`
        return at, at + 2
    if stop is None or _SENTENCE_STOP.search(rest, stop.end()) is not None:
        return start, end
    sentence, last = rest[end : stop.start()], rest[stop.end() :].rstrip(" .")
    if not sentence[:1].isupper() or " " not in sentence or _NO_SUBTITLE.search(sentence):
        return start, end
    if any(char.isdigit() for char in sentence):
        return start, end
    if not (city_imprint(last) or city_comma_name(last) or house_alone(last)):
        return start, end  # `Madrid: Publisher`, or French's `Paris, Publisher`
    return stop.start() + (rest[stop.start()] in "?!"), stop.end()  # a question keeps its mark


# A publishing house's own word or name (no body's: an association or a ministry may be
# a web page's site as well as a report's publisher). An English house's word closes its
# name, a company's word after it at most (`Example Press`, `Example Verlag GmbH`, not
# `Example Publishing Blog`).
_HOUSE_NAME = re.compile(
    r"\b(?:(?:Press|Publish\w*|Books|Verlag)(?:\s+(?:Ltd|Inc|LLC|GmbH|AG|Co|Company|Group|House))?$|"
    r"[ÉE]ditions|Ediciones|Editora|Edizioni|Springer|"
    r"Wiley|Routledge|Elsevier|Sage|Pearson|Macmillan|Palgrave|Blackwell|Kluwer|Longman|"
    r"McGraw-Hill|Prentice[ -]Hall|Addison-Wesley|Cengage|Guilford|Erlbaum|Jossey-Bass|"
    r"Norton|Penguin|Wadsworth|Polity|Verso|Emerald|De Gruyter|Taylor\s*&\s*Francis)\b"
)


# A periodical's or a site's word: `Sage Open`, `Example Blog` and `The Example Review
# of Books` are where a text appeared, no house that printed a book (a house's own word
# closing the name overrides it: `Example Review Press`).
_PERIODICAL_NAME = re.compile(
    r"\b(?:Review|Journal|Open|Blog|Weekly|Magazine|Times|Quarterly|News)\b(?!.*\b(?:Press|Publish\w*)$)"
)


def house_alone(text: str) -> bool:
    """Whether `text` is APA 7's publisher alone, no place (`Example Press`): a name a
    house's word or name (`_HOUSE_NAME`) says is one, with no colon or comma, and no
    periodical's or site's word (`_PERIODICAL_NAME`)."""
    if len(text) >= 60 or ":" in text or "," in text or not _HOUSE_NAME.search(text):
        return False
    return _PERIODICAL_NAME.search(text) is None


def city_comma_name(text: str) -> bool:
    """Whether `text` is French and Spanish lists' `City, Publisher` (`Paris, Éditions
    Exemple`): a city imprints name most (`IMPRINT_CITIES`), then a name that is no
    country or state code (`Paris, France` is a place alone)."""
    city, _, name = text.partition(", ")
    return (
        city in IMPRINT_CITIES
        and bool(name)
        and name not in _COUNTRIES
        and name not in _FOREIGN_REGIONS
        and name not in IMPRINT_CITIES
        and _STATE_CODE.fullmatch(name) is None
    )


# Countries and regions as French, German, Spanish and Italian lists print them after a
# city (`Genève, Suisse`, `Wien, Österreich`, `München, Bayern`), Australian and
# Canadian states (`Sydney, NSW`, `London, Ontario`) and German's river (`Frankfurt,
# Main`): a place alone, no `City, Publisher`.
_FOREIGN_REGIONS = frozenset((
    "Suisse", "Schweiz", "Svizzera", "Suiza", "Österreich", "Autriche", "Belgique",
    "België", "Belgien", "Bélgica", "Allemagne", "Alemania", "Germania", "Kanada", "Canadá",
    "Frankreich", "Francia", "Espagne", "Spanien", "Italie", "Italien", "Angleterre",
    "Inglaterra", "Royaume-Uni", "Reino Unido", "États-Unis", "Etats-Unis",
    "Estados Unidos", "Pays-Bas", "Niederlande", "Nederland", "Países Bajos", "Suède",
    "Schweden", "Suecia", "Japon", "Chine", "Brésil", "Mexique", "México", "Perú",
    "Argentine", "Colombie", "Chili", "Portugal", "Luxemburg", "Bayern", "Bavière",
    "Sachsen", "Hessen", "Niedersachsen", "Baden-Württemberg", "Nordrhein-Westfalen",
    "Tirol", "Catalunya", "Cataluña", "Andalucía", "Galicia", "Île-de-France", "Bretagne",
    "Provence", "Wallonie", "Flandre", "Vlaanderen", "Québec", "Quebec", "Ontario",
    "Alberta", "Manitoba", "Nova Scotia", "NSW", "VIC", "QLD", "Main",
))  # fmt: skip


def colon_publisher(name: str) -> bool:
    """Whether `name`, after a title's last colon and before NLM's `; YEAR`, is a
    publisher, as Google Scholar's Vancouver prints a book (`Title: Example Press;
    2004.`): a publisher's word or a house's bare name, no sentence (a subtitle's
    words are mostly lower-case) and no periodical's word."""
    if not name[:1].isupper() or len(name) > 60 or _NOT_PUBLISHER.search(name):
        return False
    if "." in name.rstrip("."):  # a sentence's stop (`An Update.Example Books`): a subtitle's
        return False
    return bool(_PUBLISHER_WORD_NAMES.search(name) or _BARE_PUBLISHER.search(name)) or (
        looks_imprint(name) and _CAPITALISED_NAME.fullmatch(name.title()) is not None
    )


def medium_end(rest: str) -> re.Match[str] | None:
    """NLM's `[Internet]` tag where a book's title ends, whatever stops the title holds
    (`Title. Supplement: Part [Internet]. Place: Publisher; 2001`): only before a place
    and its colon, since a journal or a web page's site may follow the tag too."""
    tag = _MEDIUM_END.search(rest) if " [Internet]" in rest else None
    return tag if tag and PLACE_COLON.match(rest[tag.end() :]) else None


def question_subtitle(rest: str, start: int, end: int) -> tuple[int, int]:
    """Where the title ends when its first stop is a question's (APA: `Are widgets harder
    to turn? Effects of gears on speed. Example Journal.`): at the next full stop when a
    capitalised sentence follows the question and a source follows that sentence, since
    the caller read the year after the authors and a source without its date is one
    sentence; the question's span (`start`, `end`) otherwise, as when an edition, a
    thesis or the source itself follows it."""
    after = rest[end:]
    if not after[:1].isupper() or _GENRE.match(after):
        return start, end
    full = after.find(". ")
    if full < 0 or not after[full + 2 :].strip(" ."):
        return start, end
    return end + full + 1, end + full + 2


def source_prefix(rest: str, fields: dict[str, Any]) -> tuple[str, bool]:
    """Drop a genre (`[PhD thesis]`) or an edition (`(2nd ed.)`) before the source, and
    say whether the genre was a thesis (its source is then the university, an imprint)."""
    rest = rest.strip(" .,\n\t\r")  # a line break may lead (`Title\n[PhD thesis]. …`)
    if rest[:1] in "TECП":  # Chicago: `Translated by Ann Example. Place: Publisher.`
        contributors = _CONTRIBUTORS.match(rest)
        if contributors:
            rest = rest[contributors.end() :]
    genre = _GENRE.match(rest)
    thesis = False
    if genre:  # a medium (`[Internet]`, `Preprint`) is dropped too, but says no kind
        rest = rest[genre.end() :].strip(" .,")
        thesis = _THESIS_WORD.search(genre.group()) is not None
    if thesis:
        fields["kind"] = Kind.THESIS
    report = _REPORT_LEAD.match(rest) if "eport" in rest[:30] else None
    if report:  # Harvard: `Title. Research report, Example Trust. URL`
        rest = rest[report.end() :]
        fields["kind"] = Kind.REPORT
        if _CAPITALISED_NAME.fullmatch(rest.rstrip(" .")):  # the issuer alone
            fields["publisher"] = rest.rstrip(" .")
            return "", thesis
    volume = _PAREN_VOLUME.match(rest) if rest[:1] == "(" else None
    if volume:  # APA: `Title (Vol. 2). Publisher.`, `Title (5th ed., Vol. 1). Publisher.`
        if volume["edition"]:
            fields["edition"] = volume["edition"]
        fields["volume"] = volume["volume"]
        return rest[volume.end() :], thesis
    edition = _EDITION.match(rest)
    if edition:  # APA: `Title (2nd ed.). Publisher.`
        fields["edition"] = edition.group(1)
        rest = rest[edition.end() :]
    return rest, thesis


# The volume's word closing a host book's name, where `parts.host` took its stop for the
# book's end (the number and the rest of the locator follow it); German lists' `Bd.` and
# `Band` too (`In: Roe M (Hrsg) Handbuch, Bd. 2. Verlag, Berlin, S 12–40`).
_HOST_VOLUME = re.compile(r",\s*(?:[Vv]ol|Bd|Band)\.?(?:\s*(?P<number>\d+))?\Z")
_LEADING_ROMAN = re.compile(r"(?P<number>[IVXLC]{1,6})[.,]\s+(?=[A-Z])")
_LEADING_HOST_VOLUME = re.compile(r"vol\. (?P<number>\d+)\b[,.]?\s*")
# A series' number after a host book, its abbreviated word left on the book's name by the
# stop `parts.host` ended it at (`Book, Publ. no. 269, Publisher`, `Book, Spec. Publ. No.
# 12, Publisher`).
_SERIES_AFTER_HOST = re.compile(r"[Nn]o\.\s*\d[\w./-]*,\s*(?=[A-Z])")
_SERIES_WORD = re.compile(r",\s*(?:[A-Z][a-z]{1,6}\.?\s+){0,2}[A-Z][a-z]{1,6}\Z")


# French lists print `Dans` for `In`, before the editors and their `(dir.)` (`directeur`)
# or `(éd.)`: `Titre. Dans A. Editor (dir.) : Livre. Lieu : Éditeur.`
_DANS_EDITORS = re.compile(r"Dans\s+[^()]{2,120}\((?:[Dd]ir|[Éé]ds?|[Ee]ds?)\.\)")


def french_host(rest: str) -> bool:
    """Whether `rest` opens with French's host book (`_DANS_EDITORS`)."""
    return rest[:5] == "Dans " and _DANS_EDITORS.match(rest) is not None


def in_journal(rest: str) -> tuple[str, dict[str, Any]] | None:
    """German lists print `In:` before a journal as before a book (`Titel. In:
    Zeitschrift 34 (3), S. 4–19.`): a source of no editors and no imprint whose end reads
    as a journal's volume and pages is that journal and its locator, or None."""
    source = rest[3:].strip()
    if "(" in source.partition(")")[0] and _EDITORS_MARK.search(source):
        return None
    if ": " in source or "(Hrsg" in source:
        return None
    found = container_locator(source)
    if found is None or not {"volume", "pages"} <= found[1].keys() or not found[0].strip():
        return None
    return found


_EDITORS_MARK = re.compile(r"\((?:[Ee]ds?|[Ee]ditors?|Hrsg|Hg|[Dd]ir)\.?\)")


# A lower-case word other than `of`/`for` inside a publisher's name `_HOST_PUBLISHER`
# read: a title's words (`Book, Media and the Press, 1-9.`), not a house's (`University
# of Example Press`).
_TITLE_WORD = re.compile(r"\s(?!(?:of|for)\s)[a-z]")


# A figure alone closing a German host book's name (`In: Roe M (Hrsg) Innere Medizin 1.
# Verlag, Berlin, S 12–40`): the volume of a work in several, as German lists print it
# with no `Bd.`; one figure after a word of letters, two words at least before it (a
# name of one word and a figure is the name's: `Formel 1`).
_GERMAN_HOST_FIGURE = re.compile(r"(?<=[^\W\d_]{3})\s(?P<number>[1-9])\Z")


# An article opening the host book's name, no word of it (`Die Top 3` is one word and
# its figure, as `Formel 1`).
_HOST_ARTICLE = re.compile(r"\A(?:Der|Die|Das|Ein|Eine|The|A|An)\s")


def host_volume_word(fields: dict[str, Any]) -> bool:
    """Whether the host book's name read into `fields` may close with `_HOST_VOLUME`'s
    word (most do not: no search)."""
    container = fields["container"]
    return "ol" in container or "Bd" in container or "Band" in container


# A host book's second sentence before NLM's imprint (`Subtitle. Place: Publisher; 2007`):
# a sentence of words, then a place and its colon; `strong_place` says it is one.
# The sentence may be a subtitle when it holds a word of four letters or more in lower
# case after its first, as NLM prints a title's words (`Principles and applications`); a
# body's name in capitals (`The Cochrane Collaboration. London: Wiley; 2011.`, a
# publisher's parent) holds none. It is none when it names editors (their commas), an
# edition, a translation, a body or a state of publication (`Second edition`,
# `Translated from the German by …`, `Society for …`, `In press`).
_SENTENCE_WORD = re.compile(r"\s[a-zà-ÿ]{4,}")
_NOT_A_SUBTITLE = re.compile(
    r",|\b(?:[Ee]d(?:s|itors?|itores|ition|ición|ição|n)?|[Tt]ranslat\w*|[Tt]raducid\w*"
    r"|[Pp]ress|[Ss]ociety|[Aa]ssociation|[Ii]nstitute|[Uu]niversity|[Cc]ouncil|[Cc]ommittee"
    r"|[Pp]ublish\w*|[Rr]eprint\w*|[Vv]ersion|[Vv]ol(?:ume)?)\b"
)
_BOOK_SUBTITLE = re.compile(r"(?P<lead>[^.:;()\d]{3,150}?)\.\s+(?P<place>[^.:;()\d]{2,60}):\s")
# The host's `In:` as other languages print it: Polish `W:`, Spanish `En:`.
_FOREIGN_IN = ("W: ", "En: ")


def hosted_source(rest: str, fields: dict[str, Any]) -> str | None:
    """`In Book, 652–59. Publisher.`: the host book, then what is left to read (None when
    a locator after the book ends the entry)."""
    for mark in _FOREIGN_IN:  # Polish lists' `In:` (`W: Book. Red. …`), Spanish Vancouver's
        if rest.startswith(mark) and rest[len(mark) : len(mark) + 1].isupper():
            rest = f"In: {rest[len(mark) :]}"  # (`En: Roe A, editores. Libro. …`)
    if rest[:2].lower() != "in" and not french_host(rest):
        return rest
    if rest[2:3] == ":" and rest[3:4].isupper():  # `In:M. L. Editor, Book`: typed glued
        rest = f"In: {rest[3:]}"
    in_series = series_host(rest) if "ol" in rest else None
    if in_series is not None:  # LNCS: `In: Eds (eds.) Book, LNCS, vol. 9, pp. 1–13. Springer`
        fields.update(container=in_series[0], volume=in_series[1], kind=Kind.CHAPTER)
        rest = in_series[2]
        pages = _LEADING_PAGES.match(rest)
        if pages:
            fields.update(locator_fields(pages.group(1)))
            rest = rest[pages.end() :]
        return rest
    journal = in_journal(rest) if rest[:3] == "In:" else None
    if journal is not None:  # German: `In: Zeitschrift 34 (3), S. 4–19.`
        fields.update(journal[1], container=clean_container(journal[0]))
        return None
    german = "(Hrsg" in rest or "(Hg" in rest
    hosted = host(rest)
    if hosted is None:
        return rest
    fields["container"], rest, book_parts = hosted
    volume = _HOST_VOLUME.search(fields["container"]) if host_volume_word(fields) else None
    figure = _GERMAN_HOST_FIGURE.search(fields["container"]) if german and not volume else None
    if figure and " " in _HOST_ARTICLE.sub("", fields["container"][: figure.start()], 1):
        # `In: Roe M (Hrsg) Innere Medizin 1. Verlag, Berlin`: its first volume
        fields["container"] = fields["container"][: figure.start()]
        fields["volume"] = figure["number"]
    if volume and volume["number"]:  # Springer: `In: A (ed) Book, vol 2. Publisher, Place`
        fields["container"] = fields["container"][: volume.start()]
        fields["volume"] = volume["number"]
    elif volume:  # IEEE: `in Proc. Example Conf., vol. 3, 2003, pp. 6–9`: `vol.` ends no book
        fields["container"] = fields["container"][: volume.start()]
        roman = _LEADING_ROMAN.match(rest) if rest[:1] in "IVXLC" else None
        if rest[:1].isdigit():  # its number, unless `host` read it with the editors
            rest = f"vol. {rest}"
        elif roman:  # Elsevier: `In: Eds (Eds.), Book, vol. II. House, Place, pp.`: the
            # book's volume in Roman figures, which `host` cut at its stop
            fields["volume"] = roman["number"]
            rest = rest[roman.end() :]
    series = _SERIES_AFTER_HOST.match(rest) if rest[:3] in ("no.", "No.") else None
    word = _SERIES_WORD.search(fields["container"]) if series else None
    if series and word:  # Springer: `In: A (eds) Book, Publ. no. 269, Publisher, Place,
        # pp 11–17`: the series' abbreviated word and its number are no field's
        fields["container"] = fields["container"][: word.start()]
        rest = rest[series.end() :]
    fields.update(book_parts, kind=Kind.CHAPTER)
    book = None
    if fields["container"].count(", ") >= 2:
        book = comma_book(fields["container"], True) or placed_host(fields["container"])
    if book is not None:  # Elsevier: `in: A. Editor (Ed.), Book, Publisher, Place, 2017, pp.`
        fields.update(container=book[0], publisher=book[1], place=book[2])
    pages = _LEADING_PAGES.match(rest)
    house = _HOST_PUBLISHER.search(fields["container"]) if pages and book is None else None
    if house and not _TITLE_WORD.search(house[1]):
        # `In: A. Editor (ed.), Book, Example University Press, 209-231.`: no place
        fields.update(container=fields["container"][: house.start()], publisher=house[1])
    if pages:  # Chicago: `In Book, 652–59. Publisher.`
        fields.update(locator_fields(pages.group(1)))
        rest = rest[pages.end() :]
    located = read_locator(rest) if rest else None
    if located is not None:  # IEEE: `in Book, Apr. 1994, pp. 812–818.`
        fields.update(located)
        return None
    number = _LEADING_HOST_VOLUME.match(rest) if volume and not volume["number"] else None
    if number:  # no locator after the volume (`in Book, vol. 2, B. Roe, Ed. London: …`):
        # the volume is the book's, and the imprint follows it
        fields["volume"] = number["number"]
        rest = rest[number.end() :]
    return rest


# APA's chapter as the romanised lists of Russian journals print it, without its `In`:
# `Title. Book title (pp. 380–397). Place: Publisher.` The pages in parentheses after the
# book's title, then an imprint, say it is a host book.
_PAGED_BOOK = re.compile(rf"(?P<book>[^()]{{3,300}}?)\s+\(pp?\.\s*(?P<pages>{PAGES})\)\.\s+")


def paged_book(rest: str, fields: dict[str, Any]) -> bool:
    """A `_PAGED_BOOK` host and the imprint after it, read into `fields`; says whether."""
    book = _PAGED_BOOK.match(rest)
    pub = imprint(rest[book.end() :]) if book else None
    if book is None or pub is None or not pub.get("publisher"):
        return False
    store_imprint(pub, fields)
    fields.update(locator_fields(book["pages"]))
    fields.update(container=clean_container(book["book"]), kind=Kind.CHAPTER)
    return True


# PIER's proceedings: the pages, then the meeting's place (no field's), before its date:
# `PIERS Proceedings, 1356-1360, Suzhou, China, Sep. 12-16, 2011.`
_MEETING_PAGES = re.compile(
    r"(?P<book>[^,]+?(?:Proceedings|Proc\.|Conference|Symposium|Workshop)[^,]*),\s*"
    r"(?P<pages>\d+\s*[-–]\s*\d+),\s*[A-Z][^\d]*"
)


def meeting_pages(fields: dict[str, Any]) -> None:
    """A proceedings' pages and meeting place read with its name (`_MEETING_PAGES`): the
    name is the container, the pages are the pages."""
    meeting = _MEETING_PAGES.fullmatch(fields["container"])
    if meeting:
        fields["container"] = meeting["book"]
        fields.update(locator_fields(meeting["pages"]))


# A book's editors in a sentence of their own before its imprint, as Russian journals'
# romanised lists print them: `Title. Ed. by Doe A.B., Roe C.D. Moscow: Publisher; 2020.`
# The names end at the stop before the place and its colon.
_EDITED_BY = re.compile(r"(?:Ed\.|Eds\.|Edited)\s+by\s+[^:;]{2,200}?\.\s+(?=[A-Z][^.:;]{1,40}:\s)")


# A report's month after its imprint's year, as Korean lists print a date (`Place:
# Agency;2017. 12.`: December 2017).
_IMPRINT_MONTH = re.compile(rf";\s*{YEAR}(?P<month>\.\s*(?:0?[1-9]|1[0-2])\.?)$")


# The romanised lists of Russian journals print a book's imprint as its city alone, `;`,
# the year and its page count after a colon: `Moscow; 2002 : 408 p.` (no publisher).
_CITY_YEAR_COUNT = re.compile(
    rf"(?P<place>[A-Z][^\W\d_]+(?:[-–][A-Z][^\W\d_]+)?);\s*(?P<year>{YEAR})\s*:\s*\d{{1,5}}\s?[pс]\.?"
)


def city_locator(rest: str, fields: dict[str, Any]) -> bool:
    """The romanised lists of Russian journals' host: after its name the city it is
    published in, a stop, then the locator (`In : Collection [Translation]. Kharkiv.
    2015; 2 (43) : 123-128`): the city a place's name (`places.is_place`), what follows
    a locator. Says whether `fields` took them; a host's translated name in brackets
    (no field holds it) goes too."""
    city, _, later = rest.partition(". ")
    located = read_locator(later) if is_place(city) else None
    if located is None:
        return False
    fields.update(located, place=city)
    container = fields.get("container", "")
    bracket = container.rfind(" [")
    if bracket > 0 and container[-1:] == "]" and container.count(" ", bracket + 2) >= 2:
        fields["container"] = container[:bracket]
    return True


def imprint_month(rest: str) -> str:
    """`rest` without an `_IMPRINT_MONTH` closing an imprint (its last sentence opens with
    a place and its colon: `Title. Seoul: Agency;2017. 12.`), which the locator would
    read as a volume."""
    month = _IMPRINT_MONTH.search(rest, max(0, len(rest) - 16))
    if month is None:
        return rest
    sentence = rest[: month.start()].rpartition(". ")[2]
    return rest[: month.start("month")] if PLACE_COLON.match(sentence) else rest


def fill_source(rest: str, fields: dict[str, Any], dated: bool) -> None:
    """Whatever follows the title: a host book, a journal and locator, or an imprint;
    `dated`: the year was read already (author-year styles), so a locator holds none."""
    if rest[:1] == "[" and (apa_thesis(rest, fields) or diss_city(rest, fields)):
        return
    if rest[:1] == "(" and "; " in rest:
        rest = first_imprint(rest)
    elif "; " in rest and ": " in rest:  # ACS: `Publisher: City; Other: City, 1993`
        rest = _COPUBLISHED.sub(r"\g<first>, ", rest, count=1)
    if (rest[:1] in "[(" or ". [" in rest or ". (" in rest) and fields.get("title"):
        rest = stopped_translation(rest, fields)
    rest, thesis = source_prefix(rest, fields)
    after = _IMPRINT_EDITION.fullmatch(rest) if rest[:1] == "(" and "ed" in rest[-8:] else None
    if after:  # IET: `‘Title’, (Publisher 1993), 2nd edn.`
        fields["edition"] = after["edition"]
        rest = after["imprint"]
    editors = _EDITED_BY.match(rest) if rest[:3] in ("Ed.", "Eds", "Edi") else None
    if editors:  # no field holds a book's editors
        rest = rest[editors.end() :]
    if dated and "resented at" in rest[:40] and apa_presented(rest, fields):
        return
    day = _MONTH_DAY.match(rest) if dated and rest[:1].isupper() else None
    if day:  # Chicago's web page: `2016. “Title.” March 6. Site.`: the day, after the year
        rest = rest[day.end() :]
    city = _CITY_YEAR_COUNT.fullmatch(rest) if ";" in rest[:40] else None
    if city and is_place(city["place"]):  # `Moscow; 2002 : 408 p.`: a book's page count
        fields.update(place=city["place"], year=city["year"], kind=Kind.BOOK)
        return
    after_host = hosted_source(rest, fields) if rest else None
    if after_host is None:
        return
    if after_host != rest:  # a host book's editors or imprint may follow it
        place = place_alone(after_host) if after_host[:1].isupper() else ""
        if place:  # `In: A. Editor, Book, 253–281. London.`: a city alone, no publisher
            fields["place"] = place
            return
        if (
            after_host[:1].isupper()
            and ". " in after_host[:40]
            and city_locator(after_host, fields)
        ):
            return
        subtitle = _BOOK_SUBTITLE.match(after_host) if ": " in after_host else None
        if (
            subtitle
            and _SENTENCE_WORD.search(subtitle["lead"])
            and not _NOT_A_SUBTITLE.search(subtitle["lead"])
            and strong_place(subtitle["place"])
        ):
            # NLM: `In: Eds, editors. Book. Subtitle. Place: Publisher; 2007.`: `host` ends
            # the book at its first stop, so its second sentence was read as the place's
            fields["container"] = f"{fields['container']}. {subtitle['lead']}"
            after_host = after_host[subtitle.start("place") :]
        fill_imprint(after_host, fields)
        return
    if "(p" in rest and paged_book(rest, fields):
        return
    bare = _BARE_DATE.fullmatch(rest.rstrip(" .")) if rest[:1].isdigit() else None
    if bare:  # NLM's web page: `Title [Internet]. 2024 [cited …]`; Lancet's online date
        fields.setdefault("year", bare["year"])
        return
    if rest[:1].isdigit():  # BMC's book: `Title. 2006, Place: Publisher`
        rest = year_first(rest)
    worded = worded_date(rest) if rest[:1].isupper() and rest[-1:] in "0123456789.]" else None
    if worded:  # Chicago's web page or news story: `“Title.” July 27, 2002.`
        fields.setdefault("year", worded)
        return
    publisher = looks_imprint(rest) or named_imprint(rest)  # asked once for both uses below
    # a thesis's university, or what follows a book's edition, is an imprint
    book = thesis or "edition" in fields
    imprinted = book or publisher or (rest[:1] == "(" and rest[-1:] == ")")
    if publisher and ". " in rest and series_imprint(rest, fields):
        return
    if thesis and ", " in rest and thesis_school(rest.rstrip(" ."), fields):
        return
    if book:  # IEEE: `Title, 4th ed., A. Editor, Ed. Place: Publisher`
        rest = drop_editors(rest)
    places = _FIRST_PLACE.fullmatch(rest) if book and " " in rest else None
    if places:  # German: `Title, 9. Aufl., Berlin et al.` (`u. a.`): the first place only
        fields.update(place=places["place"], kind=Kind.BOOK)
        return
    if imprinted and imprint_fields(rest, fields):
        return
    if ": " in rest and body_city_region(rest, fields):
        return
    found = locate(rest, dated)
    if found and found[1].keys() == {"year"} and year_imprint(found[0], fields):
        fields.update(found[1])  # Springer, JSME: `“Title” Publisher, Place (2001).`
        return
    if found:
        fields.update(found[1])
        if located_house(found[0].strip(" .,;"), rest[len(found[0]) :], found[1], fields):
            return  # `Title. House, City, Region 1965`
        if found[0].strip(" .,"):
            fields["container"] = clean_container(found[0])
            split_imprint_tail(fields)
            if "pages" not in fields and ", " in fields["container"]:
                meeting_pages(fields)
            if thesis:
                university_place(fields)
        return
    if dated and "pp" in rest and counted_book(rest.strip(), fields):
        return
    if dated and ", " in rest and city_first(rest, fields):
        return  # before Springer's `Publisher, Place`, which `Madrid, Exemplo` would pass
    if dated and ", " in rest and name_place(rest.rstrip(" .")):
        # Springer's `Title. Publisher, Place (YEAR).` read after its year
        name, _, place = rest.rstrip(" .").rpartition(", ")
        fields.update(publisher=name, place=place, kind=Kind.BOOK)
        return
    if dated and rest.count(", ") == 2 and house_city_region(rest.rstrip(" ."), fields):
        return  # Harvard's `Title. House, Philadelphia, Pennsylvania.`
    if "o. " in rest and numbered_series(rest.rstrip(" ."), fields):
        return
    if thesis and ", " in rest and school_first(rest.rstrip(" ."), fields):
        return
    if dated and not publisher and place_alone(rest):
        # German: `Titel. Frankfurt a.M.`, `Titel. Berlin.`: a book's place, no publisher
        fields.update(place=place_alone(rest), kind=Kind.BOOK)
        return
    if not publisher:
        if not year_span(rest.rstrip(" ,.")):  # NLM: `Title. 1975–2008, URL`: the title's
            fields["container"] = clean_container(rest)  # period, no container
        return
    fill_imprint(rest, fields)


# A newspaper's, an event's or an unpublished work's word, which names no house before
# a city and its region (`The Widget Times, London, England`, `Widget Summit, Boston,
# Massachusetts`, `Unpublished Report, Boston, Massachusetts`).
_NO_HOUSE_WORD = re.compile(
    rf"\b(?:{_NEWSPAPER_WORDS}|Weekly|Monthly|Telegraph|Guardian|"
    r"Summit|Expo|Festival|Convention|Lecture|Seminar|Colloquium|Unpublished|Manuscript)\b"
)


# MDPI's and ACS's imprint of a body with a long name, then its city and the city's
# country or state, then the year (`Title; Example Organization of the United Nations:
# Rome, Italy, 2023.`): longer than `parts.PLACE_COLON` takes for a place. The name's
# class holds no colon, so its lazy run ends at the first one.
_BODY_CITY_REGION = re.compile(
    rf"(?P<publisher>[A-Z][^.:;()\d]{{2,80}}?):\s+(?P<city>[A-Z][^,.:;()\d]{{1,30}}),\s+"
    rf"(?P<region>[A-Z][^,.:;()\d]{{1,30}})(?:,\s*(?P<year>{YEAR})[a-z]?)?\.?"
)


def body_city_region(rest: str, fields: dict[str, Any]) -> bool:
    """`_BODY_CITY_REGION` read into `fields` as a report's or a book's imprint, when the
    city is one (`places.known_city`), the region a state or country (`region_piece`,
    `places.is_place`) and the name before the colon no place (NLM's `Place: Publisher`
    is read elsewhere) and no periodical's. Says whether it was."""
    body = _BODY_CITY_REGION.fullmatch(rest.rstrip())
    if body is None or not known_city(body["city"]) or known_city(body["publisher"]):
        return False
    region = body["region"]
    if not (region_piece(region) or is_place(region)) or _NOT_PUBLISHER.search(body["publisher"]):
        return False
    fields.update(publisher=body["publisher"], place=f"{body['city']}, {region}")
    if body["year"]:
        fields.setdefault("year", body["year"])
    return True


def house_city_region(source: str, fields: dict[str, Any]) -> bool:
    """Harvard's imprint of a house, its city and the city's state or country (`Davies,
    Philadelphia, Pennsylvania`, `Example, Toronto, Canada`): the last two pieces places
    the lexicon names, the first a capitalised name (`publisher_then_place`) with no
    journal's, newspaper's or event's marks (`_NO_HOUSE_WORD`) that names no place
    itself. Says whether `fields` took them. The region may be a state's code or a cut
    (`region_piece`: `WB Example, Philadelphia, PA`) after a city the lexicon names: no
    house's name is a code of capitals, and a journal's name is kept out as for any house."""
    house, city, region = source.split(", ")
    regional = is_place(region) or region_piece(region)
    if not (is_place(city) and regional) or is_place(house):
        return False
    if not publisher_then_place(house, city) or _PERIODICAL_HINT.search(house):
        return False
    if _NO_HOUSE_WORD.search(house):
        return False
    fields.update(publisher=house, place=f"{city}, {region}", kind=Kind.BOOK)
    return True


# A month after the year a newspaper's date prints (`Example Free Press, Burlington,
# Vermont; 2001 Mar 3. A1.`), no book's imprint.
_DATED_DAY = re.compile(rf"\b(?:{MONTH_NAMES})\b")


def news_locator(after: str, locator: dict[str, Any]) -> bool:
    """Whether the locator text `after` a house, town and region is a newspaper's: a
    month or a day after the year (`_DATED_DAY`), or a section's page (`A1`, `B12`), which
    `house_town_region` leaves to the container (`The Example Press, Burlington, Vermont;
    2001 Mar 3. A1.`)."""
    if _DATED_DAY.search(after):
        return True
    return str(locator.get("first_page", ""))[:1].isalpha()


def located_house(source: str, after: str, locator: dict[str, Any], fields: dict[str, Any]) -> bool:
    """`house_town_region` for a source of three pieces read as a journal before a book's
    locator (a year, a cited page) that is no newspaper's (`news_locator`, with the text
    `after` the source): `Title. House, City, Region; 2001. 2-5.`, `…, Region 1965`. Says
    whether `fields` took the imprint."""
    return (
        source.count(", ") == 2
        and locator.keys() <= _BOOK_LOCATOR
        and not news_locator(after, locator)
        and house_town_region(source, fields)
    )


# A house's own word closing its name, which a town too small for the place lexicon may
# follow (`Example Books, Hamden, Connecticut`).
_TOWN_HOUSE = re.compile(r"\b(?:Press|Publish\w*|Books|Verlag|Company|Inc|Ltd)\.?\Z")


def house_town_region(source: str, fields: dict[str, Any]) -> bool:
    """A book's imprint of a house, its town and the town's state or country before a
    year or a cited page (`Example Company, Philadelphia, Pennsylvania; 2001. 2-5.`,
    `Example Books, Hamden, Connecticut 1965`), read as a journal: `house_city_region`'s
    reading, whose city the place lexicon names; a town too small for it (cities of
    100,000 and more) is taken when the region is a state or country the lexicon names and
    the house's own words say it is one (`Press`, `Books`, `Company`: `_HOUSE_WORDS`).
    Says whether `fields` took them."""
    if house_city_region(source, fields):
        return True
    house, town, region = source.split(", ")
    if not is_place(region) or not _CITY.fullmatch(town) or is_place(house):
        return False
    if not _TOWN_HOUSE.search(house) or not named_house(house) or _PERIODICAL_HINT.search(house):
        return False
    fields.update(publisher=house, place=f"{town}, {region}", kind=Kind.BOOK)
    return True


# A report's series and its number before the publisher and place (Springer, Harvard:
# `Title. Example Irrigation Paper No. 56, Example Agency, Rome`, `Report no. 15, Example
# Institute, Example Centre, Oxford`).
_SERIES_NUMBER = re.compile(r"\s(?:[Nn]o|[Nn]r)\.\s*\d[\w./-]*,\s+")


def numbered_series(rest: str, fields: dict[str, Any]) -> bool:
    """A `_SERIES_NUMBER` followed by a publisher and a place (`publisher_then_place`): the
    series is no field's, the rest the imprint. Says whether it was read."""
    number = _SERIES_NUMBER.search(rest)
    tail = rest[number.end() :] if number else ""
    publisher, comma, place = tail.rpartition(", ")
    if not comma or publisher.count(", ") > 1 or _PERIODICAL_HINT.search(publisher):
        return False  # a publisher of two parts at most (`Institute, Example Centre`)
    if not all(publisher_then_place(part, place) for part in publisher.split(", ")):
        return False
    fields.update(publisher=publisher, place=place, kind=Kind.REPORT)
    return True


# Chicago's month and day of a web page or a news story, printed after the title when
# the year follows the names: `Example Group. 2016. “Title.” March 6. Example Site.`
_MONTH_DAY = re.compile(rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\.\s+(?=[A-Z])")


# AIP's and APS's book read in its original and its translation, two imprints in one
# parenthesis: `Title (Example Nauka, Moscow, 1979; Example-Verlag, Berlin, 1984)`.
_TWO_IMPRINTS = re.compile(
    rf"\((?P<first>[^();]+,\s*{YEAR})\s*;\s*[^();]+,\s*{YEAR}\)(?P<end>(?:,\s*pp?\.\s*{PAGES})?\.?)"
)


# ACS's book published by two houses, each with its city (`Example Societies: Tokyo;
# EXO: Boca Raton, FL, 1993`): the first is read (as the guides label it), and the year
# follows it.
_COPUBLISHED = re.compile(
    rf"(?P<first>\b[A-Z][^:;.]{{1,60}}:\s*[A-Z][^:;,\d]{{1,40}});\s*[A-Z][^:;]{{1,60}}:\s*"
    rf"[^:;\d]{{2,40}}?,\s*(?={YEAR})"
)


def first_imprint(rest: str) -> str:
    """`rest` with only the first of `_TWO_IMPRINTS` (the original's, as the guides label
    the book), or `rest` as it is."""
    two = _TWO_IMPRINTS.fullmatch(rest.rstrip())
    return f"({two['first']}){two['end']}" if two else rest


_MONTH_ALONE = re.compile(rf"(?:{MONTH_NAMES})\.?", re.IGNORECASE)


def year_imprint(head: str, fields: dict[str, Any]) -> bool:
    """A source of a publisher and a place (`name_place`) before a year alone, read into
    `fields` as a book's imprint (Springer's `Title. Publisher, Place (1988)`, after a
    quoted title too). Says whether it was."""
    source = head.strip(" .,")
    if ", " not in source:
        return house_year(source, fields)
    if ("aper" in source or "eport" in source) and numbered_report(source, fields):
        return True
    if not name_place(source):
        return False
    name, _, place = source.rpartition(", ")
    if _MONTH_ALONE.fullmatch(place):  # a date's month (`Agency, Mar. 2025`), no place
        return False
    fields.update(publisher=name, place=place, kind=Kind.BOOK)
    return True


# A report's series and number leading its source before the publisher and place (SAE:
# `SAE Technical Paper #930417, SAE, Warrendale, PA (2003)`; `Technical Report No. 12,
# Example Agency, Springfield, IL (2002)`): no field holds the series or its number.
_NUMBERED_REPORT = re.compile(
    r"[^,]*?\b(?:Paper|Report)\s*(?:#\s?|[Nn]o\.\s*|[Nn]r\.\s*)?\d[\w./-]*,\s+"
)


def numbered_report(source: str, fields: dict[str, Any]) -> bool:
    """A `_NUMBERED_REPORT` then a publisher of one part and its place (with its state:
    `Warrendale, PA`), as `publisher_then_place` reads them, into `fields`. Says whether
    it was read."""
    lead = _NUMBERED_REPORT.match(source)
    if lead is None:
        return False
    publisher, comma, place = source[lead.end() :].partition(", ")
    if not comma or not publisher_then_place(publisher, place):
        return False
    fields.update(publisher=publisher, place=place, kind=Kind.REPORT)
    return True


# A house's name alone before a book's year (PIER, IEEE and others quote a book's title:
# `"Title," Wiley, 2004.`, `Title, Example Press, 2001.`): a house that prints under its
# bare name, or a name a press's word ends.
HOUSE_WORD = re.compile(r"\b(?:Press|Publishers|Publishing|Books|Verlag)$")


_BODY_WORDS = frozenset(
    (
        "Government", "Department", "Ministry", "Agency", "Bureau", "Council", "Commission",
        "Center", "Centre", "Foundation", "Organisation", "Organization",
    )
)  # fmt: skip


def house_year(source: str, fields: dict[str, Any]) -> bool:
    """`source`, a name before a year alone, read as the publisher when a house's name
    (`HOUSE_WORD`, `_BARE_PUBLISHER` but a public body's word) of a few words no
    journal's marks are in."""
    if source.count(" ") > 6 or not _CAPITALISED_NAME.fullmatch(source):
        return False  # a title's sentence or words before it
    bare = _BARE_PUBLISHER.search(source)
    if bare and bare.group(0) in _BODY_WORDS:  # IEEE: `“Title,” Example Agency, 2004.`
        return False  # is a web page and its site
    if not (HOUSE_WORD.search(source) or bare):
        return False
    if _PERIODICAL_HINT.search(source) or _NOT_PUBLISHER.search(source):
        return False
    fields.update(publisher=source, kind=Kind.BOOK)
    return True


# A book's first place of publication and the mark that others follow (German lists:
# `Berlin et al.`, `Berlin u. a.`), no publisher named.
_FIRST_PLACE = re.compile(
    r"(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)\s+(?:et\s+al|u\.\s?a)\.?\s*"
)


# A web page's or a news story's date alone where a source would be: Chicago's `July 27,
# 2002` after a quoted title, a page's `Last modified December 2, 2017`, NLM's `September
# 2017 [internet publication]`; the month's name first (`_BARE_DATE` reads NLM's year
# first).
_WORDED_DATE = re.compile(
    rf"(?:(?:Last\s+(?:modified|updated)|Modified|Updated)\s+)?(?:{MONTH_NAMES})\.?\s+(?:\d{{1,2}},?\s+)?"
    rf"(?P<year>{YEAR})(?:\s+\[[a-z][a-z ]{{2,30}}\])?"
)


def worded_date(rest: str) -> str | None:
    """The year of a `_WORDED_DATE` that is all of `rest`, or None."""
    date = _WORDED_DATE.fullmatch(rest.rstrip(" ."))
    return date["year"] if date else None


# NLM's publisher alone before the year (`Title. Example Agency; 2020.`, the place left
# out): a journal is dated after its stop (`Journal. 2020;`), never after a `;`.
_NAME_YEAR = re.compile(rf"(?P<name>[^;:.\d]{{2,80}});\s*{YEAR}[a-z]?\.?")


def named_imprint(rest: str) -> bool:
    """Whether `rest` is `_NAME_YEAR` whose name is a publisher's, not a journal's: no
    abbreviated word of a journal's (`ABBREVIATIONS`), none of a periodical's or a
    proceedings' words, and either a public body's or a house's bare name, or a
    capitalised name (`Example Agency`, `WHO`)."""
    if ";" not in rest:
        return False
    found = _NAME_YEAR.fullmatch(rest.rstrip())
    if found is None:
        return False
    name = found["name"].strip()
    if any(word in ABBREVIATIONS for word in name.split()) or _NOT_PUBLISHER.search(name):
        return False
    if _BARE_PUBLISHER.search(name):
        return True
    return bool(_CAPITALISED_NAME.fullmatch(name)) and _PERIODICAL_HINT.search(name) is None


_YEAR_FIRST = re.compile(rf"({YEAR})[a-z]?,\s*")


def year_first(rest: str) -> str:
    """BMC's book imprint, its year first: `2006, Place: Publisher` read as `Place:
    Publisher, 2006`, the order the imprint patterns know; `rest` as it was unless a
    place and its colon follow the year."""
    year = _YEAR_FIRST.match(rest)
    tail = rest[year.end() :].rstrip(" .") if year else ""
    if year is None or not PLACE_COLON.match(tail):  # `^`: matched on the slice
        return rest
    return f"{tail}, {year.group(1)}"


# What names a school that grants degrees (a department before it is no publisher).
_SCHOOL = re.compile(
    r"\b(?:Univ\.?|Uni\.|Universit\w*|Institute|College|School|Academy|Polytechnic)(?!\w)"
)
# A place's piece after the school: a capitalised name of up to four words (`Waterloo`,
# `ON`, `New Zealand`), no digit.
_PLACE_PIECE = re.compile(r"[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}")


def thesis_school(rest: str, fields: dict[str, Any]) -> bool:
    """Springer's thesis: `MSc Thesis Programme, Example University, Country`: the
    programme or department named before the school (no colon, no year) is no field's,
    the school is the publisher and what follows it the place. Says whether it was read."""
    if ":" in rest or any(ch.isdigit() for ch in rest):
        return False
    pieces = rest.split(", ")
    school = next((n for n, piece in enumerate(pieces) if _SCHOOL.search(piece)), -1)
    place = pieces[school + 1 :]
    if school < 1 or not place or not all(_PLACE_PIECE.fullmatch(p) for p in place):
        return False
    fields.update(publisher=pieces[school], place=", ".join(place))
    return True


# Schools in the Romance languages and German, as the thesis's publisher (ABNT and
# Portuguese APA: `Dissertação de mestrado, Universidade Federal de Exemplo, Goiás,
# Goiânia, Brasil.`).
_FOREIGN_SCHOOL = re.compile(
    r"(?:Universidad[ae]?|Universit[àaäé]t?|Faculdade|Facultad|Instituto|Escola|Escuela|"
    r"Hochschule)\b"
)
# A place's piece in any Latin script (`Goiânia`, `São Paulo`), up to four words.
_ACCENTED_PLACE_PIECE = re.compile(
    r"[A-ZÀ-Þ](?:[^\W\d_]|['’.-])*(?:\s[A-ZÀ-Þ](?:[^\W\d_]|['’.-])*){0,3}"
)


def school_first(rest: str, fields: dict[str, Any]) -> bool:
    """A thesis's school first and its place in pieces after it, more than the imprint
    patterns take (state, city and country): `Universidade de Exemplo, Goiás, Goiânia,
    Brasil`. The school is the publisher, the pieces the place. Says whether read."""
    school, _, place = rest.partition(", ")
    if any(char.isdigit() for char in rest) or ":" in rest:
        return False
    if _SCHOOL.search(school) is None and _FOREIGN_SCHOOL.match(school) is None:
        return False
    if not all(_ACCENTED_PLACE_PIECE.fullmatch(piece) for piece in place.split(", ")):
        return False
    fields.update(publisher=school, place=place)
    return True


def university_place(fields: dict[str, Any]) -> None:
    """IEEE's thesis: `Ph.D. dissertation, Univ. of Example, City, ST, Country, 1997`.
    Read before its year, the source is the university, after any department, and its
    place in commas: the university is the publisher, what follows it the place."""
    pieces = fields["container"].split(", ")
    school = next((n for n, piece in enumerate(pieces) if _SCHOOL.search(piece)), -1)
    place = pieces[school + 1 :]
    if school < 0 or not place or not all(_PLACE_PIECE.fullmatch(p) for p in place):
        return
    del fields["container"]
    fields.update(publisher=pieces[school], place=", ".join(place))


def series_imprint(rest: str, fields: dict[str, Any]) -> bool:
    """NLM's book in a series: `Title. Series Name. Publisher; 2009.` (or `Place:
    Publisher; 2009`): the sentence after the series' is the imprint, read when it
    holds a year; the series is no field's. A first sentence holding a colon is a place,
    and one of a single word or ending in an initial or an abbreviation (`A.-B. Editor`,
    `Example Univ. Press`) part of a name, so none is a series. Says whether the imprint
    was stored."""
    series, _, later = rest.partition(". ")
    if ":" in series or _CJK.search(rest):  # a Chinese title read as a series: GB/T's
        return False
    _, space, last = series.rpartition(" ")
    if not space or len(last) < 4 or not last.isalpha():  # an initial's or a name's stop
        return False
    if abbreviation_before(series + ".", len(series) + 1):
        return False
    pub = imprint(later)
    if pub is None or "year" not in pub:
        return False
    store_imprint(pub, fields)
    return True


def apa_thesis(rest: str, fields: dict[str, Any]) -> bool:
    """APA 7's `[Doctoral dissertation, University]. Database.`: the university is the
    publisher and the database after the brackets, an archive, no field's. Says whether
    the genre was read into `fields`."""
    genre = _APA_THESIS.match(rest)
    if genre is None:
        return False
    fields.update(publisher=genre["publisher"], kind=Kind.THESIS)
    return True


# The romanised references of Russian journals name a dissertation, or its author's
# abstract, in brackets, then the city where it was defended: `[Author’s abstr. doct.
# phil. diss.]. Orel.`, `[Cand. Sci. (Philol.) diss.]. Moscow.`
_DISS_GENRE = re.compile(r"\[[^\[\]]{0,60}\b[Dd]iss\.?\]\.?\s*")


def diss_city(rest: str, fields: dict[str, Any]) -> bool:
    """A `_DISS_GENRE` and the city after it (`_IMPRINT_PLACE`), read into `fields` as a
    thesis and its place. Says whether they were."""
    genre = _DISS_GENRE.match(rest)
    place = rest[genre.end() :].strip(" .") if genre else ""
    if genre is None or (place and not _IMPRINT_PLACE.fullmatch(place)):
        return False
    fields["kind"] = Kind.THESIS
    if place:
        fields["place"] = place
    return True


# German author-date's chapter pages after the imprint, `S.` (`Seite`) for `pp.`:
# `In: Editor, A. (Hrsg.): Book. Ort: Verlag. S. 56–83.`; Springer's German journals
# print it without the stop, as they print `pp` (`In: A (Hrsg) Buch. Verlag, Ort, S 34–54`).
_SEITE_PAGES = re.compile(rf"[.,]\s+(?:[Ss]\.\s*|S\s+(?=\d))(?P<pages>{PAGES})\.?$")
# The place read after a host book's title of more than one sentence, or after its
# edition (German: `In: A (Hrsg.): Book. Subtitle. Ort: Verlag`, `Book. 2. Auflage.
# Ort: Verlag`): the last sentence is the place; what the stop before it ends is the
# book's subtitle, or its edition.
_SENTENCE_PLACE = re.compile(
    r"(?P<head>.*[^\W\d_]{3}|.*\d\.\s*Aufl(?:age)?|.*\d+\w*\s+ed)\.\s+(?P<place>[^.]+)$"
)
_AUFLAGE = re.compile(r"(?:^|.*?\.\s+)(?P<edition>\d{1,2}\.\s*Aufl(?:age)?|\d+\w*\s+ed)$")


# A host book's edition in parentheses before its imprint (APA: `Book (3rd ed.). Place:
# Publisher`; French: `Livre (1re édition). Lieu : Éditeur`).
_PAREN_EDITION = re.compile(
    r"\((?P<edition>\d+(?:\w*\s+|\.\s?)(?:[Ee]dn?|[Ee]dition|[Éé]d|édition))\.?\)\.?\s+(?=\S)"
)


# A proceedings' meeting, its date first, in parentheses after the book's title (APA:
# `In A. Editor (Ed.), Proceedings of CONF 2002 (January 7–11, 2002, City, Country).
# Place: Publisher.`).
_PAREN_MEETING = re.compile(rf"\((?:{MONTH_NAMES})\b[^()]{{0,120}}\)\.?\s+(?=\S)")


# BibTeX's `plain` proceedings: the meeting's place and date after the pages, then the
# publisher in a sentence of its own (`In Book, pages 52–71, City, 1981. Publisher.`).
_PLACE_YEAR_PUBLISHER = re.compile(
    rf"(?P<place>[A-Z][^.,:;\d()]*(?:,\s*[A-Z][^.,:;\d()]*){{0,2}}),\s*"
    rf"(?:(?:{MONTH_NAMES})\.?\s+)?(?P<year>{YEAR})(?:\.\s+(?P<publisher>[A-Z][^.:;()]*))?\.?"
)


def plain_imprint(rest: str) -> dict[str, str] | None:
    """A `_PLACE_YEAR_PUBLISHER` after a host book, as an imprint's fields, or None. With
    no publisher after it, the place is the meeting's (no field's): the year alone."""
    match = _PLACE_YEAR_PUBLISHER.fullmatch(rest.strip())
    if match is None:
        return None
    if not match["publisher"]:
        return {"year": match["year"]}
    return {key: value for key, value in match.groupdict().items() if value}


# A German city with its river or region, as German lists print a book's place
# (`Frankfurt a.M.`, `Frankfurt/M.`, `Freiburg i. Br.`, `Frankfurt am Main`).
_GERMAN_CITY = re.compile(
    r"[A-Z][^\W\d_]+(?:\s?/\s?M\.?|\s(?:a\.\s?M|i\.\s?Br|a\.\s?d\.\s?[A-Z][a-z]{0,5})\.?|\sam\s+Main)"
)
# A place alone in German lists' host book before its pages (`In: A (Hrsg.): Buch.
# Opladen, S. 97–112.`): one or two capitalised words, or a city of `_GERMAN_CITY`.
_PLACE_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?")


def place_alone(rest: str) -> str:
    """The place when `rest`, all that follows an author-year book's title, is a city
    alone, as German lists print a book with no publisher: a city imprints name most
    (`IMPRINT_CITIES`) or one of `_GERMAN_CITY`'s shape; `""` else. Older natural-history
    lists abbreviate it with stops, kept (`N. Y.`, `Washington D.C.`: `_STOPPED_PLACES`),
    and join a book's several places by hyphens (`Berlin-Heidelberg-N. Y.`), each one
    such a city."""
    place = rest.strip()
    if _GERMAN_CITY.fullmatch(place):
        return place
    stopped = place if place[-1:] == "." else f"{place}."  # its last stop may be gone
    if stopped in _STOPPED_PLACES:
        return stopped
    if ("-" in place or "–" in place) and 1 < len(joined := _PLACE_JOINS.split(stopped)) <= 4:
        last = joined[-1] if joined[-1] in _STOPPED_PLACES else joined[-1].removesuffix(".")
        cities = [*joined[:-1], last]
        if all(city in IMPRINT_CITIES or city in _STOPPED_PLACES for city in cities):
            return stopped if last in _STOPPED_PLACES else stopped.removesuffix(".")
    place = place.removesuffix(".")
    if place in IMPRINT_CITIES:
        return place
    # a city the lexicon names (`Title. Wiesbaden.`, `Title. Hannover.`): no country or
    # state alone (`Georgia`, `Jordan`, `Nevada` are journals', houses' or people's too)
    return place if is_city(place) and not region_piece(place) else ""


# Cities printed abbreviated with their stops, as a book's place alone (`Title. N. Y.`).
_STOPPED_PLACES = frozenset({
    "N. Y.", "N.Y.", "Washington D.C.", "Washington, D.C.", "Washington D. C.",
    "Washington, D. C.", "Washington DC", "Washington, DC", "St. Petersburg", "St. Louis",
})  # fmt: skip
# The hyphen or dash between a book's several places (`Berlin-Heidelberg-New York`).
_PLACE_JOINS = re.compile(r"\s?[-–]\s?")
# A book's page count after its title, a volume's number and colon or a series' number
# before it, a place alone after it (older natural-history lists: `Title. 2: 376 pp.
# London.`, `Title. Example Handbook No. 552. 102 pp. Washington D.C.`, `Title. Series
# (Fauna) 12: 98 pp.`). Led by its figure, no figure or stop before it.
_COUNT_PP = re.compile(r"(?<![\w.])\d{1,5}\s?pp\.?(?!\w)")
_SERIES_VOLUME = re.compile(r"(?:(?P<series>[A-Z].*?) )?(?P<volume>\d{1,4}):")
_SERIES_NO = re.compile(r"[A-Z].* No\. ?\d{1,5}\.")


def counted_book(rest: str, fields: dict[str, Any]) -> bool:
    """A `_COUNT_PP` page count (no field's: pages are a part's, not a book's length)
    and what may stand around it: a volume's number and its colon, after its series'
    name (the series is the container), or a series and its number (`Handbook No. 552.`,
    no field's) before it; nothing or a place alone (`place_alone`) after it. Says
    whether `fields` were filled."""
    count = _COUNT_PP.search(rest)
    if count is None:
        return False
    head, tail = rest[: count.start()].strip(), rest[count.end() :].strip()
    place = place_alone(tail) if tail else ""
    if tail and not place:
        return False
    volume = _SERIES_VOLUME.fullmatch(head) if head[-1:] == ":" else None
    if head and volume is None and not _SERIES_NO.fullmatch(head):
        return False
    if volume:
        fields["volume"] = volume["volume"]
        if volume["series"]:
            fields["container"] = volume["series"]
    if place:
        fields["place"] = place
    fields["kind"] = Kind.BOOK
    return True


def city_first(rest: str, fields: dict[str, Any]) -> bool:
    """French and Spanish lists' imprint, place first and a comma (`Paris, Éditions
    Exemple`, `Madrid, Example`), read when the place is a city imprints name most
    (`IMPRINT_CITIES`) and no figure follows. Says whether `fields` took it."""
    city, _, name = rest.rstrip(" .").partition(", ")
    if not city_comma_name(rest.rstrip(" .")) or any(char.isdigit() for char in name):
        return False
    fields.update(place=city, publisher=name, kind=Kind.BOOK)
    return True


def seite_pages(rest: str, fields: dict[str, Any]) -> str:
    """`rest` without German's closing `S. 56–83` (`_SEITE_PAGES`; Polish lists' `s.`),
    read into `fields`."""
    pages = _SEITE_PAGES.search(rest) if "S." in rest or " s." in rest or " S " in rest else None
    if pages is None:
        return rest
    fields.update(locator_fields(pages["pages"]))
    return rest[: pages.start()]


# German lists' host book closed by its place, a colon and the chapter's pages, no
# publisher (`In: A. Editor (ed.): Book. New York: 137-173.`): the imprint patterns
# would take the pages' first figure for a publisher.
_PLACE_PAGES = re.compile(rf"(?P<place>[^:\d]{{2,40}}):\s*(?P<pages>{PAGES})")


def place_before_pages(rest: str, fields: dict[str, Any]) -> bool:
    """German's host book closed by its place alone and its pages (`In: A (Hrsg.): Buch.
    Opladen, S. 97–112.`): a name of one or two capitalised words (or `_GERMAN_CITY`'s)
    that no publisher's word names is the place. Says whether `fields` took it."""
    place = rest.strip(" ,")
    if not (_PLACE_NAME.fullmatch(place) or _GERMAN_CITY.fullmatch(place)):
        return False
    if " " in place and place not in IMPRINT_CITIES and not _GERMAN_CITY.fullmatch(place):
        return False  # two words not a city's: a house's names (`Peter Lang`, `Beltz Juventa`)
    if looks_imprint(place) or _BARE_PUBLISHER.search(place):
        return False
    fields["place"] = place
    return True


# A German host book's edition (`2. Aufl.`) or volume (`Band 2.`, `Bd. 2.`) opening what
# was read as its publisher.
_GERMAN_BOOK_PART = re.compile(
    r"(?:(?P<edition>\d{1,2}\.\s?Aufl(?:age)?)|(?:Band|Bd\.?)\s(?P<volume>\d{1,3}))\.\s+(?=[A-ZÄÖÜ])"
)


def host_subtitle(pub: dict[str, str], fields: dict[str, Any]) -> None:
    """A host book's subtitle or edition left before the place's sentence
    (`_SENTENCE_PLACE`) goes back to the book's title, or to its edition; Springer's
    German edition or volume before its `Verlag, Ort` (`Buch, 2. Aufl. Verlag, Berlin, S
    48–80`, `Buch. Band 2. Verlag, Berlin`) leaves the publisher for its field."""
    lead = (
        _GERMAN_BOOK_PART.match(pub.get("publisher", ""))
        if "." in pub.get("publisher", "")
        else None
    )
    if lead and lead.end() < len(pub["publisher"]):
        if lead["edition"]:
            fields.setdefault("edition", lead["edition"])
        else:
            fields.setdefault("volume", lead["volume"])
        pub["publisher"] = pub["publisher"][lead.end() :]
    place = pub.get("place", "")
    split = _SENTENCE_PLACE.match(place) if ". " in place else None
    if split is None or abbreviation_before(place, split.end("head") + 1):
        return
    pub["place"] = split["place"]
    head = split["head"]
    edition = _AUFLAGE.match(head)
    if edition:
        fields["edition"] = edition["edition"]
        head = head[: edition.start("edition")].rstrip(" .")
    if head:
        fields["container"] = f"{fields['container']}. {head}"


# A host book's editors in a sentence of their own after its title, labelled first
# (Elsevier's and Polish lists: `In: Book. Ed. G. Roe. Publisher, Place.`, `W: Book. Red.
# G. Roe. PWN, Warszawa.`, German `Hrsg.`/`Hg.`): the names up to a stop no initial's is.
_EDITOR_SENTENCE = re.compile(
    r"(?:[Ee]ds?|Red|Hrsg|Hg)\.\s+(?:[^.\d]|(?<=\b[A-Z])\.)+?(?<!\b[A-Z])\.\s+(?=[A-Z])"
)


def fill_imprint(rest: str, fields: dict[str, Any]) -> None:
    """An imprint after a host book's editors (`Eds. Place: Publisher`), or after the
    sentence that names a book series, or after a proceedings' meeting date and place
    (NLM: `1992 Sep 6-10; Geneva (CH). Place: Publisher; 1992`), which no field holds;
    else the rest is the container."""
    if "container" in fields and rest[:1].isdigit():
        rest = _MEETING.sub("", rest)
    paged = seite_pages(rest, fields)
    if paged != rest and "container" in fields and place_before_pages(paged, fields):
        return
    colon = _PLACE_PAGES.fullmatch(rest.rstrip(" .")) if ": " in rest else None
    if colon and "container" in fields and place_before_pages(colon["place"], fields):
        fields.update(locator_fields(colon["pages"]))  # `Book. New York: 137-173.`
        return
    rest = paged
    edition = _PAREN_EDITION.match(rest) if rest[:1] == "(" else None
    if edition:  # APA: `In A. Editor (Ed.), Book (3rd ed.). Place: Publisher.`
        fields["edition"] = edition["edition"]
        rest = rest[edition.end() :]
    meeting = _PAREN_MEETING.match(rest) if rest[:1] == "(" else None
    if meeting:  # no field holds a meeting's date and place
        rest = rest[meeting.end() :]
    editors = _EDITOR_SENTENCE.match(rest) if rest[:1] in "EeRH" else None
    if editors and "container" in fields:  # no field holds a host book's editors
        rest = rest[editors.end() :]
    pub = imprint(_LEADING_EDS.sub("", rest))
    if pub is not None and fields.get("container") and "http" not in rest:
        host_subtitle(pub, fields)
    if pub is None and "container" in fields:
        pub = plain_imprint(rest)
    if pub is None and ". " in rest and "container" not in fields:
        first, _, later = rest.partition(". ")
        pub = imprint(later)
        if pub is not None:
            fields["container"] = clean_container(first)
    if pub is None and "container" in fields and meeting_locator(rest, fields):
        return
    if pub is None:
        fields.setdefault("container", clean_container(rest))
        return
    store_imprint(pub, fields)


def meeting_locator(rest: str, fields: dict[str, Any]) -> bool:
    """IEEE's proceedings: `in Proc. Conf. (City, Country, May 11-14, 1997, pp. 231-234)`:
    the meeting's place (words and commas, which no field holds), then its date and the
    pages, read as a locator that holds both a year and pages; a year read already is
    kept. Says whether it was read."""
    found = locate(rest, False)
    if found is None or "year" not in found[1] or "pages" not in found[1]:
        return False
    if not _MEETING_PLACE.fullmatch(found[0].strip(" ,.")):
        return False
    for name, value in found[1].items():
        fields.setdefault(name, value)
    return True


# What names a periodical, a proceedings or a preprint server rather than a publisher (a
# year or a number, too, as in `2019 IEEE Conference on …`).
_NOT_PUBLISHER = re.compile(
    r"\d|Journal|Review|Quarterly|Letters|Magazine|Bulletin|Annals|Transactions|"
    r"Proceedings|Conference|Symposium|Workshop|Congress|Meeting|Preprint|Rxiv|"
    r"Research Square|SSRN",
    re.IGNORECASE,
)
# A publisher printed alone that no publisher's word names: a public body's word, or a
# house that prints under its bare name (APA: `Title. Springer.`, `Title (2nd ed.). Wiley.`).
_BARE_PUBLISHER = re.compile(
    r"\b(?:Government|Department|Ministry|Agency|Bureau|Council|Commission|Cent(?:er|re)|"
    r"Foundation|Organi[sz]ation|Springer|Wiley|Routledge|Elsevier|Sage|Pearson|Macmillan|"
    r"Palgrave|Blackwell|Kluwer|Longman|McGraw-Hill|Prentice[ -]Hall|Addison-Wesley|"
    r"Cengage|Guilford|Erlbaum|Jossey-Bass|Norton|Penguin|Wadsworth|Mosby|Saunders|"
    r"Lippincott|Thieme|Karger|Earthscan|Polity|Verso|Emerald|De Gruyter|"
    r"North-Holland|Birkh(?:ä|a)user|CRC|Taylor\s*&\s*Francis)\b"
)


# What a journal's name holds and a publisher's rarely does: an abbreviated word and its
# stop (`J. Widg. Res`), a discipline's adjective (`Psychological …`, `Clinical …`), or
# a discipline's or a journal's own word (`… Science`, `Acta …`). Asked only of a
# source that no publisher's word names.
_PERIODICAL_HINT = re.compile(
    r"\b[A-Z][a-z]{0,5}\.(?:\s|$)|\b[A-Z][a-z]+ical\b|\b(?:Science|Sciences|Medicine|"
    r"Research|Studies|Reports|Acta|Archives|Abstracts|Nature|Networks|Policy|Technology|"
    r"Letters|Review|Reviews|Bulletin|Quarterly|Engineering|Annals|Proceedings|"
    r"Transactions|Magazine|Forum|Today)\b"
)
# A name of up to six capitalised words and the particles between them (`Example
# House`, `Government of Example`, `Example & Sons`).
_CAPITALISED = r"[A-Z][\w'’.-]*"
_CAPITALISED_NAME = re.compile(
    rf"{_CAPITALISED}(?:(?:\s+(?:of|and|the|for|de|&))*\s+{_CAPITALISED}){{0,5}}", re.ASCII
)
# A publisher printed alone before a link: a government (`Australian Government`,
# `Government of Example`), or an international body (`Example International`). A site
# name before a web page's address is a container, so no other public body's word counts.
# (and the same words in Spanish, Portuguese and French lists: `Ministerio de Ejemplo`;
# a foundation and a Spanish study centre issue reports as a ministry does: `Title.
# Centro de Estudios Ejemplo. Recuperado de https://…`, `Title. Fundación Ejemplo.
# https://…`; the foundation's word closes its English name or opens `of`/`for` after it
# (`Example Foundation Blog`, `The Foundation Review` are a site's and a journal's), the
# Romance names open with theirs (`Estudios del Centro de Estudios Ejemplo` is a series))
_LINKED_PUBLISHER = re.compile(
    r"(?:Government|Ministry|Parliament|International|Gobierno|Governo|Minist[eé]rio|"
    r"Ministère|Parlamento|Internacional|Foundation(?!\s+[A-Z])|"
    r"\A(?:Fundaci[oó]n|Funda[cç][aã]o|Centro\s+de\s+Estudios))\b"
)


# A periodical issue's day and month after the source's name, its year in the head
# (`Title. Widget Weekly, 16 May.`): a magazine's or a newspaper's, no book's.
_ISSUE_DAY = re.compile(
    rf",?\s?(?:\d{{1,2}}\s(?:{MONTH_NAMES})\.?|(?:{MONTH_NAMES})\.?\s\d{{1,2}})[.,]?\s*"
)


def issue_day_after(body: str, container: str) -> bool:
    """Whether `container` is printed in `body` followed by an `_ISSUE_DAY` alone."""
    at = body.rfind(container)
    return at >= 0 and _ISSUE_DAY.fullmatch(body, at + len(container)) is not None


def bare_publisher(fields: dict[str, Any], body: str, linked: bool = False) -> None:
    """APA, Harvard: `Widget club management. Example Books.` A source printed alone after
    the title, with no locator or host, is a book's publisher (a periodical prints a
    volume or pages), unless its name says it is a periodical, a proceedings or a preprint
    server, or the title was quoted (a part of something, not a book). `linked`: the
    entry had a DOI or URL, which a journal article in press or a web page prints after
    its journal or site name, so only a government or an international body is then read
    as a publisher (APA 7's report: `Title. Example Government. https://…`); without a
    link, any name but one that looks like a journal's is (`Title. Example Kinetics.`).
    A report's number (`Title (Publication No. 12). Example Department. https://…`) says
    the work is a report, whose source is its publisher even before a link. A day and
    month after the name (`Widget Weekly, 16 May.`) date a periodical's issue."""
    container = fields.get("container")
    if (  # most readings fail a test of a field; the searches are asked of the rest
        not container
        or "publisher" in fields
        or fields.get("volume")
        or fields.get("first_page")
        or fields.get("issue")
        or fields.get("pages")
        or fields.get("article_number")
        or fields.get("kind") == Kind.CHAPTER
        or not publisher_evidence(container, linked and "document_number" not in fields)
        or _NOT_PUBLISHER.search(container)
        or PERIODICAL_WORD.search(container)  # `Memórias do Instituto Example`
        or quoted_title(body, fields.get("title", ""))
        or issue_day_after(body, container)
    ):
        return
    fields["publisher"] = fields.pop("container")
    fields["kind"] = Kind.BOOK


def publisher_evidence(source: str, linked: bool) -> bool:
    """Whether `source`, printed alone after an author-year title, names a publisher
    (`bare_publisher`): a publisher's word or a place before a colon, a house printing
    under its bare name, a public body; after a link only a government or an
    international body; without one, a capitalised Latin-script name without a
    journal's marks too."""
    if linked:
        return (
            _LINKED_PUBLISHER.search(source) is not None and PERIODICAL_WORD.search(source) is None
        )
    if looks_imprint(source) or _BARE_PUBLISHER.search(source):
        return True
    # a name's words are capitalised (a sentence's are not); a Chinese publisher names
    # itself a press or a university (`出版社`, `大学`)
    if not _CAPITALISED_NAME.fullmatch(source):
        return False
    return _PERIODICAL_HINT.search(source) is None


def quoted_title(body: str, title: str) -> bool:
    """Whether `title` is printed in quotes in `body` (a quote mark just before it)."""
    at = body.find(title[:20]) if title else -1
    return at > 0 and body[at - 1] in QUOTES
