"""A small archive with dates, captions, warnings, a superseded version, a second
source, a reject and a rewrite link, for the stats, export and view tests."""

import os
import tempfile
import unittest

from newsarchive import linking, store, views
from tests.search_fixtures import build_db, make_record

ARTICLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "linking", "articles")


def _story(name):
    with open(os.path.join(ARTICLES, name + ".txt"), encoding="utf-8") as f:
        return f.read()


RECORDS = [
    make_record("a" * 16, _story("ecb-hike"), title="ECB raises rates", date="2023-09-14",
                author="Jane Doe", source_path="dumps/2023/ecb.txt",
                captions=[("Christine Lagarde in Frankfurt.", "Reuters"), ("The euro tower.", None)],
                warnings=["date-ambiguous: 14/09/2023 read as day-first", "mojibake-repaired"]),
    make_record("b" * 16, _story("ecb-hike.rewrite"), date="2023-09-15", source_path="dumps/2023/ecb-rw.txt",
                warnings=["mojibake-repaired"]),
    make_record("c" * 16, _story("quake-morocco"), title="Quake in Morocco", date="2023-09-09T23:11:00Z",
                author="Jane Doe", source_path="dumps/quake.txt"),
    make_record("d" * 16, _story("quake-turkey"), title="Old quake version", date="2023-02-06",
                source_path="dumps/quake.txt", source_record=1),
    make_record("e" * 16, _story("space-lander"), title="Luna-25 crashes", source_path="other/luna.txt"),
]


def build(directory):
    """The archive database at ``directory``/articles.db, with views and links."""
    path = build_db(directory, RECORDS, superseded=[("d" * 16, "c" * 16)],
                    extra_sources=[("c" * 16, "mirror/quake.txt")])
    conn = store.open_for_writing(path)
    conn.execute("BEGIN IMMEDIATE")
    views.create_views(conn)
    linking.update_links(conn, [r.id for r in RECORDS])
    store.insert_rejects(conn, [("dumps/empty.txt", os.fsencode("dumps/empty.txt"), "empty file", "2024-01-01T00:00:00Z")])
    conn.execute("COMMIT")
    conn.close()
    return path


class ExtrasArchiveTestCase(unittest.TestCase):
    """Tests that read one shared archive built by ``build`` in a temp dir (``self.tmp.name``)."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = build(cls.tmp.name)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()
