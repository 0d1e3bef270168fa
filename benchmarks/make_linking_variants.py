"""Write the generated half of the labelled linking set, and the list of pairs.

The hand-written half lives in tests/data/linking/articles: base stories named
``<topic>-<story>.txt`` (two different stories per topic) and hand-written
rewrites ``<name>.rewrite.txt``.  This script adds, for every base story, a
rule-based paraphrase (``.paraphrase.txt``: synonyms, reordered and dropped
sentences) and a near-copy (``.copy.txt``: a republished version with a
changed word, a dropped paragraph and an editor's note), then writes
``pairs.tsv`` (left, right, label) from the naming convention.  Re-run it
after adding stories: python3 benchmarks/make_linking_variants.py
"""

import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "tests", "data", "linking")
ARTICLES = os.path.join(DATA, "articles")

SYNONYMS = {
    "said": "stated", "told": "informed", "more than": "over", "people": "individuals",
    "after": "following", "warned": "cautioned", "began": "started", "highest": "greatest",
    "largest": "biggest", "killed": "left dead", "help": "assistance", "homes": "houses",
    "expected": "forecast", "cut": "lowered", "rose": "climbed", "fell": "declined",
    "showed": "demonstrated", "near": "close to", "about": "roughly", "also": "in addition",
    "while": "whereas", "won": "secured", "lost": "was defeated", "new": "fresh",
    "called": "described", "country": "nation", "city": "town", "week": "seven days",
    "start": "begin", "stayed": "remained", "urged": "encouraged", "officials": "authorities",
}
_WORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, SYNONYMS), key=len, reverse=True)) + r")\b")
_SENTENCE = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


def paraphrase(text: str) -> str:
    paragraphs = [p for p in text.strip().split("\n\n")]
    out = []
    for n, para in enumerate(paragraphs):
        sentences = _SENTENCE.split(_WORD.sub(lambda m: SYNONYMS[m.group()], para))
        if len(sentences) > 1:
            sentences = sentences[1:] + sentences[:1]  # reorder
            if n % 2:
                sentences = sentences[:-1]  # drop one
        out.append(" ".join(sentences))
    return "Here is what we know so far.\n\n" + "\n\n".join(out[1:] + out[:1]) + "\n"


def near_copy(text: str) -> str:
    paragraphs = text.strip().split("\n\n")
    kept = paragraphs[:-1] if len(paragraphs) > 3 else paragraphs
    kept[0] = re.sub(r"\bon (\w+day)\b", r"late on \1", kept[0], count=1)
    return "\n\n".join(kept) + "\n\nThis article was first published by our partner site.\n"


def main() -> None:
    names = sorted(f for f in os.listdir(ARTICLES) if f.endswith(".txt"))
    bases = [f[:-4] for f in names if f.count(".") == 1]
    for base in bases:
        with open(os.path.join(ARTICLES, base + ".txt"), encoding="utf-8") as f:
            text = f.read()
        for suffix, make in ((".paraphrase", paraphrase), (".copy", near_copy)):
            with open(os.path.join(ARTICLES, base + suffix + ".txt"), "w", encoding="utf-8") as f:
                f.write(make(text))
    topic = {b: b.split("-")[0] for b in bases}
    pairs = []
    for base in bases:
        pairs.append((base, base + ".paraphrase", "rewrite"))
        pairs.append((base, base + ".copy", "near-copy"))
        if base + ".rewrite.txt" in names:
            pairs.append((base, base + ".rewrite", "rewrite"))
    for i, a in enumerate(bases):
        for b in bases[i + 1 :]:
            if topic[a] == topic[b]:
                pairs.append((a, b, "same-topic"))
                for left, right in ((a, b), (b, a)):
                    if left + ".rewrite.txt" in names:
                        pairs.append((left + ".rewrite", right, "same-topic"))
                    pairs.append((left + ".paraphrase", right, "same-topic"))
    for i, a in enumerate(bases):  # each story against two of other topics
        for step in (2, 5):
            b = bases[(i + step) % len(bases)]
            if topic[a] != topic[b]:
                pairs.append((a, b, "unrelated"))
    with open(os.path.join(DATA, "pairs.tsv"), "w", encoding="utf-8") as f:
        f.write("left\tright\tlabel\n")
        for left, right, label in pairs:
            f.write(f"{left}\t{right}\t{label}\n")


if __name__ == "__main__":
    main()
