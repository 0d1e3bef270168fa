"""Plain queries as people type them: translated to FTS5, run for real, never an error."""

import tempfile
import time
import unittest

from newsarchive.search import Query, search, to_fts
from tests.search_fixtures import build_db, make_record, open_db

MOSCOW = make_record(
    "a000000000000001",
    title="Israel summons Russian ambassador over Moscow’s hosting of Hamas officials",
    body="The deputy director of the Foreign Ministry’s Euro – Asia Division met the envoy. "
    "U.S.-Israel ties were not discussed.",
)
CAFE = make_record(
    "b000000000000002",
    body="Programmers argue about c++ templates at the café; a quoted phrase appears here. "
    "The Euro-Asia route AND the NEAR future.",
)
PHRASE_APART = make_record(
    "c000000000000003",
    body="The phrase nobody quoted. Israel with the U.S. signed nothing.",
)

# (typed query, FTS5 it becomes, ids it must find)
TABLE = [
    ("Moscow’s hosting of Hamas", '"Moscow’s" "hosting" "of" "Hamas"', {MOSCOW.id}),
    ("moscow's", '"moscow\'s"', {MOSCOW.id}),
    ("U.S.-Israel", '"U.S.-Israel"', {MOSCOW.id}),
    ("Euro-Asia", '"Euro-Asia"', {MOSCOW.id, CAFE.id}),
    ('"quoted phrase"', '"quoted phrase"', {CAFE.id}),
    ("quoted phrase", '"quoted" "phrase"', {CAFE.id, PHRASE_APART.id}),
    ("“quoted phrase”", '"quoted phrase"', {CAFE.id}),
    ("c++", '"c++"', {CAFE.id}),
    ("cafe", '"cafe"', {CAFE.id}),
    ("host*", '"host"*', {MOSCOW.id}),
    ('"Euro Asia"* division', '"Euro Asia"* "division"', {MOSCOW.id}),
    ('"', "", set()),
    ('hamas "', '"hamas"', {MOSCOW.id}),
    ('"hamas', '"hamas"', {MOSCOW.id}),
    ("", "", set()),
    ("   ", "", set()),
    ("... !!! ---", "", set()),
    ("*", "", set()),
    ("hamas ... +", '"hamas"', {MOSCOW.id}),
    ("AND", '"AND"', {CAFE.id}),
    ("near(", '"near("', {CAFE.id}),
    ("hamas NOT", '"hamas" "NOT"', {MOSCOW.id}),
    ("title:hamas", '"title:hamas"', set()),
    ("(hamas", '"(hamas"', {MOSCOW.id}),
    ("^envoy -ties", '"^envoy" "-ties"', {MOSCOW.id}),
    ('x"y', '"x" "y"', set()),
]


class QueryTranslationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.conn = open_db(build_db(cls.tmp.name, [MOSCOW, CAFE, PHRASE_APART]))

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()
        cls.tmp.cleanup()

    def test_awkward_queries_translate_as_tabled(self):
        for typed, fts, _ in TABLE:
            with self.subTest(typed=typed):
                self.assertEqual(to_fts(typed), fts)

    def test_awkward_queries_run_and_find_what_they_should(self):
        for typed, _, expected in TABLE:
            with self.subTest(typed=typed):
                hits = search(self.conn, Query(typed))
                self.assertEqual({h.id for h in hits}, expected)

    def test_a_flood_of_quotes_and_parentheses_costs_linear_time(self):
        flood = '("' * 50_000 + "hamas"
        started = time.perf_counter()
        translated = to_fts(flood)
        self.assertLess(time.perf_counter() - started, 1.0)
        self.assertIn('"hamas"', translated)
        search(self.conn, Query(flood))  # runs without an FTS5 syntax error


if __name__ == "__main__":
    unittest.main()
