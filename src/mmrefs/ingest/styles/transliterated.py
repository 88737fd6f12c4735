"""GOST 7.1 entries typed in Latin script, printed as the GOST readings read them.

Russian lists translated or transliterated into Latin script, and plain-text copies of
Cyrillic ones, print GOST's marks with what a Latin keyboard has: the area dash (`. – `)
as a hyphen-minus (`. - M.: Lan', 2012. - 384 s.`, `2001. -S. 36- 37.`, `dlya vuzov - M.:
Agropromizdat`), the page total's `с.` as `s` (`384s`, `16 s.`) and the page label `С.` as
Latin `C.` (`№ 4. C.34`). The GOST readings (`parts.gost_book`, `parts.gost_host`, the
locator's `GOST_DASH`) read the en dash and the Cyrillic labels; `latin_gost` gives them
the printed entry in that form, and only when the entry shows a GOST mark: the host's
`//` (which GB/T 7714 shares), the `№` sign, or a hyphen-minus area before a GOST city's
shortening (`- M.:`, `- SPb.:`, `- M., 2010`) or before a page total; a title's dash after
a word is left in such entries too (`Widgets - 2010 review[J]//`). The fresh22 taxonomy
found this class second among the wrong fields of the decision batch (SOURCES-fresh22.md),
and the rendered GOST corpus (Cyrillic marks) never prints it (SOURCES-fresh25.md, second
change).
"""

from __future__ import annotations

import re

# A GOST city as plain-text lists print it before the imprint's colon or comma: GOST's
# shortenings in Latin (`M.`, `SPb.`, `L.`, `K.`, `Mn.`) or Cyrillic (`М.`, `СПб.`), or a
# capitalised name (`St. Petersburg`, `Moscow`) before its colon.
_SHORT_CITY = r"(?:M|SPb|L|K|Mn|М|СПб|Л|К|Мн)\."
_NAMED_CITY = r"[^\W\d_a-z][^\W\d_]+(?:[ -][^\W\d_a-z][^\W\d_]+){0,2}"
# Either before the imprint's colon, or a shortening before its comma and the year
# (`M., 2010`): a name and a comma after a dash is an English title's (`Widgets - London,
# 1990s`).
_CITY = rf"(?:{_SHORT_CITY}\s?[:,]|{_NAMED_CITY}\s?:)\s"
# A page total: `384 s.`, `384s`, `16 s.`, `364 p.`, `XII, 310 с.`.
_TOTAL = r"(?:[IVXLC]+,\s)?\d{1,4}\s?(?:s|с|p|pp|С)\.?"
# The evidence that an entry is GOST's, without an en dash: a hyphen-minus area before a
# GOST city's shortening and its colon or comma, or before a page total at the entry's
# end. A city's name after a hyphen-minus is no such evidence (`Widgets - London: House`),
# nor a Latin `S.` total (German's `310 S.`; GOST's Latin page total is `s.`).
_HYPHEN_AREA = re.compile(rf"\s-\s?(?:{_SHORT_CITY}\s?[:,]\s|{_TOTAL}\s*$)")
# A hyphen-minus area dash: after a stop, before a year, a number, a label, a city's colon
# or a page total; or after a word before a GOST city's shortening and its colon or comma
# (`vuzov - M.:`). A title's dash after a word is left (`Widgets - 2010 review`, `Widgets
# - No. 3`), and a range's hyphen (`36- 37`, `22-29`) has a digit before it.
_AREA_DASH = re.compile(
    rf"(?<=\.)\s-\s?(?=\d|(?:S|C|T|V|P|Vol|No|С|Т|№|Вып)\.?\s?\d|{_CITY}|{_TOTAL}\s*$)"
    rf"|(?<=[^\W\d_])\s-\s?(?={_SHORT_CITY}\s?[:,]\s)"
)
# A page total glued to its `s` at the entry's end (`384s`, `364s.`).
_GLUED_TOTAL = re.compile(r"(?<=\d)s\.?\s*$")
# A page total after the year's stop with no dash (`Lan', 2012. 384s.`): its own area.
_BARE_TOTAL = re.compile(rf"(?<=\d\.)\s+(?={_TOTAL}\s*$)")
# Latin `C.` typed for GOST's page label `С.` beside the `№` sign (`№ 4. C.34`).
_LATIN_C_PAGES = re.compile(r"(?<=[\s.,;])C\.\s?(?=\d)")


def latin_gost(body: str) -> str:
    """`body` with GOST's marks typed in Latin printed as the GOST readings read them:
    the page label `C.` beside a `№` (`_LATIN_C_PAGES`), and, when the entry shows GOST
    (`//`, `№`, or `_HYPHEN_AREA`), the hyphen-minus areas (`_AREA_DASH`) and a page
    total after them, glued to its `s` (`_GLUED_TOTAL`) or with no dash of its own
    (`_BARE_TOTAL`); `body` as it was else. A stop is added before a dash that had none
    (`vuzov - M.:` → `vuzov. – M.:`), as GOST's areas end in one."""
    text = body
    if "№" in text and "C." in text:
        text = _LATIN_C_PAGES.sub("С. ", text)
    if " -" in text and ("//" in text or "№" in text or _HYPHEN_AREA.search(text)):
        dashed = _AREA_DASH.sub(_dash, text)
        if dashed != text:
            text = _BARE_TOTAL.sub(" – ", _GLUED_TOTAL.sub(" s.", dashed))
    return text


def _dash(match: re.Match[str]) -> str:
    """GOST's area dash for a hyphen-minus one, with the stop before it GOST prints."""
    before = match.string[match.start() - 1 : match.start()]
    return " – " if before == "." else ". – "
