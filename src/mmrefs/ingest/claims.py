"""What a citation is cited for: the claim around a mark, in a paragraph, a table row or a
caption.

Body claims run from the previous sentence end (or the previous mark in the same
sentence) to the mark; when only an author phrase (`PUENTE等`, `Smith et al.`) stands
there, the claim is the whole sentence. A table row's claim is its descriptive cells (the
mechanism, the result), with the leading label cells (category, material) as its context;
a caption's claim is the caption without its attribution (`(adapted from reference [114])`),
which names the source rather than saying anything the source supports.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from mmrefs.formats.jats import superscript
from mmrefs.text import collapse_spaces

# A full stop ends a sentence unless it ends an abbreviation that citations are full of.
SENTENCE_END = re.compile(
    r"[。！？；]|[!?;](?=\s|$)|\.(?=\s|$)"
    r"(?<!\bal\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bcf\.)(?<!\bvs\.)(?<!\bFig\.)(?<!\bFigs\.)"
    r"(?<!\bp\.)(?<!\bpp\.)"
)
MAX_CLAIM = 1000  # characters either side of a mark; no real sentence is longer
NARRATIVE = re.compile(
    r"(?P<name>[A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)?)\s*(?:等人?|et\s+al\.?|and\s+colleagues)"
    r"\s*$"
)
# A reference cell, odd brackets included (`[12`, `12]`) so that they are reported.
REFS_CELL = re.compile(r"^\s*[\[(（]?\s*\d[\d\s,，、\-–—~]*[\])）]*\s*$")
_SENTENCE_PUNCT = re.compile(r"[:：;；。]|\.\s")
LABEL_CELL_MAX = 150
_MARK = r"\[[\d\s,，、\-–—~]+\]"
_CARET_MARK = re.compile(r"\^\[[^\]]*\]")
_SUP = re.compile(r"<sup>([^<]*)</sup>")
CAPTION_ATTRIBUTION = re.compile(
    rf"\s*[(（][^()（）]*{_MARK}[^()（）]*[)）]"
    r"|\s*\b(?:adapted|reproduced|reprinted|modified|redrawn)\s+(?:with\s+permission\s+)?"
    r"from\b.*$"
    r"|\s*(?:本[图表])?(?:引用自|引自|改编自|摘自).*$",
    re.IGNORECASE,
)


class Sentences:
    """Sentence ends of one block, found once, so each mark's sentence is a bisection
    rather than a scan from the block's start."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = [m.span() for m in SENTENCE_END.finditer(text)]
        self.starts = [start for start, _ in found]
        self.ends = [end for _, end in found]

    def bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding `pos` (a mark after a full stop belongs to
        it), each at most MAX_CLAIM characters from `pos`: run-on text is not one claim."""
        idx = bisect_right(self.ends, pos)  # ends at or before pos: the sentence starts there
        start = self.ends[idx - 1] if idx else 0
        after = bisect_left(self.starts, pos)
        end = self.ends[after] if after < len(self.ends) else len(self.text)
        return max(start, pos - MAX_CLAIM), min(end, pos + MAX_CLAIM)


def plain_superscripts(text: str) -> str:
    """`Ca<sup>2+</sup>` → `Ca²⁺`: tags out of what a person reads."""
    return _SUP.sub(lambda m: superscript(m.group(1)), text) if "<sup>" in text else text


def clean_claim(text: str) -> str:
    """Claim text without bracketed citation marks, superscripts printed as superscript
    characters (`Δ⁹-THC`, `cm²`), spaces collapsed, loose punctuation trimmed."""
    text = plain_superscripts(_CARET_MARK.sub("", text))
    return collapse_spaces(text).strip(" ,，;；:：")


def body_claim(
    sentences: Sentences, mark_start: int, prev_end: int, named: str = ""
) -> tuple[str, str]:
    """The claim text and the narrative author (if the mark follows an author phrase, or
    names the author itself: `named`, as `Lin et al. (2012)` does)."""
    text = sentences.text
    start, end = sentences.bounds(mark_start)
    if start == mark_start and start > 0:  # mark right after a full stop: previous sentence
        start, _ = sentences.bounds(start - 1)
    start = max(start, prev_end if prev_end <= mark_start else start)
    before = text[start:mark_start]
    narrative = NARRATIVE.search(before)
    author = named or (narrative.group("name") if narrative else "")
    if author:  # `PUENTE等^[29]提出…`: the claim is what the cited authors did
        return clean_claim(text[start:end]), author
    return clean_claim(before), author


def caption_claim(caption: str) -> str:
    """The caption without its attribution and marks: what the figure shows."""
    return clean_claim(re.sub(rf"\^?{_MARK}", "", CAPTION_ATTRIBUTION.sub("", caption)))


def row_cells(row: str, above: tuple[str, ...]) -> tuple[str, ...]:
    """A row's cells; leading empty cells take the value of the row above (spanned cells)."""
    cells = [c.strip() for c in row.split("\t")]
    if len(above) == len(cells):
        for idx, cell in enumerate(cells[:-1]):
            if cell:
                break
            cells[idx] = above[idx]
    return tuple(cells)


def table_claim(cells: tuple[str, ...]) -> tuple[str, str, str]:
    """(claim, context, reference cell) of a row; no reference cell, no claim.

    Leading cells that read as labels (short, no sentence punctuation) are the context;
    the claim runs from the first descriptive cell, and never starts after the longest.
    """
    if not cells or not REFS_CELL.match(cells[-1]):
        return "", "", ""
    body = [c for c in cells[:-1] if c]
    longest = max(range(len(body)), key=lambda i: (len(body[i]), i), default=0)
    split = 0
    while split < longest and len(body[split]) <= LABEL_CELL_MAX:
        if _SENTENCE_PUNCT.search(body[split]):
            break
        split += 1
    return " | ".join(body[split:]), " | ".join(body[:split]), cells[-1]
