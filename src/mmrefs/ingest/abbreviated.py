"""One reader of where an abbreviated journal name begins.

A journal printed abbreviated is a run of short words each closed by a stop (`Resour.
Energy Econ.`, `Dtsch. Z. f. Nervenheilk.`, `Артер. гипертенз.`), and so is a sentence's
end: a grammar that cuts the title at the last stop before the locator gives the
journal's first words to the title (`… attributes. Resour` and `Energy Econ`). The
question is the same in every style, so it is answered once, after every reading: the
title's last piece after a sentence stop goes back to the container when every word of
it is printed closed by a stop (or is a joining word such as `f.` or `u.`), none is a
locator's word (`Vol.`, `No.`), and the container itself ends abbreviated. A second
sentence of a title (`A review`, `Part II`) has a word no stop closes, so it stays.
"""

from __future__ import annotations

import re

# A word of an abbreviated name as the title holds it: a letter first (any script), up
# to eight letters, closed by a stop or (the title's last, whose stop the cut took) not.
_ABBREVIATED_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{0,7}\.?")
# Joining words printed in abbreviated names, closed by a stop or not (`Dtsch. Z. f.
# Nervenheilk.`, `Forst u. Holz`, `Ann. N. Y. Acad. Sci.`).
_JOINING = frozenset(("f", "u", "d", "de", "der", "di", "du", "la", "of", "and", "für", "et"))
# Locators' and editors' words, which close a title's piece with a stop but begin no
# journal's name, and the one-word sentences that close titles.
_NOT_A_NAME = frozenset((
    "vol", "no", "nr", "bd", "pt", "suppl", "part", "ed", "eds", "hrsg", "tome", "t", "p",
    "pp", "s", "fig", "ch", "chap", "sec", "art", "al", "etc", "in", "cf",
    # and the one-word sentences that close titles (`Widgets. Reply.`)
    "reply", "review", "reviews", "letter", "comment", "summary", "update", "erratum",
    "errata", "abstract", "preface", "foreword", "obituary", "response", "addendum",
))  # fmt: skip
_SENTENCE_END = (".", "?", "!", "]")
_LONGEST_RUN = 4  # words: `Dtsch. Z. f.` is three, `Ann. N. Y. Acad.` four


def journal_start(title: str, container: str, body: str) -> tuple[str, str] | None:
    """(title, container) with the abbreviated journal's first words the title took given
    back to the container, as `body` prints them; None when the title ends in no such run
    (see the module's docstring). The longest run of up to `_LONGEST_RUN` words after a
    sentence's end is taken."""
    words = title.split()
    if len(words) < 2 or not container:
        return None
    for size in range(min(_LONGEST_RUN, len(words) - 1), 0, -1):
        run, before = words[-size:], words[-size - 1]
        if sentence_end(before) and abbreviated_run(run):
            found = given_back(" ".join(run), container, body)
            if found is not None:
                return " ".join(words[:-size]).rstrip(" ."), found
    return None


def sentence_end(word: str) -> bool:
    """Whether `word` ends a title's sentence: closed by a stop, a question or exclamation
    mark or a bracket, and no honorific or initial of a name the title holds (`The Case
    of Mr. Sampson`, `Dr.`, `St.`, `J.`: a capitalised word of up to three letters)."""
    if not word.endswith(_SENTENCE_END):
        return False
    bare = word.rstrip(".")
    return not (word.endswith(".") and bare[:1].isupper() and len(bare) <= 3)


def abbreviated_run(run: list[str]) -> bool:
    """Whether `run` (the title's last words) may open an abbreviated name: a capital
    first, every word short (`_ABBREVIATED_WORD`) and no locator's (`_NOT_A_NAME`), every
    word but the last closed by its stop unless a joining word (`_JOINING`)."""
    if not run[0][:1].isupper():
        return False
    for index, word in enumerate(run):
        bare = word.rstrip(".")
        if not _ABBREVIATED_WORD.fullmatch(word) or bare.lower() in _NOT_A_NAME:
            return False
        if index < len(run) - 1 and not word.endswith(".") and bare.lower() not in _JOINING:
            return False
    return True


def given_back(piece: str, container: str, body: str) -> str | None:
    """The container as `body` prints it from `piece` on (`Resour. Energy Econ`), when the
    piece's last word is printed closed by a stop, only spaces stand between it and the
    container, and the container's own last word is closed by one too."""
    start = body.rfind(piece)
    if start < 0:
        return None
    gap = re.compile(r"\.\s*").match(body, start + len(piece))
    if gap is None or not body.startswith(container, gap.end()):
        return None
    end = gap.end() + len(container)
    if body[end : end + 1] != ".":  # the journal's own last word abbreviated too
        return None
    return body[start:end]


def abbreviated_name(text: str) -> bool:
    """Whether `text` reads as an abbreviated journal's name (`Ann. Rheum. Dis`, `Z.
    Phys.`): two words or more, an abbreviated run (`abbreviated_run`) of at most
    `_LONGEST_RUN` + 2 words with two stops at least. An imprint (`Lippincott Williams,
    Philadelphia`) holds a comma and no stops, and is none."""
    words = text.split()
    if not 2 <= len(words) <= _LONGEST_RUN + 2 or text.count(".") < 2:
        return False
    return abbreviated_run(words)
