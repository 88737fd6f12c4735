"""What follows a reference proper is peeled before any grammar runs; one row per form."""

from __future__ import annotations

import random

import pytest

from mmrefs.ingest.styles.trailers import (
    _DOI_URL,
    _ENDS_LOCATOR,
    _NAMES,
    _STATUS,
    _TRAILER,
    MAX_TRAILERS,
    WINDOW,
    cut_middle,
    has_trailer_words,
    peel,
    peel_bare_pmid,
    peel_note,
)

BODY = "Holloway RT. A placeholder title. Example J. 2018;12:1-9."
ROWS = [
    (
        f"{BODY} doi: 10.5555/ex.1. Epub 2018 Dec 4. PMID: 12345678.",
        {"doi": "10.5555/ex.1", "pmid": "12345678"},
    ),
    (
        f"{BODY} Review. PubMed PMID: 12345678; PubMed Central PMCID: PMC1234567.",
        {"pmid": "12345678", "pmcid": "PMC1234567"},
    ),
    (f"{BODY} [PMID: 12345678; PMCID: PMC1234567]", {"pmid": "12345678", "pmcid": "PMC1234567"}),
    (f"{BODY} Published 2018 Feb 20. doi:10.5555/ex.4", {"doi": "10.5555/ex.4"}),
    (f"{BODY} Available at: https://doi.org/10.5555/ex.5.", {"doi": "10.5555/ex.5"}),
    (
        f"{BODY} https://example.org/page (accessed May 1, 2020).",
        {"url": "https://example.org/page"},
    ),
    (  # a lower-case `accessed` with its colon (GOST's English form): the date alone
        f"{BODY} URL: https://example.org/page (accessed: 01.02.2016).",
        {"url": "https://example.org/page", "accessed": "01.02.2016"},
    ),
    (
        f"{BODY} https://example.org/page (Accessed: 1 May 2020).",
        {"url": "https://example.org/page", "accessed": "1 May 2020"},
    ),
    (f"{BODY} Norwegian.", {}),
    (f"{BODY} Norwegian. PMID: 12345678.", {"pmid": "12345678"}),
    (f"{BODY} PMID: 12345678. registration number: NCT00000001.", {"pmid": "12345678"}),
    (f"{BODY} Project MUSE.", {}),
    (f"{BODY} doi: 10.5555/ex.6.[Article in Chinese]", {"doi": "10.5555/ex.6"}),
    (f"{BODY} Obtenido de https://example.org/a.pdf", {"url": "https://example.org/a.pdf"}),
    (
        f"{BODY} https://example.org/a.pdf Accessed January 4th 2011",
        {"url": "https://example.org/a.pdf", "accessed": "January 4th 2011"},
    ),
    (
        f"{BODY} Available at: https://example.org/a.pdf . Accessed on 19 March, 2014.",
        {"url": "https://example.org/a.pdf", "accessed": "19 March, 2014"},
    ),
    (f"{BODY} doi:http://example.org/html/12/", {"url": "http://example.org/html/12/"}),
    (f"{BODY} doi:https://doi.org/10.5555/ex.7", {"doi": "10.5555/ex.7"}),  # a DOI still
    (f"{BODY} Doi:http://example.org/html/12/", {"url": "http://example.org/html/12/"}),
]


@pytest.mark.parametrize(("text", "ids"), ROWS)
def test_trailers_peeled(text: str, ids: dict[str, str]) -> None:
    body, found = peel(text)
    assert body.rstrip(".") == BODY.rstrip(".")
    assert {k: found[k] for k in ids} == ids


def test_a_doi_in_the_middle_is_cut_out() -> None:
    body, found = peel("Liu, Y. A title. medRxiv Preprint at https://doi.org/10.5555/x.1 (2016).")
    assert found["doi"] == "10.5555/x.1" and "http" not in body and body.endswith("(2016).")


def test_a_reply_after_the_pages_is_cut_out() -> None:
    body, _ = peel("Sample H. A comment. Example 302, 1894; author reply 1894 (2003).")
    assert body == "Sample H. A comment. Example 302, 1894 (2003)."


def test_a_word_after_no_locator_is_no_note() -> None:
    body, _ = peel("Sample H. A grammar of the language. Norwegian.")
    assert body.endswith("Norwegian.")


def test_the_only_date_is_not_a_trailer() -> None:
    body, _ = peel("Kim C. A page. Example Registry. Published November 16, 2005.")
    assert "2005" in body


def plain_peel(text: str) -> tuple[str, dict[str, str]]:
    """`peel` as first written: each trailer's groups read from `groupdict`, found by
    `_TRAILER.search`, and `cut_middle` asked whatever the last look at the tail found;
    a bare PMID is looked for first and a closing status last, each without a
    precheck; a note after the locator (or a reply's pages) is peeled where no trailer
    closes the entry."""
    found: dict[str, str] = {}
    text = peel_bare_pmid(text, found)
    for _ in range(MAX_TRAILERS):
        match = None
        if has_trailer_words(text[-WINDOW:]):
            match = _TRAILER.search(text, max(0, len(text) - WINDOW))
        if not match or (
            match.group("published") and not _ENDS_LOCATOR.search(text, 0, match.start())
        ):
            noted = peel_note(text)
            if noted is None:
                break
            text = noted
            continue
        for name, value in match.groupdict().items():
            if not value:
                continue
            key = _NAMES.get(name, name)
            doi_url = _DOI_URL.match(value) if key == "url" else None
            key, value = ("doi", doi_url.group(1)) if doi_url else (key, value)
            if value and key not in found:
                found[key] = value.rstrip(".,;")
        text = text[: match.start()].rstrip().rstrip(",;").rstrip()
    status = _STATUS.search(text)
    return cut_middle(text[: status.start()] if status else text, found)


PIECES = (
    " ", ". ", ", ", "; ", "(2016).", "2018;12:1-9.", "Holloway RT.", "Example J.",
    "doi: 10.5555/ex.1.", "DOI:10.5555/EX.2", "10.5555/ex.3", "https://doi.org/10.5555/x.4",
    "Preprint at https://doi.org/10.5555/x.5 (2016).", "doi:10.5555/mid.6 and more.",
    "http://example.org/a", "Available at: https://example.org/b.", "URL https://e.org/c",
    "PMID: 12345678.", "PubMed PMID: 123;", "[PMID: 1; PMCID: PMC2]", "(PMID 99)",
    "PMCID: PMC1234567.", "Epub 2018 Dec 4.", "Epub ahead of print.", "Review.",
    "Free PMC article.", "Erratum in: J. 2019.", "Published online May 1, 2020.",
    "Published 2018 Feb 20.", "[cited 2020 May 1]", "(accessed May 1, 2020).",
    "Accessed: 2020-05-01.", "Accessed 1 May 2020", "HTTP", "Doi", "review of",
    "7. 21886121.", "7. 2188612", "(3) 12345678.", "to be published.", "In press.",
    "Advance online publication.", "in press", "Norwegian.", "Norwegian", "[Article in Chinese]",
    "(in Japanese)", "Project MUSE.", "JSTOR", "registration number: NCT00000001.",
    "(Updated 2 May 2008)", "; author reply 12", "; discussion 13-4.", "Klingon.",
)  # fmt: skip


def peel_samples(count: int = 4000, seed: int = 3) -> list[str]:
    """Entries of trailers, DOIs and URLs in the middle, after filler of every length
    around `WINDOW` (so that a DOI may lie before the last `WINDOW` characters)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        head = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 4)))
        filler = " ".join("word" for _ in range(rng.randint(0, WINDOW // 4)))
        tail = " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 5)))
        out.append(f"{head} {filler} {tail}".strip())
    return out


def test_peel_is_the_plain_loop() -> None:
    """The window looked at whole ends `peel` without `cut_middle`, and the groups come
    from `match.groups()`: the same body and identifiers, in the same order."""
    skipped = 0
    for text in peel_samples():
        body, found = peel(text)
        want_body, want_found = plain_peel(text)
        assert (body, list(found.items())) == (want_body, list(want_found.items())), text
        skipped += len(body) <= WINDOW and not has_trailer_words(body)
    assert skipped > 500  # the fast path was taken, and often


def test_an_edition_is_no_publication_date() -> None:
    """Only an access date takes an ordinal day and a comma before its year."""
    body, found = peel(f"{BODY} Published 2nd edition, 2019.")
    assert body.endswith("Published 2nd edition, 2019.") and "published" not in found
