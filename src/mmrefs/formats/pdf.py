"""PDF → the characters of its text layer, with where each one is printed (pdfminer.six).

Only the glyphs are read here: text, box and size, page by page. Reading order, columns,
superscripts, running heads and hyphenation are geometry over these glyphs, decided in
`ingest/pagetext.py` without pdfminer. A PDF whose pages hold images but no text is a scan:
it is refused with a message that says so, since mmrefs does not run OCR. Bytes in, no file
access.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTImage, LTItem
from pdfminer.pdfdocument import (
    PDFEncryptionError,
    PDFPasswordIncorrect,
    PDFTextExtractionNotAllowed,
)
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from mmrefs.errors import InputError
from mmrefs.formats.quiet import quiet_logger

MIN_CHARS_PER_PAGE = 20  # below this on average, the text layer is missing, not short
_INVISIBLE = {"\u00ad", "\u200b", "\ufeff"}


@dataclass(frozen=True, slots=True)
class Glyph:
    """One printed character: its text, box (PDF points, origin bottom left) and size."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float


@dataclass(frozen=True, slots=True)
class PdfPage:
    """A page's glyphs in content order, its size, and how many images it draws."""

    number: int
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    images: int


def _walk(items: Iterable[LTItem]) -> Iterator[LTItem]:
    for item in items:
        yield item
        if isinstance(item, LTContainer) and not isinstance(item, LTChar):
            yield from _walk(item)


def _glyphs(items: Iterable[LTItem]) -> tuple[tuple[Glyph, ...], int]:
    glyphs: list[Glyph] = []
    images = 0
    for item in _walk(items):
        if isinstance(item, LTChar):
            text = item.get_text()
            if text and text not in _INVISIBLE and item.size > 0:
                glyphs.append(Glyph(text, item.x0, item.x1, item.y0, item.y1, item.size))
        elif isinstance(item, LTImage):
            images += 1
    return tuple(glyphs), images


def pages_from_pdf(data: bytes, source: str) -> list[PdfPage]:
    """Every page's glyphs; InputError for what is not a readable PDF with a text layer."""
    with quiet_logger("pdfminer"):
        pages = _read_pages(data, source)
    refuse_without_text(pages, source)
    return pages


def _read_pages(data: bytes, source: str) -> list[PdfPage]:
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[PdfPage] = []
    try:
        for number, page in enumerate(PDFPage.get_pages(io.BytesIO(data)), 1):
            interpreter.process_page(page)
            layout = device.get_result()
            glyphs, images = _glyphs(layout)
            pages.append(PdfPage(number, layout.width, layout.height, glyphs, images))
    except PDFTextExtractionNotAllowed as exc:
        raise InputError("the PDF forbids text extraction", source) from exc
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise InputError(f"the PDF is encrypted and cannot be read ({exc})", source) from exc
    except (PDFSyntaxError, PSException, ValueError, TypeError, KeyError) as exc:
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})", source) from exc
    return pages


def refuse_without_text(pages: list[PdfPage], source: str) -> None:
    """A PDF with (next to) no characters is refused: a scan needs OCR first."""
    if not pages:
        raise InputError("the PDF has no pages", source)
    chars = sum(len(p.glyphs) for p in pages)
    if chars >= MIN_CHARS_PER_PAGE * len(pages):
        return
    if any(p.images for p in pages):
        raise InputError(
            f"the PDF has no text layer ({chars} characters on {len(pages)} pages, drawn as "
            "images): it looks scanned; mmrefs reads text only, so run OCR first "
            "(e.g. `ocrmypdf in.pdf out.pdf`) and give it the result",
            source,
        )
    raise InputError(f"the PDF holds no text ({chars} characters on {len(pages)} pages)", source)
