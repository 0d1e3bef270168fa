"""search --collapse: near-copies and rewrites fold under their best-ranked hit."""

import csv
import io
import json
import os
import tempfile
import unittest
from unittest import mock

from newsarchive import store
from newsarchive.search import Query, search
from tests.cli_support import run as run_cli
from tests.search_fixtures import build_db, make_record, open_db

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.normpath(os.path.join(ROOT, "..", "shared", "seeds"))
SAMPLES = os.path.join(ROOT, "samples")

LEAD = make_record("a000000000000001", title="Harbour crane collapses", body="A crane fell at the harbour.")
REWRITE = make_record("a000000000000002", body="At the harbour a crane came down on Monday.", source_path="b/r.txt")
COPY_OF_REWRITE = make_record("a000000000000003", body="At the harbour a crane came down.", source_path="c/c.txt")
OTHER = make_record("a000000000000004", body="The harbour reopened after the storm.", source_path="d/o.txt")


def add_link(path, one, other, kind, score):
    """Both directions of a link, as linking.link_article stores them."""
    conn = store.open_for_writing(path)
    with conn:
        conn.executemany(
            "INSERT INTO links (article_id, linked_id, kind, score) VALUES (?, ?, ?, ?)",
            [(one, other, kind, score), (other, one, kind, score)],
        )
    conn.close()


class CollapseOnAHandBuiltArchive(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.path = build_db(cls.tmp.name, [LEAD, REWRITE, COPY_OF_REWRITE, OTHER])
        add_link(cls.path, LEAD.id, REWRITE.id, "rewrite", 0.61)
        add_link(cls.path, REWRITE.id, COPY_OF_REWRITE.id, "near-copy", 0.93)
        cls.conn = open_db(cls.path)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()
        cls.tmp.cleanup()

    def test_without_collapse_every_hit_is_listed(self):
        hits = search(self.conn, Query("harbour"))
        self.assertEqual(len(hits), 4)
        self.assertTrue(all(h.collapsed is None for h in hits))

    def test_linked_hits_fold_under_the_best_ranked_one_of_their_group(self):
        hits = search(self.conn, Query("harbour", collapse=True))
        self.assertEqual([h.id for h in hits], [LEAD.id, OTHER.id])
        folded = {f.id: (f.kind, f.score) for f in hits[0].collapsed}
        self.assertEqual(folded, {REWRITE.id: ("rewrite", 0.61), COPY_OF_REWRITE.id: ("near-copy", 0.93)})
        ranked = [h.id for h in search(self.conn, Query("harbour"))]
        self.assertEqual([f.id for f in hits[0].collapsed], [i for i in ranked if i in folded])
        self.assertEqual(hits[1].collapsed, ())

    def test_a_hit_folds_only_under_a_hit_of_the_same_results(self):
        hits = search(self.conn, Query("monday", collapse=True))
        self.assertEqual([(h.id, h.collapsed) for h in hits], [(REWRITE.id, ())])

    def test_limit_and_offset_count_groups(self):
        self.assertEqual([h.id for h in search(self.conn, Query("harbour", collapse=True, limit=1))], [LEAD.id])
        self.assertEqual([h.id for h in search(self.conn, Query("harbour", collapse=True, offset=1))], [OTHER.id])

    def test_only_a_window_of_window_times_the_page_is_folded(self):
        with mock.patch("newsarchive.search.COLLAPSE_WINDOW", 1):
            (hit,) = search(self.conn, Query("harbour", collapse=True, limit=1))
        self.assertEqual((hit.id, hit.collapsed), (LEAD.id, ()))
        with mock.patch("newsarchive.search.COLLAPSE_WINDOW", 4):
            (hit,) = search(self.conn, Query("harbour", collapse=True, limit=1))
        self.assertEqual(len(hit.collapsed), 2)

    def test_cli_formats_show_the_folded_hits(self):
        archive = self.tmp.name
        status, out, err = run_cli("search", "--collapse", "harbour", "--archive", archive)
        self.assertEqual((status, err), (0, ""))
        self.assertIn(f"    also: {REWRITE.id} (rewrite, b/r.txt)\n", out)
        self.assertIn(f"    also: {COPY_OF_REWRITE.id} (near-copy, c/c.txt)\n", out)
        _, out, _ = run_cli("search", "--collapse", "--json", "harbour", "--archive", archive)
        objects = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([o["id"] for o in objects], [LEAD.id, OTHER.id])
        self.assertIn({"id": REWRITE.id, "kind": "rewrite", "score": 0.61}, objects[0]["collapsed"])
        folded_ids = " ".join(f["id"] for f in objects[0]["collapsed"])
        _, out, _ = run_cli("search", "--collapse", "--csv", "harbour", "--archive", archive)
        rows = list(csv.DictReader(io.StringIO(out)))
        self.assertEqual([(r["id"], r["collapsed"]) for r in rows], [(LEAD.id, folded_ids), (OTHER.id, "")])
        self.assertEqual(sorted(folded_ids.split()), [REWRITE.id, COPY_OF_REWRITE.id])
        _, out, _ = run_cli("search", "--csv", "harbour", "--archive", archive)
        self.assertNotIn("collapsed", out.splitlines()[0])


@unittest.skipUnless(os.path.isdir(SEEDS), "seed dumps not present")
class CollapseTheSeeds(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.archive = os.path.join(cls.tmp.name, "archive")
        status, _, err = run_cli("ingest", "--quiet", SEEDS, SAMPLES, "--archive", cls.archive)
        assert status == 0, err

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def search_json(self, *options):
        status, out, err = run_cli("search", *options, "--json", "hamas", "--archive", self.archive)
        self.assertEqual((status, err), (0, ""))
        return [json.loads(line) for line in out.splitlines()]

    def test_without_collapse_both_seeds_are_hits(self):
        self.assertEqual(len(self.search_json()), 2)

    def test_collapse_folds_the_rewrite_under_the_original(self):
        hits = self.search_json("--collapse")
        self.assertEqual(len(hits), 1)
        self.assertEqual(hits[0]["title"], "Israel summons Russian ambassador over Moscow’s hosting of Hamas officials")
        self.assertEqual([f["kind"] for f in hits[0]["collapsed"]], ["rewrite"])


if __name__ == "__main__":
    unittest.main()
