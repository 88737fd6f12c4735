"""The invented work the resolver tests vary: a single-author print (so the co-author rule
of the first-author comparer cannot rescue a mangled name) with a full locator, and the
registry's record of it. DOIs use the example prefix 10.5555."""

from __future__ import annotations

from mmrefs.model import Author, Kind, Record, Reference, SourceLoc

TITLE = "Bortezomib-loaded nanoparticles home to the myeloma bone marrow niche"
DOI = "10.5555/case.1"
OTHER = "10.5555/case.2"
REF = Reference(
    key="kowalczyk2018bortezomib",
    number=7,
    raw="",
    loc=SourceLoc("review.txt", 40),
    kind=Kind.ARTICLE,
    title=TITLE,
    authors=(Author("KOWALCZYK", "A B"),),
    et_al=True,
    container="J Control Release",
    year="2018",
    volume="270",
    issue="3",
    pages="158-76",
    first_page="158",
    last_page="176",
)
RECORD = Record(
    source="crossref",
    doi=DOI,
    title=TITLE,
    authors=(Author("Kowalczyk", "Anna B"), Author("Halvorsen", "Tor"), Author("Mbeki", "L")),
    container="Journal of Controlled Release",
    container_short="J Control Release",
    year="2018",
    volume="270",
    issue="3",
    pages="158-176",
)
