"""The command line, run in process: outputs, exit codes, and one-line errors."""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

from newsarchive import cli
from newsarchive.errors import ArchiveBusy
from newsarchive.record import FIELDS
from tests.cli_support import run
from tests.search_fixtures import build_db, make_record

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(os.path.dirname(ROOT), "shared", "seeds")

TITLED = make_record(
    "aa11000000000001", title="Russia hosts Hamas delegation", date="2023-11-16",
    subtitle="Israel summons the ambassador", author="Jane Doe", source_path="dumps/one.txt",
    body="The Foreign Ministry summoned the Russian ambassador.\n\nHamas officials visited Moscow.",
    captions=(("The ambassador speaks", "Avshalom Sassoni/Flash90"), ("A crowd", None)),
    warnings=("caption-duplicate-collapsed",), boilerplate=("Most Popular", "read more:"),
)  # fmt: skip
UNTITLED = make_record(
    "bb22000000000002", date="2023-11-17", source_path="dumps/two.txt",
    body="The recent meeting between Russian officials and representatives from Hamas "
    "has sparked concerns from Israel across the region.",
)  # fmt: skip
TWIN = make_record("aa11f00000000003", body="Unrelated gardening notes.", source_path="dumps/three.txt")


class TTY(io.StringIO):
    def isatty(self):
        return True


class CliArchiveTest(unittest.TestCase):
    """search and show against a small archive database."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        build_db(cls.tmp.name, [TITLED, UNTITLED, TWIN])
        cls.archive = ["--archive", cls.tmp.name]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def assertOneErrorLine(self, code, out, err, expected_code):
        self.assertEqual(code, expected_code)
        self.assertEqual(out, "")
        self.assertEqual(err.count("\n"), 1, err)
        self.assertTrue(err.startswith("newsarchive: "), err)
        self.assertNotIn("Traceback", err)

    def test_search_prints_id_date_title_source_and_bracketed_snippet(self):
        code, out, err = run("search", "ambassador", *self.archive)
        self.assertEqual((code, err), (0, ""))
        self.assertIn(f"{TITLED.id}  2023-11-16  Russia hosts Hamas delegation", out)
        self.assertIn("dumps/one.txt", out)
        self.assertIn("[ambassador]", out)

    def test_search_names_an_untitled_hit_by_its_first_words(self):
        code, out, _ = run("search", "recent meeting", *self.archive)
        self.assertEqual(code, 0)
        self.assertIn(f"{UNTITLED.id}  2023-11-17  The recent meeting between Russian officials", out)

    def test_search_marks_matches_bold_on_a_terminal_unless_no_color(self):
        with mock.patch.dict(os.environ, {"TERM": "xterm"}):
            os.environ.pop("NO_COLOR", None)
            _, out, _ = run("search", "ambassador", *self.archive, stdout=TTY())
            self.assertIn("\x1b[1mambassador\x1b[0m", out)
            with mock.patch.dict(os.environ, {"NO_COLOR": "1"}):
                _, out, _ = run("search", "ambassador", *self.archive, stdout=TTY())
        self.assertIn("[ambassador]", out)
        self.assertNotIn("\x1b", out)

    def test_search_json_is_one_object_a_line_with_the_promised_keys(self):
        code, out, err = run("search", "hamas", "--json", *self.archive)
        self.assertEqual((code, err), (0, ""))
        rows = [json.loads(line) for line in out.splitlines()]
        self.assertEqual({r["id"] for r in rows}, {TITLED.id, UNTITLED.id})
        for row in rows:
            self.assertLessEqual({"id", "date", "title", "source_path", "snippet", "rank"}, set(row))
        self.assertEqual(rows[0]["id"], TITLED.id)  # the title match ranks first

    def test_search_csv_has_a_header_and_a_row_per_hit(self):
        code, out, _ = run("search", "hamas", "--csv", *self.archive)
        rows = list(csv.DictReader(io.StringIO(out)))
        self.assertEqual(code, 0)
        self.assertEqual([r["id"] for r in rows], [TITLED.id, UNTITLED.id])
        self.assertEqual(rows[1]["title"], "")

    def test_search_with_no_hit_exits_0_with_empty_output(self):
        for fmt in ([], ["--json"], ["--csv"]):
            with self.subTest(fmt=fmt):
                self.assertEqual(run("search", "zeppelin", *fmt, *self.archive), (0, "", ""))

    def test_search_filters_and_paging_reach_the_query(self):
        _, out, _ = run("search", "hamas", "--json", "--since", "2023-11-17", *self.archive)
        self.assertEqual([json.loads(x)["id"] for x in out.splitlines()], [UNTITLED.id])
        _, out, _ = run("search", "hamas", "--json", "--limit", "1", "--offset", "1", *self.archive)
        self.assertEqual(len(out.splitlines()), 1)

    def test_plain_search_takes_what_people_type(self):
        for typed in ("Moscow’s hosting of Hamas", "U.S.-Israel", '"', "c++", "(((", "***"):
            with self.subTest(typed=typed):
                code, _, err = run("search", typed, *self.archive)
                self.assertEqual((code, err), (0, ""))

    def test_a_bad_fts_query_is_one_line_and_exit_2(self):
        self.assertOneErrorLine(*run("search", "hamas AND", "--fts", *self.archive), 2)

    def test_bad_options_are_usage_errors(self):
        for argv in (["--limit", "ten"], ["--limit", "-1"], ["--since", "someday"], ["--sort", "size"]):
            with self.subTest(argv=argv):
                code, out, err = run("search", "hamas", *argv, *self.archive)
                self.assertEqual((code, out), (2, ""))
                self.assertNotIn("Traceback", err)

    def test_a_bad_number_of_jobs_is_a_usage_error(self):
        for jobs in ("two", "-1", "65", "99999999999"):
            with self.subTest(jobs=jobs):
                code, out, err = run("ingest", "--jobs", jobs, "samples", *self.archive)
                self.assertEqual((code, out), (2, ""))
                self.assertNotIn("Traceback", err)

    def test_the_number_of_jobs_reaches_the_ingest(self):
        from newsarchive import archive

        with tempfile.TemporaryDirectory() as tmp, \
                mock.patch.object(archive, "ingest", wraps=archive.ingest) as ingest:  # fmt: skip
            code, _out, _err = run("ingest", "-q", "--jobs", "0", "samples", "--archive", tmp)
        self.assertEqual(code, 0)
        self.assertEqual(ingest.call_args.kwargs["workers"], 0)

    def test_a_missing_archive_is_one_line_and_exit_3(self):
        with tempfile.TemporaryDirectory() as empty:
            for argv in (["search", "hamas"], ["show", TITLED.id]):
                with self.subTest(argv=argv):
                    self.assertOneErrorLine(*run(*argv, "--archive", os.path.join(empty, "none")), 3)
            self.assertFalse(os.listdir(empty))  # reading never creates an archive

    def test_ingest_into_an_archive_path_that_is_a_file_is_one_line_and_exit_3(self):
        with tempfile.TemporaryDirectory() as tmp:
            in_the_way = os.path.join(tmp, "archive")
            open(in_the_way, "w").close()
            code, out, err = run("ingest", "-q", "--archive", in_the_way, os.path.join(tmp, "archive"))
            self.assertOneErrorLine(code, out, err, 3)
            self.assertIn("a file of that name is in the way", err)

    def test_the_archive_defaults_to_the_environment_variable(self):
        with mock.patch.dict(os.environ, {"NEWSARCHIVE_ARCHIVE": self.tmp.name}):
            code, out, _ = run("show", TITLED.id, "--json")
        self.assertEqual((code, json.loads(out)["id"]), (0, TITLED.id))

    def test_show_prints_the_whole_record_readably(self):
        code, out, err = run("show", TITLED.id, *self.archive)
        self.assertEqual((code, err), (0, ""))
        for part in ("Russia hosts Hamas delegation", "Israel summons the ambassador", "Jane Doe",
                     "2023-11-16", "dumps/one.txt", "The ambassador speaks (Avshalom Sassoni/Flash90)",
                     "Hamas officials visited Moscow.", "caption-duplicate-collapsed", "Most Popular"):  # fmt: skip
            self.assertIn(part, out)

    def test_show_json_is_the_record_in_field_order(self):
        code, out, _ = run("show", TITLED.id[:6], "--json", *self.archive)
        data = json.loads(out)
        self.assertEqual(code, 0)
        self.assertEqual(list(data)[: len(FIELDS)], list(FIELDS))
        self.assertEqual(data["captions"][0], {"text": "The ambassador speaks", "credit": "Avshalom Sassoni/Flash90"})

    def test_show_of_an_unknown_id_is_one_line_and_exit_1(self):
        self.assertOneErrorLine(*run("show", "0123456789abcdef", *self.archive), 1)

    def test_show_of_an_ambiguous_prefix_is_one_line_and_exit_2(self):
        self.assertOneErrorLine(*run("show", "aa11", *self.archive), 2)

    def test_a_closed_pipe_ends_quietly(self):
        class ClosedPipe(io.StringIO):
            def write(self, text):
                raise BrokenPipeError

        self.assertEqual(run("search", "hamas", *self.archive, stdout=ClosedPipe()), (0, "", ""))

    def test_an_unexpected_failure_is_one_line_without_traceback(self):
        with mock.patch.object(cli, "search", side_effect=RuntimeError("boom")):
            code, out, err = run("search", "hamas", *self.archive)
        self.assertEqual(err, "newsarchive: internal error: RuntimeError: boom\n")
        self.assertEqual((code, out), (3, ""))

    def test_an_interrupt_is_one_line_and_exit_130(self):
        with mock.patch.object(cli, "search", side_effect=KeyboardInterrupt):
            self.assertOneErrorLine(*run("search", "hamas", *self.archive), 130)


class CliParseTest(unittest.TestCase):
    def test_a_nonexistent_file_is_rejected_in_one_line(self):
        code, out, err = run("parse", "/no/such/file.txt")
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(err, "newsarchive: /no/such/file.txt: no such file or directory\n")

    def test_empty_stdin_is_rejected_in_one_line(self):
        code, out, err = run("parse", "-", stdin=b"  \n")
        self.assertEqual((code, out, err.count("\n")), (1, "", 1))
        self.assertTrue(err.startswith("newsarchive: -: "))

    def test_stdin_is_parsed_to_jsonl(self):
        dump = b" date 2023-11-16 The recent meeting sparked concerns.\n\nA second paragraph.\n"
        code, out, err = run("parse", "-", stdin=dump)
        self.assertEqual((code, err), (0, ""))
        record = json.loads(out)
        self.assertEqual(list(record)[: len(FIELDS)], list(FIELDS))
        self.assertEqual((record["source_path"], record["date"]), ("-", "2023-11-16"))

    def test_an_unreadable_boilerplate_file_is_a_usage_error(self):
        code, out, err = run("parse", "-", "--boilerplate", "/no/such/list.txt", stdin=b"text\n")
        self.assertEqual((code, out, err.count("\n")), (2, "", 1))


class CliExitCodeTest(unittest.TestCase):
    """ingest's outcome becomes its exit status and a summary line."""

    def fake_summary(self, rejected):
        return mock.Mock(
            files_seen=3, files_new=2, files_unchanged=0, files_duplicate=0,
            files_rejected=rejected, articles_added=4, seconds=0.5, rejects=[],
        )  # fmt: skip

    def test_rejects_make_exit_1_and_the_summary_goes_to_stderr(self):
        with mock.patch("newsarchive.archive.ingest", return_value=self.fake_summary(1)):
            code, out, err = run("ingest", "x", "--archive", "/tmp/unused")
        self.assertEqual((code, out), (1, ""))
        self.assertIn("3 files seen: 2 new, 0 unchanged, 0 duplicate, 1 rejected; 4 articles added", err)

    def test_quiet_prints_nothing_on_success(self):
        with mock.patch("newsarchive.archive.ingest", return_value=self.fake_summary(0)):
            self.assertEqual(run("ingest", "x", "--quiet", "--archive", "/tmp/unused"), (0, "", ""))

    def test_a_busy_archive_exits_75(self):
        with mock.patch("newsarchive.archive.ingest", side_effect=ArchiveBusy("archive busy: /a")):
            self.assertEqual(run("ingest", "x", "--archive", "/a"), (75, "", "newsarchive: archive busy: /a\n"))

    def test_ingest_options_become_settings(self):
        with mock.patch("newsarchive.archive.ingest", return_value=self.fake_summary(0)) as ingest:
            run("ingest", "a", "b", "--max-bytes", "2M", "--month-first", "--wait", "5", "--archive", "/x")
        archive_dir, inputs, settings = ingest.call_args.args
        self.assertEqual((archive_dir, inputs), ("/x", ["a", "b"]))
        self.assertEqual((settings.max_bytes, settings.day_first), (2 * 1024 * 1024, False))
        self.assertEqual(ingest.call_args.kwargs["wait"], 5.0)

    def test_no_command_is_a_usage_error(self):
        code, out, err = run()
        self.assertEqual((code, out), (2, ""))
        self.assertIn("usage:", err)


class CliEndToEndTest(unittest.TestCase):
    """A real ingest through the CLI, then every reading command on its archive."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.inputs = os.path.join(cls.tmp.name, "dumps")
        os.makedirs(cls.inputs)
        with open(os.path.join(cls.inputs, "one.txt"), "w", encoding="utf-8") as f:
            f.write("Russia hosts Hamas delegation\n\nThe Foreign Ministry summoned the ambassador.\n")
        with open(os.path.join(cls.inputs, "empty.txt"), "w") as f:
            f.write("  \n")
        cls.archive = ["--archive", os.path.join(cls.tmp.name, "archive")]
        cls.missing = os.path.join(cls.tmp.name, "missing.txt")
        cls.ingested = run("ingest", cls.inputs, cls.missing, *cls.archive)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_ingest_reports_each_reject_in_a_line_and_a_summary_then_exits_1(self):
        code, out, err = self.ingested
        lines = err.splitlines()
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(len(lines), 3, err)
        self.assertTrue(any(line.startswith(f"newsarchive: {self.missing}: ") for line in lines))
        self.assertTrue(any("empty.txt: " in line for line in lines))
        self.assertRegex(lines[-1], r"3 files seen: 1 new, .*2 rejected; 1 article added in [0-9.]+ s$")

    def test_a_rerun_adds_nothing_and_quiet_prints_only_the_rejects(self):
        code, out, err = run("ingest", self.inputs, self.missing, "--quiet", *self.archive)
        self.assertEqual((code, out), (1, ""))
        self.assertTrue(err.startswith(f"newsarchive: {self.missing}: "))
        self.assertNotIn("files seen", err)

    def test_search_show_verify_and_rebuild_work_on_the_ingested_archive(self):
        code, out, _ = run("search", "ambassador", "--json", *self.archive)
        hit = json.loads(out)
        self.assertEqual((code, hit["title"]), (0, "Russia hosts Hamas delegation"))
        code, out, _ = run("show", hit["id"], *self.archive)
        self.assertEqual(code, 0)
        self.assertIn("The Foreign Ministry summoned the ambassador.", out)
        self.assertEqual(run("verify", *self.archive)[:2], (0, "ok: 1 article (1 current), 2 inputs rejected; database, index and JSONL agree\n"))
        code, out, err = run("rebuild", "--from", "jsonl", *self.archive)
        self.assertEqual((code, out, err), (0, "rebuilt articles.db from articles.jsonl: 1 article\n", ""))
        self.assertEqual(run("search", "ambassador", "--json", *self.archive)[1], json.dumps(hit, ensure_ascii=False) + "\n")


class ProgressTest(unittest.TestCase):
    def test_progress_redraws_one_line_in_place_and_clears_it(self):
        screen = io.StringIO()
        progress = cli.Progress(screen, interval=0)
        progress(1, 4, 10)
        progress(4, 4, 40)
        progress.clear()
        drawn = screen.getvalue()
        self.assertNotIn("\n", drawn)
        self.assertIn("\r1/4 files, 10 articles", drawn)
        self.assertIn("left", drawn)  # a time estimate while files remain
        self.assertIn("\r4/4 files, 40 articles", drawn)
        self.assertTrue(drawn.endswith("\r\x1b[K"))

    def test_progress_is_drawn_only_on_a_terminal(self):
        summary = CliExitCodeTest.fake_summary(None, 0)

        def fake_ingest(*args, on_progress=None, **kwargs):
            self.assertIsNone(on_progress)
            return summary

        with mock.patch("newsarchive.archive.ingest", side_effect=fake_ingest):
            self.assertEqual(run("ingest", "x", "--archive", "/x")[0], 0)


class CliProcessTest(unittest.TestCase):
    """`python3 -m newsarchive` as a user runs it."""

    def invoke(self, *argv, **kwargs):
        return subprocess.run(
            [sys.executable, "-m", "newsarchive", *argv], cwd=ROOT, capture_output=True, text=True, timeout=60, **kwargs
        )

    def test_version_and_help(self):
        done = self.invoke("--version")
        self.assertEqual((done.returncode, done.stdout.strip(), done.stderr), (0, "newsarchive 0.1.0", ""))
        done = self.invoke("--help")
        for name in ("ingest", "search", "show", "parse", "verify", "rebuild", "examples:"):
            self.assertIn(name, done.stdout)

    def test_parse_of_a_folder_is_one_line_pointing_to_ingest(self):
        with tempfile.TemporaryDirectory() as folder:
            done = self.invoke("parse", folder)
        self.assertEqual((done.returncode, done.stdout), (1, ""))
        self.assertEqual(done.stderr, f"newsarchive: {folder}: a folder: parse reads one file (ingest takes folders)\n")

    @unittest.skipUnless(os.path.isdir(SEEDS), "no seeds beside the repository")
    def test_parse_a_seed_prints_one_record(self):
        seed = os.path.join(SEEDS, sorted(os.listdir(SEEDS))[0])
        done = self.invoke("parse", seed)
        self.assertEqual((done.returncode, done.stderr), (0, ""))
        record = json.loads(done.stdout)
        self.assertTrue(record["title"].startswith("Israel summons Russian ambassador"))


if __name__ == "__main__":
    unittest.main()
