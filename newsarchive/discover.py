"""Find the input files named on the command line, and read one of them.

``discover`` turns the paths a user gives into an ordered stream of
``Found`` inputs (regular files, ``.gz`` files, ``-`` for standard input)
and ``Refused`` ones (missing, dangling link, symlink loop, FIFO, socket,
over the size limit).  Folders are walked recursively in sorted name order,
so two runs over the same tree see the same files in the same order.  A
symlink to a folder is followed; one that leads back into a folder being
walked is refused as a loop, and a folder reached a second time through
another link is not walked twice (its files were already found).

Only ``stat`` happens here: the size limit is applied before anything is
read, and the incremental skip of unchanged files needs nothing else.
Paths stay ``str`` as Python gives them (undecodable bytes as lone
surrogates), so ``os.fsencode`` gives back the exact bytes of an odd name;
``display_path`` is the one-line form for people and the ``path`` columns.
"""

from __future__ import annotations

import errno
import gzip
import os
import stat
import zlib
from dataclasses import dataclass
from typing import Iterable, Iterator

from .errors import InputRejected

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Found:
    """An input to read: a regular file (``size``/``mtime_ns`` from stat) or stdin."""

    path: str
    size: int = 0
    mtime_ns: int = 0

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN

    @property
    def path_bytes(self) -> bytes:
        return os.fsencode(self.path)


@dataclass(frozen=True, slots=True)
class Refused:
    """An input that cannot be used, found out without reading it."""

    path: str
    reason: str

    @property
    def path_bytes(self) -> bytes:
        return os.fsencode(self.path)


def display_path(path: str) -> str:
    """One printable line: undecodable bytes as ``\\xNN``, control characters escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if ch in named:
        return named[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def discover(inputs: Iterable[str], max_bytes: int) -> Iterator[Found | Refused]:
    """Every input under ``inputs``, in command-line order, folders sorted."""
    for given in inputs:
        if given == STDIN:
            yield Found(STDIN)
            continue
        yield from _visit(given, max_bytes, walking=[], walked=set())


def _visit(path: str, max_bytes: int, walking: list, walked: set) -> Iterator[Found | Refused]:
    try:
        link = os.lstat(path)
    except FileNotFoundError:
        yield Refused(path, "no such file or directory")
        return
    except OSError as exc:
        yield Refused(path, f"cannot stat: {exc.strerror}")
        return
    info = link
    if stat.S_ISLNK(link.st_mode):
        try:
            info = os.stat(path)
        except FileNotFoundError:
            yield Refused(path, "dangling symbolic link")
            return
        except OSError as exc:
            reason = "symlink loop" if exc.errno == errno.ELOOP else f"cannot stat: {exc.strerror}"
            yield Refused(path, reason)
            return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, info, max_bytes, walking, walked)
    elif stat.S_ISREG(info.st_mode):
        if info.st_size > max_bytes:
            yield Refused(path, f"over the size limit ({info.st_size} bytes > {max_bytes})")
        else:
            yield Found(path, info.st_size, info.st_mtime_ns)
    else:
        yield Refused(path, f"not a regular file ({_kind(info.st_mode)})")


def _walk(path: str, info: os.stat_result, max_bytes: int, walking: list, walked: set):
    key = (info.st_dev, info.st_ino)
    if key in walking:
        yield Refused(path, "symlink loop")
        return
    if key in walked:
        return
    walked.add(key)
    walking.append(key)
    try:
        try:
            names = sorted(os.listdir(path))
        except OSError as exc:
            yield Refused(path, f"cannot list folder: {exc.strerror}")
            return
        for name in names:
            yield from _visit(os.path.join(path, name), max_bytes, walking, walked)
    finally:
        walking.pop()


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def read_input(path: str, max_bytes: int) -> tuple[bytes, int, int]:
    """The bytes of one file (decompressed for ``.gz``), with the size and mtime
    seen when it was opened.

    The stat comes from the open file before reading, so a file rewritten
    while it is read looks changed on the next run rather than unchanged.
    ``O_NONBLOCK`` keeps a file swapped for a FIFO since discovery from
    hanging the run.  Raises ``InputRejected`` with a reason a person can act on.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except PermissionError:
        raise InputRejected("unreadable: permission denied") from None
    except FileNotFoundError:
        raise InputRejected("vanished before it could be read") from None
    except OSError as exc:
        raise InputRejected(f"unreadable: {exc.strerror}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):  # checked before fdopen, which refuses a directory with an OSError
        os.close(fd)
        raise InputRejected(f"not a regular file ({_kind(info.st_mode)})")
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > max_bytes:
            raise InputRejected(f"over the size limit ({info.st_size} bytes > {max_bytes})")
        try:
            data = _read_gz(handle, max_bytes) if path.lower().endswith(".gz") else handle.read()
        except OSError as exc:
            raise InputRejected(f"unreadable: {exc.strerror or exc}") from None
    return data, info.st_size, info.st_mtime_ns


def read_stream(stream, max_bytes: int) -> bytes:
    """Standard input, refused past the size limit rather than read without end."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputRejected(f"over the size limit (more than {max_bytes} bytes)")
    return data


def _read_gz(handle, max_bytes: int) -> bytes:
    """Decompress with a cap, so a small bomb cannot fill memory."""
    try:
        with gzip.GzipFile(fileobj=handle, mode="rb") as unpacked:
            data = unpacked.read(max_bytes + 1)
    except EOFError:
        raise InputRejected("truncated .gz file") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputRejected(f"corrupt .gz file: {exc}") from None
    if len(data) > max_bytes:
        raise InputRejected(f"over the size limit once decompressed (> {max_bytes} bytes)")
    return data
