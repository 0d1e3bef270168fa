"""Look up one archived article by id, or by a prefix of its id.

An id is 16 hex digits; people copy the first few from search output, so a
prefix of at least ``MIN_PREFIX`` digits that names one article is enough.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from .errors import ArchiveError, QueryError
from .record import Record

MIN_PREFIX = 4
_HEX = re.compile(r"[0-9a-f]+")


@dataclass(frozen=True)
class Source:
    path: str
    record: int
    sha256: str
    first_seen: str


@dataclass(frozen=True)
class Article:
    """A stored record plus what the archive knows around it."""

    record: Record
    superseded_by: str | None
    sources: tuple[Source, ...]
    ingested_at: str

    def to_dict(self) -> dict:
        out = self.record.to_dict()
        out["superseded_by"] = self.superseded_by
        out["sources"] = [vars(s) for s in self.sources]
        out["ingested_at"] = self.ingested_at
        return out


def find(conn: sqlite3.Connection, wanted: str) -> Article | None:
    """The article with id (or unique id prefix) ``wanted``; None when there is none.

    Raises QueryError when a prefix names more than one article.
    """
    key = wanted.strip().lower()
    if not _HEX.fullmatch(key):
        return None
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    try:
        rows = cursor.execute("SELECT * FROM articles WHERE id = ?", (key,)).fetchall()
        if not rows and len(key) >= MIN_PREFIX:
            rows = cursor.execute(
                "SELECT * FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 3",
                (key, key + "g"),
            ).fetchall()
        if len(rows) > 1:
            ids = ", ".join(r["id"] for r in rows[:2])
            raise QueryError(f"id prefix {wanted!r} matches more than one article ({ids}, …)")
        if not rows:
            return None
        sources = cursor.execute(
            "SELECT path, record, sha256, first_seen FROM sources"
            " WHERE article_id = ? ORDER BY first_seen, path, record",
            (rows[0]["id"],),
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"cannot read the archive: {exc}") from None
    return _article(rows[0], sources)


def _article(row: sqlite3.Row, sources: list) -> Article:
    data = {key: row[key] for key in row.keys()}
    for key in ("captions", "boilerplate", "warnings"):
        data[key] = json.loads(data[key] or "[]")
    return Article(
        record=Record.from_dict(data),
        superseded_by=data.get("superseded_by"),
        sources=tuple(Source(*s) for s in sources),
        ingested_at=data.get("ingested_at") or "",
    )
