"""Where ingest time goes: CPU seconds of the writer and of the workers, against the floor's.

    python3 benchmarks/cpu_split.py CORPUS_DIR MANIFEST [--rounds 2]

On two cores an ingest cannot finish in less than half the CPU time of its
whole process tree, nor faster than its writer alone, so these two figures
bound the ingest / floor ratio from below whatever the scheduling.  Each
round runs, alternating: the floor (one process), newsarchive ingest, and
newsarchive ingest with linking switched off *in this diagnostic only*
(the sketch is replaced by an empty one, so no lookup, no band key, no
link), which shows what linking costs.  Prints the best round of each as
wall and CPU seconds and ratios, then a ``CPU {json}`` line.

CORPUS_DIR and MANIFEST come from ``benchmarks/generate.py`` (or a kept
``run.py`` work folder).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Runs in a child process, so each side starts cold and its workers are its own children.
_INGEST = """
import os, resource, sys, time
sys.path.insert(0, {root!r})
from newsarchive import archive, intake, similarity
from newsarchive.settings import Settings
if {unlinked!r}:
    intake.sketch = lambda body: similarity.Sketch((), b"")
start = time.perf_counter()
archive.ingest(sys.argv[1], [sys.argv[2]], Settings())
wall = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime)
"""


def product(corpus: str, out: str, unlinked: bool) -> dict:
    code = _INGEST.format(root=ROOT, unlinked=unlinked)
    done = subprocess.run([sys.executable, "-c", code, out, corpus], capture_output=True, text=True, check=True)
    wall, writer, workers = map(float, done.stdout.split())
    return {"wall": wall, "writer_cpu": writer, "workers_cpu": workers, "cpu": writer + workers}


def floor(corpus: str, manifest: str, out: str) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, os.path.join(HERE, "floor.py"), corpus, manifest, out],
                   capture_output=True, check=True)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("manifest")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    runs: dict[str, list[dict]] = {"floor": [], "product": [], "unlinked": []}
    work = tempfile.mkdtemp(prefix="cpu-split-", dir=HERE)
    try:
        for round_ in range(args.rounds):
            for side in ("floor", "product", "unlinked") if round_ % 2 == 0 else ("unlinked", "product", "floor"):
                out = os.path.join(work, side)
                if side == "floor":
                    runs[side].append(floor(args.corpus, args.manifest, out))
                else:
                    runs[side].append(product(args.corpus, out, side == "unlinked"))
                shutil.rmtree(out)
                print(f"  … round {round_ + 1} {side}: {runs[side][-1]['wall']:.2f} s", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = {side: min(results, key=lambda r: r["wall"]) for side, results in runs.items()}
    base = best["floor"]
    report = {"floor_wall": round(base["wall"], 2), "floor_cpu": round(base["cpu"], 2)}
    for side in ("product", "unlinked"):
        r = best[side]
        report[side] = {key: round(value, 2) for key, value in r.items()}
        report[side].update(wall_vs_floor=round(r["wall"] / base["wall"], 3),
                            cpu_vs_floor=round(r["cpu"] / base["cpu"], 3),
                            writer_vs_floor=round(r["writer_cpu"] / base["cpu"], 3),
                            lower_bound_vs_floor=round(max(r["writer_cpu"], r["cpu"] / 2) / base["wall"], 3))  # fmt: skip
        print(f"{side:9} wall {r['wall']:6.2f} s = {r['wall'] / base['wall']:.2f}x floor; CPU: writer "
              f"{r['writer_cpu']:.1f} s + workers {r['workers_cpu']:.1f} s = {r['cpu']:.1f} s "
              f"= {r['cpu'] / base['cpu']:.2f}x the floor's {base['cpu']:.1f} s; on 2 cores no run can take "
              f"less than {report[side]['lower_bound_vs_floor']:.2f}x floor")
    print("CPU " + json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
