"""SQL views that make the common questions one line in the ``sqlite3`` shell.

Part of the archive schema (``SCHEMA``, created with the tables) and
re-creatable by ``create_views``.  They read the tables as they are and
store nothing.
"""

from __future__ import annotations

import sqlite3

VIEWS = {
    # The articles a search shows by default: no newer version replaces them.
    "current_articles": "SELECT * FROM articles WHERE superseded_by IS NULL",
    # One row per caption, flattened from the JSON list.
    "article_captions": (
        "SELECT a.id AS article_id, a.title, a.date, c.key AS position,"
        " json_extract(c.value, '$.text') AS caption, json_extract(c.value, '$.credit') AS credit"
        " FROM articles AS a, json_each(a.captions) AS c WHERE a.superseded_by IS NULL"
    ),
    "articles_per_day": (
        "SELECT substr(date, 1, 10) AS day, count(*) AS articles FROM articles"
        " WHERE superseded_by IS NULL AND date IS NOT NULL GROUP BY day ORDER BY day"
    ),
    "articles_per_month": (
        "SELECT substr(date, 1, 7) AS month, count(*) AS articles FROM articles"
        " WHERE superseded_by IS NULL AND date IS NOT NULL GROUP BY month ORDER BY month"
    ),
    # Warning codes ("code: detail") counted over current articles.
    "warning_counts": (
        "SELECT CASE WHEN instr(w.value, ':') > 0 THEN substr(w.value, 1, instr(w.value, ':') - 1)"
        " ELSE w.value END AS code, count(*) AS articles"
        " FROM articles AS a, json_each(a.warnings) AS w WHERE a.superseded_by IS NULL"
        " GROUP BY code ORDER BY articles DESC, code"
    ),
    # Near-copies and rewrites with both titles, one row per direction.
    "article_links": (
        "SELECT l.article_id, a.title, a.date, l.kind, l.score, l.linked_id,"
        " b.title AS linked_title, b.date AS linked_date"
        " FROM links AS l JOIN articles AS a ON a.id = l.article_id"
        " JOIN articles AS b ON b.id = l.linked_id"
    ),
}


SCHEMA = "".join(f"CREATE VIEW IF NOT EXISTS {name} AS {select};\n" for name, select in VIEWS.items())


def create_views(conn: sqlite3.Connection) -> None:
    """Create any missing view inside the caller's transaction."""
    for name, select in VIEWS.items():
        conn.execute(f"CREATE VIEW IF NOT EXISTS {name} AS {select}")
