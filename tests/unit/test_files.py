"""Encodings in, atomic and non-destructive writes out."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from mmrefs.errors import InputError, OutputError
from mmrefs.files import decode_bytes, project_cache_dir, read_text, write_atomic

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


def test_new_files_honour_the_umask_and_replaced_files_keep_their_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "new.bib"
        write_atomic(fresh, "x")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.bib"
        kept.write_text("mine")
        kept.chmod(0o640)
        write_atomic(kept, "y", force=True)
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text() == "y"
    finally:
        os.umask(old)


def test_a_missing_output_folder_is_refused_not_created(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_atomic(tmp_path / "no" / "such" / "x.json", "x")
    assert not (tmp_path / "no").exists()


def test_a_folder_that_refuses_writes_is_an_output_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match="Permission denied"):
        write_atomic(tmp_path / "x.json", "x")


def test_a_folder_given_as_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


def test_the_project_cache_is_found_from_inside_the_checkout(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "mmrefs"\n')
    inner = tmp_path / "refs" / "out"
    inner.mkdir(parents=True)
    assert project_cache_dir(inner) == tmp_path / "cache"
    assert project_cache_dir(tmp_path.parent) is None
