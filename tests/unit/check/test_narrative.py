"""`citation.narrative-author` as a table: the name before 等/et al., the cited reference's
authors (and the registry's), and the kind of slip that must (or must not) be reported."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mmrefs.check.narrative import NarrativeKind, classify, first_name, narrative_authors
from mmrefs.model import Author, Severity
from tests.unit.check.factory import cite, make_build, ref, resolved

K = NarrativeKind
DESAI = Author(family="Desai", given="Neha")

CLASSIFY = [
    # (name, printed authors, et al., registry authors, kind)
    ("first author", "ZHANG", ["ZHANG H X", "LI M"], False, [], K.MATCH),
    ("case", "Zhang", ["ZHANG H"], False, [], K.MATCH),
    ("pinyin for characters", "GAN", ["干军", "陈国华"], True, [], K.MATCH),
    ("either reading of a heteronym", "ZENG", ["曾强"], False, [], K.MATCH),
    ("characters for pinyin", "张", ["ZHANG H"], False, [], K.MATCH),
    ("accents", "MULLER", ["MÜLLER A"], False, [], K.MATCH),
    ("particle kept", "DE LA PUENTE", ["DE LA PUENTE P"], False, [], K.MATCH),
    ("two-word tail (extraction cut)", "LA FUENTE", ["DE LA FUENTE R"], False, [], K.MATCH),
    ("no authors printed", "SMITH", [], False, [], K.MATCH),
    ("compound cut short", "PUENTE", ["DE LA PUENTE P", "LUDERER M J"], True, [], K.COMPOUND_CUT),
    ("double surname cut", "BUJNAKOVA", ["LUKACOVA BUJNAKOVA Z"], False, [], K.COMPOUND_CUT),
    ("hyphenated surname cut", "COELHO", ["LOPES-COELHO F"], False, [], K.COMPOUND_CUT),
    ("second author", "MOMIN", ["NEHA D", "MOMIN M", "KHAN T"], True, [], K.CO_AUTHOR),
    ("given name", "NEHA", [DESAI, "MOMIN M"], False, [], K.GIVEN_NAME),
    (
        "given name only the registry knows",
        "JANA",
        ["CHOLUJOVA D"],
        True,
        [Author("Cholujova", "Dana"), Author("Jakubikova", "Jana")],
        K.GIVEN_NAME,
    ),
    ("swapped in the reference", "DESAI", ["NEHA D", "MOMIN M"], True, [], K.SWAPPED),
    ("swapped, registry agrees with text", "DESAI", ["NEHA D"], True, [DESAI], K.SWAPPED),
    (
        "reference misprints, registry agrees",
        "KUMAR",
        ["SMITH J"],
        False,
        [Author("Kumar", "S")],
        K.MISPRINTED,
    ),
    ("different person", "JANA", ["CHOLUJOVA D", "KOKLESOVA L"], True, [], K.DIFFERENT),
    ("initial alone is not a swap", "DAVIS", ["NEHA D M"], False, [], K.DIFFERENT),
]


@pytest.mark.parametrize(
    ("label", "name", "authors", "et_al", "record", "kind"), CLASSIFY, ids=[r[0] for r in CLASSIFY]
)
def test_classify(
    label: str, name: str, authors: list, et_al: bool, record: list[Author], kind: NarrativeKind
) -> None:
    reference = ref(1, "T", *authors, et_al=et_al) if authors else replace(ref(1), authors=())
    assert classify(name, reference, tuple(record)) == kind


FINDINGS = [
    # (narrative, numbers, {number: authors}, et al., severity or None, on the reference)
    ("ZHANG", (1,), {1: ["ZHANG H"]}, False, None, False),
    ("PUENTE", (1,), {1: ["DE LA PUENTE P"]}, True, Severity.INFO, False),
    ("JANA", (1,), {1: ["CHOLUJOVA D"]}, True, Severity.WARNING, False),
    ("JANA", (1,), {1: ["CHOLUJOVA D", "KOKLESOVA L"]}, False, Severity.ERROR, False),
    ("DESAI", (1,), {1: ["NEHA D"]}, True, Severity.WARNING, True),
    ("ZHANG", (1, 2), {1: ["LI X"], 2: ["ZHANG H"]}, True, None, False),
    ("ZHANG", (1, 2), {1: ["LI X"], 2: ["WANG Y", "ZHANG H"]}, True, Severity.WARNING, False),
    ("Smith and Jones", (1,), {1: ["SMITH J", "JONES B"]}, False, None, False),
    ("", (1,), {1: ["LI X"]}, False, None, False),
]


@pytest.mark.parametrize(
    ("narrative", "numbers", "authors", "et_al", "severity", "on_ref"), FINDINGS
)
def test_findings(
    narrative: str,
    numbers: tuple[int, ...],
    authors: dict[int, list[str]],
    et_al: bool,
    severity: Severity | None,
    on_ref: bool,
) -> None:
    refs = [ref(n, "T", *names, et_al=et_al) for n, names in authors.items()]
    build = make_build(refs, [cite(1, numbers, "某研究", line=7, narrative=narrative)])
    found = narrative_authors(build)
    assert [f.severity for f in found] == ([severity] if severity else [])
    for f in found:
        assert f.code == "citation.narrative-author" and "\n" not in f.message
        assert f.loc == (refs[0].loc if on_ref else build.citations.citations[0].loc)  # type: ignore[union-attr]
        assert narrative in f.message and "7" in f.message


def test_registry_authors_come_from_the_resolution() -> None:
    printed = ref(1, "T", "NEHA D", et_al=True)
    build = make_build(
        [printed],
        [cite(1, (1,), "某研究", narrative="DESAI")],
        resolutions=[resolved(printed, authors=(DESAI,))],
    )
    (finding,) = narrative_authors(build)
    assert dict(finding.evidence)["reason"] == "swapped-in-reference"


@pytest.mark.parametrize(
    ("narrative", "first"), [("Smith and Jones", "Smith"), ("Smith & Jones", "Smith"), ("LI", "LI")]
)
def test_first_name(narrative: str, first: str) -> None:
    assert first_name(narrative) == first
