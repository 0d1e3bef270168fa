"""Precision and recall of article linking on the labelled pairs.

Positives are the pairs labelled ``rewrite`` or ``near-copy``; negatives are
``same-topic`` (different stories on one subject) and ``unrelated``.  A pair
counts as linked when the LSH bands make it a candidate *and* the verification
step accepts it, exactly as at ingest (shared bands, then signature
agreement, then verification).  When the two seed dumps are present
(../shared/seeds), their pair is scored too, as a rewrite, and the seed
article is paired with every other-topic story as a negative.

With ``--scale N`` it also times ``linking.link_article`` (what the writing
process pays per article at ingest; the sketch is computed in the workers)
while an in-memory archive grows to N synthetic articles (see ``scale_cost``).
With ``--scale-recall N`` it measures recall where it is hardest: the first
article of each positive pair stored among N synthetic ones, the second
after them all, linked through the band index with its quotas, as at
ingest (see ``scale_recall``).

Usage: python3 benchmarks/linking_eval.py [-v] [--scale N] [--scale-recall N]
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import time
from dataclasses import dataclass

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from newsarchive import linking, similarity  # noqa: E402

DATA = os.path.join(ROOT, "tests", "data", "linking")
POSITIVE = {"rewrite", "near-copy"}


@dataclass
class Outcome:
    left: str
    right: str
    label: str
    candidate: bool
    match: similarity.Match | None

    @property
    def linked(self) -> bool:
        return self.candidate and self.match is not None


def load_texts() -> dict[str, str]:
    texts = {}
    folder = os.path.join(DATA, "articles")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            texts[name[: -len(".txt")]] = f.read()
    return texts


def load_pairs() -> list[tuple[str, str, str]]:
    with open(os.path.join(DATA, "pairs.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    return [(a, b, label) for a, b, label in rows]


def evaluate(texts: dict[str, str], pairs: list[tuple[str, str, str]]) -> list[Outcome]:
    profiles = {name: similarity.profile(text) for name, text in texts.items()}
    sketches = {name: similarity.sketch(text) for name, text in texts.items()}
    outcomes = []
    for a, b, label in pairs:
        shared = len(set(sketches[a].keys) & set(sketches[b].keys))
        candidate = linking.is_candidate(shared, similarity.agreement(sketches[a].signature, sketches[b].signature))
        outcomes.append(Outcome(a, b, label, candidate, similarity.compare(profiles[a], profiles[b])))
    return outcomes


def precision_recall(outcomes: list[Outcome]) -> tuple[float, float]:
    true_pos = sum(o.linked and o.label in POSITIVE for o in outcomes)
    linked = sum(o.linked for o in outcomes)
    positives = sum(o.label in POSITIVE for o in outcomes)
    return (true_pos / linked if linked else 1.0, true_pos / positives if positives else 1.0)


def with_seeds(texts: dict[str, str], pairs: list[tuple[str, str, str]]) -> None:
    seeds = os.path.join(ROOT, "..", "shared", "seeds")
    if not os.path.isdir(seeds):
        return
    names = sorted(n for n in os.listdir(seeds) if n.endswith(".txt"))[:2]
    if len(names) < 2:
        return
    for name in names:
        with open(os.path.join(seeds, name), encoding="utf-8") as f:
            texts["seed:" + name[:3]] = f.read()
    pairs.append(("seed:000", "seed:001", "rewrite"))
    for other in texts:
        if other.count(".") == 0 and ":" not in other:
            label = "same-topic" if other.startswith("gaza-") else "unrelated"
            pairs.append(("seed:000", other, label))
            pairs.append(("seed:001", other, label))


def synthetic_bodies(texts: dict[str, str], words: int, seed: int = 7):
    """Endless synthetic articles: four sentences of the labelled stories (so
    topics recur) and ``words`` words drawn from a Zipf-like vocabulary of
    50,000 content words, the shape of word frequencies in news once the few
    hundred commonest (function words, which the measures drop) are gone."""
    rng = random.Random(seed)
    sentences = [s for text in texts.values() for s in text.replace("\n", " ").split(". ") if len(s) > 40]
    vocabulary = [f"w{i}" for i in range(50_000)]
    weights = [1 / (rank + 300) for rank in range(len(vocabulary))]
    while True:
        drawn = rng.choices(vocabulary, weights, k=words)
        yield ". ".join(rng.sample(sentences, 4) + [" ".join(drawn[i : i + 15]) for i in range(0, words, 15)])


def _memory_archive() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE articles (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, body TEXT)")
    conn.executescript(linking.SCHEMA)
    conn.execute("BEGIN")
    return conn


def _store(conn: sqlite3.Connection, article_id: str, body: str) -> float:
    """Store and link one article; the seconds linking took."""
    rowid = conn.execute("INSERT INTO articles (id, body) VALUES (?, ?)", (article_id, body)).lastrowid
    sketch = similarity.sketch(body)
    start = time.perf_counter()
    linking.link_article(conn, rowid, article_id, body, sketch)
    return time.perf_counter() - start


def scale_recall(texts: dict[str, str], pairs: list[tuple[str, str, str]], total: int,
                 words: int) -> tuple[int, int, int]:  # fmt: skip
    """(positive pairs linked, positive pairs, negative pairs linked) when the
    first articles of the pairs sit in the middle of ``total`` synthetic ones
    and the second ones come after all of them: by then the band keys of
    common words have filled their quotas, so only rarer keys are evidence.
    The fewer the random words of a synthetic article, the larger the share
    of its terms that come from the labelled stories, and the more of those
    stories' keys are common: a harsher test."""
    conn = _memory_archive()
    positive = [(a, b) for a, b, label in pairs if label in POSITIVE]
    firsts = sorted({a for a, _ in positive})
    seconds = sorted({b for _, b in positive} - set(firsts))
    bodies = synthetic_bodies(texts, words)
    for n in range(total):
        _store(conn, f"synthetic-{n}", next(bodies))
        if n == total // 2:
            for name in firsts:
                _store(conn, name, texts[name])
    for name in seconds:
        _store(conn, name, texts[name])
    links = set(conn.execute("SELECT article_id, linked_id FROM links"))
    negative = [(a, b) for a, b, label in pairs if label not in POSITIVE]
    return sum(pair in links for pair in positive), len(positive), sum(pair in links for pair in negative)


def scale_cost(texts: dict[str, str], total: int) -> tuple[float, float]:
    """Mean milliseconds of link_article per article over the first and the
    last 1,000, while the archive grows to ``total`` synthetic articles."""
    conn = _memory_archive()
    bodies = synthetic_bodies(texts, 120)
    window = min(1000, total // 2)
    costs = [_store(conn, f"{n:016x}", next(bodies)) for n in range(total)]
    conn.execute("COMMIT")
    return sum(costs[:window]) / window * 1e3, sum(costs[-window:]) / window * 1e3


def main(argv: list[str]) -> int:
    texts, pairs = load_texts(), load_pairs()
    with_seeds(texts, pairs)
    outcomes = evaluate(texts, pairs)
    precision, recall = precision_recall(outcomes)
    for label in ("rewrite", "near-copy", "same-topic", "unrelated"):
        group = [o for o in outcomes if o.label == label]
        linked = sum(o.linked for o in group)
        print(f"{label:11} {len(group):3} pairs, {linked:3} linked, {sum(o.candidate for o in group):3} LSH candidates")
    if "-v" in argv:
        for o in outcomes:
            a, b = similarity.profile(texts[o.left]), similarity.profile(texts[o.right])
            print(f"  {o.label:10} {'LINK' if o.linked else '    '} cand={int(o.candidate)} "
                  f"cos={similarity.cosine(a, b):.3f} names={similarity.containment(a.names, b.names):.3f} "
                  f"sh={similarity.containment(a.shingles, b.shingles):.3f} {o.left} ~ {o.right}")
    body = "\n\n".join(texts.values())
    start = time.perf_counter()
    rounds = 20
    for _ in range(rounds):
        for text in texts.values():
            similarity.sketch(text)
    per_article = (time.perf_counter() - start) / (rounds * len(texts))
    words = len(body.split()) / len(texts)
    print(f"pairs {len(outcomes)}: precision {precision:.3f}, recall {recall:.3f}")
    print(f"sketch (signature + band keys): {per_article * 1e6:.0f} us an article ({words:.0f} words on average)")
    if "--scale" in argv:
        total = int(argv[argv.index("--scale") + 1])
        first, last = scale_cost(texts, total)
        print(f"link_article: {first:.2f} ms an article for the first 1,000, {last:.2f} ms at {total:,} articles")
    if "--scale-recall" in argv:
        total = int(argv[argv.index("--scale-recall") + 1])
        for words in (300, 120):
            linked, positives, false_links = scale_recall(texts, pairs, total, words)
            print(f"among {total:,} other articles of {words} random words and 4 labelled sentences: {linked} of "
                  f"{positives} positive pairs linked (recall {linked / positives:.3f}), {false_links} negative linked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
