"""The floor: what writing the benchmark's articles costs with no parsing at all.

A bare loop over the same files that writes the same number of rows into
the same schema as newsarchive (articles + FTS5 external content kept by
triggers, same tokenizer, sources and files tables), with the same pragmas
(WAL, synchronous=NORMAL), batched transactions, and the same JSONL, fsynced
before each commit.  Its only "parsing" is splitting the first line off as
the title; record boundaries come from the generator's manifest.  No ingest
that keeps those promises can go below this with SQLite and Python.

Usage: python3 benchmarks/floor.py CORPUS_DIR MANIFEST OUT_DIR
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import sqlite3
import sys

SCHEMA = """
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
CREATE VIRTUAL TABLE articles_fts USING fts5(title, subtitle, author, body, caption_text,
  content="articles", content_rowid="rowid", tokenize="porter unicode61 remove_diacritics 2");
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, subtitle, author, body, caption_text)
  VALUES (new.rowid, new.title, new.subtitle, new.author, new.body, new.caption_text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, subtitle, author, body, caption_text)
  VALUES ('delete', old.rowid, old.title, old.subtitle, old.author, old.body, old.caption_text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, subtitle, author, body, caption_text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, subtitle, author, body, caption_text)
  VALUES ('delete', old.rowid, old.title, old.subtitle, old.author, old.body, old.caption_text);
  INSERT INTO articles_fts (rowid, title, subtitle, author, body, caption_text)
  VALUES (new.rowid, new.title, new.subtitle, new.author, new.body, new.caption_text);
END;
CREATE INDEX articles_date ON articles(date);
CREATE TABLE sources (article_id TEXT NOT NULL, path TEXT NOT NULL, path_bytes BLOB NOT NULL,
  record INTEGER NOT NULL, sha256 TEXT NOT NULL, first_seen TEXT NOT NULL,
  PRIMARY KEY (path_bytes, record, article_id));
CREATE INDEX sources_article ON sources(article_id);
CREATE TABLE files (path_bytes BLOB PRIMARY KEY, path TEXT NOT NULL, size INTEGER, mtime_ns INTEGER,
  sha256 TEXT, settings TEXT, status TEXT NOT NULL, records INTEGER, ingested_at TEXT);
CREATE TABLE rejects (rowid INTEGER PRIMARY KEY, path TEXT NOT NULL, path_bytes BLOB,
  reason TEXT NOT NULL, time TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""

INSERT_ARTICLE = (
    "INSERT INTO articles (id, source_path, source_record, source_sha256, title, subtitle, author,"
    " date, captions, caption_text, body, word_count, boilerplate, warnings, supersedes,"
    " superseded_by, ingested_at) VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, '[]', '', ?, ?, '[]',"
    " '[]', NULL, NULL, ?)"
)
INSERT_SOURCE = "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?)"
INSERT_FILE = "INSERT INTO files VALUES (?, ?, ?, ?, ?, '', 'ok', ?, ?)"
BATCH_ARTICLES = 1000


def read_manifest(path: str) -> dict[str, list[int]]:
    """Record start offsets by path relative to the corpus, as generated."""
    offsets = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            name, _, starts = line.rstrip("\n").partition("\t")
            offsets[name] = [int(s) for s in starts.split(",")]
    return offsets


def walk(root: str):
    """Every file under root, in a stable order, as the product finds them."""
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            yield os.path.join(folder, name)


class Sink:
    """JSONL + SQLite written in batches: JSONL fsynced, then one commit."""

    def __init__(self, out_dir: str):
        os.makedirs(out_dir, exist_ok=True)
        self.db = sqlite3.connect(os.path.join(out_dir, "articles.db"), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.jsonl = open(os.path.join(out_dir, "articles.jsonl"), "ab")
        self.lines, self.articles, self.sources, self.files = [], [], [], []

    def flush(self) -> None:
        self.jsonl.write(b"".join(self.lines))
        self.jsonl.flush()
        os.fsync(self.jsonl.fileno())
        self.db.execute("BEGIN")
        self.db.executemany(INSERT_ARTICLE, self.articles)
        self.db.executemany(INSERT_SOURCE, self.sources)
        self.db.executemany(INSERT_FILE, self.files)
        self.db.execute("COMMIT")
        self.lines, self.articles, self.sources, self.files = [], [], [], []

    def close(self) -> None:
        self.flush()
        self.jsonl.close()
        self.db.close()


def load(corpus: str, manifest: str, out_dir: str) -> int:
    starts_by_path = read_manifest(manifest)
    sink = Sink(out_dir)
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    count = 0
    for path in walk(corpus):
        stat = os.stat(path)
        with open(path, "rb") as handle:
            data = handle.read()
        file_sha = hashlib.sha256(data).hexdigest()
        starts = starts_by_path[os.path.relpath(path, corpus)]
        bounds = zip(starts, starts[1:] + [len(data)])
        path_bytes = os.fsencode(path)
        for number, (start, end) in enumerate(bounds):
            raw = data[start:end]
            sha = file_sha if len(starts) == 1 else hashlib.sha256(raw).hexdigest()
            title, _, body = raw.decode("utf-8").partition("\n")
            title, body = title.strip(), body.strip()
            words = len(body.split())
            record = {"id": sha[:16], "source_path": path, "source_record": number,
                      "source_sha256": sha, "title": title, "subtitle": None, "author": None,
                      "date": None, "captions": [], "body": body, "word_count": words,
                      "boilerplate": [], "warnings": [], "supersedes": None}
            sink.lines.append(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
            sink.articles.append((sha[:16], path, number, sha, title, body, words, now))
            sink.sources.append((sha[:16], path, path_bytes, number, sha, now))
            count += 1
        sink.files.append((path_bytes, path, stat.st_size, stat.st_mtime_ns, file_sha,
                           len(starts), now))
        if len(sink.articles) >= BATCH_ARTICLES:
            sink.flush()
    sink.close()
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    count = load(*argv)
    print(f"{count} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
