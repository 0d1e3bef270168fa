"""Band-key lookups, padded to a few statement shapes, find the first postings of every key asked,
and keep between transactions only the rows no later write changes."""

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
                shared, _common = linking.Lookup().begin(self.conn).postings(keys)
                self.assertEqual(dict(shared), self.expected(keys))

    def test_keys_at_their_quota_in_the_newest_epoch_are_reported_common(self):
        keys = tuple(range(1, similarity.BANDS + 1))
        _shared, common = linking.Lookup().begin(self.conn).postings(keys)
        self.assertEqual(common, {key for key in keys if key % (linking.KEY_POSTINGS + 2) >= linking.KEY_POSTINGS})

    def test_a_row_under_its_quota_is_read_again_in_the_next_transaction(self):
        lookup = linking.Lookup()
        newest = 3 << linking.EPOCH_BITS
        first, _ = lookup.begin(self.conn).postings((1,))  # one posting of key 1 in each epoch
        linking.add_postings(self.conn, [(3, 1, newest + 99)])
        again, _ = lookup.begin(self.conn).postings((1,))
        self.assertNotIn(newest + 99, first)
        self.assertEqual(again[newest + 99], 1)

    def test_full_rows_are_served_from_memory_in_later_transactions(self):
        full_keys = tuple(key for key in range(1, similarity.BANDS + 1)
                          if key % (linking.KEY_POSTINGS + 2) >= linking.KEY_POSTINGS)  # fmt: skip
        lookup = linking.Lookup()
        first = lookup.begin(self.conn).postings(full_keys)
        statements = []
        self.conn.set_trace_callback(statements.append)
        again = lookup.begin(self.conn).postings(full_keys)
        self.conn.set_trace_callback(None)
        self.assertEqual(again, first)
        self.assertEqual([s for s in statements if "link_bands" in s], [])

    def test_a_signature_found_is_not_read_again(self):
        newest = 3 << linking.EPOCH_BITS
        self.conn.executemany("INSERT OR REPLACE INTO link_signatures (article, signature) VALUES (?, ?)",
                              [(newest + 10, b"a"), (newest + 20, b"b")])  # fmt: skip
        lookup = linking.Lookup().begin(self.conn)
        shared = {newest + 10: 3, newest + 20: 2, newest + 30: 2}  # the last one has no signature
        first = lookup.best(shared)
        statements = []
        self.conn.set_trace_callback(statements.append)
        again = lookup.begin(self.conn).best(shared)
        self.conn.set_trace_callback(None)
        self.assertEqual(first, [(newest + 10, 3, b"a"), (newest + 20, 2, b"b")])
        self.assertEqual(again, first)
        asked = [s for s in statements if "link_signatures WHERE article IN" in s]
        self.assertEqual(asked, [f"SELECT article, signature FROM link_signatures WHERE article IN ({newest + 30})"])


if __name__ == "__main__":
    unittest.main()
