"""Links stored at ingest: the seed rewrite is found, unrelated articles are not."""

import os
import sqlite3
import tempfile
import unittest

from newsarchive import linking, pipeline, store
from newsarchive.errors import InputRejected
from tests.search_fixtures import make_record

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "..", "shared", "seeds")
SAMPLES = os.path.join(ROOT, "samples")
ARTICLES = os.path.join(ROOT, "tests", "data", "linking", "articles")


def story(name):
    with open(os.path.join(ARTICLES, name + ".txt"), encoding="utf-8") as f:
        return make_record(name, f.read(), title=name)


class LinkingCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.conn = store.open_for_writing(os.path.join(self.tmp.name, "articles.db"))

    def tearDown(self):
        self.conn.close()
        self.tmp.cleanup()

    def add(self, records):
        """Store records and link them, as one ingest transaction does."""
        self.conn.execute("BEGIN IMMEDIATE")
        for rec in records:
            store.insert_article(self.conn, store.article_values(rec, rec.source_path, "2024-01-01T00:00:00Z"))
        made = linking.update_links(self.conn, [rec.id for rec in records])
        self.conn.execute("COMMIT")
        return made

    def links(self):
        return self.conn.execute("SELECT article_id, linked_id, kind FROM links ORDER BY 1, 2").fetchall()


class SeedsAndSamples(LinkingCase):
    def parse_folder(self, folder, names):
        records = []
        for name in names:
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
            try:
                records.extend(pipeline.parse_bytes(data, name))
            except InputRejected:  # a sample may be a deliberately unusable file
                continue
        return records

    @unittest.skipUnless(os.path.isdir(SEEDS), "seed dumps not present")
    def test_seed_001_is_linked_as_a_rewrite_of_000_and_no_sample_is_linked(self):
        seeds = sorted(n for n in os.listdir(SEEDS) if n[:3] in ("000", "001"))
        original, rewrite = self.parse_folder(SEEDS, seeds)
        samples = []
        if os.path.isdir(SAMPLES):
            names = sorted(n for n in os.listdir(SAMPLES) if os.path.isfile(os.path.join(SAMPLES, n)))
            samples = [r for r in self.parse_folder(SAMPLES, names) if r.id not in (original.id, rewrite.id)]
        self.add(samples + [original])
        self.add([rewrite])
        kinds = {(a, b): kind for a, b, kind in self.links()}
        self.assertEqual(kinds.get((rewrite.id, original.id)), "rewrite")
        seed_ids = {original.id, rewrite.id}
        self.assertEqual({pair for pair in kinds if set(pair) & seed_ids}, {(rewrite.id, original.id), (original.id, rewrite.id)})
        found = linking.related(self.conn, rewrite.id, 5)
        self.assertEqual(found[0][0], original.id)
        self.assertEqual(found[0][2], "rewrite")


class Incremental(LinkingCase):
    def test_a_copy_arriving_later_is_linked_both_ways(self):
        self.add([story("quake-morocco"), story("quake-turkey")])
        self.assertEqual(self.links(), [])
        self.assertEqual(self.add([story("quake-morocco.copy")]), 1)
        self.assertEqual(
            self.links(),
            [("quake-morocco", "quake-morocco.copy", "near-copy"), ("quake-morocco.copy", "quake-morocco", "near-copy")],
        )

    def test_linking_the_same_articles_again_adds_nothing(self):
        self.add([story("measles-outbreak"), story("measles-outbreak.rewrite")])
        bands = self.conn.execute("SELECT count(*) FROM link_bands").fetchone()[0]
        self.assertEqual(linking.update_links(self.conn, ["measles-outbreak", "measles-outbreak.rewrite"]), 0)
        self.assertEqual(self.conn.execute("SELECT count(*) FROM link_bands").fetchone()[0], bands)
        self.assertEqual(len(self.links()), 2)

    def test_update_runs_inside_the_callers_transaction(self):
        self.conn.execute("BEGIN IMMEDIATE")
        rec = story("space-launch")
        store.insert_article(self.conn, store.article_values(rec, rec.source_path, "2024-01-01T00:00:00Z"))
        linking.update_links(self.conn, [rec.id])
        self.assertTrue(self.conn.in_transaction)
        self.conn.execute("ROLLBACK")
        self.assertEqual(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0], 0)

    def test_an_unknown_id_is_skipped(self):
        self.assertEqual(linking.update_links(self.conn, ["0000000000000000"]), 0)


class Related(LinkingCase):
    def test_related_lists_links_first_then_similar_stories(self):
        self.add([story("ecb-hike"), story("ecb-hold"), story("ecb-hike.rewrite"), story("space-lander")])
        found = linking.related(self.conn, "ecb-hike", 10)
        self.assertEqual(found[0][0], "ecb-hike.rewrite")
        self.assertEqual(found[0][2], "rewrite")
        self.assertIn(("ecb-hold", "similar"), [(i, k) for i, _, k in found])
        self.assertNotIn("space-lander", [i for i, _, _ in found])

    def test_related_respects_the_limit(self):
        self.add([story("ecb-hike"), story("ecb-hold"), story("ecb-hike.rewrite"), story("ecb-hike.copy")])
        self.assertEqual(len(linking.related(self.conn, "ecb-hike", 1)), 1)

    def test_related_rows_carry_what_a_listing_shows(self):
        self.add([story("ecb-hike"), story("ecb-hike.rewrite")])
        [row] = linking.related_rows(self.conn, "ecb-hike", 5)
        self.assertEqual((row["id"], row["kind"], row["title"]), ("ecb-hike.rewrite", "rewrite", "ecb-hike.rewrite"))
        self.assertTrue(row["lead"].startswith("In a closely watched move"))

    def test_related_on_a_database_without_link_tables_is_empty(self):
        conn = sqlite3.connect(":memory:")
        self.assertEqual(linking.related(conn, "abc", 5), [])


if __name__ == "__main__":
    unittest.main()
