"""First-author verdicts as a table: the ways databases write one person, and the ways two
people differ. Names are invented."""

from __future__ import annotations

import pytest

from mmrefs.ingest.fieldmap import authors_from_text
from mmrefs.match.evidence import Cue, Strength
from mmrefs.match.fields import first_author
from mmrefs.match.signature import Signature, signature_of
from mmrefs.model import Kind, Reference, SourceLoc


def sig(authors: str) -> Signature:
    people, et_al = authors_from_text(authors)
    ref = Reference("k", None, "", SourceLoc("t", 1), Kind.ARTICLE, authors=people, et_al=et_al)
    return signature_of(0, ref)


AUTHORS = [
    ("initials with dots", "Quellada, M S", "Quellada, M. S.", "equal", Cue.SAME),
    ("accents", "Quellada, M", "Quelladá, M", "equal", Cue.SAME),
    ("hyphenated particle", "van-Berkhoven, F J", "Berkhoven, F", "equal", Cue.SAME),
    ("typo", "Quellada, M", "Quelada, M", "close", Cue.SPELLING),
    ("lost letter", "Gr?nberg, T", "Grünberg, T", "close", Cue.LOST_LETTER),
    ("initials in family", "Quellada Mdb, S.", "Quellada, M. D.", "close", Cue.INITIALS_IN_FAMILY),
    ("other initial", "Quellada, M", "Quellada, T", "conflict", Cue.INITIAL),
    ("other person", "Quellada, M", "Ostrander, M", "conflict", Cue.DIFFERENT),
    ("short families are not initials", "Chen, G", "Cheng, X", "conflict", Cue.INITIAL),
]


@pytest.mark.parametrize(
    ("name", "a", "b", "agreement", "cue"), AUTHORS, ids=[row[0] for row in AUTHORS]
)
def test_first_author(name: str, a: str, b: str, agreement: str, cue: Cue) -> None:
    verdict, turned = first_author(sig(a), sig(b)), first_author(sig(b), sig(a))
    assert (verdict.agreement.value, verdict.cue) == (agreement, cue), (name, verdict.shown())
    assert (turned.agreement, turned.cue, turned.strength) == (
        verdict.agreement,
        verdict.cue,
        verdict.strength,
    )


def test_a_different_family_is_strong_an_initial_moderate() -> None:
    assert first_author(sig("Quellada, M"), sig("Ostrander, M")).strength == Strength.STRONG
    assert first_author(sig("Quellada, M"), sig("Quellada, T")).strength == Strength.MODERATE
