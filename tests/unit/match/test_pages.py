"""Page forms as a table: one article's pages in every form exports print them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mmrefs.match.fields import pages
from mmrefs.match.pages import page_keys
from mmrefs.match.signature import Signature, signature_of
from mmrefs.model import Kind, Reference, SourceLoc

FORMS = [
    ("range", "1802-1824", ("1802", "1824", "")),
    ("short range", "1802-24", ("1802", "1824", "")),
    ("double dash", "1802 -- 1824", ("1802", "1824", "")),
    ("list", "233-8, 230-5, 246-51", ("230", "235", "")),
    ("list with plus", "233-238+230-235+246-251", ("230", "235", "")),
    ("reply in the list", "2243-5; author reply 2243-5", ("2243", "2245", "")),
    ("open end", "35+", ("35", "", "")),
    ("article number", "e43268", ("43268", "", "e")),
    ("review number", "CD006828", ("6828", "", "c")),
    ("supplement", "S33-38", ("33", "38", "s")),
    ("spreadsheet date", "01-Jun", ("", "", "")),
    ("placeholder", "UNKNOWN", ("", "", "")),
]


@pytest.mark.parametrize(("name", "printed", "keys"), FORMS, ids=[f[0] for f in FORMS])
def test_page_forms(name: str, printed: str, keys: tuple[str, str, str]) -> None:
    assert page_keys(printed, "", "", "") == keys, name


BASE = Reference("k", None, "", SourceLoc("t.csv", 1), Kind.ARTICLE, title="Invented")


def _sig(printed: str, volume: str = "27") -> Signature:
    return signature_of(0, replace(BASE, pages=printed, volume=volume))


VERDICTS = [
    ("same first page", ("1802-24", "27"), ("1802-1824", "27"), "equal"),
    ("list orders", ("233-8, 230-5", "94"), ("230-235+233-238", "94"), "equal"),
    ("overlap", ("488", "27"), ("487-488", "27"), "close"),
    ("article number / pdf pages", ("e12724", "27"), ("1-6", "27"), "missing"),
    ("online first", ("1-8", ""), ("2422-2429", "27"), "conflict, weak"),
    ("supplement pages", ("S33-38", "10"), ("1262-1268", "10"), "conflict, moderate"),
    ("different ranges", ("100-110", "27"), ("111-120", "27"), "conflict, moderate"),
]


@pytest.mark.parametrize(("name", "a", "b", "shown"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_page_verdicts(name: str, a: tuple[str, str], b: tuple[str, str], shown: str) -> None:
    verdict = pages(_sig(*a), _sig(*b))
    assert verdict.shown().startswith(shown), (name, verdict.shown())
