"""export: the JSONL record form, CSV with JSON list cells, Elasticsearch _bulk NDJSON."""

import csv
import io
import json
import tempfile
import unittest

from newsarchive import export, readonly, search
from newsarchive.errors import QueryError
from newsarchive.record import FIELDS
from tests import archive_extras_fixtures


class Export(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.conn = readonly.open_readonly(archive_extras_fixtures.build(cls.tmp.name))

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()
        cls.tmp.cleanup()

    def run_export(self, fmt, query=None, **kw):
        out = io.StringIO()
        count = export.export(self.conn, out, fmt, query, **kw)
        return count, out.getvalue()

    def test_jsonl_lines_are_records_in_spec_field_order(self):
        count, text = self.run_export("jsonl")
        lines = text.splitlines()
        self.assertEqual(count, 4)
        first = json.loads(lines[0])
        self.assertEqual(list(first), list(FIELDS))
        self.assertEqual(first["captions"][0], {"text": "Christine Lagarde in Frankfurt.", "credit": "Reuters"})
        self.assertNotIn("d" * 16, text)  # superseded versions stay out by default

    def test_superseded_versions_can_be_included(self):
        count, _ = self.run_export("jsonl", search.Query("", include_superseded=True))
        self.assertEqual(count, 5)

    def test_search_text_and_filters_select_articles(self):
        _, text = self.run_export("jsonl", search.Query("Lagarde", since="2023-09-15"))
        self.assertEqual([json.loads(line)["id"] for line in text.splitlines()], ["b" * 16])
        count, _ = self.run_export("jsonl", search.Query("", author="jane"))
        self.assertEqual(count, 2)
        count, _ = self.run_export("jsonl", search.Query("", source="other/*"))
        self.assertEqual(count, 1)
        self.assertEqual(self.run_export("jsonl", search.Query("!!!")), (0, ""))

    def test_csv_has_a_header_and_json_list_cells(self):
        count, text = self.run_export("csv")
        rows = list(csv.reader(io.StringIO(text)))
        self.assertEqual(rows[0], list(FIELDS))
        self.assertEqual(len(rows), count + 1)
        record = dict(zip(rows[0], rows[1]))
        self.assertEqual(json.loads(record["warnings"])[1], "mojibake-repaired")
        self.assertEqual(json.loads(record["captions"])[1]["credit"], None)

    def test_es_bulk_pairs_an_index_action_with_each_document(self):
        count, text = self.run_export("es-bulk", index="news")
        lines = text.splitlines()
        self.assertEqual(len(lines), 2 * count)
        self.assertTrue(text.endswith("\n"))  # _bulk requires the final newline
        action, doc = json.loads(lines[0]), json.loads(lines[1])
        self.assertEqual(action, {"index": {"_index": "news", "_id": doc["id"]}})
        self.assertEqual(doc["title"], "ECB raises rates")

    def test_unknown_format_and_bad_fts_are_query_errors(self):
        with self.assertRaises(QueryError):
            self.run_export("xml")
        with self.assertRaises(QueryError):
            self.run_export("jsonl", search.Query('"unclosed', fts=True))


if __name__ == "__main__":
    unittest.main()
