"""Whole input text → Document: reference lists or records, plus numbering findings."""

from __future__ import annotations

from mmrefs.errors import InputError
from mmrefs.ingest.record import is_record, parse_record
from mmrefs.ingest.reflist import find_list_start, split_lines
from mmrefs.ingest.refparse import parse_entry
from mmrefs.keys import assign_keys
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
    split = split_lines(lines, file, start)
    if not split.entries:
        raise InputError("the reference list holds no numbered entries", file, start + 1)
    parsed = [parse_entry(entry, file) for entry in split.entries]
    refs = assign_keys(p for p in parsed if isinstance(p, Reference))
    failures = tuple(p for p in parsed if isinstance(p, FailedEntry))
    findings = numbering_findings([(e.number, e.line) for e in split.entries], file)
    # The message is the failure's own reason object, not a copy: the entry number is in
    # `refs`, so a list of garbage costs one small Finding per failure, not a second text.
    findings += [
        Finding("parse.failed", Severity.ERROR, f.reason, (f.number,) if f.number else (), f.loc)
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
