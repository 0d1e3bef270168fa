"""The content id: the same article text gives the same id on any run or machine.

It hashes what the parser made of the article (title, subtitle, author,
date, captions, body), not where it came from, so one article found in two
files is one article.  The serialisation is canonical JSON (sorted layout,
no spaces, UTF-8) behind a version tag: changing what enters the hash means
a new tag, never a silent change of every id.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from .record import Caption, json_string

ID_SCHEME = "newsarchive-id-1"
ID_HEX_CHARS = 16
_CANONICAL_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def content_id(
    *,
    title: str | None,
    subtitle: str | None,
    author: str | None,
    date: str | None,
    captions: Iterable[Caption],
    body: str,
) -> str:
    """16 lowercase hex characters of sha256 over the canonical article."""
    head = [
        ID_SCHEME,
        title,
        subtitle,
        author,
        date,
        [[c.text, c.credit] for c in captions],
    ]
    # The list closed by the body: ``[..., body]``, its JSON made once for the id and the JSONL line.
    data = f"{_CANONICAL_JSON(head)[:-1]},{json_string(body)}]"
    digest = hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:ID_HEX_CHARS]
