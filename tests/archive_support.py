"""Shared pieces of the archive tests: article text, corpora, snapshots, checks."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = (
    "minister council harbour election budget vote river court border summit talks "
    "police report union market rates energy winter school hospital shipping port "
    "village festival museum drought rain coalition senator treaty ceasefire envoy"
).split()


def article_text(number: int, words: int = 60) -> str:
    """A small dump of one article whose text (so id) depends on ``number``."""
    rng = random.Random(number)
    paragraphs = []
    for _ in range(3):
        paragraphs.append(" ".join(rng.choice(WORDS) for _ in range(words // 3)).capitalize() + ".")
    return f"Headline {number} about the {rng.choice(WORDS)}\n\n" + "\n\n".join(paragraphs) + "\n"


def write(path: str, data: str | bytes) -> str:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def make_corpus(folder: str, files: int, first: int = 0) -> list[str]:
    """``files`` one-article dumps spread over sub-folders."""
    return [
        write(os.path.join(folder, f"day{n % 7}", f"{n:05d}.txt"), article_text(n))
        for n in range(first, first + files)
    ]


def snapshot(folder: str) -> dict:
    """Bytes and mtime of every file under ``folder``: inputs must never change."""
    found = {}
    for top, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(top, name)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as handle:
                    found[path] = (handle.read(), os.stat(path).st_mtime_ns)
    return found


def db_ids(archive_dir: str) -> list[str]:
    with sqlite3.connect(os.path.join(archive_dir, "articles.db")) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY rowid")]


def jsonl_records(archive_dir: str) -> list[dict]:
    with open(os.path.join(archive_dir, "articles.jsonl"), "rb") as handle:
        return [json.loads(line) for line in handle]


def query(archive_dir: str, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(os.path.join(archive_dir, "articles.db"))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def run_cli(*args: str, env: dict | None = None, timeout: float = 60, **kwargs):
    """``python3 -m newsarchive ARGS`` as a user runs it from a clone."""
    full_env = dict(os.environ, PYTHONPATH=ROOT, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args],
        capture_output=True, env=full_env, timeout=timeout, cwd=ROOT, **kwargs,
    )  # fmt: skip


class ArchiveTestCase(unittest.TestCase):
    """A temp dir holding ``inputs/`` and ``archive/``, plus the shared checks."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.tmp = self._tmp.name
        self.inputs = os.path.join(self.tmp, "inputs")
        self.archive = os.path.join(self.tmp, "archive")
        os.makedirs(self.inputs)
        self.addCleanup(self._tmp.cleanup)

    def assertHealthy(self, archive_dir: str | None = None):
        """verify finds nothing, and JSONL and database hold the same ids once each."""
        from newsarchive.archive import verify

        archive_dir = archive_dir or self.archive
        self.assertEqual(verify(archive_dir), [])
        ids = db_ids(archive_dir)
        self.assertEqual(len(ids), len(set(ids)))
        self.assertEqual([r["id"] for r in jsonl_records(archive_dir)], ids)
