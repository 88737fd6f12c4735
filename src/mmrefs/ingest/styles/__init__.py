"""Reference styles as small segment grammars, and the scorer that picks the best reading.

Every entry is first stripped of its trailers (`trailers.py`); each grammar whose anchor
is present then proposes a segmentation (`grammars.py`, `gbt.py`), and `choose.py` keeps
the candidate that explains the most of the entry with the most plausible names, title
and locator. The winner's name and score travel into the reference's `extra`.
"""
