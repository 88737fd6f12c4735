"""What every grammar shares: the candidate it proposes and the anchors it looks for."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

YEAR = r"(?:1[5-9]|20)\d{2}"
# The calendar's months, abbreviated and in full; with the seasons a periodical's issue
# may be dated by, `MONTH_NAMES`.
CALENDAR_MONTH_NAMES = (
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|"
    "July|August|September|October|November|December"
)
MONTH_NAMES = f"{CALENDAR_MONTH_NAMES}|Spring|Summer|Autumn|Fall|Winter"
MONTH = rf"(?:{MONTH_NAMES})\.?"
# Full month names of the other languages real lists print: Romance and Dutch ones in
# lower case, as those languages write them, German ones capitalised (German's `April`,
# `August`, `September` and `November` are English's). One list for every rule that reads
# a foreign date; a rule that must not take a capitalised word for a month (`Mars` opening
# a title) uses it as it is, one that may wraps it in `(?i:…)`.
FOREIGN_MONTH_NAMES = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
    r"d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    r"octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|"
    r"outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre|januari|februari|maart|mei|augustus|"
    r"Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember"
)
# Languages a list names as a work's own (`Norwegian.`, `[Article in Chinese]`, `(in
# Russian)`, Pleiades' `[in Russian]`): one closed list for every note that says which
# language a cited work is in, so that no such note knows a language another misses.
LANGUAGES = frozenset((
    "Afrikaans", "Arabic", "Armenian", "Belarusian", "Bulgarian", "Catalan", "Chinese",
    "Croatian", "Czech", "Danish", "Dutch", "English", "Estonian", "Finnish", "French",
    "Georgian", "German", "Greek", "Hebrew", "Hungarian", "Icelandic", "Indonesian",
    "Italian", "Japanese", "Korean", "Kurdish", "Latvian", "Lithuanian", "Macedonian",
    "Malay", "Norwegian", "Persian", "Polish", "Portuguese", "Romanian", "Russian",
    "Serbian", "Slovak", "Slovenian", "Spanish", "Swedish", "Thai", "Turkish", "Ukrainian",
    "Vietnamese",
))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Candidate:
    """One grammar's reading of an entry: its fields, how good it looks, and what was left.

    `score` is in [0, 1]; `unexplained` is printed text no field took (a reason to doubt).
    """

    style: str
    fields: dict[str, Any] = field(default_factory=dict)
    score: float = 0.0
    unexplained: str = ""


@dataclass(frozen=True, slots=True)
class Miss:
    """Why a grammar could not read an entry (its anchor absent or its shape broken)."""

    style: str
    reason: str
