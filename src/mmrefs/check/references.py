"""Rules over the reference list itself: entries missing what a reader needs to find the work,
and two numbers for one work.

`reference.incomplete` (warning) asks, by kind, for the fields a reader needs (`REQUIRED`):
a journal article needs its journal and year, and a volume and pages unless an article
number or DOI stands in for them; a book its publisher; and so on. `reference.duplicate`
(warning) reports each dedupe cluster once; look-alikes dedupe kept apart (near-misses, such
as the review's three papers titled "Chimeric antigen receptor T-cell therapy for multiple
myeloma") are not findings.
"""

from __future__ import annotations

import re

from mmrefs.model import Build, Finding, Kind, Reference, Severity

# Kind → groups of fields; each group needs one non-empty field. `locator` is the article rule.
REQUIRED: dict[Kind, tuple[tuple[str, ...], ...]] = {
    Kind.ARTICLE: (("container",), ("year",)),
    Kind.BOOK: (("publisher",), ("year",)),
    Kind.CHAPTER: (("container",), ("publisher",), ("year",)),
    Kind.THESIS: (("publisher",), ("year",)),
    Kind.CONFERENCE: (("container", "publisher"), ("year",)),
    Kind.REPORT: (("publisher", "url", "doi"), ("year",)),
    Kind.WEB: (("url", "doi"),),
    Kind.PATENT: (("year",),),
    Kind.STANDARD: (("year",),),
    Kind.NEWSPAPER: (("container",), ("year",)),
    Kind.DATASET: (("url", "doi"),),
    Kind.SOFTWARE: (("url", "doi"),),
}
NOUN = {Kind.ARTICLE: "journal article", Kind.CONFERENCE: "conference paper"}
FIELD_NAME = {"container": "journal or book", "publisher": "publisher or institution"}


def missing_fields(ref: Reference) -> list[str]:
    """The fields (or groups, `url or doi`) a reference of its kind lacks."""
    missing = [
        " or ".join(FIELD_NAME.get(f, f) for f in group)
        for group in REQUIRED.get(ref.kind, ())
        if not any(getattr(ref, f) for f in group)
    ]
    if ref.kind == Kind.ARTICLE and not (ref.article_number or ref.doi):
        missing += [f for f, ok in (("volume", ref.volume), ("pages", ref.pages)) if not ok]
    return missing


def incomplete(build: Build) -> tuple[Finding, ...]:
    found: list[Finding] = []
    for ref in build.document.references:
        missing = missing_fields(ref)
        if not missing:
            continue
        noun = NOUN.get(ref.kind, ref.kind.value)
        stand_in = " (no article number or DOI to stand in)" if ref.kind == Kind.ARTICLE else ""
        found.append(
            Finding(
                "reference.incomplete",
                Severity.WARNING,
                f"[{ref.number}] {noun} lacks {' and '.join(missing)}"
                + (stand_in if {"volume", "pages"} & set(missing) else ""),
                (ref.number,) if ref.number is not None else (),
                ref.loc,
                (("reason", f"{ref.kind.value}-fields"), ("missing", ", ".join(missing))),
            )
        )
    return tuple(found)


def _number_of(record_id: str, index: int, build: Build) -> Reference | None:
    """The reference a dedupe id names: `[n]` by number, anything else by position."""
    match = re.fullmatch(r"\[(\d+)\](?:#\d+)?", record_id)
    refs = build.document.references
    if match:
        return next((r for r in refs if r.number == int(match.group(1))), None)
    return refs[index] if index < len(refs) else None


def duplicates(build: Build) -> tuple[Finding, ...]:
    """One warning per cluster of numbers that describe one work, with the joining rule."""
    result = build.duplicates
    if result is None:
        return ()
    found: list[Finding] = []
    for members in result.clusters:
        refs = [r for i in members if (r := _number_of(result.ids[i], i, build)) is not None]
        if len(refs) < 2:
            continue
        refs.sort(key=lambda r: (r.number or 0, r.loc.line))
        links = [p for p in result.links if p.a in members and p.b in members]
        why = "; ".join(dict.fromkeys(p.match.reason for p in links)) or "dedupe cluster"
        numbers = tuple(r.number for r in refs if r.number is not None)
        shown = [f"[{n}]" for n in numbers]
        listed = ", ".join(shown[:-1]) + f" and {shown[-1]}"
        times = "twice" if len(refs) == 2 else f"{len(refs)} times"
        found.append(
            Finding(
                "reference.duplicate",
                Severity.WARNING,
                f"{listed} are one work, listed {times} ({why})",
                numbers,
                refs[-1].loc,
                (
                    ("reason", "dedupe-cluster"),
                    ("rule", why),
                    ("lines", ", ".join(str(r.loc.line) for r in refs)),
                ),
            )
        )
    return tuple(found)
