"""Turn one input file into rows ready to store, in whichever process runs it.

Everything costly about a file (reading, hashing, parsing, JSON encoding,
the similarity sketch that links rewrites, and finding and verifying the
stored articles it links to, on a read-only snapshot of the archive) happens
here, so a worker process can do it while the main process writes the
previous batch: the writer then only runs SQL and appends bytes.  The
functions are top-level and take plain data so they pickle to a worker.

The whole file's sha256 is compared with the one stored at the last run
before parsing: a file whose mtime changed but whose bytes did not is
recognised without the parser.
"""

from __future__ import annotations

import gc
import hashlib
import os
import signal
import sqlite3
import threading
import time
from dataclasses import dataclass, replace

from . import linking, store
from .discover import display_path, read_input
from .errors import InputRejected
from .readonly import open_readonly
from .record import Record
from .settings import Settings
from .similarity import Sketch, sketch


@dataclass(frozen=True)
class Prepared:
    """One parsed record: its JSONL line, ``articles`` values (without
    ``supersedes`` and ``ingested_at``, which only the writer knows), the
    sketch ``linking`` stores beside it, the links found to stored articles
    and the band keys too common to index (see ``linking.Lookup``)."""

    id: str
    source_record: int
    source_sha256: str
    line: str
    values: tuple
    sketch: Sketch
    links: tuple[linking.Link, ...] = ()
    common_keys: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Outcome:
    """What became of one input file.

    ``status`` is ``"parsed"`` (``records`` filled), ``"same"`` (bytes equal
    to the last run's) or ``"rejected"`` (``reason`` filled; ``lasting`` when
    it depends only on the bytes, so an unchanged file need not be read again).
    ``seen`` is the last article rowid the links were looked up among.
    """

    path: str
    status: str
    size: int = 0
    mtime_ns: int = 0
    sha256: str | None = None
    records: tuple[Prepared, ...] = ()
    reason: str = ""
    lasting: bool = False
    seen: int = 0


class Reader:
    """A read-only connection to the archive database, for link lookups.

    Each file is looked up in one read transaction: a consistent snapshot,
    whose newest article rowid tells the writer which later articles it
    must still check itself.  Opened on first use, so a forked worker opens
    its own."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self.conn: sqlite3.Connection | None = None
        self.lookup = linking.Lookup()

    def link(self, outcomes: list[Outcome]) -> list[Outcome]:
        """The outcomes with the links of their records found, all in one
        read transaction (a new transaction starts with a cold page cache
        once the writer has committed, so a batch of files shares one)."""
        if not any(outcome.records for outcome in outcomes):
            return outcomes
        if self.conn is None:
            self.conn = open_readonly(self.db_path)
            self.conn.isolation_level = None
        self.conn.execute("BEGIN")
        try:
            seen = self.conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
            self.lookup.begin(self.conn)
            return [replace(outcome, records=tuple(self._link(item) for item in outcome.records), seen=seen)
                    if outcome.records else outcome for outcome in outcomes]  # fmt: skip
        finally:
            self.conn.execute("COMMIT")

    def _link(self, item: Prepared) -> Prepared:
        links, common = self.lookup.find(item.id, item.values[_BODY], item.sketch)
        return replace(item, links=tuple(links), common_keys=common)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


_BODY = store.ARTICLE_COLUMNS.index("body")
# The worker's reader, set by ``worker_init``.
_worker_reader: Reader | None = None


def prepare_file(path: str, known_sha256: str | None, settings: Settings, reader: Reader | None = None) -> Outcome:
    """Read, compare and parse one file, and look its links up when given a
    reader; never raises for what is in it."""
    try:
        data, size, mtime_ns = read_input(path, settings.max_bytes)
    except InputRejected as exc:
        return Outcome(path, "rejected", reason=exc.reason, lasting=_lasting(exc.reason))
    digest = hashlib.sha256(data).hexdigest()
    if digest == known_sha256:
        return Outcome(path, "same", size, mtime_ns, digest)
    return prepare_bytes(data, path, settings, size, mtime_ns, digest, reader)


def prepare_bytes(data: bytes, path: str, settings: Settings, size: int = 0, mtime_ns: int = 0,
                  digest: str | None = None, reader: Reader | None = None) -> Outcome:  # fmt: skip
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
    outcome = Outcome(path, "parsed", size, mtime_ns, digest, tuple(_prepare(record, display) for record in records))
    return outcome if reader is None else reader.link([outcome])[0]


def prepare_batch(paths: list[tuple[str, str | None]], settings: Settings) -> list[Outcome]:
    """A worker's unit of work: several files, to keep inter-process traffic low."""
    outcomes = [prepare_file(path, known, settings) for path, known in paths]
    return outcomes if _worker_reader is None else _worker_reader.link(outcomes)


def _prepare(record: Record, display: str) -> Prepared:
    values = store.article_values(record, display, "")[:-2]
    return Prepared(record.id, record.source_record, record.source_sha256, record.to_json(), values,
                    sketch(record.body))  # fmt: skip


def _lasting(reason: str) -> bool:
    """Rejections found while reading that the same bytes would always repeat."""
    return reason.startswith(("over the size limit", "truncated .gz", "corrupt .gz"))


# How much less CPU priority a worker has than the writer.  There are as
# many workers as cores, plus the writer: when all three want a core, equal
# shares would leave the writer, the one process every article must pass
# through, two thirds of one.  When the writer waits for parsed files, it
# wants no core, and the workers have both.
WORKER_NICENESS = 10


def worker_init(lock_fd: int | None, db_path: str) -> None:
    """Set up a forked worker: run it below the writer's priority; drop its
    copy of the archive lock, so only the writer holds it; give it its own
    reader of the database; leave Ctrl-C to the writer, which stops the
    workers; and exit when the writer dies (even by ``kill -9``) instead of
    waiting for work forever."""
    global _worker_reader
    try:
        os.nice(WORKER_NICENESS)
    except OSError:
        pass  # not allowed here: equal shares, as before
    # The writer's objects (the list of input files above all) are never
    # collected here: left out of the garbage collector's walks, their
    # pages stay shared with the writer instead of being copied.
    gc.freeze()
    _worker_reader = Reader(db_path)
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
