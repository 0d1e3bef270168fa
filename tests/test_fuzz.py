"""Mutation fuzzing of the parser: any bytes give records or a rejection, in linear time.

Dumps from samples/, the golden cases and the seeds (when present) are
mutated with a fixed random seed, so a failure is reproducible: flipped and
inserted bytes, cuts in the middle of a character, other encodings, spliced
files, floods of headers and form feeds.  Every result must be a list of
well-formed records or an InputRejected; any other exception is a bug.
"""

import gzip
import json
import os
import random
import re
import unittest

from newsarchive.errors import InputRejected
from newsarchive.pipeline import parse_bytes
from newsarchive.record import Record
from newsarchive.settings import Settings
from tests.linear_time import assert_linear

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS_DIRS = (
    os.path.join(ROOT, "samples"),
    os.path.join(ROOT, "tests", "golden"),
    os.path.join(ROOT, "..", "shared", "seeds"),
)
MUTANTS = 3000
SEED = 20231116

# Fragments that stress the parser's decisions when dropped in anywhere.
TOKENS = [
    b"date ", b" date 2023-11-16 ", b"\ndate Thu, 16 Nov 2023 08:04:00 GMT ", b"\ndate 03/04/2023\n",
    b"\ndate 2023-02-31 ", b"\f", b"\n\f\n", b"\r", b"\r\n", b"\n\n", b"\x00", b"\x85", b"\xc2\xa0",
    b"\xe2\x80\x8b", b"\xef\xbb\xbf", "â€™".encode(), b"\xe2\x80", b"\xc3", b"\xff\xfe", b"(", b")",
    b"(Reuters)", b"By Jane Doe | Nov 16, 2023\n", b"Most Popular\n", b"read more:\n", b"\t", b"  ",
]


def load_corpus() -> list[bytes]:
    corpus = []
    for folder in CORPUS_DIRS:
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name.endswith(".txt"):
                with open(path, "rb") as f:
                    corpus.append(f.read())
        for sub in sorted(os.listdir(folder)):
            path = os.path.join(folder, sub)
            if os.path.isdir(path):
                for name in sorted(os.listdir(path)):
                    with open(os.path.join(path, name), "rb") as f:
                        data = f.read()
                    corpus.append(gzip.decompress(data) if name.endswith(".gz") else data)
    return corpus


def reencode(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", errors="replace")
    codec = rng.choice(["utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1", "mojibake"])
    if codec == "mojibake":
        return text.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    if codec == "utf-16-be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(codec, errors="replace")


def mutate(data: bytes, rng: random.Random, corpus: list[bytes]) -> bytes:
    """One to four random mutations of ``data``."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(9)
        at = rng.randint(0, len(buf))
        if kind == 0 and buf:  # flip bits of a few bytes
            for _ in range(rng.randint(1, 8)):
                buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
        elif kind == 1:  # insert random bytes
            buf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif kind == 2:  # insert a token that stresses a decision
            buf[at:at] = rng.choice(TOKENS) * rng.choice((1, 1, 2, 50))
        elif kind == 3:  # truncate, often in the middle of a character
            buf = buf[:at]
        elif kind == 4:  # delete a span
            del buf[at : at + rng.randint(1, 200)]
        elif kind == 5:  # duplicate a span, making repeated lines and paragraphs
            span = buf[at : at + rng.randint(1, 400)]
            buf[at:at] = span
        elif kind == 6:  # splice in another file, as a concatenated dump
            buf[at:at] = rng.choice(corpus)
        elif kind == 7:  # the whole thing in another encoding
            buf = bytearray(reencode(bytes(buf), rng))
        else:  # a flood of headers, form feeds or parentheses
            buf[at:at] = rng.choice([b"date 2023-11-16 x\n", b"\f\n", b"(", b"date night\n"]) * rng.randint(10, 500)
    return bytes(buf)


class FuzzTest(unittest.TestCase):
    def assert_records_or_rejection(self, data: bytes, settings: Settings = Settings()) -> None:
        try:
            records = parse_bytes(data, "fuzz.txt", settings)
        except InputRejected as rejected:
            self.assertTrue(rejected.reason)
            self.assertNotIn("\n", rejected.reason)
            return
        self.assertTrue(records)
        for number, record in enumerate(records):
            self.assertIsInstance(record, Record)
            self.assertEqual(record.source_record, number)
            self.assertTrue(record.body.strip())
            self.assertRegex(record.id, "^[0-9a-f]{16}$")
            self.assertRegex(record.source_sha256, "^[0-9a-f]{64}$")
            self.assertEqual(json.loads(record.to_json())["body"], record.body)
            self.assertIsNone(re.search("[\ud800-\udfff]", record.body))

    def test_mutated_dumps_give_records_or_a_rejection(self):
        corpus = load_corpus()
        self.assertTrue(corpus, "no sample dumps to mutate")
        rng = random.Random(SEED)
        month_first = Settings(day_first=False)
        for number in range(MUTANTS):
            data = mutate(rng.choice(corpus), rng, corpus)
            with self.subTest(mutant=number):
                self.assert_records_or_rejection(data, month_first if number % 7 == 0 else Settings())

    def test_random_bytes_give_records_or_a_rejection(self):
        rng = random.Random(SEED)
        for number in range(300):
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
            with self.subTest(random_bytes=number):
                self.assert_records_or_rejection(data)

    def test_huge_pathological_inputs_give_records_or_a_rejection(self):
        inputs = {
            "3 MB line": b"Title\n\n" + b"word " * 600_000,
            "50k open parentheses": b"Title\n\nBody " + b"(" * 50_000,
            "50k unbalanced credits": b"Title\n\n" + b"Caption (AP Photo/" * 5_000 + b"\n",
            "header flood": b"date 2023-11-16 x\n" * 20_000,
            "form feed flood": b"\f\n" * 50_000 + b"text",
            "mojibake flood": "â€™Ã©".encode() * 200_000,
            "nul after text": b"text " * 1000 + b"\x00",
        }
        for name, data in inputs.items():
            with self.subTest(name):
                self.assert_records_or_rejection(data)

    def test_pathological_inputs_parse_in_linear_time(self):
        shapes = {
            "one long line": b"word ",
            "open parentheses": b"(",
            "header flood": b"date 2023-11-16 x\n",
            "form feed flood": b"\f\nA short article.\n",
            "repeated caption lines": b"Same caption. (Reuters)\n",
            "mojibake": "Moscowâ€™s ".encode(),
            "sentence stops before a credit": b"Lawn. Getty/",
            "full-width brackets": "（新华社 摄）".encode(),
            "credits parted by dashes and markers": "Boat. (Jane – Doe - - Reuters) Photo/ via ".encode(),
            "reading times and section headings": b"Listen to this article 5 min\nMore from News\n",
            "a blog post's footer": b"Posted in Community | Tagged allotments, Dunmere | Leave a comment\n",
            "pictures' alternative texts": b"Image: A man walks past the flooded shop\n\n[Photo of the mayor at the podium]\n",
            "live posts under their stamps": b"10:42 GMT\nFerries were cancelled.\n\n2h ago 14:05\nSchools shut early.\n\n",
            "lists under a colon": b"The plan includes:\nNew bike lanes\nA second library\n",
            "consent notices": b"This content is provided by Vidwell, which uses cookies. To view this content, accept cookies.\n",
            "counts of reactions and a player's length": "12 Likes\n1.2K claps\nListen to this article · 12:41 min\n".encode(),
            "foreign dates and bylines": "Par Marie Martin, le 16 novembre 2023\n".encode(),
            "bylines' credits, contacts and notes": "By Sam Lee | Twitter: @x • Photos by A (updated ".encode(),
            "stamps run into wire datelines": b"Nov 16, 2023 10:04 AM UTC LONDON, Nov 16 (Reuters) - x\n",
            "names before stamps, and marks": b"Lauren Fox, CNN | Nov 16, 2023 | KTVB - ",
            "quotes whose words every paragraph repeats": b'"the the the the the the"\n\nthe the the the the the the the\n\n',
            "fenced front matter": b"---\ntitle: x\ndate: 2023-11-16\ntags:\n- a\n---\n\nText.\n\n",
        }
        for name, unit in shapes.items():
            with self.subTest(name):
                make = lambda n, unit=unit: b"Title\n\n" + unit * (n // len(unit))
                assert_linear(self, lambda data: self.assert_records_or_rejection(data), make, 32_000)

    def test_many_distinct_captions_parse_in_linear_time(self):
        def make(n):
            captions = (b"Dockers march %d. (Ines Varga/Velma Courier)" % i for i in range(n // 45))
            return b" date 2023-11-16 Body text about ferries.\n\n" + b"\n\n".join(captions) + b"\n"

        assert_linear(self, lambda data: self.assert_records_or_rejection(data), make, 32_000)


if __name__ == "__main__":
    unittest.main()
