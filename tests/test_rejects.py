"""Every kind of unusable input in one run: each rejected once, the rest ingested."""

from __future__ import annotations

import gzip
import os
import socket
import unittest
from unittest import mock

from newsarchive import archive
from newsarchive.errors import EXIT_REJECTED
from newsarchive.settings import Settings
from tests.archive_support import ArchiveTestCase, article_text, query, run_cli, snapshot, write

MAX_BYTES = 4000


class MixedRejectsTest(ArchiveTestCase):
    def setUp(self):
        super().setUp()
        folder = self.inputs
        self.good = [write(os.path.join(folder, f"good{n}.txt"), article_text(n)) for n in range(3)]
        packed = gzip.compress(article_text(9).encode())
        self.good.append(write(os.path.join(folder, "good.txt.gz"), packed))
        self.expected = {
            write(os.path.join(folder, "empty.txt"), b""): "empty",
            write(os.path.join(folder, "blank.txt"), b"  \n\t \r\n"): "empty",
            write(os.path.join(folder, "nul.txt"), b"text\x00\x00\x00" * 20): "binary",
            write(os.path.join(folder, "undecodable.txt"), b"\x81\x8d\x8f\x90\x9d" * 20): "decodable",
            write(os.path.join(folder, "big.txt"), "x " * MAX_BYTES): "size limit",
            write(os.path.join(folder, "cut.txt.gz"), packed[: len(packed) // 2]): "truncated .gz",
            write(os.path.join(folder, "bad.gz"), b"\x1f\x8bnot really gzip"): "gz",
            write(os.path.join(folder, "chrome.txt"), "Most Popular\n\nread more:\n"): "no article text",
        }
        fifo = os.path.join(folder, "pipe")
        os.mkfifo(fifo)
        self.expected[fifo] = "FIFO"
        sock_path = os.path.join(folder, "sock")
        self.sock = socket.socket(socket.AF_UNIX)
        self.sock.bind(sock_path)
        self.addCleanup(self.sock.close)
        self.expected[sock_path] = "socket"
        loop = os.path.join(folder, "sub", "loop")
        os.makedirs(os.path.dirname(loop))
        os.symlink("..", loop)
        self.expected[loop] = "symlink loop"
        dangling = os.path.join(folder, "dangling")
        os.symlink("nothing-here", dangling)
        self.expected[dangling] = "dangling"
        self.missing = os.path.join(self.tmp, "does-not-exist")
        self.expected[self.missing] = "no such file"
        if os.geteuid() != 0:  # root reads a mode-000 file anyway
            locked = write(os.path.join(folder, "locked.txt"), article_text(50))
            os.chmod(locked, 0)
            self.addCleanup(os.chmod, locked, 0o644)
            self.expected[locked] = "permission denied"
        self.settings = Settings(max_bytes=MAX_BYTES)

    def test_each_bad_input_is_rejected_once_and_the_good_ones_ingested(self):
        before = snapshot(self.inputs)
        calls = []
        summary = archive.ingest(
            self.archive, [self.inputs, self.missing], self.settings,
            on_reject=lambda path, reason: calls.append((path, reason)),
        )  # fmt: skip
        self.assertEqual(summary.articles_added, len(self.good))
        self.assertEqual(sorted(calls), sorted(summary.rejects))
        reported = dict(calls)
        self.assertEqual(len(calls), len(reported), "one report per input")
        self.assertEqual(set(reported), set(self.expected))
        for path, words in self.expected.items():
            self.assertIn(words, reported[path], path)
        rows = query(self.archive, "SELECT path, reason, time FROM rejects")
        self.assertEqual(sorted((p, r) for p, r, _t in rows), sorted(calls))
        self.assertTrue(all(t.endswith("Z") for _p, _r, t in rows))
        self.assertEqual(summary.files_rejected, len(self.expected))
        self.assertEqual(snapshot(self.inputs), before)
        self.assertHealthy()

    def test_unchanged_file_rejected_for_its_bytes_is_not_read_again(self):
        archive.ingest(self.archive, [self.inputs], self.settings)
        calls = []
        archive.ingest(self.archive, [self.inputs], self.settings,
                       on_reject=lambda path, reason: calls.append(path))  # fmt: skip
        found_by_stat = {p for p, words in self.expected.items()
                         if words in ("FIFO", "socket", "symlink loop", "dangling", "size limit")}  # fmt: skip
        self.assertEqual(set(calls), found_by_stat)

    def test_cli_prints_one_line_per_reject_and_exits_1(self):
        done = run_cli("ingest", "--quiet", "--max-bytes", str(MAX_BYTES), "--archive", self.archive,
                       self.inputs, self.missing)  # fmt: skip
        self.assertEqual(done.returncode, EXIT_REJECTED, done.stderr)
        lines = done.stderr.decode().splitlines()
        self.assertEqual(len(lines), len(self.expected), lines)
        self.assertNotIn("Traceback", done.stderr.decode())
        self.assertEqual(done.stdout, b"")



class UnreadableFileTest(ArchiveTestCase):
    @unittest.skipIf(os.geteuid() == 0, "root reads a file whose mode is 000")
    def test_unreadable_file_is_rejected_and_reported_again_next_run(self):
        locked = write(os.path.join(self.inputs, "locked.txt"), article_text(1))
        os.chmod(locked, 0)
        self.addCleanup(os.chmod, locked, 0o644)
        for _run in range(2):
            summary = archive.ingest(self.archive, [self.inputs], Settings())
            self.assertEqual(summary.rejects, [(locked, "unreadable: permission denied")])

    def test_file_the_system_refuses_to_open_is_rejected_while_the_rest_is_ingested(self):
        # Root can read a mode-000 file, so the refusal is made by the system call itself.
        readable = write(os.path.join(self.inputs, "good.txt"), article_text(1))
        refused = write(os.path.join(self.inputs, "refused.txt"), article_text(2))
        real_open = os.open

        def open_refusing(path, *args, **kwargs):
            if os.fsdecode(path) == refused:
                raise PermissionError(13, "Permission denied", path)
            return real_open(path, *args, **kwargs)

        with mock.patch("newsarchive.discover.os.open", open_refusing):
            summary = archive.ingest(self.archive, [self.inputs], Settings())
        self.assertEqual(summary.rejects, [(refused, "unreadable: permission denied")])
        self.assertEqual(summary.articles_added, 1)
        self.assertEqual(query(self.archive, "SELECT source_path FROM articles"), [(readable,)])
