"""Readers open the archive's own file, whatever characters its folder name holds."""

import os
import sqlite3
import tempfile
import unittest

from newsarchive.errors import ArchiveError
from newsarchive.readonly import connect_readonly


class ReaderPaths(unittest.TestCase):
    def test_a_folder_name_with_uri_characters_opens_that_archive(self):
        for name in ("news ?mode=rw#top", "100%41 done", "naïve été"):
            with self.subTest(name=name), tempfile.TemporaryDirectory() as tmp:
                folder = os.path.join(tmp, name)
                os.makedirs(folder)
                with sqlite3.connect(os.path.join(folder, "articles.db")) as conn:
                    conn.execute("CREATE TABLE marker (name TEXT)")
                    conn.execute("INSERT INTO marker VALUES (?)", (name,))
                conn.close()
                reader = connect_readonly(folder)
                self.assertEqual(reader.execute("SELECT name FROM marker").fetchone()[0], name)
                with self.assertRaises(sqlite3.OperationalError):  # read-only, whatever the name says
                    reader.execute("INSERT INTO marker VALUES ('x')")
                reader.close()
                self.assertEqual(sorted(os.listdir(tmp)), [name])  # nothing created beside it

    def test_a_missing_archive_is_named_not_created(self):
        with tempfile.TemporaryDirectory() as tmp:
            with self.assertRaisesRegex(ArchiveError, "no archive at"):
                connect_readonly(os.path.join(tmp, "nowhere"))
            self.assertEqual(os.listdir(tmp), [])


if __name__ == "__main__":
    unittest.main()
