"""The append-only JSONL file of an archive.

The database stores, in the same transaction as the rows, how many bytes of
``articles.jsonl`` belong to committed batches.  A batch's lines are
appended and fsynced *before* that transaction commits, so after any crash
the file holds at least the committed bytes; whatever lies past them (a torn
line, or whole lines of a batch that never committed) is cut off when the
archive is next opened for writing.  Readers of the file therefore never
see an article the database does not have once an ingest has finished.
"""

from __future__ import annotations

import json
import os
from typing import Iterator

from .errors import ArchiveError


class JsonlLog:
    """``articles.jsonl`` opened for appending at a known committed offset."""

    def __init__(self, path: str, committed: int):
        self.path = path
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            raise ArchiveError(f"cannot open {path}: {exc.strerror}") from None
        self._file = os.fdopen(fd, "r+b", buffering=0)
        size = os.fstat(fd).st_size
        if size < committed:
            self._file.close()
            raise ArchiveError(
                f"{path} holds {size} bytes but the database committed {committed}: "
                "run `newsarchive rebuild --from db` to write it again"
            )
        if size > committed:
            self.truncate(committed)
        self.offset = committed

    def append(self, lines: list[str]) -> int:
        """Write whole lines and fsync them; returns the new end offset."""
        if lines:
            data = "".join(line + "\n" for line in lines).encode("utf-8")
            self._file.seek(self.offset)
            view = memoryview(data)
            while view:
                written = self._file.write(view)
                view = view[written:]
            os.fsync(self._file.fileno())
            self.offset += len(data)
        return self.offset

    def truncate(self, offset: int) -> None:
        """Drop everything past ``offset`` (an uncommitted or torn tail)."""
        self._file.truncate(offset)
        os.fsync(self._file.fileno())
        self.offset = offset

    def close(self) -> None:
        self._file.close()


def read_lines(path: str, limit: int | None = None) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line)`` for each line in the first ``limit`` bytes.

    A last line without its newline is yielded too: callers decide whether a
    torn tail is a problem (verify) or something to drop (rebuild).
    """
    remaining = limit
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if remaining is not None:
                if remaining <= 0:
                    return
                line = line[:remaining]
                remaining -= len(line)
            yield number, line


def parse_line(line: bytes) -> dict:
    """One JSONL line as a dict; ``ValueError`` says what is wrong with it."""
    if not line.endswith(b"\n"):
        raise ValueError("torn line (no newline at the end)")
    data = json.loads(line.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def fsync_dir(path: str) -> None:
    """Make a rename inside ``path`` durable."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
