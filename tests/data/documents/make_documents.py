"""Render the test documents of `content.py` as .txt, .docx (python-docx), .pdf (HTML printed
by headless chromium, two columns, running header and page numbers) and JATS XML.

Run once by hand, from the repository root, when the content changes; the outputs are
committed and the tests never need chromium:

    .venv/bin/python tests/data/documents/make_documents.py
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import DOCUMENTS, Block  # noqa: E402

SUP = re.compile(r"<sup>(.*?)</sup>")
FOOTNOTE = "The pilot cohort is described in full elsewhere.<sup>11</sup>"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def txt(blocks: list[Block]) -> str:
    lines: list[str] = []
    for kind, payload in blocks:
        if kind == "table":
            lines += ["\t".join(row) for row in payload]  # type: ignore[attr-defined]
        else:
            lines.append(str(payload))
        if kind == "p" and "18<sup>11</sup>" in str(payload):
            lines.append(f"Footnote 1: {FOOTNOTE}")
    return "\n".join(lines) + "\n"


def add_runs(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
    pos = 0
    for match in SUP.finditer(text):
        if match.start() > pos:
            paragraph.add_run(text[pos : match.start()])
        paragraph.add_run(match.group(1)).font.superscript = True
        pos = match.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def add_footnote(document, paragraph) -> None:  # type: ignore[no-untyped-def]
    """python-docx cannot write footnotes: add the part and the reference run by hand."""
    body = "".join(
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{m}</w:t></w:r>'
        if i % 2
        else f'<w:r><w:t xml:space="preserve">{m}</w:t></w:r>'
        for i, m in enumerate(SUP.split(FOOTNOTE))
        if m
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p>{body}</w:p></w:footnote></w:footnotes>'
    )
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), content_type, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    rpr.append(align)
    run.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), "1")
    run.append(ref)
    paragraph._p.append(run)


def write_docx(blocks: list[Block], path: Path) -> None:
    document = docx.Document()
    styles = {"title": "Title", "heading": "Heading 1", "caption": "Caption"}
    for kind, payload in blocks:
        if kind == "table":
            rows = payload  # type: ignore[assignment]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    add_runs(table.cell(r, c).paragraphs[0], cell)
            continue
        paragraph = document.add_paragraph(style=styles.get(kind))
        add_runs(paragraph, str(payload))
        if kind == "p" and "18<sup>11</sup>" in str(payload):
            add_footnote(document, paragraph)
    document.core_properties.author = "mmrefs tests"
    document.save(str(path))


CSS = """
@page { size: A5; margin: 16mm 11mm 14mm;
  @top-center { content: "Example Journal of Haematology 2026"; font: 8pt serif; }
  @bottom-center { content: counter(page); font: 8pt serif; } }
body { font: 9.5pt/1.3 serif; margin: 0; }
.front { column-span: all; }
.cols { column-count: 2; column-gap: 6mm; text-align: justify; }
h1 { font-size: 13pt; } h2 { font-size: 10.5pt; margin: 6pt 0 3pt; }
p { margin: 0 0 5pt; } .ref { font-size: 8.5pt; } .note { font-size: 8pt; }
table { font-size: 8pt; border-collapse: collapse; margin: 4pt 0; break-inside: avoid; }
td { padding: 1pt 16pt 1pt 0; vertical-align: top; }
"""
# Line-end hyphens as a typesetter leaves them: forced breaks inside words (`haema-` /
# `tological`), and one inside a compound that is printed whole elsewhere (`co-culture`).
SOFT = {
    "haematological cancer": "haema-<br>tological cancer",
    "in co-culture experiments": "in co-<br>culture experiments",
    "independent review": "inde-<br>pendent review",
}


def inline(text: str) -> str:
    out = html.escape(text, quote=False)
    out = out.replace("&lt;sup&gt;", "<sup>").replace("&lt;/sup&gt;", "</sup>")
    for word, soft in SOFT.items():
        out = out.replace(word, soft)
    return out


def write_html(blocks: list[Block]) -> str:
    """Front matter and tables span the page; text runs in two columns around them."""
    parts: list[tuple[bool, str]] = []  # (spans the page, element)
    for kind, payload in blocks:
        if kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{inline(c)}</td>" for c in row) + "</tr>"
                for row in payload  # type: ignore[attr-defined]
            )
            parts.append((True, f"<table>{rows}</table>"))
            continue
        tag = {"title": "h1", "heading": "h2", "refhead": "h2"}.get(kind, "p")
        css = {"ref": "ref", "tablenote": "note", "affiliation": "note"}.get(kind, "")
        spans = kind in ("title", "authors", "affiliation", "abstract", "tablenote", "caption")
        parts.append((spans, f'<{tag} class="{css}">{inline(str(payload))}</{tag}>'))
        if kind == "p" and "18<sup>11</sup>" in str(payload):
            parts.append((False, f'<p class="note">Footnote 1: {inline(FOOTNOTE)}</p>'))
    out: list[str] = []
    for spans, element in parts:
        if spans:
            out.append(f'<div class="front">{element}</div>')
        elif out and out[-1].startswith('<div class="cols">'):
            out[-1] = out[-1][: -len("</div>")] + element + "</div>"
        else:
            out.append(f'<div class="cols">{element}</div>')
    title = html.escape(str(blocks[0][1]))
    return (
        f'<!doctype html><html lang="en"><meta charset="utf-8"><title>{title}</title>'
        f"<style>{CSS}</style><body>" + "".join(out)
    )


def write_pdf(blocks: list[Block], path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "doc.html"
        page.write_text(write_html(blocks), encoding="utf-8")
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={path}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
        )


def jats_inline(text: str, numbered: bool) -> str:
    """Superscripts holding only numbers become tagged citations (`xref`), others stay."""
    out = (
        html.escape(text, quote=False)
        .replace("&lt;sup&gt;", "<sup>")
        .replace("&lt;/sup&gt;", "</sup>")
    )

    def cite(match: re.Match[str]) -> str:
        inner = match.group(1)
        if not numbered or not re.fullmatch(r"[\d,–]+", inner) or match.start() == 0:
            return match.group(0)
        if re.search(r"(?:10|cm|Δ)$", out[: match.start()]) or out[match.end() :][:1].isupper():
            return match.group(0)
        tagged = re.sub(
            r"\d+", lambda n: f'<xref ref-type="bibr" rid="R{n[0]}">{n[0]}</xref>', inner
        )
        return f"<sup>{tagged}</sup>"

    return SUP.sub(cite, out)


def write_jats(blocks: list[Block], path: Path) -> None:
    body, refs, title = [], [], ""
    for kind, payload in blocks:
        text = str(payload)
        if kind == "title":
            title = html.escape(text)
        elif kind == "heading":
            if body:
                body.append("</sec>")
            body.append(f"<sec><title>{html.escape(text.split(' ', 1)[1])}</title>")
        elif kind == "p":
            body.append(f"<p>{jats_inline(text, True)}</p>")
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{jats_inline(c, False)}</td>" for c in row) + "</tr>"
                for row in payload  # type: ignore[attr-defined]
            )
            body.append(f'<table-wrap id="T1"><table>{rows}</table></table-wrap>')
        elif kind == "caption":
            label, _, rest = text.partition(". ")
            caption = jats_inline(rest, True)
            body.append(
                f'<fig id="F1"><label>{label}.</label><caption><p>{caption}</p></caption></fig>'
            )
        elif kind == "ref":
            number, _, entry = text.partition(" ")
            n = number.strip("[]")
            cited = f"<mixed-citation>{html.escape(entry)}</mixed-citation>"
            refs.append(f'<ref id="R{n}"><label>{n}</label>{cited}</ref>')
    body.append("</sec>")
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<article article-type="review-article">'
        f"<front><article-meta><title-group><article-title>{title}</article-title>"
        f"</title-group></article-meta></front><body>{''.join(body)}</body>"
        f"<back><ref-list><title>References</title>{''.join(refs)}</ref-list></back></article>\n",
        encoding="utf-8",
    )


def main() -> None:
    for name, blocks in DOCUMENTS.items():
        (HERE / f"{name}.txt").write_text(txt(blocks), encoding="utf-8")
        write_docx(blocks, HERE / f"{name}.docx")
        write_pdf(blocks, HERE / f"{name}.pdf")
    write_jats(DOCUMENTS["superscript-paper"], HERE / "superscript-paper.jats.xml")


if __name__ == "__main__":
    main()
