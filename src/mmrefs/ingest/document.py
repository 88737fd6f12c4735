"""Whole input → Document: reference lists (numbered or author–year) or records, plus
numbering findings. Text comes as a string; a Word, PDF or JATS file comes as bytes and is
first turned into the same text (`text_from_bytes`), so every later stage reads one form."""

from __future__ import annotations

from dataclasses import dataclass

from mmrefs.errors import InputError
from mmrefs.formats.jats import text_from_jats
from mmrefs.ingest.citations import AUTHOR_YEAR
from mmrefs.ingest.pagetext import SetAside, text_from_pages
from mmrefs.ingest.record import is_record, parse_record
from mmrefs.ingest.reflist import SplitList, find_list_start, split_lines
from mmrefs.ingest.refparse import parse_entries, reading_findings
from mmrefs.ingest.unnumbered import find_unnumbered_start, split_unnumbered
from mmrefs.keys import KeyRing, assign_keys
from mmrefs.model import Document, FailedEntry, Finding, Reference, Severity, SourceLoc


def numbering_problem(number: int, previous: int, seen: dict[int, int]) -> tuple[str, str] | None:
    """(code, message) of what is wrong with label `number` after `previous`, if anything."""
    if number in seen:
        return "numbering.duplicate", f"[{number}] is numbered twice (first at line {seen[number]})"
    if number > previous + 1:
        return "numbering.gap", f"numbering gap: [{previous + 1}]–[{number - 1}] missing"
    if number != previous + 1:
        return "numbering.order", f"numbering order: [{number}] after [{previous}]"
    return None


def numbering_findings(numbers: list[tuple[int, int]], file: str) -> list[Finding]:
    """Duplicate numbers, gaps and out-of-order labels, each with where it was printed.

    `numbers` holds (label number, line); a SourceLoc is made only for a finding, since a
    long list has far fewer findings than entries.
    """
    findings: list[Finding] = []
    seen: dict[int, int] = {}
    previous = 0
    for number, line in numbers:
        problem = numbering_problem(number, previous, seen)
        if problem:
            code, message = problem
            loc = SourceLoc(file, line)
            findings.append(Finding(code, Severity.ERROR, message, (number,), loc))
        seen.setdefault(number, line)
        previous = max(previous, number)
    if numbers and numbers[0][0] != 1 and not any(f.code == "numbering.gap" for f in findings):
        first, line = numbers[0]
        start = Finding(
            "numbering.start",
            Severity.WARNING,
            f"list starts at [{first}]",
            (first,),
            SourceLoc(file, line),
        )
        findings.insert(0, start)
    return findings


NO_LIST = (
    "no reference list found (looked for a heading such as 参考文献 or References followed "
    "by numbered entries or by an alphabetical list of author–year entries, or a file of "
    "entries)"
)
UNNUMBERED_META = (("numbering", "list-position"), ("citations", AUTHOR_YEAR))


def parse_reference_list(text: str, file: str) -> Document:
    """Parse a document holding a reference list (with or without body text): numbered,
    or else unnumbered and alphabetical, as author–year papers print it."""
    lines = text.splitlines()
    start = find_list_start(lines)
    if start is None:
        return parse_unnumbered_list(lines, file)
    split = split_lines(lines, file, start)
    if not split.entries:
        raise InputError("the reference list holds no numbered entries", file, start + 1)
    findings = numbering_findings([(e.number, e.line) for e in split.entries], file)
    return document_of(split, file, findings)


def parse_unnumbered_list(lines: list[str], file: str) -> Document:
    """An alphabetical list: each entry is numbered by its position, and a note says so."""
    start = find_unnumbered_start(lines)
    if start is None:
        raise InputError(NO_LIST, file)
    split = split_unnumbered(lines, file, start)
    if not split.entries:
        raise InputError("the reference list holds no entries", file, start + 1)
    first, last = split.entries[0], split.entries[-1]
    note = Finding(
        "numbering.list-position",
        Severity.INFO,
        f"the list is unnumbered (author–year): each entry's number is its position in the "
        f"list, [1]–[{last.number}]",
        (),
        SourceLoc(file, first.line, last.end_line),
        (("reason", "unnumbered-list"), ("entries", str(last.number))),
    )
    return document_of(split, file, [note], UNNUMBERED_META)


def document_of(
    split: SplitList,
    file: str,
    findings: list[Finding],
    meta: tuple[tuple[str, str], ...] = (),
) -> Document:
    """Parse every entry of a split list into the Document, failures kept as findings."""
    keys = KeyRing()  # each reference is born with its unique key: none is copied for it
    parsed = parse_entries(split.entries, file, keys)
    refs = tuple(p for p in parsed if isinstance(p, Reference))
    failures = tuple(p for p in parsed if isinstance(p, FailedEntry))
    # The message is the failure's own reason object, not a copy: the entry number is in
    # `refs`, so a list of garbage costs one small Finding per failure, not a second text.
    findings += [
        Finding("parse.failed", Severity.ERROR, f.reason, (f.number,) if f.number else (), f.loc)
        for f in failures
    ]
    findings += [f for r in refs for f in reading_findings(r)]  # judgement calls, flagged
    return Document(
        file,
        "reflist",
        refs,
        failures,
        split.skipped,
        tuple(findings),
        list_start_line=split.start_line,
        meta=meta,
    )


BINARY_FORMS = {".docx": "docx", ".pdf": "pdf", ".xml": "jats", ".nxml": "jats"}
PAGE_CHARS = 3000  # characters of a printed page, to count pages of a DOCX or JATS file


@dataclass(frozen=True, slots=True)
class SourceText:
    """A document file as the text every reader takes: its form, its pages (counted for a
    PDF, estimated otherwise) and what the PDF reader set aside (running heads, page
    numbers), each with its page and reason."""

    text: str
    form: str
    pages: int
    set_aside: tuple[SetAside, ...] = ()


def is_binary(suffix: str) -> bool:
    """Whether a file with this suffix is read as bytes (`text_from_bytes`), not text."""
    return suffix.lower() in BINARY_FORMS


def text_from_bytes(data: bytes, source: str, suffix: str) -> SourceText:
    """The text of a .docx, .pdf or JATS .xml file; InputError when it cannot be read."""
    # python-docx and pdfminer (with lxml and cryptography) cost a third of a second and
    # 30 MB to load, so they load only when such a file is read, not for every command.
    form = BINARY_FORMS.get(suffix.lower())
    if form == "pdf":
        from mmrefs.formats.pdf import pages_from_pdf

        paged = text_from_pages(pages_from_pdf(data, source))
        return SourceText(paged.text, form, paged.pages, paged.set_aside)
    if form == "docx":
        from mmrefs.formats.docx import text_from_docx

        text = text_from_docx(data, source).text
    elif form == "jats":
        text = text_from_jats(data, source).text
    else:
        raise InputError(f"cannot read {suffix or 'a file without suffix'} as a document", source)
    return SourceText(text, form, max(1, round(len(text) / PAGE_CHARS)))


def parse_bytes(data: bytes, source: str, suffix: str) -> tuple[Document, SourceText]:
    """Parse a .docx, .pdf or JATS file; the text is returned too, for `cite_document`."""
    converted = text_from_bytes(data, source, suffix)
    return parse_document(converted.text, source), converted


def parse_document(text: str, file: str) -> Document:
    """Parse any supported input; raises InputError when there is nothing to parse."""
    if not text.strip():
        raise InputError("the file is empty", file)
    if is_record(text):
        parsed = parse_record(text, file)
        if isinstance(parsed, FailedEntry):
            return Document(
                file,
                "record",
                failures=(parsed,),
                findings=(Finding("parse.failed", Severity.ERROR, parsed.reason, loc=parsed.loc),),
            )
        return Document(file, "record", assign_keys([parsed]))
    return parse_reference_list(text, file)
