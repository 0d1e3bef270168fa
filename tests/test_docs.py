"""The README documents every command and every exit code the program has."""

import argparse
import os
import re
import unittest

from newsarchive import cli, errors

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def readme() -> str:
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        return f.read()


def subcommands() -> list[str]:
    parser = cli.build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


class ReadmeTest(unittest.TestCase):
    def test_every_subcommand_is_shown_in_the_readme(self):
        text = readme()
        names = subcommands()
        self.assertGreaterEqual(len(names), 6)
        for name in names:
            with self.subTest(command=name):
                self.assertTrue(re.search(rf"newsarchive {name}\b", text), f"newsarchive {name} is not in README.md")

    def test_every_exit_code_is_in_the_readme_table(self):
        codes = {v for k, v in vars(errors).items() if k.startswith("EXIT_")} | {cli.EXIT_INTERRUPTED}
        table = readme().split("## Exit codes", 1)[1]
        for code in sorted(codes):
            with self.subTest(code=code):
                self.assertRegex(table, rf"\| `{code}` \|")

    def test_every_record_field_is_in_the_readme_table(self):
        from newsarchive.record import FIELDS

        table = readme().split("## The record", 1)[1]
        for name in FIELDS:
            with self.subTest(field=name):
                self.assertIsNotNone(re.search(rf"^\| `{name}` \|", table, re.M))


if __name__ == "__main__":
    unittest.main()
