"""One file's text to its raw records.

A record starts at a ``date <value>`` header opening a line (see
``dates.read_date_header``) or after a line holding only form feeds.  A form
feed opening a line that goes on (``\fdate 2023-11-16 …``, as concatenating
files with a page break between them leaves it) breaks the page the same
way: the rest of the line opens the next record.  So does one closing a
line of text (``… read more:\f``, a file without a final line end before
the page break): the line's text closes its record, the next line opens
the next one.  A form feed inside a line (``… read more:\fRovers go top
…``, two files run together where neither had a line end at the break)
parts the records there when the text before it closes a sentence or a
label, or is a whole line of site chrome (``Share this article``), and the
text after it opens as a record does (a capital, a digit, a quote, a
header): what follows is another article's first line.  One
inside a sentence (``the council\fsaid``), as a page break of a printed
text leaves it, breaks nothing.  Text
before the first boundary is record 0 when it has any content, so a file
with no boundary is one record.  Records without content (two form feeds in
a row, a header with nothing under it) are skipped.

A ``Date:`` header standing in a scraper's front matter (``Title: …`` over
``Author: …`` over ``Date: …``, see front_matter.py) opens its record at the
block's first line, so the fields over the date travel with their article.
Where a dump writes ``Published: …`` instead, that line opens a record in
the same way, only when the file opens with front matter itself and the
line's paragraph is all fields of front matter, one of them a title: a
``Published:`` stamp in an article, or a book's details in a review among
other lines (``Pages: 212``), stays text.

A static site's fenced front matter (a ``---`` or ``+++`` line over
``title: …``, ``date: …`` and the same fence under them, see
front_matter.py) opens its record at its opening fence when the fence
stands apart (a blank line over it, or the record's start or header line
over it) and text stands between the record's start and the fence; with
none, the block belongs to the record it stands in.  Right under a line of
text, it opens its record only when the block gives a date, as two posts
concatenated (``cat a.md b.md``) leave it where the first had no closing
blank line: a fence under a line is otherwise that line's underline.  The keys inside the
block open nothing, whether or not their date reads as a header.  A
``---`` rule between paragraphs of prose, or under a line, opens no block.

A news database's text export marks its articles with lines of its own:
Nexis opens each with ``1 of 3 DOCUMENTS`` (centred) and Nexis Uni closes
each with ``End of Document``, Factiva with ``Document <code>`` (the
article's accession number, ``Document ASHT000020231116ejbg0005x``).  Such
a line, whole, parts two records as a form feed's line does, and belongs
to neither; ``1 of 3 documents released on Tuesday`` in prose is no
marker.

Lines end at LF, CRLF or CR only: ``str.splitlines`` would also break at
U+0085, which mojibake leaves inside words.  ``raw`` is the exact slice of
the decoded text, header included, so its bytes can be hashed; the form
feed lines between records belong to no record.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .boilerplate import is_boilerplate
from .dates import DateHeader, read_date_header
from .front_matter import MAX_FENCED_LINES, MAX_HEAD_FIELDS, fenced_fields, read_head_field
from .phrases import BOX_LABELS

# Lines that may open a record: a "date" word, a form feed, a fence of
# front matter or a database export's marker at a line start.  Only these are examined one by one; every
# other line is passed over by a linear scan for each line end (a literal
# first character scans fastest).
_OPENING = (
    r"(?:(?:---|\+\+\+)[ \t]{0,8}(?![^\r\n])"
    r"|(?:ï»¿)?[ \t\u00a0\ufeff\u200b]{0,8}(?:(?:date|Date|DATE)[: \t\u00a0]|date(?![^\r\n]))|[ \t]{0,8}\f"
    r"|[ \t]{0,60}(?:\d{1,6} of \d|End of D|Document [A-Z0-9]{8}\d))"
)
# A database export's marker, the whole line: Nexis's "1 of 3 DOCUMENTS" opening an
# article, Nexis Uni's "End of Document" and Factiva's "Document <accession number>" closing one.
_EXPORT_MARKER = re.compile(
    r"[ \t]{0,60}(?:\d{1,6} of \d{1,6} DOCUMENTS?|End of Document|Document [A-Z0-9]{8}\d{8}[a-z0-9]{5,12})[ \t]{0,60}"
)
# The characters such a line may open with (a fence's, a blank, a header's
# "d" or "D", a form feed, an export marker's digit, "E" or "D"): after most
# line ends none stands, and one look passes the line over before the
# alternatives of _OPENING are tried.
_OPENING_FIRST = r"(?=[-+ï \t\u00a0\ufeff\u200bdD\fE]|\d)"
_OPENS_TEXT = re.compile(_OPENING)
_OPENS_AFTER_LINE_END = {end: re.compile(end + _OPENING_FIRST + _OPENING) for end in "\n\r"}
_LINE_END = re.compile(r"\r\n|[\r\n]")
_FENCE_MARKS = ("---", "+++")
# A "Published:" line, looked for only in a text opening with front matter
# (where it opens the text, it opens the first record anyway).
_PUBLISHED = r"[ \t]{0,8}(?:Published|PUBLISHED|published)[ \t:]"
_PUBLISHED_AFTER_LINE_END = (re.compile("\n" + _PUBLISHED), re.compile("\r" + _PUBLISHED))
# The longest line read as a field of front matter.
_FIELD_LINE_REACH = 600
# Characters in which a text's first field opens (after blank lines).
_OPENING_REACH = 200
_PAGE_BREAK = re.compile(r"[ \t]{0,8}\f[ \t\f]*")
# Form feeds closing a line (group 1), or inside it before more text; the
# line's text, if any, is looked for before them.
_FEEDS_AFTER_TEXT = re.compile(r"\f[ \t\f]{0,8}(?:(\r\n|[\r\n]|\Z)|(?=[^ \t\f\r\n]))")
# How the text before a form feed inside a line ends when it closes a
# record: a sentence or a label ("read more:"), maybe in quotes or brackets.
_CLOSES_BEFORE_A_BREAK = frozenset(".!?:;…\"”’')]")
_OPENING_QUOTES = frozenset("\"“‘'«")
_CHROME_REACH = 200  # the longest text before a form feed read as a line of chrome
# A labelled line: a capitalised word or two, a colon, a value ("Venue: Quay Street").
_FIELD_LABEL = re.compile(r"[ \t]{0,8}([A-Z][A-Za-z-]{0,19}(?: [A-Za-z]{1,20})?):[ \t]+\S")
_LABEL_REACH = 48  # characters of the next line enough to read its label
_HEADER_INDENT = " \t\u00a0\ufeff\u200bï»¿"
_CONTENT = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")


@dataclass(frozen=True)
class RawRecord:
    raw: str  # exact slice of the decoded text, header line included
    body: str  # the record without the header's date; the header's rest opens it
    date: str | None  # ISO 8601 from the header
    date_raw: str | None  # the header's date as written
    warnings: tuple[str, ...] = ()


def split_records(text: str, *, day_first: bool = True) -> list[RawRecord]:
    """The records of one file, in order, empty ones skipped."""
    records: list[RawRecord] = []
    start, header, block_end = 0, None, 0
    published_opens = _opens_with_front_matter(text, day_first)
    page_breaks = _page_breaks_after_text(text, day_first) if "\f" in text else {}
    resumes = sorted(page_breaks)
    for line_start in _candidate_line_starts(text, published_opens, page_breaks):
        if line_start in page_breaks:
            # A page break closed the text over this point: that text closed the record.
            _emit(records, text, start, page_breaks[line_start], header)
            start, header, block_end = line_start, None, 0
        if line_start < block_end:
            continue  # a key of fenced front matter: the block's fence opened the record
        # The page break closing this line's text, or parting it, is no part of it: the line is read
        # only up to there, as a line holding many such breaks is read once in all, not once for each.
        at = bisect.bisect_right(resumes, line_start)
        resume = resumes[at] if at < len(resumes) and page_breaks[resumes[at]] > line_start else None
        text_end = len(text) if resume is None else page_breaks[resume]
        line_end = _LINE_END.search(text, line_start, text_end)
        if line_end:
            content_end, next_line = line_end.start(), line_end.end()
        else:
            content_end, next_line = text_end, len(text) if resume is None else resume
        line = text[line_start:content_end]
        if _EXPORT_MARKER.fullmatch(line):
            _emit(records, text, start, line_start, header)
            start, header = next_line, None
            continue
        page = _PAGE_BREAK.match(line)
        if page:
            _emit(records, text, start, line_start, header)
            if page.end() == len(line):
                start, header = next_line, None
                continue
            # The form feeds belong to no record; the rest of the line opens the next.
            line_start += page.end()
            line = line[page.end() :]
            start, header = line_start, None
        # Fields over a line of this record stop at its start, or under its header's line.
        floor, clear = (start, True) if header is None else (header[3], False)
        found = read_date_header(line, day_first=day_first)
        if found is not None and not _in_labelled_box(text, line, line_start, next_line):
            top = line_start
            if line.lstrip(_HEADER_INDENT)[4:5] == ":":
                top = _front_matter_top(text, line_start, floor, clear, day_first)
            _emit(records, text, start, top, header)
            start, header = top, (found, line_start, content_end, next_line)
        elif published_opens and found is None and _is_date_field(line, day_first):
            top = _published_front_matter_top(text, line_start, floor, clear, day_first)
            if top is not None and top > start:
                _emit(records, text, start, top, header)
                start, header = top, None
        elif line[:3] in _FENCE_MARKS:
            # Under a header's line holding text, a fence is that text's underline, as under any line,
            # unless the block it opens gives a date: two posts concatenated, the first without a last blank line.
            header_text = header is not None and bool(header[0].rest)
            apart = _apart_above(text, line_start, floor, not header_text)
            end, dated = _fenced_block_end(text, line_start, day_first)
            if end and (apart or dated):
                block_end = end
                if header_text or not apart or _CONTENT.search(text, floor, line_start):
                    _emit(records, text, start, line_start, header)
                    start, header = line_start, None
    _emit(records, text, start, len(text), header)
    return records


def _fenced_block_end(text: str, line_start: int, day_first: bool) -> tuple[int, bool]:
    """Where the line after the fenced front matter opening at
    ``line_start`` starts, or 0 when the fence there opens no such block,
    and whether the block gives a date."""
    lines: list[str] = []
    ends: list[int] = []
    position = line_start
    while len(lines) < MAX_FENCED_LINES + 2 and position < len(text):
        line_end = _LINE_END.search(text, position, position + _FIELD_LINE_REACH)
        if line_end is None and len(text) - position > _FIELD_LINE_REACH:
            break
        lines.append(text[position : line_end.start() if line_end else len(text)])
        position = line_end.end() if line_end else len(text)
        ends.append(position)
        if not lines[-1].strip():
            break
    fields = fenced_fields(lines, day_first=day_first)
    if not fields:
        return 0, False
    dated = any(field.kind == "date" and field.date is not None for field in fields)
    return ends[sum(field.lines for field in fields) - 1], dated


def _is_date_field(line: str, day_first: bool) -> bool:
    """``Published: 16 Nov 2023``, ``Date published: …``: a field of front matter giving the date."""
    field = read_head_field(line, day_first=day_first)
    return field is not None and field.kind == "date" and bool(field.value)


def _front_matter_top(text: str, line_start: int, floor: int, clear: bool, day_first: bool) -> int:
    """Where the front matter a ``Date:`` header stands in begins: at the
    fields directly over the header when they stand apart (a blank line over
    them, or nothing: they open the text or follow a page break, which
    ``clear`` says of ``floor``) or name a title among two or more; over a
    blank line above them, at a paragraph all of fields, naming a title and
    standing apart (``Title: …`` over ``Author: …``, a blank line, then the
    header); at the header's own line otherwise, where prose or the last
    lines of the article before stand over it."""
    top, count, titled = _fields_above(text, line_start, floor, day_first)
    blank = _line_above(text, top, floor)
    if blank is not None and not text[blank[0] : blank[1]].strip():
        upper, more, upper_titled = _fields_above(text, blank[0], floor, day_first)
        if upper_titled and count + more <= MAX_HEAD_FIELDS and _apart_above(text, upper, floor, clear):
            return upper  # a paragraph of fields naming a title over a blank line: the block goes on past it
    if count and (_apart_above(text, top, floor, clear) or (titled and count > 1)):
        return top
    return line_start


def _published_front_matter_top(text: str, line_start: int, floor: int, clear: bool, day_first: bool) -> int | None:
    """Where the front matter a ``Published:`` line stands in begins, or
    None when its paragraph is not all fields of front matter, one of them
    a title, standing apart from the text around it."""
    top, above, titled = _fields_above(text, line_start, floor, day_first)
    below, titled_below, closed = _fields_below(text, line_start, day_first)
    if not (closed and (titled or titled_below) and above + below <= MAX_HEAD_FIELDS):
        return None
    return top if _apart_above(text, top, floor, clear) else None


def _opens_with_front_matter(text: str, day_first: bool) -> bool:
    """Whether the file's first paragraph is front matter naming a title: a
    dump of that shape, where a ``Published:`` field block opens a record."""
    if ":" not in text[:_OPENING_REACH].lstrip()[:_LABEL_REACH]:
        return False  # the first line is no field: most texts open with a headline or a header
    line_start = 0
    for _ in range(MAX_HEAD_FIELDS):
        line_end = _LINE_END.search(text, line_start, line_start + _FIELD_LINE_REACH)
        if line_end is None or text[line_start : line_end.start()].strip():
            break
        line_start = line_end.end()
    count, titled, closed = _fields_below(text, line_start, day_first)
    return bool(count) and titled and closed


def _fields_above(text: str, line_start: int, floor: int, day_first: bool) -> tuple[int, int, bool]:
    """The fields of front matter directly over a line, no higher than
    ``floor``: where the first begins, how many, whether one is a title."""
    top, count, titled = line_start, 0, False
    while count < MAX_HEAD_FIELDS:
        above = _line_above(text, top, floor)
        field = read_head_field(text[above[0] : above[1]], day_first=day_first) if above else None
        if field is None:
            break
        top, count, titled = above[0], count + 1, titled or (field.kind == "title" and bool(field.value))
    return top, count, titled


def _fields_below(text: str, line_start: int, day_first: bool) -> tuple[int, bool, bool]:
    """The fields of front matter from a line down: how many, whether one is
    a title, and whether a blank line or the end of the text closes them."""
    count, titled = 0, False
    while count <= MAX_HEAD_FIELDS:
        if line_start >= len(text):
            return count, titled, True
        line_end = _LINE_END.search(text, line_start, line_start + _FIELD_LINE_REACH)
        end = line_end.start() if line_end else len(text)
        if line_end is None and end - line_start > _FIELD_LINE_REACH:
            break
        line = text[line_start:end]
        if not line.strip():
            return count, titled, True
        field = read_head_field(line, day_first=day_first)
        if field is None:
            break
        count, titled = count + 1, titled or (field.kind == "title" and bool(field.value))
        line_start = line_end.end() if line_end else len(text)
    return count, titled, False


def _apart_above(text: str, top: int, floor: int, clear: bool) -> bool:
    """A blank line over ``top``, or the record's start with nothing over it."""
    if top <= floor:
        return clear
    above = _line_above(text, top, floor)
    return above is not None and not text[above[0] : above[1]].strip()


def _line_above(text: str, line_start: int, floor: int) -> tuple[int, int] | None:
    """Where the line over the one at ``line_start`` starts and ends, or
    None when it would cross ``floor`` or is too long for a field."""
    if line_start <= floor:
        return None
    end = max(floor, line_start - 1 - (text[max(0, line_start - 2) : line_start] == "\r\n"))
    reach = max(floor, end - _FIELD_LINE_REACH)
    cut = max(text.rfind("\n", reach, end), text.rfind("\r", reach, end))
    if cut >= 0:
        return cut + 1, end
    return (floor, end) if reach == floor else None


def _in_labelled_box(text: str, line: str, line_start: int, next_line: int) -> bool:
    """A ``Date:`` line next to another field of a box in the article (an
    event's ``Time:``, ``Venue:``, ``Tickets:``) is one of the box's fields,
    not a header: the article goes on around it.  A headline's kicker
    (``Exclusive: …``) under a record's ``Date:`` is no such field."""
    if line.lstrip(_HEADER_INDENT)[4:5] != ":":
        return False
    above = _line_above(text, line_start, 0)  # a line longer than a field's is no field, and is not read back
    neighbours = (text[above[0] : above[1]] if above else "", text[next_line : next_line + _LABEL_REACH])
    return any(found and found.group(1).casefold() in BOX_LABELS for found in map(_FIELD_LABEL.match, neighbours))


def _page_breaks_after_text(text: str, day_first: bool) -> dict[int, int]:
    """Form feeds after text on its line that part records: closing the
    line, or inside it between a closing sentence or label and what opens
    as a record does.  Maps where the next record starts (the next line,
    or the text after the feeds) to where the blanks and feeds after the
    text start."""
    breaks = {}
    for feeds in _FEEDS_AFTER_TEXT.finditer(text):
        start = feeds.start()
        floor = max(0, start - 8)
        while start > floor and text[start - 1] in " \t":
            start -= 1
        if not start or text[start - 1].isspace():
            continue  # a line opening with form feeds: the line's own reading sees them
        if feeds.group(1) is not None or _parts_the_line(text, start, feeds.end(), day_first):
            breaks[feeds.end()] = start
    return breaks


def _parts_the_line(text: str, text_end: int, resume: int, day_first: bool) -> bool:
    """Whether form feeds inside a line stand between two records: the text
    before them closes a sentence or a label, or is a line of site chrome
    (``Share this article``), and the text after them opens as a record's
    first line does, or that text is a header."""
    first = text[resume]
    if first.isupper() or first.isdigit() or first in _OPENING_QUOTES:
        if text[text_end - 1] in _CLOSES_BEFORE_A_BREAK:
            return True
        reach = max(0, text_end - _CHROME_REACH)
        line_start = max(text.rfind("\n", reach, text_end), text.rfind("\r", reach, text_end)) + 1
        if (line_start or not reach) and is_boilerplate(text[line_start:text_end]):  # a whole line, not too long
            return True
    if first not in "dD" or text[resume : resume + 4].casefold() != "date":
        return False  # the header's word first: most text after a feed names none, and reading its line costs more
    line_end = _LINE_END.search(text, resume, resume + _FIELD_LINE_REACH)
    return read_date_header(text[resume : line_end.start() if line_end else resume + _FIELD_LINE_REACH],
                            day_first=day_first) is not None


def _candidate_line_starts(text: str, published_opens: bool, page_breaks: dict[int, int]) -> list[int]:
    """Where a line that may open a record starts, in order: a header, a
    page break, a fence, the text after a page break parting records (see
    ``_page_breaks_after_text``); with ``published_opens``, a ``Published:``
    line too."""
    starts = [m.start() + 1 for end, pattern in _OPENS_AFTER_LINE_END.items() if end in text
              for m in pattern.finditer(text)]  # fmt: skip
    if _OPENS_TEXT.match(text):
        starts.append(0)
    if published_opens:
        starts.extend(m.start() + 1 for pattern in _PUBLISHED_AFTER_LINE_END for m in pattern.finditer(text))
    if page_breaks:
        return sorted(set(starts).union(page_breaks))
    return sorted(starts)


def _emit(
    records: list[RawRecord],
    text: str,
    start: int,
    end: int,
    header: tuple[DateHeader, int, int, int] | None,
) -> None:
    """Append the record text[start:end] unless it has no content; a
    header's line leaves the body, the front matter over it stays."""
    if header is None:
        body, date, date_raw, warnings = text[start:end], None, None, ()
    else:
        found, line_start, content_end, next_line = header
        after = text[content_end:end] if found.rest else text[next_line:end]
        body = text[start:line_start] + found.rest + after
        date, date_raw, warnings = found.iso, found.raw, found.warnings
    if _CONTENT.search(body):
        records.append(RawRecord(text[start:end], body, date, date_raw, warnings))
