"""related, stats and export from the command line, and the links in show."""

import json
import unittest

from tests import archive_extras_fixtures
from tests.cli_support import run


class ExtraCommands(archive_extras_fixtures.ExtrasArchiveTestCase):
    def run_cli(self, *argv):
        return run(*argv, "--archive", self.tmp.name)

    def test_related_lists_the_rewrite_with_its_score(self):
        status, out, err = self.run_cli("related", "aaaa")
        self.assertEqual((status, err), (0, ""))
        self.assertRegex(out.splitlines()[0], r"^0\.\d{3}  rewrite +bbbbbbbbbbbbbbbb  2023-09-15  In a closely")

    def test_related_json_and_unknown_id(self):
        status, out, _ = self.run_cli("related", "bbbb", "--json")
        self.assertEqual(json.loads(out.splitlines()[0])["id"], "a" * 16)
        status, out, err = self.run_cli("related", "ffff")
        self.assertEqual((status, out, len(err.splitlines())), (1, "", 1))

    def test_show_lists_linked_articles(self):
        status, out, _ = self.run_cli("show", "aaaa")
        self.assertEqual(status, 0)
        self.assertIn("linked articles:", out)
        self.assertIn("rewrite    bbbbbbbbbbbbbbbb", out)

    def test_stats_prints_a_chart_or_json(self):
        status, out, _ = self.run_cli("stats")
        self.assertEqual(status, 0)
        self.assertIn("articles by month", out)
        status, out, _ = self.run_cli("stats", "--json")
        self.assertEqual(json.loads(out)["articles"], 4)

    def test_export_takes_the_search_filters(self):
        status, out, _ = self.run_cli("export", "lagarde", "--format", "es-bulk", "--index", "news", "--since", "2023-09-15")
        self.assertEqual(status, 0)
        self.assertEqual(json.loads(out.splitlines()[0]), {"index": {"_index": "news", "_id": "b" * 16}})
        status, out, err = self.run_cli("export", '"x', "--fts")
        self.assertEqual((status, out, len(err.splitlines())), (2, "", 1))


if __name__ == "__main__":
    unittest.main()
