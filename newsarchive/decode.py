"""Bytes of one input file to text, or a rejection.

The chain, in order: size limit -> byte order mark (UTF-32, UTF-16, UTF-8)
-> UTF-16 told by its zero bytes -> binary check -> strict UTF-8 -> cp1252
-> reject.  One codec decodes the
whole file, so every slice of the text maps back to its exact bytes
(``Decoded.encode``), which is what a record's ``source_sha256`` hashes.

cp1252 leaves five bytes undefined (81 8D 8F 90 9D).  They decode to the C1
control characters of the same number, as the WHATWG encoding standard does:
nothing is lost, the bytes come back on encode, and UTF-8 that was misread
(``”`` is E2 80 9D) stays repairable by ``text.clean``.  A file whose
cp1252 reading is largely control characters is rejected rather than guessed.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import InputRejected

# Error handler name for cp1252 with its undefined bytes kept as C1 controls;
# text.py uses it too, to turn misread characters back into their bytes.
CP1252_C1 = "newsarchive.cp1252-c1"


def _c1_passthrough(error: UnicodeError) -> tuple:
    """Map cp1252's undefined bytes to C1 controls and back, one to one."""
    if isinstance(error, UnicodeDecodeError):
        chunk = error.object[error.start : error.end]
        return "".join(chr(b) for b in chunk), error.end
    if isinstance(error, UnicodeEncodeError):
        chunk = error.object[error.start : error.end]
        if all(0x80 <= ord(c) <= 0x9F for c in chunk):
            return bytes(ord(c) for c in chunk), error.end
    raise error


codecs.register_error(CP1252_C1, _c1_passthrough)

# (mark, codec) longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that are not layout (tab, LF, VT, FF, CR stay), plus DEL.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r") + b"\x7f"
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
_CONTROL_CHARS = tuple(chr(b) for b in _CONTROL_BYTES) + tuple(chr(b) for b in range(0x80, 0xA0))

# "Mostly control characters" for the binary check; the cp1252 reading is
# held to a stricter share, since there the bytes already failed as UTF-8.
_BINARY_SHARE = 0.30
# Shares of zero bytes that mark UTF-16 without a byte order mark (see
# ``_utf16_by_zero_bytes``): in the high byte of each code unit, and in the low one.
_UTF16_HIGH_ZEROS = 0.5
_UTF16_LOW_ZEROS = 0.001
_CP1252_CONTROL_SHARE = 0.10


@dataclass(frozen=True)
class Decoded:
    text: str  # original line ends kept; no byte order mark
    encoding: str  # the codec that read every byte after the mark
    warnings: tuple[str, ...] = ()

    def encode(self, s: str) -> bytes:
        """The exact original bytes of any slice of ``text``."""
        if self.encoding == "cp1252":
            return s.encode("cp1252", errors=CP1252_C1)
        return s.encode(self.encoding)


def decode(data: bytes, max_bytes: int) -> Decoded:
    """Decode one file's bytes; raise InputRejected when they are not usable text."""
    if len(data) > max_bytes:
        raise InputRejected(f"too large: {len(data)} bytes (limit {max_bytes})")
    if not data.strip():
        raise InputRejected("empty file")
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return _with_bom(data[len(mark) :], codec)
    if b"\x00" in data:
        codec = _utf16_by_zero_bytes(data)
        if codec is None:
            raise InputRejected("binary file")
        return _without_bom(data, codec)
    if _control_share_of_bytes(data) > _BINARY_SHARE:
        raise InputRejected("binary file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    return _as_cp1252(data, first_bad)


def _with_bom(body: bytes, codec: str) -> Decoded:
    name = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as error:
        if codec == "utf-8":
            # Files concatenated into one dump: a UTF-8 part opened it, a cp1252
            # part came later.  The chain goes on to cp1252, whose mojibake of
            # the UTF-8 parts the cleaning repairs, rather than losing the dump.
            decoded = _as_cp1252(body, error.start + len(codecs.BOM_UTF8))
            return Decoded(decoded.text, decoded.encoding, ("bom-removed: UTF-8 byte order mark", *decoded.warnings))
        raise InputRejected(f"not decodable text: invalid {name} at byte {error.start}") from None
    if "\x00" in text or _control_share_of_text(text) > _BINARY_SHARE:
        raise InputRejected("binary file")
    if not text.strip():
        raise InputRejected("empty file")
    if codec == "utf-8":
        warning = "bom-removed: UTF-8 byte order mark"
    else:
        warning = f"encoding-{codec}: read as {name} from its byte order mark"
    return Decoded(text, codec, (warning,))


def _utf16_by_zero_bytes(data: bytes) -> str | None:
    """The UTF-16 codec of text saved without a byte order mark, else None.

    Spaces, digits, line ends and Latin letters put a zero in the high byte
    of their code unit, so in such text at least half of the high bytes are
    zero and (no character being U+0000) next to none of the low bytes.
    Binary data shows no such split between even and odd positions.
    """
    if len(data) % 2:
        return None
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for high, low, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if high >= _UTF16_HIGH_ZEROS * half and low <= _UTF16_LOW_ZEROS * half:
            return codec
    return None


def _without_bom(data: bytes, codec: str) -> Decoded:
    decoded = _with_bom(data, codec)
    name = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
    return Decoded(decoded.text, codec, (f"encoding-{codec}: read as {name} without a byte order mark",))


def _as_cp1252(data: bytes, first_bad: int) -> Decoded:
    text = data.decode("cp1252", errors=CP1252_C1)
    controls = _control_share_of_bytes(data) * len(data) + sum(map(data.count, _CP1252_UNDEFINED))
    if controls > _CP1252_CONTROL_SHARE * len(data):
        raise InputRejected("not decodable text: neither UTF-8 nor cp1252")
    return Decoded(text, "cp1252", (f"encoding-cp1252: not valid UTF-8 (byte {first_bad}), read as cp1252",))


def _control_share_of_bytes(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _control_share_of_text(text: str) -> float:
    if not text:
        return 0.0
    return sum(map(text.count, _CONTROL_CHARS)) / len(text)
