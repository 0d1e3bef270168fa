"""Incremental ingest, versions, duplicates, odd names, verify and rebuild."""

from __future__ import annotations

import io
import json
import os
import sqlite3
from unittest import mock

from newsarchive import archive, intake, pipeline
from newsarchive.errors import ArchiveError
from newsarchive.search import Query, search
from newsarchive.settings import Settings
from tests.archive_support import (
    ArchiveTestCase,
    article_text,
    db_ids,
    jsonl_records,
    make_corpus,
    query,
    snapshot,
    write,
)


class IncrementalIngestTest(ArchiveTestCase):
    def ingest(self, *paths, settings=Settings(), **kwargs):
        return archive.ingest(self.archive, list(paths or [self.inputs]), settings, **kwargs)

    def test_first_run_stores_every_article_once_in_both_halves(self):
        make_corpus(self.inputs, 5)
        before = snapshot(self.inputs)
        summary = self.ingest()
        self.assertEqual((summary.files_seen, summary.files_new, summary.articles_added), (5, 5, 5))
        self.assertEqual(len(db_ids(self.archive)), 5)
        self.assertHealthy()
        self.assertEqual(snapshot(self.inputs), before)

    def test_inputs_that_overlap_are_each_read_once(self):
        make_corpus(self.inputs, 4)
        one_file = os.path.join(self.inputs, sorted(os.listdir(self.inputs))[0])
        summary = self.ingest(self.inputs, one_file, self.inputs, os.path.join(self.inputs, "missing.txt"))
        self.assertEqual((summary.files_seen, summary.files_new, summary.files_rejected), (5, 4, 1))
        with sqlite3.connect(os.path.join(self.archive, "articles.db")) as conn:
            self.assertEqual(conn.execute("SELECT count(*) FROM sources").fetchone()[0], 4)
        self.assertHealthy()

    def test_rerun_over_unchanged_inputs_reads_no_file_and_adds_nothing(self):
        make_corpus(self.inputs, 6)
        self.ingest()
        before = snapshot(self.inputs)
        with mock.patch.object(intake, "read_input", side_effect=AssertionError("read")) as reads:
            summary = self.ingest()
        self.assertEqual(reads.call_count, 0)
        self.assertEqual((summary.files_unchanged, summary.articles_added), (6, 0))
        self.assertEqual(len(jsonl_records(self.archive)), 6)
        self.assertEqual(snapshot(self.inputs), before)

    def test_mtime_only_change_is_recognised_by_hash_without_parsing(self):
        paths = make_corpus(self.inputs, 3)
        self.ingest()
        os.utime(paths[0], ns=(1_000_000_000, 1_000_000_000))
        with mock.patch.object(pipeline, "parse_bytes", side_effect=AssertionError("parsed")):
            summary = self.ingest()
        self.assertEqual((summary.files_unchanged, summary.articles_added), (3, 0))
        stored = query(self.archive, "SELECT mtime_ns FROM files WHERE path = ?", (paths[0],))
        self.assertEqual(stored, [(1_000_000_000,)])
        self.assertHealthy()

    def test_changed_file_adds_a_version_that_supersedes_the_old(self):
        paths = make_corpus(self.inputs, 2)
        self.ingest()
        old_id = db_ids(self.archive)[0]
        write(paths[0], article_text(0) + "\nA correction paragraph was added later.\n")
        os.utime(paths[0], ns=(2_000_000_000, 2_000_000_000))
        summary = self.ingest()
        self.assertEqual((summary.files_new, summary.articles_added), (1, 1))
        new_id = db_ids(self.archive)[-1]
        rows = query(self.archive, "SELECT id, supersedes, superseded_by FROM articles ORDER BY rowid")
        self.assertIn((old_id, None, new_id), rows)
        self.assertIn((new_id, old_id, None), rows)
        lines = {r["id"]: r for r in jsonl_records(self.archive)}
        self.assertEqual(lines[new_id]["supersedes"], old_id)
        self.assertIn(old_id, lines)
        conn = archive.connect_readonly(self.archive)
        self.addCleanup(conn.close)
        current = {hit.id for hit in search(conn, Query("Headline 0"))}
        every = {hit.id for hit in search(conn, Query("Headline 0", include_superseded=True))}
        self.assertEqual(current, {new_id})
        self.assertEqual(every, {old_id, new_id})
        self.assertHealthy()

    def test_same_article_in_two_files_is_stored_once_with_both_sources(self):
        first = write(os.path.join(self.inputs, "a.txt"), article_text(7))
        second = write(os.path.join(self.inputs, "b", "copy.txt"), article_text(7))
        summary = self.ingest()
        self.assertEqual((summary.files_new, summary.files_duplicate), (1, 1))
        self.assertEqual(len(db_ids(self.archive)), 1)
        sources = query(self.archive, "SELECT path FROM sources ORDER BY path")
        self.assertEqual(sources, [(first,), (second,)])
        self.assertHealthy()

    def test_source_path_is_the_root_as_given_joined_with_the_relative_part(self):
        write(os.path.join(self.inputs, "2023", "11", "x.txt"), article_text(1))
        self.ingest(self.inputs + os.sep)
        (record,) = jsonl_records(self.archive)
        self.assertEqual(record["source_path"], os.path.join(self.inputs + os.sep, "2023", "11", "x.txt"))

    def test_odd_file_names_are_stored_reversibly(self):
        names = [b"with space.txt", b"new\nline.txt", b"latin1-\xe9t\xe9.txt"]
        folder = os.fsencode(self.inputs)
        for number, name in enumerate(names):
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(article_text(number).encode())
        summary = self.ingest()
        self.assertEqual(summary.articles_added, 3)
        stored = {bytes(row[0]) for row in query(self.archive, "SELECT path_bytes FROM sources")}
        self.assertEqual(stored, {os.path.join(folder, name) for name in names})
        from_jsonl = {os.fsencode(r["source_path"]) for r in jsonl_records(self.archive)}
        self.assertEqual(from_jsonl, stored)
        shown = {row[0] for row in query(self.archive, "SELECT path FROM files")}
        self.assertIn(self.inputs + "/latin1-\\xe9t\\xe9.txt", shown)
        self.assertIn(self.inputs + "/new\\nline.txt", shown)
        self.assertHealthy()

    def test_standard_input_is_read_as_dash(self):
        summary = self.ingest("-", stdin=io.BytesIO(article_text(3).encode()))
        self.assertEqual(summary.articles_added, 1)
        self.assertEqual(jsonl_records(self.archive)[0]["source_path"], "-")

    def test_settings_change_parses_unchanged_files_again(self):
        make_corpus(self.inputs, 2)
        self.ingest()
        summary = self.ingest(settings=Settings(day_first=False))
        self.assertEqual(summary.files_unchanged, 0)
        self.assertEqual(summary.files_duplicate, 2)

    def test_many_files_through_worker_processes_match_in_process_results(self):
        make_corpus(self.inputs, archive.POOL_MIN_FILES + 6)
        other = os.path.join(self.tmp, "in-process")
        with mock.patch.object(archive, "POOL_MIN_FILES", 10**9):
            archive.ingest(other, [self.inputs], Settings())
        summary = self.ingest(on_progress=lambda done, total, added: None)
        self.assertEqual(summary.articles_added, archive.POOL_MIN_FILES + 6)
        self.assertEqual(db_ids(self.archive), db_ids(other))
        self.assertHealthy()

    def test_any_number_of_workers_gives_the_same_archive(self):
        make_corpus(self.inputs, archive.POOL_MIN_FILES + 6)
        with mock.patch.object(archive, "ProcessPoolExecutor", wraps=archive.ProcessPoolExecutor) as pool:
            self.ingest(workers=1)
        self.assertEqual(pool.call_args.args[0], 1)
        alone = os.path.join(self.tmp, "alone")
        with mock.patch.object(archive, "ProcessPoolExecutor") as pool:
            summary = archive.ingest(alone, [self.inputs], Settings(), workers=0)
        pool.assert_not_called()
        self.assertEqual(summary.articles_added, archive.POOL_MIN_FILES + 6)
        self.assertEqual(db_ids(self.archive), db_ids(alone))
        self.assertHealthy()

    def test_progress_reports_every_file_done(self):
        make_corpus(self.inputs, 4)
        calls = []
        self.ingest(on_progress=lambda *args: calls.append(args))
        self.assertEqual(calls[-1], (4, 4, 4))


class ArchiveFilesTest(ArchiveTestCase):
    def setUp(self):
        super().setUp()
        paths = make_corpus(self.inputs, 3)
        archive.ingest(self.archive, [self.inputs], Settings())
        write(paths[1], article_text(100))
        os.utime(paths[1], ns=(3_000_000_000, 3_000_000_000))
        archive.ingest(self.archive, [self.inputs], Settings())

    def test_rebuild_from_jsonl_restores_articles_and_versions(self):
        before = query(self.archive, "SELECT id, supersedes, superseded_by FROM articles ORDER BY rowid")
        os.remove(os.path.join(self.archive, "articles.db"))
        self.assertEqual(archive.rebuild(self.archive, "jsonl"), 4)
        after = query(self.archive, "SELECT id, supersedes, superseded_by FROM articles ORDER BY rowid")
        self.assertEqual(after, before)
        self.assertHealthy()

    def test_ingest_refuses_to_start_when_the_database_is_lost(self):
        os.remove(os.path.join(self.archive, "articles.db"))
        with self.assertRaisesRegex(ArchiveError, "rebuild"):
            archive.ingest(self.archive, [self.inputs], Settings())
        self.assertFalse(os.path.exists(os.path.join(self.archive, "articles.db")))

    def test_rebuild_from_db_writes_the_same_jsonl(self):
        path = os.path.join(self.archive, "articles.jsonl")
        with open(path, "rb") as handle:
            before = handle.read()
        os.remove(path)
        self.assertEqual(archive.rebuild(self.archive, "db"), 4)
        with open(path, "rb") as handle:
            self.assertEqual(handle.read(), before)
        self.assertHealthy()

    def test_verify_names_a_jsonl_line_the_database_lacks(self):
        conn = sqlite3.connect(os.path.join(self.archive, "articles.db"))
        conn.execute("DELETE FROM articles WHERE rowid = 1")
        conn.commit()
        conn.close()
        problems = archive.verify(self.archive)
        self.assertEqual(len(problems), 1)
        self.assertIn("line 1", problems[0])

    def test_verify_names_an_invalid_jsonl_line(self):
        path = os.path.join(self.archive, "articles.jsonl")
        with open(path, "rb") as handle:
            lines = handle.readlines()
        lines[2] = lines[2][:20] + b"\n"
        with open(path, "wb") as handle:
            handle.writelines(lines)
        conn = sqlite3.connect(os.path.join(self.archive, "articles.db"))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'jsonl_offset'", (str(os.path.getsize(path)),))
        conn.commit()
        conn.close()
        problems = archive.verify(self.archive)
        self.assertTrue(any("line 3" in p for p in problems), problems)

    def test_newer_schema_version_is_refused_with_one_clear_error(self):
        conn = sqlite3.connect(os.path.join(self.archive, "articles.db"))
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
        with self.assertRaisesRegex(ArchiveError, "schema version 99"):
            archive.connect_readonly(self.archive)
        with self.assertRaisesRegex(ArchiveError, "schema version 99"):
            archive.ingest(self.archive, [self.inputs], Settings())

    def test_connect_readonly_to_a_missing_archive_creates_nothing(self):
        missing = os.path.join(self.tmp, "nowhere")
        with self.assertRaisesRegex(ArchiveError, "no archive at"):
            archive.connect_readonly(missing)
        self.assertFalse(os.path.exists(missing))

    def test_jsonl_records_carry_every_field_of_the_record(self):
        from newsarchive.record import FIELDS

        for record in jsonl_records(self.archive):
            self.assertEqual(tuple(record), FIELDS)
            json.dumps(record)
