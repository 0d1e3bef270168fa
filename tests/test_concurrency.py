"""Two ingests at once, a busy archive, and readers while a writer holds a transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from newsarchive import archive, store
from newsarchive.errors import EXIT_BUSY, EXIT_OK, ArchiveBusy
from newsarchive.lock import ArchiveLock
from newsarchive.settings import Settings
from tests.archive_support import ROOT, ArchiveTestCase, db_ids, make_corpus, run_cli


class ConcurrentIngestTest(ArchiveTestCase):
    def test_two_ingests_at_once_store_every_article_exactly_once(self):
        make_corpus(os.path.join(self.inputs, "one"), 150)
        make_corpus(os.path.join(self.inputs, "two"), 150, first=100)  # 50 in common
        env = dict(os.environ, PYTHONPATH=ROOT, NEWSARCHIVE_BATCH_FILES="10")
        children = [
            subprocess.Popen(
                [sys.executable, "-m", "newsarchive", "ingest", "--quiet", "--wait", "60",
                 "--archive", self.archive, os.path.join(self.inputs, part)],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
            )  # fmt: skip
            for part in ("one", "two")
        ]
        try:
            results = [child.communicate(timeout=120) for child in children]
        finally:
            for child in children:
                if child.poll() is None:
                    os.killpg(child.pid, signal.SIGKILL)
                    child.wait()
        for child, (_out, err) in zip(children, results):
            self.assertEqual(child.returncode, EXIT_OK, err)
        self.assertEqual(len(db_ids(self.archive)), 250)
        self.assertHealthy()

    def test_second_ingest_gives_up_after_the_wait_with_exit_75(self):
        make_corpus(self.inputs, 2)
        os.makedirs(self.archive)
        with ArchiveLock(self.archive, 0):
            started = time.monotonic()
            done = run_cli("ingest", "--wait", "0.5", "--archive", self.archive, self.inputs)
            waited = time.monotonic() - started
        self.assertEqual(done.returncode, EXIT_BUSY, done.stderr)
        self.assertIn("archive busy", done.stderr.decode())
        self.assertEqual(len(done.stderr.decode().strip().splitlines()), 1)
        self.assertGreaterEqual(waited, 0.5)

    def test_library_ingest_raises_archive_busy_naming_the_archive(self):
        os.makedirs(self.archive)
        with ArchiveLock(self.archive, 0):
            with self.assertRaisesRegex(ArchiveBusy, "another ingest holds .*waited 0.2 s"):
                archive.ingest(self.archive, [self.inputs], Settings(), wait=0.2)

    def test_lock_is_released_when_its_holder_is_killed(self):
        os.makedirs(self.archive)
        holder = subprocess.Popen(
            [sys.executable, "-c",
             "import sys, time; sys.path.insert(0, sys.argv[1]);"
             "from newsarchive.lock import ArchiveLock;"
             "lock = ArchiveLock(sys.argv[2], 0).__enter__(); print('held', flush=True); time.sleep(60)",
             ROOT, self.archive],
            stdout=subprocess.PIPE,
        )  # fmt: skip
        try:
            self.assertEqual(holder.stdout.readline(), b"held\n")
            with self.assertRaises(ArchiveBusy):
                ArchiveLock(self.archive, 0).__enter__()
        finally:
            holder.kill()
            holder.wait()
            holder.stdout.close()
        with ArchiveLock(self.archive, 5):
            pass


class ReaderDuringWriteTest(ArchiveTestCase):
    def test_search_and_readers_work_while_a_writer_holds_a_transaction(self):
        make_corpus(self.inputs, 3)
        archive.ingest(self.archive, [self.inputs], Settings())
        writer = store.open_for_writing(os.path.join(self.archive, "articles.db"))
        self.addCleanup(writer.close)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE articles SET title = 'Rewritten headline' WHERE rowid = 1")
        done = run_cli("search", "--json", "Headline", "--archive", self.archive)
        self.assertEqual(done.returncode, EXIT_OK, done.stderr)
        self.assertEqual(len(done.stdout.splitlines()), 3)
        conn = archive.connect_readonly(self.archive)
        self.addCleanup(conn.close)
        self.assertEqual(conn.execute("SELECT count(*) FROM articles").fetchone(), (3,))
        writer.execute("ROLLBACK")

    def test_verify_waits_for_a_running_ingest_then_reports_busy(self):
        from unittest import mock

        from newsarchive import maintenance

        make_corpus(self.inputs, 1)
        archive.ingest(self.archive, [self.inputs], Settings())
        with ArchiveLock(self.archive, 0), mock.patch.object(maintenance, "MAINTENANCE_WAIT", 0.2):
            with self.assertRaisesRegex(ArchiveBusy, "archive busy"):
                archive.verify(self.archive)
        self.assertEqual(archive.verify(self.archive), [])
