"""The article record: the one shape every sink and every command shares.

Field order is the order of SPEC §2 and is the order of the JSON keys, so a
JSONL line, ``parse`` output and ``show --json`` read the same way.  A record
is frozen once built; the parser works on its own drafts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from json.encoder import encode_basestring

FIELDS = (
    "id",
    "source_path",
    "source_record",
    "source_sha256",
    "title",
    "subtitle",
    "author",
    "date",
    "captions",
    "body",
    "word_count",
    "boilerplate",
    "warnings",
    "supersedes",
)


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "credit": self.credit}


@dataclass(frozen=True)
class Record:
    id: str
    source_path: str
    source_record: int
    source_sha256: str
    title: str | None
    subtitle: str | None
    author: str | None
    date: str | None
    captions: tuple[Caption, ...]
    body: str
    word_count: int
    boilerplate: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    supersedes: str | None = field(default=None)

    def to_dict(self) -> dict:
        out = {name: getattr(self, name) for name in FIELDS}
        out["captions"] = [c.to_dict() for c in self.captions]
        out["boilerplate"] = list(self.boilerplate)
        out["warnings"] = list(self.warnings)
        return out

    def to_json(self, indent: int | None = None) -> str:
        """One JSON object, UTF-8 text not ASCII-escaped.

        A source path that held bytes which are not UTF-8 reaches us as lone
        surrogates (``os.fsdecode``); they are written as ``\\udcNN`` escapes,
        so the line stays valid UTF-8 and ``json.loads`` + ``os.fsencode``
        give back the exact file name.
        """
        data = self.to_dict()
        if indent is not None:
            return _escape_lone_surrogates(json.dumps(data, ensure_ascii=False, indent=indent))
        # The body, most of the line, was encoded already for the content id.
        # It goes in before the key after it (a value's quotes are escaped,
        # so the first such text is that key).
        del data["body"]
        head = json_text(data)
        cut = head.index(', "word_count": ')
        return _escape_lone_surrogates(f'{head[:cut]}, "body": {json_string(self.body)}{head[cut:]}')

    @classmethod
    def from_dict(cls, data: dict) -> "Record":
        values = {name: data.get(name) for name in FIELDS}
        values["captions"] = tuple(
            Caption(c.get("text", ""), c.get("credit")) for c in data.get("captions") or ()
        )
        values["boilerplate"] = tuple(data.get("boilerplate") or ())
        values["warnings"] = tuple(data.get("warnings") or ())
        return cls(**values)


# ``json.dumps`` with options builds an encoder per call; ingest encodes
# several values of every article, so one encoder serves them all.
json_text = json.JSONEncoder(ensure_ascii=False).encode

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_lone_surrogates(text: str) -> str:
    # Lone surrogates are the only text UTF-8 refuses: encoding runs several
    # times faster than the scan, which only a file name ever needs.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(lambda m: "\\u%04x" % ord(m.group()), text)
    return text


# A paragraph of marks only ("***", "---", "🎆🎆🎆"): a break or a decoration,
# no word.  Found after the line end before it (a literal first character
# scans fastest); the body's first paragraph is tried on its own.
_MARKS_PARAGRAPH = re.compile(r"\n([^\w\n]+)(?=\n|\Z)")
_MARKS_FIRST_PARAGRAPH = re.compile(r"[^\w\n]+(?=\n|\Z)")
# Scripts written without spaces between words (Chinese, Japanese kana and kanji).
UNSPACED_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED = re.compile(f"[{UNSPACED_CLASS}]")
# In such text, each character is a word, and so is a run of other letters or digits.
_UNSPACED_WORD = re.compile(f"[{UNSPACED_CLASS}]|[^\\W{UNSPACED_CLASS}]+")


# Ingest handles each body twice in one process, moments apart: it counts
# the words while parsing and hashes them for linking, and it encodes the
# body as JSON for the content id and again for the JSONL line.  Both steps
# are remembered for the last few bodies (not for large ones, whose word
# lists would hold many megabytes).
_REMEMBERED_CHARS = 1 << 16
_remembered_split = lru_cache(maxsize=8)(str.split)
_remembered_json = lru_cache(maxsize=8)(encode_basestring)


def words(text: str) -> list[str]:
    """The text split at whitespace; callers must not change the list."""
    return _remembered_split(text) if len(text) < _REMEMBERED_CHARS else text.split()


def json_string(text: str) -> str:
    """The text as a JSON string, not ASCII-escaped."""
    return _remembered_json(text) if len(text) < _REMEMBERED_CHARS else encode_basestring(text)


def count_words(body: str, may_be_unspaced: bool = True) -> int:
    """Words as a reader counts them: runs of non-space characters.

    A paragraph of marks only (``***``, ``---``, emoji) holds no word.
    Chinese and Japanese put no space between words, so there each
    character counts as one, as word processors count them; a caller that
    has scanned the text already says when there is none
    (``may_be_unspaced=False``).
    """
    count = len(words(body))
    if "\n" in body or not body[:1].isalnum():
        first = _MARKS_FIRST_PARAGRAPH.match(body)
        count -= sum(len(marks.split()) for marks in _MARKS_PARAGRAPH.findall(body))
        count -= len(first.group().split()) if first else 0
    if may_be_unspaced and _UNSPACED.search(body):
        for token in words(body):
            if _UNSPACED.search(token):
                count += len(_UNSPACED_WORD.findall(token)) - 1
    return count
