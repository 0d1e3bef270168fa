"""Text forms of search hits and articles, for people and for scripts.

Pure string building: the CLI decides where the text goes.  JSON is one
object a line, UTF-8, not ASCII-escaped, with lone surrogates (from file
names that are not UTF-8) written as ``\\udcNN`` so each line stays valid.
"""

from __future__ import annotations

import csv
import io
import json
import re

TYPE_CHECKING = False  # as typing's, without importing typing into every search
if TYPE_CHECKING:  # annotations only: a search does not load the article reader
    from .search import Hit
    from .show import Article

BOLD = ("\x1b[1m", "\x1b[0m")
BRACKETS = ("[", "]")
CSV_COLUMNS = ("id", "date", "title", "author", "source_path", "rank", "snippet")
LEAD_WORDS = 12
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def json_line(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda m: "\\u%04x" % ord(m.group()), text)


def hit_json(hit: Hit) -> str:
    return json_line(hit.to_dict())


def hits_csv(hits: list[Hit]) -> str:
    """A header and one row a hit; a collapsed search adds the folded ids, space-separated."""
    collapsed = any(hit.collapsed is not None for hit in hits)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS + (("collapsed",) if collapsed else ()))
    for hit in hits:
        row = hit.to_dict()
        cells = ["" if row[c] is None else row[c] for c in CSV_COLUMNS]
        if collapsed:
            cells.append(" ".join(f.id for f in hit.collapsed or ()))
        writer.writerow(cells)
    return out.getvalue()


def headline(title: str | None, lead: str) -> str:
    """The title, or the first words of the body for an article without one."""
    if title:
        return title
    words = lead.split()
    return " ".join(words[:LEAD_WORDS]) + ("…" if len(words) > LEAD_WORDS else "")


def hit_text(hit: Hit) -> str:
    first = f"{hit.id}  {hit.date or '(no date)'}  {headline(hit.title, hit.lead)}"
    lines = [first, f"    {hit.source_path}"]
    if hit.superseded_by:
        lines[1] += f"  (superseded by {hit.superseded_by})"
    lines.append("    " + hit.snippet)
    lines += [f"    also: {f.id} ({f.kind}, {f.source_path})" for f in hit.collapsed or ()]
    return "\n".join(lines)


def related_text(row: dict) -> str:
    """One line per related article: score, kind, id, date, title or first words, source."""
    name = headline(row["title"], row["lead"])
    return f"{row['score']:.3f}  {row['kind']:<9}  {row['id']}  {row['date'] or '-':<10}  {name}  ({row['source_path']})"


def article_text(article: Article) -> str:
    """The whole record, readable top to bottom: heading, facts, captions, body, audit."""
    rec = article.record
    out = []
    if rec.title:
        out.append(rec.title)
    if rec.subtitle:
        out.append(rec.subtitle)
    if out:
        out.append("")
    facts = [
        ("id", rec.id),
        ("date", rec.date),
        ("author", rec.author),
        ("words", str(rec.word_count)),
        ("supersedes", rec.supersedes),
        ("superseded by", article.superseded_by),
        ("ingested", article.ingested_at),
    ]
    out += [f"{name + ':':<15}{value}" for name, value in facts if value]
    sources = article.sources or ()
    if sources:
        out += [f"{'source:':<15}{s.path} (record {s.record})" for s in sources]
    else:
        out.append(f"{'source:':<15}{rec.source_path} (record {rec.source_record})")
    if rec.captions:
        out += ["", "Captions:"]
        out += [f"  - {c.text}" + (f" ({c.credit})" if c.credit else "") for c in rec.captions]
    out += ["", rec.body]
    for heading, items in (("Warnings:", rec.warnings), ("Boilerplate removed:", rec.boilerplate)):
        if items:
            out += ["", heading] + [f"  - {item}" for item in items]
    return "\n".join(out)
