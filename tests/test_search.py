"""Search over the archive schema: ranking, filters, snippets, raw FTS5 mode."""

import tempfile
import unittest

from newsarchive.errors import QueryError
from newsarchive.search import Query, search
from tests.search_fixtures import build_db, make_record, open_db

IN_TITLE = make_record(
    "1000000000000001", title="Kremlin hosts delegation", date="2023-11-05",
    body="Officials met for talks in the capital.", author="Jane Doe", source_path="wire/a.txt",
)  # fmt: skip
IN_BODY = make_record(
    "2000000000000002", title="Talks in the capital", date="2023-12-20T10:04:00",
    body="The kremlin statement said the kremlin would reply. The kremlin waits.",
    author="John Roe", source_path="blogs/b.txt",
)  # fmt: skip
UNDATED = make_record(
    "3000000000000003", body="An undated note on the kremlin.", source_path="wire/c.txt",
)  # fmt: skip
OLD_VERSION = make_record(
    "4000000000000004", title="Kremlin hosts delegation (first draft)", date="2023-11-04",
    body="Officials met.", source_path="wire/a.txt",
)  # fmt: skip
IN_CAPTION = make_record(
    "5000000000000005", title="Photo essay", date="2022-01-01", body="Pictures of winter.",
    captions=(("The kremlin under snow", "Reuters"),), source_path="wire/d.txt",
)  # fmt: skip
ALL = [IN_TITLE, IN_BODY, UNDATED, OLD_VERSION, IN_CAPTION]


class SearchTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        path = build_db(
            cls.tmp.name, ALL, superseded=[(OLD_VERSION.id, IN_TITLE.id)],
            extra_sources=[(UNDATED.id, "mirror/c-copy.txt")],
        )  # fmt: skip
        cls.conn = open_db(path)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()
        cls.tmp.cleanup()

    def ids(self, text, **options):
        return [h.id for h in search(self.conn, Query(text, **options))]

    def test_a_title_match_ranks_above_repeated_body_matches(self):
        ids = self.ids("kremlin")
        self.assertEqual(ids[0], IN_TITLE.id)
        self.assertLess(ids.index(IN_TITLE.id), ids.index(IN_BODY.id))

    def test_captions_are_searched(self):
        self.assertEqual(self.ids("snow"), [IN_CAPTION.id])

    def test_superseded_versions_are_hidden_unless_all_is_asked(self):
        self.assertNotIn(OLD_VERSION.id, self.ids("kremlin"))
        hits = search(self.conn, Query("kremlin", include_superseded=True))
        old = [h for h in hits if h.id == OLD_VERSION.id]
        self.assertEqual(old[0].superseded_by, IN_TITLE.id)

    def test_since_and_until_bound_dates_inclusively_at_any_precision(self):
        self.assertEqual(set(self.ids("kremlin", since="2023-11-05")), {IN_TITLE.id, IN_BODY.id})
        self.assertEqual(set(self.ids("kremlin", until="2023-11")), {IN_TITLE.id, IN_CAPTION.id})
        self.assertEqual(self.ids("kremlin", since="2023-12-20", until="2023-12-20"), [IN_BODY.id])
        self.assertEqual(self.ids("kremlin", since="2023"), [IN_TITLE.id, IN_BODY.id])

    def test_a_malformed_date_bound_is_a_query_error(self):
        for bad in ("2023-13-01", "yesterday", "2023-02-30"):
            with self.subTest(bad=bad), self.assertRaises(QueryError):
                self.ids("kremlin", since=bad)

    def test_author_filter_is_a_case_insensitive_substring(self):
        self.assertEqual(self.ids("kremlin", author="roe"), [IN_BODY.id])
        self.assertEqual(self.ids("kremlin", author="%"), [])

    def test_source_glob_matches_any_source_of_an_article(self):
        self.assertEqual(set(self.ids("kremlin", source="wire/*")), {IN_TITLE.id, UNDATED.id, IN_CAPTION.id})
        self.assertEqual(self.ids("kremlin", source="mirror/*"), [UNDATED.id])

    def test_sort_by_date_puts_newest_first_and_undated_last(self):
        self.assertEqual(self.ids("kremlin", sort="date"), [IN_BODY.id, IN_TITLE.id, IN_CAPTION.id, UNDATED.id])

    def test_limit_and_offset_page_through_ranked_hits(self):
        everything = self.ids("kremlin")
        self.assertEqual(self.ids("kremlin", limit=2), everything[:2])
        self.assertEqual(self.ids("kremlin", limit=2, offset=2), everything[2:4])

    def test_snippet_marks_the_matched_terms(self):
        hit = search(self.conn, Query("statement"), marks=("<b>", "</b>"))[0]
        self.assertIn("<b>statement</b>", hit.snippet)
        self.assertLess(hit.rank, 0)

    def test_hits_carry_the_fields_output_needs(self):
        hit = search(self.conn, Query("undated"))[0]
        self.assertEqual((hit.id, hit.title, hit.date, hit.source_path), (UNDATED.id, None, None, "wire/c.txt"))
        self.assertTrue(hit.lead.startswith("An undated note"))

    def test_raw_fts_mode_offers_or_not_and_column_filters(self):
        self.assertEqual(set(self.ids("snow OR statement", fts=True)), {IN_CAPTION.id, IN_BODY.id})
        self.assertNotIn(IN_BODY.id, self.ids("kremlin NOT statement", fts=True))
        self.assertEqual(self.ids("title:kremlin", fts=True), [IN_TITLE.id])

    def test_raw_fts_syntax_errors_are_query_errors(self):
        for bad in ("kremlin AND", "NEAR(", '"open', "nosuchcolumn:kremlin", "*"):
            with self.subTest(bad=bad), self.assertRaises(QueryError):
                self.ids(bad, fts=True)

    def test_no_hit_is_an_empty_list(self):
        self.assertEqual(self.ids("zeppelin"), [])


if __name__ == "__main__":
    unittest.main()
