"""The body of a review as blocks: paragraphs (page breaks rejoined), table rows, captions.

PDF text breaks sentences at page ends and puts footnotes and figure blocks in between.
A paragraph that does not end a sentence stays open; footnote lines and figure blocks met
while it is open are set aside, and the next text line continues it.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass

from mmrefs.text import has_cjk

HEADING = re.compile(r"^\s*((?:[1-9]\d?)(?:\.\d{1,2}){0,3})\s+(?=[\u4e00-\u9fffA-Z])")
CAPTION_LABEL = re.compile(r"^\s*(?:图|表|Fig(?:ure)?\.?|Table)\s*\d+", re.IGNORECASE)
FURNITURE = re.compile(
    r"^\s*(?:收稿日期|接受日期|国家自然科学基金|Received:|Accepted:|This work was supported|"
    r"\[#\]|\^\{\*\}|通信作者|\*Corresponding|Tel:|E-mail:|DOI:|doi:)"
)
FOOTNOTE_LINE = re.compile(r"^\s*<sup>[^<]{1,3}</sup>")  # `¹Department of …`, `ᵃ p < 0.05`
FRONT_MATTER = re.compile(r"^\s*(?:关键词|摘要|Keywords?\b|Abstract\b)")
TERMINATORS = "。！？.!?"


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of body text: `body` paragraph, `table` row or `caption`, with its lines."""

    where: str
    text: str
    line: int
    section: str
    line_starts: tuple[tuple[int, int], ...] = ()

    def line_at(self, offset: int) -> int:
        """The source line of a character offset inside the joined text (by bisection: a
        paragraph of many lines has many marks)."""
        idx = bisect_right(self.line_starts, (offset, sys.maxsize))
        return self.line_starts[idx - 1][1] if idx else self.line


def ends_sentence(text: str) -> bool:
    stripped = re.sub(
        r"(?:\^\[[^\]]*\]|<sup>[^<]*</sup>|\[[\d,\s\-–]+\]|\([^()]*\))+$", "", text.rstrip()
    )
    return bool(stripped) and stripped[-1] in TERMINATORS


def run_in_text(rest: str) -> str:
    """What follows a numbered heading's title on its line: a Chinese run-in heading
    (`2.3.1 脂质体 现如今,…`) ends at its first space; a Latin one (`2 The niche`) is the
    whole line unless it runs on into sentences."""
    if not has_cjk(rest) and len(rest) < 80 and not ends_sentence(rest):
        return ""
    return rest.partition(" ")[2]


def is_table_row(line: str) -> bool:
    return "\t" in line


class _Assembler:
    """Accumulates blocks; keeps one paragraph open across page breaks and figure blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.section = "intro"
        self.para: list[tuple[int, str]] = []
        self.pending: list[tuple[int, str]] = []

    def flush(self) -> None:
        if self.para:
            starts, size = [], 0
            for lineno, piece in self.para:
                starts.append((size, lineno))
                size += len(piece)
            text = "".join(piece for _, piece in self.para)
            self.blocks.append(Block("body", text, self.para[0][0], self.section, tuple(starts)))
            self.para = []

    def settle_pending(self) -> None:
        """Set-aside lines not followed by a caption label: the first one continues the
        open paragraph, the others are paragraphs of their own."""
        if not self.pending:
            return
        first, *rest = self.pending
        self.pending = []
        self.para.append(first)
        self.flush()
        for item in rest:
            self.blocks.append(Block("body", item[1], item[0], self.section, ((0, item[0]),)))

    def caption(self, lineno: int, line: str) -> None:
        self.blocks.extend(Block("caption", t, n, self.section) for n, t in self.pending)
        self.pending = []
        self.blocks.append(Block("caption", line, lineno, self.section))

    def text(self, lineno: int, line: str, opens: bool) -> None:
        if self.para and ends_sentence(line) and len(self.pending) < 2 and "^[" not in line:
            self.pending.append((lineno, line))
            return
        if self.pending:
            self.settle_pending()
        if not self.para and not opens and not ends_sentence(line):
            self.blocks.append(Block("body", line, lineno, self.section, ((0, lineno),)))
            return
        self.para.append((lineno, line))
        if ends_sentence(line):
            self.flush()


def split_blocks(lines: list[str], stop: int | None) -> list[Block]:
    """Blocks of the document's body (up to `stop`, the reference list) plus every caption."""
    out = _Assembler()
    for idx, raw in enumerate(lines):
        lineno, line = idx + 1, raw.strip()
        if not line or FURNITURE.match(line):
            continue
        if CAPTION_LABEL.match(line):
            out.caption(lineno, line)
            continue
        if stop is not None and idx >= stop:
            out.settle_pending()
            continue
        if is_table_row(raw):
            out.blocks.append(Block("table", raw, lineno, out.section))
            continue
        if FRONT_MATTER.match(line) or FOOTNOTE_LINE.match(line):
            out.settle_pending()
            out.flush()
            out.blocks.append(Block("body", line, lineno, out.section, ((0, lineno),)))
            continue
        heading = HEADING.match(line)
        opens = len(line) >= 80 or bool(re.search(r"[。，,；;、]", line))
        if heading and (not out.para or len(line) < 200):
            out.settle_pending()
            out.flush()
            out.section = heading.group(1)
            line = run_in_text(line[heading.end() :])
            if not line.strip():
                continue
            opens = True
        out.text(lineno, line.strip(), opens)
    out.settle_pending()
    out.flush()
    return sorted(out.blocks, key=lambda b: b.line)
