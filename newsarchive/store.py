"""The SQLite side of an archive: schema, connections, and the writes.

The schema is meant for the ``sqlite3`` shell and Datasette as they are
(sqlite-utils naming: ``articles`` plus the external-content FTS5 table
``articles_fts`` kept in step by ``articles_ai/_ad/_au`` triggers).  The
update trigger fires only when an indexed column changes, so marking a row
superseded does not re-index its body.

Durability is never traded for speed: WAL with ``synchronous=NORMAL`` is
safe against any process crash, and readers keep working while one writer
commits.  The schema version lives in ``PRAGMA user_version``; a newer one
than this code knows is refused rather than guessed at, an older one is
upgraded by the writer when it opens the archive.
"""

from __future__ import annotations

import os
import sqlite3
import time
from functools import lru_cache

from . import linking, views
from .errors import ArchiveError
from .readonly import BUSY_TIMEOUT_MS, SCHEMA_VERSION, check_version
from .record import Record, json_text

_FTS_COLUMNS = "title, subtitle, author, body, caption_text"

SCHEMA = f"""
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source_path TEXT NOT NULL, source_record INTEGER NOT NULL, source_sha256 TEXT NOT NULL,
  title TEXT, subtitle TEXT, author TEXT, date TEXT,
  captions TEXT NOT NULL,
  caption_text TEXT NOT NULL,
  body TEXT NOT NULL, word_count INTEGER NOT NULL,
  boilerplate TEXT NOT NULL,
  warnings TEXT NOT NULL,
  supersedes TEXT,
  superseded_by TEXT,
  ingested_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5({_FTS_COLUMNS},
  content="articles", content_rowid="rowid", tokenize="porter unicode61 remove_diacritics 2");
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, {_FTS_COLUMNS})
  VALUES (new.rowid, new.title, new.subtitle, new.author, new.body, new.caption_text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, {_FTS_COLUMNS})
  VALUES ('delete', old.rowid, old.title, old.subtitle, old.author, old.body, old.caption_text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF {_FTS_COLUMNS} ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, {_FTS_COLUMNS})
  VALUES ('delete', old.rowid, old.title, old.subtitle, old.author, old.body, old.caption_text);
  INSERT INTO articles_fts(rowid, {_FTS_COLUMNS})
  VALUES (new.rowid, new.title, new.subtitle, new.author, new.body, new.caption_text);
END;
CREATE INDEX articles_date ON articles(date);
CREATE TABLE sources (
  article_id TEXT NOT NULL, path TEXT NOT NULL, path_bytes BLOB NOT NULL,
  record INTEGER NOT NULL, sha256 TEXT NOT NULL, first_seen TEXT NOT NULL,
  PRIMARY KEY (path_bytes, record, article_id)
);
CREATE INDEX sources_article ON sources(article_id);
CREATE TABLE files (
  path_bytes BLOB PRIMARY KEY, path TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
  sha256 TEXT, settings TEXT, status TEXT NOT NULL, records INTEGER, ingested_at TEXT
);
CREATE TABLE rejects (
  rowid INTEGER PRIMARY KEY, path TEXT NOT NULL, path_bytes BLOB, reason TEXT NOT NULL,
  time TEXT NOT NULL
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
{linking.SCHEMA}{views.SCHEMA}PRAGMA user_version = {SCHEMA_VERSION};
"""

ARTICLE_COLUMNS = (
    "id", "source_path", "source_record", "source_sha256", "title", "subtitle", "author",
    "date", "captions", "caption_text", "body", "word_count", "boilerplate", "warnings",
    "supersedes", "ingested_at",
)  # fmt: skip
_INSERT_ARTICLE = "INSERT OR IGNORE INTO articles ({}) VALUES ({})".format(
    ", ".join(ARTICLE_COLUMNS), ", ".join("?" * len(ARTICLE_COLUMNS))
)
_INSERT_SOURCE = (
    "INSERT OR IGNORE INTO sources (article_id, path, path_bytes, record, sha256, first_seen)"
    " VALUES (?, ?, ?, ?, ?, ?)"
)
_UPSERT_FILE = (
    "INSERT INTO files (path_bytes, path, size, mtime_ns, sha256, settings, status, records,"
    " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path_bytes) DO UPDATE SET"
    " path=excluded.path, size=excluded.size, mtime_ns=excluded.mtime_ns,"
    " sha256=excluded.sha256, settings=excluded.settings, status=excluded.status,"
    " records=excluded.records, ingested_at=excluded.ingested_at"
)


def utc_now() -> str:
    return _utc_second(int(time.time()))


@lru_cache(maxsize=1)
def _utc_second(second: int) -> str:
    """Formatted once a second: ingest stamps every file."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(second))


def article_values(record: Record, display_source: str, ingested_at: str) -> tuple:
    """The ``articles`` row of a record, in ``ARTICLE_COLUMNS`` order."""
    captions = [c.to_dict() for c in record.captions]
    return (
        record.id, display_source, record.source_record, record.source_sha256,
        record.title, record.subtitle, record.author, record.date,
        json_text(captions),
        "\n".join(c.text for c in record.captions),
        record.body, record.word_count,
        json_text(list(record.boilerplate)),
        json_text(list(record.warnings)),
        record.supersedes, ingested_at,
    )  # fmt: skip


def open_for_writing(path: str) -> sqlite3.Connection:
    """Open (creating if needed) the archive database for the single writer."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=OFF")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check_version(version, path)
        if version == 0 and not _has_tables(conn):
            conn.executescript("BEGIN IMMEDIATE;" + SCHEMA + "COMMIT;")
        elif 0 < version < SCHEMA_VERSION:
            _upgrade(conn)
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"cannot open {path}: {exc}") from None
    return conn


def _upgrade(conn: sqlite3.Connection) -> None:
    """Version by version: 1 to 2 packs each band key's postings into one
    row, 2 to 3 merges the band index's epochs of 32,768 articles into
    epochs of 131,072.  One transaction, so a crash leaves the old version
    for the next open to upgrade."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another writer may have upgraded meanwhile
        if version < 2:
            linking.pack_postings(conn)
        if version < 3:
            linking.widen_epochs(conn, old_bits=15)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def committed_offset(conn: sqlite3.Connection) -> int:
    return int(get_meta(conn, "jsonl_offset") or 0)


def load_file_stats(conn: sqlite3.Connection, ok_key: str, rejected_key: str) -> dict[bytes, tuple]:
    """``path_bytes -> (size, mtime_ns)`` of every file stored under the
    current settings, in one query: on a no-op run over a large tree this
    dict is all the incremental skip needs, and it holds nothing more so
    that memory stays small."""
    rows = conn.execute(
        "SELECT path_bytes, size, mtime_ns FROM files"
        " WHERE (status = 'ok' AND settings = ?) OR (status = 'rejected' AND settings = ?)",
        (ok_key, rejected_key),
    )
    return {bytes(path): (size, mtime_ns) for path, size, mtime_ns in rows}


def stored_sha256(conn: sqlite3.Connection, path_bytes: bytes, ok_key: str) -> str | None:
    """The hash of a file stored under the current settings, if any."""
    row = conn.execute(
        "SELECT sha256 FROM files WHERE path_bytes = ? AND status = 'ok' AND settings = ?",
        (path_bytes, ok_key),
    ).fetchone()
    return row[0] if row else None


def insert_article(conn: sqlite3.Connection, values: tuple) -> int | None:
    """Insert one article row; its rowid, or None when its id is already stored."""
    cursor = conn.execute(_INSERT_ARTICLE, values)
    return cursor.lastrowid if cursor.rowcount == 1 else None


def insert_sources(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany(_INSERT_SOURCE, rows)


def upsert_files(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany(_UPSERT_FILE, rows)


def insert_rejects(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany("INSERT INTO rejects (path, path_bytes, reason, time) VALUES (?, ?, ?, ?)", rows)


def previous_versions(conn: sqlite3.Connection, path_bytes: bytes) -> dict[int, str]:
    """The article each record position of a file held last: ``record -> id``."""
    rows = conn.execute(
        "SELECT record, article_id FROM sources WHERE path_bytes = ? ORDER BY rowid", (path_bytes,)
    )
    return dict(rows.fetchall())


def mark_superseded(conn: sqlite3.Connection, old_id: str, new_id: str) -> None:
    """The first newer version wins; a rebuild from JSONL applies the same rule."""
    conn.execute(
        "UPDATE articles SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL",
        (new_id, old_id),
    )
