"""Looking up one article: exact id, unique prefix, ambiguity, the record's context."""

import tempfile
import unittest

from newsarchive.errors import QueryError
from newsarchive.show import find
from tests.search_fixtures import build_db, make_record, open_db

FIRST = make_record(
    "abcd000000000001", title="First", date="2023-11-16", author="Jane Doe",
    body="One paragraph.\n\nTwo paragraphs.", captions=(("A caption", "Flash90"),),
    warnings=("caption-duplicate-collapsed",), boilerplate=("Most Popular",),
)  # fmt: skip
SECOND = make_record("abcd000000000002", body="Another article.", source_path="dumps/b.txt")
NEWER = make_record("ef01000000000003", body="Another article, revised.", source_path="dumps/b.txt")


class FindTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        path = build_db(
            cls.tmp.name, [FIRST, SECOND, NEWER], superseded=[(SECOND.id, NEWER.id)],
            extra_sources=[(FIRST.id, "mirror/a.txt")],
        )  # fmt: skip
        cls.conn = open_db(path)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()
        cls.tmp.cleanup()

    def test_an_exact_id_gives_back_the_stored_record(self):
        article = find(self.conn, FIRST.id)
        self.assertEqual(article.record, FIRST)
        self.assertEqual([s.path for s in article.sources], ["dumps/a.txt", "mirror/a.txt"])

    def test_a_unique_prefix_is_enough(self):
        self.assertEqual(find(self.conn, "EF01").record.id, NEWER.id)

    def test_an_ambiguous_prefix_is_a_query_error(self):
        with self.assertRaises(QueryError):
            find(self.conn, "abcd")

    def test_unknown_short_or_non_hex_ids_find_nothing(self):
        for wanted in ("ffff", "ab", "abcd%", "x' OR 1=1 --", ""):
            with self.subTest(wanted=wanted):
                self.assertIsNone(find(self.conn, wanted))

    def test_both_ends_of_a_rewrite_are_linked(self):
        self.assertEqual(find(self.conn, SECOND.id).superseded_by, NEWER.id)
        self.assertIsNone(find(self.conn, NEWER.id).superseded_by)


if __name__ == "__main__":
    unittest.main()
