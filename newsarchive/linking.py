"""Links between near-copies and rewrites, kept in the archive database.

Tables, part of the archive schema and plain enough for the ``sqlite3`` shell:

``links``            one row per direction of a link (``article_id`` ->
                     ``linked_id``), with its ``kind`` ("near-copy" or
                     "rewrite") and ``score``.
``link_bands``       the LSH band keys of every article's MinHash signature.
``link_signatures``  one byte of each bucket of that signature.

Linking is incremental and happens at ingest, in the batch transaction: a
new article's sketch (band keys and signature, computed in the worker that
parsed it) is looked up in ``link_bands`` with one indexed query, candidates
whose signatures agree are verified, and the new keys are stored.  Nothing
scans the archive.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable

from . import similarity

# Verified candidates per article, most shared bands first: bounds the cost
# when a popular topic makes many articles share a few bands.
MAX_CANDIDATES = 10
# Bands a candidate must share.  One shared band is what chance overlap in
# common words gives; the hardest rewrite of the labelled set (the seed pair)
# shares five of 32, copies fifteen or more.
MIN_SHARED_BANDS = 2
# A candidate that is neither a near-copy nor a rewrite is still listed by
# ``related`` as "similar" when its weighted cosine reaches this.
SIMILAR_SCORE = 0.2

# Share of signature buckets a candidate must agree on before it is verified.
# Rewrites and copies of the labelled set agree on 0.44 or more, different
# stories on one topic on at most 0.25, and chance candidates of the
# benchmark corpus on at most 0.23; verification (reading and profiling the
# candidate's body) is then paid almost only for real links.
MIN_AGREEMENT = 0.3
# Band keys are hashes, so a batch's new keys land all over an index ordered
# by key: in an archive of 100,000 articles nearly every page of it would be
# rewritten at each commit.  Ordering by epoch (a run of 32,768 consecutive
# articles) first keeps a batch's writes within the newest epoch's pages, for
# one extra index seek per key and older epoch at lookup.
EPOCH_BITS = 15
# Articles a band key is followed to, per epoch (see ``_candidates``).
KEY_POSTINGS = 16
_POSTINGS = (
    "SELECT * FROM (SELECT article FROM link_bands WHERE epoch = ? AND key = ?"
    f" ORDER BY article DESC LIMIT {KEY_POSTINGS})"
)

SCHEMA = """
CREATE TABLE links (
  article_id TEXT NOT NULL,
  linked_id TEXT NOT NULL,
  kind TEXT NOT NULL,          -- near-copy | rewrite
  score REAL NOT NULL,         -- shingle containment (near-copy) or weighted cosine (rewrite)
  PRIMARY KEY (article_id, linked_id)
) WITHOUT ROWID;
CREATE TABLE link_bands (
  epoch INTEGER NOT NULL,      -- articles.rowid >> EPOCH_BITS
  key INTEGER NOT NULL,        -- LSH band key, the band number mixed in
  article INTEGER NOT NULL,    -- articles.rowid
  PRIMARY KEY (epoch, key, article)
) WITHOUT ROWID;
CREATE TABLE link_signatures (
  article INTEGER PRIMARY KEY, -- articles.rowid
  signature BLOB NOT NULL      -- one byte of each MinHash bucket
);
"""


def is_candidate(shared_bands: int, signature_agreement: float) -> bool:
    """Whether a pair found through the bands is worth verifying."""
    return shared_bands >= MIN_SHARED_BANDS and signature_agreement >= MIN_AGREEMENT


def link_article(conn: sqlite3.Connection, rowid: int, article_id: str, body: str,
                 sketch: similarity.Sketch) -> int:  # fmt: skip
    """Link one newly stored article (its sketch computed where it was parsed)
    to the stored articles it copies or rewrites, then index its sketch.

    One indexed query finds the articles sharing bands with it; only those
    whose signatures agree are verified, and only then is a body profiled.
    Runs inside the caller's transaction.  Returns the links made.
    """
    if not sketch.keys:
        return 0
    made = 0
    prof = None
    for other_rowid, other_id, shared, other_signature in _candidates(conn, rowid, sketch.keys):
        if not is_candidate(shared, similarity.agreement(sketch.signature, other_signature)):
            continue
        prof = prof or similarity.profile(body)
        match = similarity.compare(prof, similarity.profile(_body(conn, other_rowid)))
        if match is not None:
            conn.executemany(
                "INSERT OR REPLACE INTO links (article_id, linked_id, kind, score) VALUES (?, ?, ?, ?)",
                [(article_id, other_id, match.kind, match.score), (other_id, article_id, match.kind, match.score)],
            )
            made += 1
    epoch = rowid >> EPOCH_BITS
    conn.executemany(
        "INSERT OR IGNORE INTO link_bands (epoch, key, article) VALUES (?, ?, ?)",
        [(epoch, key, rowid) for key in sketch.keys],
    )
    conn.execute("INSERT OR REPLACE INTO link_signatures (article, signature) VALUES (?, ?)", (rowid, sketch.signature))
    return made


def update_links(conn: sqlite3.Connection, article_ids: Iterable[str]) -> int:
    """``link_article`` for articles already stored without their sketch
    (by a tool writing rows directly), computing the sketches here.

    Safe to repeat: an article whose sketch is already indexed is skipped.  Returns the number of links made (each
    counted once, not per direction).
    """
    made = 0
    for article_id in article_ids:
        row = conn.execute(
            "SELECT a.rowid, a.body, s.article FROM articles AS a"
            " LEFT JOIN link_signatures AS s ON s.article = a.rowid WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is not None and row[2] is None:
            made += link_article(conn, row[0], article_id, row[1], similarity.sketch(row[1]))
    return made


def _has_tables(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('links', 'link_bands', 'link_signatures')"
    ).fetchone()[0]
    return found == 3


def _candidates(conn: sqlite3.Connection, rowid: int, keys: tuple[int, ...] | list[int]) -> list[tuple]:
    """(rowid, id, shared bands, signature) of the articles sharing the most
    band keys with these, at most MAX_CANDIDATES.

    Each key is followed to at most KEY_POSTINGS articles per epoch, the
    newest: a key that many articles share (common words, leftover
    boilerplate) then costs what a rare one costs, and the read stays flat as
    the archive grows.  A large cluster of copies is still linked, each new
    copy to the latest ones.  The price: an article that shares a common key with
    more than KEY_POSTINGS newer ones of its epoch is found through its rarer
    keys only, so a rewrite of it arriving much later may be missed.
    """
    epochs = range(_last_epoch(conn) + 1)
    postings = conn.execute(
        " UNION ALL ".join([_POSTINGS] * (len(keys) * len(epochs))),
        [value for epoch in epochs for key in keys for value in (epoch, key)],
    )
    shared = Counter(article for (article,) in postings if article != rowid)
    best = sorted((n, -article) for article, n in shared.items() if n >= MIN_SHARED_BANDS)[-MAX_CANDIDATES:]
    if not best:
        return []
    found = conn.execute(
        f"SELECT a.rowid, a.id, s.signature FROM articles AS a JOIN link_signatures AS s ON s.article = a.rowid"
        f" WHERE a.rowid IN ({', '.join('?' * len(best))})",
        [-negated for _, negated in best],
    ).fetchall()
    return sorted(((other, other_id, shared[other], signature) for other, other_id, signature in found),
                  key=lambda row: (-row[2], row[0]))  # fmt: skip


def _last_epoch(conn: sqlite3.Connection) -> int:
    return (conn.execute("SELECT max(article) FROM link_signatures").fetchone()[0] or 0) >> EPOCH_BITS


def _body(conn: sqlite3.Connection, rowid: int) -> str:
    return conn.execute("SELECT body FROM articles WHERE rowid = ?", (rowid,)).fetchone()[0]


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
    row = conn.execute("SELECT rowid, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None or len(out) >= limit:
        return out
    prof = similarity.profile(row[1])
    seen = {article_id} | {other_id for other_id, _, _ in out}
    similar = []
    for other_rowid, other_id, _shared, _signature in _candidates(conn, row[0], similarity.sketch(row[1]).keys):
        if other_id in seen:
            continue
        score = round(similarity.cosine(prof, similarity.profile(_body(conn, other_rowid))), 3)
        if score >= SIMILAR_SCORE:
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
