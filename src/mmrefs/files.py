"""Every filesystem read and write: encodings, atomic replacement, no silent overwrite."""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import os
import stat
import sys
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


STDIN = Path("-")


def read_bytes(path: Path) -> bytes:
    """The bytes of an input (`-` is standard input); any OS refusal is an InputError."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    if path.is_dir():
        raise InputError("is a folder, not a file", str(path))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from exc


def read_text(path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Read and decode an input file; a missing or unreadable file is an InputError."""
    text, used = decode_bytes(read_bytes(path), str(path), encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n"), used


def read_text_lenient(path: Path, encoding: str | None = None) -> tuple[str, list[int]]:
    """Like `read_text`, but a file with a few non-UTF-8 lines (records pasted from several
    exports) is read line by line: such lines are decoded as Windows-1252 and their
    numbers returned, so the caller reports them instead of refusing the whole library."""
    data = read_bytes(path)
    try:
        text, _ = decode_bytes(data, str(path), encoding)
        return text.replace("\r\n", "\n").replace("\r", "\n"), []
    except InputError:
        if encoding:
            raise
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

    An existing file is replaced only with `force`, and keeps its mode; a new file gets the
    mode the user's umask gives. The folder must exist: a mistyped `-o` path is refused
    rather than silently creating folders. Every OS refusal becomes an `OutputError`.
    """
    if path.exists() and not force:
        raise OutputError(f"{path}: exists; pass --force to replace it")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; name a file to write")
    if not path.parent.is_dir():
        raise OutputError(f"{path}: folder {path.parent} does not exist; create it first")
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else _default_mode()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror or exc})") from exc
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _default_mode() -> int:
    """0666 less the umask (read without changing it for long: set, then restore)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def make_folder(path: Path) -> None:
    """Create an output folder (and its parents) or say clearly why not."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create folder ({exc.strerror or exc})") from exc


def project_cache_dir(start: Path) -> Path | None:
    """`cache/` of the mmrefs checkout that `start` is in, if any: a run inside the project
    keeps its answers beside the bundled inputs; elsewhere the caller picks the user's
    cache folder so runs from different places share one cache."""
    for folder in (start, *start.parents):
        manifest = folder / "pyproject.toml"
        try:
            if manifest.is_file() and 'name = "mmrefs"' in manifest.read_text("utf-8"):
                return folder / "cache"
        except OSError:
            return None
    return None


BUILD_MARKER = ".mmrefs-build"


def prepare_build_folder(folder: Path, force: bool) -> None:
    """`build` replaces files only in a folder it made (marked) or with `force`: a user's
    own folder is never written into by surprise."""
    if (
        folder.is_dir()
        and any(folder.iterdir())
        and not (folder / BUILD_MARKER).exists()
        and not force
    ):
        raise OutputError(
            f"{folder}: exists and was not made by `mmrefs build`; pass --force to write into it"
        )
    make_folder(folder)
    write_atomic(folder / BUILD_MARKER, "written by mmrefs build; safe to delete\n", force=True)


INPUT_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".xml", ".nxml")


def inputs_in(folder: Path) -> list[Path]:
    """The inputs of a folder (text, Markdown, Word, PDF, JATS XML), in name order."""
    if not folder.is_dir():
        raise InputError("is not a folder of inputs", str(folder))
    found = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in INPUT_SUFFIXES)
    if not found:
        raise InputError(f"holds no inputs ({', '.join(INPUT_SUFFIXES)})", str(folder))
    return found


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes; "" when it cannot be read (missing, a folder, refused),
    which never equals a real digest, so a vanished file counts as changed."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def file_state(path: Path) -> str:
    """Size and modification time, for a file too big to hash on every run (the cache);
    "" when it does not exist."""
    try:
        info = path.stat()
    except OSError:
        return ""
    return f"{info.st_size}:{info.st_mtime_ns}"


def tree_digest(folder: Path) -> str:
    """One SHA-256 over the names and bytes of every file under `folder` (bytecode
    caches left out): the identity of an installed package's code and data."""
    total = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            total.update(path.relative_to(folder).as_posix().encode() + b"\0")
            total.update(path.read_bytes())
    return total.hexdigest()


def installed(folders: list[str]) -> list[str]:
    """The names of the distributions installed in `folders` (`name-version.dist-info`):
    a dependency upgraded or removed changes this list."""
    found = []
    for folder in folders:
        with contextlib.suppress(OSError):
            found += [n for n in os.listdir(folder) if n.endswith((".dist-info", ".egg-info"))]
    return sorted(found)


def read_if_present(path: Path) -> str | None:
    """A small state file of ours, or None when it is missing or unreadable."""
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def remove(path: Path) -> None:
    """Delete a state file of ours if it is there."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
