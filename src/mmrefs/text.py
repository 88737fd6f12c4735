"""Pure string helpers shared by every parser: dashes, widths, markup, pages, scripts."""

from __future__ import annotations

import re
import unicodedata

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d"
_DASH_RE = re.compile(f"[{DASHES}]")
_FULLWIDTH = str.maketrans(
    {
        "，": ", ",
        "．": ". ",
        "：": ": ",
        "；": "; ",
        "（": "(",
        "）": ")",
        "［": "[",
        "］": "]",
        "【": "[",
        "】": "]",
        "／": "/",
        "∥": "//",  # GB/T 7714-2005 prints the host's `//` as one sign
        "。": ". ",  # the ideographic full stop: older GB/T lists end parts with it
        "\u3000": " ",
        "\u00a0": " ",
        # `⑴`…`⒇`, one character each, which PDF text and older lists print for `(3)`
        **{chr(0x2474 + n): f"({n + 1})" for n in range(20)},
        # full-width digits and Latin letters (`２０１５`, `［Ｊ］`), which Chinese word
        # processors type in a list set all in full width
        **{chr(0xFF10 + n): chr(0x30 + n) for n in range(10)},
        **{chr(0xFF21 + n): chr(0x41 + n) for n in range(26)},
        **{chr(0xFF41 + n): chr(0x61 + n) for n in range(26)},
    }
)
_HAS_FULLWIDTH = re.compile("[" + "".join(chr(c) for c in _FULLWIDTH) + "]")
# Runs of horizontal white space, except the single plain spaces that need no change
# (replacing each of them, as `[…]+` would, costs most of the time on ordinary text): a
# run of two or more, or one that is not a plain space. Led by one character class, SRE
# scans for it in C.
_SPACE = r"[ \t\u2002-\u200a\u202f\u205f]"
_SPACES = re.compile(rf"{_SPACE}(?:(?<! ){_SPACE}*|{_SPACE}+)")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WHITE = re.compile(r"\s")
GREEK = "\u0391-\u03a9\u03b1-\u03c9\u03f5\u03d1\u03d5"


def normalize_dashes(text: str) -> str:
    """Fold every dash variant to ASCII hyphen so ranges and names compare equal."""
    if text.isascii():  # every variant is outside ASCII: nothing to fold (`isascii` is O(1))
        return text
    return _DASH_RE.sub("-", text)


def fold_fullwidth(text: str) -> str:
    """Map full-width CJK punctuation to ASCII (with the space ASCII punctuation implies),
    and full-width digits and Latin letters to theirs."""
    if _HAS_FULLWIDTH.search(text):  # `translate` looks up every character: only if needed
        text = text.translate(_FULLWIDTH)
    return collapse_spaces(text)


def collapse_spaces(text: str) -> str:
    """Collapse runs of horizontal white space; PDF extraction leaves many of them."""
    if "  " not in text and text.isprintable():  # nothing `_SPACES` finds: every space
        return text.strip()  # it takes alone is a printable one, all others are not
    return _SPACES.sub(" ", text).strip()


def has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK.search(text) is not None  # `isascii` is O(1)


def cjk_ratio(text: str) -> float:
    """Share of CJK ideographs among the non-space characters (0 for empty text).

    Both counts are taken by the regex engine rather than a Python loop per character
    (the splitter asks this of every wrapped Chinese line): `\\s` is `str.isspace` in a
    `str` pattern, and no ideograph is white space, so counting them in the whole text
    counts them among the non-space characters."""
    visible = len(text) - len(_WHITE.findall(text))
    return len(_CJK.findall(text)) / visible if visible else 0.0


def strip_italics(text: str) -> str:
    """Drop Markdown emphasis markers (`*In vivo*`) that the PDF conversion added."""
    return re.sub(r"(?<![\w*])\*([^*\n]+?)\*(?![\w*])", r"\1", text).replace("**", "")


_SUB = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
_SUP = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
_TEX_SYMBOLS = {
    r"\alpha": "α",
    r"\beta": "β",
    r"\gamma": "γ",
    r"\delta": "δ",
    r"\epsilon": "ε",
    r"\kappa": "κ",
    r"\lambda": "λ",
    r"\mu": "μ",
    r"\pi": "π",
    r"\sigma": "σ",
    r"\tau": "τ",
    r"\omega": "ω",
    r"\times": "×",
    r"\pm": "±",
    r"\leq": "≤",
    r"\geq": "≥",
    r"\le": "≤",
    r"\ge": "≥",
    r"\cdot": "·",
    r"\circ": "°",
}


def render_tex_math(text: str) -> str:
    """Render inline TeX math (`$As_4S_4$`, `$P<0.05$`) as plain Unicode text.

    Exporters must not hand TeX to importers that leave it raw, so sub/superscripts become
    Unicode digits and known macros their symbols; anything else keeps its letters.
    """

    def render(match: re.Match[str]) -> str:
        body = match.group(1)
        for macro, symbol in _TEX_SYMBOLS.items():
            body = re.sub(re.escape(macro) + r"(?![A-Za-z])", symbol, body)
        body = re.sub(r"_\{([^{}]*)\}|_([\w+\-])", lambda m: _sub_or_keep(m, _SUB, "_"), body)
        body = re.sub(r"\^\{([^{}]*)\}|\^([\w+\-])", lambda m: _sub_or_keep(m, _SUP, "^"), body)
        body = re.sub(r"\\(?:mathrm|text|mathit|textit|mathbf)\{([^{}]*)\}", r"\1", body)
        return body.replace("{", "").replace("}", "").replace("\\", "")

    return re.sub(r"\$([^$\n]{1,200})\$", render, text)


def _sub_or_keep(match: re.Match[str], table: dict[int, int], mark: str) -> str:
    body = match.group(1) if match.group(1) is not None else match.group(2)
    mapped = body.translate(table)
    return mapped if mapped != body else mark + body


_GREEK_AFTER = re.compile(rf"([/\-(])\s+([{GREEK}])")
_GREEK_BEFORE = re.compile(rf"([{GREEK}])\s+([\-/)])")
_GREEK_AFTER_NUMBER = re.compile(rf"(-\d+)\s+([{GREEK}])(?![\w])")


def join_spaced_greek(text: str) -> str:
    """Rejoin Greek letters that PDF extraction padded with spaces (`Wnt/ β -catenin`)."""
    text = _GREEK_AFTER.sub(r"\1\2", text)
    text = _GREEK_BEFORE.sub(r"\1\2", text)
    return _GREEK_AFTER_NUMBER.sub(r"\1\2", text)


_RANGE_DASH = re.compile(r"\s*-{1,2}\s*")
_PAGE_PARTS = re.compile(r"([A-Za-z]*)(\d+)([A-Za-z]*)")
# Elsevier's online-only pages after a printed page (`89.e1`), which MEDLINE shortens as
# any other range: `89.e1-8` is `89.e1`-`89.e8` (J Am Med Dir Assoc prints them so).
_ONLINE_PAGE = re.compile(r"(\d+\.e)(\d+)()")


def expand_page_range(pages: str) -> tuple[str, str]:
    """Split a printed range into first and last page, expanding MEDLINE short forms.

    `1802-24` → (`1802`, `1824`); `D1670-6` → (`D1670`, `D1676`); `S205-12` → (`S205`,
    `S212`). A last page that does not fit (shorter prefix but larger) is kept as printed.
    A letter printed after the last page stays with it (`638S-645S`, `638S-45S` →
    `645S`: a supplement's pages as the American Journal of Clinical Nutrition prints
    them); one printed after the first page alone is not carried over (`12a-15`). An
    online-only page keeps its printed page: `89.e1-8` → (`89.e1`, `89.e8`).
    """
    parts = _RANGE_DASH.split(normalize_dashes(pages).strip(), maxsplit=1)
    first = parts[0].strip()
    if len(parts) == 1 or not parts[1].strip():
        return first, ""
    last = parts[1].strip()
    f = _PAGE_PARTS.fullmatch(first) or _ONLINE_PAGE.fullmatch(first)
    lm = _PAGE_PARTS.fullmatch(last)
    if not f or not lm:
        return first, last
    prefix, digits, _ = f.groups()
    lprefix, ldigits, lsuffix = lm.groups()
    if lprefix and lprefix != prefix:
        return first, last
    if len(ldigits) < len(digits):
        ldigits = digits[: len(digits) - len(ldigits)] + ldigits
        if below(ldigits, digits):
            return first, last
    return first, prefix + ldigits + lsuffix


MAX_NUMBER_DIGITS = 18  # no page, issue, year or reference number is longer


def as_int(text: str) -> int | None:
    """`int(text)` for a run of decimal digits a printed number can be, else None: `²`
    passes `str.isdigit` but `int` refuses it, and so does a run of over 4,300 digits;
    either in a user's file must not stop a run."""
    return int(text) if text.isdecimal() and len(text) <= MAX_NUMBER_DIGITS else None


def below(digits: str, other: str) -> bool:
    """Whether the digit run `digits` is a smaller number than `other`, a run of the same
    length: compared digit by digit, never through `int`, which refuses a run of over
    4,300 digits (and one garbage entry must not stop a list). ASCII digits compare as
    text; other scripts' digits (`\\d` takes them) by their values."""
    if digits.isascii() and other.isascii():
        return digits < other
    return [unicodedata.decimal(c) for c in digits] < [unicodedata.decimal(c) for c in other]


def ascii_fold(text: str) -> str:
    """Strip accents and drop non-ASCII letters; used for keys and comparisons only."""
    if text.isascii():  # the common case: nothing to fold
        return text
    special = str.maketrans(
        {
            "ø": "o",
            "Ø": "O",
            "ß": "ss",
            "æ": "ae",
            "Æ": "AE",
            "ł": "l",
            "Ł": "L",
            "đ": "d",
            "Đ": "D",
            "ı": "i",
        }
    )
    decomposed = unicodedata.normalize("NFKD", text.translate(special))
    return "".join(c for c in decomposed if ord(c) < 128)
