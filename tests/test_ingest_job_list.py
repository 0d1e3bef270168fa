"""The writer's packed list of files to read gives back each path, stat and stored hash."""

import unittest

from newsarchive.archive import _Jobs


class PackedJobs(unittest.TestCase):
    def test_paths_stats_and_stored_hashes_come_back_in_order(self):
        entries = [("a/one.txt", 10, 111, None), ("b/caf\u00e9.txt", 20, 222, "ab" * 32),
                   ("c/odd\udcff.txt", 0, 333, None), ("", 5, 444, None), ("d/last.txt", 7, 555, "cd" * 32)]  # fmt: skip
        jobs = _Jobs()
        for entry in entries:
            jobs.add(*entry)
        jobs.pack()
        self.assertEqual(len(jobs), len(entries))
        self.assertEqual([(jobs.path(i), *jobs.stat(i)) for i in range(len(jobs))], [e[:3] for e in entries])
        self.assertEqual(jobs.pairs(0, 100), [(e[0], e[3]) for e in entries])
        self.assertEqual(jobs.pairs(1, 3), [(e[0], e[3]) for e in entries[1:3]])


if __name__ == "__main__":
    unittest.main()
