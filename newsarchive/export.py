"""Export articles to JSONL, CSV, or Elasticsearch/OpenSearch ``_bulk`` NDJSON.

The filters are the ones of ``search`` (``search.Query``): with query text
only matching articles are written, without it every article the filters
let through.  Rows go out in ingest order, one at a time, so an export of
the whole archive never holds it in memory.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator

from . import search
from .errors import ArchiveError, QueryError

# Names for annotations only (type checkers read this as typing.TYPE_CHECKING;
# importing typing would cost every search).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

    from .record import Record

# Every command's parser reads FORMATS, so the record class is loaded only
# by an export itself.
FORMATS = ("jsonl", "csv", "es-bulk")
# The JSON-list fields, written as JSON text in a CSV cell.
_LIST_FIELDS = ("captions", "boilerplate", "warnings")


def export(conn: sqlite3.Connection, out: TextIO, fmt: str = "jsonl", query: search.Query | None = None,
           index: str = "newsarchive") -> int:
    """Write the selected articles to ``out`` in ``fmt``; return how many were written."""
    from .record import FIELDS

    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    query = query or search.Query("")
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(FIELDS)
    for record in _records(conn, query):
        if fmt == "csv":
            data = record.to_dict()
            writer.writerow([json.dumps(data[f], ensure_ascii=False) if f in _LIST_FIELDS else data[f] for f in FIELDS])
        elif fmt == "jsonl":
            out.write(record.to_json() + "\n")
        else:
            action = {"index": {"_index": index, "_id": record.id}}
            out.write(json.dumps(action) + "\n" + record.to_json() + "\n")
        count += 1
    return count


def _records(conn: sqlite3.Connection, query: search.Query) -> Iterator[Record]:
    from .record import FIELDS, Record

    where, params = search._filters(query)
    match = query.text.strip() if query.fts else search.to_fts(query.text)
    if query.text.strip():
        if not match:
            return
        where += " AND a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        params.append(match)
    columns = ", ".join("a." + f for f in FIELDS)
    sql = f"SELECT {columns} FROM articles AS a WHERE 1 {where} ORDER BY a.rowid"
    try:
        for row in conn.execute(sql, params):
            data = dict(zip(FIELDS, row))
            for name in _LIST_FIELDS:
                data[name] = json.loads(data[name])
            yield Record.from_dict(data)
    except sqlite3.OperationalError as exc:
        if query.fts and str(exc).startswith(search._FTS_SYNTAX_ERRORS):
            raise QueryError(f"bad FTS5 query {match!r}: {exc}") from None
        raise ArchiveError(f"export failed: {exc}") from None
