"""A parsed list's references are born with their unique keys (`keys.KeyRing`): the keys
must be exactly those `assign_keys` gives the same references parsed one by one."""

from __future__ import annotations

import json
import random
from pathlib import Path

from mmrefs.ingest.document import parse_reference_list
from mmrefs.ingest.reflist import RawEntry
from mmrefs.ingest.refparse import parse_entry
from mmrefs.keys import KeyRing, assign_keys
from mmrefs.model import Reference

SAMPLE = Path(__file__).parents[2] / "data" / "corpus" / "sample.jsonl"


def test_list_keys_equal_assign_keys_over_the_entries_parsed_alone() -> None:
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    texts = [row["text"].replace("\n", " ") for row in rows]
    rnd = random.Random(3)
    texts += [rnd.choice(texts[:40]) for _ in range(300)]  # clashes, some past `z`
    texts += ["garbage 12 34"] * 3  # failures take no key
    rnd.shuffle(texts)
    listed = "References\n" + "".join(f"[{n}] {t}\n" for n, t in enumerate(texts, 1))
    doc = parse_reference_list(listed, "t.txt")
    alone = [
        parse_entry(RawEntry(ref.number or 0, "", ref.raw, ref.loc.line, ref.loc.end_line), "t.txt")
        for ref in doc.references
    ]
    expected = assign_keys(r for r in alone if isinstance(r, Reference))
    assert [r.key for r in doc.references] == [r.key for r in expected]
    assert len({r.key.lower() for r in doc.references}) == len(doc.references)
    clashed = sum(a.key != b.key for a, b in zip(doc.references, alone, strict=True))
    assert clashed > 100  # the list did clash: most repeats carry a suffix


def test_key_ring_hands_out_letters_in_order_and_avoids_taken_keys() -> None:
    ring = KeyRing(["SMITH2020a"])
    got = [ring.take("smith2020") for _ in range(4)] + [ring.take("Jones2020")]
    assert got == ["smith2020", "smith2020b", "smith2020c", "smith2020d", "Jones2020"]
