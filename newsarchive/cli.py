"""The command line: a thin argparse skin over the library, and the only module that prints.

Each command is one library call plus formatting.  Every failure reaches
``main`` and leaves as one stderr line and an exit code (errors.py): a user
never sees a traceback (``NEWSARCHIVE_DEBUG=1`` shows one for internal
errors).  On success stderr stays empty except for ingest's summary line; on
failure stdout stays empty.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time

from . import __version__
from .errors import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, InputRejected, NewsarchiveError, NotFound
from .export import FORMATS
from .readonly import connect_readonly
from .search import SORTS, Query, date_bound, search

EXIT_INTERRUPTED = 130
DEFAULT_ARCHIVE = "archive"
DEFAULT_WAIT = 30.0

EXAMPLES = """\
examples:
  newsarchive ingest samples/                  parse the dumps into ./archive
  newsarchive ingest --quiet /data/dumps       for cron: nothing printed but errors
  newsarchive search "Moscow’s hosting of Hamas"
  newsarchive search --json --limit 5 hamas | jq .title
  newsarchive search --fts 'hamas NOT russia' --since 2023-11
  newsarchive show 3f2a9c1d                    a unique id prefix is enough
  newsarchive parse dump.txt                   records as JSONL, nothing written
  newsarchive related 3f2a9c1d                 near-copies and rewrites of an article
  newsarchive stats                            articles by month, folder, author, warnings
  newsarchive export --format es-bulk > bulk.ndjson
  newsarchive verify && newsarchive rebuild --from jsonl

The archive is ./archive unless --archive or NEWSARCHIVE_ARCHIVE says otherwise.
Exit status: 0 done, 1 some inputs rejected (or id not found), 2 usage error or
bad query, 3 failed, 75 archive busy."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        status = args.run(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:  # e.g. `newsarchive search x | head`: the reader has enough
        _silence_stdout()
        return EXIT_OK
    except NewsarchiveError as exc:
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except OSError as exc:
        # A file name, when the error has one (not a descriptor number).
        _error(f"{exc.filename + ': ' if isinstance(exc.filename, str) else ''}{exc.strerror or exc}")
        return EXIT_FAILED
    except Exception as exc:  # a bug: still one line, unless asked for the traceback
        if os.environ.get("NEWSARCHIVE_DEBUG"):
            import traceback

            traceback.print_exc()
        _error(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_FAILED


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, measuring the terminal itself: the stock one
    imports shutil to do it each time an argument is declared, a cost every
    command (a search above all) would pay at start-up."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """$COLUMNS, else the terminal's width, else 80 (as shutil.get_terminal_size)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
        if columns > 0:
            return columns
    except ValueError:
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsarchive",
        description="Turn raw dumps of scraped news articles into a searchable archive.",
        epilog=EXAMPLES,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"newsarchive {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    store = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    store.add_argument(
        "--archive", metavar="DIR", help="archive folder (default: $NEWSARCHIVE_ARCHIVE or ./archive)"
    )
    parsing = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    parsing.add_argument(
        "--max-bytes", type=_size, metavar="N",
        help="reject files larger than N bytes; K, M, G suffixes (default: 16M)",
    )
    parsing.add_argument(
        "--month-first", action="store_true", help="read an ambiguous 03/04/2023 as March 4 (default: 3 April)"
    )
    parsing.add_argument("--boilerplate", metavar="FILE", help="extra boilerplate lines to remove, one a line")

    filters = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    filters.add_argument("--fts", action="store_true", help="QUERY is raw FTS5 syntax (NEAR, OR, NOT, column:)")
    filters.add_argument("--since", type=_date, metavar="DATE", help="dated on or after DATE (YYYY[-MM[-DD]])")
    filters.add_argument("--until", type=_date, metavar="DATE", help="dated on or before DATE")
    filters.add_argument("--author", metavar="TEXT", help="author contains TEXT")
    filters.add_argument("--source", metavar="GLOB", help="a source path matches GLOB")
    filters.add_argument("--all", action="store_true", help="include versions superseded by a newer one")

    def command(name, run, help, parents=(), example=""):
        sub = commands.add_parser(
            name, help=help, description=help, parents=list(parents),
            epilog=example, formatter_class=_Formatter,
        )
        sub.set_defaults(run=run)
        return sub

    ingest = command(
        "ingest", cmd_ingest, "add files, folders (recursive), .gz files or - (stdin) to the archive",
        (store, parsing), "example: newsarchive ingest --archive /srv/news /data/dumps/",
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument(
        "--wait", type=float, default=DEFAULT_WAIT, metavar="SECONDS",
        help=f"wait this long for another ingest to finish before giving up (default: {DEFAULT_WAIT:g})",
    )
    ingest.add_argument(
        "--jobs", "-j", type=_jobs, metavar="N",
        help="parse in N worker processes beside the writer (default: one a core; 0: in the writer alone)",
    )
    ingest.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")

    find_ = command(
        "search", cmd_search, "full-text search, best matches first", (store, filters),
        "examples:\n  newsarchive search 'U.S.-Israel ties'\n"
        "  newsarchive search --fts 'NEAR(hamas moscow, 5) OR title:kremlin' --csv\n"
        "  newsarchive search hamas --author halperin --source 'feeds/*' --sort date\n"
        "  newsarchive search --collapse hamas           rewrites and copies under one hit",
    )
    find_.add_argument("query", metavar="QUERY", help="words as you would type them (see --fts)")
    formats = find_.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="one JSON object a line")
    formats.add_argument("--csv", action="store_true", help="CSV with a header row")
    find_.add_argument("--limit", type=_count, default=20, metavar="N", help="at most N hits (default: 20)")
    find_.add_argument("--offset", type=_count, default=0, metavar="N", help="skip the first N hits")
    find_.add_argument("--sort", choices=SORTS, default="rank", help="order of hits (default: rank)")
    find_.add_argument(
        "--collapse", action="store_true",
        help="fold near-copies and rewrites under their best-ranked hit (reads the best 4 x (offset + limit) hits)",
    )

    show = command("show", cmd_show, "print one article in full", (store,), "example: newsarchive show 3f2a9c1d")
    show.add_argument("id", metavar="ID", help="article id, or a unique prefix of it")
    show.add_argument("--json", action="store_true", help="the record as one JSON object")

    parse = command(
        "parse", cmd_parse, "print the records parsed from FILE as JSONL; writes nothing", (parsing,),
        "example: newsarchive parse dump.txt | jq .title",
    )
    parse.add_argument("file", metavar="FILE", help="a dump file, or - for standard input")

    alike = command(
        "related", cmd_related, "the articles most like one: near-copies, rewrites, then similar ones", (store,),
        "example: newsarchive related 3f2a9c1d --limit 5",
    )
    alike.add_argument("id", metavar="ID", help="article id, or a unique prefix of it")
    alike.add_argument("--limit", type=_count, default=10, metavar="N", help="at most N articles (default: 10)")
    alike.add_argument("--json", action="store_true", help="one JSON object a line")

    report = command("stats", cmd_stats, "what the archive holds: counts, articles by month, warnings", (store,))
    report.add_argument("--json", action="store_true", help="one JSON object, for scripts")

    dump = command(
        "export", cmd_export, "write articles to stdout as JSONL, CSV or Elasticsearch _bulk NDJSON",
        (store, filters),
        "examples:\n  newsarchive export --since 2023-11 > november.jsonl\n"
        "  newsarchive export hamas --format csv > hamas.csv\n"
        "  newsarchive export --format es-bulk --index news > bulk.ndjson",
    )
    dump.add_argument("query", nargs="?", default="", metavar="QUERY", help="only articles matching QUERY")
    dump.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    dump.add_argument("--index", default="newsarchive", help="index name for es-bulk (default: newsarchive)")

    command("verify", cmd_verify, "check the database, the full-text index and the JSONL agree", (store,))
    rebuild = command(
        "rebuild", cmd_rebuild, "rebuild the database from the JSONL, or the JSONL from the database", (store,)
    )
    rebuild.add_argument(
        "--from", dest="source", choices=("jsonl", "db"), default="jsonl",
        help="which copy to rebuild from (default: jsonl)",
    )
    return parser


# -- commands ---------------------------------------------------------------
# A search is a whole process that runs a query of a few milliseconds, so
# each command imports what it uses where it uses it: the readers never load
# the parser, the worker pool or the writer (tests/test_cli_imports.py).


def cmd_ingest(args) -> int:
    from . import archive

    progress = Progress(sys.stderr) if not args.quiet and sys.stderr.isatty() else None

    def on_reject(path: str, reason: str) -> None:
        if progress:
            progress.clear()
        _error(f"{path}: {reason}")

    summary = archive.ingest(
        _archive_dir(args), args.paths, _settings(args), wait=args.wait,
        on_progress=progress, on_reject=on_reject, stdin=getattr(sys.stdin, "buffer", None), workers=args.jobs,
    )
    if progress:
        progress.clear()
    if not args.quiet:
        print(summary_line(summary), file=sys.stderr)
    return EXIT_REJECTED if summary.files_rejected else EXIT_OK


def summary_line(summary) -> str:
    return (
        f"newsarchive: {_count_of(summary.files_seen, 'file')} seen: {summary.files_new} new, "
        f"{summary.files_unchanged} unchanged, {summary.files_duplicate} duplicate, "
        f"{summary.files_rejected} rejected; {_count_of(summary.articles_added, 'article')} added "
        f"in {summary.seconds:.2f} s"
    )


def cmd_search(args) -> int:
    from . import render

    query = _query(args, limit=args.limit, offset=args.offset, sort=args.sort, collapse=args.collapse)
    human = not (args.json or args.csv)
    marks = render.BOLD if human and _color(sys.stdout) else render.BRACKETS
    hits = search(connect_readonly(_archive_dir(args)), query, marks)
    if args.json:
        _out("".join(render.hit_json(h) + "\n" for h in hits))
    elif args.csv:
        _out(render.hits_csv(hits) if hits else "")
    else:
        _out("\n".join(render.hit_text(h) + "\n" for h in hits))
    return EXIT_OK


def cmd_show(args) -> int:
    from . import render
    from .linking import related_rows

    conn = connect_readonly(_archive_dir(args))
    article = _find(conn, args.id)
    if args.json:
        _out(render.json_line(article.to_dict()) + "\n")
        return EXIT_OK
    linked = [row for row in related_rows(conn, article.record.id) if row["kind"] != "similar"]
    lines = ["", "linked articles:"] + ["  " + render.related_text(row) for row in linked] if linked else []
    _out(render.article_text(article) + "\n" + "".join(line + "\n" for line in lines))
    return EXIT_OK


def _find(conn, given_id: str):
    """The article an id or unique id prefix names; NotFound (exit 1) when none."""
    from .show import find

    article = find(conn, given_id)
    if article is None:
        raise NotFound(f"no article with id {given_id!r}")
    return article


def _query(args, **paging) -> Query:
    return Query(
        text=args.query, fts=args.fts, since=args.since, until=args.until, author=args.author,
        source=args.source, include_superseded=args.all, **paging,
    )


def cmd_related(args) -> int:
    from . import render
    from .linking import related_rows

    conn = connect_readonly(_archive_dir(args))
    article = _find(conn, args.id)
    rows = related_rows(conn, article.record.id, args.limit)
    if args.json:
        _out("".join(render.json_line(row) + "\n" for row in rows))
    else:
        _out("".join(render.related_text(row) + "\n" for row in rows))
    return EXIT_OK


def cmd_stats(args) -> int:
    import shutil

    from . import stats

    counts = stats.collect(connect_readonly(_archive_dir(args)))
    width = min(shutil.get_terminal_size().columns, 100) if sys.stdout.isatty() else 80
    _out((stats.to_json(counts) if args.json else stats.render(counts, width)) + "\n")
    return EXIT_OK


def cmd_export(args) -> int:
    from .export import export

    export(connect_readonly(_archive_dir(args)), sys.stdout, args.format, _query(args), args.index)
    return EXIT_OK


def cmd_parse(args) -> int:
    from .discover import display_path, read_input, read_stream
    from .pipeline import parse_bytes

    settings = _settings(args)
    shown = display_path(args.file)
    try:
        if args.file == "-":
            data = read_stream(sys.stdin.buffer, settings.max_bytes)
        elif not os.path.lexists(args.file):
            raise InputRejected("no such file or directory")
        elif os.path.isdir(args.file):
            raise InputRejected("a folder: parse reads one file (ingest takes folders)")
        else:
            data = read_input(args.file, settings.max_bytes)[0]
        records = parse_bytes(data, shown, settings)
    except InputRejected as exc:
        raise exc.at(shown) from None
    _out("".join(r.to_json() + "\n" for r in records))
    return EXIT_OK


def cmd_verify(args) -> int:
    from .archive import verify

    archive_dir = _archive_dir(args)
    problems = verify(archive_dir)
    for problem in problems:
        _error(problem)
    if problems:
        return EXIT_FAILED
    conn = connect_readonly(archive_dir)
    total, current = conn.execute(
        "SELECT count(*), count(*) FILTER (WHERE superseded_by IS NULL) FROM articles"
    ).fetchone()
    rejected = conn.execute("SELECT count(DISTINCT path) FROM rejects").fetchone()[0]
    _out(
        f"ok: {_count_of(total, 'article')} ({current} current), {_count_of(rejected, 'input')} rejected;"
        " database, index and JSONL agree\n"
    )
    return EXIT_OK


def cmd_rebuild(args) -> int:
    from .archive import rebuild

    written = rebuild(_archive_dir(args), args.source)
    target = "articles.db" if args.source == "jsonl" else "articles.jsonl"
    other = "articles.jsonl" if args.source == "jsonl" else "articles.db"
    _out(f"rebuilt {target} from {other}: {_count_of(written, 'article')}\n")
    return EXIT_OK


# -- helpers ----------------------------------------------------------------


class Progress:
    """Files done/total, articles a second and time left, redrawn in place on a terminal."""

    def __init__(self, stream, interval: float = 0.2):
        self.stream = stream
        self.interval = interval
        self.started = time.monotonic()
        self.drawn = 0.0

    def __call__(self, files_done: int, files_total: int, articles_added: int) -> None:
        now = time.monotonic()
        if now - self.drawn < self.interval and files_done < files_total:
            return
        self.drawn = now
        elapsed = max(now - self.started, 1e-6)
        line = f"{files_done}/{files_total} files, {articles_added} articles, {articles_added / elapsed:.0f}/s"
        if 0 < files_done < files_total:
            left = elapsed / files_done * (files_total - files_done)
            line += f", {int(left) // 60}:{int(left) % 60:02d} left"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = 0.0


def _count_of(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _archive_dir(args) -> str:
    return args.archive or os.environ.get("NEWSARCHIVE_ARCHIVE") or DEFAULT_ARCHIVE


def _settings(args):
    from .settings import DEFAULT_MAX_BYTES, Settings

    extra: tuple[str, ...] = ()
    if args.boilerplate:
        from .boilerplate import load_phrases

        try:
            extra = load_phrases(args.boilerplate)
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise _UsageError(f"--boilerplate {args.boilerplate}: {reason}") from None
    max_bytes = DEFAULT_MAX_BYTES if args.max_bytes is None else args.max_bytes
    return Settings(day_first=not args.month_first, max_bytes=max_bytes, extra_boilerplate=extra)


class _UsageError(NewsarchiveError):
    exit_code = EXIT_USAGE


def _color(stream) -> bool:
    """Bold marks only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _out(text: str) -> None:
    sys.stdout.write(text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _error(message: str) -> None:
    """One stderr line, whatever the message holds (a file name may hold a newline)."""
    line = _CONTROL.sub(lambda m: "\\x%02x" % ord(m.group()), message)
    print(f"newsarchive: {line}", file=sys.stderr)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # not a real file descriptor (tests): nothing will flush later


def _size(text: str) -> int:
    match = re.fullmatch(r"\s*(\d+)\s*([kmg]?)i?b?\s*", text.lower())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 16M)")
    return int(match.group(1)) * 1024 ** " kmg".index(match.group(2) or " ")


def _count(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"not a count: {text!r}")
    return int(text)


# More workers than this only queue for the same cores and each holds its own caches.
MAX_JOBS = 64


def _jobs(text: str) -> int:
    jobs = _count(text)
    if jobs > MAX_JOBS:
        raise argparse.ArgumentTypeError(f"at most {MAX_JOBS} jobs: {text!r}")
    return jobs


def _date(text: str) -> str:
    try:
        return date_bound(text)
    except NewsarchiveError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
