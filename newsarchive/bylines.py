"""Byline lines: ``By Jane Doe``, ``By Jane Doe and John Roe | Nov 16, 2023``.

A line is a byline only when all of it parses: ``By`` (or ``Written by``,
``Story by``, ``Posted by``, ``Words:``, a story's label and "by", ``Opinion
by``, ``Analysis by``, or ``Par``, ``Von``, ``Por``), then names — capitalised words, initials,
particles such as ``van`` or ``al``, joined by ``and``, ``&`` or commas,
optionally an agency after a comma — then optionally a date after ``|``, a
dash, ``·``, ``on``, a comma or a plain space.  So "By Monday, the team had
left." stays prose.  The name is kept as written, without the place the
reporter filed from (``By Jane Doe in Paris`` → ``Jane Doe``), the venue
reported from (``at Elmfield Park``), a job title (``By Jane Doe, Science
Correspondent``, ``(Lisbon correspondent)``) or the credits of others on the
line (``| Edited by John Roe``): none of them is an author.  A desk's
credit (``From staff reports``) is a byline too, as ``By The Associated
Press`` is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import phrases
from .boilerplate import is_reading_time
from .dates import MONTH_OPENINGS, is_clock_time, parse_date, parse_stamp_date
from .shapes import looks_like_name_word

# "By" and its French, German and Spanish forms ("Par", "Von", "Por"), also
# for the writer who took the pictures ("Words and pictures by", "Text and photos by").
_BY = re.compile(
    r"(?:(?:(?:(?:written|words|reporting|story|interview|text|posted|opinion|analysis|commentary|guest\scolumn"
    r"|(?:words|text|story)\s(?:and|&)\s(?:pictures|photos|photographs|photography))\s)?by"
    r"|par|von|por)\s?:?|words\s?:)\s",
    re.IGNORECASE,
)
_DATE_SEPARATORS = ("|", " — ", " – ", " - ", " · ", " • ", " on ")
# A credit opens the line or follows a mark ("; ", ", ", " | ", " / ") or
# "and", maybe after "with", which may follow the names alone ("…, with
# additional reporting by …", "… with additional reporting by …").
_ROLE = re.compile(
    r"(?:^|[ ]?[;,|/][ ]?|[ ]and[ ]|[ ](?=with[ ]))(?:with[ ])?(" + "|".join(re.escape(r) for r in phrases.NEWSROOM_ROLES) + r") by ",
    re.IGNORECASE,
)


def _first_letters(words: tuple[str, ...]) -> str:
    """The letters these words open with, in both cases: a line opening with
    none of them is passed over without a regular expression."""
    return "".join(sorted({word[0].lower() for word in words} | {word[0].upper() for word in words}))


def _first_three_letters(words: tuple[str, ...]) -> frozenset[str]:
    """The three letters these words open with, in every case: one look-up, where
    fewer would let every line opening with "Pa" or "The" through."""
    return frozenset(
        first + second + third
        for word in words
        for first in {word[0].lower(), word[0].upper()}
        for second in {word[1].lower(), word[1].upper()}
        for third in {word[2].lower(), word[2].upper()}
    )


# Most lines open with none of these and stop at their first characters.
TIMESTAMP_OPENINGS = _first_three_letters(phrases.TIMESTAMP_LEADS)
# Characters in which the longest lead stands.
_LEAD_REACH = max(map(len, phrases.DATE_LEADS))
CREDIT_FIRST = "(" + _first_letters(phrases.NEWSROOM_ROLES)
_OPENS_CREDIT = re.compile(
    r"\(?(?:with )?(?:" + "|".join(re.escape(r) for r in phrases.NEWSROOM_ROLES) + r") by ", re.IGNORECASE
)
# The longest newsroom credit line looked at.
MAX_CREDIT_LINE_CHARS = 400
# A byline is a short line; longer ones are prose and are not looked at further.
MAX_BYLINE_CHARS = 200
# The first letters _BY can match, whatever the case ("" lets an empty line through).
_BY_FIRST = "wWrRbBsSpPvViItToOaAcCgG"
# "Interview by", "Text by", a story's label and "by" ("Opinion by", "Analysis
# by"): lines opening with these letters are many, these few.
_RARE_BY_FIRST = "iItToOaAcCgG"
_RARE_BY = ("interview by", "text by", "text and ", "text & ", "opinion by", "analysis by", "commentary by",
            "guest column by")  # fmt: skip
_RARE_BY_OPENINGS = _first_three_letters(_RARE_BY)
_FOREIGN_BY = ("par", "von", "por")
# "Posted by": of the lines opening with P, the one English lead.
_POSTED_BY = "posted by"
_READING_TIME_SEPARATORS = (" • ", " · ", " | ", " — ", " – ", " - ")


@dataclass(frozen=True)
class Byline:
    author: str  # empty for a dateline, and for a byline naming a site's account ("by admin")
    date: str | None  # None for a byline without a date or a timestamp with only a time
    date_raw: str | None
    warnings: tuple[str, ...] = ()
    # What else the byline's line held, cut from the author ("Edited by John Roe",
    # "Staff Writer", an email), for ``boilerplate``.
    credits: tuple[str, ...] = ()


# A desk's credit standing for a byline: "From staff reports", "Staff Report",
# "From staff and wire reports".  Fixed words, so prose never reads so.
_DESK = r"(?:staff|wire|wire service|news service|news services|agency)"
_STAFF_REPORT = re.compile(r"(?:from |by )?(" + _DESK + r"(?: and " + _DESK + r")? reports?)\.?", re.IGNORECASE)
MAX_STAFF_REPORT_CHARS = 60


def parse_byline(line: str, *, day_first: bool = True) -> Byline | None:
    """The byline on this line, or None when the line is anything else.

    A desk's credit (``From staff reports``, ``Staff Report``) is a byline
    whose author is the desk as written after its lead, as ``By The
    Associated Press`` gives ``The Associated Press``: the story's source,
    named by the page, so ``author`` is not null and the line leaves the
    body (not read as the standfirst).  A site's account in place of the
    names (``Posted on November 16, 2023 by admin``) names no author: the
    line is a byline all the same, with an empty ``author`` and the account
    in ``credits`` (``_naming_a_site_account``).
    """
    if len(line) > MAX_BYLINE_CHARS * 2:
        return None
    if len(line) <= MAX_STAFF_REPORT_CHARS and ("eport" in line or "EPORT" in line):
        desk = _STAFF_REPORT.fullmatch(" ".join(line.split()))
        if desk:
            return Byline(desk.group(1), None, None)
    if ((line[:3] in STAMP_OPENINGS or line[:1].isdigit()) and len(line) <= MAX_BYLINE_CHARS
            and any(by in line for by in _BY_WORDS)):  # most stamps and numbers name no one after them
        dated = _date_then_names(" ".join(line.split()), day_first)
        if dated is not None:
            return _naming_a_site_account(dated)
    first = line[:1]
    if first.isspace():
        first = line.lstrip()[:1]
    if first not in _BY_FIRST:
        return None
    foreign = first in "pPvV" and not line[:12].lstrip().casefold().startswith(_POSTED_BY)
    if foreign and line[:8].lstrip()[:3].casefold() not in _FOREIGN_BY:
        return None  # "President …", "Voters …": many lines open so, few are bylines
    if first in _RARE_BY_FIRST and (
        line[:20].lstrip()[:3] not in _RARE_BY_OPENINGS or not line[:20].lstrip().casefold().startswith(_RARE_BY)
    ):
        return None
    if _cannot_fit(line):
        return None  # most long lines are passed over by their first letters, before their spacing is read
    text = " ".join(line.split())
    if len(text) > MAX_BYLINE_CHARS:
        return None
    opening = _BY.match(text)
    if not opening:
        return None
    rest, credit = _without_next_credits(_without_reading_time(text[opening.end() :]))
    if credit and text[:9].casefold() == "reporting":
        return None  # "Reporting by …; Editing by …" lists a wire's contributors, not its writer: a credit tail
    rest, photo_credit = _without_photo_credit(rest)
    rest, credits = _without_notes(rest)
    rest, update = _without_update_note(rest)
    rest, button = _without_page_buttons(rest)
    credits = (*credits, *filter(None, (update, photo_credit, button)))
    if foreign and " " not in rest.strip():
        return None  # "Von Trapp": a foreign "by" needs a full name after it
    found = _names_and_date(rest, day_first)
    if credit:
        credits = (*credits, credit)
    return _naming_a_site_account(replace(found, credits=(*found.credits, *credits)) if found and credits else found)


def _naming_a_site_account(byline: Byline | None) -> Byline | None:
    """A byline whose names are a site's account (``_is_site_account``) with
    no author, the account going to ``credits``: who pressed "publish" is
    not who wrote the story."""
    if byline is None or not _is_site_account(byline.author):
        return byline
    return replace(byline, author="", credits=(*byline.credits, byline.author))


# Words that name a newsroom's desk or job as well as a site's account.
_DESK_WORDS = phrases.OUTLET_WORDS | phrases.JOB_TITLES


def _is_site_account(names: str) -> bool:
    """``admin``, ``Webmaster``, ``editor``: a publishing system's account
    (``phrases.SITE_ACCOUNTS``).  One that may name a desk counts only in
    lower case, as the system prints its logins: ``By Staff`` and ``By
    Newsroom`` name the desk, as ``Staff Report`` does, and stay."""
    key = names.casefold()
    return key in phrases.SITE_ACCOUNTS and (names.islower() or _DESK_WORDS.isdisjoint(key.split()))


# How a stamp opens, but for a digit: a timestamp lead or a month, as printed.
STAMP_OPENINGS = TIMESTAMP_OPENINGS | {form for month in MONTH_OPENINGS for form in (month, month.title(), month.upper())}
# What parts a date from the names after it: "by", or a French, German or Spanish "by".
_BY_AFTER_DATE = (" by ", " par ", " von ", " por ")
_BY_WORDS = tuple(by.strip() for by in _BY_AFTER_DATE)  # found in a line before its spacing is made plain


def _date_then_names(text: str, day_first: bool) -> Byline | None:
    """A byline written date first: ``Posted on November 16, 2023 by Sarah
    Kim``, ``16 novembre 2023 par Marie Martin``.  The part before "by"
    must be a stamp (a date, a time or an age after an optional lead) and
    the part after it a byline's names, so "16 people were hurt by Hamas"
    and "2023 was marked by Jane Doe" stay prose."""
    for by in _BY_AFTER_DATE:
        head, found, names = text.rpartition(by)
        if found:
            break
    else:
        return None
    if not _holds_digit(head):
        return None
    names, credits = _without_notes(names.rstrip("."))
    author = _byline_author(names)
    if author is None:
        return None
    raw = _strip_date_lead(head)
    iso, warnings = parse_date(raw, day_first=day_first)
    if iso is not None or impossible_date(warnings):
        return Byline(author, iso, raw, tuple(warnings), credits)
    return Byline(author, None, raw, credits=credits) if _is_time_or_age(raw) else None


def _names_and_date(rest: str, day_first: bool) -> Byline | None:
    """A byline's names after its "By", maybe with a date after them."""
    for separator in _DATE_SEPARATORS:
        if separator in rest:
            name, tail = rest.split(separator, 1)
            dated = _dated(name, tail, day_first, stamp=True)
            if dated:
                return dated
    # A comma, then a plain space: "By Jane Doe 2023-11-16" has no other separator.
    # A date holds a digit; without one, only the name list is left to check.
    for separator in (",", " ") if _holds_digit(rest) else ():
        for index, char in enumerate(rest):
            if char == separator:
                dated = _dated(rest[:index], rest[index + 1 :], day_first)
                if dated:
                    return _without_closing_note(dated)
    author = _byline_author(rest)
    return Byline(author, None, None) if author else None


def _without_closing_note(byline: Byline) -> Byline:
    """``By Jane Doe Staff Writer Nov 16, 2023``: with no mark before the date,
    the job (or the outlet) closing the names was read with them; it leaves
    the author for ``credits``, as it does before a mark."""
    note = _closing_note(byline.author)
    if not note:
        return byline
    return replace(byline, author=byline.author[: -len(note)].rstrip(), credits=(*byline.credits, note))


def _byline_author(names: str) -> str | None:
    """The author these words name, or None when they are not a byline's names.

    Names (``is_name_list``), maybe followed by what is said about the
    author and is not a name: a job in any case after a comma (``Owen Hale,
    Midlands correspondent``), the venue reported from (``Declan Moyes at
    the Etihad Stadium``, as ``in Manchester`` is the place filed from), or a
    bracket describing the author (``Anke de Vries (Lisbon correspondent)``,
    ``Claire Vautrin (correspondante à Lorvanne)``).
    """
    if is_name_list(names):
        return _author(names)
    if _is_desk_credit(names):
        return names
    if _is_site_account(names):
        return names  # "by admin": a byline, whose account ``_naming_a_site_account`` tells from a name
    head, comma, job = names.rpartition(",")
    if comma and _is_job_in_any_case(job) and is_name_list(head):
        return _author(head.rstrip())
    head, at, venue = names.rpartition(" at ")
    if at and is_name_list(head) and _is_venue(venue):
        return _author(head)
    head, bracket, description = names.rpartition(" (")
    if bracket and description[-1:] == ")" and is_name_list(head) and _describes_author(description[:-1]):
        return _author(head)
    return None


def _is_desk_credit(names: str) -> bool:
    """``TOI staff and Agencies``, ``Echo staff``: a newsroom's name, then its
    desks in the page's own case (``phrases.CONTRIBUTING_DESKS``)."""
    words = names.split()
    return (
        1 < len(words) <= phrases.MAX_BYLINE_WORDS
        and looks_like_name_word(words[0])
        and any(word in phrases.CONTRIBUTING_DESKS for word in words[1:])  # a desk in lower case: "staff"
        and all(looks_like_name_word(word) or word.casefold() in phrases.CONTRIBUTING_DESKS
                or word in phrases.DESK_JOINERS for word in words)  # fmt: skip
    )


def _is_venue(text: str) -> bool:
    """``Elmfield Park``, ``the Etihad Stadium``: a named place, maybe after "the".

    Capitalised words only, so "at the end" and "at the stadium" stay prose.
    """
    if text[:4].casefold() == "the ":
        text = text[4:]
    return len(text.split()) <= _MAX_VENUE_WORDS and is_name_list(text)


def _describes_author(text: str) -> bool:
    """What a bracket closing a byline says of the author: a job, maybe with its
    place, in any language (``Lisbon correspondent``, ``correspondante à
    Lorvanne``).  A few words of letters and no clause: "(who said so)",
    "(and others)" and "(see page 4)" are not."""
    words = text.split()
    return 0 < len(words) <= phrases.MAX_JOB_TITLE_WORDS and all(
        word.replace("-", "").replace("'", "").replace("’", "").isalpha() and word.casefold() not in _CLAUSE_WORDS
        for word in words
    )


# Words a clause has and a job title does not ("who said the editor").
_CLAUSE_WORDS = frozenset({"the", "a", "an", "who", "which", "that", "and", "or", "to", "with"}) | phrases.REPORTING_VERBS


def _is_job_in_any_case(text: str) -> bool:
    """A job after a byline's names, as some pages write it, in lower case:
    ``Midlands correspondent``, ``political editor``; not a clause."""
    words = text.split()
    return (0 < len(words) <= phrases.MAX_JOB_TITLE_WORDS and words[-1].casefold() in phrases.JOB_TITLES
            and all(word.isalpha() and word.casefold() not in _CLAUSE_WORDS for word in words))  # fmt: skip


# After the names and a mark, a photographer's credit ("Words by Sam Lee,
# photographs by Ana Cruz", "Story by Sam Lee • Photos by Ana Cruz", "Words:
# Sam Lee | Pictures: Ana Cruz").
_PHOTO_CREDIT = re.compile(
    r"(?:[,;]|[ ][|/·•—–-])[ ](?:photographs|photography|photos|pictures|illustrations|images)(?:[ ]by|[ ]?:)[ ]",
    re.IGNORECASE,
)
_MARKS = " ,;|/·•—–-"
# An email or an account ("mhalverson@example.com", "(@samlee)"), maybe
# after its network's name or "Email" ("Twitter: @samlee", "X @samlee").
_CONTACT_LABEL = "|".join(sorted(map(re.escape, phrases.SOCIAL_NETWORKS | {"email", "e-mail"}), key=len, reverse=True))
_CONTACT_TEXT = (rf"(?:(?i:{_CONTACT_LABEL}) ?:? )?"
                 r"(?:\(?@[\w.]{1,40}\)?|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})")  # fmt: skip
_CONTACT = re.compile(r"[ ](?:" + _CONTACT_TEXT + r")$")
_CONTACT_ALONE = re.compile(_CONTACT_TEXT)
# Marks parting a byline's names from what is said of their author: a bar,
# a slash, a dash or a dot between spaces, a comma.
_NOTE_MARKS = re.compile(r"[ ]?\|[ ]?|[ ][/—–·•-][ ]|,[ ]?")
# Marks a call sign past a byline's names stands after ("| KTVB", "- AFP"): a comma's are the source's.
_CALL_SIGN_MARK = re.compile(r"\||[ ][/—–·•-][ ]")
_SPECIAL_TO = "special to "
# Words one of which every note but a contact holds: most bylines hold none.
_NOTE_WORDS = phrases.JOB_TITLES | phrases.OUTLET_WORDS | phrases.WIRE_SERVICES | {_SPECIAL_TO.split()[0]}


def _without_photo_credit(rest: str) -> tuple[str, str]:
    """The names without a photographer's credit after them, and that
    credit, for ``boilerplate`` ("" when there is none): who took the
    pictures did not write the story."""
    credit = _PHOTO_CREDIT.search(rest)
    if credit is None:
        return rest, ""
    return rest[: credit.start()], rest[credit.start() :].lstrip(_MARKS)


def _without_notes(rest: str) -> tuple[str, tuple[str, ...]]:
    """The names (and the date) without what the line says of their author,
    and the notes cut, in their order, for ``boilerplate``: the author is
    the names alone.

    A note is a part between marks (``_NOTE_MARKS``) that is an email or an
    account, a job (``Staff Writer``, ``Midlands correspondent``) or
    ``Special to`` a newsroom, or, past a mark other than a comma, an
    outlet's name, call sign or news agency (``Kyle Dorsey | The Ashford
    Times``, ``Jane Doe | KTVB``, ``Jane Doe | Reuters``): ``By JANE DOE,
    Reuters`` names the story's source and
    keeps it.  An email or an account closing the line is a note after a
    plain space too (``By MIKE HALVERSON mhalverson@example.com``).  Job
    titles between the names of a shared byline go as well (``Claire
    Dubois, Europe Correspondent, and Elena Varga, Data Reporter``), and so
    do a job or an outlet closing the names with no mark between
    (``_closing_job``, ``_closing_outlet``).
    """
    if "@" not in rest and _NOTE_WORDS.isdisjoint(rest.casefold().replace(",", " ").replace("|", " ").split()) and not (
        _CALL_SIGN_MARK.search(rest) and any(map(_is_call_sign, rest.replace("|", " ").split()))
    ):
        return rest, ()
    contact = _CONTACT.search(rest) if "@" in rest else None
    if contact:
        rest = rest[: contact.start()].rstrip(" |/—–·•-,")
    notes: list[str] = []
    first_mark = _NOTE_MARKS.search(rest)
    names_end = first_mark.start() if first_mark else len(rest)
    job = _closing_note(rest[:names_end])
    if job:
        rest = rest[: names_end - len(job)].rstrip() + rest[names_end:]
        notes.append(job)
    marks = list(_NOTE_MARKS.finditer(rest))
    if marks:
        kept = [rest[: marks[0].start()]]
        for mark, after in zip(marks, [*marks[1:], None]):
            part = rest[mark.end() : after.start() if after else len(rest)]
            if _is_note(part, after_comma=mark.group().strip() == ","):
                notes.append(part)
            else:
                kept.append(mark.group() + part)
        if notes:
            rest = "".join(kept)
    if contact:
        notes.append(contact.group().strip())
    return rest, tuple(notes)


def _closing_note(names: str) -> str:
    """A job or an outlet closing the names with no mark between
    (``_closing_job``, ``_closing_outlet``); "" when they close in neither."""
    return _closing_job(names) or _closing_outlet(names)


def _closing_job(names: str) -> str:
    """``Peter Walker Deputy political editor`` → ``Deputy political editor``:
    a job printed after the names with no mark between, told from them by
    its case: a word in capitals, then words in lower case, the last a
    newsroom job; "" when the names close in none.  A job in title case
    is told by its words instead (``_closing_title_case_job``)."""
    words = names.split()
    if len(words) < 4:
        return ""
    if words[-1] not in phrases.JOB_TITLES:  # in lower case: a title-case job is no member
        return _closing_title_case_job(words) if names.endswith(words[-1]) else ""
    at = len(words) - 1
    while at > 2 and words[at - 1].islower():
        at -= 1
    at -= 1
    job = " ".join(words[at:])
    if not (words[at][:1].isupper() and words[at].isalpha() and _is_job_in_any_case(job) and names.endswith(job)):
        return ""
    return job


def _closing_outlet(names: str) -> str:
    """``JANE DOE Associated Press`` → ``Associated Press``: the outlet printed
    after names in capitals with no mark between, told from them by its
    case (title case, closing in a newsroom word: ``_is_outlet_name``);
    "" when the names close in none."""
    words = names.split()
    at = len(words)
    while at > 0 and not words[at - 1].isupper():
        at -= 1
    outlet = " ".join(words[at:])
    if at < 2 or not outlet or not _is_outlet_name(outlet) or not names.endswith(outlet):
        return ""
    if not all(word.isupper() or word in phrases.NAME_JOINERS for word in words[:at]):
        return ""
    return outlet


def _closing_title_case_job(words: list[str]) -> str:
    """``Jane Doe Staff Writer`` → ``Staff Writer``, ``Peter Walker Senior
    Political Correspondent`` → ``Senior Political Correspondent``: a
    newsroom job after words that qualify one (``phrases.JOB_QUALIFIERS``),
    all capitalised, with two name words or more before them.  Without a
    qualifier the job may be a surname ("Mary Anne Writer"), and a name
    word that qualifies a job stays a name ("Jane Money Reporter"): ""."""
    if words[-1].casefold() not in phrases.JOB_TITLES:
        return ""
    at = len(words) - 1
    while at > 0 and words[at - 1].casefold() in phrases.JOB_QUALIFIERS:
        at -= 1
    if at == len(words) - 1 or at < 2:
        return ""
    job = words[at:]
    if not all(word[:1].isupper() and word.isalpha() for word in job):
        return ""
    return " ".join(job)


def _is_note(part: str, *, after_comma: bool) -> bool:
    """What a byline's part past the names may say of their author (see ``_without_notes``)."""
    words = part.split()
    if not words:
        return False
    if words[-1].casefold() in phrases.JOB_TITLES and (is_name_list(part) or _is_job_in_any_case(part)):
        return True
    outlet = not after_comma and (_is_outlet_name(part) or _is_call_sign(part) or part.strip().casefold() in phrases.WIRE_SERVICES)
    return outlet or _is_special_to(part) or _is_contact(part)


def _is_special_to(text: str) -> bool:
    """``Special to The Ashford Times``: a freelance's credit, naming the newsroom."""
    return text[: len(_SPECIAL_TO)].casefold() == _SPECIAL_TO and is_name_list(text[len(_SPECIAL_TO) :])


def _is_contact(text: str) -> bool:
    return _CONTACT_ALONE.fullmatch(text) is not None


def is_about_author(line: str) -> bool:
    """A line under a byline saying what its author is or how to reach them:
    a job (``Staff Reporter``), the outlet (``BBC News, Corvell``), ``Special
    to The Ashford Times``, an email or an account (``dmercer@example.com``)."""
    line = line.strip()
    return is_job_title(line) or is_outlet_line(line) or _is_special_to(line) or _is_contact(line)


def _without_next_credits(rest: str) -> tuple[str, str]:
    """``Anand Kulkarni | Edited by Shreya Menon`` → ``Anand Kulkarni``,
    ``Edited by Shreya Menon``.

    The other roles credited on the byline's line (after ``|``, ``/``,
    ``,``, ``;`` or "and": ``Edited by``, ``Additional reporting by`` …)
    name who else worked on the story, not its author, as a credit on the
    line under a byline does (``is_newsroom_credit``).  They leave only when
    they cover the rest of the line, each a role, "by" and names: "Written
    by hand, edited by no one" keeps its words.  The credits that left come
    second ("" when none did), so that they are listed, not lost.
    """
    for role in _ROLE.finditer(rest):
        if role.start() > 0:
            if _credit_roles(rest[role.start() :]) is None:
                return rest, ""
            return rest[: role.start()].rstrip(), rest[role.start() :].strip(" ,;|/")
    return rest, ""


def _without_reading_time(rest: str) -> str:
    """``Jane Doe • Published Nov 16, 2023 • 5 min read`` without its reading time."""
    if not _holds_digit(rest):
        return rest
    for separator in _READING_TIME_SEPARATORS:
        head, found, last = rest.rpartition(separator)
        if found and head and is_reading_time(last):
            return head
    return rest


def is_job_title(line: str) -> bool:
    """``Staff Reporter``, ``Chief Political Correspondent``: a job on the line under a byline.

    A few capitalised words ending in a newsroom job (``phrases.JOB_TITLES``),
    which alone may be in lower case (``Staff reporter``); no article opens
    it: "The editor" and "She wrote to the editor" are prose.
    """
    words = line.split()
    if not 0 < len(words) <= phrases.MAX_JOB_TITLE_WORDS or words[-1].casefold() not in phrases.JOB_TITLES:
        return False
    if words[0].casefold() in phrases.NOT_NAMES:
        return False
    return all(word.isalpha() and looks_like_name_word(word) for word in words[:-1]) and words[-1].isalpha()


# Words of an outlet's name under a byline ("The Daily Example Morning News").
_MAX_OUTLET_WORDS = 5


def is_outlet_line(line: str) -> bool:
    """``BBC News``, ``BBC News, Corvell``, ``Business reporter, BBC News``:
    the outlet a byline's author writes for, on the line under it.

    An outlet's name is a few capitalised words closing in a newsroom word
    (``phrases.OUTLET_WORDS``: News, Times, Press …); a place or a job may
    stand before or after it, past one comma.  "News of the closure spread
    fast." is prose: its lower-case words are no name; "Times Square" and
    "Post Office Closures" name no newsroom.
    """
    parts = line.strip().split(", ")
    if len(parts) > 2 or len(line) > MAX_BYLINE_CHARS:
        return False
    for at, part in enumerate(parts):
        if _is_outlet_name(part):
            other = parts[1 - at] if len(parts) == 2 else ""
            return not other or _is_place(other) or is_job_title(other) or _is_job_in_any_case(other)
    return False


def _is_outlet_name(text: str) -> bool:
    words = text.split()
    return (0 < len(words) <= _MAX_OUTLET_WORDS and words[-1].casefold() in phrases.OUTLET_WORDS
            and all(word.isalpha() and word[0].isupper() for word in words))  # fmt: skip


def parse_dateline(line: str, *, day_first: bool = True, cleaned: bool = False) -> Byline | None:
    """A line that is only a date (``Updated: Nov 16, 2023``) or an age
    (``2 hours ago``), as a byline without author; or a stamp of several
    parts (see ``_read_stamp``).  An age gives no date.  A ``cleaned`` line
    (of text that ``text.clean`` made: single spaces, no other whitespace)
    has no spaces to collapse."""
    if cleaned:
        text = line.strip()
    elif _cannot_fit(line):
        return None
    else:
        text = " ".join(line.split())
    if not text or len(text) > MAX_BYLINE_CHARS or not (_holds_digit(text) or text.endswith(_AGO)):
        return None
    text = _without_update_note(text)[0]
    raw = _strip_date_lead(text)
    iso, warnings = parse_date(raw, day_first=day_first)
    if iso is not None or impossible_date(warnings):
        return Byline("", iso, raw, tuple(warnings))
    if _is_age(raw):
        return Byline("", None, raw)  # "2 hours ago": the head's stamp, though it gives no date
    return _read_stamp(text, day_first)


# How far into a line a wire's dateline may stand after the page's stamp,
# and the longest agency in its brackets ("(Reuters)", "(CNN Business)").
MAX_STAMP_BEFORE_WIRE_CHARS = 120
_MAX_AGENCY_CHARS = 30
_MAX_AGENCY_WORDS = 3
# An agency's initials ("(CNN)", "(AFP)"), also in lower case ("(dpa)").
_MAX_AGENCY_INITIALS = 5
_WIRE_DASHES = ("- ", "— ", "– ")
# Parts of a wire's dateline between its commas: the place, a region, the day.
_MAX_WIRE_PLACE_PARTS = 3


def stamp_before_wire_dateline(line: str, *, day_first: bool = True) -> tuple[Byline, str] | None:
    """The page's stamp run into the wire's dateline that opens the story, and
    the story from that dateline on: ``November 16, 2023 10:04 AM UTC LONDON,
    Nov 16 (Reuters) - The bank …`` → the stamp of ``November 16, 2023 10:04
    AM UTC`` and ``LONDON, Nov 16 (Reuters) - The bank …``.

    The dateline is a place (words opening in capitals, maybe a region and
    the day after commas), the agency in brackets and a dash, the place or
    the agency in capitals (``LONDON (Reuters)``, ``Washington (CNN)``):
    "Council Meeting (Public Session) - …" is no dateline.  What stands
    before it must be a stamp with a date, the longest that reads so (``…
    10:04 AM UTC`` keeps its zone); "16 people died in LONDON (Reuters) -"
    opens with none.  None for any line but such a one.
    """
    bracket = line.find(" (", 0, MAX_STAMP_BEFORE_WIRE_CHARS)
    close = line.find(")", bracket, bracket + _MAX_AGENCY_CHARS) if bracket > 0 else -1
    if close < 0 or not line[close + 1 : close + 4].lstrip(" ").startswith(_WIRE_DASHES):
        return None
    agency = line[bracket + 2 : close]
    initials = _is_initials(agency)
    if not (initials or _is_agency_name(agency)):
        return None
    words = line[:bracket].split(" ")
    for start in range(len(words) - 1, 0, -1):
        place = " ".join(words[start:])
        if not (_is_wire_place(place) and (initials or place.partition(",")[0].isupper())):
            continue
        stamp = " ".join(words[:start])
        found = parse_dateline(stamp, day_first=day_first)
        if found is not None and found.date is not None:
            return found, line[len(stamp) :].lstrip()
    return None


def _is_initials(text: str) -> bool:
    """``CNN``, ``AP``, ``dpa``: an agency's initials, in capitals or, as some print them, in lower case."""
    return len(text) <= _MAX_AGENCY_INITIALS and text.isalpha() and (text.isupper() or text.islower())


def _is_agency_name(text: str) -> bool:
    """``Reuters``, ``CNN Business``: a few capitalised words; "(in the end)" is an aside."""
    words = text.split()
    return 0 < len(words) <= _MAX_AGENCY_WORDS and all(word.isalpha() and word[0].isupper() for word in words)


def _is_wire_place(text: str) -> bool:
    """``LONDON``, ``HARWICK, England, Nov 16``, ``Washington``: a dateline's
    place in capitalised words, then maybe a region and the day."""
    parts = text.split(", ")
    if len(parts) > _MAX_WIRE_PLACE_PARTS or not _is_place_name(parts[0]):
        return False
    return all(_is_place_name(part) or _is_day_of_month(part) for part in parts[1:])


def _is_place_name(text: str) -> bool:
    """``NEW YORK``, ``St. Louis``, ``D.C.``: a few words opening in capitals, of letters and dots."""
    words = text.split()
    return 0 < len(words) <= _MAX_PLACE_WORDS and all(
        word[:1].isupper() and word.replace(".", "").replace("-", "").replace("'", "").isalpha() for word in words
    )


def _is_day_of_month(text: str) -> bool:
    """``Nov 16``, ``Nov. 16``, ``16 November``: a wire dateline's day."""
    words = text.split()
    if len(words) != 2:
        return False
    day, month = words if words[0].isdigit() else reversed(words)
    return len(day) <= 2 and day.isdigit() and month.rstrip(".").isalpha() and month[:3].casefold() in MONTH_OPENINGS


# A timestamp lead as a page prints it opening a stamp ("Updated", "UPDATED",
# "Last Updated"), and the words that open a longer lead ("first", "last"):
# "First Published" opens one stamp, not two.
_PRINTED_LEADS = sorted({form for lead in phrases.TIMESTAMP_LEADS
                         for form in (lead[:1].upper() + lead[1:], lead.title(), lead.upper())},
                        key=len, reverse=True)  # fmt: skip
_LONGER_LEAD_OPENINGS = sorted({lead.rsplit(" ", 1)[0] for lead in phrases.TIMESTAMP_LEADS
                                if " " in lead and lead.rsplit(" ", 1)[1] in phrases.TIMESTAMP_LEADS})  # fmt: skip
# Marks between the parts of a stamp: "Published 10:04 | Updated 12:31",
# "London - 16 November 2023 - 10:04 GMT", "Mar 4, 2024 / 05:12 PM CST"; a
# printed lead opens a part of its own without one ("… 6:02 AM EDT Updated:
# …"), also touching the part before it, as a scrape joins a page's
# stamps ("… 7:04 AM GMTUpdated 2 hours ago").  Without any, a comma may
# part them ("Published 16 November 2023, updated 17 November 2023").
# The leads' first letters are looked at first: at most positions of a line
# none stands, and the many leads are never tried there.
_PRINTED_LEAD = (r"(?=[" + "".join(sorted({re.escape(lead[0]) for lead in _PRINTED_LEADS})) + r"])"
                 r"(?=(?:" + "|".join(map(re.escape, _PRINTED_LEADS)) + r")\b)")  # fmt: skip
_STAMP_SEPARATORS = re.compile(
    r" (?:[|·•—–/-] |" + _PRINTED_LEAD
    + "".join(f"(?<!(?i:{re.escape(word)}) )" for word in _LONGER_LEAD_OPENINGS) + r")|(?<=[A-Za-z0-9])" + _PRINTED_LEAD
)
# A stamp's leads: the dates' own, and "modifié le" that follows a French "Publié le".
_STAMP_LEADS = (*phrases.DATE_LEADS, "modifiée", "modifié")
# Words of a place filed from ("New Delhi | Updated: …", "Jane Doe in Paris").
_MAX_PLACE_WORDS = 3
# Words of a venue reported from, "the" left out ("at the Stadium of Light").
_MAX_VENUE_WORDS = 5


# The longest note of an update closing a stamp in brackets ("(updated 17 Nov)").
MAX_UPDATE_NOTE_CHARS = 60


def _without_update_note(text: str) -> tuple[str, str]:
    """``16 Nov 2023 (updated 17 Nov)`` → ``16 Nov 2023`` and ``(updated 17
    Nov)``: a page's note that the story changed, in brackets after its
    stamp or the byline's names, opening with a timestamp lead
    (``phrases.TIMESTAMP_LEADS``).  The stamp before it gives the date, as
    a stamp's first date does; the note is the page's, cut for
    ``boilerplate`` ("" when the text closes in none)."""
    if text[-1:] != ")":
        return text, ""  # most stamps and names
    start = text.rfind(" (", -MAX_UPDATE_NOTE_CHARS)
    note = text[start + 2 : -1].lstrip()
    lowered = note[:_LEAD_REACH].casefold()
    if start < 0 or not lowered.startswith(phrases.TIMESTAMP_LEADS):
        return text, ""
    lead = next(lead for lead in phrases.TIMESTAMP_LEADS if lowered.startswith(lead))
    if note[len(lead) : len(lead) + 1].isalpha():
        return text, ""  # "(Updates in brief)"
    return text[:start].rstrip(), text[start + 1 :]


# A page's button or mark the scrape kept in the byline: "Follow" between
# the author's name and the date, "Edited" after the stamp.
_PAGE_BUTTONS = re.compile(r" (?:Follow|FOLLOW)(?= |$)| (?:Edited|EDITED|Updated|UPDATED)$")


def _without_page_buttons(rest: str) -> tuple[str, str]:
    """``Lazar Berman Follow 16 November 2023`` → ``Lazar Berman 16 November
    2023`` and ``Follow``: no word of the names nor of the date."""
    found = _PAGE_BUTTONS.search(rest)
    if found is None or found.start() == 0:
        return rest, ""
    return rest[: found.start()] + rest[found.end() :], found.group().strip()


# How an age without a digit ends ("an hour ago").
_AGO = ("ago", "ago.", "AGO")


def _read_stamp(text: str, day_first: bool) -> Byline | None:
    """A stamp of several parts: ``PUBLISHED: 10:04, 16 August 2023 |
    UPDATED: 12:31, 16 August 2023``, ``Updated March 4, 2024 — 5.47pm,
    first published at 11.02am``, ``16 November 2023 · 4 min read``,
    ``New Delhi | Updated: November 16, 2023 10:04``, ``London - 16 November
    2023 - 10:04 GMT``, ``Publié le 16 novembre 2023 à 14h05, modifié le
    16 novembre 2023 à 17h32``.

    Every part must be a date, a time or an age (each after an optional
    lead), or a reading time; the first part may be a place when more
    follow.  Prose never reads so.  The first date is the stamp's date
    (None when the parts hold times only), with the time of the part right
    after it when that part is a time alone (``16 November 2023 | 10:04 GMT``).
    Parts are split at a bar, a dash or a dot between spaces; on a line with
    none, at ", ", two pieces reading together as one date when they must
    (``London, November 16, 2023``)."""
    parts = _STAMP_SEPARATORS.split(text)
    comma = len(parts) < 2
    if comma:
        parts = text.split(", ")
        if len(parts) < 2:
            return None
    stamp: Byline | None = None
    index = 0
    while index < len(parts):
        part = parts[index]
        read = _read_stamp_part(part, index, day_first)
        if read is None and comma and index + 1 < len(parts):
            part = part + ", " + parts[index + 1]  # "November 16, 2023": one date cut at its comma
            read = _read_stamp_part(part, index, day_first)
            index += 1
        if read is None:
            return None
        index += 1
        if read is True or stamp is not None:
            continue
        stamp = read
        if "T" not in read.date and index < len(parts):
            clock = parts[index]  # a time under a lead ("Updated 10:04") is another stamp's
            if is_clock_time(clock):
                iso, warnings = parse_date(read.date_raw + " " + clock, day_first=day_first)
                if iso is not None and iso[:10] == read.date:
                    stamp = Byline("", iso, read.date_raw + " " + clock, tuple(warnings))
    if stamp is None and comma:
        return None  # "Smith, 45": a comma parts no stamp without a date
    return stamp or Byline("", None, text)


def _read_stamp_part(part: str, index: int, day_first: bool) -> Byline | bool | None:
    """One part of a stamp: its date as a Byline, True for a part without
    one that belongs (a time, an age, a reading time, the place first), None
    for anything else."""
    raw = _strip_date_lead(part, _STAMP_LEADS)
    if not raw:
        return None
    if is_reading_time(part) or _is_time_or_age(raw):
        return True
    iso, warnings = parse_stamp_date(raw, day_first=day_first)
    if iso is not None:
        return Byline("", iso, raw, tuple(warnings))
    if ", " in raw and all(_is_time_or_age(_strip_date_lead(piece, _STAMP_LEADS)) for piece in raw.split(", ")):
        return True  # "5.47pm, first published at 11.02am"
    if index == 0 and _is_place(part):
        return True
    return None


def _is_time_or_age(text: str) -> bool:
    return is_clock_time(text) or _is_age(text)


def _is_place(text: str) -> bool:
    """``New Delhi``, ``LONDON``: a few capitalised words, where a reporter filed from."""
    words = text.split()
    return 0 < len(words) <= _MAX_PLACE_WORDS and all(looks_like_name_word(word) and word.isalpha() for word in words)


_DIGIT_BYTES = b"0123456789"


def _holds_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit (``str.isdigit``): in
    ASCII, one of 0-9, told from its bytes in one pass rather than character
    by character."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _DIGIT_BYTES)) < len(data)
    return any(map(str.isdigit, text))


def _cannot_fit(line: str) -> bool:
    """Longer than a byline even with its spaces collapsed, told without splitting.

    Printable text has no whitespace but the space; without a double space,
    collapsing removes at most one space at each end.
    """
    return len(line) > MAX_BYLINE_CHARS + 2 and "  " not in line and line.isprintable()


def _dated(name: str, tail: str, day_first: bool, *, stamp: bool = False) -> Byline | None:
    """The names and the date after them; past a mark (``stamp``), the date may be
    a stamp of several parts (``By Jane Doe | Published Nov 16, 2023 | Updated
    Nov 17, 2023``), whose first date counts, as on a stamp's own line."""
    last = name.rstrip(" ,").rpartition(" ")[2]
    if last.casefold() in phrases.RELATIVE_DAYS and last != name.strip():
        # "By Sam Lee Today, 3:45 pm": the day named from today opens the stamp.
        name, tail = name.rstrip(" ,")[: -len(last)], f"{last}, {tail.strip()}"
    author = _byline_author(name.strip().rstrip(","))
    if author is None:
        return None
    raw = _strip_date_lead(tail.strip())
    if not raw:
        return None
    iso, warnings = (parse_stamp_date if stamp else parse_date)(raw, day_first=day_first)
    if iso is not None or impossible_date(warnings):
        return Byline(author, iso, raw, tuple(warnings))
    if _is_time_or_age(raw):
        return Byline(author, None, raw)  # "By Sam Lee | Updated 2 hours ago": a stamp, though it gives no date
    found = _read_stamp(tail.strip(), day_first) if stamp else None
    return replace(found, author=author) if found else None


def _author(names: str) -> str:
    """The names alone: without the place filed from, nor a job title after the last comma or bar.

    ``Jane Doe, Science Correspondent`` → ``Jane Doe``: a title ending in a
    newsroom job (``phrases.JOB_TITLES``) says what the author does, not who
    it is, also in a closing bracket (``Jane Doe (Lisbon Correspondent)``);
    an agency after the comma or in the bracket (``Jane Doe, Reuters``) is a
    source and stays.
    """
    names = _without_outlet(_without_place(names))
    head, bracket, title = names.rpartition(" (")
    words = title[:-1].split() if title[-1:] == ")" else []
    if bracket and head.strip() and words and words[-1].casefold() in phrases.JOB_TITLES:
        return head.rstrip()
    head, mark, title = max(names.rpartition(","), names.rpartition("|"), key=lambda parts: len(parts[0]))
    if mark and head.strip() and title.split()[-1:] and title.split()[-1].casefold() in phrases.JOB_TITLES:
        return head.rstrip(" ,|")
    return names


# Words of a bare name over a date ("Sam Patel"), and of names with the
# place after them ("Helena Smith and Jon Henley in Paris").
_MAX_BARE_NAME_WORDS = 3
# Where a byline stands, a name may run to four words ("Ana María Ruiz López").
_MAX_BYLINE_NAME_WORDS = 4
MAX_NAMES_OVER_DATE_WORDS = 7


def name_over_date(line: str, *, most_words: int = _MAX_BARE_NAME_WORDS) -> Byline | None:
    """The author a line over a page's date names, as a byline without its
    "By": two or three name words (``Sam Patel``), full names joined by
    "and" or "&" (``Jane Doe and John Roe``), or names and the place
    filed from (``Helena Smith and Jon Henley in Paris`` → ``Helena Smith
    and Jon Henley``).  What a byline's line says of its author may follow
    the names, and is cut as it is there (``Jane Doe, Staff Writer``, ``Mark
    Feld | The Ashford Times``, ``Peter Walker Deputy political editor``, in
    ``credits``); an outlet after a comma names the source and stays, told
    by a newsroom word (``Jane Doe, The Courier``), written as initials or
    a call sign (``Lauren Fox, CNN``, ``Maria Lopez and Tom Reyes, KTVB``)
    or a news agency's name (``Jane Doe, Reuters``, ``Jane Doe, AP``).
    A job or an outlet alone names nobody, and a place's region or state
    ("Los Angeles, California", "Austin, TX") is no outlet.  ``most_words``
    is the most words of a bare name."""
    names = _bare_names(line, most_words)
    if names is not None:
        return Byline(names, None, None)
    rest, notes = _without_notes(line)
    head, comma, outlet = rest.partition(", ")
    if comma and (_is_outlet_name(outlet) or _is_call_sign(outlet) or _is_wire_service(outlet)):
        names = _bare_names(head, most_words)
        return Byline(f"{names}, {outlet}", None, None, credits=notes) if names else None
    names = _bare_names(rest, most_words) if notes else None
    return Byline(names, None, None, credits=notes) if names else None


# A mark parting the names from the stamp on one line ("Lauren Fox, CNN | Nov 16, 2023").
_NAMES_STAMP_MARK = re.compile(r" [|·•—–] ")


def parts_names_from_stamp(line: str) -> bool:
    """Whether a line holds a mark that may part names from a stamp (see
    ``names_then_stamp``): most lines hold none, and where a line stands
    need not be asked."""
    return _NAMES_STAMP_MARK.search(line) is not None


def names_then_stamp(line: str, *, day_first: bool = True, where_byline_stands: bool = False) -> Byline | None:
    """``Lauren Fox, CNN | Nov 16, 2023``, ``Jane Doe, Staff Writer · November
    16, 2023``: the names over the head's date written on its line, after a
    mark, as a byline without its "By": the author as ``name_over_date``
    reads it, what it says of the author in ``credits``, and the stamp's
    date.  Capitalised words alone before the mark are the place filed from
    (``New Delhi | Updated: …``, see ``_read_stamp``), not a name, but on a
    line standing where a byline does (``where_byline_stands``, under the
    headline), where they are a name when they read as one and name no
    place (``Jane Doe | Nov 16, 2023``, not ``New York | Nov 16, 2023``),
    also of four words there (``Ana María Ruiz López | Nov 16, 2023``)."""
    if len(line) > MAX_BYLINE_CHARS:
        return None
    mark = _NAMES_STAMP_MARK.search(line)  # the first mark parts the names; the stamp may hold more
    if mark is None:
        return None
    names, stamp = line[: mark.start()], line[mark.end() :]
    if not _holds_digit(stamp) or (not where_byline_stands and _is_place(names)):
        return None
    author = name_over_date(names, most_words=_MAX_BYLINE_NAME_WORDS if where_byline_stands else _MAX_BARE_NAME_WORDS)
    dated = parse_dateline(stamp, day_first=day_first) if author is not None else None
    if dated is None or dated.date is None:
        return None  # a time or an age alone ("| 2 hours ago"), or a date the calendar lacks: left as it is
    return replace(dated, author=author.author, credits=author.credits)


# Letters of a newsroom's initials or a station's call sign ("CNN", "KTVB"):
# two would be a state's code as often ("Austin, TX").
_CALL_SIGN_LETTERS = (3, 5)


def is_place_filed_from(line: str) -> bool:
    """``San Francisco``, ``LONDON``, ``Austin, TX``: a place alone on the
    line over the head's date, where the story was filed from, maybe with
    its region after a comma; capitalised words that read as a person's
    name (``name_over_date``: "Sam Patel") are none."""
    parts = line.split(", ")
    return len(parts) <= 2 and all(map(_is_place_name, parts)) and name_over_date(line) is None


def _is_call_sign(text: str) -> bool:
    """``CNN``, ``KTVB``, ``WTOP``: a newsroom named by its initials or its call sign."""
    return (_CALL_SIGN_LETTERS[0] <= len(text) <= _CALL_SIGN_LETTERS[1] and text.isalpha() and text.isupper()
            and text not in phrases.PLACE_INITIALS)  # fmt: skip


def _is_wire_service(text: str) -> bool:
    """``Reuters``, ``AP``, ``dpa``: a news agency by its name or initials
    (``phrases.WIRE_SERVICES``), unless a place's code is written so (``PA``)."""
    return text.casefold() in phrases.WIRE_SERVICES and text not in phrases.PLACE_INITIALS


def _bare_names(line: str, most_words: int) -> str | None:
    """Two to ``most_words`` name words, full names joined by "and" or "&", or names
    and the place filed from, without the place; None for anything else, a
    job, an outlet, a place's name (``_names_a_place``) or a page's section
    label (``phrases.KICKERS``: "Special Report") among them."""
    names, found, place = line.partition(" in ")
    if found and not _is_place(place):
        return None
    words = names.split()
    most = MAX_NAMES_OVER_DATE_WORDS if found or _full_names_joined(names) else most_words
    if not (2 <= len(words) <= most and all(word == "&" or word.replace("-", "").replace("'", "").isalpha()
                                            for word in words)):  # fmt: skip
        return None
    if not is_name_list(names) or is_job_title(names) or _is_outlet_name(names) or _names_a_place(words):
        return None
    return None if names.casefold() in phrases.KICKERS else names


def _names_a_place(words: list[str]) -> bool:
    """``New York``, ``Port Velma``, ``Mexico City``: words opening or closing
    as a place's name does (``phrases.PLACE_FIRST_WORDS``,
    ``phrases.PLACE_LAST_WORDS``), where a person's name rarely stands."""
    return words[0].casefold() in phrases.PLACE_FIRST_WORDS or words[-1].casefold() in phrases.PLACE_LAST_WORDS


def _full_names_joined(names: str) -> bool:
    """``Jane Doe and John Roe``, ``Ana Cruz & Sam Lee``: two or three full names,
    each of two or three words; "Salt and Pepper" joins no names."""
    parts = names.replace(" & ", " and ").split(" and ")
    return 2 <= len(parts) <= 3 and all(2 <= len(part.split()) <= _MAX_BARE_NAME_WORDS for part in parts)


def _without_outlet(names: str) -> str:
    """``JAMES TOZER FOR MAILONLINE`` → ``JAMES TOZER``: who the author wrote for is not a name."""
    lowered = names.casefold()
    found = lowered.find(" for ")
    outlet = names[found + 5 :]
    if outlet[:4].casefold() == "the ":
        outlet = outlet[4:]
    if found <= 0 or not is_name_list(outlet):
        return names
    return names[:found].rstrip(" ,")


def _without_place(names: str) -> str:
    """``Jane Doe in Paris`` → ``Jane Doe``: the place a reporter filed from is not a name.

    Called on a line that already reads as a name list, so the words after
    a lower-case ``in`` are capitalised: a place, never part of a name.
    """
    found = names.find(" in ")
    if found <= 0:
        return names
    return names[:found].rstrip(" ,")


def _strip_date_lead(tail: str, leads: tuple[str, ...] = phrases.DATE_LEADS) -> str:
    """``Published on Nov 16, 2023`` → ``Nov 16, 2023``: up to two leads in a row leave."""
    for _ in range(2):
        lowered = tail[:_LEAD_REACH].casefold()
        if not lowered.startswith(leads):
            break  # most tails open with the date itself
        for lead in leads:
            if lowered.startswith(lead) and not tail[len(lead) : len(lead) + 1].isalpha():
                tail = tail[len(lead) :].lstrip(" :")
                break
        else:
            break
    return tail


def parse_timestamp(line: str, *, day_first: bool = True) -> Byline | None:
    """A page's timestamp line: ``Last updated: 17 Nov 2023``, ``Updated at 10:04 GMT``.

    It opens with a timestamp lead (``phrases.TIMESTAMP_LEADS``) and holds
    only a date, only a time of day or only an age (``2 hours ago``) after
    it, so it is furniture wherever it stands; ``date`` is None for a time
    or an age alone.  "Updated figures show …" is prose.
    """
    if line[:3] not in TIMESTAMP_OPENINGS or not line[:_LEAD_REACH].casefold().startswith(phrases.TIMESTAMP_LEADS):
        return None
    if _cannot_fit(line):
        return None
    text = " ".join(line.split())
    if len(text) > MAX_BYLINE_CHARS or not (_holds_digit(text) or text.endswith(_AGO)):
        return None
    text = _without_update_note(text)[0]
    raw = _strip_date_lead(text)
    if raw == text:
        return None
    if is_clock_time(raw) or _is_age(raw):
        return Byline("", None, raw)
    iso, warnings = parse_stamp_date(raw, day_first=day_first)
    if iso is not None or impossible_date(warnings):
        return Byline("", iso, raw, tuple(warnings))
    return _read_stamp(text, day_first)


def impossible_date(warnings: tuple[str, ...]) -> bool:
    """A value written as a date that the calendar or the clock does not have
    (``31/02/2023``, ``February 30, 2023``): the line is still a byline or a
    stamp, and gives no date but its ``date-invalid`` warning."""
    return bool(warnings) and warnings[0].startswith("date-invalid")


def _is_age(text: str) -> bool:
    """``2 hours ago``, ``an hour ago``, ``vor 2 Stunden``, ``Yesterday at
    4:15 PM``: when, counted back from a moment the dump does not give
    (``phrases.AGE_UNITS``, ``phrases.RELATIVE_DAYS``)."""
    lowered = text.casefold().rstrip(".")
    for lead in phrases.AGE_LEADS:
        if lowered.startswith(lead):
            lowered = lowered[len(lead) :] + " ago"
            break
    words = lowered.split()
    if len(words) == 3:
        count, unit, ago = words
        if ago == "ago" and (count.isdigit() or count in ("a", "an")) and unit in phrases.AGE_UNITS:
            return True
    if not words or words[0].rstrip(",") not in phrases.RELATIVE_DAYS:  # "Today, 3:45 pm"
        return False
    clock = lowered[len(words[0]) :].lstrip(" ,")
    for lead in phrases.CLOCK_LEADS:
        if clock.startswith(lead):
            clock = clock[len(lead) :]
            break
    return is_clock_time(clock.removesuffix(" uhr"))


def _names_an_outlet(first: str, tokens: list[str]) -> bool:
    """``The Associated Press``, ``The Herald Staff``: "The" opening a newsroom's name.

    "By The Numbers" and "By The Way" are headings, so "The" opens a name
    only when a newsroom word (``phrases.OUTLET_WORDS``) follows.
    """
    return first.casefold() == "the" and any(t.casefold() in phrases.OUTLET_WORDS for t in tokens[1:])


def is_name_list(text: str) -> bool:
    """Names as a byline lists them: ``Jane Doe and John Roe, Reuters``."""
    tokens = text.replace(",", " , ").replace("|", " | ").split()
    if not tokens or len(tokens) > phrases.MAX_BYLINE_WORDS:
        return False
    first = tokens[0]
    if not looks_like_name_word(first) or (
        first.strip(".,").casefold() in phrases.NOT_NAMES and not _names_an_outlet(first, tokens)
    ):
        return False
    if not looks_like_name_word(tokens[-1]):
        return False
    for token in tokens:
        if any(ch.isdigit() for ch in token):
            return False
        if token in (",", "|") or looks_like_name_word(token):
            continue
        lowered = token.casefold()
        if lowered not in phrases.NAME_PARTICLES and lowered not in phrases.NAME_JOINERS:
            return False
    return True


def is_newsroom_credit(line: str) -> bool:
    """A credit tail: ``Reporting by Jane Doe; Editing by John Roe``, ``(Writing by …)``.

    Every part is a newsroom role, ``by`` and a name list, and the parts
    cover the line.  It names who worked on the story, not who wrote it, so
    it gives no ``author``.  One byline role alone and unbracketed
    (``Reporting by Jane Doe``) reads as a byline and is left to
    ``parse_byline``.
    """
    if len(line) > MAX_CREDIT_LINE_CHARS or not _OPENS_CREDIT.match(line):
        return False
    text = " ".join(line.split()).rstrip(".")
    bracketed = text[:1] == "(" and text[-1:] == ")"
    if bracketed:
        text = text[1:-1].strip().rstrip(".")
    roles = _credit_roles(text)
    if roles is None:
        return False
    only_byline_role = len(roles) == 1 and roles[0] in phrases.BYLINE_ROLES
    return bracketed or not only_byline_role or text[:5].casefold() == "with "  # "With reporting by …" opens no byline


def _credit_roles(text: str) -> list[str] | None:
    """The roles of a credit text, each a role, "by" and names, covering it
    from its start (a mark before the first may open it); None otherwise."""
    roles = list(_ROLE.finditer(text))
    if not roles or roles[0].start() != 0:
        return None
    for role, after in zip(roles, [*roles[1:], None]):
        names = text[role.end() : after.start() if after else len(text)].strip(" ,;")
        if not is_name_list(names):
            return None
    return [role.group(1).casefold() for role in roles]
