"""kill -9 and write failures mid-ingest: the archive stays whole, a re-run completes it."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time

from newsarchive import archive
from newsarchive.errors import EXIT_FAILED, EXIT_OK
from newsarchive.jsonl import parse_line, read_lines
from newsarchive.pipeline import parse_bytes
from newsarchive.settings import Settings
from tests.archive_support import (
    ROOT,
    ArchiveTestCase,
    db_ids,
    make_corpus,
    query,
    run_cli,
    snapshot,
)

SMALL_BATCHES = {"NEWSARCHIVE_BATCH_FILES": "10"}


class CrashTestCase(ArchiveTestCase):
    files = 120

    def setUp(self):
        super().setUp()
        self.paths = make_corpus(self.inputs, self.files)
        self.before = snapshot(self.inputs)

    def expected_ids(self) -> set[str]:
        ids = set()
        for path in self.paths:
            with open(path, "rb") as handle:
                ids.update(r.id for r in parse_bytes(handle.read(), path))
        return ids

    def assertSurvivedCrash(self):
        """What a crash must leave: a database that passes both integrity
        checks and a JSONL whose committed part is whole valid lines."""
        conn = sqlite3.connect(os.path.join(self.archive, "articles.db"))
        try:
            self.assertEqual(conn.execute("PRAGMA integrity_check").fetchall(), [("ok",)])
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            committed = int(
                (conn.execute("SELECT value FROM meta WHERE key = 'jsonl_offset'").fetchone() or [0])[0]
            )
            stored = {row[0] for row in conn.execute("SELECT id FROM articles")}
        finally:
            conn.close()
        lines = [parse_line(line)["id"] for _n, line in read_lines(self.jsonl, committed)]
        self.assertEqual(sorted(lines), sorted(stored))

    def assertCompletedByRerun(self):
        done = run_cli("ingest", "--quiet", "--archive", self.archive, self.inputs)
        self.assertEqual(done.returncode, EXIT_OK, done.stderr)
        self.assertHealthy()
        self.assertEqual(set(db_ids(self.archive)), self.expected_ids())
        self.assertEqual(snapshot(self.inputs), self.before)

    @property
    def jsonl(self) -> str:
        return os.path.join(self.archive, "articles.jsonl")


class KillAtBatchPointTest(CrashTestCase):
    """Deterministic kills at the moments that matter: before the JSONL append,
    between the append and the commit (uncommitted lines on disk), after it."""

    def kill_at(self, point: str):
        env = dict(SMALL_BATCHES, NEWSARCHIVE_TEST_KILL_AT=point)
        done = run_cli("ingest", "--quiet", "--archive", self.archive, self.inputs, env=env)
        self.assertEqual(done.returncode, -signal.SIGKILL, done.stderr)
        self.assertSurvivedCrash()
        self.assertEqual(archive.connect_readonly(self.archive).execute("SELECT 1").fetchone(), (1,))

    def test_kill_before_the_jsonl_append(self):
        self.kill_at("before-jsonl:3")
        self.assertCompletedByRerun()

    def test_kill_between_jsonl_append_and_commit_drops_the_uncommitted_lines(self):
        self.kill_at("after-jsonl:3")
        committed = query(self.archive, "SELECT value FROM meta WHERE key = 'jsonl_offset'")[0][0]
        self.assertGreater(os.path.getsize(self.jsonl), int(committed))
        self.assertTrue(any("past the committed end" in p for p in archive.verify(self.archive)))
        self.assertCompletedByRerun()

    def test_kill_after_commit(self):
        self.kill_at("after-commit:2")
        self.assertEqual(len(db_ids(self.archive)), 20)
        self.assertCompletedByRerun()

    def test_kill_in_the_first_batch_leaves_an_archive_the_next_run_completes(self):
        self.kill_at("after-jsonl:1")
        self.assertCompletedByRerun()

    def test_torn_last_line_is_cut_off_by_the_next_run(self):
        self.kill_at("after-commit:2")
        with open(self.jsonl, "ab") as handle:
            handle.write(b'{"id": "torn')
        self.assertCompletedByRerun()


class TimedKillTest(CrashTestCase):
    """kill -9 of the main process at moments nobody chose, with workers running."""

    files = 400

    def test_repeated_kills_then_rerun_lose_and_duplicate_nothing(self):
        for fraction in (0.2, 0.5, 0.8):
            self.kill_when_jsonl_reaches(int(fraction * self.files * 600))
            self.assertSurvivedCrash()
        self.assertCompletedByRerun()

    def kill_when_jsonl_reaches(self, size: int):
        env = dict(os.environ, PYTHONPATH=ROOT, **SMALL_BATCHES)
        child = subprocess.Popen(
            [sys.executable, "-m", "newsarchive", "ingest", "--quiet", "--archive", self.archive, self.inputs],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        group = child.pid
        try:
            deadline = time.monotonic() + 60
            while child.poll() is None and time.monotonic() < deadline:
                if os.path.exists(self.jsonl) and os.path.getsize(self.jsonl) >= size:
                    break
                time.sleep(0.002)
            child.kill()  # the main process only: its workers must notice and go
            child.wait(timeout=30)
            self.assertWorkersGone(group)
        finally:
            try:
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def assertWorkersGone(self, group: int):
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(group, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        self.fail("worker processes outlived the killed ingest")


def _limit_file_size(limit: int):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


class WriteFailureTest(CrashTestCase):
    files = 300

    def test_file_size_limit_ends_the_run_with_one_line_and_a_consistent_archive(self):
        done = run_cli(
            "ingest", "--quiet", "--archive", self.archive, self.inputs,
            env=SMALL_BATCHES, preexec_fn=_limit_file_size(120_000),
        )  # fmt: skip
        self.assertEqual(done.returncode, EXIT_FAILED, done.stderr)
        message = done.stderr.decode().strip()
        self.assertEqual(len(message.splitlines()), 1, message)
        self.assertIn("cannot write archive", message)
        self.assertSurvivedCrash()
        self.assertEqual(archive.verify(self.archive), [])
        self.assertLess(len(db_ids(self.archive)), self.files)
        self.assertCompletedByRerun()

