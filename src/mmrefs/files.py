"""Every filesystem read and write: encodings, atomic replacement, no silent overwrite."""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

from mmrefs.errors import InputError, OutputError
from mmrefs.text import cjk_ratio

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode input bytes: an explicit encoding, a BOM, UTF-8, or Chinese GB18030.

    GB18030 decodes almost any byte string, so it is accepted only when the result reads as
    Chinese text; anything else is refused with the offset of the first bad byte.
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"cannot decode as {encoding}: {exc}", name) from exc
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise InputError(f"{codec} byte-order mark but invalid data: {exc}", name) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = ""
        if text and cjk_ratio(text) > 0.05 and "\ufffd" not in text:
            return text, "gb18030"
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 (invalid byte 0x{data[utf8_error.start]:02x} at offset "
            f"{utf8_error.start}) and not GB18030 Chinese text; re-save as UTF-8 or pass "
            "--encoding",
            name,
            line,
        ) from utf8_error


def read_text(path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Read and decode an input file; a missing or unreadable file is an InputError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(path)) from exc
    text, used = decode_bytes(data, str(path), encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n"), used


def read_text_lenient(path: Path, encoding: str | None = None) -> tuple[str, list[int]]:
    """Like `read_text`, but a file with a few non-UTF-8 lines (records pasted from several
    exports) is read line by line: such lines are decoded as Windows-1252 and their
    numbers returned, so the caller reports them instead of refusing the whole library."""
    try:
        return read_text(path, encoding)[0], []
    except InputError:
        if encoding:
            raise
    data = path.read_bytes()
    lines: list[str] = []
    bad: list[int] = []
    for number, raw in enumerate(data.split(b"\n"), 1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace"))
            bad.append(number)
    text = "\n".join(lines)
    return text.replace("\r\n", "\n").replace("\r", "\n"), bad


def write_atomic(path: Path, content: str, *, force: bool = False) -> None:
    """Write through a temporary file and rename, so a crash never leaves half a file.

    An existing file is replaced only with `force`: mmrefs never overwrites a user's file
    on its own initiative.
    """
    if path.exists() and not force:
        raise OutputError(f"{path}: exists; pass --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
