"""Checking an archive, and rebuilding either half from the other.

``verify`` reads only, but waits for the archive lock like a writer: FTS5's
integrity check is an INSERT statement that needs SQLite's write lock, which
a running ingest holds almost without a break, and with no writer the JSONL
can be compared with the database byte for byte.

``rebuild`` writes a complete new file beside the old one, fsyncs it and
renames it into place (then fsyncs the folder), so a crash mid-rebuild
leaves the old file or the new one, never half of each.  Superseded links
are derived again from the ``supersedes`` fields in file order, with the
rule ingest uses: the first newer version wins.  A database rebuilt from the
JSONL knows one source per article and no file stats; the next ingest reads
every input once, finds its articles already stored, and records their
other sources again.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import replace

from . import linking, similarity, store
from .discover import display_path
from .errors import ArchiveError
from .jsonl import fsync_dir, parse_line, read_lines
from .lock import ArchiveLock
from .readonly import BUSY_TIMEOUT_MS, DB_NAME, open_readonly
from .record import FIELDS, Caption, Record

JSONL_NAME = "articles.jsonl"
REBUILD_SUFFIX = ".rebuild"
MAX_LISTED = 20  # problems of one kind listed before "... and N more"
MAINTENANCE_WAIT = 30.0  # how long verify and rebuild wait for a running ingest


def with_supersedes(line: str, old_id: str) -> str:
    """A JSONL line whose record now names the version it replaces."""
    return replace(Record.from_dict(json.loads(line)), supersedes=old_id).to_json()


# -- verify -------------------------------------------------------------------


def verify(archive_dir: str) -> list[str]:
    """Everything wrong with the archive, one line each; empty when healthy."""
    db_path = os.path.join(archive_dir, DB_NAME)
    open_readonly(db_path).close()  # refuses a missing archive or a newer schema
    with ArchiveLock(archive_dir, MAINTENANCE_WAIT):
        return _verify(archive_dir, db_path)


def _verify(archive_dir: str, db_path: str) -> list[str]:
    jsonl_path = os.path.join(archive_dir, JSONL_NAME)
    uri = "file:" + _quote(db_path) + "?mode=rw"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        problems = _check_database(conn)
        if problems:
            return problems
        conn.execute("BEGIN")
        offset = store.committed_offset(conn)
        db_ids = {row[0] for row in conn.execute("SELECT id FROM articles")}
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        return [f"{db_path}: unreadable: {exc}"]
    finally:
        conn.close()
    return _check_jsonl(jsonl_path, offset, db_ids)


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path))


def _check_database(conn: sqlite3.Connection) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    problems = [f"database integrity: {row}" for row in rows if row != "ok"][:MAX_LISTED]
    try:
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"full-text index integrity: {exc}")
    return problems


def _check_jsonl(path: str, offset: int, db_ids: set) -> list[str]:
    if not os.path.exists(path):
        return [f"{path} is missing: `newsarchive rebuild --from db` writes it again"]
    problems: list[str] = []
    size = os.path.getsize(path)
    if size < offset:
        problems.append(f"{path} is {size} bytes but {offset} were committed: it was cut short")
    elif size > offset:
        problems.append(
            f"{path} has {size - offset} bytes past the committed end (an interrupted "
            "ingest; the next ingest removes them)"
        )
    bad: list[str] = []
    seen: set[str] = set()
    extra: list[str] = []
    for number, line in read_lines(path, offset):
        try:
            data = parse_line(line)
        except ValueError as exc:
            bad.append(f"{path} line {number}: {exc}")
            continue
        missing = [name for name in FIELDS if name != "supersedes" and name not in data]
        if missing:
            bad.append(f"{path} line {number}: missing {', '.join(missing)}")
            continue
        article_id = data["id"]
        if article_id in seen:
            bad.append(f"{path} line {number}: id {article_id} appears twice")
        elif article_id not in db_ids:
            extra.append(f"{path} line {number}: id {article_id} is not in the database")
        seen.add(article_id)
    absent = [f"database id {i} has no line in {path}" for i in sorted(db_ids - seen)]
    for group in (bad, extra, absent):
        problems.extend(group[:MAX_LISTED])
        if len(group) > MAX_LISTED:
            problems.append(f"... and {len(group) - MAX_LISTED} more like the last")
    return problems


# -- rebuild ------------------------------------------------------------------


def rebuild(archive_dir: str, source: str = "jsonl") -> int:
    """Rebuild the database from the JSONL (``"jsonl"``) or the JSONL from the
    database (``"db"``); returns the number of articles written."""
    if source not in ("jsonl", "db"):
        raise ArchiveError(f"cannot rebuild from {source!r}: choose jsonl or db")
    if not os.path.isdir(archive_dir):
        raise ArchiveError(f"no archive at {archive_dir}")
    try:
        with ArchiveLock(archive_dir, MAINTENANCE_WAIT):
            return _db_from_jsonl(archive_dir) if source == "jsonl" else _jsonl_from_db(archive_dir)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ArchiveError(f"cannot rebuild archive {archive_dir}: {reason}") from None


def _db_from_jsonl(archive_dir: str) -> int:
    db_path = os.path.join(archive_dir, DB_NAME)
    jsonl_path = os.path.join(archive_dir, JSONL_NAME)
    if not os.path.exists(jsonl_path):
        raise ArchiveError(f"no {JSONL_NAME} in {archive_dir} to rebuild from")
    temp = db_path + REBUILD_SUFFIX
    _remove(temp, temp + "-journal")
    conn = sqlite3.connect(temp, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous=FULL")
        conn.executescript("BEGIN;" + store.SCHEMA)
        written, good_end = _load_jsonl(conn, jsonl_path)
        store.set_meta(conn, "jsonl_offset", str(good_end))
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        _remove(temp, temp + "-journal")
        raise
    conn.close()
    _fsync_file(temp)
    _retire_database(db_path)
    os.replace(temp, db_path)
    fsync_dir(archive_dir)
    if good_end < os.path.getsize(jsonl_path):  # a torn last line: drop it
        with open(jsonl_path, "r+b") as handle:
            handle.truncate(good_end)
            os.fsync(handle.fileno())
    return written


def _load_jsonl(conn: sqlite3.Connection, path: str) -> tuple[int, int]:
    """Insert every JSONL record; returns (articles written, end of the last whole line)."""
    now = store.utc_now()
    written = 0
    end = 0
    lookup = linking.Lookup()
    for number, line in read_lines(path):
        if not line.endswith(b"\n"):
            break  # a torn tail from a crash, never committed
        try:
            record = Record.from_dict(parse_line(line))
            display = display_path(record.source_path)
            values = store.article_values(record, display, now)
        except (ValueError, TypeError, AttributeError) as exc:
            raise ArchiveError(
                f"{path} line {number} is not a valid record ({exc}): fix or remove it, then rebuild"
            ) from None
        rowid = store.insert_article(conn, values)
        if rowid is not None:
            linking.link_article(conn, rowid, record.id, record.body, similarity.sketch(record.body), lookup)
            written += 1
            if record.supersedes:
                store.mark_superseded(conn, record.supersedes, record.id)
        source = (record.id, display, os.fsencode(record.source_path), record.source_record,
                  record.source_sha256, now)  # fmt: skip
        store.insert_sources(conn, [source])
        end += len(line)
    return written, end


def _retire_database(db_path: str) -> None:
    """Fold the old database's WAL into it and remove the WAL, so the file
    renamed into place can never be paired with a stale WAL."""
    if os.path.exists(db_path):
        try:
            old = sqlite3.connect(db_path, isolation_level=None)
            old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            old.close()
        except sqlite3.DatabaseError:
            pass  # a broken database is being replaced anyway
    _remove(db_path + "-wal", db_path + "-shm")


def _jsonl_from_db(archive_dir: str) -> int:
    db_path = os.path.join(archive_dir, DB_NAME)
    if not os.path.exists(db_path):
        raise ArchiveError(f"no {DB_NAME} in {archive_dir} to rebuild from")
    conn = store.open_for_writing(db_path)
    try:
        finish_jsonl_rewrite(conn, archive_dir)
        temp = os.path.join(archive_dir, JSONL_NAME + REBUILD_SUFFIX)
        written = 0
        with open(temp, "wb") as out:
            for record in _records_of(conn):
                out.write(record.to_json().encode("utf-8") + b"\n")
                written += 1
            out.flush()
            os.fsync(out.fileno())
            size = out.tell()
        conn.execute("BEGIN IMMEDIATE")
        store.set_meta(conn, "jsonl_pending", str(size))
        conn.execute("COMMIT")
        finish_jsonl_rewrite(conn, archive_dir)
    finally:
        conn.close()
    return written


def finish_jsonl_rewrite(conn: sqlite3.Connection, archive_dir: str) -> None:
    """Complete (or discard) a JSONL rewrite a crash interrupted.

    The rewritten file is fsynced before ``jsonl_pending`` commits, so a
    pending marker means the new file is whole: rename it if that has not
    happened yet, then make its size the committed offset.  A leftover file
    without the marker never finished writing and is dropped.
    """
    temp = os.path.join(archive_dir, JSONL_NAME + REBUILD_SUFFIX)
    pending = store.get_meta(conn, "jsonl_pending")
    if pending is None:
        _remove(temp)
        return
    if os.path.exists(temp):
        os.replace(temp, os.path.join(archive_dir, JSONL_NAME))
        fsync_dir(archive_dir)
    conn.execute("BEGIN IMMEDIATE")
    store.set_meta(conn, "jsonl_offset", pending)
    store.set_meta(conn, "jsonl_pending", None)
    conn.execute("COMMIT")


def _records_of(conn: sqlite3.Connection):
    """Every stored article as a record, in the order it was added.  The file
    name comes from ``sources.path_bytes`` so an odd name is written exactly."""
    rows = conn.execute(
        "SELECT a.id, a.source_path, a.source_record, a.source_sha256, a.title, a.subtitle,"
        " a.author, a.date, a.captions, a.body, a.word_count, a.boilerplate, a.warnings,"
        " a.supersedes, (SELECT s.path_bytes FROM sources s WHERE s.article_id = a.id"
        "   AND s.record = a.source_record ORDER BY s.rowid LIMIT 1)"
        " FROM articles a ORDER BY a.rowid"
    )
    for row in rows:
        (article_id, shown, record_no, sha, title, subtitle, author, date, captions, body,
         words, boilerplate, warnings, supersedes, path_bytes) = row  # fmt: skip
        yield Record(
            id=article_id,
            source_path=os.fsdecode(bytes(path_bytes)) if path_bytes is not None else shown,
            source_record=record_no,
            source_sha256=sha,
            title=title,
            subtitle=subtitle,
            author=author,
            date=date,
            captions=tuple(Caption(c["text"], c.get("credit")) for c in json.loads(captions)),
            body=body,
            word_count=words,
            boilerplate=tuple(json.loads(boilerplate)),
            warnings=tuple(json.loads(warnings)),
            supersedes=supersedes,
        )


def _fsync_file(path: str) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _remove(*paths: str) -> None:
    for path in paths:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
