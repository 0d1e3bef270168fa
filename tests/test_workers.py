"""The worker processes that parse for the writer."""

import multiprocessing
import os
import tempfile
import unittest
from concurrent.futures import ProcessPoolExecutor

from newsarchive import intake


class WorkerPriority(unittest.TestCase):
    def test_workers_run_below_the_writers_priority(self):
        context = multiprocessing.get_context("fork")
        with tempfile.TemporaryDirectory() as tmp:
            initargs = (None, os.path.join(tmp, "articles.db"))
            with ProcessPoolExecutor(1, mp_context=context, initializer=intake.worker_init, initargs=initargs) as pool:
                worker_niceness = pool.submit(os.nice, 0).result()
        self.assertEqual(worker_niceness, min(19, os.nice(0) + intake.WORKER_NICENESS))


if __name__ == "__main__":
    unittest.main()
