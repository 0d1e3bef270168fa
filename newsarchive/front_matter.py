"""Front matter: the labelled fields a scraper writes over an article.

``Title: …``, ``Author: …``, ``Date: …``, ``URL: …``, one a line with no
blank line between, then the body.  A line is such a field when its label is
one of ``phrases.HEAD_FIELD_LABELS`` (in any case, ``Title : X`` too) and its
value has the shape that label's values have: a title reads as a headline, an
author as a byline's names, a date as a date, and a source, a link or a list
of tags is short and does not end like a sentence.  So ``Source: officials
said the bridge would reopen.`` and a speaker's ``SOURCE: We knew.`` are
prose.  split.py asks where a record's front matter begins; fields.py what
it gives.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import phrases
from .bylines import Byline, impossible_date, parse_byline
from .dates import parse_date
from .shapes import MAX_HEADLINE_CHARS, MAX_STANDFIRST_CHARS, ends_like_prose

# Where the colon closing a label stands at the latest: the label, an indent, a space before the colon.
_LABEL_REACH = phrases.MAX_HEAD_LABEL_CHARS + 12
_BOX_LABEL_REACH = max(map(len, phrases.BOX_LABELS)) + 12
# Lines of one front matter, at most: more are a table or a list.
MAX_HEAD_FIELDS = 12
# A source, a link, a section or a list of tags: this long at most, and
# this many words between its commas.
MAX_OTHER_VALUE_CHARS = 200
MAX_OTHER_PART_WORDS = 6
# Words of an author's name that the byline parser does not read, kept as written.
MAX_AUTHOR_WORDS = 6


@dataclass(frozen=True)
class HeadField:
    kind: str  # "title", "subtitle", "author", "date", "updated" or "other" (see phrases.HEAD_FIELD_LABELS)
    value: str  # as written, spaces collapsed; "" for a label with nothing after it
    byline: Byline | None = None  # an author's value as the byline parser reads it
    date: str | None = None  # a date's value in ISO 8601
    warnings: tuple[str, ...] = ()  # of the date's reading


def read_head_field(line: str, *, day_first: bool = True) -> HeadField | None:
    """The front-matter field on this line, or None when it is anything else."""
    colon = line.find(":", 0, _LABEL_REACH)
    if colon < 1:
        return None
    kind = phrases.HEAD_FIELD_LABELS.get(_label_key(line[:colon]))
    if kind is None:
        return None
    value = " ".join(line[colon + 1 :].split())
    if not value:
        return HeadField(kind, "")
    if kind == "title":
        fits = len(value) <= MAX_HEADLINE_CHARS and not ends_like_prose(value)
    elif kind == "subtitle":
        fits = len(value) <= MAX_STANDFIRST_CHARS
    elif kind == "author":
        return _author_field(value)
    elif kind in ("date", "updated"):
        iso, warnings = parse_date(value, day_first=day_first)
        if iso or impossible_date(warnings):
            return HeadField(kind, value, date=iso, warnings=warnings)
        fits = kind == "updated" and _is_short_value(value)  # "Updated: 2 hours ago"
    else:
        fits = _is_short_value(value)
    return HeadField(kind, value) if fits else None


def _is_short_value(value: str) -> bool:
    """A name, a link, a section or a list of tags, never a sentence."""
    return len(value) <= MAX_OTHER_VALUE_CHARS and not ends_like_prose(value) and all(
        len(part.split()) <= MAX_OTHER_PART_WORDS for part in value.replace(";", ",").replace("|", ",").split(",")
    )


def _author_field(value: str) -> HeadField | None:
    """An author's value read as a byline (``By Jane Doe`` and ``Jane Doe``
    give ``Jane Doe``), or a few words kept as written that the byline
    parser does not read but no sentence is."""
    byline = parse_byline(value if value[:3].casefold() == "by " else f"By {value}")
    if byline is not None and byline.author:
        return HeadField("author", byline.author, byline=byline)
    if len(value.split()) <= MAX_AUTHOR_WORDS and not value[:1].islower() and not ends_like_prose(value):
        return HeadField("author", value)
    return None


def is_box_field(line: str) -> bool:
    """A field of a box in the article (an event's ``Time:``, ``Venue:``)."""
    colon = line.find(":", 0, _BOX_LABEL_REACH)
    return colon > 0 and _label_key(line[:colon]) in phrases.BOX_LABELS


def _label_key(label: str) -> str:
    """The label as the tables write it: one space between words, lower case, no byte order mark."""
    return " ".join(label.replace("\ufeff", "").split()).casefold()


def leading_fields(lines: list[str], *, day_first: bool = True) -> list[HeadField]:
    """The front-matter fields opening a paragraph's ``lines``, none when they
    are not front matter: a line under them that goes on in lower case makes
    them wrapped prose, a box's field under them (``Time: 6pm``) a box in the
    article, and a label alone on the paragraph's first line is a heading."""
    found: list[HeadField] = []
    for line in lines[:MAX_HEAD_FIELDS]:
        field = read_head_field(line, day_first=day_first)
        if field is None:
            break
        found.append(field)
    under = lines[len(found)] if found and len(found) < len(lines) else ""
    if not found or under[:1].islower() or is_box_field(under) or (len(found) == 1 and not found[0].value):
        return []
    return found
