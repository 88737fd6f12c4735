"""Spelling that never matters: case, accents, markup, `&`, placeholder values, `Vol.`.

Every other normaliser in `match/` starts from these. They run once per record on
libraries of a million entries, so the common case (plain ASCII, no markup) takes a
short path and repeated values (journal names, volumes, pages) are shared, not copied.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata

MISSING = frozenset({"unknown", "n/a", "na", "none", "null", "-", "--", "nan"})
_TAGS = re.compile(r"<[^>]{1,40}>")
_TEX_COMMANDS = re.compile(r"\\[a-zA-Z]+\s*|[{}$]")
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae"})
_GREEK_NAMES: tuple[str, ...] = (
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "zeta",
    "eta",
    "theta",
    "iota",
)
_GREEK_NAMES += ("kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma")
_GREEK_NAMES += ("tau", "upsilon", "phi", "chi", "psi", "omega")  # ς and σ are both sigma
_GREEK = {chr(0x3B1 + n): name for n, name in enumerate(_GREEK_NAMES)}
_GREEK_LETTER = re.compile(r"(?<![\u0370-\u03ff])[\u03b1-\u03c9](?![\u0370-\u03ff])")


def fold(text: str) -> str:
    """Lower-case, accent-free, markup-free words separated by single spaces.

    Non-Latin scripts are kept (a Cyrillic title must not fold to nothing); a Greek letter
    standing alone in Latin text is spelt out, as other databases print it (`TGF-β` /
    `TGF-beta`).
    """
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _TAGS.sub(" ", text)
    if "\\" in text or "{" in text or "$" in text:
        text = _TEX_COMMANDS.sub("", text)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
        text = text.casefold().translate(_LETTERS)
        text = _GREEK_LETTER.sub(lambda m: _GREEK[m.group(0)], text)
    bare = text.casefold()
    if "&" in bare:
        bare = bare.replace("&", " and ")
    return _NON_WORD.sub(" ", bare).strip()


def missing(value: str) -> bool:
    """Empty, or a placeholder an export writes for nothing (`UNKNOWN`, `n/a`)."""
    bare = value.strip()
    return not bare or bare.casefold() in MISSING


def number_key(value: str, text_allowed: bool = True) -> str:
    """`108`, `Vol. 108`, `108 (Suppl)` → `108`; text volumes keep their folded form, but a
    page without digits (`Suppl`, a mangled `t-8`) says nothing and counts as missing."""
    if value.isdigit():
        return sys.intern(value.lstrip("0") or "0")
    if missing(value):
        return ""
    digits = _DIGITS.search(value)
    if digits is None:
        return sys.intern(fold(value)) if text_allowed else ""
    return sys.intern(digits.group(0).lstrip("0") or "0")
