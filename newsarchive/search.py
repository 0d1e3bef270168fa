"""Full-text search over the archive database.

People type queries such as ``Moscow’s hosting of Hamas``, ``U.S.-Israel``,
``"quoted phrase"``, ``c++`` or a lone ``"``; raw FTS5 syntax would reject
or misread most of them.  ``to_fts`` turns such text into a query FTS5
always accepts: every word becomes a quoted FTS5 string (FTS5 splits it with
the table's own tokenizer, so ``U.S.-Israel`` matches those words side by
side), quoted phrases stay phrases, a trailing ``*`` stays a prefix search,
and the parts are ANDed.  Raw FTS5 (``NEAR``, ``OR``, column filters) is
still available with ``fts=True``; its syntax errors become ``QueryError``.

With ``collapse=True`` a hit linked (table ``links``) as a near-copy or
rewrite of a better-ranked hit is folded under it instead of listed.  Only
links among the candidates are read: the search fetches a bounded window of
COLLAPSE_WINDOW times the hits asked for (offset included), folds it, then
cuts to the page, so a group whose members rank far apart may show
unfolded, and paging counts groups.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from datetime import date as _date
from collections import namedtuple

from .errors import ArchiveError, QueryError

# Title above subtitle above author above captions above body; the column
# order is the one of articles_fts (title, subtitle, author, body, caption_text).
RANK = "bm25(articles_fts, 10.0, 5.0, 3.0, 1.0, 2.0)"
SORTS = ("rank", "date")
_QUOTE = re.compile('["\u201c\u201d]')  # straight or curly quotes open and close phrases
_FTS_SYNTAX_ERRORS = ("fts5:", "no such column", "unterminated string", "unknown special query")
# Rows fetched per hit shown when folding: copies of one story rank close
# together, and the window keeps the cost a constant times the page.
COLLAPSE_WINDOW = 4


# Plain named tuples, not dataclasses or typing.NamedTuple: a search is a
# whole process, and loading either module costs more than the query.
class Folded(namedtuple("Folded", "id kind score source_path")):
    """A hit folded under a better-ranked one it is linked to: its id, the
    link's kind (near-copy | rewrite) and score (see linking.py), and where
    it came from."""

    __slots__ = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "score": self.score}


class Hit(namedtuple("Hit", "id date title author source_path snippet rank lead superseded_by collapsed",
                     defaults=(None,))):  # fmt: skip
    """One search result.  ``lead`` is the opening of the body, to name a hit
    that has no title; ``collapsed`` the hits folded under it, None when the
    search did not collapse."""

    __slots__ = ()

    def to_dict(self) -> dict:
        out = {
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "author": self.author,
            "source_path": self.source_path,
            "snippet": self.snippet,
            "rank": self.rank,
            "superseded_by": self.superseded_by,
        }
        if self.collapsed is not None:
            out["collapsed"] = [f.to_dict() for f in self.collapsed]
        return out


# What to look for and how to order it; the defaults are what `search` uses.
Query = namedtuple(
    "Query",
    "text fts limit offset since until author source sort include_superseded collapse",
    defaults=(False, 20, 0, None, None, None, None, "rank", False, False),
)


def to_fts(text: str) -> str:
    """Plain text as people type it -> an FTS5 query that cannot fail.

    Returns "" when nothing searchable is left (only punctuation, say).
    """
    parts = []
    for words, is_phrase, prefix in _segments(text):
        if is_phrase:
            if _has_token(words):
                parts.append(_quote(words) + ("*" if prefix else ""))
            continue
        for word in words.split():
            stem = word.rstrip("*")
            if _has_token(stem):
                parts.append(_quote(stem) + ("*" if stem != word else ""))
    # Juxtaposition is FTS5's AND, and unlike the AND keyword it ignores a
    # string the tokenizer finds empty, so a stray symbol cannot void a query.
    return " ".join(parts)


def _segments(text: str):
    """(text, is_phrase, prefix) pieces; an unmatched last quote is just a separator."""
    quotes = [m.start() for m in _QUOTE.finditer(text)]
    if len(quotes) % 2:
        lone = quotes.pop()
        text = text[:lone] + " " + text[lone + 1 :]
    pos = 0
    for start, end in zip(quotes[::2], quotes[1::2]):
        yield text[pos:start], False, False
        prefix = text.startswith("*", end + 1)
        yield text[start + 1 : end], True, prefix
        pos = end + 1 + prefix
    yield text[pos:], False, False


def _has_token(text: str) -> bool:
    """Whether unicode61 would find a token: a letter, a digit or a private-use mark."""
    return any(unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co" for ch in text)


def _quote(text: str) -> str:
    return '"' + " ".join(text.split()).replace('"', '""') + '"'


def date_bound(value: str) -> str:
    """Check a --since/--until value: YYYY, YYYY-MM or YYYY-MM-DD."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = match.groups()
        _date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise QueryError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value.strip()


def search(conn: sqlite3.Connection, query: Query, marks: tuple[str, str] = ("[", "]")) -> list[Hit]:
    """Ranked hits for ``query``; ``marks`` wrap each matched term in the snippet."""
    if query.sort not in SORTS:
        raise QueryError(f"unknown sort {query.sort!r} (use rank or date)")
    if query.limit < 0 or query.offset < 0:
        raise QueryError("--limit and --offset must not be negative")
    match = query.text.strip() if query.fts else to_fts(query.text)
    if not match:
        return []
    where, params = _filters(query)
    order = "score" if query.sort == "rank" else "a.date DESC NULLS LAST, score"
    sql = f"""
        SELECT a.id, a.date, a.title, a.author, a.source_path,
               snippet(articles_fts, -1, ?, ?, '…', 16), {RANK} AS score,
               substr(a.body, 1, 200), a.superseded_by
        FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? {where}
        ORDER BY {order} LIMIT ? OFFSET ?"""
    limit, offset = query.limit, query.offset
    if query.collapse:
        limit, offset = (query.offset + query.limit) * COLLAPSE_WINDOW, 0
    args = [marks[0], marks[1], match, *params, limit, offset]
    try:
        rows = conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError as exc:
        if query.fts and str(exc).startswith(_FTS_SYNTAX_ERRORS):
            raise QueryError(f"bad FTS5 query {match!r}: {exc}") from None
        raise ArchiveError(f"search failed: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"search failed: {exc}") from None
    # A snippet is a one-line excerpt: paragraph breaks inside it become spaces.
    hits = [Hit(r[0], r[1], r[2], r[3], r[4], " ".join(r[5].split()), round(r[6], 6), r[7], r[8]) for r in rows]
    if query.collapse:
        return fold(hits, _links_among(conn, [h.id for h in hits]))[query.offset : query.offset + query.limit]
    return hits


def fold(hits: list[Hit], links: dict[tuple[str, str], tuple[str, float]]) -> list[Hit]:
    """Keep the best-ranked hit of each linked group, with the others folded under it.

    ``links`` maps (id, linked id) to (kind, score).  A group is every hit
    reachable through links, so a copy of a rewrite joins the original even
    when it outranks the rewrite; a folded hit's kind and score are those of
    its link to the best-ranked hit it is linked to.
    """
    position = {hit.id: i for i, hit in enumerate(hits)}
    leader = {hit.id: hit.id for hit in hits}

    def find(article_id: str) -> str:
        while leader[article_id] != article_id:
            leader[article_id] = leader[leader[article_id]]
            article_id = leader[article_id]
        return article_id

    linked: dict[str, list[str]] = {}
    for one, other in links:
        linked.setdefault(one, []).append(other)
        a, b = find(one), find(other)
        if a != b:  # the better-ranked leader leads the merged group
            leader[max(a, b, key=position.get)] = min(a, b, key=position.get)
    groups: dict[str, list[Folded]] = {}
    for hit in hits:
        head = find(hit.id)
        if head == hit.id:
            groups[hit.id] = []
            continue
        best = min(linked[hit.id], key=position.get)
        groups[head].append(Folded(hit.id, *links[(hit.id, best)], hit.source_path))
    return [h._replace(collapsed=tuple(groups[h.id])) for h in hits if h.id in groups]


def _links_among(conn: sqlite3.Connection, ids: list[str]) -> dict[tuple[str, str], tuple[str, float]]:
    """Near-copy and rewrite links whose two ends are both in ``ids``."""
    if len(ids) < 2:
        return {}
    # One JSON parameter, not one per id: a large --limit stays under SQLite's variable limit.
    listed = json.dumps(ids)
    try:
        rows = conn.execute(
            "SELECT article_id, linked_id, kind, score FROM links"
            " WHERE article_id IN (SELECT value FROM json_each(?)) AND linked_id IN (SELECT value FROM json_each(?))"
            " AND kind IN ('near-copy', 'rewrite')",
            (listed, listed),
        ).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # an archive made before links were kept
            return {}
        raise ArchiveError(f"search failed: {exc}") from None
    return {(a, b): (kind, round(score, 3)) for a, b, kind, score in rows}


def _filters(query: Query) -> tuple[str, list]:
    clauses, params = [], []
    if not query.include_superseded:
        clauses.append("a.superseded_by IS NULL")
    if query.since:
        since = date_bound(query.since)
        clauses.append("substr(a.date, 1, ?) >= ?")
        params += [len(since), since]
    if query.until:
        until = date_bound(query.until)
        clauses.append("substr(a.date, 1, ?) <= ?")
        params += [len(until), until]
    if query.author:
        clauses.append("a.author LIKE ? ESCAPE '\\'")
        params.append("%" + re.sub(r"([%_\\])", r"\\\1", query.author.strip()) + "%")
    if query.source:
        clauses.append(
            "(a.source_path GLOB ? OR EXISTS"
            " (SELECT 1 FROM sources AS s WHERE s.article_id = a.id AND s.path GLOB ?))"
        )
        params += [query.source, query.source]
    return "".join(" AND " + c for c in clauses), params
