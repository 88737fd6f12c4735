"""Citation-map throughput: a numbered review and an author–year paper of about 10 MB each,
and the document readers in pages per second (PDF and DOCX).

Run: python bench/cite_bench.py [--megabytes 10] [--pdf-rounds 20] [--docx-megabytes 2]
The bundled review's body (text, tables, captions) is repeated until the size is reached,
followed by its reference list, so every mark stays in range; the author–year test paper
is repeated the same way. PDF speed is measured on the committed two-column test PDFs
read again and again; DOCX speed on a Word file written here with python-docx from the
review's body, its `^[n]` marks as superscript runs. A DOCX page is 3000 characters.
"""

from __future__ import annotations

import argparse
import io
import re
from pathlib import Path

from measure import measure
from mmrefs.ingest.citations import build_citation_map, cite_document
from mmrefs.ingest.document import PAGE_CHARS, parse_document, text_from_bytes

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "tests" / "data" / "documents"


def synthetic_review(megabytes: float) -> str:
    text = (ROOT / "refs" / "mm-biomaterials-review.txt").read_text("utf-8")
    cut = text.index("参考文献 (References)")
    body, tail = text[:cut], text[cut:]
    copies = max(1, int(megabytes * 2**20 / len(body.encode())))
    return body * copies + tail


def synthetic_author_year(megabytes: float) -> str:
    text = (DOCUMENTS / "author-year-paper.txt").read_text("utf-8")
    cut = text.index("\nReferences\n")
    body, tail = text[:cut] + "\n", text[cut:]
    copies = max(1, int(megabytes * 2**20 / len(body.encode())))
    return body * copies + tail


def review_docx(megabytes: float) -> bytes:
    """A Word file of the review's body paragraphs, marks as superscript runs (python-docx is
    loaded here, after the text benchmarks, so their peak memory is theirs alone)."""
    import docx

    document = docx.Document()
    lines = [ln for ln in synthetic_review(megabytes).splitlines() if ln.strip()]
    for line in lines:
        paragraph = document.add_paragraph()
        for part in re.split(r"(\^\[[^\]]*\])", line):
            if part.startswith("^["):
                paragraph.add_run(part[2:-1]).font.superscript = True
            elif part:
                paragraph.add_run(part)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def bench_text(name: str, text: str, cite: object) -> None:
    cmap, seconds, peak = measure(cite)  # type: ignore[arg-type]
    print(
        f"{name}: input_mib={len(text.encode()) / 2**20:.1f} "
        f"occurrences={len(cmap.citations)} findings={len(cmap.malformed)} "
        f"seconds={seconds:.2f} occurrences_per_second={len(cmap.citations) / seconds:,.0f} "
        f"peak_rss_mib={peak:.0f}"
    )


def bench_pdf(rounds: int) -> None:
    files = [(p.name, p.read_bytes()) for p in sorted(DOCUMENTS.glob("*.pdf"))]

    def read_all() -> int:
        return sum(text_from_bytes(d, n, ".pdf").pages for _ in range(rounds) for n, d in files)

    pages, seconds, peak = measure(read_all)
    print(
        f"pdf: pages={pages} seconds={seconds:.2f} pages_per_second={pages / seconds:.1f} "
        f"peak_rss_mib={peak:.0f}"
    )


def bench_docx(megabytes: float) -> None:
    data = review_docx(megabytes)
    converted, seconds, peak = measure(lambda: text_from_bytes(data, "bench.docx", ".docx"))
    pages = len(converted.text) / PAGE_CHARS
    doc = parse_document(converted.text, "bench.docx")
    cmap, cite_seconds, _ = measure(lambda: cite_document(converted.text, doc))
    print(
        f"docx: file_mib={len(data) / 2**20:.1f} pages={pages:.0f} seconds={seconds:.2f} "
        f"pages_per_second={pages / seconds:.1f} then occurrences={len(cmap.citations)} "
        f"in {cite_seconds:.2f}s peak_rss_mib={peak:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--pdf-rounds", type=int, default=20)
    parser.add_argument("--docx-megabytes", type=float, default=2.0)
    args = parser.parse_args()
    text = synthetic_review(args.megabytes)
    bench_text("numbered", text, lambda: build_citation_map(text, "bench.txt", 139))
    paper = synthetic_author_year(args.megabytes)
    doc = parse_document(paper, "bench-ay.txt")
    bench_text("author-year", paper, lambda: cite_document(paper, doc))
    bench_pdf(args.pdf_rounds)
    bench_docx(args.docx_megabytes)


if __name__ == "__main__":
    main()
