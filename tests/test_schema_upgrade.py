"""An archive written by the previous schema version is upgraded in place by the next ingest."""

import os
import shutil
import sqlite3
import tempfile
import unittest

from newsarchive import archive, similarity
from newsarchive.readonly import SCHEMA_VERSION
from newsarchive.settings import Settings

from tests.archive_support import ROOT

LINKING = os.path.join(ROOT, "tests", "data", "linking", "articles")


class UpgradeFromVersionOne(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.inputs = os.path.join(self.tmp, "in")
        os.makedirs(self.inputs)
        self.archive = os.path.join(self.tmp, "archive")
        for name in ("ecb-hike", "quake-morocco"):
            shutil.copy(os.path.join(LINKING, name + ".txt"), self.inputs)
        archive.ingest(self.archive, [self.inputs], Settings())
        # What version 1 left: band keys of another shape, and the links it found.
        with sqlite3.connect(os.path.join(self.archive, "articles.db")) as conn:
            conn.execute("UPDATE link_bands SET key = key + 1")
            conn.execute("PRAGMA user_version = 1")
            conn.execute("INSERT INTO links VALUES ('a', 'b', 'rewrite', 0.9), ('b', 'a', 'rewrite', 0.9)")
        conn.close()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_next_ingest_indexes_every_sketch_again_and_keeps_the_links(self):
        shutil.copy(os.path.join(LINKING, "ecb-hike.rewrite.txt"), self.inputs)
        summary = archive.ingest(self.archive, [self.inputs], Settings())
        self.assertEqual(summary.articles_added, 1)
        conn = sqlite3.connect(os.path.join(self.archive, "articles.db"))
        self.assertEqual(conn.execute("PRAGMA user_version").fetchone()[0], SCHEMA_VERSION)
        expected = set()
        for (body,) in conn.execute("SELECT body FROM articles"):
            expected |= set(similarity.sketch(body).keys)
        self.assertEqual({key for (key,) in conn.execute("SELECT key FROM link_bands")}, expected)
        links = set(conn.execute("SELECT article_id, linked_id, kind FROM links"))
        conn.close()
        self.assertIn(("a", "b", "rewrite"), links)
        self.assertEqual({kind for _, _, kind in links}, {"rewrite"})
        self.assertEqual(len(links), 4)  # the kept pair, and the new rewrite both ways


if __name__ == "__main__":
    unittest.main()
