"""Bytes of one input file → its article records.  Pure: reads and writes nothing.

decode (bytes → text, or rejected) → split (text → raw records) → clean
(hygiene) → fields (title … body) → identity (content id) → Record.
Top level and picklable, so it can run in a worker process.
"""

from __future__ import annotations

import hashlib
import re

from . import fields, identity
from .decode import decode
from .errors import InputRejected
from .record import Record, count_words
from .settings import Settings
from .split import split_records
from .text import clean_and_scan

NO_TEXT = "no article text"
# A letter or a digit in any script: a body of marks alone (``---``, ``***``) holds no article text.
_ARTICLE_TEXT = re.compile(r"[^\W_]")


def parse_bytes(data: bytes, source_path: str, settings: Settings = Settings()) -> list[Record]:
    """All the articles in one file, numbered from 0; InputRejected when there are none."""
    decoded = decode(data, settings.max_bytes)
    extra = frozenset(settings.extra_boilerplate)
    records: list[Record] = []
    for raw in split_records(decoded.text, day_first=settings.day_first):
        text, hygiene, may_be_unspaced = clean_and_scan(raw.body)
        draft = fields.parse_fields(
            text, header_date=raw.date, day_first=settings.day_first, extra_boilerplate=extra, cleaned=True
        )
        if not _ARTICLE_TEXT.search(draft.body):
            continue  # no article text: nothing, or only marks
        warnings = [*decoded.warnings, *raw.warnings, *hygiene, *draft.warnings]
        records.append(
            Record(
                id=identity.content_id(
                    title=draft.title,
                    subtitle=draft.subtitle,
                    author=draft.author,
                    date=draft.date,
                    captions=draft.captions,
                    body=draft.body,
                ),
                source_path=source_path,
                source_record=len(records),
                source_sha256=hashlib.sha256(decoded.encode(raw.raw)).hexdigest(),
                title=draft.title,
                subtitle=draft.subtitle,
                author=draft.author,
                date=draft.date,
                captions=tuple(draft.captions),
                body=draft.body,
                word_count=count_words(draft.body, may_be_unspaced),
                boilerplate=tuple(draft.boilerplate),
                warnings=tuple(dict.fromkeys(warnings)),
            )
        )
    if not records:
        raise InputRejected(NO_TEXT)
    return records
