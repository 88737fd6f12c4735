"""Dedupe properties: a list plus a perturbed, shuffled copy of itself pairs up exactly,
and the clusters never depend on input order or on the record ids."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mmrefs.dedupe import find_duplicates
from mmrefs.ingest.fieldmap import reference_from_fields
from mmrefs.model import DedupeResult, Reference, SourceLoc

WORDS = [
    "myeloma",
    "bone",
    "marrow",
    "niche",
    "hydrogel",
    "scaffold",
    "nanoparticle",
    "delivery",
    "proteasome",
    "inhibitor",
    "bortezomib",
    "exosome",
    "microrna",
    "osteoclast",
    "osteoblast",
    "stromal",
    "signalling",
    "plasma",
    "cell",
    "antigen",
    "receptor",
    "chimeric",
    "therapy",
    "relapsed",
    "refractory",
    "survival",
    "imaging",
    "targeted",
    "release",
    "polymer",
    "peptide",
    "liposome",
    "antibody",
    "conjugate",
    "resistance",
    "microenvironment",
    "angiogenesis",
    "cytokine",
    "macrophage",
    "vesicle",
    "biomarker",
    "diagnosis",
    "prognosis",
    "sequencing",
    "genomic",
    "clonal",
    "evolution",
]
FAMILIES = [
    "Moreau",
    "Kumar",
    "Rajkumar",
    "Anderson",
    "Dimopoulos",
    "Palumbo",
    "Mateos",
    "Richardson",
    "Lonial",
]
JOURNALS = [
    ("Journal of Clinical Oncology", "J Clin Oncol"),
    ("Blood Cancer Journal", "Blood Cancer J"),
    ("Frontiers in Immunology", "Front Immunol"),
    ("International Journal of Pharmaceutics", "Int J Pharm"),
]


def original(rng: random.Random, n: int) -> dict[str, str]:
    first = rng.randint(1, 900)
    authors = [f"{rng.choice(FAMILIES)}{n}, {rng.choice('ABCDEFGH')} {rng.choice('JKLMN')}"]
    authors += [
        f"{rng.choice(FAMILIES)}, {rng.choice('ABCDEFGH')}" for _ in range(rng.randint(0, 3))
    ]
    return {
        "ID": f"o{n}",
        "title": " ".join(rng.sample(WORDS, 9)).capitalize(),
        "author": " and ".join(authors),
        "year": str(rng.randint(1995, 2025)),
        "journal": JOURNALS[rng.randrange(len(JOURNALS))][0],
        "volume": str(rng.randint(1, 300)),
        "pages": f"{first}-{first + rng.randint(5, 40)}",
    }


def perturbed(record: dict[str, str], rng: random.Random) -> dict[str, str]:
    """One database's version of the same paper."""
    copy = {**record, "ID": "c" + record["ID"][1:]}
    change = rng.randrange(5)
    if change == 0:
        copy["title"] = copy["title"].upper() + "."
    elif change == 1:
        full = copy["journal"]
        copy["journal"] = next(abbr for name, abbr in JOURNALS if name == full)
    elif change == 2:
        first, last = copy["pages"].split("-")
        copy["pages"] = f"{first}-{last[-2:]}" if len(last) > 2 else copy["pages"]
    elif change == 3:
        copy["author"] = copy["author"].split(" and ")[0] + " and others"
    else:
        copy["title"] = copy["title"].replace("e", "é", 1)
    return copy


def references(rows: list[dict[str, str]]) -> list[Reference]:
    return [
        reference_from_fields(r, r["ID"], "", SourceLoc("p.csv", n)) for n, r in enumerate(rows)
    ]


def clusters_by_id(result: DedupeResult) -> set[frozenset[str]]:
    return {frozenset(result.ids[i] for i in members) for members in result.clusters}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), size=st.integers(1, 25))
def test_list_plus_perturbed_copy_pairs_exactly(seed: int, size: int) -> None:
    rng = random.Random(seed)
    rows = [original(rng, n) for n in range(size)]
    copies = [perturbed(r, rng) for r in rows]
    mixed = rows + copies
    rng.shuffle(mixed)
    refs = references(mixed)
    result = find_duplicates(refs, [r.key for r in refs])
    expected = {frozenset({f"o{n}", f"c{n}"}) for n in range(size)}
    assert clusters_by_id(result) == expected


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), size=st.integers(2, 20))
def test_result_does_not_depend_on_order_or_ids(seed: int, size: int) -> None:
    rng = random.Random(seed)
    rows = [original(rng, n) for n in range(size)]
    rows += [perturbed(r, rng) for r in rows[: size // 2]]
    refs = references(rows)
    baseline = clusters_by_id(find_duplicates(refs, [r.key for r in refs]))
    shuffled = refs[:]
    rng.shuffle(shuffled)
    assert clusters_by_id(find_duplicates(shuffled, [r.key for r in shuffled])) == baseline
    renamed = {r.key: f"x{rng.random()}" for r in refs}
    back = {v: k for k, v in renamed.items()}
    result = find_duplicates(shuffled, [renamed[r.key] for r in shuffled])
    assert {frozenset(back[i] for i in c) for c in clusters_by_id(result)} == baseline
