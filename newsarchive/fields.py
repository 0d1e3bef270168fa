"""One record's text → its fields: title, subtitle, author, date, captions, body.

The text arrives cleaned (text.clean) with its ``date`` header already taken
off (split.py).  Steps, in order, each judging lines by their shape:

1. paragraphs are the blank-line separated blocks; lines stay lines until the end;
   a scraper's labelled fields opening the record (``Title: …``, ``Author:
   …``, ``URL: …``, or a site's fenced ``---`` block of ``title: …``) give
   title, subtitle, author and date, the others and the fences leaving for
   ``boilerplate``, as do a news database's fields around an exported
   article (``LENGTH: 523 words``, ``BYLINE: …``, see exports.py); a press
   release's ``NEWS PROVIDED BY`` over a name gives ``author``;
2. a caption label (``Image caption,``) leaves and marks what it labels as
   a caption; boilerplate lines leave, wherever they stand (boilerplate.py);
3. a paragraph repeated back to back is kept once (``paragraph-duplicate-removed``);
4. a line written twice on consecutive lines is a caption, kept once
   (``caption-duplicate-collapsed``); a one-line paragraph closing in a
   credit is a caption too (captions.py), and so is a line with its credit
   alone on the line under it, which credits a caption above it as well;
5. the first byline line gives ``author`` and maybe a date (bylines.py) and
   splits its paragraph; a line near the top that is only a date
   (``Updated Nov 16, 2023``) or an age (``2 hours ago``), or a timestamp
   line anywhere (``Last updated: …``, ``Updated at 10:04 GMT``), leaves: the first date gives
   the date when the header did not, the others go to ``boilerplate``;
   newsroom credit tails (``Reporting by …; Editing by …``) go there too,
   and so does a live page's stamp over its post (``10:42 GMT``);
6. title (unless the front matter named it): the first paragraph, when it is one line that reads as a headline
   (short, not ending like a sentence), or one wrapped over two lines, and
   more text follows; a kicker over it (``EXCLUSIVE``) leaves, and a desk's
   note over it (``Editor's note: …``) opens the body instead;
7. subtitle: the paragraph right after the title, when it is one line of
   standfirst length and either does not end like a sentence, or is
   followed by the lead picture's caption (a caption written twice) or by
   the byline; over the byline, also a few lines: a wrapped standfirst or
   a summary of a point a line;
8. body: the remaining paragraphs in order, separated by a blank line; the
   lines of one paragraph are wrapped prose and are joined with a space,
   except that a list item (``- …``, ``• …``, ``1. …``, or unmarked, also
   under a line ending in a colon), a ``Q:``/``A:`` line and a table row
   start a paragraph; a box about the author closing the page (``About the
   author`` over its note) and a note about the author closing the story
   (``Jane Doe covers schools. Reach her at …``) leave, and so does a pull
   quote (``pull-quote-removed``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import boilerplate, bylines, captions, exports, front_matter, phrases
from .dates import is_clock_time, parse_date
from .record import Caption
from .shapes import (
    MAX_STANDFIRST_CHARS,
    MAX_STANDFIRST_WORDS,
    ends_like_prose,
    looks_like_headline,
    looks_like_name_word,
)

# A list item's marker, then a space: a bullet, a number of one or two
# digits ("1.", "2)"), or a listicle's "No. 1:" or "#2" (a bare "No. 10"
# opens "No. 10 Downing Street").
_LIST_ITEM = re.compile(r"(?:[-*•·▪◦]|\d{1,2}[.)]|No\. ?\d{1,3}[.:]|#\d{1,3}[.:)]?) ")
# An interview's speaker label: "Q: …", "A: …".
_INTERVIEW_LABEL = re.compile(r"[QA] ?: ")
# Labels that may also open prose ("A. J. Moss said …", "NOTE: …"), so they
# start a paragraph only where two lines of the paragraph carry one: "Q. …"
# and "A. …", "Question: …", and a speaker's name in capitals ("PENHALE: …").
_SPEAKER_LABEL = re.compile(r"(?:[QA]\.|Question:|Answer:|[A-Z][A-Z'. -]{1,30}:) ")
# A list item as short as a heading ("1. Housing"): the line under it, opening
# in upper case, is the section's text, not the item wrapped.
MAX_ITEM_HEADING_WORDS = 8
EXCERPT_CHARS = 40
# The longest line read as a caption because its credit stands on the line under it.
MAX_CAPTION_CHARS = 400
# How many paragraphs from the top a dateline may stand in.
HEAD_ITEMS = 5
# A first paragraph of more lines than this is a list or a table, not a head
# written one field a line (nor a whole article written so: those run to dozens).
MAX_STACKED_LINES = 200


@dataclass
class Draft:
    title: str | None = None
    subtitle: str | None = None
    author: str | None = None
    date: str | None = None
    captions: list[Caption] = field(default_factory=list)
    body: str = ""
    boilerplate: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(eq=False)
class _Item:
    """A paragraph (``lines``) or a caption taken out of the flow (``caption``)."""

    lines: list[str] = field(default_factory=list)
    caption: Caption | None = None
    written_twice: bool = False
    byline: bool = False  # where the byline stood: it ends the standfirst above it


def parse_fields(
    text: str,
    *,
    header_date: str | None = None,
    day_first: bool = True,
    extra_boilerplate: frozenset[str] = frozenset(),
    cleaned: bool = False,
) -> Draft:
    """Parse one record's cleaned text (date header removed) into a draft;
    ``cleaned`` when ``text.clean`` made it, which the spacing of its lines
    is then known from (see ``boilerplate.strip_boilerplate``)."""
    draft = Draft(date=header_date)
    paragraphs = split_paragraphs(text)
    fielded = _take_export_fields(paragraphs, draft, day_first) if exports.may_be_export(text) else []
    fielded += _take_front_matter(paragraphs, draft, day_first)
    unnamed = _take_provider(paragraphs, draft)
    rules = _take_head_separators(paragraphs)
    paragraphs, labels, labelled = _take_caption_labels(_unstack_header(paragraphs))
    paragraphs, draft.boilerplate = boilerplate.strip_boilerplate(
        paragraphs, extra_boilerplate, labelled, cleaned=cleaned
    )
    draft.boilerplate[:0] = fielded + unnamed + rules + labels
    paragraphs = _drop_repeated_paragraphs(paragraphs, draft.warnings)
    items = _take_captions(paragraphs, draft, labelled)
    items = _take_byline(items, draft, day_first)
    _take_datelines(items, draft, day_first, cleaned)
    _take_newsroom_credits(items, draft)
    _take_post_stamps(items, draft)
    items = [item for item in items if item.caption is not None or item.lines or item.byline]
    draft.captions = _unique_captions(items, draft.warnings)
    prose = _take_title_and_subtitle(items, draft)
    _take_author_box(prose, draft)
    _take_author_note(prose, draft)
    prose = _drop_pull_quotes(prose, draft.warnings)
    prose = _drop_closing_marks(prose, draft)
    draft.body = "\n\n".join(joined for item in prose for joined in join_lines(item.lines))
    return draft


def _take_front_matter(paragraphs: list[list[str]], draft: Draft, day_first: bool) -> list[str]:
    """The labelled fields opening the record (``Title: …``, ``Author: …``,
    ``URL: …``), or a fenced block of them (``---`` over ``title: …``, see
    front_matter.py), leave its first paragraph, and the next when they
    fill the first (a blank line inside the block); the lines that no field of
    the record accounts for (a fence, a list of tags) are returned for
    ``boilerplate``.  The fields fill the draft (``_fill_from_fields``).
    """
    placed: list[tuple[front_matter.HeadField, list[str]]] = []
    for fields in front_matter.opening_fields(paragraphs, day_first=day_first):
        lines = paragraphs[0]  # the paragraph above, all fields, has left
        taken = 0
        for field in fields:
            placed.append((field, lines[taken : taken + field.lines]))
            taken += field.lines
        del lines[:taken]
        if not lines:
            del paragraphs[0]
    return _fill_from_fields(placed, draft, "front matter")


def _take_head_separators(paragraphs: list[list[str]]) -> list[str]:
    """Separator lines drawn over or under the record's first lines
    (``==========`` over a headline, a headline underlined with ``=====``)
    are decoration: they leave its first paragraph, returned for
    ``boilerplate``, so that they do not run into the headline."""
    head = paragraphs[0] if paragraphs else []
    if len(head) < 2 or not any(map(_is_separator, head)):
        return []
    paragraphs[0] = [line for line in head if not _is_separator(line)]
    return [line for line in head if _is_separator(line)]


def _take_export_fields(paragraphs: list[list[str]], draft: Draft, day_first: bool) -> list[str]:
    """A news database's fields around an exported article (``LENGTH: 523
    words``, ``BYLINE: …``, the paper's name and date; see exports.py)
    leave its paragraphs and fill the draft as front matter does; the lines
    no field of the record accounts for are returned for ``boilerplate``."""
    return _fill_from_fields(exports.take_export_fields(paragraphs, day_first=day_first), draft, "export")


def _fill_from_fields(fields: list[tuple[front_matter.HeadField, list[str]]], draft: Draft, source: str) -> list[str]:
    """Labelled fields, each with the lines it stood on, fill the draft:
    the first title and standfirst are ``title`` and ``subtitle``; the
    first author is read as a byline is (what its line says of the author is
    returned).  The first date published (or, with none, the first update's)
    fills ``date`` when the header gave none, as a dateline does, and is
    compared with it otherwise.  Every other field's lines (a link, the
    source, tags, an update's time, a second title) are returned."""
    dates = [field for field, _ in fields if field.kind == "date" and field.value]
    stamp = dates[0] if dates else next((field for field, _ in fields if field.kind == "updated" and field.date), None)
    removed: list[str] = []
    for field, lines in fields:
        if field.kind == "title" and field.value and draft.title is None:
            draft.title = field.value
        elif field.kind == "subtitle" and field.value and draft.subtitle is None:
            draft.subtitle = field.value
        elif field.kind == "author" and field.value and draft.author is None:
            draft.author = field.value
            if field.byline is not None:
                removed.extend(field.byline.credits)
                if field.byline.date:
                    _merge_date(draft, field.byline, "byline", completes=True)
        elif field is stamp and field.date is None:
            draft.warnings.extend(field.warnings)  # "date-invalid: 2023-02-31 …"
            removed.extend(lines)
        elif field is stamp:
            fills = draft.date is None
            _merge_date(draft, bylines.Byline("", field.date, field.value, field.warnings), source)
            if not fills:
                removed.extend(lines)
        else:
            removed.extend(lines)
    return removed


def _drop_closing_marks(prose: list[_Item], draft: Draft) -> list[_Item]:
    """A separator (``___``, ``***``) that closes the body once the chrome it
    set apart has left (``___`` over ``Associated Press writer … contributed
    to this report.``) separates nothing: it goes to ``boilerplate``, and so
    do a wire's slug on the last line (``burs-jm/rox``, see
    ``boilerplate.is_wire_slug``) and a separator on the line under the last
    line of text (``==========``, as a dump may close each article)."""
    while len(prose) > 1 and boilerplate.is_wire_slug(prose[-1].lines[-1]):
        draft.boilerplate.append(prose[-1].lines.pop().strip())
        if not prose[-1].lines:
            prose.pop()
    while prose and len(prose[-1].lines) > 1 and _is_separator(prose[-1].lines[-1]):
        draft.boilerplate.append(prose[-1].lines.pop().strip())
    while len(prose) > 1 and not any(char.isalnum() for line in prose[-1].lines for char in line):
        draft.boilerplate.extend(line.strip() for line in prose.pop().lines)
    return prose


# What a separator line is drawn with ("==========", "* * *"); a code
# block's closing backticks or a closing bracket are no separator.
_SEPARATOR_MARKS = frozenset("-=_*~#+•· ")
_MIN_SEPARATOR_CHARS = 3


def _is_separator(line: str) -> bool:
    return len(line) >= _MIN_SEPARATOR_CHARS and _SEPARATOR_MARKS.issuperset(line)


def join_lines(lines: list[str]) -> list[str]:
    """A paragraph's lines as body paragraphs: wrapped prose joined with a space.

    Some lines are not wrapped prose and start a body paragraph of their
    own, so they do not run together into one line of text: a list item
    (``- ``, ``• ``, ``1. ``, ``No. 1:``, ``#2``), an interview's ``Q:`` or
    ``A:`` (and ``Q.``, ``Question:`` or ``PENHALE:`` where two lines of the
    paragraph carry such a label), and a row of
    a table flattened to lines (``Labour | 120 | +10``, with a row next to
    it), which also ends its paragraph.  Under a list item as short as a
    heading (``1. Housing``), a line opening in upper case starts the
    section's text.  Lines that read as the items of an unmarked list stay
    apart (``_unmarked_list``), also under a line ending in a colon
    (``_list_under_colon``).
    """
    if len(lines) == 1 or _unmarked_list(lines):
        return list(lines)
    first_item = _list_under_colon(lines)
    if first_item is not None:
        return [*join_lines(lines[:first_item]), *lines[first_item:]]
    joined: list[str] = []
    current: list[str] = []
    rows = _table_rows(lines)
    speakers = [index for index, line in enumerate(lines) if _SPEAKER_LABEL.match(line)]
    if len(speakers) < 2:
        speakers = []
    heading_item = False
    for index, line in enumerate(lines):
        starts = index in rows or (index - 1) in rows or _INTERVIEW_LABEL.match(line) or index in speakers
        listed = _LIST_ITEM.match(line)
        if current and (starts or listed or (heading_item and line[:1].isupper())):
            joined.append(" ".join(current))
            current = []
        current.append(line)
        heading_item = bool(listed) and len(line.split()) <= MAX_ITEM_HEADING_WORDS and not ends_like_prose(line)
    if current:
        joined.append(" ".join(current))
    return joined


# How a wrapped line may end, but a list item never does: a mark or a word
# that leads into what follows.
_LEADING_INTO = (",", ";", ":", "-", "–", "—", "(", "&")
_LEADING_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "to", "in", "for", "with", "by", "on",
                            "at", "from", "as", "that", "than", "who", "which", "his", "her", "its", "their",
                            "our", "your", "across", "against", "amid", "among", "between", "despite", "during",
                            "into", "onto", "toward", "towards", "via"})  # fmt: skip


def _unmarked_list(lines: list[str]) -> bool:
    """Items of a list whose markers the scrape dropped (``New bike lanes``
    over ``A second library branch``): every line opens in upper case or a
    digit and none ends leading into the next, as a wrap of prose ends
    ("… approved" over "a new ferry route …", "… the plan of" over "Mayor …"),
    nor like a sentence (sentences one a line stay one paragraph)."""
    for line in lines:
        if not (line[:1].isupper() or line[:1].isdigit()) or _ends_leading_into(line) or ends_like_prose(line):
            return False
    return True


def _list_under_colon(lines: list[str]) -> int | None:
    """Where the items of a list whose markers the scrape dropped start,
    under a line ending in a colon that closes the paragraph's prose (``The
    plan includes:`` over ``New bike lanes`` over ``A second library``,
    ``three points:`` over ``the bus timetable`` …): two items or more,
    opening alike (all in upper case or a digit, or all in lower case), none
    ending like a sentence or leading into the next line, as wrapped prose
    would ("She said:" over "the council has failed" over "residents.").
    Lines that are sentences, one a line, stay one paragraph."""
    intro = next((at for at in range(len(lines) - 3, -1, -1) if lines[at][-1] == ":"), None)
    if intro is None:
        return None
    items = lines[intro + 1 :]
    opening_upper = [line[:1].isupper() or line[:1].isdigit() for line in items]
    if not all(opening_upper) and (any(opening_upper) or not all(line[:1].islower() for line in items)):
        return None
    if any(_ends_leading_into(line) or ends_like_prose(line) for line in items):
        return None
    return intro + 1


def _table_rows(lines: list[str]) -> set[int]:
    """Indexes of the lines that are rows of a table: cells split by `` | ``, two rows or more."""
    if len(lines) < 2 or "|" not in "".join(lines):
        return set()
    cells = [" | " in line for line in lines]
    return {
        index
        for index, has in enumerate(cells)
        if has and ((index > 0 and cells[index - 1]) or (index + 1 < len(cells) and cells[index + 1]))
    }


def split_paragraphs(text: str) -> list[list[str]]:
    """Blank-line separated blocks, each a list of its stripped lines."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _take_provider(paragraphs: list[list[str]], draft: Draft) -> list[str]:
    """``NEWS PROVIDED BY`` over ``Helix Biosystems, Inc.``: a press
    release's issuer, in the head.  The name on the label's next line, or
    opening a paragraph of more lines right after it, is the author, and
    both lines leave as a byline does; a lone paragraph after the label may
    be the headline, and then the label alone leaves, returned for
    ``boilerplate``."""
    for index, lines in enumerate(paragraphs[:HEAD_ITEMS]):
        for position, line in enumerate(lines):
            if len(line) > phrases.MAX_PROVIDER_LABEL_CHARS or boilerplate.normalise(line) not in phrases.PROVIDER_LABELS:
                continue
            if position + 1 < len(lines):
                holder, at = lines, position + 1
            elif index + 1 < len(paragraphs) and len(paragraphs[index + 1]) > 1:
                holder, at = paragraphs[index + 1], 0
            else:
                holder = None
            name = holder[at] if holder is not None else ""
            named = bool(name) and len(name.split()) <= bylines.MAX_NAMES_OVER_DATE_WORDS and bylines.is_name_list(name)
            if named:
                draft.author = name
                del holder[at]
            del lines[position]
            paragraphs[:] = [kept for kept in paragraphs if kept]
            return [] if named else [line]
    return []


def _unstack_header(paragraphs: list[list[str]]) -> list[list[str]]:
    """A head written one field a line with no blank line between (headline,
    standfirst, caption, author, time) becomes a paragraph a field, the
    shape the rest of the parser reads; a caption's two copies stay together.

    It is a stacked head, not wrapped prose, when the first line reads as a
    headline and no later line continues a sentence in lower case.  Two
    lines that read as one headline together may be a headline wrapped in
    two, and are left as they are (``_wrapped_headline``).
    """
    if not paragraphs or not 2 <= len(paragraphs[0]) <= MAX_STACKED_LINES:
        return paragraphs
    first = paragraphs[0]
    if not looks_like_headline(first[0]) or any(line[:1].islower() for line in first[1:]):
        return paragraphs
    if len(first) == 2 and looks_like_headline(" ".join(first)) and _wrapped_headline(*first):
        return paragraphs
    fields = [[first[0]]]
    for line in first[1:]:
        if _same_caption(fields[-1][-1], line):
            fields[-1].append(line)
        else:
            fields.append([line])
    return fields + paragraphs[1:]


# Words of the shortest standfirst set on the line under its headline.
MIN_STACKED_DEK_WORDS = 6


def _wrapped_headline(top: str, under: str) -> bool:
    """Whether a headline-shaped line under another continues it rather
    than being its standfirst.  A title-case headline wraps into words in
    capitals (``Still Matters To The Town``); a sentence-case one wraps
    after a word that leads into the rest (``… schools across`` over
    ``Westchester County …``).  A standfirst is a phrase of some length in
    sentence case: at least one longer word in lower case."""
    if _ends_leading_into(top):
        return True
    words = under.split()
    return len(words) < MIN_STACKED_DEK_WORDS or not any(word[:1].islower() and len(word) > 3 for word in words[1:])


def _ends_leading_into(line: str) -> bool:
    """A line ending in a mark or a word that leads into the next one."""
    return line.endswith(_LEADING_INTO) or line.rsplit(" ", 1)[-1].casefold() in _LEADING_WORDS


def _same(a: str, b: str) -> bool:
    """The same words in the same order; ``a`` and ``b`` are stripped lines.

    Stripped, equal words mean equal first and last characters, which
    settles most pairs without splitting two long paragraphs into words.
    """
    if a == b:
        return True
    return a[:1] == b[:1] and a[-1:] == b[-1:] and a.split() == b.split()


# Typographic punctuation and its plain form, as a page's visible caption
# and its picture's alternative text may write one caption (’ and ').
_PLAIN_PUNCTUATION = str.maketrans({"‘": "'", "’": "'", "′": "'", "“": '"', "”": '"', "″": '"',
                                    "–": "-", "—": "-", "…": "..."})  # fmt: skip
_TYPOGRAPHIC = re.compile("[" + "".join(map(chr, _PLAIN_PUNCTUATION)) + "]")


def _same_caption(a: str, b: str) -> bool:
    """Two copies of one caption that a scrape wrote a little differently:
    one with the credit and one without, or one with a closing full stop,
    or one with typographic quotes, dashes and ellipses where the other
    has plain ones (``The library’s door`` over ``The library's door``).

    The first characters must agree before any credit is looked for, which
    settles nearly every pair of wrapped prose lines at once.
    """
    if a[:1] != b[:1] and a[:1].translate(_PLAIN_PUNCTUATION) != b[:1].translate(_PLAIN_PUNCTUATION):
        return False
    text_a, credit_a = captions.split_caption_credit(a)
    text_b, credit_b = captions.split_caption_credit(b)
    if credit_a is not None and credit_b is not None and credit_a != credit_b:
        return False
    if not text_a:
        return False
    if text_a.rstrip(".").split() == text_b.rstrip(".").split():
        return True
    return _plain(text_a).rstrip(".").split() == _plain(text_b).rstrip(".").split()


def _is_typographic(text: str) -> bool:
    """Whether text writes a quote, a dash or an ellipsis typographically."""
    return _TYPOGRAPHIC.search(text) is not None


def _plain(text: str) -> str:
    """Text with its typographic punctuation plain, a dash of two or three hyphens as one."""
    return text.translate(_PLAIN_PUNCTUATION).replace("---", "-").replace("--", "-")


def _excerpt(text: str) -> str:
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1].rstrip() + "…"


def _drop_repeated_paragraphs(paragraphs: list[list[str]], warnings: list[str]) -> list[list[str]]:
    """One copy of a paragraph repeated after a blank line, with a warning.

    Two separators of marks only (``___``) that meet once the chrome between
    them has left are decoration, not text written twice: one goes, silently.
    """
    kept: list[list[str]] = []
    for lines in paragraphs:
        if kept and len(lines) == len(kept[-1]) and _same(" ".join(kept[-1]), " ".join(lines)):
            if any(char.isalnum() for line in lines for char in line):
                warnings.append(f"paragraph-duplicate-removed: {_excerpt(lines[0])}")
            continue
        kept.append(lines)
    return kept


def _caption_label(line: str) -> tuple[str, str] | None:
    """``Image caption, Voters queue`` → (label, caption text or ""); None for other lines."""
    key = boilerplate.normalise(line)
    for label in phrases.CAPTION_LABELS:
        if key == label:
            return line.strip(), ""
        if key.startswith(label) and key[len(label) : len(label) + 1] in (",", ":"):
            cut = len(line) - len(line.lstrip()) + len(label)
            if line[cut - len(label) : cut].casefold() == label:  # written plainly, as keyed
                return line[: cut + 1].strip(), line[cut + 1 :].strip()
    return None


def _source_label(line: str) -> str | None:
    """``Image source, Getty Images`` → ``Getty Images``; None for other lines."""
    key = boilerplate.normalise(line)
    for label in phrases.SOURCE_LABELS:
        mark = key[len(label) : len(label) + 1]
        if mark in (",", ":") and key.startswith(label):
            # No comma or colon can stand before the label (only bullets), so
            # the credit is what follows the line's first one.
            return line.split(mark, 1)[1].strip() or None
    return None


def _take_caption_labels(
    paragraphs: list[list[str]],
) -> tuple[list[list[str]], list[str], dict[str, str | None]]:
    """Labelled captions: ``Image caption, Voters queue …`` or the label over its line.

    The label is chrome and goes to the audit list; the text it labels, on
    its line or the line under it (the next paragraph's first line when the
    label closes its own), becomes a one-line paragraph of its own, named in
    the returned mapping so that it is taken as a caption, credit or not.  A
    source label over it (``Image source, Getty Images``) is chrome too, and
    gives the caption its credit; so are a gallery's counter and a button's
    label on a caption's line (``[1/2] … REUTERS/Jane Doe Purchase Licensing
    Rights``), which leave the caption (``captions.trim_picture_chrome``).
    """
    kept: list[list[str]] = []
    labels: list[str] = []
    labelled: dict[str, str | None] = {}
    waiting = False  # a label was seen; the next line is its caption
    credit: str | None = None  # from a source label, for the caption labelled next
    for lines in paragraphs:
        current: list[str] = []
        for line in lines:
            if line[-1] != "." and (  # a caption's line closes in its credit or a button, most lines in a full stop
                line.startswith(captions.PICTURE_CHROME_OPENINGS) or line.endswith(captions.PICTURE_CHROME_ENDINGS)
            ):
                line, cut = captions.trim_picture_chrome(line)
                labels.extend(cut)
            head = line[:24]  # every label ends in "caption" or "source" by then: most lines stop here
            found = _caption_label(line) if "aption" in head else None
            if found is None and not waiting:
                source = _source_label(line) if "ource" in head else None
                if source is not None:
                    labels.append(line.strip())
                    credit = source
                    continue
                credit = None
                current.append(line)
                continue
            if found is not None:
                labels.append(found[0])
                caption = found[1]
            else:
                caption = line.strip()
            waiting = not caption
            if caption:
                if current:
                    kept.append(current)
                    current = []
                kept.append([caption])
                labelled[caption] = credit
                credit = None
        if current:
            kept.append(current)
    return kept, labels, labelled


def _take_captions(paragraphs: list[list[str]], draft: Draft, labelled: dict[str, str | None]) -> list[_Item]:
    """Split captions out of the paragraphs, keeping the order of everything."""
    warnings = draft.warnings
    items: list[_Item] = []
    for lines in paragraphs:
        if len(lines) == 1:  # most paragraphs: a caption or a paragraph of one line, none written twice
            caption = captions.caption_alone(lines[0], labelled=lines[0] in labelled)
            if caption is not None and caption.credit is None and labelled.get(lines[0]):
                caption = Caption(caption.text, labelled[lines[0]])
            elif caption is not None and caption.text[-1:] != "." and lines[0] not in labelled and (
                bylines.parse_byline(lines[0]) is not None
            ):  # most captions close a sentence before the credit; a byline does not
                caption = None  # "Words: Sam Lee | Pictures: Ana Cruz": the byline, its second credit a picture's
            items.append(_Item(lines=[lines[0]]) if caption is None else _Item(caption=caption))
            continue
        current = _Item()
        index = 0
        while index < len(lines):
            end = index + 1
            while end < len(lines) and (_same(lines[end], lines[index]) or _same_caption(lines[end], lines[index])):
                end += 1
            if end - index > 1:
                if current.lines:
                    items.append(current)
                    current = _Item()
                # The copy with a credit, and with typographic punctuation: the page's caption, not the alt text.
                copies = dict.fromkeys(lines[index:end])  # most captions are written twice alike: read once
                caption = max((Caption(*captions.split_caption_credit(line)) for line in copies),
                              key=lambda copy: (copy.credit is not None, _is_typographic(copy.text)))  # fmt: skip
                items.append(_Item(caption=caption, written_twice=True))
                warnings.append(f"caption-duplicate-collapsed: {_excerpt(lines[index])}")
            else:
                current.lines.append(lines[index])
            index = end
        if current.lines:
            items.append(current)
    return _take_credit_lines(items, draft.boilerplate)


_MAX_CREDIT_LINE_CHARS = phrases.MAX_CREDIT_CHARS + 2  # a credit in brackets


def _take_credit_lines(items: list[_Item], removed: list[str]) -> list[_Item]:
    """A credit on the line under its caption (``CHRIS ZOELLER, Courier
    Staff Photographer``) credits that caption and leaves the body; so does
    the credit under a one-line paragraph, which makes that line a caption.
    A picture's credit standing as a paragraph of its own under prose
    (``Submitted photo``: the scrape kept no caption) credits nothing and
    leaves for ``removed``."""
    kept: list[_Item] = []
    for item in items:
        lines = item.lines
        above = kept[-1] if kept else None
        if lines and above is not None and above.caption is not None and above.caption.credit is None:
            credit = captions.credit_line(lines[0])
            if credit is not None:
                above.caption = Caption(above.caption.text, credit)
                del lines[0]
                if not lines:
                    continue
        if len(lines) == 1 and len(lines[0]) <= _MAX_CREDIT_LINE_CHARS and captions.picture_credit_alone(lines[0]):
            removed.append(lines[0])
            continue
        if len(lines) == 2 and len(lines[0]) <= MAX_CAPTION_CHARS:
            credit = captions.credit_line(lines[1], of_a_picture=True)  # most second lines are too long: first
            if credit is not None and not captions.ends_in_credit(lines[0]):
                item = _Item(caption=Caption(lines[0], credit))
        kept.append(item)
    return kept


def _take_byline(items: list[_Item], draft: Draft, day_first: bool) -> list[_Item]:
    """The first byline line anywhere gives the author (and a date) and leaves.

    A byline is never wrapped prose: inside a paragraph (a headline, the
    byline and the lead with no blank line between) it splits the paragraph
    in two; what the line under it, in its paragraph or opening the next,
    says of the author (``Staff Reporter``, ``BBC News, London``, an email:
    ``bylines.is_about_author``) leaves with it, for ``boilerplate``.  A
    marker item stands where it was, for the standfirst rule.
    """
    for index, item in enumerate(items):
        for position, line in enumerate(item.lines):
            byline = bylines.parse_byline(line, day_first=day_first)
            if byline is None:
                continue
            draft.author = byline.author or None  # "by admin": a site's account, in ``credits``
            draft.boilerplate.extend(byline.credits)  # "Edited by …", "Staff Writer", an email on the byline's line
            if byline.date:
                _merge_date(draft, byline, "byline", completes=True)  # before it, only the header gives a date
            else:
                draft.warnings.extend(byline.warnings)  # "date-invalid: 31/02/2023 …": no date to give
            before, after = item.lines[:position], item.lines[position + 1 :]
            following = items[index + 1 :]
            under = after or (following[0].lines if following and following[0].caption is None else [])
            if under and bylines.is_about_author(under[0]):
                draft.boilerplate.append(under.pop(0))  # "Staff Reporter", "BBC News, London" under the name
                if following and not following[0].lines and following[0].caption is None:
                    del following[0]
            pieces = [_Item(before)] if before else []
            pieces.append(_Item(byline=True))
            if after:
                pieces.append(_Item(after))
            return [*items[:index], *pieces, *following]
    return items


def _take_datelines(items: list[_Item], draft: Draft, day_first: bool, cleaned: bool) -> None:
    """Datelines and timestamp lines leave the body; the first date among them fills ``date``.

    Near the top, a line holding only a date is a dateline; anywhere, a line
    opening with a timestamp lead and holding only a date or a time
    (``Last updated: 17 Nov 2023``, ``Updated at 10:04 GMT``) is the page's
    furniture.  Near the top too, a stamp run into the wire's dateline that
    opens the story leaves that line, the story staying (``November 16, 2023
    10:04 AM UTC LONDON, Nov 16 (Reuters) - …``), and names before the date
    on its line give the author when no byline did (``Lauren Fox, CNN | Nov
    16, 2023``; a name alone, ``Jane Doe | Nov 16, 2023``, only where a
    byline stands, as capitalised words elsewhere may name a place).  The
    line whose date is used is accounted for by ``date``
    (or a ``date-conflict`` warning); every other one goes to
    ``boilerplate``, so no line leaves unseen, with its ``date-invalid``
    warning when its date does not exist.
    """
    used = False
    openings = bylines.TIMESTAMP_OPENINGS
    first = next((item for item in items if item.caption is None and item.lines), None)  # the headline's
    dated: bylines.Byline | None = None  # the head's dateline on the line just above, a date without a time
    filled = False  # whether that dateline's date filled ``date``
    for index, item in enumerate(items):
        head = index < HEAD_ITEMS
        dropped: set[int] = set()
        if not item.lines:
            dated = None  # a caption or the byline stood between
        for position, line in enumerate(item.lines):
            if not head and line[:3] not in openings:
                continue  # most lines open unlike any timestamp
            found = bylines.parse_dateline(line, day_first=day_first, cleaned=cleaned) if head else None
            story = ""  # the story's text after a stamp run into its wire dateline
            if found is not None and draft.author is None and _stands_as_byline(items, index, position):
                found = bylines.names_then_stamp(line, day_first=day_first, where_byline_stands=True) or found
            elif found is None:
                if dated is not None and is_clock_time(line):
                    dropped.add(position)
                    _take_time_under_date(draft, dated, filled, line, day_first)
                    dated = None
                    continue
                found = bylines.parse_timestamp(line, day_first=day_first)
                if found is None and head and (line[:1].isdigit() or line[:3] in bylines.STAMP_OPENINGS):
                    found, story = bylines.stamp_before_wire_dateline(line, day_first=day_first) or (None, "")
                if found is None and head and draft.author is None and len(line) <= bylines.MAX_BYLINE_CHARS:
                    stands = bylines.parts_names_from_stamp(line) and _stands_as_byline(items, index, position)
                    found = bylines.names_then_stamp(  # "Lauren Fox, CNN | Nov 16, 2023"
                        line, day_first=day_first, where_byline_stands=stands
                    )
                if found is None:
                    dated = None
                    continue
            if story:
                item.lines[position] = story  # "LONDON, Nov 16 (Reuters) - …" opens the story; the stamp leaves
                line = line[: len(line) - len(story)].rstrip()
            else:
                dropped.add(position)
            if found.author:
                draft.author = found.author
                draft.boilerplate.extend(found.credits)
            if head:
                _take_name_above(items, index, position, dropped, draft, first)
            awaits_time = head and not story and found.date is not None and "T" not in found.date
            dated, filled = (found if awaits_time else None), False
            if found.date is not None and not used:
                used, filled = True, draft.date is None
                _merge_date(draft, found, "dateline")
            else:
                draft.boilerplate.append(line)
                if found.date is None:
                    draft.warnings.extend(found.warnings)  # "date-invalid: February 30, 2023 …"
        if dropped:  # one pass: a paragraph of many datelines costs what its length costs
            item.lines = [line for position, line in enumerate(item.lines) if position not in dropped]


# Paragraphs of text a byline may stand under: a kicker, the headline, the standfirst.
_MAX_ITEMS_OVER_BYLINE = 3


def _stands_as_byline(items: list[_Item], index: int, position: int) -> bool:
    """Whether a line stands where a byline does: opening its paragraph under
    the head's paragraphs of one line, captions aside: the headline (maybe a
    kicker over it) and maybe the standfirst under it, but no paragraph of
    the story."""
    if position:
        return False
    over = [item.lines for item in items[:index] if item.lines]
    if not 0 < len(over) <= _MAX_ITEMS_OVER_BYLINE or any(len(lines) > 1 for lines in over):
        return False
    return all(looks_like_headline(lines[0]) for lines in over[:-1]) and _reads_as_standfirst(over[-1][0])


def _take_time_under_date(draft: Draft, dated: bylines.Byline, filled: bool, line: str, day_first: bool) -> None:
    """A time alone on the line under the head's date (``November 16, 2023``
    over ``7:04 AM GMT``) is that stamp's time, as after a bar on one line:
    it completes ``date`` when that stamp ``filled`` it, and goes to
    ``boilerplate`` otherwise."""
    if filled and draft.date == dated.date:
        iso, warnings = parse_date(f"{dated.date_raw} {line}", day_first=day_first)
        if iso is not None and iso[:10] == draft.date:
            draft.date = iso
            draft.warnings.extend(warning for warning in warnings if warning not in draft.warnings)
            return
    draft.boilerplate.append(line)


# Lines saying what the author is (a job, the outlet) that may stand between
# the name and the head's date: "Kyle Dorsey" over "The Ashford Times" over "Published …".
_MAX_NOTES_OVER_DATE = 2


def _take_name_above(items: list[_Item], index: int, position: int, dropped: set[int], draft: Draft,
                     first: _Item | None) -> None:  # fmt: skip
    """A name alone on the line over the head's date (``Sam Patel`` above
    ``Thu 16 Nov 2023 14.05 GMT``) is the author, as pages that print no
    "By" set it, also with the place filed from (``Helena Smith in
    Athens``) or with what a byline says of its author on the line
    (``Jane Doe, Staff Writer``, ``Mark Feld | The Ashford Times``, cut for
    ``boilerplate``; ``Jane Doe, The Courier`` keeps its outlet, as a
    byline does after a comma).  Lines saying what the author is (``bylines.is_about_author``:
    ``Staff Writer``, the outlet ``The Ashford Times``) may stand between
    them, and go to ``boilerplate``, as they do over the date with no name
    above them: they are never the author.  Never the record's first line
    (a headline), and only words that read as names (``first`` is the
    paragraph the record's first line opens; see
    ``bylines.name_over_date``).  The place filed from alone on its line
    (``San Francisco`` over ``Nov 16, 2023``, ``bylines.is_place_filed_from``)
    is the dateline's, not prose, and goes to ``boilerplate`` as well, also
    when a byline named the author before.  Lines above in the same
    paragraph join ``dropped``; those of the paragraph before leave it."""
    if position > 0:
        holder, above = items[index], range(position - 1, -1, -1)
    elif index > 0 and items[index - 1].caption is None and items[index - 1].lines:
        holder = items[index - 1]
        above = range(len(holder.lines) - 1, -1, -1)
    else:
        return
    seeking = draft.author is None  # a byline's author is not sought again over its date
    notes: list[int] = []
    named: int | None = None
    place: int | None = None
    for at in above:
        if (holder is items[index] and at in dropped) or (holder is first and at == 0):
            break
        line = holder.lines[at]
        author = bylines.name_over_date(line) if seeking else None
        if author is not None:
            draft.author = author.author
            draft.boilerplate.extend(author.credits)
            named = at
        elif place is None and bylines.is_place_filed_from(line):
            place = at
            notes.append(at)
            continue
        elif seeking and len(notes) - (place is not None) < _MAX_NOTES_OVER_DATE and bylines.is_about_author(line):
            notes.append(at)
            continue
        break
    draft.boilerplate.extend(holder.lines[at] for at in reversed(notes))
    taken = notes if named is None else [*notes, named]
    if holder is items[index]:
        dropped.update(taken)
    else:
        for at in taken:  # from the bottom up
            del holder.lines[at]


def _take_newsroom_credits(items: list[_Item], draft: Draft) -> None:
    """Credit tails (``Reporting by …; Editing by …``) leave the body for ``boilerplate``.

    They name who worked on the story, not article text; ``author`` comes
    from the byline alone.  A credit a wire split over two lines
    (``Reporting by Jane Doe in Kestle`` over ``Editing by John Roe``) is
    read as the one line it writes: the line above leaves too when the two
    make one credit, though one byline role alone would not.
    """
    first = bylines.CREDIT_FIRST
    for index, item in enumerate(items):
        for line in [line for line in item.lines if line[:1] in first and bylines.is_newsroom_credit(line)]:
            at = item.lines.index(line)
            above = item.lines if at else items[index - 1].lines if index else []  # the paragraph of the line above
            upper_at = at - 1 if at else len(above) - 1
            upper = above[upper_at] if upper_at >= 0 else ""
            if upper[:1] in first and bylines.is_newsroom_credit(f"{upper}; {line}"):
                del above[upper_at]
                draft.boilerplate.append(upper)
            item.lines.remove(line)
            draft.boilerplate.append(line)


def _take_post_stamps(items: list[_Item], draft: Draft) -> None:
    """A live page's stamp heading its post in one paragraph (``10:42 GMT``
    over the post's text, see ``boilerplate.heads_a_post``) goes to
    ``boilerplate``, as it does standing alone, and so does an age in words
    standing alone past the head (``3 hours ago``).  After the datelines: a
    time under the head's date is that date's, and an age there is the
    head's dateline, with the name above it."""
    for lines in [item.lines for item in items if item.lines and "0" <= item.lines[0][0] <= "9"]:  # most: a letter
        if len(lines) > 1:
            stamped = boilerplate.heads_a_post(lines)
        else:
            stamped = boilerplate.is_live_stamp(lines[0], ages_in_words=True)
        if stamped:
            draft.boilerplate.append(lines.pop(0))


# A pull quote: the words of a quote the story gives in full elsewhere, set
# apart on the page.  Its words must appear in that order in one other
# paragraph, with at most this many words between them in all ("…," he
# says. "…").
PULL_QUOTE_GAP = 4
PULL_QUOTE_WORDS = (5, 40)  # fewest and most words of a pull quote
# Candidates per record, and places per candidate where its rarest word
# stands, looked at: the cost stays linear whatever the text repeats.
_MAX_PULL_QUOTES = 8
_MAX_ANCHORS = 64
_OPENING_QUOTES = "\"“‘'«"
_CLOSING_QUOTES = "\"”’'»"
_WORD_EDGES = "\"“”‘’'«».,;:!?…()[]—–-"


def _drop_pull_quotes(prose: list[_Item], warnings: list[str]) -> list[_Item]:
    """A one-line paragraph that is all quote, and whose words another
    paragraph gives in the same order, is a pull quote: it leaves with a
    ``pull-quote-removed`` warning, as the words stay in the story."""
    opening = _OPENING_QUOTES
    candidates = [item for item in prose if item.lines[0][:1] in opening and _is_quote_only(item.lines)]
    del candidates[_MAX_PULL_QUOTES:]
    if not candidates:
        return prose
    words = {id(item): _quote_words(" ".join(item.lines)) for item in prose}
    dropped: set[int] = set()
    for candidate in candidates:
        quote = words[id(candidate)]
        if not PULL_QUOTE_WORDS[0] <= len(quote) <= PULL_QUOTE_WORDS[1]:
            continue
        others = (words[id(other)] for other in prose if other is not candidate and id(other) not in dropped)
        if _given_in_order(quote, others):
            dropped.add(id(candidate))
            warnings.append(f"pull-quote-removed: {_excerpt(candidate.lines[0])}")
    return [item for item in prose if id(item) not in dropped] if dropped else prose


def _is_quote_only(lines: list[str]) -> bool:
    """One line opening with a quote mark and closing with one (before a last full stop)."""
    if len(lines) != 1:
        return False
    line = lines[0]
    return line[:1] in _OPENING_QUOTES and line.rstrip(".!?…")[-1:] in _CLOSING_QUOTES and len(line) > 2


def _quote_words(text: str) -> list[str]:
    found = []
    for word in text.replace("’", "'").casefold().split():
        word = word.strip(_WORD_EDGES)
        if word:
            found.append(word)
    return found


def _given_in_order(quote: list[str], others: Iterable[list[str]]) -> bool:
    """Whether one of the longer paragraphs ``others`` holds the words of
    ``quote`` in order, at most PULL_QUOTE_GAP words between them in all."""
    anchor_at = max(range(len(quote)), key=lambda i: len(quote[i]))  # the longest word: the rarest
    anchor = quote[anchor_at]
    span = len(quote) + PULL_QUOTE_GAP
    budget = _MAX_ANCHORS
    for other in others:
        if len(other) <= len(quote):
            continue  # the same paragraph again, or a shorter one: not a fuller telling
        for position, word in enumerate(other):
            if word != anchor:
                continue
            budget -= 1
            if budget < 0:
                return False
            start = max(0, position - anchor_at - PULL_QUOTE_GAP)
            for first in range(start, position - anchor_at + 1):
                if _subsequence(quote, other[first : first + span]):
                    return True
    return False


def _subsequence(short: list[str], window: list[str]) -> bool:
    words = iter(window)
    return all(word in words for word in short)


# The most paragraphs, heading included, of a box about the author closing the page.
_MAX_AUTHOR_BOX_ITEMS = 3
_MAX_AUTHOR_BOX_HEADING_CHARS = max(map(len, phrases.AUTHOR_BOX_HEADINGS)) + 4  # "About the Author:", bullets


def _take_author_box(prose: list[_Item], draft: Draft) -> None:
    """A box about the author closing the page (``About the author`` over
    ``Nadia Brel is the health correspondent of the Courier. …``, maybe
    with her name alone on a line between) goes to ``boilerplate``: the
    heading (``phrases.AUTHOR_BOX_HEADINGS``), in the last paragraphs, and
    all after it, a short note opening with a name and going on as such
    notes do (``_is_author_bio``), or nothing: a heading closing the body
    heads nothing of the story.  Under the heading in a book's review, a
    paragraph of the review ("The reviewer found little in …") stays, and
    so does the heading."""
    for at in range(max(1, len(prose) - _MAX_AUTHOR_BOX_ITEMS), len(prose)):
        heading = prose[at].lines[0]
        if len(heading) > _MAX_AUTHOR_BOX_HEADING_CHARS or heading[0] not in "Aa":
            continue  # every heading is short and opens "About" or "Author": most paragraphs are neither
        if boilerplate.normalise(heading) not in phrases.AUTHOR_BOX_HEADINGS:
            continue
        box = [line for item in prose[at:] for line in item.lines]
        if len(box) > 1 and not _is_author_bio(box[1:]):
            return
        draft.boilerplate.extend(box)
        del prose[at:]
        return


def _is_author_bio(lines: list[str]) -> bool:
    """``Tom Avery`` over ``Tom Avery is a reporter for the Gazette.``: a
    short note about an author, maybe under the name alone, opening with a
    name and one of ``phrases.AUTHOR_NOTE_VERBS``."""
    if sum(line.count(" ") + 1 for line in lines) > phrases.MAX_AUTHOR_NOTE_WORDS:
        return False
    if len(lines) > 1 and not ends_like_prose(lines[0]) and bylines.is_name_list(lines[0]):
        lines = lines[1:]
    key = " ".join(lines)[:200].casefold()
    verb_at = min((key.find(verb) for verb in phrases.AUTHOR_NOTE_VERBS if verb in key), default=-1)
    named = lines[0][:verb_at].split() if verb_at > 0 else []
    return 0 < len(named) <= phrases.MAX_AUTHOR_NOTE_NAME_WORDS and all(map(looks_like_name_word, named))


def _take_author_note(prose: list[_Item], draft: Draft) -> None:
    """A note about the author closing the story (``Karen Liu can be reached
    at …``, ``Mike Halverson covers county government.``) goes to
    ``boilerplate``: one of the last two paragraphs, short, opening with a
    name of the byline and going on as such notes do; the last paragraph
    may be a longer biography (``Jane Doe is a reporter covering … She
    joined … in 2019.``), quoting no one (``_is_author_note_length``)."""
    if not draft.author or len(prose) < 2:
        return
    names = [name.casefold() for name in re.split(r",\s|\s(?:and|&)\s", draft.author) if name]
    for item in prose[-2:]:
        if len(item.lines) != 1:
            continue
        line = item.lines[0]
        key = line[:200].casefold()
        for name in names:
            if key.startswith(name) and key[len(name) : len(name) + 1] == " ":
                rest = key[len(name) :]
                if rest.startswith(phrases.AUTHOR_NOTE_VERBS) and _is_author_note_length(line, item is prose[-1]):
                    prose.remove(item)
                    draft.boilerplate.append(line)
                    return


# Quotation marks: a paragraph quoting speech is the story's, not a biography.
_QUOTATION_MARKS = frozenset("\"“”«»")


def _is_author_note_length(line: str, last: bool) -> bool:
    """Short enough for a note about the author, or, as the page's last
    paragraph and quoting no one, for a biography."""
    words = len(line.split())
    if words <= phrases.MAX_AUTHOR_NOTE_WORDS:
        return True
    return last and words <= phrases.MAX_AUTHOR_BIO_WORDS and _QUOTATION_MARKS.isdisjoint(line)


def _merge_date(draft: Draft, found: bylines.Byline, source: str, *, completes: bool = False) -> None:
    """A byline's or dateline's date fills ``date``; a different one is only noted.

    With ``completes`` (the byline's date, met with the header's), a time on
    the day that ``date`` gives without one completes it: the same day,
    told more fully.
    """
    if draft.date is None:
        draft.date = found.date
        draft.warnings.extend(found.warnings)
    elif completes and draft.date == found.date[:10] and len(found.date) > len(draft.date):
        draft.date = found.date
        draft.warnings.extend(found.warnings)
    elif draft.date[:10] != found.date[:10]:
        draft.warnings.append(
            f"date-conflict: {draft.date} kept, {source} {found.date_raw} read as {found.date}"
        )


def _unique_captions(items: list[_Item], warnings: list[str]) -> list[Caption]:
    found: dict[Caption, None] = {}  # a dict keeps the order and finds a copy in constant time
    for item in items:
        if item.caption is None:
            continue
        if item.caption in found:
            warnings.append(f"caption-duplicate-collapsed: {_excerpt(item.caption.text)}")
        else:
            found[item.caption] = None
    return list(found)


def _take_title_and_subtitle(items: list[_Item], draft: Draft) -> list[_Item]:
    """Set title and subtitle from the head of the flow; return the body paragraphs.

    A kicker over the headline leaves first (``_take_kicker``).  The
    standfirst is the paragraph right after the title when it reads as one
    (``_is_subtitle``), or when it is one line of standfirst length that the
    byline follows (under the lead picture's caption, maybe): a standfirst
    of whole sentences that the byline closes.  A title or standfirst the
    front matter named stands: the head gives no other.
    """
    if draft.title is not None:
        return [item for item in items if item.caption is None and not item.byline]
    notes = _take_notes_over_headline(items)
    _take_kicker(items, draft)
    prose = [item for item in items if item.caption is None and not item.byline]
    if len(prose) < 2 or not _is_title(prose[0]):
        return notes + prose
    draft.title = without_markdown_marks(" ".join(prose[0].lines))
    start = next(i for i, item in enumerate(items) if item is prose[0])
    following = [item for item in items[start + 1 :] if not item.byline]
    if len(prose) >= 3 and following and following[0] is prose[1] and draft.subtitle is None:
        after = following[1] if len(following) > 1 else None
        at = next(i for i, item in enumerate(items) if item is prose[1]) + 1
        while at < len(items) and items[at].caption is not None:
            at += 1  # the lead picture's caption may stand between the standfirst and the byline
        before_byline = at < len(items) and items[at].byline
        if _is_subtitle(prose[1], after, before_byline):
            draft.subtitle = without_markdown_marks("\n".join(join_lines(prose[1].lines)))
            return notes + prose[2:]
    return notes + prose[1:]


# Lines of a standfirst over the byline: a summary of points, one a line.
MAX_SUMMARY_LINES = 5
# Notes stacked over one headline, at most.
_MAX_NOTES = 2
# Characters of a note's line in which its label and the colon after it stand.
_NOTE_LABEL_REACH = 60
# Words of the shortest headline read under a note.
_MIN_HEADLINE_UNDER_NOTE = 4


def _take_notes_over_headline(items: list[_Item]) -> list[_Item]:
    """Notes the desk set over the story (``Editor's note: …``) leave the
    head, so the headline under them is still read as the title; they stay
    article text, the first of the body.  Only when they open the record."""
    count = 0
    while count < len(items) and count < _MAX_NOTES and items[count].lines and _is_note(items[count].lines[0]):
        count += 1
    under = items[count] if count < len(items) else None
    if not count or under is None or not under.lines or len(under.lines[0].split()) < _MIN_HEADLINE_UNDER_NOTE:
        return []  # a subheading ("What we know") under a note that opens the body is no headline
    notes = items[:count]
    del items[:count]
    return notes


def _is_note(line: str) -> bool:
    """``Editor's note: …``, ``CORRECTION (Oct. 4): …``: a note label, then a colon."""
    if ":" not in line[:_NOTE_LABEL_REACH]:
        return False  # the colon that closes every note label comes early
    key = boilerplate.normalise(line[:_NOTE_LABEL_REACH])
    for label in phrases.NOTE_LABELS:
        if key.startswith(label):
            rest = key[len(label) :]
            if rest.startswith(":") or (rest.startswith(" (") and "):" in rest):
                return True
    return False


# Kickers stacked over one headline, at most.
_MAX_KICKERS = 3


def _take_kicker(items: list[_Item], draft: Draft) -> None:
    """A kicker (``EXCLUSIVE``, ``WORLD NEWS``, ``Opinion``) over the headline goes to ``boilerplate``.

    It is a label of the page, not the title: the first line of the record,
    one of ``phrases.KICKERS`` (``FOR IMMEDIATE RELEASE`` among them) or a
    press release's embargo (``EMBARGOED UNTIL …``), with a headline right
    under it, on the next line or in the next paragraph.
    """
    for _ in range(_MAX_KICKERS):  # "Breaking News" over "World" over the headline
        prose = [item for item in items if item.caption is None and not item.byline]
        if len(prose) < 2 or not _is_kicker(boilerplate.normalise(prose[0].lines[0])):
            return
        first = prose[0]
        under = first.lines[1] if len(first.lines) > 1 else prose[1].lines[0]
        if not looks_like_headline(under) or (len(first.lines) == 1 and len(prose[1].lines) != 1):
            return
        draft.boilerplate.append(first.lines.pop(0))
        if not first.lines:
            items.remove(first)


def _is_kicker(key: str) -> bool:
    """A section or story label, or an embargo note of a few words (``key`` normalised)."""
    return key in phrases.KICKERS or (
        key.startswith(phrases.KICKER_LEADS) and key.count(" ") < phrases.MAX_CHROME_WORDS
    )


def _is_title(item: _Item) -> bool:
    """One headline line, or a headline wrapped over two: the second opens
    in lower case, or the first ends leading into it, or both are in title
    case (``Why The Old Mill On Water Street`` over ``Still Matters To The
    Town``)."""
    lines = item.lines
    if len(lines) == 2 and not ends_like_prose(lines[0]):
        top, under = lines
        wrapped = under[:1].islower() or _ends_leading_into(top) or (_in_title_case(top) and _in_title_case(under))
        return wrapped and looks_like_headline(" ".join(lines))
    return len(lines) == 1 and looks_like_headline(lines[0])


# Markdown's marks around a whole heading line: a level ("# ", "## ") and
# emphasis ("**…**", "__…__", "*…*"), as a page converted to Markdown sets
# its headline and standfirst.  They are the page's formatting, not the
# headline's words.
_MARKDOWN_LEVEL = re.compile(r"#{1,6} +")
_MARKDOWN_EMPHASIS = ("**", "__", "*", "_")


def without_markdown_marks(line: str) -> str:
    """``# Headline`` and ``**Headline**`` → ``Headline``; a mark inside the line stays."""
    level = _MARKDOWN_LEVEL.match(line)
    if level:
        heading = line[level.end() :].rstrip()
        unclosed = heading.rstrip("#")
        if not unclosed or unclosed[-1] == " ":  # a closing run of "#" stands after a space; "C#" keeps its own
            heading = unclosed.rstrip()
        line = heading or line
    for mark in _MARKDOWN_EMPHASIS:
        inner = line[len(mark) : -len(mark)]
        if len(line) > 2 * len(mark) and line.startswith(mark) and line.endswith(mark) and mark not in inner:
            inner = inner.strip()
            return inner if inner and inner[0] not in "*_" else line
    return line


def _in_title_case(line: str) -> bool:
    """Every longer word opens in upper case, as title-case headlines are set."""
    longer = [word for word in line.split() if len(word) > 3 and word[:1].isalpha()]
    return bool(longer) and all(word[:1].isupper() for word in longer)


def _is_subtitle(item: _Item, after: _Item | None, before_byline: bool = False) -> bool:
    """Whether the paragraph under the title is its standfirst; a job title
    alone (``Staff Writer``) is chrome of the byline, never one."""
    lines = item.lines
    if len(lines) == 1 and bylines.is_job_title(lines[0]):
        return False
    if len(lines) > 1:
        # A standfirst wrapped over lines, or a summary of a point a line, that the byline closes.
        return before_byline and len(lines) <= MAX_SUMMARY_LINES and all(map(_reads_as_standfirst, join_lines(lines)))
    lead_caption = after is not None and after.written_twice
    line = without_markdown_marks(lines[0])
    return _reads_as_standfirst(line) and (lead_caption or before_byline or not ends_like_prose(line))


def _reads_as_standfirst(line: str) -> bool:
    """Of standfirst length, opening in upper case or in a script without
    case (after a list marker, for a summary of points)."""
    if len(line) > MAX_STANDFIRST_CHARS or len(line.split()) > MAX_STANDFIRST_WORDS:
        return False
    marker = _LIST_ITEM.match(line)
    first = line[marker.end() if marker else 0 :][:1]
    return bool(first) and not first.islower() and (first.isalnum() or first in "\"“‘'")
