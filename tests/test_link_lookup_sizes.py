"""Band-key lookups, padded to a few statement shapes, find the first postings of every key asked."""

import sqlite3
import unittest

from newsarchive import linking, similarity


class LookupAcrossEpochs(unittest.TestCase):
    def setUp(self):
        self.conn = sqlite3.connect(":memory:", isolation_level=None)
        self.conn.executescript(linking.SCHEMA)
        # Four epochs, each key posted to a few articles of each: 128 pairs to look up.
        rows = []
        for epoch in range(4):
            base = epoch << linking.EPOCH_BITS
            for key in range(1, similarity.BANDS + 1):
                rows += [(epoch, key, base + key * 10 + n) for n in range(key % (linking.KEY_POSTINGS + 2))]
        linking.add_postings(self.conn, rows)  # a key offered more postings than its quota keeps the first
        self.conn.execute("INSERT INTO link_signatures (article, signature) VALUES (?, ?)", (3 << linking.EPOCH_BITS, b""))

    def expected(self, keys):
        """Shared bands counted from the postings offered, each key's first KEY_POSTINGS."""
        shared = {}
        for epoch in range(4):
            base = epoch << linking.EPOCH_BITS
            for key in keys:
                offered = [base + key * 10 + n for n in range(key % (linking.KEY_POSTINGS + 2))]
                for article in offered[: linking.KEY_POSTINGS]:
                    shared[article] = shared.get(article, 0) + 1
        return shared

    def test_every_lookup_size_finds_the_postings_of_each_key(self):
        for count in (1, 3, 8, 9, 17, similarity.BANDS):
            keys = tuple(range(1, count + 1))
            with self.subTest(keys=count):
                shared, _common = linking._postings(self.conn, keys)
                self.assertEqual(dict(shared), self.expected(keys))

    def test_keys_at_their_quota_in_the_newest_epoch_are_reported_common(self):
        keys = tuple(range(1, similarity.BANDS + 1))
        _shared, common = linking._postings(self.conn, keys)
        self.assertEqual(common, {key for key in keys if key % (linking.KEY_POSTINGS + 2) >= linking.KEY_POSTINGS})


if __name__ == "__main__":
    unittest.main()
