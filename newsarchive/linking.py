"""Links between near-copies and rewrites, kept in the archive database.

Tables, part of the archive schema and plain enough for the ``sqlite3`` shell:

``links``            one row per direction of a link (``article_id`` ->
                     ``linked_id``), with its ``kind`` ("near-copy" or
                     "rewrite") and ``score``.
``link_bands``       for each LSH band key of an epoch, the first articles
                     whose MinHash signature has it.
``link_signatures``  one byte of each bucket of that signature.

Linking is incremental and happens at ingest, in the batch transaction.
The worker that parsed a new article computes its sketch (band keys and
signature), looks it up in ``link_bands`` on a read snapshot (``Lookup``),
and verifies the candidates whose signatures agree; the writer
checks the articles stored after that snapshot in memory (``IngestLinker``),
stores the links and, at commit, the band keys.  A key is indexed for the
first KEY_POSTINGS articles of an epoch only: one shared by more is too
common to be evidence.  Nothing scans the archive.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from itertools import chain, groupby
from operator import itemgetter

from . import readonly, similarity

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
# by key, and the pages a commit rewrites grow with the index.  Ordering by
# epoch (a run of 131,072 consecutive articles) first keeps a batch's writes
# within the newest epoch's pages, for one extra index seek per key and
# older epoch at lookup.  Epochs of 32,768 made lookups in a 100,000-article
# archive cost four times the seeks (0.45 ms against about 0.1) for no
# measurable saving at commit; longer epochs cost some recall where a key is
# common: a key admits only the first KEY_POSTINGS articles of an epoch.
EPOCH_BITS = 17
# Articles a band key is followed to, per epoch (see ``Lookup``).
KEY_POSTINGS = 4
# A key no row holds, to pad a lookup's keys with.
_NO_KEY = -1
# One posting more for a key, unless it has its quota already.  The
# postings of a key share one row: a lookup visits a row per key and epoch,
# not one per posting (most keys are common and hold a full quota).
_ADD_POSTING = (
    "INSERT INTO link_bands (epoch, key, articles) VALUES (?, ?, ?)"
    " ON CONFLICT (epoch, key) DO UPDATE SET articles = articles || ' ' || excluded.articles"
    f" WHERE length(articles) - length(replace(articles, ' ', '')) < {KEY_POSTINGS - 1}"
)
# A link found for a new article: (other id, kind, score).
Link = tuple[str, str, float]

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
  articles TEXT NOT NULL,      -- articles.rowid of each, space-separated, at most KEY_POSTINGS
  PRIMARY KEY (epoch, key)
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
                 sketch: similarity.Sketch, lookup: Lookup | None = None) -> int:  # fmt: skip
    """Link one article stored through ``conn`` to the stored articles it
    copies or rewrites, then index its sketch (rebuild and ``update_links``:
    one connection that sees every article; a caller linking many passes
    one ``lookup``).  Runs inside the caller's transaction.  Returns the
    links made."""
    if not sketch.keys:
        return 0
    links, common = (lookup or Lookup()).begin(conn).find(article_id, body, sketch)
    _store_links(conn, article_id, links)
    epoch = rowid >> EPOCH_BITS
    add_postings(conn, [(epoch, key, rowid) for key in sketch.keys if key not in common])
    conn.execute("INSERT OR REPLACE INTO link_signatures (article, signature) VALUES (?, ?)", (rowid, sketch.signature))
    return len(links)


def _verify(conn: sqlite3.Connection, article_id: str, body: str, sketch: similarity.Sketch,
            candidates: Iterable[tuple[int, int, bytes]]) -> list[Link]:  # fmt: skip
    """Verify the (rowid, shared bands, signature) candidates; only those
    whose signatures agree are read from ``articles``."""
    links = []
    prof = None
    for other_rowid, shared, other_signature in candidates:
        if not is_candidate(shared, similarity.agreement(sketch.signature, other_signature)):
            continue
        other = _id_and_body(conn, other_rowid)
        if other is None or other[0] == article_id:
            continue  # deleted by hand, or this very article
        other_id, other_body = other
        prof = prof or similarity.profile(body)
        match = similarity.compare(prof, similarity.profile(other_body))
        if match is not None:
            links.append((other_id, match.kind, match.score))
    return links


def add_postings(conn: sqlite3.Connection, postings: Iterable[tuple[int, int, int]]) -> None:
    """Index (epoch, key, article rowid) triples, each article after those
    already indexed under its key, while the key is under its quota."""
    conn.executemany(_ADD_POSTING, [(epoch, key, str(rowid)) for epoch, key, rowid in postings])


def _store_links(conn: sqlite3.Connection, article_id: str, links: Iterable[Link]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO links (article_id, linked_id, kind, score) VALUES (?, ?, ?, ?)",
        [row for other_id, kind, score in links
         for row in ((article_id, other_id, kind, score), (other_id, article_id, kind, score))],
    )  # fmt: skip


class IngestLinker:
    """The writer's side of linking at ingest.

    Workers look candidates up and verify them on a read snapshot (see
    ``Lookup``); the writer only stores what they found, plus what no
    snapshot could see: the articles it stored after the snapshot was taken
    (the current uncommitted batch and commits made meanwhile).  Those it
    keeps in memory, keys and signatures only, as long as a snapshot still to
    come could miss them, so the window stays as small as the work in flight.
    The band rows wait for the commit and go in sorted, in one statement.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.bands: list[tuple[int, int, int]] = []
        self.signatures: list[tuple[int, bytes]] = []
        self.recent: dict[int, tuple[str, bytes, tuple[int, ...]]] = {}  # rowid -> (id, signature, keys indexed)
        self.recent_keys: dict[int, list[int]] = {}  # band key -> rowids, oldest first

    def add(self, rowid: int, article_id: str, body: str, sketch: similarity.Sketch,
            found: Iterable[Link], seen: int, common: frozenset[int]) -> int:  # fmt: skip
        """Store an article's links: ``found`` by a reader that saw the
        articles up to rowid ``seen``, and those to the newer ones checked
        here.  ``common`` are keys that reader found too common to index."""
        if not sketch.keys:
            return 0
        links = list(found) + _verify(self.conn, article_id, body, sketch, self._unseen_candidates(sketch.keys, seen))
        if links:
            _store_links(self.conn, article_id, links)
        epoch = rowid >> EPOCH_BITS
        if epoch != seen >> EPOCH_BITS:
            common = frozenset()  # counted in an older epoch
        # Keys the window already follows to KEY_POSTINGS articles count as common too.
        recent_keys = self.recent_keys
        # Most keys are common: a set difference drops them before the loop.
        uncommon = set(sketch.keys).difference(common) if common else sketch.keys
        stored = tuple(key for key in uncommon if len(recent_keys.get(key, ())) < KEY_POSTINGS)
        self.bands.extend((epoch, key, rowid) for key in stored)
        self.signatures.append((rowid, sketch.signature))
        self.recent[rowid] = (article_id, sketch.signature, stored)
        for key in stored:
            self.recent_keys.setdefault(key, []).append(rowid)
        return len(links)

    def _unseen_candidates(self, keys: tuple[int, ...], seen: int) -> list[tuple]:
        recent_keys = self.recent_keys
        found = recent_keys.keys() & keys
        if len(found) < MIN_SHARED_BANDS:
            return []
        shared = Counter(chain.from_iterable(map(recent_keys.__getitem__, found)))
        best = sorted((n, -other) for other, n in shared.items() if n >= MIN_SHARED_BANDS and other > seen)
        best = best[-MAX_CANDIDATES:]
        return [(-negated, n, self.recent[-negated][1]) for n, negated in reversed(best)]

    def flush(self) -> None:
        """Index the batch's sketches; called just before its commit."""
        self.bands.sort()
        add_postings(self.conn, self.bands)
        self.conn.executemany("INSERT OR REPLACE INTO link_signatures (article, signature) VALUES (?, ?)",
                              self.signatures)  # fmt: skip
        self.bands.clear()
        self.signatures.clear()

    def forget_through(self, rowid: int) -> None:
        """Drop articles every snapshot still to come will see (rowid up to this)."""
        while self.recent:
            other = next(iter(self.recent))  # rowids come in ascending order
            if other > rowid:
                break
            for key in self.recent.pop(other)[2]:
                rowids = self.recent_keys[key]
                rowids.remove(other)
                if not rowids:
                    del self.recent_keys[key]


def pack_postings(conn: sqlite3.Connection) -> None:
    """Turn a schema 1 ``link_bands`` (a row per posting) into this one,
    keeping each key's first KEY_POSTINGS articles of an epoch."""
    conn.execute("ALTER TABLE link_bands RENAME TO link_bands_old")
    conn.execute(SCHEMA[SCHEMA.index("CREATE TABLE link_bands") : SCHEMA.index("CREATE TABLE link_signatures")])
    conn.execute(
        "INSERT INTO link_bands (epoch, key, articles) SELECT epoch, key, group_concat(article, ' ') FROM"
        " (SELECT epoch, key, article, row_number() OVER (PARTITION BY epoch, key ORDER BY article) AS n"
        f"  FROM link_bands_old) WHERE n <= {KEY_POSTINGS} GROUP BY epoch, key"
    )
    conn.execute("DROP TABLE link_bands_old")


def widen_epochs(conn: sqlite3.Connection, old_bits: int) -> None:
    """Turn a ``link_bands`` of epochs of 2**old_bits articles into one of
    EPOCH_BITS: each key keeps the first KEY_POSTINGS articles of its new
    epoch, as if the archive had been indexed so from the start (the old
    epochs of a new one hold ever larger rowids, so their rows are merged
    in epoch order).  Streams the rows, sorted by SQLite, in flat memory."""
    conn.execute("ALTER TABLE link_bands RENAME TO link_bands_old")
    conn.execute(SCHEMA[SCHEMA.index("CREATE TABLE link_bands") : SCHEMA.index("CREATE TABLE link_signatures")])
    rows = conn.execute(
        f"SELECT epoch >> {EPOCH_BITS - old_bits}, key, articles FROM link_bands_old ORDER BY 1, 2, epoch"
    )
    merged = (
        (epoch, key, " ".join(" ".join(articles for _, _, articles in group).split()[:KEY_POSTINGS]))
        for (epoch, key), group in groupby(rows, key=itemgetter(0, 1))
    )
    conn.executemany("INSERT INTO link_bands (epoch, key, articles) VALUES (?, ?, ?)", merged)
    conn.execute("DROP TABLE link_bands_old")


def update_links(conn: sqlite3.Connection, article_ids: Iterable[str]) -> int:
    """``link_article`` for articles already stored without their sketch
    (by a tool writing rows directly), computing the sketches here.

    Safe to repeat: an article whose sketch is already indexed is skipped.  Returns the number of links made (each
    counted once, not per direction).
    """
    made = 0
    lookup = Lookup()
    for article_id in article_ids:
        row = conn.execute(
            "SELECT a.rowid, a.body, s.article FROM articles AS a"
            " LEFT JOIN link_signatures AS s ON s.article = a.rowid WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is not None and row[2] is None:
            made += link_article(conn, row[0], article_id, row[1], similarity.sketch(row[1]), lookup)
    return made


def _has_tables(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('links', 'link_bands', 'link_signatures')"
    ).fetchone()[0]
    return found == 3


def _candidates(conn: sqlite3.Connection, rowid: int, keys: tuple[int, ...]) -> list[tuple]:
    """(rowid, shared bands, signature) of the articles sharing the most
    band keys with these, at most MAX_CANDIDATES, this article excluded."""
    lookup = Lookup().begin(conn)
    shared, _common = lookup.postings(keys)
    shared.pop(rowid, None)
    return lookup.best(shared)


class Lookup:
    """Finds the links of new articles on a read transaction, keeping between
    transactions the index rows that no later write changes.

    Read-only, so a worker process can run it on a snapshot while the writer
    stores earlier articles.  A band key is followed to the articles sharing
    it; only those whose signatures agree are verified, and only then is a
    body profiled.

    Each key is followed to at most KEY_POSTINGS articles per epoch (the
    first ones): a key that many articles share (common words, leftover
    boilerplate) then costs what a rare one costs.  Ingest stops indexing a
    key once it has filled its quota in the newest epoch, so the index holds
    the rare keys that are evidence, and a large cluster of copies is still
    linked, each new copy to the first ones of the epoch.

    A full row never grows again and a signature is written once, so both
    are kept (up to KEPT of each) for the lookups of later transactions:
    most keys of an article are common ones, and they then cost a set
    intersection instead of an index seek.
    """

    KEPT = 1 << 12  # of each: about 3 MB at most

    def __init__(self) -> None:
        self.conn: sqlite3.Connection | None = None
        self.last_epoch = 0
        self.full_rows: dict[int, dict[int, tuple[int, ...]]] = {}  # epoch -> key -> article rowids
        self.rows_kept = 0
        self.signatures: dict[int, bytes] = {}  # article rowid -> signature

    def begin(self, conn: sqlite3.Connection) -> "Lookup":
        """Look up on ``conn`` from now on, inside its current transaction."""
        self.conn = conn
        self.last_epoch = _last_epoch(conn)
        return self

    def find(self, article_id: str, body: str, sketch: similarity.Sketch) -> tuple[list[Link], frozenset[int]]:
        """The links of a new article to the stored ones this transaction
        sees, and its band keys already followed to KEY_POSTINGS articles of
        the newest epoch (too common to be evidence: not worth a row of the
        index)."""
        if not sketch.keys:
            return [], frozenset()
        shared, common = self.postings(sketch.keys)
        return _verify(self.conn, article_id, body, sketch, self.best(shared)), common

    def postings(self, keys: tuple[int, ...]) -> tuple[Counter, frozenset[int]]:
        """Bands shared with each article, and the keys that fill their quota of the newest epoch."""
        kept: list[tuple[int, ...]] = []
        fetched: list[str] = []
        common: set[int] = set()
        for epoch in range(self.last_epoch + 1):
            full_rows = self.full_rows.setdefault(epoch, {})
            known = full_rows.keys() & keys
            if known:
                kept.extend(map(full_rows.__getitem__, known))
                if epoch == self.last_epoch:
                    common.update(known)
            missing = [key for key in keys if key not in known] if known else keys
            if not missing:
                continue
            room = self.rows_kept < self.KEPT
            for key, articles in self._rows(epoch, missing):
                fetched.append(articles)
                if articles.count(" ") >= KEY_POSTINGS - 1:
                    if epoch == self.last_epoch:
                        common.add(key)
                    if room:
                        full_rows[key] = tuple(map(int, articles.split()))
                        self.rows_kept += 1
        shared = Counter(chain.from_iterable(kept))
        if fetched:
            shared.update(map(int, " ".join(fetched).split()))
        return shared, frozenset(common)

    def _rows(self, epoch: int, keys: tuple[int, ...] | list[int]) -> list[tuple[int, str]]:
        # Padded to a power of two: a connection compiles one statement per size, not one per lookup.
        size = max(4, 1 << (len(keys) - 1).bit_length())
        return self.conn.execute(
            f"SELECT key, articles FROM link_bands WHERE epoch = ? AND key IN ({', '.join('?' * size)})",
            [epoch, *keys, *[_NO_KEY] * (size - len(keys))],
        ).fetchall()

    def best(self, shared: Counter) -> list[tuple[int, int, bytes]]:
        """(rowid, shared bands, signature) of the MAX_CANDIDATES articles sharing the most bands."""
        best = sorted((n, -article) for article, n in shared.items() if n >= MIN_SHARED_BANDS)[-MAX_CANDIDATES:]
        if not best:
            return []
        signatures = self.signatures
        wanted = [-negated for _, negated in best if -negated not in signatures]
        found = {}
        if wanted:
            # Signatures only: most candidates fail the agreement, and reading their
            # ids from ``articles`` would cost a page of that large table each.
            found = dict(self.conn.execute(
                f"SELECT article, signature FROM link_signatures WHERE article IN ({', '.join('?' * len(wanted))})",
                wanted,
            ).fetchall())  # fmt: skip
            if len(signatures) < self.KEPT:
                signatures.update(found)
        rows = []
        for n, negated in reversed(best):
            signature = signatures.get(-negated) or found.get(-negated)
            if signature is not None:
                rows.append((-negated, n, signature))
        return rows


def _last_epoch(conn: sqlite3.Connection) -> int:
    return (conn.execute("SELECT max(article) FROM link_signatures").fetchone()[0] or 0) >> EPOCH_BITS


def _id_and_body(conn: sqlite3.Connection, rowid: int) -> tuple[str, str] | None:
    return conn.execute("SELECT id, body FROM articles WHERE rowid = ?", (rowid,)).fetchone()


def related(conn: sqlite3.Connection, article_id: str, limit: int = 10) -> list[tuple[str, float, str]]:
    """(id, score, kind) of the articles most like this one, linked ones first.

    Kinds: "near-copy" and "rewrite" come from the ``links`` table; "similar"
    marks a band-sharing article that was not linked but is close in
    vocabulary (often a different story on the same subject).  Read-only.
    """
    if not _has_tables(conn):
        return []
    # An archive of an older layout (one row per posting, or shorter epochs)
    # keeps it until the next ingest upgrades it: its stored links are
    # listed, no similar stories.
    packed = conn.execute("PRAGMA user_version").fetchone()[0] >= readonly.SCHEMA_VERSION
    linked = conn.execute(
        "SELECT linked_id, score, kind FROM links WHERE article_id = ?"
        " ORDER BY kind = 'near-copy' DESC, score DESC, linked_id LIMIT ?",
        (article_id, limit),
    ).fetchall()
    out = [(other_id, score, kind) for other_id, score, kind in linked]
    row = conn.execute("SELECT rowid, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None or len(out) >= limit or not packed:
        return out
    prof = similarity.profile(row[1])
    seen = {article_id} | {other_id for other_id, _, _ in out}
    similar = []
    for other_rowid, _shared, _signature in _candidates(conn, row[0], similarity.sketch(row[1]).keys):
        other = _id_and_body(conn, other_rowid)
        if other is None or other[0] in seen:
            continue
        other_id, other_body = other
        score = round(similarity.cosine(prof, similarity.profile(other_body)), 3)
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
