"""The few choices that change what the parser produces, in one frozen place.

Settings travel to worker processes, so they are plain picklable data.  Their
``fingerprint`` is stored with each ingested file: a file is parsed again
when the settings that shaped its records change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    # An ambiguous numeric date such as 03/04/2023 is read day-first
    # (3 April) unless this is False; either way a warning says so.
    day_first: bool = True
    # Files larger than this are rejected before they are read.
    max_bytes: int = DEFAULT_MAX_BYTES
    # Extra boilerplate phrases from a user file, one per entry.
    extra_boilerplate: tuple[str, ...] = ()

    def fingerprint(self) -> str:
        text = repr((self.day_first, sorted(self.extra_boilerplate)))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
