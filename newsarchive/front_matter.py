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

A static site's export fences its front matter instead: a ``---`` line over
YAML's ``key: value`` lines (``+++`` over TOML's ``key = value``) and the
same fence under them.  Its keys are written in lower case (``title``,
``date``, ``publishDate``, ``featured_image``), or, between ``---``
fences, as a scraper's capitalised labels (``Title: …``, read as
labelled fields are); a value may be quoted, a
list (``[a, b]``, or ``- item`` lines under its key) or wrapped over the
lines under its key.  Every line of such a block is metadata, so the block
is read whole, fences included, when its first line under the fence is a
key and it names a title or a date: a ``---`` rule between paragraphs of
prose is no block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

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
# Lines between the fences of one front matter, at most: a site's keys, its lists and wrapped values.
MAX_FENCED_LINES = 40
# A fence, and the key opening a line of the block it opens: YAML's "key:", TOML's "key =".
_FENCED_KEYS = {
    "---": re.compile(r"([a-z][A-Za-z0-9_-]{0,39}):(?:[ \t]|$)"),
    "+++": re.compile(r"([a-z][A-Za-z0-9_-]{0,39})[ \t]{0,8}="),
}
# The fence whose block a scraper may write with its capitalised labels ("Title: …").
_LABELLED_FENCE = "---"
# A YAML value written on the lines under its key ("description: >-").
_BLOCK_SCALAR_MARKS = frozenset({"|", ">", "|-", ">-", "|+", ">+"})


@dataclass(frozen=True)
class HeadField:
    kind: str  # "title", "subtitle", "author", "date", "updated" or "other" (see phrases.HEAD_FIELD_LABELS)
    value: str  # as written, spaces collapsed; "" for a label with nothing after it
    byline: Byline | None = None  # an author's value as the byline parser reads it
    date: str | None = None  # a date's value in ISO 8601
    warnings: tuple[str, ...] = ()  # of the date's reading
    lines: int = 1  # lines the field is written on: a fenced key's list or wrapped value runs on under it


def read_head_field(line: str, *, day_first: bool = True) -> HeadField | None:
    """The front-matter field on this line, or None when it is anything else."""
    colon = line.find(":", 0, _LABEL_REACH)
    if colon < 1:
        return None
    kind = phrases.HEAD_FIELD_LABELS.get(_label_key(line[:colon]))
    if kind is None:
        return None
    return read_value(kind, " ".join(line[colon + 1 :].split()), day_first)


def read_value(kind: str, value: str, day_first: bool) -> HeadField | None:
    """The field of this kind with this value, or None when the value has
    not the shape that kind's values have."""
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
    byline = byline_of(value)
    if byline is not None and byline.author:
        return HeadField("author", byline.author, byline=byline)
    if len(value.split()) <= MAX_AUTHOR_WORDS and not value[:1].islower() and not ends_like_prose(value):
        return HeadField("author", value)
    return None


def byline_of(value: str) -> Byline | None:
    """A field's names read as a byline, with or without its "By"."""
    return parse_byline(value if value[:3].casefold() == "by " else f"By {value}")


def is_box_field(line: str) -> bool:
    """A field of a box in the article (an event's ``Time:``, ``Venue:``)."""
    colon = line.find(":", 0, _BOX_LABEL_REACH)
    return colon > 0 and _label_key(line[:colon]) in phrases.BOX_LABELS


def _label_key(label: str) -> str:
    """The label as the tables write it: one space between words, lower case, no byte order mark."""
    return " ".join(label.replace("\ufeff", "").split()).casefold()


def opening_fields(paragraphs: list[list[str]], *, day_first: bool = True) -> list[list[HeadField]]:
    """The front matter opening a record's ``paragraphs``, as the fields of
    each paragraph it runs over, in order: a fenced block in the first, or
    labelled fields, which go on in the next paragraph when they fill their
    own (``Title: …`` over ``Author: …``, a blank line, then ``Date: …``):
    a blank line inside the block parts no article from its fields."""
    fenced = fenced_fields(paragraphs[0], day_first=day_first) if paragraphs else None
    if fenced:
        return [fenced]
    found: list[list[HeadField]] = []
    for lines in paragraphs[:MAX_HEAD_FIELDS]:
        fields = leading_fields(lines, day_first=day_first)
        if fields:
            found.append(fields)
        if not fields or len(fields) < len(lines):
            break
    return found


def fenced_fields(lines: list[str], *, day_first: bool = True) -> list[HeadField] | None:
    """The fenced front matter opening ``lines``, from its fence to the
    same fence closing it, or None when they open no such block.  Each
    fence is an "other" field, as is a key no label of
    ``phrases.HEAD_FIELD_LABELS`` names (``slug``, ``draft``) or one whose
    value has not the shape its label's values have."""
    key_line = _FENCED_KEYS.get(lines[0].strip()) if lines else None
    if key_line is None:
        return None
    fence = lines[0].strip()
    block = [line.strip() for line in lines[1 : MAX_FENCED_LINES + 2]]
    found = [HeadField("other", fence)]
    index = 0
    if fence == _LABELLED_FENCE and block and block[0][:1].isupper():
        found += _labelled_lines(block, day_first)  # "Title: …" over "Author: …": a scraper's labels, fenced
        index = len(found) - 1
    while index < len(block) and (key := key_line.match(block[index])):
        under = index + 1
        while under < len(block) and block[under] not in ("", fence) and not key_line.match(block[under]):
            under += 1
        value = _fenced_value(block[index][key.end() :].strip(), block[index + 1 : under])
        found.append(replace(_fenced_field(key.group(1), value, day_first), lines=under - index))
        index = under
    closed = index < len(block) and block[index] == fence
    if not (closed and any(_names_the_article(field) for field in found)):
        return None
    return [*found, HeadField("other", fence)]


def _labelled_lines(block: list[str], day_first: bool) -> list[HeadField]:
    """A fenced block's capitalised keys (``Title: …``, ``Author: …``), read
    as a scraper's labelled fields are (``read_head_field``), one a line up
    to the first line that is none: a label not of
    ``phrases.HEAD_FIELD_LABELS`` ends them, so a book's details between
    rules in a review (``Title:``, ``Author:``, ``Pages: 212``) are no
    front matter."""
    found: list[HeadField] = []
    for line in block:
        field = read_head_field(line, day_first=day_first)
        if field is None:
            break
        found.append(field)
    return found


def _fenced_field(key: str, value: str, day_first: bool) -> HeadField:
    """A fenced key's field: as its label reads (``date_published`` as
    ``date published``), else an "other" field kept for ``boilerplate``."""
    kind = phrases.HEAD_FIELD_LABELS.get(_label_key(key.replace("_", " ")))
    field = read_value(kind, value, day_first) if kind is not None else None
    return field or HeadField("other", value)


def _fenced_value(value: str, under: list[str]) -> str:
    """A fenced key's value without its quotes: a list's items joined by
    commas (``[a, "b"]``, or ``- a`` lines under the key), a value wrapped
    over the lines under the key joined by spaces."""
    if not value and under and all(line[:2] == "- " for line in under):
        parts = [line[2:] for line in under]
    else:
        text = " ".join([value, *under] if value not in _BLOCK_SCALAR_MARKS else under)
        parts = text[1:-1].split(",") if text[:1] == "[" and text[-1:] == "]" else [text]
    return ", ".join(filter(None, (_unquoted(" ".join(part.split())) for part in parts)))


def _unquoted(value: str) -> str:
    """A value without the matching quotes around it, its escaped quotes plain."""
    if len(value) < 2 or value[0] != value[-1] or value[0] not in "\"'":
        return value
    if value[0] == '"':
        return value[1:-1].replace('\\"', '"')
    return value[1:-1].replace("''", "'")


def _names_the_article(field: HeadField) -> bool:
    """A title, or a date read as one: what makes a fenced block front matter."""
    return (field.kind == "title" and bool(field.value)) or (field.kind == "date" and field.date is not None)


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
