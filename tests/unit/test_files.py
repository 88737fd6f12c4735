"""Encodings in, atomic and non-destructive writes out."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmrefs.errors import InputError, OutputError
from mmrefs.files import decode_bytes, read_text, write_atomic

SAMPLE = "参考文献\n[1] 张三. 示例论文题目[J]. 示例学报, 2021(3): 45-50.\n"


@pytest.mark.parametrize(
    ("codec", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("gb18030", "gb18030"),
        ("gbk", "gb18030"),
    ],
)
def test_decodes_common_encodings(codec: str, expected: str) -> None:
    text, used = decode_bytes(SAMPLE.encode(codec), "x.txt")
    assert text == SAMPLE and used == expected


def test_refuses_undecodable_bytes_with_location() -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(b"line one\nline two \xff\xfe\xfa bad", "bad.txt")
    assert "bad.txt:2" in str(caught.value) and "UTF-8" in str(caught.value)


def test_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_text(tmp_path / "nope.txt")


def test_crlf_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"a\r\nb\r\n")
    assert read_text(path)[0] == "a\nb\n"


def test_write_atomic_never_overwrites_without_force(tmp_path: Path) -> None:
    path = tmp_path / "out.bib"
    write_atomic(path, "first")
    with pytest.raises(OutputError):
        write_atomic(path, "second")
    assert path.read_text() == "first"
    write_atomic(path, "second", force=True)
    assert path.read_text() == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bib"]
