"""The benchmark's own parts: generator, floor, and a tiny run of the harness.

Speed is never asserted here (shared machines are noisy); these tests prove
the benchmark measures what it says: the same corpus every time, the floor
writing one row per generated article, and the harness ending in its
machine-readable BENCH line.
"""

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

import floor  # noqa: E402
import generate  # noqa: E402


def _last_json_line(cmd, prefix):
    """Run a benchmark script; the JSON of its last line, which must start with prefix."""
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith(prefix + " "), last
    return json.loads(last[len(prefix) + 1 :])


def _files(root):
    return sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)


class GeneratorTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def corpus(self, name, articles=60, seed=1):
        out = os.path.join(self.tmp.name, name)
        manifest = os.path.join(self.tmp.name, name + ".tsv")
        generate.generate(out, articles, seed, 0, manifest)
        return out, manifest

    def test_same_seed_gives_identical_bytes(self):
        first, _ = self.corpus("a")
        second, _ = self.corpus("b")
        self.assertEqual(_files(first), _files(second))
        for name in _files(first):
            with open(os.path.join(first, name), "rb") as a, open(os.path.join(second, name), "rb") as b:
                self.assertEqual(a.read(), b.read(), name)

    def test_other_seed_gives_other_articles(self):
        first, _ = self.corpus("a", seed=1)
        other, _ = self.corpus("b", seed=2)
        self.assertNotEqual(_files(first), _files(other))

    def test_manifest_counts_exactly_the_requested_articles(self):
        _, manifest = self.corpus("a", articles=73)
        starts = floor.read_manifest(manifest)
        self.assertEqual(sum(len(s) for s in starts.values()), 73)

    def test_all_seed_shapes_occur_over_dated_folders(self):
        out, manifest = self.corpus("a", articles=150)
        texts = []
        for name in _files(out):
            with open(os.path.join(out, name), encoding="utf-8") as handle:
                texts.append(handle.read())
        self.assertTrue(any("\nMost Popular" in t or "\nread more:" in t for t in texts), "boilerplate")
        self.assertTrue(any(t.startswith(" date ") for t in texts), "header + body")
        self.assertTrue(any("\f\n" in t for t in texts), "form-feed record in a dump")
        self.assertTrue(any(len(s) > 1 for s in floor.read_manifest(manifest).values()), "multi-record dump")
        repeated_caption = any(
            a == b and a.endswith(")") for t in texts for a, b in zip(t.splitlines(), t.splitlines()[1:]) if a
        )
        self.assertTrue(repeated_caption, "caption written twice")
        self.assertTrue(all(name.count(os.sep) == 3 for name in _files(out)), "YYYY/MM/DD folders")

    def test_bodies_hold_300_to_900_words_of_varied_vocabulary(self):
        out, manifest = self.corpus("a", articles=40)
        for name, starts in floor.read_manifest(manifest).items():
            with open(os.path.join(out, name), "rb") as handle:
                data = handle.read()
            for start, end in zip(starts, starts[1:] + [len(data)]):
                words = data[start:end].decode("utf-8").split()
                self.assertGreaterEqual(len(words), 300, name)
                self.assertLessEqual(len(words), 1100, name)  # body plus title, captions, byline
                self.assertGreater(len(set(words)), 100, name)


class FloorTest(unittest.TestCase):
    def test_floor_writes_one_row_and_one_jsonl_line_per_article(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus, manifest, out = (os.path.join(tmp, n) for n in ("corpus", "m.tsv", "out"))
            files, _ = generate.generate(corpus, 45, 3, 0, manifest)
            self.assertEqual(floor.load(corpus, manifest, out), 45)
            db = sqlite3.connect(os.path.join(out, "articles.db"))
            self.assertEqual(db.execute("SELECT count(*) FROM articles").fetchone()[0], 45)
            self.assertEqual(db.execute("SELECT count(*) FROM sources").fetchone()[0], 45)
            self.assertEqual(db.execute("SELECT count(*) FROM files").fetchone()[0], files)
            self.assertEqual(db.execute("PRAGMA journal_mode").fetchone()[0], "wal")
            word = generate.WORDS[0]
            hits = db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (word,))
            self.assertEqual(hits.fetchone()[0], 45)
            db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            db.close()
            with open(os.path.join(out, "articles.jsonl"), encoding="utf-8") as handle:
                lines = [json.loads(line) for line in handle]
            self.assertEqual(len(lines), 45)


class HarnessSmokeTest(unittest.TestCase):
    def test_tiny_run_ends_with_the_bench_line(self):
        cmd = [sys.executable, os.path.join(ROOT, "benchmarks", "run.py"), "--articles", "50",
               "--runs", "1", "--search-repeats", "1"]
        before = set(os.listdir(os.path.join(ROOT, "benchmarks", "work"))) if os.path.isdir(
            os.path.join(ROOT, "benchmarks", "work")) else set()
        bench = _last_json_line(cmd, "BENCH")
        self.assertEqual(bench["product_articles"], 50)
        self.assertEqual(bench["floor_articles"], 50)
        for key in ("ingest_vs_floor", "noop_vs_first", "increment_vs_empty", "peak_rss_mb",
                    "search_p50_vs_bare", "parse_mb_s_per_core", "archive_vs_corpus"):
            self.assertGreater(bench[key], 0, key)
        after = set(os.listdir(os.path.join(ROOT, "benchmarks", "work")))
        self.assertEqual(after, before, "the work folder is removed")


class CpuSplitTest(unittest.TestCase):
    def test_reports_writer_and_worker_cpu_with_and_without_linking(self):
        with tempfile.TemporaryDirectory() as tmp:
            corpus, manifest = os.path.join(tmp, "corpus"), os.path.join(tmp, "manifest")
            generate.generate(corpus, 120, 5, 0, manifest)
            cmd = [sys.executable, os.path.join(ROOT, "benchmarks", "cpu_split.py"), corpus, manifest, "--rounds", "1"]
            report = _last_json_line(cmd, "CPU")
        self.assertGreater(report["floor_cpu"], 0)
        for side in ("product", "unlinked"):
            self.assertGreater(report[side]["writer_cpu"], 0, side)
            self.assertGreater(report[side]["workers_cpu"], 0, side)
            self.assertAlmostEqual(report[side]["cpu"], report[side]["writer_cpu"] + report[side]["workers_cpu"], delta=0.02)


class FloorSchemaTest(unittest.TestCase):
    def test_floor_writes_into_the_products_own_tables_triggers_and_indexes(self):
        # The floor keeps its own copy of the DDL so it runs no product code;
        # this keeps the copy honest: every object the floor creates is the
        # product's, declared the same way.
        from newsarchive import store

        def objects(ddl):
            conn = sqlite3.connect(":memory:")
            conn.executescript(ddl)
            rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
            return {(kind, name): re.findall(r"\w+|[^\w\s]", sql) for kind, name, sql in rows}

        product = objects(store.SCHEMA)
        for key, sql in objects(floor.SCHEMA).items():
            self.assertEqual(sql, product.get(key), key)


if __name__ == "__main__":
    unittest.main()
