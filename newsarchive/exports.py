"""The head and tail of an article in a news database's text export.

Researchers export news from databases as text, many articles a file
(split.py parts them at the export's marker lines).  Each article comes with
the database's fields around it, in one of two shapes:

- Nexis labels them: ``LENGTH: 523 words``, ``BYLINE: …``, ``SECTION: …``
  over the text and ``LOAD-DATE: …``, ``LANGUAGE: …`` under it (Nexis Uni
  writes ``Length: …`` and heads the parts with ``Body`` and
  ``Classification``).  Over the fields stand the paper's name, its date
  (``November 16, 2023 Thursday``) and edition, and the headline: under
  the date in the classic export, over the paper's name in Nexis Uni.
- Factiva stacks bare lines: the headline, the author, ``523 words``, the
  date, maybe a time, the paper's name, its source code (``ASHT``), maybe
  a page, and the language, then the copyright and the text.

The word count line in the head (labelled or bare) is what tells an export:
without it nothing here applies, so ``Length: 3 miles`` in an events box or
a word count in prose stays text.  Only the head's fields and the run of
fields closing the record leave; a labelled line amid the text stays.  The
date line gives the date; the paper's name, the edition and the source code
are chrome, for ``boilerplate``; copyright lines leave as everywhere.
"""

from __future__ import annotations

import re

from . import bylines, phrases
from .dates import is_clock_time, parse_date, parse_date_then_weekday
from .front_matter import HeadField, byline_of, read_value
from .shapes import ends_like_prose

# Paragraphs, lines and characters from the record's top in which an export's word count stands.
_HEAD_PARAGRAPHS = 12
_HEAD_LINES = 40
_HEAD_CHARS = 1200
# How a word count's line ends in a record's cleaned text.
_WORD_COUNT_END = " words\n"
# A word count, alone or labelled: "523 words", "1,204 words", "LENGTH: 523 words".
_WORD_COUNT = re.compile(r"(?:(?:LENGTH|Length)[ \t]?:[ \t]?)?\d{1,3}(?:,?\d{3}){0,2} words")
# An export's label, written in capitals or capitalised, hyphens between words ("Load-Date:").
_LABEL = re.compile(r"([A-Z][A-Za-z]{1,15}(?:-[A-Z][A-Za-z]{1,15}){0,2})[ \t]?:(?:[ \t]|$)")
# Lines of a Factiva head from the word count down to the language, at most.
_FACTIVA_HEAD_LINES = 8
# Words of a line of a Factiva head (a paper's name, a source code, "Page 4").
_MAX_HEAD_LINE_WORDS = 10
# Words of an edition's line ("Late Edition - Final").
_MAX_EDITION_WORDS = 6

Fields = list[tuple[HeadField, list[str]]]


def may_be_export(text: str) -> bool:
    """Whether a line near the top of a record's cleaned text ends as a word
    count does: a scan of a few characters, before any line is read."""
    return text.find(_WORD_COUNT_END, 0, _HEAD_CHARS) >= 0


def take_export_fields(paragraphs: list[list[str]], *, day_first: bool = True) -> Fields:
    """The export's fields, each with the lines it stood on, taken out of
    ``paragraphs``; none when the record is no article of an export."""
    found = _word_count_line(paragraphs)
    if found is None:
        return []
    index, position = found
    line = paragraphs[index][position]
    if line[:1].isdigit():
        taken = _factiva_head(paragraphs, index, position, day_first)
    else:
        taken = _nexis_fields(paragraphs, index, day_first)
    paragraphs[:] = [lines for lines in paragraphs if lines]
    return taken


def _word_count_line(paragraphs: list[list[str]]) -> tuple[int, int] | None:
    """Where the export's word count stands in the head, or None."""
    seen = 0
    for index, lines in enumerate(paragraphs[:_HEAD_PARAGRAPHS]):
        for position, line in enumerate(lines):
            if line.endswith(phrases.EXPORT_WORD_UNIT) and _WORD_COUNT.fullmatch(line):
                return index, position
            seen += 1
            if seen >= _HEAD_LINES:
                return None
    return None


def _label_field(line: str, day_first: bool) -> HeadField | None:
    """The export's field a line opens (``BYLINE: Jane Doe``), or None.  A
    length is a word count ("Length: 3 miles" is none), a sentence in
    lower case is none (``Section: the path will close.``); a title, a
    standfirst and an author are read as front matter reads them."""
    found = _LABEL.match(line)
    kind = phrases.EXPORT_FIELD_LABELS.get(found.group(1).casefold()) if found else None
    if kind is None:
        return None
    value = " ".join(line[found.end() :].split())
    if found.group(1).casefold() == phrases.EXPORT_LENGTH_LABEL:
        return HeadField("other", value) if _WORD_COUNT.fullmatch(value) else None
    if kind == "other" or not value:
        # "Section: the quay path will be closed." is a sentence; export values open in capitals or are links.
        return None if value[:1].islower() and ends_like_prose(value) else HeadField("other", value)
    return read_value(kind, value, day_first) or HeadField("other", value)


def _field_paragraph(lines: list[str], day_first: bool) -> Fields | None:
    """A paragraph of the export's fields: each line opening with a label,
    or going on with the value of the field over it (a list of subjects
    wrapped); None when its first line is no field."""
    fields: Fields = []
    for line in lines:
        field = _label_field(line, day_first)
        if field is not None:
            fields.append((field, [line]))
        elif fields:
            fields[-1][1].append(line)  # each field's lines gathered first: its value is joined once
        else:
            return None
    return _joined_values(fields, day_first)


def _joined_values(fields: Fields, day_first: bool) -> Fields:
    """A title, standfirst or author wrapped over its lines, read whole."""
    joined: Fields = []
    for field, lines in fields:
        if len(lines) > 1 and field.kind != "other":
            value = " ".join(" ".join(lines).split(":", 1)[1].split())
            field = read_value(field.kind, value, day_first) or HeadField("other", value)
        elif len(lines) > 1:
            field = HeadField("other", " ".join([field.value, *lines[1:]]))
        joined.append((field, lines))
    return joined


def _is_part_heading(lines: list[str]) -> bool:
    """``Body`` or ``Classification`` alone: Nexis Uni's heading of a part."""
    return len(lines) == 1 and lines[0].casefold() in phrases.EXPORT_PART_HEADINGS


def _nexis_fields(paragraphs: list[list[str]], index: int, day_first: bool) -> Fields:
    """A Nexis article's fields: the run of field paragraphs holding the
    word count, the head over it, and the fields closing the record."""
    taken: Fields = []
    first = last = index
    while first > 0 and _field_paragraph(paragraphs[first - 1], day_first):
        first -= 1
    while last + 1 < len(paragraphs) and (
        _is_part_heading(paragraphs[last + 1]) or _field_paragraph(paragraphs[last + 1], day_first)
    ):
        last += 1
    for at in range(first, last + 1):
        taken.extend(_field_paragraph(paragraphs[at], day_first) or [(HeadField("other", paragraphs[at][0]), paragraphs[at])])
        paragraphs[at] = []
    named = any(field.kind == "title" and field.value for field, _ in taken)
    taken[:0] = _nexis_head(paragraphs, first, named, day_first)
    taken.extend(_closing_fields(paragraphs, last + 1, day_first))
    return taken


def _nexis_head(paragraphs: list[list[str]], end: int, named: bool, day_first: bool) -> Fields:
    """Over the fields: the paper's name, its date and edition, and the
    headline.  The headline stays; it stands between the date and the
    fields (the classic export), or opens the record (Nexis Uni) when none
    does there and no ``HEADLINE:`` field named it."""
    dated = next(
        ((at, position, iso) for at in range(end) for position, line in enumerate(paragraphs[at])
         if (iso := _export_date(line, day_first)) is not None),
        None,
    )  # fmt: skip
    if dated is None:
        return []
    at, position, (iso, warnings) = dated
    date_line = paragraphs[at][position]
    under = [lines for lines in paragraphs[at + 1 : end] if lines and not _is_edition(lines) and not _is_copyright(lines)]
    keep_first = not named and not under and (at > 0 or position > 0)
    chrome: list[str] = []
    for before in range(at):
        if before == 0 and keep_first:
            continue
        chrome.extend(paragraphs[before])
        paragraphs[before] = []
    lines = paragraphs[at]
    kept = lines[:1] if keep_first and at == 0 else []
    chrome.extend(lines[len(kept) : position])
    chrome.extend(lines[position + 1 :])  # the edition under the date
    paragraphs[at] = kept
    for later in range(at + 1, end):
        if paragraphs[later] and _is_edition(paragraphs[later]):
            chrome.extend(paragraphs[later])
            paragraphs[later] = []
    date = HeadField("date", date_line, date=iso, warnings=warnings)
    return [(date, [date_line]), *((HeadField("other", line), [line]) for line in chrome)]


def _export_date(line: str, day_first: bool) -> tuple[str | None, tuple[str, ...]] | None:
    """A paper's date alone on its line (``November 16, 2023 Thursday``)."""
    if not line[:1].isalnum() or len(line.split()) > _MAX_HEAD_LINE_WORDS:
        return None
    iso, warnings = parse_date_then_weekday(line, day_first=day_first)
    return (iso, warnings) if iso else None


def _is_edition(lines: list[str]) -> bool:
    """``Final Edition``, ``LATE EDITION - FINAL``: a paper's edition alone."""
    words = lines[0].casefold().split()
    return len(lines) == 1 and len(words) <= _MAX_EDITION_WORDS and phrases.EDITION_WORD in words


def _is_copyright(lines: list[str]) -> bool:
    """A paragraph opening with a copyright's mark, left for the boilerplate rules."""
    return lines[0].casefold().startswith(phrases.COPYRIGHT_PREFIXES)


def _closing_fields(paragraphs: list[list[str]], floor: int, day_first: bool) -> Fields:
    """The fields closing the record (``LOAD-DATE: …``, Nexis Uni's
    ``Classification`` and the fields under it), up from its end to the
    first paragraph of text; a copyright standing among them stays for the
    boilerplate rules."""
    taken: list[Fields] = []
    at = len(paragraphs) - 1
    while at > floor:
        lines = paragraphs[at]
        fields = _field_paragraph(lines, day_first) if lines else []
        if fields is None and _is_part_heading(lines):
            fields = [(HeadField("other", lines[0]), lines)]
        if fields is None and not _is_copyright(lines):
            break
        if fields:
            taken.append(fields)
            paragraphs[at] = []
        at -= 1
    return [field for fields in reversed(taken) for field in fields]


def _factiva_head(paragraphs: list[list[str]], index: int, position: int, day_first: bool) -> Fields:
    """A Factiva head around its word count: the author on the line over it
    (not the headline, the record's first line), and under it the date,
    maybe a time, the paper, its source code and the language.  Without the
    language within reach only the word count and a date right under it leave."""
    spots = [(at, line) for at in range(min(len(paragraphs), index + _FACTIVA_HEAD_LINES + 1))
             for line in range(len(paragraphs[at]))]  # fmt: skip
    count = spots.index((index, position))
    below = spots[count + 1 : count + 1 + _FACTIVA_HEAD_LINES]
    text = [paragraphs[at][line] for at, line in below]
    language = next((number for number, line in enumerate(text) if line.casefold() in phrases.EXPORT_LANGUAGES), None)
    if language is None or not all(_is_head_line(line) for line in text[:language]):
        language = 0 if text and _export_date(text[0], day_first) else -1
    taken: Fields = [(HeadField("other", paragraphs[index][position]), [paragraphs[index][position]])]
    drop = {spots[count]}
    dated = timed = False
    for number, line in enumerate(text[: language + 1]):
        drop.add(below[number])
        found = None if dated else _export_date(line, day_first)
        if found is not None:
            iso, warnings = found
            lines = [line]
            timed = number + 1 <= language and is_clock_time(text[number + 1])
            if timed:  # "17 November 2023" over "07:30": the paper's time of the day
                iso, lines = parse_date(f"{line} {text[number + 1]}", day_first=day_first)[0] or iso, [line, text[number + 1]]
            taken.append((HeadField("date", line, date=iso, warnings=warnings), lines))
            dated = True
        elif timed:
            timed = False
        else:
            taken.append((HeadField("other", line), [line]))
    if count > 1:  # the line over the word count, unless it is the record's first: the headline
        author = _author_line(paragraphs[spots[count - 1][0]][spots[count - 1][1]])
        if author is not None:
            taken.insert(0, (author, [paragraphs[spots[count - 1][0]][spots[count - 1][1]]]))
            drop.add(spots[count - 1])
    for at in sorted({at for at, _ in drop}):
        paragraphs[at] = [line for number, line in enumerate(paragraphs[at]) if (at, number) not in drop]
    return taken


def _is_head_line(line: str) -> bool:
    """A short line of a Factiva head: a paper's name, a code, a page, a time."""
    return len(line.split()) <= _MAX_HEAD_LINE_WORDS and not ends_like_prose(line)


def _author_line(line: str) -> HeadField | None:
    """``Jane Doe``, ``By Jane Doe and John Roe``: names a byline lists, or None."""
    byline = byline_of(line)
    if byline is None or not byline.author or not bylines.is_name_list(byline.author):
        return None
    return HeadField("author", byline.author, byline=byline)
