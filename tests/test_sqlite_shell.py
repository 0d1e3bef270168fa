"""The README's sqlite3 recipes, pasted into the real sqlite3 shell against a real archive."""

import os
import re
import shlex
import shutil
import subprocess
import tempfile
import unittest

from newsarchive import archive
from newsarchive.settings import Settings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SQLITE3 = shutil.which("sqlite3")

WITH_TITLE = """Israel summons Russian ambassador

Official tells envoy that welcoming the delegation signaled legitimacy

The ambassador speaks to the media in Tel Aviv. (Avshalom Sassoni/Flash90)
The ambassador speaks to the media in Tel Aviv. (Avshalom Sassoni/Flash90)

The Foreign Ministry on Sunday summoned the Russian ambassador to complain about the visit.

The deputy director called in the envoy and told him that Israel takes a serious view of it.
"""
DATED = " date 2023-11-16 The recent meeting between Russian officials and Hamas sparked concerns.\n"
CHANGING = """Winter in the capital

By Jane Doe | Dec 2, 2023

Snow fell on the square on Saturday. (Reuters)
Snow fell on the square on Saturday. (Reuters)

The city cleared the streets overnight, the mayor said.
"""
CHANGED = CHANGING.replace("overnight", "by morning, and schools opened late")


def readme_queries() -> list[list[str]]:
    """The `sqlite3 archive/articles.db "…"` command lines of the README's sqlite section."""
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    section = readme.split("## The database in the sqlite3 shell", 1)[1].split("\n## ", 1)[0]
    return [shlex.split(line) for line in re.findall(r"^sqlite3 archive/articles\.db .*$", section, re.M)]


@unittest.skipUnless(SQLITE3, "no sqlite3 binary on this machine")
class ReadmeSqliteQueriesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        base = cls.tmp.name
        for name, text in (("in/a.txt", WITH_TITLE), ("in/b.txt", DATED), ("in/c.txt", CHANGING),
                           ("copy/b.txt", DATED)):  # fmt: skip
            cls.write(os.path.join(base, name), text)
        cls.archive = os.path.join(base, "archive")
        inputs = [os.path.join(base, "in"), os.path.join(base, "copy")]
        archive.ingest(cls.archive, inputs, Settings(), wait=5)
        cls.write(os.path.join(base, "in/c.txt"), CHANGED)
        archive.ingest(cls.archive, inputs, Settings(), wait=5)
        cls.outputs = [cls.run_shell(argv) for argv in readme_queries()]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @staticmethod
    def write(path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    @classmethod
    def run_shell(cls, argv):
        db = os.path.join(cls.archive, "articles.db")
        argv = [SQLITE3 if a == "sqlite3" else db if a == "archive/articles.db" else a for a in argv]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        return done.returncode, done.stdout.splitlines(), done.stderr

    def test_the_readme_offers_five_queries_that_all_run(self):
        self.assertEqual(len(self.outputs), 5)
        for code, _, err in self.outputs:
            self.assertEqual((code, err), (0, ""))

    def test_full_text_search_finds_articles_with_every_word_and_marks_them(self):
        rows = self.outputs[0][1]
        self.assertIn("|Israel summons Russian ambassador|", rows[0])
        self.assertRegex(rows[0], r"\[(Russian|ambassador)\]")
        self.assertEqual(len(rows), 1)  # both words are needed: the other Russian article has no ambassador

    def test_articles_per_month_counts_current_versions(self):
        self.assertEqual(self.outputs[1][1], ["|1", "2023-11|1", "2023-12|1"])

    def test_captions_by_credit_read_the_json_list(self):
        self.assertEqual(self.outputs[2][1], ["Avshalom Sassoni/Flash90|1", "Reuters|1"])

    def test_superseded_versions_name_their_replacement(self):
        rows = [r.split("|") for r in self.outputs[3][1]]
        self.assertEqual(len(rows), 1)
        self.assertTrue(rows[0][1].endswith("in/c.txt"))
        self.assertNotEqual(rows[0][0], rows[0][2])

    def test_an_article_from_two_files_lists_both(self):
        rows = [r.split("|") for r in self.outputs[4][1]]
        self.assertEqual(len(rows), 2)
        self.assertEqual(rows[0][0], rows[1][0])
        self.assertEqual(sorted(os.path.basename(os.path.dirname(r[1])) for r in rows), ["copy", "in"])


if __name__ == "__main__":
    unittest.main()
