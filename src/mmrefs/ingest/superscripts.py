"""Is a bare superscript number a citation? Decided from evidence, with a named reason.

Superscripts also print exponents (`10<sup>6</sup>`), units (`cm<sup>2</sup>`), isotope and
compound labels (`<sup>13</sup>C`, `Δ<sup>9</sup>-THC`) and footnote markers. Counting every
one as a citation once gave 58 false citations next to 38 real ones in a short paper, so a
superscript counts only when the evidence says so: it stands in citation position (after a
word or closing punctuation), its numbers are in the list's range, and it agrees with how
the rest of the document cites. What clearly is something else is set aside with its
reason; what is doubtful becomes a `citation.ambiguous-superscript` finding, never counted
silently. Rules are a table, tried in order: a new quirk is one row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from mmrefs.ingest.citemarks import Mark
from mmrefs.model import Finding, Severity, SourceLoc
from mmrefs.text import GREEK

_LABEL = r"[\w*†‡§¶#]{1,3}"
DEFINITION = re.compile(
    rf"^\s*(?:<sup>\s*(?P<sup>{_LABEL})\s*</sup>|\^\{{?(?P<caret>{_LABEL})\}}?)"
)
_INNER = re.compile(r"<sup>\s*([^<]*?)\s*</sup>|\^\{?([^}\s]*)")
_TOKEN = re.compile(r"([A-Za-zµμΩÅ]+)$")
_NUMBER = re.compile(r"(?:^|[^\w.])(\d+(?:\.\d+)?)$")
_GREEK = re.compile(f"[{GREEK}]$")
_CLOSING = ".,;:!?)]}'\"’”%"
_UNITS = (
    "m cm mm µm μm nm pm km dm s ms µs μs ns min h g mg µg μg ng pg kg l L mL ml µL μL dL "
    "M mM µM μM nM pM mol mmol µmol μmol Da kDa Hz kHz MHz J kJ W mW V mV kV Pa kPa MPa K "
    "Å ft"
)
UNITS = frozenset(_UNITS.split())
_ELEMENTS = (
    "He Li Be Ne Na Mg Al Si Cl Ar Ca Sc Ti Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Zr Nb "
    "Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf "
    "Ta Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa Np Pu Am Cm Bk Cf Es Fm Md No Lr"
)
ELEMENTS = frozenset(_ELEMENTS.split())


class Verdict(StrEnum):
    """What a superscript is: counted, set aside, or reported for a person to decide."""

    CITATION = "citation"
    NOT_CITATION = "not-citation"
    DOUBTFUL = "doubtful"


class Reason(StrEnum):
    """The evidence a verdict rests on."""

    CITATION_POSITION = "citation-position"
    SIGNED = "signed-exponent"
    FOOTNOTE_DEFINITION = "footnote-definition"
    FOOTNOTE_MARKER = "footnote-marker"
    AFTER_GREEK = "after-greek-letter"
    POWER_OF_TEN = "power-of-ten"
    AFTER_NUMBER = "after-number"
    AFTER_UNIT = "after-unit-or-variable"
    AFTER_ELEMENT = "after-element-symbol"
    AFTER_LETTER = "after-single-capital"
    BEFORE_SYMBOL = "before-symbol"
    NOT_IN_POSITION = "not-in-citation-position"
    OUT_OF_RANGE = "out-of-range"
    INCONSISTENT = "inconsistent-with-other-marks"


EXPLAINED = {
    Reason.AFTER_NUMBER: "follows a number, so it may be an exponent",
    Reason.AFTER_LETTER: "follows a single capital letter (a variable, element or label?)",
    Reason.NOT_IN_POSITION: "follows a space or an opening bracket, not a word or punctuation",
    Reason.OUT_OF_RANGE: "its number lies outside the reference list",
    Reason.INCONSISTENT: "the document's other citations are bracketed, not superscript",
}


@dataclass(frozen=True, slots=True)
class Decision:
    """A verdict and the rule that gave it."""

    verdict: Verdict
    reason: Reason


class Around(NamedTuple):
    """What the rules look at: the mark's text inside, what precedes and follows it."""

    inner: str
    before: str
    after: str
    problem: str
    defined: bool
    definition_line: bool


class Footnotes:
    """Labels that footnote lines define (`<sup>a</sup> p < 0.05` under a table, `<sup>1</sup>
    Department of …` under the authors), for the lines they annotate: the table rows just
    above the definitions, or else the one line just above them (the authors). A superscript
    there with a defined label is the footnote's marker; the same number in the body is not."""

    def __init__(self, lines: list[str]) -> None:
        self.labels: dict[int, frozenset[str]] = {}
        pending: set[str] = set()
        below = ""  # what the line below was: a definition, a table row or other text
        for idx in range(len(lines) - 1, -1, -1):
            line = lines[idx]
            match = DEFINITION.match(line) if "<sup>" in line or "^" in line else None
            kind = "definition" if match else "row" if "\t" in line else "text"
            if match:
                pending.add(match.group("sup") or match.group("caret"))
            elif pending and (kind == "row" or below == "definition"):
                self.labels[idx + 1] = frozenset(pending)
            if kind == "text" and line.strip():
                pending = set()
            below = kind if line.strip() else below

    def defines(self, label: str, line: int) -> bool:
        """Whether a footnote printed just below `line` defines `label`."""
        return label in self.labels.get(line, frozenset())


def _token(before: str) -> str:
    match = _TOKEN.search(before)
    return match.group(1) if match else ""


def _power_of_ten(a: Around) -> bool:
    number = _NUMBER.search(a.before)
    return number is not None and number.group(1) == "10"


def _isotope(a: Around) -> bool:
    return a.after[:1].isupper() and (not a.before or a.before[-1] in " \t([/-–")


Rule = tuple[Reason, Verdict, Callable[[Around], bool]]
RULES: tuple[Rule, ...] = (
    (Reason.SIGNED, Verdict.NOT_CITATION, lambda a: a.inner[:1] in "-−–+"),
    (Reason.FOOTNOTE_DEFINITION, Verdict.NOT_CITATION, lambda a: not a.before.strip()),
    (
        Reason.FOOTNOTE_DEFINITION,
        Verdict.NOT_CITATION,
        lambda a: a.definition_line and a.before[-1:] in " ;,",
    ),
    (Reason.FOOTNOTE_MARKER, Verdict.NOT_CITATION, lambda a: a.defined),
    (Reason.AFTER_GREEK, Verdict.NOT_CITATION, lambda a: bool(_GREEK.search(a.before))),
    (Reason.POWER_OF_TEN, Verdict.NOT_CITATION, _power_of_ten),
    (Reason.AFTER_NUMBER, Verdict.DOUBTFUL, lambda a: a.before[-1:].isdigit()),
    (Reason.AFTER_UNIT, Verdict.NOT_CITATION, lambda a: _token(a.before) in UNITS),
    (
        Reason.AFTER_UNIT,
        Verdict.NOT_CITATION,
        lambda a: len(_token(a.before)) == 1 and _token(a.before).islower(),
    ),
    (Reason.AFTER_ELEMENT, Verdict.NOT_CITATION, lambda a: _token(a.before) in ELEMENTS),
    (Reason.BEFORE_SYMBOL, Verdict.NOT_CITATION, _isotope),
    (
        Reason.AFTER_LETTER,
        Verdict.DOUBTFUL,
        lambda a: len(_token(a.before)) == 1 and _token(a.before).isupper(),
    ),
    (
        Reason.NOT_IN_POSITION,
        Verdict.DOUBTFUL,
        lambda a: not (a.before[-1:].isalpha() or a.before[-1:] in _CLOSING),
    ),
    (Reason.OUT_OF_RANGE, Verdict.DOUBTFUL, lambda a: "above the list" in a.problem),
)


def inner_text(marker: str) -> str:
    """What a superscript mark holds: `<sup> 4 </sup>` → `4`, `^{13}` → `13`."""
    match = _INNER.search(marker)
    return next((g for g in match.groups() if g is not None), "") if match else marker


def judge(text: str, mark: Mark, line: int, footnotes: Footnotes) -> Decision | None:
    """The verdict on a bare superscript in `text` (one block), or None when it is not
    a superscript at all or is malformed in a way the mark readers already report."""
    if not mark.bare:
        return None
    inner = inner_text(mark.text)
    label = re.split(r"[^\w*†‡§¶#]", inner, maxsplit=1)[0]
    around = Around(
        inner,
        text[max(0, mark.start - 24) : mark.start],
        text[mark.end : mark.end + 4],
        mark.problem,
        footnotes.defines(label, line),
        bool(DEFINITION.match(text)),
    )
    for reason, verdict, applies in RULES:
        if applies(around):
            return Decision(verdict, reason)
    if mark.problem:
        return None
    return Decision(Verdict.CITATION, Reason.CITATION_POSITION)


def consistent(superscripts: int, bracketed: int) -> bool:
    """Whether superscripts in citation position agree with the document's other marks: a
    document that cites with brackets prints its few superscripts for something else."""
    return superscripts >= bracketed


def doubtful_finding(marker: str, reason: Reason, loc: SourceLoc) -> Finding:
    """`citation.ambiguous-superscript`: not counted; a person decides."""
    return Finding(
        "citation.ambiguous-superscript",
        Severity.WARNING,
        f"superscript {marker!r} may or may not be a citation: {EXPLAINED[reason]}; not counted",
        (),
        loc,
        (("reason", reason.value), ("marker", marker)),
    )
