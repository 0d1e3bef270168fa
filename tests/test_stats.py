"""stats: counts over current articles, a month bar chart, and JSON for scripts."""

import json
import tempfile
import unittest

from newsarchive import readonly, stats
from tests import archive_extras_fixtures


class Stats(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.conn = readonly.open_readonly(archive_extras_fixtures.build(cls.tmp.name))
        cls.stats = stats.collect(cls.conn)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()
        cls.tmp.cleanup()

    def test_counts_leave_out_superseded_versions(self):
        self.assertEqual(self.stats["articles"], 4)
        self.assertEqual(self.stats["superseded"], 1)
        self.assertEqual(self.stats["undated"], 1)

    def test_articles_are_counted_by_month_and_folder(self):
        self.assertEqual(self.stats["by_month"], {"2023-09": 3})
        self.assertEqual(self.stats["by_folder"], {"dumps": 1, "dumps/2023": 2, "other": 1})

    def test_captions_authors_rejects_and_duplicates(self):
        s = self.stats
        self.assertEqual((s["captions"], s["articles_with_captions"], s["captions_credited"]), (2, 1, 1))
        self.assertEqual(s["top_authors"], {"Jane Doe": 2})
        self.assertEqual((s["rejects"], s["reject_reasons"]), (1, {"empty file": 1}))
        self.assertEqual(s["multi_source_articles"], 1)
        self.assertEqual((s["rewrites"], s["near_copies"]), (1, 0))

    def test_warnings_are_counted_by_code(self):
        self.assertEqual(self.stats["warnings"], {"mojibake-repaired": 2, "date-ambiguous": 1})

    def test_json_form_round_trips(self):
        self.assertEqual(json.loads(stats.to_json(self.stats)), self.stats)

    def test_report_draws_months_as_bars_within_the_width(self):
        report = stats.render(self.stats, width=60)
        month = next(line for line in report.splitlines() if "2023-09" in line)
        self.assertIn("█", month)
        self.assertLessEqual(len(month), 60)

    def test_report_counts_one_of_a_kind_in_the_singular(self):
        report = stats.render(self.stats, width=60)
        self.assertIn("0 near-copy pairs, 1 rewrite pair\n", report)
        self.assertIn("rejects       1 file\n", report)
        self.assertIn(" in 1 article,", stats.render(dict(self.stats, articles_with_captions=1)))

    def test_bars_are_scaled_to_the_largest_count(self):
        lines = stats.bar_chart({"2023-01": 10, "2023-02": 5, "2023-03": 1}, width=40)
        bars = [line.count("█") for line in lines]
        self.assertLessEqual(abs(bars[0] - 2 * bars[1]), 1)
        self.assertGreaterEqual(bars[2], 1)
        self.assertEqual(stats.bar_chart({}), ["  (none)"])


if __name__ == "__main__":
    unittest.main()
