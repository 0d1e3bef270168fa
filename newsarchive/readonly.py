"""Opening an archive for reading, without loading the writer.

``search`` and ``show`` are whole processes whose cost is mostly start-up:
the query itself takes milliseconds.  Reaching the database through
``archive`` would import the parser, the worker pool and the writer first,
so the readers' connection lives here, next to nothing but ``sqlite3``.
"""

from __future__ import annotations

import os
import sqlite3

from .errors import ArchiveError

DB_NAME = "articles.db"
# The newest database layout this code reads (``PRAGMA user_version``).
# 2: the postings of a band key share one row (see ``linking``); 3: the
# band index's epochs are four times longer.  The writer upgrades an older
# archive when it opens it.
SCHEMA_VERSION = 3
BUSY_TIMEOUT_MS = 30_000


def connect_readonly(archive_dir: str) -> sqlite3.Connection:
    """A connection for search/show that creates nothing and waits out a writer's commit."""
    return open_readonly(os.path.join(archive_dir, DB_NAME))


def open_readonly(path: str) -> sqlite3.Connection:
    """A reader's connection to the database file ``path``; never creates it."""
    if not os.path.isfile(path):
        raise ArchiveError(f"no archive at {os.path.dirname(path) or '.'} (newsarchive ingest PATH creates it)")
    uri = "file:" + _uri_path(os.path.abspath(path)) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        check_version(conn.execute("PRAGMA user_version").fetchone()[0], path)
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"cannot open {path}: {exc}") from None
    return conn


def _uri_path(path: str) -> str:
    """A file path as SQLite reads it in a URI, where %HH is an escape and
    ? and # end the path (urllib.parse would cost every search its import)."""
    return path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")


def check_version(version: int, path: str) -> None:
    """Refuse a database written by a newer newsarchive rather than guess at it."""
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"{path} has schema version {version}; this newsarchive reads up to "
            f"{SCHEMA_VERSION}: use a newer newsarchive"
        )
