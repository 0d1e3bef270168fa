"""Turn one input file into rows ready to store, in whichever process runs it.

Everything costly about a file (reading, hashing, parsing, JSON encoding,
the similarity sketch that links rewrites) happens here, so a worker process can do it while the main process writes
the previous batch: the writer then only runs SQL and appends bytes.  The
functions are top-level and take plain data so they pickle to a worker.

The whole file's sha256 is compared with the one stored at the last run
before parsing: a file whose mtime changed but whose bytes did not is
recognised without the parser.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from dataclasses import dataclass

from .discover import display_path, read_input
from .errors import InputRejected
from .record import Record
from .settings import Settings
from .similarity import Sketch, sketch
from .store import article_values


@dataclass(frozen=True)
class Prepared:
    """One parsed record: its JSONL line, ``articles`` values (without
    ``supersedes`` and ``ingested_at``, which only the writer knows) and
    the sketch ``linking`` stores beside it."""

    id: str
    source_record: int
    source_sha256: str
    line: str
    values: tuple
    sketch: Sketch


@dataclass(frozen=True)
class Outcome:
    """What became of one input file.

    ``status`` is ``"parsed"`` (``records`` filled), ``"same"`` (bytes equal
    to the last run's) or ``"rejected"`` (``reason`` filled; ``lasting`` when
    it depends only on the bytes, so an unchanged file need not be read again).
    """

    path: str
    status: str
    size: int = 0
    mtime_ns: int = 0
    sha256: str | None = None
    records: tuple[Prepared, ...] = ()
    reason: str = ""
    lasting: bool = False


def prepare_file(path: str, known_sha256: str | None, settings: Settings) -> Outcome:
    """Read, compare and parse one file; never raises for what is in it."""
    try:
        data, size, mtime_ns = read_input(path, settings.max_bytes)
    except InputRejected as exc:
        return Outcome(path, "rejected", reason=exc.reason, lasting=_lasting(exc.reason))
    digest = hashlib.sha256(data).hexdigest()
    if digest == known_sha256:
        return Outcome(path, "same", size, mtime_ns, digest)
    return prepare_bytes(data, path, settings, size, mtime_ns, digest)


def prepare_bytes(data: bytes, path: str, settings: Settings, size: int = 0,
                  mtime_ns: int = 0, digest: str | None = None) -> Outcome:  # fmt: skip
    from .pipeline import parse_bytes

    digest = digest or hashlib.sha256(data).hexdigest()
    try:
        records = parse_bytes(data, path, settings)
    except InputRejected as exc:
        return Outcome(path, "rejected", size, mtime_ns, digest, reason=exc.reason, lasting=True)
    except Exception as exc:  # a parser fault costs one file, not the run
        reason = f"parser failed: {type(exc).__name__}: {exc}"
        return Outcome(path, "rejected", size, mtime_ns, digest, reason=reason[:300])
    display = display_path(path)
    prepared = tuple(_prepare(record, display) for record in records)
    return Outcome(path, "parsed", size, mtime_ns, digest, prepared)


def prepare_batch(paths: list[tuple[str, str | None]], settings: Settings) -> list[Outcome]:
    """A worker's unit of work: several files, to keep inter-process traffic low."""
    return [prepare_file(path, known, settings) for path, known in paths]


def _prepare(record: Record, display: str) -> Prepared:
    values = article_values(record, display, "")[:-2]
    return Prepared(record.id, record.source_record, record.source_sha256, record.to_json(), values,
                    sketch(record.body))  # fmt: skip


def _lasting(reason: str) -> bool:
    """Rejections found while reading that the same bytes would always repeat."""
    return reason.startswith(("over the size limit", "truncated .gz", "corrupt .gz"))


def worker_init(lock_fd: int | None) -> None:
    """Set up a forked worker: drop its copy of the archive lock, so only the
    writer holds it; leave Ctrl-C to the writer, which stops the workers; and
    exit when the writer dies (even by ``kill -9``) instead of waiting for
    work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if lock_fd is not None:
        try:
            os.close(lock_fd)
        except OSError:
            pass
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
