"""What every grammar shares: the candidate it proposes and the anchors it looks for."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

YEAR = r"(?:1[5-9]|20)\d{2}"
MONTH_NAMES = (
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|"
    "July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter"
)
MONTH = rf"(?:{MONTH_NAMES})\.?"
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
