"""The bundled model (`fields.npz`, trained by `bench/nn_train.py`) and the reading it
gives of an entry.

The model is package data read through `importlib.resources`, as the check lexicon is,
so no file path is handled. NumPy is imported on first use: most lists never need the
fallback, and then never pay for loading it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from importlib.resources import files
from typing import Any

from mmrefs.ingest.learned.neural import Tagger, load
from mmrefs.ingest.learned.spans import fields_of
from mmrefs.ingest.learned.tokens import Token, tokenize

MODEL = "fields.npz"
# The model once loaded, and the lock its first loading holds: two threads' first calls
# load it once and get the same tagger (`functools.cache` would let both load it).
_LOADED: list[Tagger] = []
_LOADING = threading.Lock()


def tagger() -> Tagger:
    """The model, loaded once per process."""
    if not _LOADED:
        with _LOADING:
            if not _LOADED:
                _LOADED.append(Tagger(load(files(__package__).joinpath(MODEL).read_bytes())))
    return _LOADED[0]


def encodable(text: str) -> str:
    """`text` with each lone surrogate (a PDF's unmapped glyph: pdfminer gives `chr(cid)`)
    as `?`, as the model was trained to see text (UTF-8, which cannot hold one) and as the
    fields it reads must be written. One character for one, so every offset stays."""
    return text if text.isascii() else text.encode("utf-8", "replace").decode("utf-8")


Labelled = tuple[tuple[Token, ...], list[str]]
# The labels `read_together` computed for the entries of the list being parsed, by text;
# a context variable, so that two threads parsing two lists never see each other's.
_TOGETHER: ContextVar[dict[str, Labelled] | None] = ContextVar("together", default=None)


@contextmanager
def read_together(texts: Sequence[str]) -> Iterator[None]:
    """Within this block, `labels_of` answers each of `texts` from one batched pass of the
    model over all of them (`Tagger.labels_many`: the same labels as one by one, at about
    half the cost each), computed on entry. The parser uses it for a list: it first learns
    which entries the fallback will read, then reads them here. No text, no model load."""
    together: dict[str, Labelled] = {
        text: (tokenize(text), []) for text in dict.fromkeys(map(encodable, texts))
    }
    asked = [(text, tokens) for text, (tokens, _) in together.items() if tokens]
    if asked:  # NumPy and the model are loaded only here
        for (text, tokens), labels in zip(asked, tagger().labels_many(asked), strict=True):
            together[text] = (tokens, labels)
    reset = _TOGETHER.set(together)
    try:
        yield
    finally:
        _TOGETHER.reset(reset)


def labels_of(text: str) -> Labelled:
    """The tokens of `text` and the model's label for each (`text` must be `encodable`).
    Read-only: within `read_together`, every caller of one text gets the same list."""
    together = _TOGETHER.get()
    if together is not None and text in together:
        return together[text]
    tokens = tokenize(text)
    if not tokens:
        return tokens, []
    return tokens, tagger().labels(text, tokens)


def read_learned(text: str) -> dict[str, Any] | None:
    """The model's reading of `text` in a grammar's field shape, or None when it finds no
    reference in it: a reading must have a title; a year, or a container with a volume or
    pages; and authors or a volume or pages, so that text nothing explains (prose, page
    furniture: `Page 12 of 30, printed 2019`, `Name. A title. nothing parseable here`)
    stays a failure rather than becoming a guess. A container alone dates nothing: any
    words after a title read as one."""
    text = encodable(text)
    tokens, labels = labels_of(text)
    fields = fields_of(text, tokens, labels)
    numbered = fields.get("volume") or fields.get("pages")
    dated = fields.get("year") or (fields.get("container") and numbered)
    located = fields.get("authors") or numbered
    if fields.get("title") and dated and located:
        return fields
    return None
