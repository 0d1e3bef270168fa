"""Linking happens at ingest and after a rebuild: the seed rewrite is found through the CLI."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unittest

from newsarchive import archive, linking, similarity
from newsarchive.settings import Settings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "..", "shared", "seeds")
ARTICLES = os.path.join(ROOT, "tests", "data", "linking", "articles")


def cli(*argv):
    return subprocess.run([sys.executable, "-m", "newsarchive", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)  # fmt: skip


def seed_paths():
    names = sorted(n for n in os.listdir(SEEDS) if n[:3] in ("000", "001"))
    return [os.path.join(SEEDS, n) for n in names]


@unittest.skipUnless(os.path.isdir(SEEDS), "seed dumps not present")
class SeedsThroughTheCommandLine(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.archive = os.path.join(self.tmp.name, "archive")

    def tearDown(self):
        self.tmp.cleanup()

    def ids(self):
        with sqlite3.connect(os.path.join(self.archive, "articles.db")) as conn:
            return [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY source_path")]

    def assert_related_finds_the_rewrite(self):
        original, rewrite = self.ids()
        done = cli("related", rewrite, "--json", "--archive", self.archive)
        self.assertEqual(done.returncode, 0, done.stderr)
        first = json.loads(done.stdout.splitlines()[0])
        self.assertEqual((first["id"], first["kind"]), (original, "rewrite"))

    def test_ingest_links_seed_001_to_000_and_related_shows_it(self):
        done = cli("ingest", *seed_paths(), "--archive", self.archive, "--quiet")
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assert_related_finds_the_rewrite()

    def test_rebuild_from_jsonl_links_again(self):
        self.assertEqual(cli("ingest", *seed_paths(), "--archive", self.archive, "--quiet").returncode, 0)
        done = cli("rebuild", "--from", "jsonl", "--archive", self.archive)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assert_related_finds_the_rewrite()


class IngestStoresSketches(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.inputs = os.path.join(self.tmp.name, "in")
        os.makedirs(self.inputs)
        self.archive = os.path.join(self.tmp.name, "archive")

    def tearDown(self):
        self.tmp.cleanup()

    def add(self, *names):
        for name in names:
            shutil.copy(os.path.join(ARTICLES, name + ".txt"), self.inputs)
        return archive.ingest(self.archive, [self.inputs], Settings())

    def test_a_copy_ingested_in_a_later_run_is_linked_to_the_earlier_article(self):
        self.add("quake-morocco", "ecb-hike")
        self.add("quake-morocco.copy")
        conn = archive.connect_readonly(self.archive)
        kinds = conn.execute("SELECT kind, count(*) FROM links GROUP BY kind").fetchall()
        self.assertEqual(kinds, [("near-copy", 2)])
        signatures = conn.execute("SELECT count(*) FROM link_signatures").fetchone()[0]
        self.assertEqual(signatures, 3)
        conn.close()

    def test_a_copy_in_the_same_run_is_linked_though_no_snapshot_saw_the_original(self):
        self.add("quake-morocco", "quake-morocco.copy", "ecb-hike")
        conn = archive.connect_readonly(self.archive)
        kinds = conn.execute("SELECT kind, count(*) FROM links GROUP BY kind").fetchall()
        conn.close()
        self.assertEqual(kinds, [("near-copy", 2)])

    def test_stored_band_keys_are_those_computed_from_the_body(self):
        self.add("space-launch")
        conn = archive.connect_readonly(self.archive)
        body = conn.execute("SELECT body FROM articles").fetchone()[0]
        stored = {key for (key,) in conn.execute("SELECT key FROM link_bands")}
        conn.close()
        self.assertEqual(stored, set(similarity.sketch(body).keys))
        self.assertEqual(len(stored), similarity.BANDS)

    def test_linking_the_ingested_articles_again_adds_nothing(self):
        self.add("measles-outbreak", "measles-outbreak.rewrite")
        with sqlite3.connect(os.path.join(self.archive, "articles.db")) as conn:
            ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
            self.assertEqual(linking.update_links(conn, ids), 0)
            self.assertEqual(conn.execute("SELECT count(*) FROM links").fetchone()[0], 2)


class KeyQuota(unittest.TestCase):
    """A band key shared by many articles is indexed for the first few only."""

    def setUp(self):
        self.conn = sqlite3.connect(":memory:", isolation_level=None)
        self.conn.execute("CREATE TABLE articles (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, body TEXT)")
        self.conn.executescript(linking.SCHEMA)

    def store(self, count, signature_byte):
        linker = linking.IngestLinker(self.conn)
        keys = tuple(range(1, similarity.BANDS + 1))
        for n in range(count):
            rowid = self.conn.execute("INSERT INTO articles (id, body) VALUES (?, 'x')", (f"a{n}{signature_byte}",)).lastrowid
            # Signatures that disagree: shared keys alone make no link.
            sketch = similarity.Sketch(keys, bytes([(n + signature_byte) % 256]) * similarity.BUCKETS)
            found, common = linking.Lookup().begin(self.conn).find(f"a{n}", "x", sketch)
            linker.add(rowid, f"a{n}", "x", sketch, found, rowid - 1, common)
        linker.flush()

    def postings(self):
        return max(len(articles.split()) for (articles,) in self.conn.execute("SELECT articles FROM link_bands"))

    def test_the_writer_stops_indexing_a_key_at_its_quota_within_one_batch(self):
        self.store(linking.KEY_POSTINGS + 5, 0)
        self.assertEqual(self.postings(), linking.KEY_POSTINGS)

    def test_a_reader_reports_keys_at_their_quota_as_common_so_later_batches_skip_them(self):
        self.store(linking.KEY_POSTINGS, 0)
        sketch = similarity.Sketch(tuple(range(1, similarity.BANDS + 1)), bytes(similarity.BUCKETS))
        _, common = linking.Lookup().begin(self.conn).find("new", "x", sketch)
        self.assertEqual(common, frozenset(sketch.keys))
        self.store(3, 100)
        self.assertEqual(self.postings(), linking.KEY_POSTINGS)


if __name__ == "__main__":
    unittest.main()
