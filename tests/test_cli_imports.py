"""The reading commands start light: they never load the parser, the worker pool or the writer.

A search is a whole process around a query of a few milliseconds, so what
it imports is most of what it costs.  Counting modules rather than timing
keeps the guard exact on a busy machine.
"""

import json
import os
import subprocess
import sys
import textwrap
import unittest

from tests import archive_extras_fixtures

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# What ingest needs and a reader does not.
HEAVY = (
    "multiprocessing", "concurrent", "newsarchive.archive", "newsarchive.intake", "newsarchive.pipeline",
    "newsarchive.fields", "newsarchive.discover", "newsarchive.store", "newsarchive.maintenance",
    "newsarchive.jsonl", "newsarchive.lock",
)

# What a search needs still less: the record class, the article reader, the
# links, the dataclasses machinery they are built with, and standard modules
# that cost a few milliseconds each to load (typing, urllib.parse, and
# shutil, which argparse's stock help formatter imports).
NOT_IN_SEARCH = HEAVY + ("newsarchive.record", "newsarchive.show", "newsarchive.linking", "dataclasses",
                         "typing", "urllib", "shutil")  # fmt: skip

# Runs the commands one after another in one fresh interpreter and prints,
# after each, the modules loaded so far that start-up had not loaded.
PROBE = textwrap.dedent("""
    import sys
    start = set(sys.modules)
    import contextlib, io, json
    from newsarchive import cli
    loaded = []
    for argv in json.loads(sys.argv[1]):
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            status = cli.main(argv)
        loaded.append([argv, status, sorted(set(sys.modules) - start)])
    print(json.dumps(loaded))
""")


def probe(commands):
    """(argv, exit status, modules loaded since start-up) after each command, run in order in one process."""
    proc = subprocess.run(
        # -S: without the site module, whose .pth files may load any of these first.
        [sys.executable, "-S", "-c", PROBE, json.dumps(commands)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    if proc.returncode:
        raise AssertionError(proc.stderr)
    return json.loads(proc.stdout)


def among(modules, prefixes):
    return [m for m in modules if m.startswith(prefixes)]


class ReadingCommandsImportTest(archive_extras_fixtures.ExtrasArchiveTestCase):
    def test_search_show_related_stats_and_export_load_nothing_of_ingest(self):
        where = ["--archive", self.tmp.name]
        commands = [
            ["search", "quake", *where], ["search", "quake", "--json", "--collapse", *where],
            ["search", "quake", "--csv", *where], ["show", "aaaa", *where], ["related", "aaaa", *where],
            ["stats", *where], ["export", "quake", "--format", "csv", *where],
        ]
        loaded = probe(commands)
        self.assertEqual([argv for argv, _, _ in loaded], commands)
        for argv, status, modules in loaded:
            self.assertEqual((argv[:2], status, among(modules, HEAVY)), (argv[:2], 0, []))
        searches = [modules for argv, _, modules in loaded if argv[0] == "search"]
        self.assertEqual(among(searches[-1], NOT_IN_SEARCH), [])

    def test_the_probe_sees_ingest_load_the_writer(self):
        commands = [["ingest", os.path.join(ROOT, "samples"), "--archive", os.path.join(self.tmp.name, "new"), "-q"]]
        [(_, _, modules)] = probe(commands)
        self.assertIn("newsarchive.archive", among(modules, HEAVY))


if __name__ == "__main__":
    unittest.main()
