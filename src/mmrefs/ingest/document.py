"""Whole input text → Document: reference lists or records, plus numbering findings."""

from __future__ import annotations

from mmrefs.errors import InputError
from mmrefs.ingest.record import is_record, parse_record
from mmrefs.ingest.reflist import find_list_start, split_reference_list
from mmrefs.ingest.refparse import parse_entry
from mmrefs.keys import assign_keys
from mmrefs.model import Document, FailedEntry, Finding, Reference, Severity, SourceLoc


def numbering_findings(numbers: list[tuple[int, SourceLoc]]) -> list[Finding]:
    """Duplicate numbers, gaps and out-of-order labels, each with where it was printed."""
    findings: list[Finding] = []
    seen: dict[int, SourceLoc] = {}
    previous = 0
    for number, loc in numbers:
        if number in seen:
            findings.append(
                Finding(
                    "numbering.duplicate",
                    Severity.ERROR,
                    f"[{number}] is numbered twice (first at line {seen[number].line})",
                    (number,),
                    loc,
                )
            )
        elif number != previous + 1:
            kind = "gap" if number > previous + 1 else "order"
            missing = (
                f"[{previous + 1}]–[{number - 1}] missing"
                if kind == "gap"
                else f"[{number}] after [{previous}]"
            )
            findings.append(
                Finding(
                    f"numbering.{kind}",
                    Severity.ERROR,
                    f"numbering {kind}: {missing}",
                    (number,),
                    loc,
                )
            )
        seen.setdefault(number, loc)
        previous = max(previous, number)
    if numbers and numbers[0][0] != 1 and not any(f.code == "numbering.gap" for f in findings):
        findings.insert(
            0,
            Finding(
                "numbering.start",
                Severity.WARNING,
                f"list starts at [{numbers[0][0]}]",
                (numbers[0][0],),
                numbers[0][1],
            ),
        )
    return findings


def parse_reference_list(text: str, file: str) -> Document:
    """Parse a document holding a numbered reference list (with or without body text)."""
    lines = text.splitlines()
    start = find_list_start(lines)
    if start is None:
        raise InputError(
            "no reference list found (looked for a heading such as 参考文献 or "
            "References followed by numbered entries, or a file of entries)",
            file,
        )
    split = split_reference_list(text, file, start)
    if not split.entries:
        raise InputError("the reference list holds no numbered entries", file, start + 1)
    parsed = [parse_entry(entry, file) for entry in split.entries]
    refs = assign_keys(p for p in parsed if isinstance(p, Reference))
    failures = tuple(p for p in parsed if isinstance(p, FailedEntry))
    findings = numbering_findings([(e.number, SourceLoc(file, e.line)) for e in split.entries])
    findings += [
        Finding(
            "parse.failed",
            Severity.ERROR,
            f"[{f.number}] not parsed: {f.reason}",
            (f.number,) if f.number else (),
            f.loc,
        )
        for f in failures
    ]
    return Document(
        file,
        "reflist",
        refs,
        failures,
        split.skipped,
        tuple(findings),
        list_start_line=split.start_line,
    )


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
