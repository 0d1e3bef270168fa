"""The ingest benchmark: newsarchive against the floor, in one run, as ratios.

    python3 benchmarks/run.py --articles 20000

Generates a deterministic corpus, then times whole processes (start-up
included), alternating product and floor so that the noise of a shared
machine falls on both alike, and reports every target as a ratio measured
in this one run (best of ``--runs`` for each side):

- full ingest / floor (benchmarks/floor.py: same rows, same schema, no parsing);
- no-op re-run / first run;
- 1% new files added to the full archive / the same files into an empty one;
- peak RSS of the full ingest, and against an ingest of a fifth of the corpus;
- search p50/p95 through ``newsarchive search --json`` / the same SQL run bare;
- sqlite-utils ``insert --nl`` + ``enable-fts --fts5`` of the same articles
  (when the command is installed; it is never a dependency of newsarchive);
- articles/s, MB/s, archive size / corpus size, parsing alone in MB/s per core.

The last line is ``BENCH {json}``.  Work happens in a temporary folder under
benchmarks/work/, removed at the end unless --keep is given.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import generate  # noqa: E402  (benchmarks/ is this script's own folder)

PY = sys.executable

# (as a user types it, the FTS5 query it means): single words of high, middle
# and low frequency, several words, phrases, prefixes.
QUERIES = (
    ("minister", '"minister"'),
    ("hospital", '"hospital"'),
    (generate.WORDS[2500], f'"{generate.WORDS[2500]}"'),
    ("foreign minister", '"foreign" "minister"'),
    ("police court election", '"police" "court" "election"'),
    ('"of the"', '"of the"'),
    ('"said the"', '"said the"'),
    ("minist*", '"minist"*'),
    ("hosp*", '"hosp"*'),
)

BARE_SEARCH = """
import json, sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
rows = db.execute('''
    SELECT a.id, a.date, a.title, a.author, a.source_path,
           snippet(articles_fts, -1, '[', ']', '…', 16),
           bm25(articles_fts, 10.0, 5.0, 3.0, 1.0, 2.0) AS score,
           substr(a.body, 1, 200), a.superseded_by
    FROM articles_fts JOIN articles AS a ON a.rowid = articles_fts.rowid
    WHERE articles_fts MATCH ? AND a.superseded_by IS NULL
    ORDER BY score LIMIT 20''', (sys.argv[2],))
for r in rows:
    print(json.dumps({"id": r[0], "date": r[1], "title": r[2], "author": r[3],
                      "source_path": r[4], "snippet": r[5], "rank": r[6]}, ensure_ascii=False))
"""


# What the `newsarchive` command that `pip install` writes runs (without
# `python -m`'s search for the package's __main__, which a user of the
# command never pays).
NEWSARCHIVE_COMMAND = "import sys; from newsarchive.cli import main; sys.exit(main())"


@dataclass
class Timed:
    seconds: float
    max_rss_kb: int  # largest single process of the tree (getrusage via wait4)
    tree_pss_kb: int  # largest sampled PSS sum over the process tree (0 if not sampled)
    code: int
    stdout: str
    stderr: str


class TreePss:
    """Samples the summed PSS of a process and its descendants from /proc.

    PSS rather than RSS: forked workers share pages with their parent, and
    a sum of RSS would count those pages once per process."""

    def __init__(self, pid: int, interval: float = 0.25):
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self.stopped.wait(self.interval):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in _tree(self.pid)))

    def stop(self) -> int:
        self.stopped.set()
        self.thread.join()
        return self.peak_kb


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    ppid = int(handle.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found = [root]
    for pid in found:
        found.extend(children.get(pid, ()))
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


def timed(cmd: list[str], sample_rss: bool = False) -> Timed:
    """Run cmd as a whole process; wall time, peak RSS, output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        sampler = TreePss(proc.pid) if sample_rss else None
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        tree_kb = sampler.stop() if sampler else 0
        out.seek(0)
        err.seek(0)
        result = Timed(seconds, usage.ru_maxrss, tree_kb, proc.returncode,
                       out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))
    if result.code != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}… exited {result.code}: {result.stderr.strip()[-2000:]}")
    return result


def ingest(paths: list[str], archive: str, sample_rss: bool = False) -> Timed:
    # The generated corpus has no bad input: any exit but 0 is a failure.
    cmd = [PY, "-m", "newsarchive", "ingest", *paths, "--archive", archive, "--quiet"]
    return timed(cmd, sample_rss)


def article_count(db_path: str) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def folder_size(path: str) -> int:
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def say(text: str) -> None:
    print(text, flush=True)


def note(text: str) -> None:
    print(f"  … {text}", file=sys.stderr, flush=True)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def byte_compile() -> None:
    """Byte-compile the package before anything is measured, as ``pip install``
    leaves it and as any run from a clone leaves it (unless
    PYTHONDONTWRITEBYTECODE is set, which would charge every search for
    compiling newsarchive anew).  Memory differs too: the processes of an
    ingest hold more when their modules come from bytecode files, so every
    figure is of that form.  Not fatal: in a read-only checkout each run
    compiles as it goes, and the figures say less about an installed copy."""
    compiled = subprocess.run([PY, "-m", "compileall", "-q", os.path.join(ROOT, "newsarchive")],
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""}, capture_output=True)  # fmt: skip
    if compiled.returncode:
        note("could not byte-compile newsarchive/: every run includes compiling it")


class Bench:
    def __init__(self, work: str, articles: int, runs: int, seed: int, search_repeats: int):
        self.work, self.articles, self.runs, self.seed = work, articles, runs, seed
        self.search_repeats = search_repeats
        self.corpus = os.path.join(work, "corpus")
        self.manifest = os.path.join(work, "manifest.tsv")
        self.archive = os.path.join(work, "archive")
        self.results: dict = {"articles": articles, "runs": runs, "cores": os.cpu_count()}

    def path(self, name: str) -> str:
        return os.path.join(self.work, name)

    def make_corpus(self) -> None:
        start = time.perf_counter()
        files, size = generate.generate(self.corpus, self.articles, self.seed, 0, self.manifest)
        per_batch = max(1, self.articles // 100)
        self.increments, next_file = [], files
        for k in range(self.runs + 1):  # the next days' files, one batch a "night"
            folder = self.path(f"increment{k}")
            next_file += generate.generate(folder, per_batch, self.seed, next_file)[0]
            self.increments.append(folder)
        self.results.update(files=files, corpus_mb=round(size / 1e6, 1), increment_articles=per_batch)
        self.corpus_bytes = size
        say(f"corpus: {self.articles} articles in {files} files, {size / 1e6:.1f} MB "
            f"(generated in {time.perf_counter() - start:.0f} s); increment batches of {per_batch} articles")

    def full_ingests(self) -> None:
        """Alternate floor, product and sqlite-utils; keep the last product archive."""
        sqlite_utils = shutil.which("sqlite-utils")
        floor_s, product_s, su_s, rss, tree_pss = [], [], [], [], []
        for round_ in range(self.runs):
            product_dir = self.path(f"product{round_}")
            order = ("floor", "product") if round_ % 2 == 0 else ("product", "floor")
            for side in order:
                if side == "floor":
                    floor_dir = self.path("floor")
                    run = timed([PY, os.path.join(HERE, "floor.py"), self.corpus, self.manifest, floor_dir])
                    floor_s.append(run.seconds)
                    self.floor_articles = article_count(os.path.join(floor_dir, "articles.db"))
                    shutil.rmtree(floor_dir)
                else:
                    run = ingest([self.corpus], product_dir, sample_rss=True)
                    product_s.append(run.seconds)
                    rss.append(run.max_rss_kb)
                    tree_pss.append(run.tree_pss_kb)
                note(f"round {round_ + 1} {side}: {run.seconds:.2f} s")
            if sqlite_utils:
                su_s.append(self.sqlite_utils(sqlite_utils, os.path.join(product_dir, "articles.jsonl")))
                note(f"round {round_ + 1} sqlite-utils: {su_s[-1]:.2f} s")
            if round_ < self.runs - 1:
                shutil.rmtree(product_dir)
        os.rename(product_dir, self.archive)
        self.product_first = min(product_s)
        product_articles = article_count(os.path.join(self.archive, "articles.db"))
        archive_bytes = folder_size(self.archive)
        best_floor, best = min(floor_s), min(product_s)
        self.results.update(
            product_articles=product_articles, floor_articles=self.floor_articles,
            ingest_seconds=round(best, 2), floor_seconds=round(best_floor, 2),
            ingest_vs_floor=round(best / best_floor, 3),
            ingest_vs_floor_per_round=[round(p / f, 3) for p, f in zip(product_s, floor_s)],
            articles_per_s=round(product_articles / best), mb_per_s=round(self.corpus_bytes / 1e6 / best, 2),
            ingest_us_per_article=round(best / product_articles * 1e6),
            archive_vs_corpus=round(archive_bytes / self.corpus_bytes, 2),
            peak_rss_mb=round(max(rss) / 1024, 1), peak_tree_pss_mb=round(max(tree_pss) / 1024, 1),
        )
        say(f"full ingest: product {best:.2f} s, floor {best_floor:.2f} s -> {best / best_floor:.2f}x floor "
            f"(rounds: {', '.join(f'{p / f:.2f}x' for p, f in zip(product_s, floor_s))})")
        say(f"  {product_articles / best:.0f} articles/s, {self.corpus_bytes / 1e6 / best:.1f} MB/s, "
            f"{best / product_articles * 1e6:.0f} µs/article; archive {archive_bytes / 1e6:.1f} MB = "
            f"{archive_bytes / self.corpus_bytes:.2f}x corpus")
        if product_articles != self.floor_articles:
            say(f"  note: product stored {product_articles} articles, floor {self.floor_articles}")
        say(f"  peak memory: {max(rss) / 1024:.1f} MB RSS of the largest process, "
            f"{max(tree_pss) / 1024:.1f} MB PSS of the process tree")
        if su_s:
            self.results.update(sqlite_utils_seconds=round(min(su_s), 2),
                                sqlite_utils_vs_floor=round(min(su_s) / best_floor, 3),
                                ingest_vs_sqlite_utils=round(best / min(su_s), 3))
            say(f"sqlite-utils insert --nl + enable-fts --fts5: {min(su_s):.2f} s = "
                f"{min(su_s) / best_floor:.2f}x floor; product = {best / min(su_s):.2f}x sqlite-utils")
        else:
            say("sqlite-utils: not installed, skipped (pip install sqlite-utils to compare)")

    def sqlite_utils(self, command: str, jsonl: str) -> float:
        db = self.path("sqlite-utils.db")
        insert = timed([command, "insert", db, "articles", jsonl, "--nl"])
        fts = timed([command, "enable-fts", db, "articles", "title", "subtitle", "author", "body",
                     "--fts5", "--create-triggers", "--tokenize", "porter unicode61 remove_diacritics 2"])
        os.remove(db)
        return insert.seconds + fts.seconds

    def no_op(self) -> None:
        runs = [ingest([self.corpus], self.archive).seconds for _ in range(self.runs)]
        best = min(runs)
        self.results.update(noop_seconds=round(best, 3), noop_vs_first=round(best / self.product_first, 4))
        say(f"no-op re-run: {best:.2f} s = {best / self.product_first * 100:.1f} % of the first run")

    def search(self) -> None:
        db = os.path.join(self.archive, "articles.db")
        product, bare = [], []
        for _ in range(self.search_repeats):
            for typed, fts in QUERIES:
                product_run = timed([PY, "-c", NEWSARCHIVE_COMMAND, "search", typed, "--json", "--limit", "20",
                                     "--archive", self.archive])
                bare_run = timed([PY, "-c", BARE_SEARCH, db, fts])
                product.append(product_run.seconds)
                bare.append(bare_run.seconds)
                if product_run.stdout.count("\n") != bare_run.stdout.count("\n"):
                    say(f"  note: {typed!r}: product {product_run.stdout.count(chr(10))} hits, "
                        f"bare {bare_run.stdout.count(chr(10))}")
        p50, p95 = percentile(product, 0.5), percentile(product, 0.95)
        b50, b95 = percentile(bare, 0.5), percentile(bare, 0.95)
        self.results.update(search_p50_ms=round(p50 * 1000, 1), search_p95_ms=round(p95 * 1000, 1),
                            bare_p50_ms=round(b50 * 1000, 1), bare_p95_ms=round(b95 * 1000, 1),
                            search_p50_vs_bare=round(p50 / b50, 3), search_p95_vs_bare=round(p95 / b95, 3))
        say(f"search ({len(QUERIES)} queries x {self.search_repeats}): p50 {p50 * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms; bare SQL p50 {b50 * 1000:.0f} ms, p95 {b95 * 1000:.0f} ms "
            f"-> p50 {p50 / b50:.2f}x, p95 {p95 / b95:.2f}x")

    def increment(self) -> None:
        """The same new files into the full archive and into an empty one, alternating."""
        full, empty = [], []
        for k in range(self.runs):
            batch = self.increments[k]
            full.append(ingest([batch], self.archive).seconds)
            empty_dir = self.path("empty")
            empty.append(ingest([batch], empty_dir).seconds)
            shutil.rmtree(empty_dir)
        # The nightly cron shape: the whole tree again, with one new batch in it.
        cron = ingest([self.corpus, *self.increments], self.archive).seconds
        articles = self.results["increment_articles"]
        self.results.update(increment_full_seconds=round(min(full), 3), increment_empty_seconds=round(min(empty), 3),
                            increment_vs_empty=round(min(full) / min(empty), 3),
                            increment_us_per_article=round(min(full) / articles * 1e6),
                            cron_run_seconds=round(cron, 2), cron_vs_empty=round(cron / min(empty), 3))
        say(f"increment of {articles} articles: into the full archive {min(full):.2f} s, into an empty one "
            f"{min(empty):.2f} s -> {min(full) / min(empty):.2f}x")
        say(f"  cron shape (whole tree re-walked, one new batch): {cron:.2f} s = {cron / min(empty):.2f}x "
            f"the batch alone into an empty archive")

    def rss_growth(self) -> None:
        """Peak RSS of an ingest of about a fifth of the corpus, to compare with the full one."""
        folders, counted = [], 0
        with open(self.manifest, encoding="utf-8") as handle:
            for line in handle:
                relative, _, starts = line.partition("\t")
                folder = os.path.join(self.corpus, os.path.dirname(relative))
                if not folders or folders[-1] != folder:
                    if counted >= self.articles // 5:
                        break
                    folders.append(folder)
                counted += starts.count(",") + 1
        subset_dir = self.path("subset")
        run = ingest(folders, subset_dir, sample_rss=True)
        full_kb = 1024 * max(self.results["peak_rss_mb"], self.results["peak_tree_pss_mb"])
        subset_articles = article_count(os.path.join(subset_dir, "articles.db"))
        shutil.rmtree(subset_dir)
        self.results.update(subset_articles=subset_articles, subset_peak_rss_mb=round(run.max_rss_kb / 1024, 1),
                            subset_peak_tree_pss_mb=round(run.tree_pss_kb / 1024, 1),
                            rss_full_vs_subset=round(full_kb / max(run.max_rss_kb, run.tree_pss_kb), 3))
        say(f"peak RSS at {subset_articles} articles: {run.max_rss_kb / 1024:.1f} MB largest process, "
            f"{run.tree_pss_kb / 1024:.1f} MB PSS of the tree; at {self.results['product_articles']}: "
            f"{full_kb / 1024:.1f} MB -> {self.results['rss_full_vs_subset']:.2f}x (larger of the two measures)")

    def parse_speed(self) -> None:
        run = timed([PY, os.path.join(HERE, "parse_speed.py"), self.corpus])
        measured = json.loads(run.stdout)
        mb_s = measured["bytes"] / 1e6 / measured["cpu_seconds"]
        self.results.update(parse_mb_s_per_core=round(mb_s, 2),
                            parse_articles_s_per_core=round(measured["records"] / measured["cpu_seconds"]))
        say(f"parsing alone (pipeline.parse_bytes, one process): {mb_s:.1f} MB/s per core, "
            f"{measured['records'] / measured['cpu_seconds']:.0f} articles/s per core")

    def verdict(self) -> None:
        r = self.results
        targets = {
            "ingest_vs_floor<=1.2": r["ingest_vs_floor"] <= 1.2,
            "noop_vs_first<=0.05": r["noop_vs_first"] <= 0.05,
            "increment_vs_empty<=1.5": r["increment_vs_empty"] <= 1.5,
            "peak_rss_mb<=100": max(r["peak_rss_mb"], r["peak_tree_pss_mb"]) <= 100,
            "search_p50_vs_bare<=1.5": r["search_p50_vs_bare"] <= 1.5,
        }
        r["targets"] = targets
        say("targets: " + ", ".join(f"{name} {'met' if ok else 'MISSED'}" for name, ok in targets.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000, help="articles in the corpus (default 20000)")
    parser.add_argument("--runs", type=int, default=2, help="timed runs of each side (default 2)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--search-repeats", type=int, default=5, help="runs of each search query")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    base = os.path.join(HERE, "work")
    os.makedirs(base, exist_ok=True)
    work = tempfile.mkdtemp(prefix="run-", dir=base)
    say(f"newsarchive benchmark: {args.articles} articles, best of {args.runs} runs each side, "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}")
    bench = Bench(work, args.articles, args.runs, args.seed, args.search_repeats)
    try:
        byte_compile()
        bench.make_corpus()
        bench.full_ingests()
        bench.no_op()
        bench.search()
        bench.increment()
        bench.rss_growth()
        bench.parse_speed()
        bench.verdict()
    except RuntimeError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            say(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    say("BENCH " + json.dumps(bench.results, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
