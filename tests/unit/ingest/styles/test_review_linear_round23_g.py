"""Linearity of the patterns round 23 (helper G) added or widened (no timer: a quadratic
reading at these lengths would take minutes). `gbt7714.comma_parted_runs` splits at the
commas once and matches each piece from its start; `gbt7714._LOCATOR_AS_PAGES` is matched
whole, its spaces read once around the parenthesis; `gbt7714._TITLE_DOCUMENT` is searched
in a title's last 40 characters only; `people._STOPPED_NAME`'s spaced initials are no
family (which has two letters), so a run of names is read one way;
`people.acronym_closed_body` finds the short form at the end once."""

from __future__ import annotations

from mmrefs.ingest.gbt7714 import _LOCATOR_AS_PAGES, _TITLE_DOCUMENT, comma_parted_runs
from mmrefs.ingest.styles.people import _STOPPED_RUN, acronym_closed_body, split_pieces

RUN = 200_000


def test_comma_parted_runs_read_once() -> None:
    assert comma_parted_runs("Doe, AB, " * (RUN // 10) + "x") is None
    assert comma_parted_runs("Doe" + " " * RUN + ", AB, Roe, CD") == "Doe AB, Roe CD"
    assert comma_parted_runs("Doe, AB" + ", " * RUN) is None


def test_a_locator_read_as_pages_is_matched_once() -> None:
    spaces = " " * RUN
    assert _LOCATOR_AS_PAGES.fullmatch(f"12{spaces}({spaces}1{spaces}x") is None
    found = _LOCATOR_AS_PAGES.fullmatch(f"12{spaces}({spaces}1{spaces})")
    assert found is not None and found.groups() == ("12", "1")


def test_a_title_document_number_is_bounded() -> None:
    title = "示" * RUN + "(示发[2018]3号" + " " * RUN + ")"
    assert _TITLE_DOCUMENT.search(title, max(0, len(title) - 40)) is None
    title = "示" * RUN + "(示发[2018]3号)"
    found = _TITLE_DOCUMENT.search(title, max(0, len(title) - 40))
    assert found is not None and found["number"] == "示发[2018]3号"


def test_stopped_names_with_spaced_initials_read_once() -> None:
    assert _STOPPED_RUN.fullmatch("Doe A. B. " * (RUN // 10) + "x") is None
    assert _STOPPED_RUN.fullmatch("Doe A." + " " * RUN + "Roe B. C." + " " * RUN + "x") is None
    pieces = split_pieces("Doe A. Roe B. C. " * (RUN // 20) + "& Poe C. A.")
    assert pieces[:2] == ["Doe A.", "Roe B. C."] and pieces[-1] == "Poe C. A."


def test_a_body_and_its_short_form_read_once() -> None:
    assert acronym_closed_body("Example Organization" + " " * RUN + "(EO)")
    assert not acronym_closed_body("Example Organization (" + "E" * RUN + " x)")
