"""The shell views, queried through the real sqlite3 binary as the README shows."""

import os
import shutil
import subprocess
import tempfile
import unittest

from tests import archive_extras_fixtures

SQLITE3 = shutil.which("sqlite3")


@unittest.skipUnless(SQLITE3, "sqlite3 shell not installed")
class ViewsFromTheShell(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = archive_extras_fixtures.build(cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def shell(self, sql):
        out = subprocess.run([SQLITE3, "-readonly", "-separator", "|", self.db, sql],
                             capture_output=True, text=True, timeout=30)
        self.assertEqual(out.stderr, "")
        return out.stdout.splitlines()

    def test_article_captions_flattens_one_row_per_caption(self):
        rows = self.shell("SELECT title, caption, credit FROM article_captions ORDER BY position;")
        self.assertEqual(rows, ["ECB raises rates|Christine Lagarde in Frankfurt.|Reuters", "ECB raises rates|The euro tower.|"])

    def test_articles_per_day_counts_current_dated_articles(self):
        rows = self.shell("SELECT day, articles FROM articles_per_day;")
        self.assertEqual(rows, ["2023-09-09|1", "2023-09-14|1", "2023-09-15|1"])

    def test_current_articles_hides_superseded_versions(self):
        self.assertEqual(self.shell("SELECT count(*) FROM current_articles;"), ["4"])

    def test_article_links_joins_both_titles(self):
        rows = self.shell("SELECT title, kind, linked_id FROM article_links WHERE article_id = 'aaaaaaaaaaaaaaaa';")
        self.assertEqual(rows, ["ECB raises rates|rewrite|bbbbbbbbbbbbbbbb"])

    def test_warning_counts_groups_by_code(self):
        self.assertEqual(self.shell("SELECT * FROM warning_counts;"), ["mojibake-repaired|2", "date-ambiguous|1"])

    def test_full_text_search_recipe_from_the_readme(self):
        rows = self.shell(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH 'lagarde' ORDER BY bm25(articles_fts, 10.0, 5.0, 3.0, 1.0, 2.0);"
        )
        self.assertEqual(sorted(rows), ["a" * 16, "b" * 16])

    def test_datasette_finds_the_fts_table_of_articles(self):
        # Datasette's detect_fts looks for a virtual table declared with content="articles".
        rows = self.shell(
            "SELECT name FROM sqlite_master WHERE rootpage = 0 AND"
            " (sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"articles\"%'"
            " OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[articles]%');"
        )
        self.assertEqual(rows, ["articles_fts"])


if __name__ == "__main__":
    unittest.main()
