"""Text hygiene for one record: the article's words kept, the encoding damage gone.

``clean`` works in a fixed order, because each step can create or hide work
for the next: HTML character references first (a scraper that kept the
page's escaped text leaves ``&amp;``, ``&#8217;`` and ``&nbsp;``, which
stand for characters the later steps may act on), then mojibake (its
sequences contain NBSP, soft hyphens and C1 controls that later steps would
otherwise strip), then the C1 controls left as cp1252 characters, then line
ends, invisible characters, exotic spaces, control characters, and last the
space runs.
Every kind of repair adds one counted warning (``code: detail``); nothing
else changes: no quote straightening, no case changes.

Mojibake is UTF-8 that was read as cp1252 (or latin-1, which leaves C1
controls).  It is repaired sequence by sequence, never by re-decoding the
file, so good text beside a garbled line is untouched: a candidate is
re-encoded to its bytes and kept only when those bytes are valid UTF-8.
"""

from __future__ import annotations

import html
import re

from .decode import CP1252_C1
from .record import UNSPACED_CLASS

# Each character a cp1252 or latin-1 reading makes of a byte 80-FF, and that byte.
_MISREAD_BYTE = {chr(b): b for b in range(0x80, 0x100)}
_MISREAD_BYTE.update({bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in b"\x81\x8d\x8f\x90\x9d"})


def _chars(low: int, high: int) -> str:
    """A regex class body of the characters that misread bytes low..high."""
    return "".join(re.escape(c) for c, b in _MISREAD_BYTE.items() if low <= b <= high)


_CONT = f"[{_chars(0x80, 0xBF)}]"
_SEQUENCE = (
    f"[{_chars(0xC2, 0xDF)}]{_CONT}"
    f"|[{_chars(0xE0, 0xEF)}]{_CONT}{{2}}"
    f"|[{_chars(0xF0, 0xF4)}]{_CONT}{{3}}"
)
# A UTF-8 sequence seen through cp1252.  The common ones are repaired alone:
# lead bytes C2/C3 (Ã© for é), E2 (â€™ for ’), EF (ï»¿ for a byte order mark)
# and four-byte sequences (ðŸ˜€ for an emoji).  Other leads are repaired only
# in a run of at least two sequences of any length (ÐŸÑ€ for Пр, and Å“
# inside Ã¢â‚¬Å“, a “ garbled twice), so that real text such as "Fuß“" or
# "café…”" stays as written.  The lead characters of the alternatives differ,
# so a run is matched in one pass.
_SINGLE = (
    f"[{_chars(0xC2, 0xC3)}]{_CONT}"
    f"|[{_chars(0xE2, 0xE2)}{_chars(0xEF, 0xEF)}]{_CONT}{{2}}"
    f"|[{_chars(0xF0, 0xF4)}]{_CONT}{{3}}"
)
# ” is E2 80 9D, and 9D is a byte cp1252 leaves undefined: a reading that
# dropped it leaves "â€" (or "â€" and a U+FFFD) before the next character.
# A straightened "â€”" (E2 80 94, the em dash, the likelier of the two dashes
# whose last byte reads as a curly quote) leaves 'â€"'.
_TRUNCATED = {"â€": "”", "â€\ufffd": "”", 'â€"': "—"}
_MOJIBAKE = re.compile(
    f"(?:{_SEQUENCE}){{2,}}|{_SINGLE}"
    f"|â€(?:[\"\ufffd]|(?!{_CONT}))"
)
_SINGLE_ONLY = re.compile(_SINGLE)
_MOJIBAKE_PASSES = 3  # text garbled twice over needs two passes

# Any character a misread byte 80-FF can become: where none stands, there is
# no mojibake, and one scan for this class skips clean text quickly.  The
# quote or U+FFFD after a run is taken along, for the truncated "â€" forms.
_MISREAD_RUN = re.compile(f"[{_chars(0x80, 0xFF)}]{{2,}}[\"\ufffd]?")

# An HTML character reference as a page's source writes it: a name, or a
# decimal or hexadecimal code point, always closed by ";" (without it,
# "&copy" or "&para" could be the start of a word).  Text escaped twice
# (``&amp;#8217;``, ``&amp;amp;``) is undone in the same match.
_CHARACTER_REFERENCE = re.compile("&(?:amp;)?(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# A C1 control left alone once the mojibake is repaired is a cp1252 byte of
# text read as latin-1 (``they\x92re``): no prose holds one, so it becomes the
# cp1252 character (’, “, –, …) rather than going with the other controls.
_CP1252_BY_C1 = {chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in b"\x81\x8d\x8f\x90\x9d"}
_C1_OF_CP1252 = re.compile(f"[{''.join(_CP1252_BY_C1)}]")

# The joiners (ZWNJ, ZWJ) are spelling between two letters of a script that
# joins (Persian "می‌خواهیم", Hindi, Sinhala) and between the parts of one
# emoji (👩‍🚒): there they stay.  Anywhere else they are invisible noise.
_JOINED = (
    "\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufefc"
    "\u2600-\u27bf\ufe0f\U0001f000-\U0001faff"
)
# The marks and controls of text direction (LRM, RLM, ALM, embeddings,
# overrides, isolates) are as invisible: they steer how a line is shown,
# and spell no word.
_DIRECTION_MARKS = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_ZERO_WIDTH = re.compile(
    f"[\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e{_DIRECTION_MARKS}]"
    f"|(?<![{_JOINED}])[\u200c\u200d]|[\u200c\u200d](?![{_JOINED}])"
)
_EXOTIC_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LAYOUT_SPACES = re.compile("[\t\v\f]")
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_SPACE_RUN = re.compile(" {2,}")
_TRAILING_SPACE = re.compile(" \n| $")


# Every character the steps before the space runs act on, including the
# lead characters of all mojibake sequences (U+00C2..U+00F4): most text has
# none, and one scan for them lets it skip those steps.
_SUSPECT_CLASS = (
    "\r\u2028\u2029\u00c2-\u00f4\x00-\x09\x0b-\x1f\x7f-\xa0"
    "\u00ad\u1680\u180e\u2000-\u200d\u202f\u205f\u2060-\u2064\u3000\ufeff" + _DIRECTION_MARKS
)
# The same scan also stops at Chinese or Japanese (which count words by
# character): text it passes over has neither, told by the one scan.
_SUSPECT_OR_UNSPACED = re.compile(f"[{_SUSPECT_CLASS}{UNSPACED_CLASS}]")


def _class_ranges(body: str) -> list[tuple[int, int]]:
    """The code point ranges of a class body written as characters and ``a-b`` ranges."""
    ranges, at = [], 0
    while at < len(body):
        width = 3 if body[at + 1 : at + 2] == "-" and at + 2 < len(body) else 1
        ranges.append((ord(body[at]), ord(body[at + width - 1])))
        at += width
    return ranges


def _utf8_lead(code: int) -> int:
    return chr(code).encode("utf-8", "surrogatepass")[0]


# A regular expression's scan for a class costs a step for every character,
# and the class above finds nothing in most text: the text's UTF-8 bytes tell
# so several times faster.  Each character of the class shows in its first
# byte, the byte itself below U+0080, a lead byte above, which changes every
# 64 code points at most: the bytes that open no character of the class,
# continuation bytes among them, can be dropped in one pass, and where none is
# left the text holds no such character.  The lead E2 opens the curly quotes
# and dashes of most text as well as a few spaces and marks of the class: those
# are found by their bytes.
_CLASS_RANGES = _class_ranges(_SUSPECT_CLASS + UNSPACED_CLASS)
_CLASS_LEADS = {_utf8_lead(code) for low, high in _CLASS_RANGES
                for code in (*range(low, high, 1 if low < 0x80 else 64), high)}  # fmt: skip
_PUNCTUATION_LEAD, _PUNCTUATION = 0xE2, range(0x2000, 0x3000)  # the code points that lead opens
_BYTES_OPENING_NONE = bytes(byte for byte in range(256) if byte not in _CLASS_LEADS or byte == _PUNCTUATION_LEAD)
_CLASS_PUNCTUATION = re.compile(b"|".join(
    re.escape(chr(code).encode()) for low, high in _CLASS_RANGES
    for code in range(max(low, _PUNCTUATION.start), min(high + 1, _PUNCTUATION.stop))
))  # fmt: skip


def _holds_suspect_or_unspaced(text: str) -> bool:
    """Whether ``_SUSPECT_OR_UNSPACED`` finds a character in ``text``, told from its bytes (see above)."""
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _BYTES_OPENING_NONE))
    data = text.encode("utf-8", "surrogatepass")
    if data.translate(None, _BYTES_OPENING_NONE):
        return _SUSPECT_OR_UNSPACED.search(text) is not None
    return _CLASS_PUNCTUATION.search(data) is not None


def clean(text: str) -> tuple[str, tuple[str, ...]]:
    """The record's text made clean, with one warning per kind of repair."""
    text, warnings, _ = clean_and_scan(text)
    return text, warnings


def clean_and_scan(text: str) -> tuple[str, tuple[str, ...], bool]:
    """``clean``, plus whether the text may hold Chinese or Japanese (for count_words)."""
    warnings: list[str] = []
    if "&" in text:
        text = _decode_character_references(text, warnings)
    suspect = _holds_suspect_or_unspaced(text)
    if suspect:
        text = _repair_characters(text, warnings)
    if "  " in text:
        text, runs = _SPACE_RUN.subn(" ", text)
        warnings.append(f"whitespace-collapsed: {runs} runs")
    if " \n" in text or text.endswith(" "):
        text, trailing = _TRAILING_SPACE.subn(lambda m: m.group().lstrip(" "), text)
        warnings.append(f"trailing-blanks-removed: {trailing} lines")
    return text, tuple(warnings), suspect


def _decode_character_references(text: str, warnings: list[str]) -> str:
    """``&amp;`` → ``&``, ``&#8217;`` → ``’``; a name HTML does not define,
    and a number that is no character (``&#0;``, a surrogate), stay as written."""
    count = 0

    def decode(match: re.Match) -> str:
        nonlocal count
        reference = match.group()
        if reference.startswith("&amp;") and len(reference) > 5:
            reference = "&" + reference[5:]
        decoded = html.unescape(reference)
        if decoded in (reference, "\ufffd"):  # HTML reads a number that is no character as U+FFFD
            return match.group()
        count += 1
        return decoded

    text = _CHARACTER_REFERENCE.sub(decode, text)
    if count:
        warnings.append(f"html-entities-decoded: {count} references")
    return text


def _repair_characters(text: str, warnings: list[str]) -> str:
    """Mojibake, line ends, invisible and exotic characters, in that order."""
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append(f"mojibake-repaired: {repaired} sequences")
    text, mapped = _C1_OF_CP1252.subn(lambda m: _CP1252_BY_C1[m.group()], text)
    if mapped:
        warnings.append(f"c1-read-as-cp1252: {mapped} characters")
    text, breaks = _normalise_line_ends(text)
    if breaks:
        warnings.append(f"line-ends-normalised: {breaks} CR or CRLF")
    text, removed = _ZERO_WIDTH.subn("", text)
    if removed:
        warnings.append(f"zero-width-removed: {removed} characters")
    text, replaced = _EXOTIC_SPACES.subn(" ", text)
    if replaced:
        warnings.append(f"spaces-replaced: {replaced} non-breaking or exotic spaces")
    text = _LAYOUT_SPACES.sub(" ", text)
    text, removed = _CONTROLS.subn("", text)
    if removed:
        warnings.append(f"control-chars-removed: {removed} characters")
    return text


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8-read-as-cp1252 sequence by sequence; returns (text, sequences repaired)."""
    total = 0
    for _ in range(_MOJIBAKE_PASSES):
        count = 0

        def repair_sequence(match: re.Match) -> str:
            nonlocal count
            seen = match.group()
            fixed = _TRUNCATED.get(seen) or _as_utf8(seen)
            if fixed is None:
                # A run with one bad sequence in it: repair the common ones alone.
                return _SINGLE_ONLY.sub(repair_single, seen)
            count += len(fixed)
            return fixed

        def repair_single(match: re.Match) -> str:
            nonlocal count
            fixed = _as_utf8(match.group())
            if fixed is None:
                return match.group()
            count += len(fixed)
            return fixed

        def repair_run(match: re.Match) -> str:
            return _MOJIBAKE.sub(repair_sequence, match.group())

        text = _MISREAD_RUN.sub(repair_run, text)
        if not count:
            break
        total += count
    return text, total


def _as_utf8(seen: str) -> str | None:
    """The text whose UTF-8 bytes a cp1252 reading turned into ``seen``, or None."""
    try:
        return seen.encode("cp1252", CP1252_C1).decode("utf-8")
    except UnicodeError:
        return None


def _normalise_line_ends(text: str) -> tuple[str, int]:
    """CRLF, CR and the Unicode line and paragraph separators to LF, counted."""
    count = 0
    for old in ("\r\n", "\r", "\u2028", "\u2029"):
        found = text.count(old)
        if found:
            text = text.replace(old, "\n")
            count += found
    return text, count
