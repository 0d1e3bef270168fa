"""The single-file build: newsarchive.pyz runs from anywhere with exit codes intact."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "samples", "full_scrape.txt")


class SingleFileBuild(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.pyz = os.path.join(cls.tmp.name, "newsarchive.pyz")
        subprocess.run([sys.executable, "-m", "newsarchive.zipbuild", cls.pyz],
                       check=True, capture_output=True, timeout=60, cwd=ROOT)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_pyz(self, *args):
        # Run from the temp dir so nothing can be imported from the source tree.
        return subprocess.run([sys.executable, self.pyz, *args], cwd=self.tmp.name,
                              capture_output=True, text=True, timeout=60)

    def test_version_runs_from_the_single_file(self):
        out = self.run_pyz("--version")
        self.assertEqual(out.returncode, 0)
        self.assertIn("newsarchive", out.stdout)

    @unittest.skipUnless(os.path.isfile(SAMPLE), "sample dump missing")
    def test_parse_prints_the_sample_record(self):
        out = self.run_pyz("parse", SAMPLE)
        self.assertEqual(out.returncode, 0, out.stderr)
        record = json.loads(out.stdout.splitlines()[0])
        self.assertTrue(record["body"])

    def test_exit_status_survives_the_entry_point(self):
        out = self.run_pyz("show", "0123", "--archive", os.path.join(self.tmp.name, "none"))
        self.assertEqual(out.returncode, 3)
        self.assertEqual(len(out.stderr.splitlines()), 1)


if __name__ == "__main__":
    unittest.main()
