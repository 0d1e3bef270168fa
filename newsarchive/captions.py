"""Picture captions and their credits.

A credit is a short source name closing a caption: ``(Avshalom Sassoni/Flash90)``,
``(AP Photo/Ariel Schalit)``, ``(Getty Images)``, ``Photo: Reuters``,
``Credit: Jane Doe``.  What tells it from an aside of prose in parentheses:

* it closes the line: nothing, not even a period, follows the ``)``;
* it is short (``phrases.MAX_CREDIT_WORDS``) and does not end like a sentence;
* it names a source: agency or credit vocabulary (``phrases.CREDIT_WORDS``),
  a ``person/agency`` slash, ``courtesy …``, or two to five capitalised name
  words; an account (``Twitter/@janedoe``) counts as a name;
* a number in it (``Hughes 40``) is a score or a time unless agency
  vocabulary says otherwise (``Channel 12 screenshot``);
* capitalised words alone in brackets may close a clause of prose too
  (``…, the operator said (Velma Ferries)``), so they make a line a caption
  only after a finished sentence (``… at dawn. (Jane Doe)``).

A marker (``Photo:``, ``Credit:``) is not part of the credit: the credit is
the name alone.
"""

from __future__ import annotations

import re

from . import phrases
from .record import Caption
from .shapes import last_visible, looks_like_name_word

# Longest first: "image credit" is one marker, not "image" then prose.
_MARKER = "|".join(re.escape(m) for m in sorted(phrases.CREDIT_MARKERS, key=len, reverse=True))
# "… city. Photo: Reuters" — a marker and a colon after a space, a separator
# or the full stop of a caption run into it ("on Monday.Credit: Nick Moir").
_MARKER_WITH_COLON = re.compile(rf"(?:^|(?<=[\s|–—.-]))(?:{_MARKER})\s?:\s?", re.IGNORECASE)
# "(Photo by Jane Doe)", "(Image via Jane Doe)", "Photo / Michael Craig",
# "(Photo/Jane Doe)", "(Photo credit should read JANE DOE/AFP)", "… night.
# Credit...Jane Doe" (an ellipsis for the colon) — a marker that opens the
# credit; before "courtesy" only the marker leaves ("Photo courtesy of the
# family" → "courtesy of the family").  A marker after a name is part of it
# ("AP Photo/Ariel Schalit").
_LEADING_MARKER = re.compile(
    rf"(?:{_MARKER})(?:\s?:|\.\.\.|…|\s+(?:by|via)\b|\s?/\s?|\sshould\sread\b|\s(?=courtesy\b))\s*",
    re.IGNORECASE,
)
# The first words of the credit markers, as a last sentence opens with them.
_MARKER_FIRST_WORDS = frozenset(marker.split()[0] for marker in phrases.CREDIT_MARKERS)
_MARKER_INITIALS = "".join(sorted({case(word[0]) for word in _MARKER_FIRST_WORDS for case in (str.lower, str.upper)}))
_CREDIT_TAIL_CHARS = phrases.MAX_CREDIT_CHARS + 3  # ". ", the credit and its full stop
# The longest line read as a caption for a marked credit closing its last
# sentence in a full stop, a weaker sign than brackets: a longer line is a
# paragraph of prose, passed over at once.
MAX_MARKED_CAPTION_CHARS = 400
# Brackets a credit may stand in, by their closing mark.
_OPENING = {")": "(", "]": "["}
# What parts a credit's words: spaces and the marks between a person and an
# agency ("Jane Doe/Reuters", "Jane Doe | Reuters", "Jane Doe – Reuters",
# "Jane Doe - Reuters"); a hyphen within a name ("EPA-EFE") parts nothing.
_TOKEN_SPLIT = re.compile(r"[\s/,;|–—]+(?:-[\s/,;|–—]+)?")
_SEPARATORS = " \t|–—-"
_NOT_AT_A_NAMES_EDGE = ".!?;:,–—-"
_LIBRARY_LEADS = ("on", "from")
_DASHES_BEFORE_A_CREDIT = ("— ", "– ", "- ")
_PROSE_ENDS = ".!?;:,…\"'”’)"
# How a caption's sentence ends before a credit of names alone.
_SENTENCE_ENDS = ".!?。"
# "[1/2] The bank …", "Item 1 of 2 The bank …": a gallery's counter opening a caption's line.
_GALLERY_COUNTER = re.compile(
    rf"(?:\[\d{{1,3}}/\d{{1,3}}\]|(?:{'|'.join(phrases.COUNTED_PICTURES)}) \d{{1,3}} of \d{{1,3}}) ", re.IGNORECASE
)
# How a button's label may go on after the button: ", opens new tab" …
_BUTTON_TAILS = tuple(tail for tail in phrases.LINK_LABEL_TAILS if tail[0] == ",")
# How a line holding a counter may open, and one holding a button may end,
# as written: one test of each passes most lines over.
PICTURE_CHROME_OPENINGS = ("[", *(case(f"{word} ") for word in phrases.COUNTED_PICTURES
                                  for case in (str.lower, str.title, str.upper)))  # fmt: skip
PICTURE_CHROME_ENDINGS = tuple(
    dict.fromkeys(case(end.rsplit(" ", 1)[-1]) for end in (*phrases.PICTURE_BUTTONS, *_BUTTON_TAILS)
                  for case in (str.lower, str.title, str.upper))
)  # fmt: skip


def split_credit(line: str) -> tuple[str, str | None]:
    """Split a trailing credit off a caption line: ``(text, credit)`` or ``(line, None)``."""
    text = line.strip()
    last = text[-1:]
    if last == "." and ":" not in text and "©" not in text:
        found = None  # most prose: no bracket, marker or copyright sign to close in
    else:
        found = _parenthesised_credit(text) if last in _OPENING else _chinese_credit(text) if last == "）" else None
        found = (found or _marked_credit(text) or _copyright_credit(text)
                 or (last not in _PROSE_ENDS and _credit_after_sentence(text)))  # fmt: skip
    if not found and last == "." and len(text) <= MAX_MARKED_CAPTION_CHARS:
        # "… denarius. Photo courtesy Kestle Museum.": a last sentence opening
        # with a marker's first word (its first letter tested first) may be a credit.
        stop = text.rfind(". ", -_CREDIT_TAIL_CHARS)
        if stop >= 0 and text[stop + 2] in _MARKER_INITIALS and (
            text[stop + 2 : text.find(" ", stop + 2)].casefold() in _MARKER_FIRST_WORDS
        ):
            found = _credit_after_sentence(text[:-1], marked_only=True)
    return found if found else (text, None)


def trim_picture_chrome(line: str) -> tuple[str, list[str]]:
    """A gallery's counter and a button's label set on a caption's line
    (``[1/2] The bank at dusk. REUTERS/Jane Doe Purchase Licensing Rights``):
    the line without them, and what was cut, for ``boilerplate``.

    They are cut only when what stays closes in a credit, as the caption
    they stand on does; the line is returned unchanged otherwise.
    """
    text = line.strip()
    cut: list[str] = []
    button = _button_label_start(text) if text.endswith(PICTURE_CHROME_ENDINGS) else None
    if button is not None:
        text, label = text[:button].rstrip(), text[button:]
        cut.append(label)
    counter = _GALLERY_COUNTER.match(text) if text.startswith(PICTURE_CHROME_OPENINGS) else None
    if counter:
        cut.insert(0, counter.group().strip())
        text = text[counter.end() :]
    if cut and ends_in_credit(text):
        return text, cut
    return line, []


def _button_label_start(text: str) -> int | None:
    """Where a picture's button label (``Acquire Licensing Rights, opens
    new tab``) closing ``text`` starts, after a space; None without one."""
    end = len(text)
    for tail in _BUTTON_TAILS:
        if text[end - len(tail) :].casefold() == tail:
            end -= len(tail)
            break
    for button in phrases.PICTURE_BUTTONS:
        start = end - len(button)
        if start > 0 and text[start - 1] == " " and text[start:end].casefold() == button:
            return start
    return None


def split_caption_credit(line: str) -> tuple[str, str | None]:
    """``split_credit`` for a line known to be a caption, as one written
    twice is: a name alone in brackets after its finished sentence
    (``… on Monday. (PA)``, ``… by the orbiter. (NASA)``) is its credit too,
    and so is a news agency's (``phrases.WIRE_SERVICES``) after a clause
    (``… last month (PA)``).

    On a line of unknown standing a single capitalised word in brackets
    may close prose as well, so ``split_credit`` leaves it; a number, a
    word in lower case (``(left)``) or another name in a bracket closing a
    clause rather than a sentence (``Ana Ruiz (Labour)``) is no credit here
    either.
    """
    text, credit = split_credit(line)
    if credit is not None or text[-1:] != ")":
        return text, credit
    start = text.rfind("(")
    inner = text[start + 1 : -1].strip()
    before = text[:start].rstrip()
    if start > 0 and (before[-1:] in _SENTENCE_ENDS or inner.casefold() in phrases.WIRE_SERVICES) and (
        _is_source_name(inner, marked=True)
    ):
        return before, inner
    return text, None


def ends_in_credit(line: str) -> bool:
    """True when the line closes with a credit after some caption text, so
    that, alone in its paragraph, it is a caption.

    A credit of capitalised words alone in brackets (``(Labour and
    Green)``), with no credit vocabulary, ``/`` or ``courtesy`` to name it a
    source, reads as well as an aside closing a clause of prose ("…, the
    operator said (Velma Ferries)"): it needs the caption's sentence
    finished before it.
    """
    return _closes_in_credit(line, *split_credit(line))


def caption_alone(line: str, *, labelled: bool = False) -> Caption | None:
    """The caption a line alone in its paragraph is, its credit split off
    (``split_credit``): one that ends in a credit (``ends_in_credit``) or
    that the page ``labelled`` as a caption; None for any other line.  The
    credit is split off once for both questions."""
    text, credit = split_credit(line)
    return Caption(text, credit) if labelled or (credit is not None and _closes_in_credit(line, text, credit)) else None


def _closes_in_credit(line: str, text: str, credit: str | None) -> bool:
    """``ends_in_credit`` of a line that ``split_credit`` has split into ``text`` and ``credit``."""
    if credit is None or not text:
        return False
    if text[-1] in _SENTENCE_ENDS or not line.rstrip().endswith((f"({credit})", f"[{credit}]")):
        return True  # most captions: a finished sentence, or a credit after a marker
    return _names_a_source(_lowered(_TOKEN_SPLIT.split(credit)), credit) or last_visible(text) in _SENTENCE_ENDS


def credit_line(line: str, *, of_a_picture: bool = False) -> str | None:
    """The credit a line holds alone, as a page sets it under its caption
    (``Photo: Reuters``, ``(AP Photo/Ariel Schalit)``, ``CHRIS ZOELLER,
    Courier Staff Photographer``), or None.

    Stricter than a credit closing a caption: capitalised words alone
    (``Council Vote Delayed``) are a subheading, so the line needs a
    bracket, a marker, a slash, credit vocabulary or a courtesy line.
    ``of_a_picture`` asks for a picture's credit, where no caption above
    tells it: an agency alone (``Reuters`` under a paragraph) tags a wire
    story, so the line needs a bracket, a marker or a picture word.  A
    line opening with "By" (``By Jane Doe, Reuters``) is the story's byline.
    """
    text = line.strip()
    if len(text) > phrases.MAX_CREDIT_CHARS + 2 or text[:3].casefold() == "by ":
        return None
    if text[-1:] in _OPENING and text[:1] == _OPENING[text[-1]]:
        return credit_name(text[1:-1])
    marker = _LEADING_MARKER.match(text)
    if marker:
        name = _without_full_stop(text[marker.end() :].strip())
        return name if _is_source_name(name, marked=True) else None
    lowered = [t.casefold() for t in _TOKEN_SPLIT.split(text) if t]
    if of_a_picture and not any(t in phrases.PICTURE_WORDS for t in lowered):
        return None
    if not lowered or (not _names_a_source(lowered, text) and (of_a_picture or not _is_capitals_credit(text))):
        return None
    return text if _is_source_name(text, marked=False) else None


# How a picture's credit alone may open: a marker ("Staff photo by …",
# "Foto: …") or a picture word ("Courtesy of …").
_ALONE_OPENINGS = _MARKER_FIRST_WORDS | phrases.PICTURE_WORDS


def picture_credit_alone(line: str) -> bool:
    """Whether a line standing as a paragraph of its own, with no caption
    above it, is a picture's credit (``Submitted photo``, ``Staff photo by
    Jim Kline``, ``Foto: Peter Kneffel/dpa``, ``AFP via Getty Images``).

    Stricter than ``credit_line``, as nothing tells it from a subheading:
    a marker or brackets around the name, a slash, a courtesy line, or a
    picture word closing it.  "Pictures of the Year" and "Photo Gallery"
    are subheadings; a wire's tag in brackets (``(Reuters)``) and the
    source of a table or a chart (``Source: …``) belong to the story.
    """
    text = line.strip()
    first, _, rest = text.casefold().lstrip("([").partition(" ")
    if first.startswith("source"):
        return False  # "Source: …" names the data of a table or a chart
    opens_or_closes_as_a_credit = (first.rstrip(":") in _ALONE_OPENINGS
                                   or rest.rsplit(" ", 1)[-1] in phrases.PICTURE_WORDS)  # fmt: skip
    if "/" not in text and not opens_or_closes_as_a_credit:
        return False  # most short lines: a subheading, a name, a line of prose
    credit = credit_line(text, of_a_picture=True)
    if credit is None:
        return False
    if credit == text[1:-1]:  # in brackets, with no marker
        return "/" in credit or not phrases.PICTURE_WORDS.isdisjoint(_lowered(_TOKEN_SPLIT.split(credit)))
    return (credit != text or "/" in text or credit[:8].casefold() == "courtesy"
            or text.rsplit(" ", 1)[-1].casefold() in phrases.PICTURE_WORDS)  # fmt: skip


# The first two letters of those leads, as printed, or a bracket before
# them: one look-up passes most lines over.
ALT_TEXT_HEADS = frozenset(
    head
    for lead in phrases.ALT_TEXT_LEADS
    for head in (lead[:2], lead[:2].capitalize(), lead[:2].upper(), "[" + lead[0].upper())
)
_ALT_TEXT_LEAD_CHARS = max(map(len, phrases.ALT_TEXT_LEADS))


def is_alt_text(line: str) -> bool:
    """Whether a line is a picture's alternative text, as a scrape keeps it
    on a line of its own: ``Image: A man walks past the flooded shop``,
    ``Photo of the mayor at the podium`` (``phrases.ALT_TEXT_LEADS``), also
    in square brackets.

    A description, not a sentence of the story: no closing full stop, a few
    words, among them a longer one in lower case, and not in title case as a
    subheading is ("Photo of the Week"), no colon parting a headline's two
    halves ("Picture of health: how …"), and, after "Photo of", no comma
    parting clauses; a credit after a marker (``Photo: Reuters``, ``Photo:
    courtesy of the family``) is a credit.  "Photo of the year went to …,
    the judges said." is a sentence and stays.
    """
    text = line.strip()
    if text[:1] == "[" and text[-1:] == "]":  # "[Image: A school bus outside the school]"
        text = text[1:-1].strip()
    if text[:2] not in ALT_TEXT_HEADS or text[-1:] in _SENTENCE_ENDS or text[-1:] in ",;:":
        return False
    head = text[:_ALT_TEXT_LEAD_CHARS].casefold()
    if not head.startswith(phrases.ALT_TEXT_LEADS):
        return False
    lead = next(lead for lead in phrases.ALT_TEXT_LEADS if head.startswith(lead))
    description = text[len(lead) :]
    if ":" in description or ("," in description and lead in phrases.ALT_TEXT_PHRASES):
        return False  # "Picture of health: how …", a headline; "A picture of calm, the harbour lay still", a sentence
    words = description.split()
    if not 2 <= len(words) <= phrases.MAX_ALT_TEXT_WORDS:
        return False
    described = any(word[:1].islower() and len(word) > 3 for word in words)
    in_title_case = all(word[:1].isupper() or len(word) <= 3 for word in words)
    return described and not in_title_case and credit_line(text) is None


def _is_capitals_credit(text: str) -> bool:
    """``JIM SMITH, THE GAZETTE``: a photographer and a paper in capitals,
    as American papers set the credit under a caption.  A subheading in
    capitals has no comma between a name of two or three words and an
    outlet."""
    if not text.isupper() or text.count(",") != 1:
        return False
    person, outlet = (part.split() for part in text.split(","))
    return 2 <= len(person) <= 3 and 1 <= len(outlet) <= 4 and all(word.isalpha() for word in person)


def _parenthesised_credit(text: str) -> tuple[str, str] | None:
    """``… (Avshalom Sassoni/Flash90)``, ``… [Image: EPA-EFE/Rajat Gupta]``:
    called on a line closing in ``)`` or ``]``."""
    start = text.rfind(_OPENING[text[-1]])
    if start < 0:
        return None
    inner = text[start + 1 : -1]
    if text[-1] in inner:
        return None
    credit = credit_name(inner)
    if credit is None:
        return None
    return text[:start].rstrip(), credit


def _chinese_credit(text: str) -> tuple[str, str] | None:
    """``（新华社记者 张三 摄）``, ``（图片来源：新华社）``: a credit as Chinese papers write it.

    The photographer's name before 摄 ("photographed by"), or a source after
    a marker; the marker and 摄 are not part of the credit.
    """
    start = text.rfind("（")
    inner = text[start + 1 : -1].strip()
    if start < 0 or not inner or len(inner) > phrases.MAX_CHINESE_CREDIT_CHARS or "。" in inner:
        return None
    for marker in phrases.CHINESE_CREDIT_MARKERS:
        if inner.startswith(marker):
            name = inner[len(marker) :].strip()
            break
    else:
        name = inner[: -len(phrases.CHINESE_PHOTOGRAPHED)].strip() if inner.endswith(phrases.CHINESE_PHOTOGRAPHED) else ""
    return (text[:start].rstrip(), name) if name else None


def _marked_credit(text: str) -> tuple[str, str] | None:
    # Every marker ends in a colon and one optional space, and the name after
    # the last one is at most MAX_CREDIT_CHARS (+1 for a dropped period): a
    # line with no colon, or a longer tail after its last colon, has no credit.
    colon = text.rfind(":")
    if colon < 0 or len(text[colon + 2 :].lstrip()) > phrases.MAX_CREDIT_CHARS + 1:
        return None
    last = None
    for last in _MARKER_WITH_COLON.finditer(text):
        pass
    if last is None:
        return None
    name = _without_full_stop(text[last.end() :].strip().removeprefix("©").lstrip())
    if not _is_source_name(name, marked=True):
        return None
    return text[: last.start()].rstrip(_SEPARATORS), name


def _copyright_credit(text: str) -> tuple[str, str] | None:
    """``… near the Acropolis ©Louisa Gouliamaki``: the copyright sign marks a credit."""
    sign = text.rfind("©")
    if sign < 1 or text[sign - 1] != " " or len(text) - sign > phrases.MAX_CREDIT_CHARS + 2:
        return None
    name = text[sign + 1 :].strip().rstrip(".")
    return (text[:sign].rstrip(_SEPARATORS), name) if _is_source_name(name, marked=True) else None


def _credit_after_sentence(text: str, *, marked_only: bool = False) -> tuple[str, str] | None:
    """``A lawn at dawn. Getty Images/iStockphoto``, ``… bridge. Photo by Jane Doe``.

    Without brackets or a colon, a credit is told from a last sentence by
    what it names: agency vocabulary or a slash, or a marker and ``by``.
    The sentence before it must end in a word, not an initial or an
    abbreviation ("the U.S. Press Association" is one name).
    ``marked_only`` (for a line closing in a full stop, ``… bridge. Photo
    courtesy Kestle Museum.``) asks for the marker: "… said the report.
    Reuters." ends a sentence of prose.  A dash may stand before the credit
    (``… at dawn. — Jane Doe/Reuters``), which then needs a slash or a
    picture word: "… on Monday. — AFP" is a wire's sign-off.
    """
    stop = text.rfind(". ", max(0, len(text) - phrases.MAX_CREDIT_CHARS - 2))
    if stop < 0:
        return None
    before = text[text.rfind(" ", 0, stop) + 1 : stop]
    if len(before) < 3 or "." in before:
        return None
    tail = text[stop + 2 :].strip().removeprefix("©").lstrip()
    dashed = tail[:2] in _DASHES_BEFORE_A_CREDIT
    if dashed:
        tail = tail[2:]
    marker = _LEADING_MARKER.match(tail)
    if marker:
        name = tail[marker.end() :].strip()
        return (text[: stop + 1], name) if _is_source_name(name, marked=True) else None
    if marked_only:
        return None
    lowered = [t.casefold() for t in _TOKEN_SPLIT.split(tail) if t]
    if dashed and "/" not in tail and phrases.PICTURE_WORDS.isdisjoint(lowered):
        return None
    named = _names_a_source(lowered, tail) and ":" not in tail
    if named and looks_like_name_word(tail) and _is_source_name(tail, marked=False):
        return text[: stop + 1], tail
    return None


def credit_name(inner: str) -> str | None:
    """The credit inside parentheses, without its marker or a copyright
    sign before the name (``(© Jane Doe/Velma Echo)``, ``(Photo: © Jane
    Doe)``), or None if it is prose."""
    inner = inner.strip()
    marker = _LEADING_MARKER.match(inner)
    if marker:
        name = _without_full_stop(inner[marker.end() :].strip().removeprefix("©").lstrip())  # "(Photo by Mark Lee.)"
        return name if _is_source_name(name, marked=True) or _is_name_in_lower_case(name, marker.group()) else None
    if inner[:1] == "©":
        name = inner[1:].lstrip()
        return name if _is_source_name(name, marked=True) else None
    return inner if _is_source_name(inner, marked=False) else None


def _is_name_in_lower_case(name: str, marker: str) -> bool:
    """``(photo: jane doe)``, ``(photo: jane doe/reuters)``: a person's name
    as some pages print their credits, all in lower case, after the marker
    in brackets, maybe with an agency.  Two or three words of letters beside
    the agency's, none of them a word of a note on the picture
    (``phrases.PICTURE_NOTE_WORDS``: "(photo: top left)", "(image: see
    below)"); not after ``Source``, which names a chart's data as often."""
    if not name.islower() or marker[:6].casefold() == "source":
        return False
    words = [word for word in _TOKEN_SPLIT.split(name) if word and word not in phrases.CREDIT_WORDS]
    return (2 <= len(words) <= 3 and all(word.replace("-", "").replace("'", "").isalpha() for word in words)
            and phrases.PICTURE_NOTE_WORDS.isdisjoint(words))  # fmt: skip


def _without_full_stop(name: str) -> str:
    """A marked credit may close in a full stop (``Photo by Mark Lee.``); an ellipsis stays."""
    return name[:-1] if name.endswith(".") and not name.endswith("..") else name


def _is_source_name(name: str, *, marked: bool) -> bool:
    """Whether ``name`` reads as a source: agency, person, channel, courtesy line."""
    if not name or len(name) > phrases.MAX_CREDIT_CHARS:
        return False
    if name[-1] in _NOT_AT_A_NAMES_EDGE or name[0] in _NOT_AT_A_NAMES_EDGE:
        return False  # a clause's punctuation, or a dash opening a line's last words ("… Monday. — AFP")
    if name.count("(") != name.count(")") or name.count("[") != name.count("]"):
        return False  # "Getty Images)" is the end of a bracket opened before it
    tokens = [t for t in _TOKEN_SPLIT.split(name) if t]
    if not tokens:
        return False
    lowered = _lowered(tokens)
    if _is_permission_note(lowered):
        return True
    if len(tokens) > phrases.MAX_CREDIT_WORDS:
        return False
    if lowered[0] == "courtesy":
        return True
    if any(ch.isdigit() for ch in name) and not any(t in phrases.CREDIT_WORDS for t in lowered):
        return False
    if _is_sent_via(tokens, lowered):
        return True
    if not all(_fits_name(tok, low) or (low == "by" and previous in phrases.CREDITED_BY_WORDS and following)
               or (low in _LIBRARY_LEADS and following in phrases.PHOTO_LIBRARIES)
               for tok, low, previous, following in zip(tokens, lowered, ["", *lowered], [*lowered[1:], ""])):
        return False  # "Express Photo by Jithendra M", "Provided by …", "Jane Doe on Unsplash" are names; a closing "by" none
    if marked or _names_a_source(lowered, name):
        return looks_like_name_word(tokens[0]) or lowered[0] in phrases.CREDIT_WORDS or _is_handle(tokens[0])
    # Two to five name words; "Jane Doe for The Velma Courier": a freelancer's, then the paper's.
    person = lowered.index("for") if "for" in lowered else len(tokens)
    return 2 <= person <= 5 and len(tokens) - person <= 6 and looks_like_name_word(tokens[-1])


def _lowered(tokens: list[str]) -> list[str]:
    """A credit's words case-folded and without brackets, quotes or a
    label's colon (``Screen capture: Kan``), as the vocabulary is written."""
    return [t.strip("()'\"’").rstrip(":").casefold() for t in tokens if t]


def _is_permission_note(lowered: list[str]) -> bool:
    """``Screenshot used in accordance with Clause 27a of the Copyright
    Law``: what a picture is and the law or permission it is used under,
    a credit with no source to name."""
    if lowered[0] not in phrases.PERMISSION_NOTE_SUBJECTS:
        return False
    return any(" ".join(lowered[start : start + 6]).startswith(phrases.PERMISSION_NOTES) for start in (1, 2))


def _is_sent_via(tokens: list[str], lowered: list[str]) -> bool:
    """``Hamas military wing via AP``: a source in any words, capitalised
    first, then the agency or picture desk it came through, in credit
    words alone ("Apply online via Gov.uk" names none)."""
    if "via" not in lowered[1:-1]:
        return False
    via = lowered.index("via", 1)
    return (looks_like_name_word(tokens[0]) and all(token.isalpha() for token in tokens[1:via])
            and all(low in phrases.CREDIT_WORDS or low in phrases.WIRE_SERVICES for low in lowered[via + 1 :]))  # fmt: skip


def _names_a_source(lowered: list[str], name: str) -> bool:
    """Credit vocabulary (``courtesy`` among it) or a ``person/agency``
    slash: a source by what it says, not only by capitalised words."""
    return "/" in name or any(t in phrases.CREDIT_WORDS for t in lowered)


def _is_handle(token: str) -> bool:
    """A social media account (``@janedoe``): a name, though written in lower case."""
    return len(token) > 1 and token[0] == "@" and token[1:].replace("_", "").replace(".", "").isalnum()


def _fits_name(token: str, lowered: str) -> bool:
    return (
        looks_like_name_word(token)
        or _is_handle(token)
        or lowered in phrases.CREDIT_WORDS
        or lowered in phrases.NAME_PARTICLES
        or lowered in phrases.NAME_JOINERS
        or any(ch.isdigit() for ch in token)
    )
