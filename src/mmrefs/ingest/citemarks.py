"""Citation marks: find them in a line and expand `19-21,24-28` into reference numbers.

A mark that cannot be read exactly (`[5-3]`, `[12-]`, `[0]`, beyond the list, unclosed)
is reported with its text, never guessed: a wrong number is worse than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

RANGE_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212~\uff5e\uff0d"
_ITEM_SPLIT = re.compile(r"\s*[,，、;；]\s*")
_RANGE = re.compile(rf"^(\d+)\s*[{RANGE_DASH}]\s*(\d*)$")

# Numbered marks, in the order they are tried; each group 1 is the inside of the mark.
MARKS = (
    ("caret", re.compile(r"\^\[([^\]\n]{0,80})\]")),
    ("caret-unclosed", re.compile(r"\^\[(?![^\]\n]{0,80}\])([^\n]{0,20})")),
    ("sup", re.compile(r"<sup>\s*\[?([\d\s,，、\-–—~]+)\]?\s*</sup>")),
    ("superscript", re.compile(r"\^\{?\[?(\d[\d,\-–]*)\]?\}?(?![\w])")),
    ("fullwidth-paren", re.compile(r"（(\d[\d\s,，、\-–—~]*)）")),
    ("bracket", re.compile(r"(?<![A-Za-z0-9\^])\[(\d[\d\s,，、\-–—~]*)\](?!\()")),
)
AUTHOR_YEAR = re.compile(
    r"\(([A-Z][A-Za-z'\-]+(?:\s+(?:et al\.?|and|&)\s*[A-Z]?[A-Za-z'\-]*)?),?\s+(\d{4}[a-z]?)\)"
)


@dataclass(frozen=True, slots=True)
class Mark:
    """One mark found in a line: its text, span and the numbers (or why it is malformed)."""

    text: str
    start: int
    end: int
    numbers: tuple[int, ...]
    problem: str = ""


def expand_numbers(inner: str, last: int | None) -> tuple[tuple[int, ...], str]:
    """Expand `19-21,24-28` → (19, 20, 21, 24, …); return a problem instead of guessing."""
    if not inner.strip():
        return (), "empty citation"
    numbers: list[int] = []
    for item in _ITEM_SPLIT.split(inner.strip()):
        if item.isdigit():
            numbers.append(int(item))
            continue
        match = _RANGE.match(item)
        if not match:
            return (), f"cannot read {item!r} as a number or range"
        low, high = match.group(1), match.group(2)
        if not high:
            return (), f"open range {item!r}"
        if int(high) < int(low):
            return (), f"reversed range {item!r}"
        if int(high) - int(low) > 500:
            return (), f"range {item!r} spans more than 500 references"
        numbers.extend(range(int(low), int(high) + 1))
    if any(n < 1 for n in numbers):
        return (), "reference number 0 or below"
    if last is not None and any(n > last for n in numbers):
        return (), f"number above the list's last reference [{last}]"
    return tuple(sorted(set(numbers))), ""


def find_marks(line: str, last: int | None, forms: tuple[str, ...] | None = None) -> list[Mark]:
    """Every numbered mark in `line`, left to right, none overlapping another."""
    taken: list[tuple[int, int]] = []
    marks: list[Mark] = []
    for name, pattern in MARKS:
        if forms is not None and name not in forms:
            continue
        for match in pattern.finditer(line):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if name == "caret-unclosed":
                marks.append(
                    Mark(match.group(0), match.start(), match.end(), (), "unclosed bracket")
                )
            else:
                numbers, problem = expand_numbers(match.group(1), last)
                marks.append(Mark(match.group(0), match.start(), match.end(), numbers, problem))
            taken.append((match.start(), match.end()))
    return sorted(marks, key=lambda m: m.start)
