"""Dates as dumps write them, to ISO 8601, with nothing invented.

One small parser per date family, tried in the order of ``_FAMILIES``; each
is an anchored regular expression plus a builder.  Where several families
match at one position, the longest match wins, so ``16 Nov 2023 10:04`` keeps
its time and ``date 2023-11-16 The …`` stops before the prose.

Output: ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS`` when a time is given, plus
``Z`` for GMT/UTC/Z (and RFC 5322's ``-0000``, UT from an unknown zone) or
``±HH:MM`` for a numeric or RFC 2822 zone; a time
without a zone stays without one, and so does one in ET, CT, MT or PT,
whose offset depends on the season (with a warning).  A missing part is
never taken from "now": a month and year without a day is not a date.  The
calendar is checked (no 31 February).  An ambiguous numeric day/month such as 03/04/2023 is read
day-first unless ``day_first=False``, and a warning says which reading won.
"""

from __future__ import annotations

import datetime
import re
import zoneinfo
from dataclasses import dataclass
from typing import Callable

# Separators inside a date: a few blanks at most, which also keeps every
# pattern linear (bounded repeats only).
_SP = r"[ \t\u00a0]{1,3}"
_SP0 = r"[ \t\u00a0]{0,3}"

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# French, German and Spanish month names, whole: their first three letters
# are not always the English ones ("juin" and "juillet", "mai", "dez").
_FOREIGN_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
# The first three letters of every month name, lower case: a line opening
# with none of them (nor a digit) opens with no written date.
MONTH_OPENINGS = frozenset(name[:3] for name in (*_MONTHS, *_FOREIGN_MONTHS))
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
    + r")\b\.?"
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FOREIGN_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6, "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
    "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6,
}  # fmt: skip
_WEEKDAY = (
    r"(?:(?P<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?|"
    + "|".join(sorted(_FOREIGN_WEEKDAYS, key=len, reverse=True))
    + r")\b\.?,?" + _SP + ")?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
# A year a time may touch, as a scrape joins a page's date and time
# ("November 16, 20237:04 AM GMT"): a year of four digits, then the time.
_YEAR_BEFORE_TIME = r"(?P<year>\d{4})(?:(?!\d)|(?=\d{1,2}:\d{2}))"

# RFC 2822 names the North American zones; British and central European
# papers print BST, CET and CEST, which name one offset each.
_NAMED_ZONES = {"gmt": "Z", "utc": "Z", "ut": "Z", "z": "Z",
                "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
                "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
                "bst": "+01:00", "cet": "+01:00", "cest": "+02:00"}  # fmt: skip
# Other abbreviations that name one offset, as papers print them: in capitals
# only, so that a word after a time ("10 am cat") is never read as a zone.
_CAPITAL_ZONES = {"AEST": "+10:00", "AEDT": "+11:00", "ACST": "+09:30", "ACDT": "+10:30",
                  "AWST": "+08:00", "NZST": "+12:00", "NZDT": "+13:00", "JST": "+09:00",
                  "KST": "+09:00", "HKT": "+08:00", "SGT": "+08:00", "PHT": "+08:00",
                  "WIB": "+07:00", "ICT": "+07:00", "PKT": "+05:00", "NPT": "+05:45",
                  "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "SAST": "+02:00",
                  "IDT": "+03:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00"}  # fmt: skip
# ET, CT, MT and PT name a region, not an offset: standard or daylight time
# by season.  IST is Indian, Irish or Israeli time, AST Atlantic or Arabia.
# The time is kept without a zone and a warning says why.
_SEASONAL_ZONES = frozenset({"et", "ct", "mt", "pt"})
_AMBIGUOUS_ZONES = {"IST": "Indian, Irish or Israeli time", "AST": "Atlantic or Arabia time"}
_ZONE = (
    r"(?:" + _SP0 + r"(?P<zone>(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?(?!\d)"
    r"|(?:gmt|utc|ut|z|[ecmp][sd]?t|bst|cest|cet)\b"
    r"|(?-i:" + "|".join(sorted([*_CAPITAL_ZONES, *_AMBIGUOUS_ZONES], key=len, reverse=True)) + r")\b"
    r"|[+-]\d{2}:?\d{2}(?!\d)|[+-]\d:\d{2}(?!\d)|(?<=\d)[+-]\d{2}(?![\d:])))?"
)


def _ampm(name: str) -> str:
    return rf"(?P<{name}>[ap])\.?m\b\.?"


# A clock time: HH:MM[:SS[.fff]] with an optional am/pm, or an hour with am/pm,
# or HH.MM before GMT or UTC ("08.00 GMT", as British papers write it) or
# with am/pm ("5.47pm"): a bare dotted pair could be a number ("12.50");
# or HHhMM as French papers write it ("09h30").
_CLOCK = (
    r"(?:(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d{1,9})?)?"
    r"(?:" + _SP0 + _ampm("ampm1") + ")?"
    r"|(?P<hour2>\d{1,2})" + _SP0 + _ampm("ampm2")
    + r"|(?P<hour3>\d{1,2})\.(?P<minute3>\d{2})(?:(?=" + _SP0 + r"(?:gmt|utc|bst)\b)|" + _SP0 + _ampm("ampm3") + ")"
    + r"|(?P<hour4>\d{1,2})h(?P<minute4>\d{2})\b)"
    + _ZONE
)
# A time after a written date: "16 Nov 2023 10:04", "Nov 16, 2023, 10:04 am", "… at 10:04",
# "16/11/2023 - 14:05", "Nov 16, 2023 / 10:04 AM", "Nov 16, 2023 @ 10:04 am" (a blog's "at"),
# and as French, German and Spanish write it: "à 09h30", "um 14:05 Uhr", "a las 14:05".
_LATER_LEAD = r"(?:,|" + _SP + r"[-–—|·/@])?" + _SP + r"(?:(?:at|à|um|a" + _SP + r"las)" + _SP + r")?"
_LATER_TIME = r"(?:(?:" + _LATER_LEAD + r"|(?=\d))" + _CLOCK + r"(?:" + _SP + r"uhr\b)?)?"


@dataclass(frozen=True)
class DateMatch:
    end: int  # where the date's text ends in the scanned string
    iso: str | None  # None when the text is shaped like a date but is not one
    warnings: tuple[str, ...]
    complete: bool = True  # False for a month and year without a day


@dataclass(frozen=True)
class DateHeader:
    iso: str | None
    raw: str  # the date as written
    rest: str  # the line after the date: the record's first paragraph
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Family:
    pattern: re.Pattern
    build: Callable[[re.Match, bool], tuple[str | None, tuple[str, ...]]]
    complete: bool = True
    opens_with_digit: bool | None = True  # False: with a weekday's or a month's letter; None: either


def _iso_date(m: re.Match, day_first: bool) -> tuple[str | None, tuple[str, ...]]:
    return _assemble(m, int(m["year"]), int(m["month"]), int(m["day"]))


def _numeric_date(m: re.Match, day_first: bool) -> tuple[str | None, tuple[str, ...]]:
    return _day_and_month(m, int(m["year"]), day_first, f"{m['n1']}{m['sep']}{m['n2']}{m['sep']}{m['year']}")


def _day_and_month(m: re.Match, year: int, day_first: bool, shown: str) -> tuple[str | None, tuple[str, ...]]:
    """Which of two numbers is the day: the one above 12 if any, else the setting's, with a warning."""
    first, second = int(m["n1"]), int(m["n2"])
    if first > 12 or second > 12 or first == second:  # only one reading can be a date
        day, month = (second, first) if second > 12 >= first else (first, second)
        return _assemble(m, year, month, day)
    day, month = (first, second) if day_first else (second, first)
    iso, warnings = _assemble(m, year, month, day)
    if iso is not None:
        reading = "day-first" if day_first else "month-first"
        warnings = (f"date-ambiguous: {shown} read as {reading} ({iso[:10]})", *warnings)
    return iso, warnings


# The letters outside ASCII that a pattern's ASCII letter matches without
# case ("ſept", "Mıttwoch"): a name is looked up with them read as it.
_LOOSE_LETTERS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _name_key(name: str) -> str:
    """A month's or weekday's name as matched, as its table writes it."""
    return name.translate(_LOOSE_LETTERS).lower()


def _month_number(name: str) -> int:
    """A month's number from its name as matched: a French, German or
    Spanish name whole ("juin", "mai"), an English one by its first three letters."""
    name = _name_key(name)
    return _FOREIGN_MONTHS.get(name) or _MONTHS[name[:3]]


def _written_date(m: re.Match, day_first: bool) -> tuple[str | None, tuple[str, ...]]:
    iso, warnings = _assemble(m, int(m["year"]), _month_number(m["month"]), int(m["day"]))
    if iso is not None and m["weekday"]:
        weekday = _name_key(m["weekday"])
        named = _FOREIGN_WEEKDAYS[weekday] if weekday in _FOREIGN_WEEKDAYS else _WEEKDAYS.index(weekday[:3])
        actual = datetime.date.fromisoformat(iso[:10]).weekday()
        if named != actual:
            warnings = (*warnings, f"date-weekday-mismatch: {m['weekday']} but {iso[:10]} is a {_WEEKDAY_NAMES[actual]}")
    return iso, warnings


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _month_and_year(m: re.Match, day_first: bool) -> tuple[str | None, tuple[str, ...]]:
    return None, (f"date-incomplete: {m.group().strip()} has no day",)


_FAMILIES = (
    # 2023-11-16, 2023-11-16T09:30:00+02:00, 2023-11-16 09:30, 2023/11/16, 2023.11.16, 2023-11-16 | 09:30 UTC
    _Family(
        re.compile(
            r"(?P<year>\d{4})(?P<ysep>[-/.])(?P<month>\d{1,2})(?P=ysep)(?P<day>\d{1,2})(?!\d)"
            r"(?:(?:T|" + _LATER_LEAD + ")" + _CLOCK + r"(?:" + _SP + r"uhr\b)?)?",
            re.IGNORECASE,
        ),
        _iso_date,
    ),
    # 16/11/2023, 11/16/2023, 03/04/2023 (ambiguous), 16.11.2023, 16-11-2023
    _Family(
        re.compile(
            r"(?P<n1>\d{1,2})(?P<sep>[/.\-])(?P<n2>\d{1,2})(?P=sep)" + _YEAR_BEFORE_TIME + _LATER_TIME,
            re.IGNORECASE,
        ),
        _numeric_date,
    ),
    # November 16, 2023; Nov. 16 2023; Thursday, November 16th, 2023 10:04 am
    _Family(
        re.compile(_WEEKDAY + _MONTH + _SP + _DAY + r",?" + _SP + _YEAR_BEFORE_TIME + _LATER_TIME, re.IGNORECASE),
        _written_date,
        opens_with_digit=False,
    ),
    # 16 Nov 2023 10:04; Thu, 16 Nov 2023 08:04:00 GMT; 16th of November, 2023;
    # jeudi 16 novembre 2023; 16. November 2023; 16 de noviembre de 2023; 5-Mar-2024
    _Family(
        re.compile(
            _WEEKDAY + _DAY + r"(?:\.?" + _SP + r"(?:(?:of|de)" + _SP + ")?|-)" + _MONTH + r"(?:,?" + _SP
            + r"(?:de" + _SP + ")?|-)" + _YEAR_BEFORE_TIME + _LATER_TIME,
            re.IGNORECASE,
        ),
        _written_date,
        opens_with_digit=None,
    ),
    # 2023年11月16日 (Chinese, Japanese), 2023년 11월 16일 (Korean), with a time after it
    _Family(
        re.compile(
            r"(?P<year>\d{4})[ ]?[年년][ ]?(?P<month>\d{1,2})[ ]?[月월][ ]?(?P<day>\d{1,2})[ ]?[日일]"
            r"(?:" + _SP0 + _CLOCK + ")?",
            re.IGNORECASE,
        ),
        _iso_date,
    ),
    # Thu Nov 16 15:14:00 UTC 2023: what the Unix date command and C's asctime print
    _Family(
        re.compile(_WEEKDAY + _MONTH + _SP + _DAY + _SP + _CLOCK + _SP + _YEAR, re.IGNORECASE),
        _written_date,
        opens_with_digit=False,
    ),
    # November 2023: shaped like a date, but without a day it is not one
    _Family(re.compile(_MONTH + r",?" + _SP + _YEAR, re.IGNORECASE), _month_and_year, complete=False,
            opens_with_digit=False),
)
# The families that may match where a digit (``\d``: any decimal digit) stands, and those
# that may match where anything else does: one look at the first character passes the others over.
_AT_DIGIT = tuple(family for family in _FAMILIES if family.opens_with_digit is not False)
_AT_OTHER = tuple(family for family in _FAMILIES if family.opens_with_digit is not True)
# Those others open with a weekday's or a month's name, whose first three
# letters are these.  Written in ASCII, three letters match them without
# case only as ASCII letters do (elsewhere "ſ" matches "s", "K" (Kelvin) "k"):
# a position opening with other ASCII letters passes all of them over.
_NAME_OPENINGS = MONTH_OPENINGS | {name[:3] for name in (*_WEEKDAYS, *_FOREIGN_WEEKDAYS)}


def match_date(text: str, pos: int = 0, *, day_first: bool = True) -> DateMatch | None:
    """The longest date written at ``text[pos:]``, or None when none starts there."""
    best: DateMatch | None = None
    if text[pos : pos + 1].isdecimal():
        families = _AT_DIGIT
    else:
        opening = text[pos : pos + 3]
        families = _AT_OTHER if not opening.isascii() or opening.lower() in _NAME_OPENINGS else ()
    for family in families:
        m = family.pattern.match(text, pos)
        if m and (best is None or m.end() > best.end):
            iso, warnings = family.build(m, day_first)
            best = DateMatch(m.end(), iso, warnings, family.complete)
    return best


_CLOCK_ONLY = re.compile(_CLOCK + r"(?:" + _SP + r"uhr\b)?", re.IGNORECASE)  # "12:31 Uhr", as German writes a time


def is_clock_time(value: str) -> bool:
    """True when ``value`` is only a time of day (``10:04 GMT``, ``9.30 UTC``, ``3pm``).

    A time without a date fills no ``date``: nothing is taken from "now".
    """
    stripped = value.strip().rstrip(".")
    found = _CLOCK_ONLY.match(stripped)
    return found is not None and found.end() == len(stripped)


def parse_date(value: str, *, day_first: bool = True) -> tuple[str | None, tuple[str, ...]]:
    """One date value to ISO 8601, with warnings; (None, warnings) when it is not a date."""
    stripped = value.strip()
    found = match_date(stripped, day_first=day_first)
    if found is not None and not stripped[found.end :].strip(" .,"):
        return found.iso, found.warnings
    reordered = _time_last(stripped)
    found = match_date(reordered, day_first=day_first) if reordered else None
    if found is not None and not reordered[found.end :].strip(" .,"):
        # A warning quotes the value as the dump wrote it, not as reordered here.
        return found.iso, tuple(w.replace(_shorten(reordered), _shorten(stripped)) for w in found.warnings)
    return None, (f"date-unparsed: {_shorten(stripped)}",)


def parse_stamp_date(value: str, *, day_first: bool = True) -> tuple[str | None, tuple[str, ...]]:
    """``parse_date`` for a value standing where only a date stands, after a
    byline's mark or a timestamp's lead: a two-digit year is read there as
    a header reads one (``By Jane Doe | 16/11/23``, ``Updated 16-Nov-23
    10:04``), with a warning.  Elsewhere "3/4/24" may be a score or a fraction."""
    iso, warnings = parse_date(value, day_first=day_first)
    if iso is not None or not warnings[0].startswith("date-unparsed"):
        return iso, warnings
    stripped = value.strip()
    found = _short_year_date(stripped, 0, day_first)
    if found is not None and not stripped[found.end :].strip(" .,"):
        return found.iso, found.warnings
    return iso, warnings


def parse_date_then_weekday(value: str, *, day_first: bool = True) -> tuple[str | None, tuple[str, ...]]:
    """``November 16, 2023 Thursday``, maybe with a time after it: a date
    with its weekday written after it, as news databases print a paper's
    day, read as the same words with the weekday first (checked alike);
    any other value as ``parse_date`` reads it."""
    stripped = value.strip()
    found = match_date(stripped, day_first=day_first)
    after = stripped[found.end :].split(None, 1) if found is not None else []
    if after and after[0].strip(",").capitalize() in _WEEKDAY_NAMES:
        iso, warnings = parse_date(" ".join([after[0].strip(",") + ",", stripped[: found.end], *after[1:]]), day_first=day_first)
        return iso, warnings if iso else (f"date-unparsed: {_shorten(stripped)}",)
    return parse_date(stripped, day_first=day_first)


# What may stand between a time written first and its date.
_TIME_FIRST_MARKS = frozenset(" \t,|·•–—-")


def _time_last(text: str) -> str | None:
    """``6:42 PM EST, November 16, 2023`` (as AP stamps a page), ``4:45 p.m.
    on Nov. 16, 2023`` and ``18:42, 16 Nov 2023`` put the time first: the same value with the date first,
    the way the date patterns read it; None when no time opens the text."""
    found = _clock_first(text, 0)
    if found is None:
        return None
    clock, start = found
    rest = text[start:].rstrip(" .,")  # a closing full stop would part the date from the time put after it
    return f"{rest} {clock.group()}" if rest[:1].isalnum() else None


def _clock_first(text: str, pos: int) -> tuple[re.Match, int] | None:
    """A time opening ``text[pos:]`` with a mark after it, and where what
    follows the marks starts; None when no time opens it so."""
    clock = _CLOCK_ONLY.match(text, pos)
    if clock is None or text[clock.end() : clock.end() + 1] not in _TIME_FIRST_MARKS:
        return None
    start = clock.end()
    while start < len(text) and text[start] in _TIME_FIRST_MARKS:
        start += 1
    if text[start : start + 3].casefold() == "on ":  # "4:45 p.m. on Nov. 16, 2023"
        start += 3
    return clock, start


# "date", "Date:" or "DATE" opening a line, after at most a few blanks (or a
# byte order mark left by concatenated files, also as a cp1252 reading of a
# UTF-8 one makes it: ï»¿).
_HEADER_WORD = re.compile(
    r"(?:ï»¿)?[ \t\u00a0\ufeff\u200b]{0,8}(?:date|Date|DATE)(?::[ \t\u00a0]{0,3}|[ \t\u00a0]{1,3}|$)"
)


# The dump's own header word, as the seeds write it, lower case, with or
# without a colon as a scraper's key writes it (``date: null``): a header
# whose value is unread opens a record only after this one ("Date: TBC" in
# an events box is not a record of its own).
_PLAIN_HEADER_WORD = re.compile(r"(?:ï»¿)?[ \t\u00a0\ufeff\u200b]{0,8}date(?::?[ \t\u00a0]|:?$)")
_BLANKS = " \t\u00a0"
# The zone's name that JavaScript's Date prints after the offset:
# "Thu Nov 16 2023 15:14:00 GMT+0000 (Coordinated Universal Time)"; and
# an RFC 5322 comment naming it: "Thu, 16 Nov 2023 08:04:00 -0000 (UTC)".
_ZONE_NAME = re.compile(
    r"\((?:[A-Z][A-Za-z ]{0,50}\bTime|"
    + "|".join(sorted({*map(str.upper, [*_NAMED_ZONES, *_SEASONAL_ZONES]), *_CAPITAL_ZONES, *_AMBIGUOUS_ZONES},
                      key=len, reverse=True))
    + r")\)"
)
# A mark standing alone between a header's date and the text after it,
# maybe written two or three times ("::", "//", "--"; "..." is the text's ellipsis).
_VALUE_SEPARATORS = tuple("|·•–—-.,;:/»>")
_MAX_SEPARATOR_MARKS = 3
# Quotes or brackets a scraper writes a header's value in (each with the
# mark closing it), and the longest value read within them.
_QUOTES = {"\"": "\"", "'": "'", "[": "]", "(": ")"}
_MAX_QUOTED_CHARS = 80


# 20231116 and 20231116T151400Z, as a header only: elsewhere eight digits
# are more often a number.
_COMPACT_DATE = re.compile(
    r"(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)"
    r"(?:T(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})?(?P<zone>Z|[+-]\d{4})?)?(?!\d)"
)
# 17/11/23, RFC 850's Thursday, 16-Nov-23 08:04:00 GMT, 16 Nov 23 and Nov
# 16, '23 (month first only with the apostrophe: "Nov 16, 23 people" is
# prose), as a header only: elsewhere "3/4/24" may be a score or a
# fraction.  A written month's year may close a sentence ("16 Nov 23."); a
# number's may not.
_SHORT_YEAR = r"(?P<year>\d{2})(?![\d/.:-])"
_SHORT_YEAR_NUMERIC = re.compile(
    r"(?P<n1>\d{1,2})(?P<sep>[/.\-])(?P<n2>\d{1,2})(?P=sep)" + _SHORT_YEAR + _LATER_TIME, re.IGNORECASE
)
_WRITTEN_SHORT_YEAR = r"(?P<year>\d{2})(?![\d/:-]|\.\d)" + _LATER_TIME
_SHORT_YEAR_WRITTEN = re.compile(
    _WEEKDAY + _DAY + r"(?:-|\.?" + _SP + ")" + _MONTH + "(?:-|" + _SP + "['’]?)" + _WRITTEN_SHORT_YEAR, re.IGNORECASE
)
_SHORT_YEAR_MONTH_FIRST = re.compile(_WEEKDAY + _MONTH + _SP + _DAY + ",?" + _SP + "['’]" + _WRITTEN_SHORT_YEAR, re.IGNORECASE)
# POSIX's reading of a two-digit year (strptime's %y): 69-99 are the 1900s.
_CENTURY_PIVOT = 69
# Seconds since 1970 (or milliseconds, 13 digits), as a header only, from 2001 on.
_EPOCH = re.compile(r"(?P<seconds>[1-9]\d{9})(?P<millis>\d{3})?(?![\d.,:/-])")
# What a scraper writes when it found no date.
_PLACEHOLDERS = frozenset({"none", "null", "nil", "n/a", "na", "nan", "unknown", "undefined", "-", "–", "—", "?"})
# Three numbers joined by a date's marks, and maybe a time: shaped like a
# date, so the line is a header even when unread (a number or a fraction
# alone may be prose).
_DATE_SHAPED = re.compile(r"\d{1,4}[/.-]\d{1,4}[/.-]\d[\d/.:+TZ-]*")


def _compact_date(line: str, pos: int) -> DateMatch | None:
    m = _COMPACT_DATE.match(line, pos)
    if m is None:
        return None
    iso, warnings = _assemble(m, int(m["year"]), int(m["month"]), int(m["day"]))
    return DateMatch(m.end(), iso, warnings)


def _short_year_date(line: str, pos: int, day_first: bool) -> DateMatch | None:
    """A header's date with a two-digit year, read as POSIX reads one, with a warning."""
    m = _SHORT_YEAR_NUMERIC.match(line, pos)
    written = m is None
    m = m or _SHORT_YEAR_WRITTEN.match(line, pos) or _SHORT_YEAR_MONTH_FIRST.match(line, pos)
    if m is None:
        return None
    year = int(m["year"]) + (1900 if int(m["year"]) >= _CENTURY_PIVOT else 2000)
    if written:
        iso, warnings = _assemble(m, year, _month_number(m["month"]), int(m["day"]))
    else:
        iso, warnings = _day_and_month(m, year, day_first, f"{m['n1']}{m['sep']}{m['n2']}{m['sep']}{m['year']}")
    if iso is not None:
        warnings = (f"date-two-digit-year: {_shorten(m.group().strip())} read as {year}", *warnings)
    return DateMatch(m.end(), iso, warnings)


def _epoch_date(line: str, pos: int) -> DateMatch | None:
    """``date 1700122440``: a Unix time, which is UTC by definition."""
    m = _EPOCH.match(line, pos)
    if m is None:
        return None
    moment = datetime.datetime.fromtimestamp(int(m["seconds"]), datetime.timezone.utc)
    return DateMatch(m.end(), moment.strftime("%Y-%m-%dT%H:%M:%SZ"), ())


def _time_first_date(line: str, pos: int, day_first: bool) -> DateMatch | None:
    """``3:14 PM GMT, November 16, 2023``: the time before the date (see ``_time_last``)."""
    clocked = _clock_first(line, pos)
    if clocked is None:
        return None
    clock, start = clocked
    found = match_date(line, start, day_first=day_first)
    if found is None or found.iso is None or "T" in found.iso:
        return None
    iso, warnings = parse_date(f"{line[start:found.end]} {clock.group()}", day_first=day_first)
    return DateMatch(found.end, iso, warnings)


def _unread_header(line: str, pos: int) -> DateHeader | None:
    """A header whose value no pattern reads: a placeholder (``date None``),
    nothing at all, or a value shaped like a date (``date 16-11-2023T09:30``).
    It still opens a record, so two articles never run together; the date
    stays null and a warning quotes the value."""
    rest = line[pos:].strip(_BLANKS)
    value = next(iter(rest.split(maxsplit=1)), "")
    if value.casefold() in _PLACEHOLDERS or not value:
        shown = value or "nothing"
    else:
        shaped = _DATE_SHAPED.match(value)
        if shaped is None or shaped.end() != len(value):
            return None
        shown = value
    return DateHeader(None, value, rest[len(value) :].lstrip(_BLANKS), (f"date-unparsed: header gives {_shorten(shown)}",))


def read_date_header(line: str, *, day_first: bool = True) -> DateHeader | None:
    """The ``date <value>`` header opening ``line``, or None when the line is prose.

    The longest prefix that reads as a date is the value; it must end at a
    word boundary.  "date night was fun" and "dated documents" are prose, and
    so is "date March 2024 was cold": a month without a day makes a header
    only when it is the whole line.  A separator after the date (``|``, a
    dash, a full stop) is dropped with it, and so is one between the word
    and the date (``date - 2023-11-16``): it belongs to neither.
    """
    word = _HEADER_WORD.match(line)
    if word is None:
        return None
    pos = _past_a_separator(line, word.end())
    if line[pos : pos + 1] in _QUOTES:
        return _quoted_header(line, pos, day_first)
    found = _header_date(line, pos, day_first)
    rest = "" if found is None else line[found.end :]
    if found is None or rest[:1].isalnum() or (not found.complete and rest.strip()):
        if not _PLAIN_HEADER_WORD.match(line):
            return None
        # Past a mark, a placeholder ("date - n/a"); else the mark itself is one ("date - The ferry").
        return _unread_header(line, pos) or (_unread_header(line, word.end()) if pos > word.end() else None)
    raw = line[pos : found.end].strip()
    return _header_with_rest(found, raw, rest)


# A mark between the header's word and its value ("date - 2023-11-16", "date | …", "date => …").
_WORD_SEPARATOR_MARKS = "-–—|=:>»·•/"
_WORD_SEPARATOR = re.compile(r"[-–—|=:>»·•/]{1,3}[ \t\u00a0]{1,3}(?=[\w\"'(\[])")


def _past_a_separator(line: str, pos: int) -> int:
    """Where a header's value starts past a mark parting it from the word
    (``date - 2023-11-16``); ``pos`` when there is none (``date -`` alone
    is a placeholder, ``date -3 degrees`` prose).  What follows the mark
    is read as any header's value; when it gives no date (``date - night
    was fun``), the mark is the placeholder over the text, as in ``date -
    The ferry``."""
    mark = _WORD_SEPARATOR.match(line, pos) if line[pos : pos + 1] in _WORD_SEPARATOR_MARKS else None
    return pos if mark is None else mark.end()


def _header_date(line: str, pos: int, day_first: bool) -> DateMatch | None:
    """The date a header's value opens with, in any form a header may write it."""
    found = (match_date(line, pos, day_first=day_first) or _compact_date(line, pos) or _epoch_date(line, pos)
             or _short_year_date(line, pos, day_first) or _time_first_date(line, pos, day_first))  # fmt: skip
    if found is None:
        return None
    return _before_the_text_s_time(line, pos, _before_a_gap(line, pos, found, day_first), day_first)


def _quoted_header(line: str, pos: int, day_first: bool) -> DateHeader | None:
    """``date: "2023-11-16"``, ``date '16 Nov 2023 10:04'``, ``date
    [2023-11-19]``: a value quoted as a scraper writes a string, or
    bracketed as a template prints a field, read within its marks, which
    belong to neither the date nor the text after it.  An empty or
    placeholder value within them (``date: ""``, ``date "None"``, ``date
    [n/a]``) is unread, as it is without them; anything else within them
    is prose."""
    close = line.find(_QUOTES[line[pos]], pos + 1, pos + _MAX_QUOTED_CHARS)
    if close < 0:
        return None
    value = line[pos + 1 : close].strip(_BLANKS)
    rest = line[close + 1 :]
    if rest[:1].isalnum():
        return None
    found = _header_date(value, 0, day_first)
    if found is not None and found.end == len(value) and (found.complete or not rest.strip()):
        return _header_with_rest(found, value, rest)
    if _PLAIN_HEADER_WORD.match(line) and value.casefold() in {"", *_PLACEHOLDERS}:
        shown = value or "nothing"
        return DateHeader(None, value, rest.lstrip(_BLANKS), (f"date-unparsed: header gives {shown}",))
    return None


def _header_with_rest(found: DateMatch, raw: str, rest: str) -> DateHeader:
    """The header of a date read, with the text after it on its line: a
    zone's name after the time joins the date (see ``_named_zone``), and so
    does a weekday (see ``_weekday_after``); a separator standing alone
    between them goes."""
    rest = rest.lstrip(_BLANKS)
    iso, warnings = found.iso, found.warnings
    timed = iso is not None and "T" in iso  # a date alone names no zone: "(UTC) Storm hits" is the text's
    zone_name = _zone_named_at(rest, 0) if timed else None
    if zone_name:
        raw, rest = f"{raw} {zone_name.group()}", rest[zone_name.end() :].lstrip(_BLANKS)
        if not _has_zone(iso):
            iso, named_warnings = _named_zone(iso, zone_name, raw)
            warnings = (*warnings, *named_warnings)
    weekday = _weekday_after(iso, rest) if iso is not None and rest[:1] in _WEEKDAY_AFTER_OPENINGS else None
    if weekday:
        written, rest, mismatch = weekday
        raw, warnings = f"{raw} {written}", (*warnings, *mismatch)
    if rest[:1] in _VALUE_SEPARATORS:
        marks = 1
        while marks < _MAX_SEPARATOR_MARKS and rest[marks : marks + 1] == rest[0] != ".":
            marks += 1
        if rest[marks : marks + 1] in ("", *_BLANKS):
            rest = rest[marks:].lstrip(_BLANKS)  # "date 2023-11-16 | By Jane Doe": the bar is no text
    return DateHeader(iso, raw, rest, warnings)


# A weekday written after a header's date ("date 2023-11-16 Thursday", "(Thu)"): it
# joins the date when it is the date's and no lower-case word follows, or in
# brackets (with a warning if it is not the date's).
_WEEKDAY_AFTER = re.compile(
    r"(?P<bracket>\()?(?P<name>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)\.?(?(bracket)\))(?![\w'’])"
)
_WEEKDAY_AFTER_OPENINGS = frozenset("(MTWFS")


def _weekday_after(iso: str, rest: str) -> tuple[str, str, tuple[str, ...]] | None:
    """The weekday opening the text after a header's date, as written, the
    text after it and a warning when it is not the date's; None when the
    text opens with none the header takes ("Thursday saw the vote", or an
    unbracketed day that is not the date's, are the text's)."""
    weekday = _WEEKDAY_AFTER.match(rest)
    if weekday is None:
        return None
    after = rest[weekday.end() :].lstrip(_BLANKS)
    named = _WEEKDAYS.index(weekday["name"][:3].lower())
    actual = datetime.date.fromisoformat(iso[:10]).weekday()
    if not weekday["bracket"] and (after[:1].islower() or named != actual):
        return None
    mismatch = () if named == actual else (
        f"date-weekday-mismatch: {weekday['name']} but {iso[:10]} is a {_WEEKDAY_NAMES[actual]}",)
    return weekday.group(), after, mismatch


# A zone named after a header's time: in brackets, an abbreviation or the
# name JavaScript's Date prints (see _ZONE_NAME); with or without them, a
# name of the IANA time zone database ("Europe/London", "America/Argentina/Buenos_Aires").
_IANA_NAME = (r"(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada"
              r"|Brazil|Mexico|Chile)(?:/[A-Z][A-Za-z0-9_+-]{1,30}){1,2}")
_NAMED_ZONE_AFTER = re.compile(
    _ZONE_NAME.pattern + r"|\((?P<bracketed>" + _IANA_NAME + r")\)|(?P<iana>" + _IANA_NAME + r")(?![\w/])"
)
_ZONE_NAME_OPENINGS = frozenset("(ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _zone_named_at(line: str, pos: int) -> re.Match | None:
    """The zone named at ``pos`` after a header's time.  An IANA name
    without brackets followed by a lower-case word, other than a stamp's
    (``by``), is the text's, as a weekday is: "Asia/Pacific markets fell"
    and "US/Canada talks resume" name areas, not a zone."""
    zone_name = _NAMED_ZONE_AFTER.match(line, pos) if line[pos : pos + 1] in _ZONE_NAME_OPENINGS else None
    if zone_name is None or zone_name["iana"] is None:
        return zone_name
    return None if _prose_word_at(line, zone_name.end()) else zone_name


def _named_zone(iso: str, zone_name: re.Match, shown: str) -> tuple[str, tuple[str, ...]]:
    """A zone-less time with the offset of the zone named after it: an
    abbreviation as the date patterns read one (``09:30 (GMT)``), or an
    IANA name looked up in the time zone database at that date and time
    (``09:30 Europe/London``), which Python's zoneinfo reads from the
    system or the tzdata package.  Without that database, for a name it
    does not hold, a long name giving no offset (``(Pacific Time)``), a
    region's or an ambiguous abbreviation (``ET``, ``IST``), or a local time
    that a clock change makes happen twice or never, the time stays
    without a zone and a ``date-zone-dropped`` warning says why."""
    name = zone_name["bracketed"] or zone_name["iana"]
    if name is not None:
        offset, reason = _iana_offset(name, datetime.datetime.fromisoformat(iso))
        suffix = None if offset is None else _offset_suffix(offset)
    else:
        name = zone_name.group()[1:-1]
        suffix = (_zone(name) or None) if " " not in name else None  # "(GMT)" reads; "(Pacific Time)" gives no offset
        if name.lower() in _SEASONAL_ZONES:
            reason = "is standard or daylight time by season"
        else:
            reason = f"may be {_AMBIGUOUS_ZONES[name]}" if name in _AMBIGUOUS_ZONES else "names no offset"
    if suffix is None:
        return iso, (f"date-zone-dropped: {name} {reason}; {_shorten(shown)} kept without a zone",)
    return iso + suffix, ()


def _offset_suffix(offset: datetime.timedelta) -> str:
    """``+05:45``: ISO 8601 writes minutes, so a local mean time's seconds
    (New York's -4:56:02 before 1883) are cut off, alike either side of UTC."""
    seconds = int(offset.total_seconds())
    minutes = abs(seconds) // 60
    return f"{'-' if seconds < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


def _iana_offset(name: str, local: datetime.datetime) -> tuple[datetime.timedelta | None, str]:
    """The offset from UTC of a local time in the IANA zone ``name``, or None and why not."""
    try:
        zone = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None, "is not in this system's time zone database"
    earlier, later = local.replace(tzinfo=zone), local.replace(tzinfo=zone, fold=1)
    if earlier.utcoffset() != later.utcoffset():
        return None, "has this local time twice or never (a clock change)"
    return earlier.utcoffset(), ""


# Blanks that part a header's value from the text after it, as a scrape
# writes fields on one line: more than one.
_GAP = re.compile(r"[ \t\u00a0]{2}")


def _before_a_gap(line: str, pos: int, found: DateMatch, day_first: bool) -> DateMatch:
    """The header's date without the time of the text after it.

    ``date 16 November 2023  At 10:04 the mayor …``: where blanks part a
    whole date from a time that the text goes on after with a single
    space, the time opens the text ("At 10:04 the mayor", "3 pm meeting
    set"); a time followed by the end of the line, a mark or another gap
    (``date 16 Nov 2023  14:05  Storm …``), or naming its zone (``date
    2023-11-16  09:30 UTC Storm …``, ``09:30 Europe/London``: prose gives
    no zone), is the header's."""
    if _has_zone(found.iso):
        return found
    gap = _GAP.search(line, pos, found.end)
    after = line[found.end : found.end + 2]
    if gap is None or after[:1] not in _BLANKS or after[1:2] in ("", *_BLANKS, *_VALUE_SEPARATORS):
        return found
    if _zone_named_at(line, found.end + 1):
        return found  # "09:30 Europe/London": a zone named, as prose names none
    date = match_date(line[: gap.start()], pos, day_first=day_first)
    return date if date is not None and date.end == gap.start() and date.iso is not None else found


# An hour with am or pm and no minutes closing a header's date ("3 pm", "3pm", "3 p.m.").
_BARE_HOUR = re.compile(r"(?<![\d:.])\d{1,2}" + _SP0 + r"[ap]\.?m\.?$", re.IGNORECASE)
# Lower-case words that go on a header's line after its time as a stamp does, not as prose.
_STAMP_WORDS = frozenset({"by", "updated"})


def _before_the_text_s_time(line: str, pos: int, found: DateMatch, day_first: bool) -> DateMatch:
    """The header's date without an hour that opens the text after it.

    ``date 16 November 2023 3 pm meetings were …``: an hour without
    minutes or zone (``3 pm``) followed by a word in lower case is
    ambiguous; a paragraph opens with a capital, so the hour is read as
    the text's first words ("3 pm meetings were moved") and the date
    keeps no time.  Before a capital (``3 pm The mayor …``), a mark, the
    line's end or a stamp's word (``3 pm by Jane Doe``), it is the header's."""
    if found.iso is None or "T" not in found.iso or _has_zone(found.iso):
        return found
    hour = _BARE_HOUR.search(line, pos, found.end)
    if hour is None or line[found.end : found.end + 1] not in _BLANKS or not _prose_word_at(line, found.end):
        return found
    date = _header_date(line[: hour.start()], pos, day_first)
    return date if date is not None and date.iso is not None and "T" not in date.iso else found


def _prose_word_at(line: str, pos: int) -> bool:
    """Whether the first word after ``pos`` is one in lower case, as prose
    goes on, and not a stamp's (``by``, ``updated``)."""
    words = line[pos : pos + _WORD_REACH].split(None, 1)
    word = words[0].rstrip(",;:.!?") if words else ""
    return word.isalpha() and word.islower() and word not in _STAMP_WORDS


_WORD_REACH = 40  # characters after a header's time enough to read the word there


def _has_zone(iso: str | None) -> bool:
    """A time with its offset: only then does a bracket after it name the zone again."""
    return iso is not None and "T" in iso and (iso[-1:] == "Z" or iso[-6:-5] in ("+", "-"))


def split_date_header(line: str, *, day_first: bool = True) -> tuple[str | None, str, tuple[str, ...]] | None:
    """(iso, rest of the line, warnings) when ``line`` opens with a date header, else None."""
    header = read_date_header(line, day_first=day_first)
    return None if header is None else (header.iso, header.rest, header.warnings)


def _assemble(m: re.Match, year: int, month: int, day: int) -> tuple[str | None, tuple[str, ...]]:
    """Validate the calendar and clock, then write the ISO form."""
    shown = _shorten(m.group().strip())
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None, (f"date-invalid: {shown} is not a calendar date",)
    groups = m.groupdict()
    hours = [groups.get(name) for name in ("hour", "hour2", "hour3", "hour4") if groups.get(name) is not None]
    if not hours:
        return date.isoformat(), ()
    hour = int(hours[0])
    minute = int(groups["minute"] or groups.get("minute3") or groups.get("minute4") or 0)
    second = int(groups["second"] or 0)
    ampm = groups.get("ampm1") or groups.get("ampm2") or groups.get("ampm3")
    if ampm:
        if not 1 <= hour <= 12:
            return None, (f"date-invalid: {shown} has no such 12-hour time",)
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    zone = _zone(groups["zone"])
    if hour > 23 or minute > 59 or second > 59 or zone is None:
        return None, (f"date-invalid: {shown} has no such time",)
    warnings: tuple[str, ...] = ()
    named = groups["zone"]
    if named and named.lower() in _SEASONAL_ZONES:
        warnings = (f"date-zone-dropped: {named} is standard or daylight time by season; {shown} kept without a zone",)
    elif named in _AMBIGUOUS_ZONES:
        warnings = (f"date-zone-dropped: {named} may be {_AMBIGUOUS_ZONES[named]}; {shown} kept without a zone",)
    return f"{date.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{zone}", warnings


def _zone(text: str | None) -> str | None:
    """The ISO suffix of a zone: '' when none was given or it names no one
    offset, None when it is impossible."""
    if text is None:
        return ""
    text = text.translate(_LOOSE_LETTERS)  # "EſT" matched as EST
    if text.lower() in _SEASONAL_ZONES or text in _AMBIGUOUS_ZONES:
        return ""
    named = _NAMED_ZONES.get(text.lower()) or _CAPITAL_ZONES.get(text)
    if named is not None:
        return named
    named_base = text[:1].isalpha()  # GMT+5:30, UTC-04:00, UTC+11
    sign, digits = (text[3:4], text[4:]) if named_base else (text[:1], text[1:])
    if sign not in ("+", "-") or not digits.replace(":", "").isdigit():
        return ""  # a name the tables write in other letters: no offset is invented
    if ":" in digits:
        hours, minutes = map(int, digits.split(":"))
    else:
        hours, minutes = int(digits[:-2] or digits), int(digits[-2:]) if len(digits) > 2 else 0
    if hours > 14 or minutes > 59:
        return None
    if hours == minutes == 0 and (named_base or sign == "-"):
        # RFC 5322: "-0000" is a time in UT from a place whose zone is not
        # known.  ISO 8601 has no negative zero (RFC 3339's "-00:00" is not
        # ISO), and the instant is known: UTC.
        return "Z"
    return f"{sign}{hours:02d}:{minutes:02d}"


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
