"""Word (.docx) → the plain text every reader of mmrefs understands.

One paragraph is one line; a table row is one line of tab-separated cells (a merged cell
continued from the row above stays empty, as the table reader expects); superscript runs
become `<sup>…</sup>`, so a superscript mark is read like one in HTML and judged on the same
evidence; numbered paragraphs get their number (`[3] `), which Word computes rather than
stores; a footnote is kept as its own line `Footnote n: …` after the paragraph that calls it.
Deleted tracked changes are dropped, inserted ones kept. Bytes in, text out: no file access.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml

from mmrefs.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_CONTAINERS = {f"{W}{t}" for t in ("hyperlink", "ins", "smartTag", "fldSimple", "customXml")}
_SDT = {f"{W}sdt", f"{W}sdtContent"}
_SPACES = {f"{W}tab": " ", f"{W}br": " ", f"{W}cr": " ", f"{W}noBreakHyphen": "-"}
_NUMBERED = {"decimal", "decimalZero"}


@dataclass(frozen=True, slots=True)
class DocxText:
    """The document as text, with counts a summary or a benchmark reports."""

    text: str
    paragraphs: int
    tables: int
    footnotes: int


def _val(el: Any, tag: str) -> str | None:
    found = el.find(f"{W}{tag}") if el is not None else None
    return None if found is None else found.get(f"{W}val")


class _Styles:
    """What styles say about superscript and numbering, looked up once per style id."""

    def __init__(self, root: Any) -> None:
        self.superscript: set[str] = set()
        self.numbering: dict[str, tuple[str, str]] = {}
        for style in root.iter(f"{W}style"):
            sid = style.get(f"{W}styleId") or ""
            if _val(style.find(f"{W}rPr"), "vertAlign") == "superscript":
                self.superscript.add(sid)
            num = style.find(f"{W}pPr/{W}numPr")
            if num is not None:
                self.numbering[sid] = (_val(num, "numId") or "", _val(num, "ilvl") or "0")


class _Numbers:
    """Decimal list numbering (`numbering.xml`): the number Word shows for a paragraph."""

    def __init__(self, root: Any) -> None:
        self.formats: dict[tuple[str, str], tuple[str, int]] = {}
        self.counters: dict[tuple[str, str], int] = {}
        if root is None:
            return
        abstract = {a.get(f"{W}abstractNumId"): a for a in root.iter(f"{W}abstractNum")}
        for num in root.iter(f"{W}num"):
            lvls = abstract.get(_val(num, "abstractNumId"))
            for lvl in lvls.iter(f"{W}lvl") if lvls is not None else ():
                start = int(_val(lvl, "start") or "1")
                key = (num.get(f"{W}numId") or "", lvl.get(f"{W}ilvl") or "0")
                self.formats[key] = (_val(lvl, "numFmt") or "", start)

    def label(self, key: tuple[str, str]) -> str:
        """`[n] ` for a decimal list paragraph, '' for bullets and anything else."""
        fmt, start = self.formats.get(key, ("", 1))
        if fmt not in _NUMBERED:
            return ""
        self.counters[key] = self.counters.get(key, start - 1) + 1
        return f"[{self.counters[key]}] "


class _Reader:
    """Walks the body once, in document order, keeping footnote order as Word numbers it."""

    def __init__(self, document: Any) -> None:
        part = document.part
        self.styles = _Styles(document.styles.element)
        numbering = part.numbering_part.element if _has_numbering(part) else None
        self.numbers = _Numbers(numbering)
        self.notes = _footnotes(part)
        self.called: list[str] = []
        self.counts = [0, 0]

    def body(self, container: Any) -> Iterator[str]:
        for child in container.iterchildren():
            if child.tag == f"{W}p":
                self.counts[0] += 1
                text, notes = self.paragraph(child)
                yield text
                yield from self.footnote_lines(notes)
            elif child.tag == f"{W}tbl":
                self.counts[1] += 1
                yield from self.table(child)
            elif child.tag in _SDT:
                yield from self.body(child)

    def table(self, tbl: Any) -> Iterator[str]:
        for row in tbl.iter(f"{W}tr"):
            cells = []
            for cell in row.findall(f"{W}tc"):
                texts = [self.paragraph(p)[0] for p in cell.iter(f"{W}p")]
                cells.append(" ".join(t for t in texts if t).replace("\t", " "))
            yield "\t".join(cells)

    def paragraph(self, p: Any) -> tuple[str, list[str]]:
        """A paragraph's text with superscripts tagged, and the footnotes it calls."""
        pieces: list[str] = [self.label(p)]
        sup: list[str] = []
        notes: list[str] = []
        for run in _runs(p):
            text, called = _run_text(run)
            notes += called
            if self.is_superscript(run):
                sup.append(text)
                continue
            pieces.append(_tagged(sup) + text)
            sup = []
        pieces.append(_tagged(sup))
        return "".join(pieces).strip(), notes

    def label(self, p: Any) -> str:
        ppr = p.find(f"{W}pPr")
        num = ppr.find(f"{W}numPr") if ppr is not None else None
        if num is not None:
            return self.numbers.label((_val(num, "numId") or "", _val(num, "ilvl") or "0"))
        style = _val(ppr, "pStyle") if ppr is not None else None
        key = self.styles.numbering.get(style or "")
        return self.numbers.label(key) if key else ""

    def is_superscript(self, run: Any) -> bool:
        rpr = run.find(f"{W}rPr")
        align = _val(rpr, "vertAlign")
        if align is not None:
            return align == "superscript"
        return (_val(rpr, "rStyle") or "") in self.styles.superscript

    def footnote_lines(self, notes: list[str]) -> Iterator[str]:
        for note in notes:
            if note in self.notes and note not in self.called:
                self.called.append(note)
                yield f"Footnote {len(self.called)}: {self.paragraphs_of(self.notes[note])}"

    def paragraphs_of(self, note: Any) -> str:
        return " ".join(t for t in (self.paragraph(p)[0] for p in note.iter(f"{W}p")) if t)


def _tagged(sup: list[str]) -> str:
    joined = "".join(sup)
    return f"<sup>{joined}</sup>" if joined.strip() else joined


def _runs(el: Any) -> Iterator[Any]:
    """The runs of a paragraph in order, through links and insertions, not deletions."""
    for child in el.iterchildren():
        if child.tag == f"{W}r":
            yield child
        elif child.tag in _CONTAINERS or child.tag in _SDT:
            yield from _runs(child)


def _run_text(run: Any) -> tuple[str, list[str]]:
    """A run's text (tabs and breaks as spaces) and the ids of footnotes it calls."""
    pieces: list[str] = []
    notes: list[str] = []
    for child in run.iterchildren():
        if child.tag == f"{W}t":
            pieces.append(child.text or "")
        elif child.tag in _SPACES:
            pieces.append(_SPACES[child.tag])
        elif child.tag == f"{W}footnoteReference":
            notes.append(child.get(f"{W}id") or "")
    return "".join(pieces), notes


def _has_numbering(part: Any) -> bool:
    try:
        part.numbering_part  # noqa: B018 - raises when the document has no numbering part
    except NotImplementedError:
        return False
    return True


def _footnotes(part: Any) -> dict[str, Any]:
    """Footnotes by id, separators left out."""
    for rel in part.rels.values():
        if rel.reltype == FOOTNOTES and not rel.is_external:
            root = parse_xml(rel.target_part.blob)
            return {
                n.get(f"{W}id"): n
                for n in root.iter(f"{W}footnote")
                if n.get(f"{W}type") in (None, "normal")
            }
    return {}


def text_from_docx(data: bytes, source: str) -> DocxText:
    """The text of a .docx file's bytes; InputError when they are not a Word document."""
    try:
        document = open_docx(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx file ({exc})", source) from exc
    reader = _Reader(document)
    lines = list(reader.body(document.element.body))
    text = "\n".join(lines) + "\n"
    return DocxText(text, reader.counts[0], reader.counts[1], len(reader.called))
