"""The named rules a duplicate decision can give, as one enum.

A `Match` reason is one of these values, or one followed by the fields or words it names
(`same title, different volume, pages`; `related: erratum`). Code branches on the enum
members, never on the prose; the prose is what reports print.
"""

from __future__ import annotations

from enum import StrEnum


class Rule(StrEnum):
    """The named rules; a reason is one of these, or one followed by the fields it names."""

    TITLE_DIFFERS = "title differs"
    RELATED = "related"
    SAME = "same title"
    SIMILAR = "similar title"
    DIFFERENT_IDS = "different identifiers"
    MISPRINT = "same title, author, year and volume"
    TRANSLATED = "title translated or shortened; author, year, venue, pages agree"
    REWORDED = "title reworded; no author, but journal, year, volume and page range agree"
    NO_TITLE = "no title; author, year, volume and pages agree"
    NO_TITLE_WEAK = "no title to compare"
    OTHER_JOURNAL = "similar title, different journal and no page to confirm"
    RECURRING = "recurring title; no locator to tell the items apart"
    MEETING_ABSTRACT = "meeting abstract against a journal record in another or no issue"
    SPARSE = "no locator; titles differ in"
    LIVING = "same title and authors; versions of a continuously updated review"
    EXACT = "same title, author, year and locator"
    TITLE_AUTHOR_YEAR = "same title, author and year"
    YEAR_APART = "same title, author and locator; year ±1"
    PROCEEDINGS = "same title and authors; proceedings dated a year apart"
    NO_AUTHOR = "same title, year and locator; no author to compare"
    NO_YEAR = "same title, author and locator; no year"
    TOO_LITTLE = "same title, too little else to compare"
    NEAR = "near-identical title, same author, year and venue"
    SIMILAR_LOCATED = "similar title, same author, year, volume and pages"
    NOT_ENOUGH = "similar title, not enough agreement"
