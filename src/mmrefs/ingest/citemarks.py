"""Citation marks: find them in a line and expand `19-21,24-28` into reference numbers.

A mark that cannot be read exactly (`[5-3]`, `[12-]`, `[0]`, beyond the list, unclosed)
is reported with its text, never guessed: a wrong number is worse than a missing one.

Brackets follow one rule whatever the form: the closers right after a mark must mirror its
openers (`^{[12]}`), or the mark is reported. Too few closers leave it unclosed (`^[3`),
a wrong one is a mismatch (`^(13]`, `[12)`), and a closer with no opener is stray (`^3]`,
`^[1-2]]`), unless it balances a bracket opened earlier in the line: in
`(as shown^[12])` the `)` belongs to the sentence, not to the mark.

Two marks joined by a dash (`[25]–[27]`, `<sup>4</sup>–<sup>6</sup>`) are one range. A mark
with no brackets in a superscript (`<sup>4</sup>`, `^{4}`, `^4`) is `bare`: whether it is a
citation at all is decided from evidence (`superscripts.py`), not from its form.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from mmrefs.text import as_int

RANGE_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212~\uff5e\uff0d"
_ITEM_SPLIT = re.compile(r"\s*[,，、;；]\s*")
_RANGE = re.compile(rf"^(\d+)\s*[{RANGE_DASH}]\s*(\d*)$")
_NUMBERS = r"\d[\d\s,，、\-–—~]*"
_NUMERIC = re.compile(rf"\s*{_NUMBERS}")
PAIRS = {"[": "]", "{": "}", "(": ")", "（": "）"}
_OPENER_OF = {close: open_ for open_, close in PAIRS.items()}
_CARET_OPENERS = frozenset({"", "[", "{", "(", "（", "{["})
_QUOTE_LIMIT = 20
_BETWEEN = re.compile(rf"\s*[{RANGE_DASH}]\s*")

# `^[12]`, `^{[12]}`, `^{12}`, `^12`, and every odd bracketing of them.
CARET = re.compile(
    r"\^(?:(?P<open>[\[{(（]+)(?P<inner>[^\[\]{}()（）\n^<]{0,80})|(?P<bare>\d[\d,，\-–]*)(?!\w))"
    r"(?P<close>[\]})）]*)"
)
SUP = re.compile(
    r"<sup>\s*(?P<open>[\[(（]?)(?P<inner>[\d\s,，、\-–—~]+?)\s*(?P<close>[\])）]?)\s*</sup>"
)
FULLWIDTH_PAREN = re.compile(rf"（(?P<inner>{_NUMBERS})）")
# `[1,3-5]` (not a Markdown link `[1](…)`), and square brackets closed by anything else or
# left open at a sentence end; parentheses alone (`(12)`) are not citations.
BRACKET = re.compile(
    rf"(?<![A-Za-z0-9\^])(?P<open>[\[(（])(?P<inner>{_NUMBERS})"
    r"(?:(?P<close>[\])）]+)(?!\()|(?=\s*(?:$|[。！？；]|[.!?;](?!\d))))"
)
AUTHOR_YEAR = re.compile(
    r"\(([A-Z][A-Za-z'\-]+(?:\s+(?:et al\.?|and|&)\s*[A-Z]?[A-Za-z'\-]*)?),?\s+(\d{4}[a-z]?)\)"
)


class Context(NamedTuple):
    """What every reader of one line needs: the list's last number, the open brackets."""

    last: int | None
    brackets: OpenBrackets


@dataclass(frozen=True, slots=True)
class Mark:
    """One mark found in a line: its text, span and the numbers (or why it is malformed)."""

    text: str
    start: int
    end: int
    numbers: tuple[int, ...]
    problem: str = ""
    form: str = ""
    bare: bool = False


def expand_numbers(inner: str, last: int | None) -> tuple[tuple[int, ...], str]:
    """Expand `19-21,24-28` → (19, 20, 21, 24, …); return a problem instead of guessing."""
    if not inner.strip():
        return (), "empty citation"
    numbers: list[int] = []
    for item in _ITEM_SPLIT.split(inner.strip()):
        number = as_int(item)
        if number is not None:
            numbers.append(number)
            continue
        match = _RANGE.match(item)
        low = as_int(match.group(1)) if match else None
        if match is None or low is None:
            return (), f"cannot read {item!r} as a number or range"
        if not match.group(2):
            return (), f"open range {item!r}"
        high = as_int(match.group(2))
        if high is None:
            return (), f"cannot read {item!r} as a number or range"
        if high < low:
            return (), f"reversed range {item!r}"
        if high - low > 500:
            return (), f"range {item!r} spans more than 500 references"
        numbers.extend(range(low, high + 1))
    if any(n < 1 for n in numbers):
        return (), "reference number 0 or below"
    if last is not None and any(n > last for n in numbers):
        return (), f"number above the list's last reference [{last}]"
    return tuple(sorted(set(numbers))), ""


class OpenBrackets:
    """Which brackets are open at a position of one line, scanning each character once
    per left-to-right pass (marks arrive in order within a form), so a line with many
    marks is not rescanned from its start for each."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.pos = 0
        self.stack: list[str] = []

    def at(self, pos: int) -> list[str]:
        """The brackets open at `pos`, innermost last (the caller must not change it)."""
        if pos < self.pos:
            self.pos, self.stack = 0, []
        for char in self.line[self.pos : pos]:
            if char in PAIRS:
                self.stack.append(char)
            elif char in _OPENER_OF and self.stack and self.stack[-1] == _OPENER_OF[char]:
                self.stack.pop()
        self.pos = max(self.pos, pos)
        return self.stack


def bracket_problem(open_: str, close: str, before: Callable[[], list[str]]) -> tuple[int, str]:
    """How many of `close` belong to the mark, and what is wrong with its brackets ('' when
    nothing is); closers past its own must close brackets open `before` the mark."""
    expected = "".join(PAIRS[c] for c in reversed(open_))
    own, extra = close[: len(expected)], close[len(expected) :]
    if own != expected[: len(own)]:
        return len(own), f"mismatched brackets {open_!r} … {own!r}"
    if len(own) < len(expected):
        return len(own), "unclosed bracket"
    still_open = before() if extra else []
    for count, char in enumerate(extra, 1):
        if count > len(still_open) or PAIRS[still_open[-count]] != char:
            return len(own) + count, f"stray closing bracket {char!r}"
    return len(own), ""


def read_mark(match: re.Match[str], parts: tuple[str, str, str], ctx: Context) -> Mark:
    """A Mark from a match's opener, inner text and closers (`close` must end the match);
    an unclosed one is quoted short, since its text runs on into the sentence."""
    open_, inner, close = parts
    line, start = match.string, match.start()
    used, problem = bracket_problem(open_, close, lambda: ctx.brackets.at(start))
    end = match.end() - len(close) + used
    if problem == "unclosed bracket":
        end = min(end, match.end() - len(close) - len(inner) + _QUOTE_LIMIT)
    numbers: tuple[int, ...] = ()
    if not problem:
        numbers, problem = expand_numbers(inner, ctx.last)
    return Mark(line[start:end], start, end, numbers, problem)


def _caret(match: re.Match[str], ctx: Context) -> Mark | None:
    open_ = match.group("open") or ""
    inner = match.group("inner") if open_ else match.group("bare")
    if "[" not in open_ and not _NUMERIC.fullmatch(inner):
        return None  # `Ca^{2+}`, `^{*}`, `10^{-3}`: superscripts, not citations
    mark = read_mark(match, (open_, inner, match.group("close")), ctx)
    if open_ not in _CARET_OPENERS and not mark.problem:
        return Mark(mark.text, mark.start, mark.end, (), f"odd brackets in {mark.text!r}", "caret")
    return replace(mark, form="caret", bare=open_ in ("", "{"))


def _sup(match: re.Match[str], ctx: Context) -> Mark | None:
    """`<sup>12</sup>`: the closer sits inside the tag, so nothing outside can balance it."""
    _, problem = bracket_problem(match.group("open"), match.group("close"), list)
    numbers: tuple[int, ...] = ()
    if not problem:
        numbers, problem = expand_numbers(match.group("inner"), ctx.last)
    bare = not match.group("open")
    return Mark(match.group(0), match.start(), match.end(), numbers, problem, "sup", bare)


def _fullwidth(match: re.Match[str], ctx: Context) -> Mark | None:
    return replace(read_mark(match, ("（", match.group("inner"), "）"), ctx), form="fullwidth")


def _bracket(match: re.Match[str], ctx: Context) -> Mark | None:
    open_, close = match.group("open"), match.group("close") or ""
    if open_ != "[" and not close.startswith("]"):
        return None  # `(12)`; `（12）` is read by its own form
    return replace(read_mark(match, (open_, match.group("inner"), close), ctx), form="bracket")


Reader = Callable[[re.Match[str], Context], Mark | None]
# Forms in the order they are tried: a span taken by one is not read again by the next.
MARKS: tuple[tuple[str, re.Pattern[str], Reader], ...] = (
    ("caret", CARET, _caret),
    ("sup", SUP, _sup),
    ("fullwidth-paren", FULLWIDTH_PAREN, _fullwidth),
    ("bracket", BRACKET, _bracket),
)


def _candidates(line: str, last: int | None, forms: tuple[str, ...] | None) -> Iterator[Mark]:
    ctx = Context(last, OpenBrackets(line))
    for name, pattern, read in MARKS:
        if forms is None or name in forms:
            for match in pattern.finditer(line):
                mark = read(match, ctx)
                if mark is not None:
                    yield mark


def find_marks(line: str, last: int | None, forms: tuple[str, ...] | None = None) -> list[Mark]:
    """Every numbered mark in `line`, left to right, none overlapping another."""
    marks: list[Mark] = []
    starts: list[int] = []  # of `marks`, kept sorted, so overlaps are found by bisection
    for mark in _candidates(line, last, forms):
        idx = bisect_left(starts, mark.end)
        if idx and marks[idx - 1].end > mark.start:
            continue
        starts.insert(idx, mark.start)
        marks.insert(idx, mark)
    return join_ranges(line, marks, last)


def _joinable(line: str, first: Mark, second: Mark) -> bool:
    """Two one-number marks of one form with only a dash between them: `[25]–[27]`."""
    return (
        first.form == second.form
        and first.bare == second.bare
        and len(first.numbers) == len(second.numbers) == 1
        and _BETWEEN.fullmatch(line, first.end, second.start) is not None
    )


def join_ranges(line: str, marks: list[Mark], last: int | None) -> list[Mark]:
    """Marks with two-mark ranges (`[25]–[27]`, `<sup>4</sup>–<sup>6</sup>`) made one mark
    citing the whole range; a reversed one (`[27]–[25]`) is reported, as `[27-25]` is."""
    out: list[Mark] = []
    for mark in marks:
        if out and _joinable(line, out[-1], mark):
            first = out.pop()
            numbers, problem = expand_numbers(f"{first.numbers[0]}-{mark.numbers[0]}", last)
            text = line[first.start : mark.end]
            out.append(Mark(text, first.start, mark.end, numbers, problem, mark.form, mark.bare))
        else:
            out.append(mark)
    return out
