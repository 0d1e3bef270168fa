"""Parsing alone: CPU seconds of ``pipeline.parse_bytes`` over a corpus, no sinks.

Files are read before the clock starts on each, so the figure is parsing
per core, not disk.  Prints one JSON object: bytes, cpu_seconds, records,
rejects.

Usage: python3 benchmarks/parse_speed.py CORPUS_DIR
"""

from __future__ import annotations

import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from floor import walk  # noqa: E402  (benchmarks/ is this script's own folder)
from newsarchive.errors import InputRejected  # noqa: E402
from newsarchive.pipeline import parse_bytes  # noqa: E402


def measure(corpus: str) -> dict:
    size = records = rejects = 0
    cpu = 0.0
    for path in walk(corpus):
        with open(path, "rb") as handle:
            data = handle.read()
        size += len(data)
        start = time.process_time()
        try:
            records += len(parse_bytes(data, os.path.relpath(path, corpus)))
        except InputRejected:
            rejects += 1
        cpu += time.process_time() - start
    return {"bytes": size, "cpu_seconds": cpu, "records": records, "rejects": rejects}


if __name__ == "__main__":
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        sys.exit(__doc__.strip().splitlines()[-1])
    print(json.dumps(measure(sys.argv[1])))
