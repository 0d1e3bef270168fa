"""How alike two articles are: near-copies and rewrites, not mere shared topics.

A rewrite of an article (a paraphrase by a person or a language model) shares
few exact phrases with its original, but it keeps the facts: the names, the
numbers and most of the content words.  Two different stories on one topic
share the common words of that topic ("Israel", "ministry", "war") but not
the particulars.  So every measure here works on *content terms*: words left
after dropping function words, lower-cased and lightly stemmed, with names
and numbers weighted above ordinary words.

Finding candidates must not compare a new article with the whole archive.
``signature`` is a one-permutation MinHash of the content terms (each term
hashed once, so the cost grows with the article, not with the number of
hash functions), cut into ``BANDS`` band keys for locality-sensitive
lookup.  ``compare`` then verifies a candidate with exact measures and
names the kind of link, or None.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections import Counter
from itertools import chain
from dataclasses import dataclass
from functools import lru_cache

from .record import words

BUCKETS = 192  # minimum hashes per signature
# A band is two buckets, both of which must agree for the band to match.
# Bands cover the first 64 buckets; all 192 serve the agreement estimate.
# Each band is a row to store and an index seek at every lookup, so there
# are as few as recall allows: the seeds share 5 of 32.  Fewer or narrower
# bands lose rewrites once the archive is large (see linking_eval.py
# --scale-recall): one-bucket keys are mostly common words, whose quota
# fills, and 16 or 24 two-bucket bands found 44 and 48 of the 51 labelled
# pairs among 20,000 other articles, against 50 for 32.
BANDS = 32

# Thresholds chosen on the labelled pairs in tests/data/linking (see
# benchmarks/linking_eval.py for the measured precision and recall).
NEAR_COPY_SHINGLES = 0.8  # containment of 5-word shingles
COPY_GATE = 0.3  # weighted cosine below which not even an excerpt is a near-copy
REWRITE_SCORE = 0.5  # weighted cosine of content terms
REWRITE_NAMES = 0.5  # containment of names and numbers

# Stripped from both ends of a whitespace-separated word (splitting on
# whitespace and caching each distinct word is several times faster than a
# tokenising regular expression, and ingest pays this cost for every article).
_PUNCTUATION = "\"'“”‘’«»()[]{}<>.,;:!?…—–-/*_#|&%$€£+=~^`@"
_SHINGLE = 5
_EMPTY = 1 << 62  # an empty bucket: larger than any densified value
_KEY_MASK = (1 << 47) - 1
_FNV_PRIME = 0x100000001B3
_BAND_SEEDS = tuple((band + 1) * _FNV_PRIME for band in range(BANDS))  # the first step of each band's key

_STOPWORDS = frozenset(
    """a about above after again against all also although am among an and another any are
    around as at be because been before being below between both but by can could did do does
    doing down during each either even ever every few for from further had has have having he
    her here hers herself him himself his how however i if in into is it its itself just last
    least less like made make many may me might more most much must my myself near neither new
    no nor not now of off often on once one only or other others our ours out over own per
    rather said same says say saying several she should since so some such than that the their
    theirs them themselves then there these they this those though through thus to too toward
    towards two under until up upon us very was we were what when where whether which while who
    whom whose why will with within without would yet you your yours according told week
    year years day days time first still later well already across along amid three""".split()
)


class Profile:
    """What the measures need of one article: content terms now, shingles on demand.

    Shingles are only needed to verify a candidate, and most articles have
    none, so they are hashed the first time ``compare`` asks for them.
    """

    __slots__ = ("terms", "names", "norm", "_text", "_shingles")

    def __init__(self, text: str):
        terms: dict[str, float] = {}
        names: set[str] = set()
        for (term, is_name), n in Counter(filter(None, map(_content_term, text.split()))).items():
            terms[term] = terms.get(term, 0.0) + (2.0 * n if is_name else float(n))
            if is_name:
                names.add(term)
        for term, tf in terms.items():
            terms[term] = math.sqrt(tf)  # damp repetition: one name said ten times is not ten facts
        self.terms: dict[str, float] = terms  # content term -> weight, names and numbers boosted
        self.names: frozenset[str] = frozenset(names)  # names and numbers
        self.norm: float = math.sqrt(sum(w * w for w in terms.values()))
        self._text = text
        self._shingles: frozenset[int] | None = None

    @property
    def shingles(self) -> frozenset[int]:
        """Hashed 5-word shingles of the lower-cased words, punctuation and all."""
        if self._shingles is None:
            words = self._text.lower().split()
            self._shingles = frozenset(
                hash_text(" ".join(words[i : i + _SHINGLE])) for i in range(max(0, len(words) - _SHINGLE + 1))
            )
        return self._shingles


@dataclass(frozen=True)
class Match:
    kind: str  # "near-copy" or "rewrite"
    score: float


def _stem(word: str) -> str:
    """Fold the common English inflections, enough to match 'hosting' with 'hosted'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix, keep in (("ing", 5), ("ed", 4), ("es", 4), ("s", 3)):
        if len(word) > keep and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def profile(text: str) -> Profile:
    return Profile(text)


# Small: signatures go through _WORD_FEATURES, which caches the same words;
# this one serves the rarer profiles of verification.
@lru_cache(maxsize=1 << 12)
def _content_term(word: str) -> tuple[str, bool] | None:
    """(term, is a name or number) for a content word, None for a function word."""
    word = word.strip(_PUNCTUATION)
    if word[-2:] in ("’s", "'s"):
        word = word[:-2]
    if not word:
        return None
    if word[0].isdigit():
        return word.replace(",", ""), True
    lower = word.lower()
    if len(lower) < 3 or lower in _STOPWORDS or not lower[0].isalpha():
        return None
    return _stem(lower), word[0].isupper()


def hash_text(text: str) -> int:
    """A stable 32-bit hash: the same on every run and machine, unlike ``hash``."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


@dataclass(frozen=True)
class Sketch:
    """What linking stores of an article, computed where it is parsed.

    ``keys`` are its LSH band keys (the band folded into each key, so one
    indexed column finds them); ``signature`` keeps one byte of every
    bucket, enough to estimate how alike two articles are before paying
    for a verification (see ``agreement``).
    """

    keys: tuple[int, ...]
    signature: bytes


# Byte 4 of each minimum packed in 8 bytes is bits 24-31: the top byte of
# the 32-bit hash (its low bits are tied to the bucket number), whatever a
# densified bucket added above bit 32.
_PACK = struct.Struct(f">{BUCKETS}Q").pack


def sketch(text: str) -> Sketch:
    sig = text_signature(text)
    return Sketch(tuple(band_keys(sig)), _PACK(*sig)[4::8] if sig else b"")


def agreement(a: bytes, b: bytes) -> float:
    """Share of buckets whose minima agree: an estimate of the Jaccard
    similarity of the two feature sets (plus 1/256 for byte collisions)."""
    if not a or len(a) != len(b):
        return 0.0
    differing = int.from_bytes(a, "big") ^ int.from_bytes(b, "big")
    return differing.to_bytes(len(a), "big").count(0) / len(a)


def signature(prof: Profile) -> list[int]:
    return text_signature(prof._text)


def text_signature(text: str) -> list[int]:
    """One-permutation MinHash: each feature lands in one bucket, the bucket keeps its minimum.

    Names and numbers enter three times (as themselves and under two marks),
    because a rewrite keeps them while it changes the ordinary words.  Empty
    buckets (short articles) borrow from the next filled one, shifted by the
    distance, so they still compare fairly (rotation densification).  An
    article without content terms has no signature (an empty list).
    """
    mins = [_EMPTY] * BUCKETS
    # One pass, no sort: sorting the 32-bit hashes (two digits each, so
    # CPython's fast path for small ints does not apply) cost twice this.
    # A repeated word is looked up again rather than removed by a set first,
    # which costs more than the repeats.
    for value in chain.from_iterable(map(_WORD_FEATURES.__getitem__, words(text))):
        bucket = value % BUCKETS
        if value < mins[bucket]:
            mins[bucket] = value
    empty = mins.count(_EMPTY)
    if empty == BUCKETS:
        return []
    if empty:
        filled = list(mins)
        for i in range(BUCKETS):
            if mins[i] == _EMPTY:
                distance = 1
                while mins[(i + distance) % BUCKETS] == _EMPTY:
                    distance += 1
                filled[i] = mins[(i + distance) % BUCKETS] + (distance << 32)
        mins = filled
    return mins


class _FeatureCache(dict):
    """word -> hashes of the features it contributes: its content term, and
    for a name or number the term under two marks as well.  News repeats
    its words, so nearly every lookup is a hit.  Memory stays flat with two
    generations: when this one is full it becomes the older one, and a word
    found there moves back, so the frequent words survive the turnover and
    only the rare ones are computed again (emptying the cache instead costs
    a tenth of the signature on a vocabulary a little larger than it)."""

    LIMIT = 1 << 14  # words of one generation

    def __init__(self) -> None:
        super().__init__()
        self.older: dict[str, tuple[int, ...]] = {}

    def __missing__(self, word: str) -> tuple[int, ...]:
        hashes = self.older.get(word)
        if hashes is None:
            hashes = _word_features(word)
        if len(self) >= self.LIMIT:
            self.older = dict(self)
            self.clear()
        self[word] = hashes
        return hashes


def _word_features(word: str) -> tuple[int, ...]:
    found = _content_term(word)
    if found is None:
        return ()
    term, is_name = found
    features = (term, "\x01" + term, "\x02" + term) if is_name else (term,)
    # Spread crc32's bits before bucketing.
    return tuple((hash_text(f) * 0x9E3779B1) & 0xFFFFFFFF for f in features)


_WORD_FEATURES = _FeatureCache()


def band_keys(sig: list[int]) -> list[int]:
    """One key per band, the band number mixed in; an empty signature has none.

    Keys are 47 bits, so SQLite stores each in six bytes; a chance collision
    between two bands would still need a second one to make a candidate.
    Each key is FNV-style: (band + 1), then for each of the band's two
    values, multiply by the prime and xor the value in.
    """
    if not sig:
        return []
    return [(((first ^ a) & _KEY_MASK) * _FNV_PRIME ^ b) & _KEY_MASK
            for first, a, b in zip(_BAND_SEEDS, sig[0 : 2 * BANDS : 2], sig[1 : 2 * BANDS : 2])]  # fmt: skip


def cosine(a: Profile, b: Profile) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a, b) if len(a.terms) <= len(b.terms) else (b, a)
    dot = sum(w * large.terms.get(t, 0.0) for t, w in small.terms.items())
    return dot / (a.norm * b.norm)


def containment(a: frozenset, b: frozenset) -> float:
    """Share of the smaller set found in the larger: a shortened copy still scores high."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def compare(a: Profile, b: Profile) -> Match | None:
    """The link between two articles, or None when they are merely alike in topic."""
    score = cosine(a, b)
    if score < COPY_GATE:
        return None  # hashing shingles costs more than the rest: only for likely copies
    copied = containment(a.shingles, b.shingles)
    if copied >= NEAR_COPY_SHINGLES:
        return Match("near-copy", round(copied, 3))
    if score >= REWRITE_SCORE and containment(a.names, b.names) >= REWRITE_NAMES:
        return Match("rewrite", round(score, 3))
    return None
