"""Text as BibTeX field values: LaTeX's special characters and the braces that keep case.

Unicode (β, As₄S₄) is written as it is: biber and pandoc read UTF-8, and an importer such
as Zotero would keep TeX macros raw. Only the ten characters that LaTeX would read as
commands are escaped.
"""

from __future__ import annotations

import re

SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL_RE = re.compile(r"[\\&%$#_{}~^]")
_WORD = re.compile(r"[^\s{}()\[\],;:\u3400-\u9fff]+")
_MACRO = re.compile(r"(\\[a-z]+\{\}|\\.)")


def escape(text: str) -> str:
    """Escape LaTeX's special characters so the value means the same text in BibTeX."""
    return _SPECIAL_RE.sub(lambda m: SPECIAL[m.group(0)], text)


def protect_case(text: str) -> str:
    """Brace every word whose printed case a sentence-case style or reader would change.

    Titles are printed in sentence case, so any capital after the first word marks a
    name, acronym or symbol (`United States`, `CD38`, `mg/L`, `T`), and a word with
    capitals inside (`mRNA`, `CAR-T`) is braced wherever it stands. A lower-case word
    that opens the title or follows a colon is braced too: pandoc reads English BibTeX
    titles as title case and capitalises both (`Embolization: Experimental`), biblatex's
    sentence case capitalises the first, while the printed list keeps them lower case.
    """
    first = True

    def guard(match: re.Match[str]) -> str:
        nonlocal first
        word = match.group(0)
        opens = first or match.string[: match.start()].rstrip().endswith(":")
        needs = (
            any(c.isupper() for c in word[1:])
            or (word[:1].isupper() and not first)
            or (word[:1].islower() and opens)
        )
        first = False
        return "{" + word + "}" if needs else word

    pieces = _MACRO.split(escape(text))
    return "".join(p if p.startswith("\\") else _WORD.sub(guard, p) for p in pieces)
