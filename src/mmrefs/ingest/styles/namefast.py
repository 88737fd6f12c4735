"""The author-block shapes most lists print, read without the per-name function chain.

`people.read_pieces` judges every comma-piece by its context (a suffix joining the name
before, an inverted pair, a whole name in the list's orientation), each through a few
cached calls. Three shapes make up most blocks, and for them every one of those
decisions is known from the shape alone:

- `Smith AR, Jones B` (NLM): each piece a capitalised family and one to three capitals;
- `Smith, A. R., Jones, B.` (APA, Harvard, ACS in commas): family and initials pieces in
  alternation, each pair an inverted name;
- `A. R. Smith, B. Jones` (IEEE, APS): initials with stops, then the family;
- `王洋秀, 唐洋` (GB/T, CNKI): two to four CJK ideographs, family first.

`quick_name` and `quick_pair` read a piece (or a pair) of these shapes as `read_pieces`
would, or decline (None) and leave it to the general reader;
`tests/unit/ingest/test_name_fast_path.py` holds the two to each other.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mmrefs.ingest.authors import ANONYMOUS, parse_cjk_name
from mmrefs.ingest.fieldmap import is_organisation
from mmrefs.model import Author
from mmrefs.names import SUFFIXES

# ASCII letters only: the proofs that these shapes read as one name each (and score 1.0)
# lean on the capitals classes of `people`, which ASCII capitals always satisfy. Uncached:
# a long list repeats its family words more than its names, and those are cached.
_NLM = re.compile(r"([A-Z][a-z]+) ([A-Z]{1,3})")
_FAMILY = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_INITIALS = re.compile(r"[A-Z]\.(?: ?[A-Z]\.){0,3}")
_GIVEN_FIRST = re.compile(r"((?:[A-Z]\. ){1,3})([A-Z][a-z]+)")
# A CJK personal name: two to four ideographs (of the block `has_cjk` looks for).
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# The last characters of the body names `people` and `authors` keep whole (`委员会`,
# `中心`, `医院`, `大学`, `研究所`, `研究院`, `工作组`, `小组`, `部`, `局`): a name ending in
# one is left to them (a few personal names too, which merely take the longer way).
_BODY_ENDS = frozenset("会心院学所组部局")


@lru_cache(maxsize=4096)
def organisation_word(token: str) -> bool:
    """`is_organisation` of one space-free token: a name's words never span a space, so
    the name is a body when one of its tokens is, and tokens repeat far more than names."""
    return is_organisation(token)


def quick_name(piece: str) -> Author | None:
    """`person(piece, …)` for a piece printed `Smith AR` or `A. R. Smith` (either
    orientation reads them so), which no next piece can pair with; None for any other.

    A piece with a space is never a suffix, and neither shape is the family half of an
    inverted pair: its initials are no family word (`people.looks_family`). A CJK name
    is neither: no CJK ideograph is a capital, which a family word and a given half
    begin with; `person` hands it to `parse_cjk_name`, and `plausible` scores it 1.0
    (it is at most four characters long)."""
    if " " not in piece:
        if piece.isascii() or _CJK_NAME.fullmatch(piece) is None:
            return None
        if piece[-1] in _BODY_ENDS or piece in ANONYMOUS:
            return None
        return parse_cjk_name(piece)
    match = (_GIVEN_FIRST if piece[1] == "." else _NLM).fullmatch(piece)
    if match is None:
        return None
    first, second = match.groups()
    if piece[1] == ".":  # `A. R. Smith`: the initials, then the family (`A. R. Jr`: a suffix)
        if (
            second.lower() in SUFFIXES
            or organisation_word(second)
            or any(map(organisation_word, first.split()))
        ):
            return None
        return Author(second, first[:-1])
    if organisation_word(first) or organisation_word(second):
        return None
    return Author(first, second)


def quick_pair(family: str, given: str) -> Author | None:
    """`inverted_pair(family, given, …)` for `Smith`, `A. R.` (a family word and
    initials with stops) when `family` is no suffix; None for any other pair."""
    if (
        _FAMILY.fullmatch(family) is None
        or _INITIALS.fullmatch(given) is None
        or family.lower() in SUFFIXES
    ):
        return None
    return Author(family, given)
