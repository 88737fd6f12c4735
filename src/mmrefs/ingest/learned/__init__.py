"""A statistical reader for the entries no grammar reads: a BiLSTM-CRF (`neural`, run in
NumPy) labels each token of the entry, and the labelled spans become the same fields a
grammar returns. It is a fallback only (`refparse.parse_fields`): on the entries
the grammars read it was no better than they, on the ones they refuse it recovers most
fields. `tokens` and `spans` are pure; `model` loads the bundled model once.
"""

from mmrefs.ingest.learned.model import read_learned, read_together

__all__ = ["read_learned", "read_together"]
