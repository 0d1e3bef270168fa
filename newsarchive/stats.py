"""What is in an archive: counts for people (a text report) and for scripts (a dict).

Everything is counted over current articles (no newer version replaces
them) unless the name says otherwise.  The link counts are pairs, not rows:
``links`` holds each link once per direction.
"""

from __future__ import annotations

import json
import posixpath
import sqlite3
from collections import Counter

TOP = 10  # rows shown for the "most" lists


def collect(conn: sqlite3.Connection) -> dict:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    current = "FROM articles WHERE superseded_by IS NULL"
    folders = Counter()
    for path, n in conn.execute(f"SELECT source_path, count(*) {current} GROUP BY source_path"):
        folders[posixpath.dirname(path.replace("\\", "/")) or "."] += n
    captions = conn.execute(
        f"SELECT count(*), coalesce(sum(json_array_length(captions)), 0) {current} AND captions != '[]'"
    ).fetchone()
    credited = one(
        "SELECT count(*) FROM articles AS a, json_each(a.captions) AS c"
        " WHERE a.superseded_by IS NULL AND json_extract(c.value, '$.credit') IS NOT NULL"
    )
    warnings = Counter()
    for (value,) in conn.execute(
        "SELECT w.value FROM articles AS a, json_each(a.warnings) AS w WHERE a.superseded_by IS NULL"
    ):
        warnings[value.split(":", 1)[0]] += 1
    links = {"near-copy": 0, "rewrite": 0}
    if one("SELECT count(*) FROM sqlite_master WHERE name = 'links'"):
        for kind, n in conn.execute("SELECT kind, count(*) / 2 FROM links GROUP BY kind"):
            links[kind] = n
    return {
        "articles": one(f"SELECT count(*) {current}"),
        "superseded": one("SELECT count(*) FROM articles WHERE superseded_by IS NOT NULL"),
        "words": one(f"SELECT coalesce(sum(word_count), 0) {current}"),
        "undated": one(f"SELECT count(*) {current} AND date IS NULL"),
        "by_month": dict(conn.execute(f"SELECT substr(date, 1, 7) AS m, count(*) {current} AND date IS NOT NULL GROUP BY m ORDER BY m")),
        "by_folder": dict(sorted(folders.items())),
        "articles_with_captions": captions[0],
        "captions": captions[1],
        "captions_credited": credited,
        "authors": one(f"SELECT count(DISTINCT author) {current}"),
        "top_authors": dict(conn.execute(f"SELECT author, count(*) AS n {current} AND author IS NOT NULL GROUP BY author ORDER BY n DESC, author LIMIT {TOP}")),
        "multi_source_articles": one("SELECT count(*) FROM (SELECT article_id FROM sources GROUP BY article_id HAVING count(*) > 1)"),
        "near_copies": links["near-copy"],
        "rewrites": links["rewrite"],
        "rejects": one("SELECT count(*) FROM rejects"),
        "reject_reasons": dict(conn.execute(f"SELECT reason, count(*) AS n FROM rejects GROUP BY reason ORDER BY n DESC, reason LIMIT {TOP}")),
        "warnings": dict(sorted(warnings.items(), key=lambda item: (-item[1], item[0]))),
    }


def to_json(stats: dict) -> str:
    return json.dumps(stats, ensure_ascii=False)


def render(stats: dict, width: int = 80) -> str:
    """The report for a terminal; articles per month drawn as horizontal bars."""
    lines = [
        f"articles      {stats['articles']} current, {stats['superseded']} superseded, {_count_of(stats['words'], 'word')}",
        f"captions      {stats['captions']} in {_count_of(stats['articles_with_captions'], 'article')},"
        f" {stats['captions_credited']} credited",
        f"authors       {stats['authors']} distinct",
        f"duplicates    {_count_of(stats['multi_source_articles'], 'article')} from more than one file,"
        f" {_count_of(stats['near_copies'], 'near-copy pair')}, {_count_of(stats['rewrites'], 'rewrite pair')}",
        f"rejects       {_count_of(stats['rejects'], 'file')}",
        "",
        "articles by month" + (f" ({stats['undated']} undated)" if stats["undated"] else ""),
    ]
    lines += bar_chart(stats["by_month"], width)
    for title, key in (("by source folder", "by_folder"), ("top authors", "top_authors"),
                       ("reject reasons", "reject_reasons"), ("warnings by code", "warnings")):
        if stats[key]:
            lines += ["", title] + [f"  {n:>7}  {name}" for name, n in stats[key].items()]
    return "\n".join(lines)


def bar_chart(counts: dict[str, int], width: int = 80) -> list[str]:
    """One line per key: label, count, and a bar scaled so the largest fills the width."""
    if not counts:
        return ["  (none)"]
    label = max(len(k) for k in counts)
    number = max(len(str(n)) for n in counts.values())
    room = max(10, width - label - number - 6)
    top = max(counts.values())
    return [f"  {k:<{label}}  {n:>{number}}  " + "█" * max(1, round(n / top * room)) for k, n in counts.items()]


def _count_of(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
