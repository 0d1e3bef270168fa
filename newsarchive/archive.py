"""The archive: one folder holding ``articles.jsonl``, ``articles.db`` and a lock.

``ingest`` is built for a nightly cron job over a growing tree:

* **incremental** — the ``files`` table remembers each input's size, mtime,
  sha256 and the settings fingerprint.  All of it is loaded in one query, so
  an unchanged file costs one ``stat`` and a dict lookup, and is never read.
  A file whose stat changed but whose bytes did not only gets its stat
  updated.  A changed file is parsed again: each of its new records names
  the record that held the same position before in ``supersedes``, and that
  older row gets ``superseded_by``; nothing is deleted.  Only a newly
  stored record can supersede: the ``supersedes`` link lives in its JSONL
  line, from which a rebuild derives ``superseded_by`` again.
* **deduplicated** — an article id already stored is not stored again; the
  new file is recorded as one more row of ``sources``.
* **linked** — each newly stored article is linked to the stored ones it
  copies or rewrites (see ``linking``) in the same transaction: the workers
  look the links up on a read snapshot, the writer adds those to articles
  the snapshot could not see yet.
* **crash-safe** — work is committed in batches: the batch's JSONL lines are
  appended and fsynced, then one SQLite transaction stores the rows together
  with the JSONL offset they end at (see ``jsonl``).  A run killed at any
  point leaves the last committed batch, and the next run, seeing those
  files' stat unchanged only for committed ones, completes the rest.
* **one writer** — an exclusive lock (see ``lock``), readers unaffected (WAL).
* **fast** — reading and parsing run in worker processes (see ``intake``)
  while this process writes; a small run parses in-process, since starting
  workers would cost more than it saves.

Rejects: what ``stat`` alone finds (missing path, dangling link, symlink
loop, FIFO, socket, over the size limit) and files that cannot be read are
reported on every run, since they can be fixed without touching the file's
mtime.  A file rejected for its bytes (empty, binary, undecodable, corrupt
``.gz``, no article text) is remembered in ``files`` with status
``rejected`` and not read again until its stat or the settings change, so
the same bad file is not re-reported every night.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import sys
import time
from array import array
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable, Iterator, Sequence

from . import linking, store
from .discover import Found, Refused, discover, display_path, read_stream
from .errors import ArchiveError, InputRejected
from .intake import Outcome, Prepared, Reader, prepare_batch, prepare_bytes, prepare_file, worker_init
from .jsonl import JsonlLog
from .lock import ArchiveLock
from .maintenance import finish_jsonl_rewrite, rebuild, verify, with_supersedes
from .readonly import DB_NAME, connect_readonly
from .settings import Settings

__all__ = ["IngestSummary", "ingest", "connect_readonly", "verify", "rebuild"]

_BODY = store.ARTICLE_COLUMNS.index("body")
JSONL_NAME = "articles.jsonl"

# A batch commits after this many files, seconds or JSONL bytes, whichever
# comes first: few fsyncs, bounded memory, little work lost to a crash.
BATCH_FILES = int(os.environ.get("NEWSARCHIVE_BATCH_FILES", "500"))
BATCH_SECONDS = 1.0
BATCH_BYTES = 8 * 1024 * 1024
# Below this many files to read, worker start-up costs more than it saves.
POOL_MIN_FILES = 64
CHUNK_FILES = 16
# Chunks handed out ahead of the writer, per worker.  While the writer waits
# for a commit's fsync, the workers go on parsing only as far as this
# window: 3 a worker left them idle through it (ingest of 20,000 articles
# 16.9 s against 16.3 s with 8, and 16.1 s with 16).  Results waiting for
# the writer hold about 10 kB an article: 8 a worker are some 3 MB on 2 cores.
CHUNKS_AHEAD = 8
# Crash tests set "POINT:BATCH" to die by SIGKILL at that point of that batch
# (before-jsonl, after-jsonl, after-commit), the moments that matter most.
KILL_AT = os.environ.get("NEWSARCHIVE_TEST_KILL_AT", "")


@dataclass
class IngestSummary:
    files_seen: int = 0
    files_new: int = 0
    files_unchanged: int = 0
    files_duplicate: int = 0
    files_rejected: int = 0
    articles_added: int = 0
    seconds: float = 0.0
    rejects: list[tuple[str, str]] = field(default_factory=list)


def ingest(
    archive_dir: str,
    inputs: Sequence[str],
    settings: Settings,
    *,
    wait: float = 30.0,
    on_progress: Callable[[int, int, int], None] | None = None,
    on_reject: Callable[[str, str], None] | None = None,
    stdin: BinaryIO | None = None,
    workers: int | None = None,
) -> IngestSummary:
    """Add the inputs to the archive.  ``workers`` parse in parallel with
    the writer (default: one a core); with 0, the writer parses alone."""
    started = time.monotonic()
    try:
        os.makedirs(archive_dir, exist_ok=True)
    except FileExistsError:
        raise ArchiveError(f"cannot create archive {archive_dir}: a file of that name is in the way") from None
    except OSError as exc:
        raise ArchiveError(f"cannot create archive {archive_dir}: {exc.strerror}") from None
    with ArchiveLock(archive_dir, wait) as lock:
        writer = _Writer(archive_dir, settings, on_reject)
        try:
            writer.run(inputs, stdin, lock.fd, on_progress, workers)
        except (OSError, sqlite3.Error) as exc:
            writer.abandon()
            raise ArchiveError(f"cannot write archive {archive_dir}: {_describe(exc)}") from None
        except BaseException:  # Ctrl-C, or a fault of ours: leave only committed work
            writer.abandon()
            raise
        finally:
            writer.close()
    writer.summary.seconds = time.monotonic() - started
    return writer.summary


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


class _Writer:
    """The single writer of one ingest: classifies inputs, stores outcomes in batches."""

    def __init__(self, archive_dir: str, settings: Settings, on_reject):
        self.archive_dir = archive_dir
        self.settings = settings
        self.on_reject = on_reject
        self.summary = IngestSummary()
        self.ok_key = settings.fingerprint()
        # A rejection for the bytes may also depend on the size limit.
        self.rejected_key = f"{self.ok_key}/{settings.max_bytes}"
        self.conn, self.log = open_archive(archive_dir)
        self.linker = linking.IngestLinker(self.conn)
        self.reader = Reader(os.path.join(archive_dir, DB_NAME))
        # The newest article rowid committed: every lookup started from now on sees it.
        self.committed_rowid = self._max_rowid()
        self.pending_lines: list[str] = []
        self.pending_bytes = 0
        self.pending_files = 0
        self.batch_started = time.monotonic()
        self.in_batch = False
        self.batches = 0

    # -- the run ------------------------------------------------------------

    def run(self, inputs, stdin, lock_fd, on_progress, workers: int | None = None) -> None:
        found = discover(inputs, self.settings.max_bytes)
        if len(inputs) > 1:
            found = _once(found)  # one walk yields a path once; two inputs may overlap
        known = store.load_file_stats(self.conn, self.ok_key, self.rejected_key)
        jobs = _Jobs()
        done = total = 0
        for item in found:
            total += 1
            if isinstance(item, Refused):
                self._begin()
                self._reject(item.path, item.reason)
                done += 1
            elif item.is_stdin:
                self._store_stdin(stdin)
                done += 1
            else:
                stat = known.get(item.path_bytes)
                if stat == (item.size, item.mtime_ns):
                    self.summary.files_unchanged += 1
                    done += 1
                    continue
                sha = None if stat is None else store.stored_sha256(self.conn, item.path_bytes, self.ok_key)
                jobs.add(item.path, item.size, item.mtime_ns, sha)
        del known, found
        self.summary.files_seen = total
        jobs.pack()
        outcomes = _outcomes(jobs, self.settings, lock_fd, self.reader, lambda: self.committed_rowid, workers)
        for index, (outcome, visible) in enumerate(outcomes):
            self.linker.forget_through(visible)
            self._store(outcome, jobs.path(index), jobs.stat(index))
            done += 1
            self._commit_if_due()
            if on_progress:
                on_progress(done, total, self.summary.articles_added)
        self._commit()
        if on_progress:
            on_progress(total, total, self.summary.articles_added)

    # -- storing outcomes -----------------------------------------------------

    def _store_stdin(self, stdin: BinaryIO | None) -> None:
        self._begin()
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = read_stream(stream, self.settings.max_bytes)
        except InputRejected as exc:
            self._reject("-", exc.reason)
            return
        except OSError as exc:
            self._reject("-", f"unreadable: {exc.strerror or exc}")
            return
        outcome = prepare_bytes(data, "-", self.settings, reader=self.reader)
        if outcome.status == "rejected":
            self._reject("-", outcome.reason)
        else:
            self._store_records(outcome.records, display_path("-"), b"-", {}, outcome.seen, store.utc_now())

    def _store(self, outcome: Outcome, path: str, stat: tuple[int, int]) -> None:
        self._begin()
        now = store.utc_now()
        display = display_path(path)
        path_bytes = os.fsencode(path)
        if outcome.status == "rejected":
            self._reject(path, outcome.reason)
            if outcome.lasting:
                row = (path_bytes, display, *stat, outcome.sha256,
                       self.rejected_key, "rejected", 0, now)  # fmt: skip
                store.upsert_files(self.conn, [row])
            return
        if outcome.status == "same":
            self.summary.files_unchanged += 1
            self.conn.execute(
                "UPDATE files SET size = ?, mtime_ns = ?, ingested_at = ? WHERE path_bytes = ?",
                (outcome.size, outcome.mtime_ns, now, path_bytes),
            )
        else:
            previous = store.previous_versions(self.conn, path_bytes)
            self._store_records(outcome.records, display, path_bytes, previous, outcome.seen, now)
            row = (path_bytes, display, outcome.size, outcome.mtime_ns, outcome.sha256,
                   self.ok_key, "ok", len(outcome.records), now)  # fmt: skip
            store.upsert_files(self.conn, [row])
        self.pending_files += 1

    def _store_records(self, records: Iterable[Prepared], display: str, path_bytes: bytes, previous: dict,
                       seen: int, now: str) -> None:  # fmt: skip
        added = 0
        sources = []
        for prepared in records:
            old = previous.get(prepared.source_record)
            supersedes = old if old is not None and old != prepared.id else None
            rowid = store.insert_article(self.conn, prepared.values + (supersedes, now))
            if rowid is not None:
                self.linker.add(rowid, prepared.id, prepared.values[_BODY], prepared.sketch, prepared.links, seen,
                                prepared.common_keys)  # fmt: skip
                line = prepared.line if supersedes is None else with_supersedes(prepared.line, supersedes)
                self.pending_lines.append(line)
                self.pending_bytes += len(line)
                added += 1
                if supersedes is not None:
                    store.mark_superseded(self.conn, supersedes, prepared.id)
            sources.append((prepared.id, display, path_bytes, prepared.source_record,
                            prepared.source_sha256, now))  # fmt: skip
        store.insert_sources(self.conn, sources)
        self.summary.articles_added += added
        if added:
            self.summary.files_new += 1
        else:
            self.summary.files_duplicate += 1

    def _reject(self, path: str, reason: str) -> None:
        display = display_path(path)
        store.insert_rejects(self.conn, [(display, os.fsencode(path), reason, store.utc_now())])
        self.summary.files_rejected += 1
        self.summary.rejects.append((display, reason))
        if self.on_reject:
            self.on_reject(display, reason)

    # -- batches --------------------------------------------------------------

    def _begin(self) -> None:
        if not self.in_batch:
            self.conn.execute("BEGIN IMMEDIATE")
            self.in_batch = True
            self.batch_started = time.monotonic()

    def _commit_if_due(self) -> None:
        if (
            self.pending_files >= BATCH_FILES
            or self.pending_bytes >= BATCH_BYTES
            or time.monotonic() - self.batch_started >= BATCH_SECONDS
        ):
            self._commit()

    def _commit(self) -> None:
        """JSONL first (fsynced), then the transaction that records its new end."""
        if not self.in_batch:
            return
        self.batches += 1
        self._test_kill("before-jsonl")
        offset = self.log.append(self.pending_lines)
        self._test_kill("after-jsonl")
        self.linker.flush()
        store.set_meta(self.conn, "jsonl_offset", str(offset))
        self.conn.execute("COMMIT")
        self.committed_rowid = self._max_rowid()
        self._test_kill("after-commit")
        self.in_batch = False
        self.pending_lines.clear()
        self.pending_bytes = 0
        self.pending_files = 0

    def _test_kill(self, point: str) -> None:
        if KILL_AT == f"{point}:{self.batches}":
            os.kill(os.getpid(), signal.SIGKILL)

    def abandon(self) -> None:
        """After a write failure: roll back, and cut the JSONL to what committed."""
        committed = None
        if self.conn.in_transaction:  # SQLite may have rolled back already
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
        self.in_batch = False
        try:
            committed = store.committed_offset(self.conn)
        except sqlite3.Error:
            pass
        if committed is not None:
            try:
                self.log.truncate(committed)
            except OSError:
                pass  # the next open cuts it back instead

    def _max_rowid(self) -> int:
        return self.conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0

    def close(self) -> None:
        self.reader.close()
        self.log.close()
        self.conn.close()


def open_archive(archive_dir: str) -> tuple[sqlite3.Connection, JsonlLog]:
    """Open both halves for writing (lock held) and repair a crashed run's tail."""
    db_path = os.path.join(archive_dir, DB_NAME)
    jsonl_path = os.path.join(archive_dir, JSONL_NAME)
    if not os.path.exists(db_path) and _size(jsonl_path) > 0:
        raise ArchiveError(
            f"{db_path} is missing but {jsonl_path} holds articles: "
            "run `newsarchive rebuild` to recreate the database from it"
        )
    conn = store.open_for_writing(db_path)
    try:
        finish_jsonl_rewrite(conn, archive_dir)
        log = JsonlLog(jsonl_path, store.committed_offset(conn))
    except BaseException:
        conn.close()
        raise
    return conn, log


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _once(found: Iterable[Found | Refused]) -> Iterator[Found | Refused]:
    """Each input once: a path named twice, or reached from two inputs, is one input.

    Only runs given several inputs pay for the set: the files of one walk
    stream into ``_Jobs`` without an object per file held beside them.
    """
    seen: set[Found | Refused] = set()
    for item in found:
        if item not in seen:
            seen.add(item)
            yield item


class _Jobs:
    """The files to read, packed into one string and two arrays instead of
    objects per file.  Workers are forked once it is built, and reference
    counts are writes: going through per-file objects would copy their
    pages into the writer, so the process tree would hold the list twice
    (about 290 bytes a file, each time)."""

    def __init__(self):
        self._parts: list[str] = []
        self._text = ""
        self._ends = array("q")
        self._stats = array("q")  # size, mtime_ns of each file
        self._known: dict[int, str] = {}  # index -> sha256 stored at the last run

    def add(self, path: str, size: int, mtime_ns: int, known_sha256: str | None) -> None:
        if known_sha256 is not None:
            self._known[len(self._ends)] = known_sha256
        self._parts.append(path)
        self._ends.append((self._ends[-1] if self._ends else 0) + len(path))
        self._stats.extend((size, mtime_ns))

    def pack(self) -> None:
        self._text, self._parts = "".join(self._parts), []

    def __len__(self) -> int:
        return len(self._ends)

    def path(self, index: int) -> str:
        return self._text[self._ends[index - 1] if index else 0 : self._ends[index]]

    def stat(self, index: int) -> tuple[int, int]:
        return self._stats[2 * index], self._stats[2 * index + 1]

    def pairs(self, start: int, stop: int) -> list[tuple[str, str | None]]:
        """(path, stored sha256 or None) of the files from start to stop."""
        return [(self.path(i), self._known.get(i)) for i in range(start, min(stop, len(self)))]


def _outcomes(jobs: _Jobs, settings: Settings, lock_fd, reader: Reader, committed: Callable[[], int],
              workers: int | None) -> Iterator[tuple[Outcome, int]]:  # fmt: skip
    """Outcomes in input order, in-process for a few files (or when asked),
    else from workers; each with the newest rowid committed when its work
    was handed out, which every lookup of it and of the outcomes after it saw."""
    if workers is None:
        workers = max(1, os.cpu_count() or 1)
    if workers == 0 or len(jobs) < POOL_MIN_FILES:
        for path, known in jobs.pairs(0, len(jobs)):
            visible = committed()
            yield prepare_file(path, known, settings, reader), visible
        return
    yield from _pooled(jobs, settings, lock_fd, reader.db_path, committed, workers)


def _pooled(jobs: _Jobs, settings: Settings, lock_fd, db_path: str, committed,
            workers: int) -> Iterator[tuple[Outcome, int]]:  # fmt: skip
    """A bounded window of chunks in flight keeps memory flat however many
    files there are, while the workers stay ahead of the writer.  Workers
    are forked (fast start); they drop their copy of the lock at once."""
    chunks = (jobs.pairs(i, i + CHUNK_FILES) for i in range(0, len(jobs), CHUNK_FILES))
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=worker_init, initargs=(lock_fd, db_path))
    try:
        in_flight = deque()
        for chunk in chunks:
            in_flight.append((pool.submit(prepare_batch, chunk, settings), committed()))
            if len(in_flight) >= CHUNKS_AHEAD * workers:
                break
        while in_flight:
            future, visible = in_flight.popleft()
            results = future.result()
            chunk = next(chunks, None)
            if chunk is not None:
                in_flight.append((pool.submit(prepare_batch, chunk, settings), committed()))
            for outcome in results:
                yield outcome, visible
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
