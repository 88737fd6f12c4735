"""Long runs read in time linear in their length (session 24's second round, S2).

The new or changed patterns: an agency's report series or a lower-case collection closing
a container (`_AGENCY_SERIES`, each branch led by a capital after no word character or a
word's boundary); a foundation's word not followed by a capitalised word (`Foundation`'s
lookahead in `parts._PUBLISHER_WORDS` and `sources._LINKED_PUBLISHER`, one run of white
space tried once per word); a sentence's stop and capital after a comma's series
(`_NEXT_SENTENCE`, led by its literal stop). No timer (they flake): the readings of long
runs are checked, and a quadratic form could not return in a test's time on these sizes.
The data is invented.
"""

from __future__ import annotations

from mmrefs.ingest.styles import parts, sources


def test_agency_series_is_linear() -> None:
    assert sources._AGENCY_SERIES.search("EKC" + " " * 200_000 + "x") is None
    assert sources._AGENCY_SERIES.search("EKC Reports" + " " * 200_000 + "x") is None
    assert sources._AGENCY_SERIES.search("a" + " " * 200_000 + "collection x") is None
    assert sources._AGENCY_SERIES.search("ab " * 70_000 + "x") is None
    assert sources._AGENCY_SERIES.search("AB " * 70_000 + "x") is None
    assert sources._AGENCY_SERIES.search("EKC Reports") is not None
    assert sources._AGENCY_SERIES.search("Example Bank case profile collection") is not None
    assert sources._AGENCY_SERIES.search("EMBO Reports") is None


def test_foundation_words_are_linear() -> None:
    run = "Foundation" + " " * 200_000 + "x"
    assert parts.looks_imprint(run)
    assert sources._LINKED_PUBLISHER.search(run) is not None
    many = ("Foundation" + " " * 50) * 4_000 + "Journal"  # each one's name goes on
    assert parts._PUBLISHER_WORDS.search(many) is None
    assert sources._LINKED_PUBLISHER.search(many) is None
    assert parts._PUBLISHER_WORDS.search("Example Foundation Journal") is None
    assert sources._LINKED_PUBLISHER.search("Example Foundation Blog") is None
    assert sources._LINKED_PUBLISHER.search("x" + " " * 200_000 + "Centro de Estudios") is None


def test_comma_series_imprint_is_linear() -> None:
    assert sources.comma_series_imprint("London:" + " " * 200_000 + "Example Press.")
    assert not sources.comma_series_imprint("London: " + ". a" * 70_000 + ". B")
    text = "Widget gears, Report 5, London: " + "Example " * 30_000 + "Press."
    assert sources.series_sentence(text) is not None


def test_series_house_is_linear() -> None:
    assert not sources.series_house("Example" + " " * 200_000 + "Institute x,")
    assert sources.series_house("Example Institute.")
    assert not sources.series_house("Example Journal.")
