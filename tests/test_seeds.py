"""The two real dumps parse as the contract says (skipped where they are not present)."""

import glob
import os
import unittest

from newsarchive.pipeline import parse_bytes

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.normpath(os.path.join(ROOT, "..", "shared", "seeds"))
CANDIDATES = [SEEDS, "/work/shared/seeds"]


def seed(prefix: str):
    for folder in CANDIDATES:
        found = sorted(glob.glob(os.path.join(folder, prefix + "_*.txt")))
        if found:
            with open(found[0], "rb") as handle:
                return parse_bytes(handle.read(), os.path.basename(found[0]))
    raise unittest.SkipTest("seed dumps not present")


class FullScrapeSeedTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        records = seed("000")
        assert len(records) == 1, records
        cls.record = records[0]

    def test_title_and_subtitle_are_the_first_two_lines(self):
        self.assertEqual(
            self.record.title,
            "Israel summons Russian ambassador over Moscow’s hosting of Hamas officials",
        )
        self.assertTrue(self.record.subtitle.startswith("Official tells envoy Anatoly Viktorov"))
        self.assertTrue(self.record.subtitle.endswith("condemnation of terror group"))

    def test_two_captions_with_their_credits(self):
        credits = [c.credit for c in self.record.captions]
        self.assertEqual(credits, ["Avshalom Sassoni/Flash90", "Hamas Telegram channel"])
        self.assertTrue(self.record.captions[0].text.startswith("Russian Ambassador to Israel"))
        self.assertTrue(self.record.captions[1].text.startswith("From left to right:"))

    def test_body_runs_from_first_paragraph_to_last_without_captions_or_chrome(self):
        body = self.record.body
        self.assertTrue(body.startswith("The Foreign Ministry on Sunday"))
        self.assertTrue(body.endswith("since the war began."))
        for stray in ("Flash90", "Telegram channel", "From left to right", "Most Popular", "read more:"):
            self.assertNotIn(stray, body)
        self.assertNotIn("\n\n\n", body)

    def test_no_date_and_chrome_listed(self):
        self.assertIsNone(self.record.date)
        self.assertIsNone(self.record.author)
        self.assertEqual(list(self.record.boilerplate), ["Most Popular", "read more:"])
        self.assertIn("caption-duplicate-collapsed", " ".join(self.record.warnings))


class HeaderAndBodySeedTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        records = seed("001")
        assert len(records) == 1, records
        cls.record = records[0]

    def test_header_date_and_no_title(self):
        self.assertEqual(self.record.date, "2023-11-16")
        self.assertIsNone(self.record.title)
        self.assertIsNone(self.record.subtitle)
        self.assertEqual(list(self.record.captions), [])

    def test_body_runs_from_first_paragraph_to_last(self):
        self.assertTrue(self.record.body.startswith("The recent meeting"))
        self.assertTrue(self.record.body.endswith("against the Jewish state."))
        self.assertNotIn("date 2023", self.record.body)
        self.assertEqual(self.record.body.count("\n\n"), 9)


if __name__ == "__main__":
    unittest.main()
