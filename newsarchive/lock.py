"""The one-writer lock of an archive.

An exclusive ``flock`` on ``<archive>/lock`` (a file of its own, never the
database, whose locks SQLite manages) is held for a whole ingest or rebuild.
The kernel drops it when the holder dies, even by ``kill -9``, so a crash
never leaves a stale lock for a human to remove.  A second writer polls for
up to ``wait`` seconds, then gives up with ``ArchiveBusy`` (exit 75) so a
cron wrapper can retry later.
"""

from __future__ import annotations

import fcntl
import os
import time

from .errors import ArchiveBusy, ArchiveError

POLL_SECONDS = 0.1


class ArchiveLock:
    def __init__(self, archive_dir: str, wait: float):
        self.archive_dir = archive_dir
        self.wait = wait
        self.fd: int | None = None

    def __enter__(self) -> "ArchiveLock":
        path = os.path.join(self.archive_dir, "lock")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            raise ArchiveError(f"cannot open {path}: {exc.strerror}") from None
        deadline = time.monotonic() + max(0.0, self.wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise ArchiveBusy(
                        f"archive busy: another ingest holds {self.archive_dir} "
                        f"(waited {self.wait:g} s)"
                    ) from None
                time.sleep(POLL_SECONDS)
        self.fd = fd
        return self

    def __exit__(self, *exc_info) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
