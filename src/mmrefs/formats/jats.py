"""JATS XML (PMC's article format) → text whose citations are exact.

JATS tags every citation: `<xref ref-type="bibr" rid="R12">12</xref>`. Each one is written
as the number of the entry its `rid` points to (the entry's numeric label, else its
position in the reference list), in brackets, with neighbouring xrefs of one group kept
together (`[2,3]`, `[4]–[6]`), so no guess is involved: the tagging decides, not the look
of a superscript. Superscripts that are not citations become superscript characters (`cm²`,
`¹⁸F`), so no reader takes them for marks. An author–year xref (`Smith et al., 2015`) keeps
its printed text, for the author–year reader. The reference list is written numbered,
one entry per line, from `mixed-citation` as printed or from `element-citation` fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from mmrefs.errors import InputError

_MARK = "\x00"
_PLAIN = "0123456789+-−=(),–abcdeimnx"
SUPERSCRIPTS = str.maketrans(_PLAIN, "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾˒⁻ᵃᵇᶜᵈᵉⁱᵐⁿˣ")
CONVERTIBLE = frozenset(_PLAIN)
_GROUP = re.compile(rf"{_MARK}(\d+){_MARK}(?:\s*[,–\-]\s*{_MARK}\d+{_MARK})*")
_BRACKETED = re.compile(rf"\[\s*{_MARK}[^\]]*\]")
_SKIPPED = {"label", "xref", "graphic", "media", "object-id", "sec-meta"}


@dataclass(frozen=True, slots=True)
class JatsText:
    """The article as text, and how many tagged citations and entries it holds."""

    text: str
    xrefs: int
    references: int


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el: Any, name: str) -> Iterator[Any]:
    return (c for c in el.iter() if _local(c.tag) == name)


class _Writer:
    """Walks the article once: entries numbered first, so xrefs can be resolved."""

    def __init__(self, root: Any) -> None:
        self.numbers: dict[str, str] = {}
        self.entries: list[tuple[str, str]] = []
        for position, ref in enumerate(_children(root, "ref"), 1):
            label = next((_flat(c) for c in ref if _local(c.tag) == "label"), "").strip(". ")
            number = label.strip("[]") if label.strip("[]").isdigit() else str(position)
            self.numbers[ref.get("id", "")] = number
            self.entries.append((number, _entry_text(ref)))
        self.xrefs = 0

    def inline(self, el: Any) -> str:
        """An element's text with citations as numbers and other superscripts converted."""
        parts = [el.text or ""]
        for child in el:
            parts.append(self.child(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def child(self, child: Any) -> str:
        name = _local(child.tag)
        if name == "xref" and child.get("ref-type") == "bibr":
            return self.xref(child)
        if name == "sup":
            inner = self.inline(child)
            return inner if _MARK in inner else superscript(inner)
        if name in ("fn", "table-wrap", "fig"):
            return ""  # printed on their own lines
        return self.inline(child)

    def xref(self, xref: Any) -> str:
        printed = _flat(xref)
        rids = (xref.get("rid") or "").split()
        if not rids or not re.fullmatch(r"[\d\s,–\-]*", printed) or rids[0] not in self.numbers:
            return printed
        self.xrefs += 1
        return "".join(f"{_MARK}{self.numbers[rid]}{_MARK}" for rid in rids if rid in self.numbers)

    def paragraph(self, el: Any) -> str:
        text = _BRACKETED.sub(lambda m: m.group(0).replace(_MARK, ""), self.inline(el))
        text = _GROUP.sub(_group, text)
        return re.sub(r"\s+", " ", text.replace(_MARK, "")).strip()

    def body(self, el: Any) -> Iterator[str]:
        for child in el:
            name = _local(child.tag)
            if name in ("p", "title"):
                yield self.paragraph(child)
                yield from self.floats(child)
            elif name == "table-wrap":
                yield from self.table(child)
            elif name == "fig":
                yield from self.figure(child)
            elif name not in _SKIPPED:
                yield from self.body(child)  # sections, lists, boxed text: their paragraphs

    def floats(self, para: Any) -> Iterator[str]:
        """Footnotes, figures and tables set inside a paragraph, after it."""
        for inner in para.iter():
            name = _local(inner.tag)
            if inner is para or name not in ("fn", "fig", "table-wrap"):
                continue
            yield from {"fn": self.body, "fig": self.figure, "table-wrap": self.table}[name](inner)

    def figure(self, fig: Any) -> Iterator[str]:
        label = next((_flat(c) for c in fig if _local(c.tag) == "label"), "")
        caption = next((c for c in fig if _local(c.tag) == "caption"), None)
        text = " ".join(self.paragraph(p) for p in caption) if caption is not None else ""
        yield f"{label} {text}".strip()

    def table(self, wrap: Any) -> Iterator[str]:
        yield from self.figure(wrap)
        for row in _children(wrap, "tr"):
            cells = [self.paragraph(c) for c in row if _local(c.tag) in ("td", "th")]
            yield "\t".join(c.replace("\t", " ") for c in cells)
        for foot in _children(wrap, "table-wrap-foot"):
            yield from self.body(foot)


def superscript(text: str) -> str:
    """`2+` → `²⁺`; text with a character that has no superscript form stays as it is."""
    return text.translate(SUPERSCRIPTS) if set(text) <= CONVERTIBLE else text


def _group(match: re.Match[str]) -> str:
    """A run of xref numbers as one bracketed mark, set off from a word before it."""
    before = match.string[match.start() - 1 : match.start()]
    return (" [" if before.isalnum() else "[") + match.group(0).replace(_MARK, "") + "]"


def _flat(el: Any) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def _entry_text(ref: Any) -> str:
    """An entry as printed (`mixed-citation`), else assembled from `element-citation`."""
    for cite in ref:
        if _local(cite.tag) == "mixed-citation":
            return _flat(cite)
    cite = next((c for c in ref if _local(c.tag) in ("element-citation", "citation")), None)
    if cite is None:
        return ""
    field = {_local(c.tag): _flat(c) for c in cite.iter()}
    names = [
        " ".join(_flat(p) for p in name if _local(p.tag) in ("surname", "given-names"))
        for name in _children(cite, "name")
    ]
    pages = "-".join(p for p in (field.get("fpage"), field.get("lpage")) if p)
    issue = f"({field['issue']})" if field.get("issue") else ""
    doi = next((_flat(p) for p in _children(cite, "pub-id") if p.get("pub-id-type") == "doi"), "")
    head = ", ".join(names)
    tail = f"{field.get('year', '')};{field.get('volume', '')}{issue}:{pages}"
    return f"{head}. {field.get('article-title', '')}. {field.get('source', '')}. {tail}." + (
        f" doi:{doi}" if doi else ""
    )


def text_from_jats(data: bytes, source: str) -> JatsText:
    """The text of a JATS article; InputError when the bytes are not one."""
    try:
        root = fromstring(data)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise InputError(f"not readable XML ({exc})", source) from exc
    if _local(root.tag) != "article":
        raise InputError(f"not a JATS article (root element <{_local(root.tag)}>)", source)
    writer = _Writer(root)
    lines = [_flat(t) for t in _children(root, "article-title")][:1]
    for abstract in _children(root, "abstract"):
        lines.append("Abstract: " + " ".join(writer.paragraph(p) for p in _children(abstract, "p")))
    for body in _children(root, "body"):
        lines += [line for line in writer.body(body) if line]
    lines.append("References")
    lines += [f"[{number}] {text}" for number, text in writer.entries]
    return JatsText("\n".join(lines) + "\n", writer.xrefs, len(writer.entries))
