"""Small archive databases built straight from records, for search and show tests.

They go through store.py's own schema and inserts, so the tests read the same
tables, triggers and FTS index that an ingest writes.
"""

import hashlib
import os

from newsarchive import readonly, store
from newsarchive.record import Caption, Record, count_words


def make_record(id, body, title=None, date=None, author=None, source_path="dumps/a.txt",
                subtitle=None, captions=(), source_record=0, warnings=(), boilerplate=()):
    return Record(
        id=id, source_path=source_path, source_record=source_record,
        source_sha256=hashlib.sha256(body.encode()).hexdigest(),
        title=title, subtitle=subtitle, author=author, date=date,
        captions=tuple(Caption(*c) for c in captions), body=body, word_count=count_words(body),
        boilerplate=tuple(boilerplate), warnings=tuple(warnings),
    )  # fmt: skip


def build_db(directory, records, superseded=(), extra_sources=()):
    """Write ``records`` to ``directory``/articles.db; return the path.

    ``superseded`` holds (old id, new id) pairs; ``extra_sources`` holds
    (article id, path) pairs for an article that also came from another file.
    """
    path = os.path.join(directory, "articles.db")
    conn = store.open_for_writing(path)
    seen = "2024-01-01T00:00:00Z"
    for rec in records:
        store.insert_article(conn, store.article_values(rec, rec.source_path, seen))
        sources = [(rec.id, rec.source_path, os.fsencode(rec.source_path), rec.source_record, rec.source_sha256, seen)]
        store.insert_sources(conn, sources)
    for article_id, other in extra_sources:
        store.insert_sources(conn, [(article_id, other, os.fsencode(other), 0, "0" * 64, seen)])
    for old, new in superseded:
        store.mark_superseded(conn, old, new)
    conn.close()
    return path


def open_db(path):
    return readonly.open_readonly(path)
