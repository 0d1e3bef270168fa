"""An archive written with schema 1 (a row per band-key posting) is upgraded by the next ingest."""

import os
import shutil
import sqlite3
import tempfile
import unittest

from newsarchive import archive, linking, store
from newsarchive.readonly import SCHEMA_VERSION, connect_readonly
from newsarchive.settings import Settings

from tests.archive_support import ROOT

LINKING = os.path.join(ROOT, "tests", "data", "linking", "articles")
SCHEMA_1_BANDS = """
CREATE TABLE link_bands (epoch INTEGER NOT NULL, key INTEGER NOT NULL, article INTEGER NOT NULL,
  PRIMARY KEY (epoch, key, article)) WITHOUT ROWID;
"""


class UpgradeFromSchemaOne(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.inputs = os.path.join(self.tmp, "in")
        os.makedirs(self.inputs)
        self.archive = os.path.join(self.tmp, "archive")
        self.db = os.path.join(self.archive, "articles.db")
        for name in ("ecb-hike", "ecb-hike.copy", "ecb-hold", "quake-morocco"):
            shutil.copy(os.path.join(LINKING, name + ".txt"), self.inputs)
        archive.ingest(self.archive, [self.inputs], Settings())
        conn = sqlite3.connect(self.db, isolation_level=None)
        self.packed = sorted(conn.execute("SELECT epoch, key, articles FROM link_bands"))
        # Back to what schema 1 wrote: one row per posting.
        postings = [(epoch, key, int(article)) for epoch, key, articles in self.packed for article in articles.split()]
        conn.executescript("DROP TABLE link_bands;" + SCHEMA_1_BANDS + "PRAGMA user_version = 1;")
        conn.executemany("INSERT INTO link_bands VALUES (?, ?, ?)", postings)
        conn.close()

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def id_of(self, conn, name):
        return conn.execute("SELECT id FROM articles WHERE source_path LIKE ?", (f"%/{name}.txt",)).fetchone()[0]

    def test_readers_of_a_schema_1_archive_still_list_stored_links(self):
        conn = connect_readonly(self.archive)
        original, copy = self.id_of(conn, "ecb-hike"), self.id_of(conn, "ecb-hike.copy")
        self.assertEqual([(i, kind) for i, _, kind in linking.related(conn, original)], [(copy, "near-copy")])
        conn.close()

    def test_next_ingest_packs_the_postings_and_links_new_articles(self):
        shutil.copy(os.path.join(LINKING, "ecb-hike.rewrite.txt"), self.inputs)
        summary = archive.ingest(self.archive, [self.inputs], Settings())
        self.assertEqual(summary.articles_added, 1)
        conn = sqlite3.connect(self.db)
        self.assertEqual(conn.execute("PRAGMA user_version").fetchone()[0], SCHEMA_VERSION)
        upgraded = {(epoch, key): articles for epoch, key, articles in conn.execute("SELECT * FROM link_bands")}
        original, rewrite = self.id_of(conn, "ecb-hike"), self.id_of(conn, "ecb-hike.rewrite")
        links = set(conn.execute("SELECT article_id, linked_id, kind FROM links"))
        conn.close()
        for epoch, key, articles in self.packed:
            self.assertEqual(upgraded[epoch, key].split()[: len(articles.split())], articles.split())
        self.assertIn((rewrite, original, "rewrite"), links)

    def test_an_upgrade_another_writer_finished_meanwhile_is_not_redone(self):
        first = store.open_for_writing(self.db)
        rows = sorted(first.execute("SELECT * FROM link_bands"))
        first.close()
        late = sqlite3.connect(self.db, isolation_level=None)  # opened when it still read version 1
        store._upgrade(late)
        self.assertEqual(sorted(late.execute("SELECT * FROM link_bands")), rows)
        late.close()


class UpgradeFromSchemaTwo(unittest.TestCase):
    """Version 2 ordered the band index by epochs of 2**15 articles."""

    OLD_BITS = 15

    def test_old_epochs_merge_keeping_each_keys_first_postings(self):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        conn.executescript(linking.SCHEMA)
        per_new_epoch = 1 << (linking.EPOCH_BITS - self.OLD_BITS)
        old = lambda epoch, *offsets: " ".join(str((epoch << self.OLD_BITS) + n) for n in offsets)  # noqa: E731
        conn.executemany("INSERT INTO link_bands VALUES (?, ?, ?)", [
            (0, 7, old(0, 1, 2)), (1, 7, old(1, 5)), (2, 7, old(2, 1, 2, 3)),  # 7 fills its quota in epoch 2
            (1, 8, old(1, 9)),  # a key of one old epoch only
            (per_new_epoch, 7, old(per_new_epoch, 4)),  # the first old epoch of the next new one
        ])  # fmt: skip
        linking.widen_epochs(conn, self.OLD_BITS)
        self.assertEqual(sorted(conn.execute("SELECT epoch, key, articles FROM link_bands")), [
            (0, 7, f"{old(0, 1, 2)} {old(1, 5)} {old(2, 1)}"),
            (0, 8, old(1, 9)),
            (1, 7, old(per_new_epoch, 4)),
        ])  # fmt: skip
        self.assertEqual(conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'link_bands_old'").fetchone(),
                         (0,))  # fmt: skip

    def test_opening_a_version_2_archive_for_writing_upgrades_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            archive_dir = os.path.join(tmp, "archive")
            for name in ("ecb-hike", "ecb-hike.copy"):
                shutil.copy(os.path.join(LINKING, name + ".txt"), tmp)
            archive.ingest(archive_dir, [tmp], Settings())
            db = os.path.join(archive_dir, "articles.db")
            conn = sqlite3.connect(db, isolation_level=None)
            rows = sorted(conn.execute("SELECT * FROM link_bands"))
            conn.execute("PRAGMA user_version = 2")
            conn.close()
            store.open_for_writing(db).close()
            conn = sqlite3.connect(db)
            self.assertEqual(conn.execute("PRAGMA user_version").fetchone()[0], SCHEMA_VERSION)
            self.assertEqual(sorted(conn.execute("SELECT * FROM link_bands")), rows)  # all in epoch 0 either way
            conn.close()


if __name__ == "__main__":
    unittest.main()
