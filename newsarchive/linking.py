"""Links between near-copies and rewrites, kept in the archive database.

Two tables, both plain enough to join from the ``sqlite3`` shell:

``links``       one row per direction of a link (``article_id`` -> ``linked_id``),
                with its ``kind`` ("near-copy" or "rewrite") and ``score``.
``link_bands``  the LSH band keys of every article's MinHash signature.

Linking is incremental: a new article's band keys are looked up in
``link_bands`` (an index seek per band), the articles sharing the most bands
are verified, and the new keys are stored.  Nothing scans the archive, so the
cost per article stays flat as the archive grows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from . import similarity

# Verified candidates per article, most shared bands first: bounds the cost
# when a popular topic makes many articles share a few bands.
MAX_CANDIDATES = 10
# Bands a candidate must share.  One shared band is what chance overlap in
# common words gives; the hardest rewrite of the labelled set (the seed pair)
# shares four, copies share over twenty.
MIN_SHARED_BANDS = 2
# A candidate that is neither a near-copy nor a rewrite is still listed by
# ``related`` as "similar" when its weighted cosine reaches this.
SIMILAR_SCORE = 0.2

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS links (
  article_id TEXT NOT NULL,
  linked_id TEXT NOT NULL,
  kind TEXT NOT NULL,          -- near-copy | rewrite
  score REAL NOT NULL,         -- shingle containment (near-copy) or weighted cosine (rewrite)
  PRIMARY KEY (article_id, linked_id)
) WITHOUT ROWID""",
    """CREATE TABLE IF NOT EXISTS link_bands (
  band INTEGER NOT NULL,
  key INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID""",
)


def create_tables(conn: sqlite3.Connection) -> None:
    """Create the link tables if missing, inside the caller's transaction (no executescript)."""
    if not _has_tables(conn):
        for statement in SCHEMA:
            conn.execute(statement)


def _has_tables(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('links', 'link_bands')"
    ).fetchone()[0]
    return found == 2


def update_links(conn: sqlite3.Connection, article_ids: Iterable[str]) -> int:
    """Link each newly stored article to the older ones it copies or rewrites.

    Runs inside the caller's transaction (it never commits) and is safe to
    repeat: an article whose band keys are already stored is skipped.
    Returns the number of links made (each counted once, not per direction).
    """
    create_tables(conn)
    made = 0
    for article_id in article_ids:
        row = conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            continue
        prof = similarity.profile(row[0])
        keys = similarity.band_keys(similarity.signature(prof))
        if not keys or _already_banded(conn, article_id, keys[0]):
            continue
        for other_id, other in _candidates(conn, article_id, keys):
            match = similarity.compare(prof, other)
            if match is not None:
                conn.executemany(
                    "INSERT OR REPLACE INTO links (article_id, linked_id, kind, score) VALUES (?, ?, ?, ?)",
                    [(article_id, other_id, match.kind, match.score), (other_id, article_id, match.kind, match.score)],
                )
                made += 1
        conn.executemany(
            "INSERT OR IGNORE INTO link_bands (band, key, article_id) VALUES (?, ?, ?)",
            [(band, key, article_id) for band, key in keys],
        )
    return made


def _already_banded(conn: sqlite3.Connection, article_id: str, key: tuple[int, int]) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM link_bands WHERE band = ? AND key = ? AND article_id = ?", (*key, article_id)
        ).fetchone()
        is not None
    )


def _candidates(conn: sqlite3.Connection, article_id: str, keys: list[tuple[int, int]]):
    """(id, profile) of the articles sharing the most band keys with these."""
    values = ", ".join("(?, ?)" for _ in keys)
    rows = conn.execute(
        f"SELECT b.article_id, a.body, count(*) AS shared"
        f" FROM (VALUES {values}) AS q"
        f" JOIN link_bands AS b ON b.band = q.column1 AND b.key = q.column2"
        f" JOIN articles AS a ON a.id = b.article_id"
        f" WHERE b.article_id != ? GROUP BY b.article_id HAVING shared >= ?"
        f" ORDER BY shared DESC, b.article_id LIMIT ?",
        [v for key in keys for v in key] + [article_id, MIN_SHARED_BANDS, MAX_CANDIDATES],
    ).fetchall()
    return [(other_id, similarity.profile(body)) for other_id, body, _shared in rows]


def related(conn: sqlite3.Connection, article_id: str, limit: int = 10) -> list[tuple[str, float, str]]:
    """(id, score, kind) of the articles most like this one, linked ones first.

    Kinds: "near-copy" and "rewrite" come from the ``links`` table; "similar"
    marks a band-sharing article that was not linked but is close in
    vocabulary (often a different story on the same subject).  Read-only.
    """
    if not _has_tables(conn):
        return []
    linked = conn.execute(
        "SELECT linked_id, score, kind FROM links WHERE article_id = ?"
        " ORDER BY kind = 'near-copy' DESC, score DESC, linked_id LIMIT ?",
        (article_id, limit),
    ).fetchall()
    out = [(other_id, score, kind) for other_id, score, kind in linked]
    row = conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None or len(out) >= limit:
        return out
    prof = similarity.profile(row[0])
    seen = {article_id} | {other_id for other_id, _, _ in out}
    similar = []
    for other_id, other in _candidates(conn, article_id, similarity.band_keys(similarity.signature(prof))):
        score = round(similarity.cosine(prof, other), 3)
        if other_id not in seen and score >= SIMILAR_SCORE:
            similar.append((other_id, score, "similar"))
    similar.sort(key=lambda item: (-item[1], item[0]))
    return out + similar[: limit - len(out)]


def related_rows(conn: sqlite3.Connection, article_id: str, limit: int = 10) -> list[dict]:
    """``related`` with each article's date, title, lead and source, for display."""
    rows = []
    for other_id, score, kind in related(conn, article_id, limit):
        found = conn.execute(
            "SELECT date, title, substr(body, 1, 120), source_path FROM articles WHERE id = ?", (other_id,)
        ).fetchone()
        date, title, lead, source = found or (None, None, "", "")
        rows.append({"id": other_id, "score": score, "kind": kind, "date": date, "title": title,
                     "lead": lead, "source_path": source})
    return rows
