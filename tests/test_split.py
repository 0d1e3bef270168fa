"""Splitting one file into records at date headers and form-feed lines."""

import os
import re
import unittest

from newsarchive import split
from newsarchive.split import split_records
from tests.linear_time import assert_linear

SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "shared", "seeds")


def summary(text, **kwargs):
    return [(r.date, r.body) for r in split_records(text, **kwargs)]


class SplitRecordsTest(unittest.TestCase):
    def test_records_start_at_headers_and_form_feed_lines(self):
        rows = [
            # (name, text, expected [(date, body)])
            ("no header is one record", "Title\n\nBody\n", [(None, "Title\n\nBody\n")]),
            ("seed-style header", " date 2023-11-16 First para.\n\nSecond.\n", [("2023-11-16", "First para.\n\nSecond.\n")]),
            (
                "header without leading space, no blank line before",
                "date 2023-11-16 One.\ndate 2023-11-17 Two.\n",
                [("2023-11-16", "One.\n"), ("2023-11-17", "Two.\n")],
            ),
            (
                "header after a blank line",
                "date 2023-11-16 One.\n\n date 17 Nov 2023 Two.",
                [("2023-11-16", "One.\n\n"), ("2023-11-17", "Two.")],
            ),
            ("header alone on its line", "date 2023-11-16\nTitle\n\nBody", [("2023-11-16", "Title\n\nBody")]),
            (
                "text before the first header is record 0",
                "Intro text\ndate 2023-11-16 One.",
                [(None, "Intro text\n"), ("2023-11-16", "One.")],
            ),
            ("blank text before the first header is nothing", "\n \n\ufeff\ndate 2023-11-16 One.", [("2023-11-16", "One.")]),
            ("form feed line", "One.\n\f\nTwo.\n", [(None, "One.\n"), (None, "Two.\n")]),
            ("form feed line with spaces", "One.\n \f \nTwo.", [(None, "One.\n"), (None, "Two.")]),
            ("form feeds in a row are skipped", "One.\n\f\n\f\n\f\nTwo.", [(None, "One.\n"), (None, "Two.")]),
            ("form feed then header", "One.\n\f\ndate 2023-11-16 Two.", [(None, "One.\n"), ("2023-11-16", "Two.")]),
            ("form feed opening a header line", "One.\n\fdate 2023-11-16 Two.", [(None, "One.\n"), ("2023-11-16", "Two.")]),
            ("form feed and blanks opening a header line", "One.\n \f date 16 Nov 2023\nTwo.", [(None, "One.\n"), ("2023-11-16", "Two.")]),
            ("form feed opening a text line", "One.\n\fTwo.\n", [(None, "One.\n"), (None, "Two.\n")]),
            ("header with nothing under it is skipped", "date 2023-11-16\n\ndate 2023-11-17 Two.", [("2023-11-17", "Two.")]),
            ("crlf line ends", "date 2023-11-16 One.\r\nMore.\r\ndate 2023-11-17 Two.\r\n", [("2023-11-16", "One.\r\nMore.\r\n"), ("2023-11-17", "Two.\r\n")]),
            ("cr line ends", "date 2023-11-16 One.\rdate 2023-11-17 Two.", [("2023-11-16", "One.\r"), ("2023-11-17", "Two.")]),
            ("form feed line with cr", "One.\r\f\rTwo.", [(None, "One.\r"), (None, "Two.")]),
            ("prose starting with date stays", "date night was fun\ndated documents", [(None, "date night was fun\ndated documents")]),
            ("header mid-line is prose", "We set the date 2023-11-16 for it.", [(None, "We set the date 2023-11-16 for it.")]),
            ("form feed inside a line is not a boundary", "One\fTwo", [(None, "One\fTwo")]),
            ("form feed inside a sentence is not a boundary", "the council\fsaid so.", [(None, "the council\fsaid so.")]),
            ("form feed after a sentence before lower case is not a boundary", "One.\ftwo", [(None, "One.\ftwo")]),
            ("form feed inside a line after a sentence, before a capital", "One.\fTwo.", [(None, "One."), (None, "Two.")]),
            (
                "form feed inside a line after a label, before a headline",
                "Body.\nread more: \f Rovers go top\n\nRovers won.",
                [(None, "Body.\nread more:"), (None, "Rovers go top\n\nRovers won.")],
            ),
            ("form feed inside a line after a quote, before a digit", "“Yes.”\f12 ferries\n", [(None, "“Yes.”"), (None, "12 ferries\n")]),
            ("form feed inside a line before a header", "One\fdate 2023-11-16 Two.", [(None, "One"), ("2023-11-16", "Two.")]),
            (
                "form feed inside a line after a line of chrome",
                "One.\nShare this article\fVelma Foods cuts forecast\n",
                [(None, "One.\nShare this article"), (None, "Velma Foods cuts forecast\n")],
            ),
            ("form feed inside a line after words that are no chrome", "New\fYork", [(None, "New\fYork")]),
            (
                "form feed inside a header's line",
                "date 2023-11-16 One.\fTwo.\nMore.",
                [("2023-11-16", "One."), (None, "Two.\nMore.")],
            ),
            ("form feed closing a line of text", "One.\f\nTwo.\n", [(None, "One."), (None, "Two.\n")]),
            ("form feeds and blanks closing a line", "One. \f\f \r\nTwo.", [(None, "One."), (None, "Two.")]),
            ("form feed closing the text", "One.\f", [(None, "One.")]),
            (
                "form feed closing a header's line",
                "date 2023-11-16 One.\f\nTwo.\n",
                [("2023-11-16", "One."), (None, "Two.\n")],
            ),
            (
                "form feed closing a line over a header",
                "One.\f\ndate 2023-11-17 Two.",
                [(None, "One."), ("2023-11-17", "Two.")],
            ),
            ("form feeds opening and closing a line", "A\n\fB\f\nC", [(None, "A\n"), (None, "B"), (None, "C")]),
            ("nel from mojibake does not end a line", "x\x85date 2023-11-16 y", [(None, "x\x85date 2023-11-16 y")]),
            ("empty text", "", []),
            (
                "an event's date field among its other fields stays text",
                "Fair.\n\nDate: Saturday, 18 November 2023\nTime: 6pm\nVenue: Quay Street\n",
                [(None, "Fair.\n\nDate: Saturday, 18 November 2023\nTime: 6pm\nVenue: Quay Street\n")],
            ),
            (
                "an event's date field under its other fields stays text",
                "Fair.\r\n\r\nWhere: Quay Street\r\nDATE: 18/11/2023\r\n",
                [(None, "Fair.\r\n\r\nWhere: Quay Street\r\nDATE: 18/11/2023\r\n")],
            ),
            (
                "a labelled date beside a record's own labels opens it",
                "One.\nDate: 2023-11-17\nAuthor: Jane Doe\n\nTwo.",
                [(None, "One.\n"), ("2023-11-17", "Author: Jane Doe\n\nTwo.")],
            ),
            (
                "a labelled date over a headline's kicker opens a record",
                "One.\nDate: 2023-11-17\nExclusive: Council weighs a tram line\n\nTwo.",
                [(None, "One.\n"), ("2023-11-17", "Exclusive: Council weighs a tram line\n\nTwo.")],
            ),
            ("a labelled date alone opens a record", "One.\nDate: 2023-11-17\nTwo.", [(None, "One.\n"), ("2023-11-17", "Two.")]),
            (
                "front matter over a labelled date opens the record at its first field",
                "One.\n\nTitle: Two\nAuthor: Jane Doe\nDate: 2023-11-17\nURL: https://example.com/two\n\nBody.",
                [(None, "One.\n\n"), ("2023-11-17", "Title: Two\nAuthor: Jane Doe\nURL: https://example.com/two\n\nBody.")],
            ),
            ("front matter opening the text", "Title: One\nDate: 2023-11-16\n\nBody.", [("2023-11-16", "Title: One\n\nBody.")]),
            (
                "front matter over a blank line over a labelled date opens the record at its first field",
                "One.\n\nTitle: Two\nAuthor: Jane Doe\n\nDate: 2023-11-17\nURL: https://example.com/two\n\nBody.",
                [(None, "One.\n\n"), ("2023-11-17", "Title: Two\nAuthor: Jane Doe\n\nURL: https://example.com/two\n\nBody.")],
            ),
            (
                "fields naming no title over a blank line stay with the article before",
                "One.\n\nTags: a, b\n\nDate: 2023-11-17\n\nBody.",
                [(None, "One.\n\nTags: a, b\n\n"), ("2023-11-17", "\nBody.")],
            ),
            (
                "a title field under prose over a blank line stays with the article before",
                "One.\nTitle: Two\n\nDate: 2023-11-17\n\nBody.",
                [(None, "One.\nTitle: Two\n\n"), ("2023-11-17", "\nBody.")],
            ),
            (
                "front matter with crlf line ends",
                "One.\r\n\r\nTITLE : Two\r\nDate: 2023-11-17\r\n\r\nBody.",
                [(None, "One.\r\n\r\n"), ("2023-11-17", "TITLE : Two\r\n\r\nBody.")],
            ),
            (
                "front matter naming a title under the last line of the article before",
                "One.\nTitle: Two\nAuthor: Jane Doe\nDate: 2023-11-17\n\nBody.",
                [(None, "One.\n"), ("2023-11-17", "Title: Two\nAuthor: Jane Doe\n\nBody.")],
            ),
            (
                "a field naming no title under the last line of the article before stays there",
                "One.\nSource: Reuters\nDate: 2023-11-17\n\nBody.",
                [(None, "One.\nSource: Reuters\n"), ("2023-11-17", "\nBody.")],
            ),
            (
                "a title wrapped in prose over a labelled date stays in its paragraph",
                "The film was shot under the working\nTitle: Dawn Light\nDate: 2023-11-17\nBody.",
                [(None, "The film was shot under the working\nTitle: Dawn Light\n"), ("2023-11-17", "Body.")],
            ),
            (
                "a sentence opening with a label over a labelled date stays in its paragraph",
                "One.\n\nSource: officials said the bridge would reopen.\nDate: 2023-11-17\nBody.",
                [(None, "One.\n\nSource: officials said the bridge would reopen.\n"), ("2023-11-17", "Body.")],
            ),
            (
                "the plain header opens a record whatever follows",
                "One.\ndate 2023-11-17\nTime: 6pm\n",
                [(None, "One.\n"), ("2023-11-17", "Time: 6pm\n")],
            ),
        ]
        for name, text, expected in rows:
            with self.subTest(name):
                self.assertEqual(summary(text), expected)

    def test_raws_and_separators_cover_the_whole_text(self):
        text = "Intro\r\ndate 2023-11-16 One.\n\f\n\f\ndate 17 Nov 2023\nTwo.\n\f\nThree\n\fdate 2023-11-18 Four."
        records = split_records(text)
        self.assertEqual(
            [r.raw for r in records],
            ["Intro\r\n", "date 2023-11-16 One.\n", "date 17 Nov 2023\nTwo.\n", "Three\n", "date 2023-11-18 Four."],
        )
        position = 0
        for record in records:
            found = text.index(record.raw, position)
            self.assertEqual(text[position:found].strip(" \f\r\n"), "")
            position = found + len(record.raw)
        self.assertEqual(position, len(text))

    def test_a_published_field_opens_a_record_in_a_dump_of_front_matter(self):
        text = (
            "Title: One\nPublished: 2023-11-16\n\nBody one.\n\n"
            "URL: https://example.com/two\nHeadline: Two\npublished on: 17 Nov 2023\n\nBody two.\n\n"
            "Title: Three\nDate: 2023-11-18\nPublished: 2023-11-18\n\nBody three."
        )
        self.assertEqual(
            summary(text),
            [
                (None, "Title: One\nPublished: 2023-11-16\n\nBody one.\n\n"),
                (None, "URL: https://example.com/two\nHeadline: Two\npublished on: 17 Nov 2023\n\nBody two.\n\n"),
                ("2023-11-18", "Title: Three\nPublished: 2023-11-18\n\nBody three."),
            ],
        )

    def test_a_published_field_elsewhere_stays_text(self):
        front = "Title: One\nPublished: 2023-11-16\n\nBody.\n\n"
        rows = [
            ("in a file not opening with front matter", "One\n\nBody.\n\nTitle: The Long Road\nPublished: 16 November 2023\n\nMore."),
            ("in a page's stamp naming no title", front + "Published: 16 November 2023\nUpdated: 17 November 2023\n\nMore."),
            ("among a box's other lines", front + "Title: The Long Road\nPages: 320\nPublished: 16 November 2023\n\nMore."),
            ("under prose", front + "It sold well.\nTitle: The Long Road\nPublished: 16 November 2023\n\nMore."),
            ("over prose", front + "Title: The Long Road\nPublished: 16 November 2023\nIt sold well.\n\nMore."),
            ("in a sentence", front + "The report was\nPublished: 16 November 2023\nand widely read."),
        ]
        for name, text in rows:
            with self.subTest(name):
                self.assertEqual(summary(text), [(None, text)])

    def test_front_matter_opens_the_raw_of_its_record(self):
        text = "One.\r\n\r\nTitle: Two\r\nDate: 2023-11-17\r\n\r\nBody."
        self.assertEqual([r.raw for r in split_records(text)], ["One.\r\n\r\n", "Title: Two\r\nDate: 2023-11-17\r\n\r\nBody."])

    def test_a_fence_opens_its_record_in_a_dump_of_fenced_front_matter(self):
        one = "---\ntitle: One\ndate: 2023-11-16\n---\n\nBody one.\n\n---\n\nMore of one.\n\n"
        two = "---\r\ntitle: 'Two'\r\ndate: '2023-11-17'\r\n---\r\nBody two.\r\n\r\n"
        three = "+++\ntitle = \"Three\"\ndate = 2023-11-18\n+++\n\nBody three."
        self.assertEqual(summary(one + two + three), [(None, one), (None, two), (None, three)])

    def test_a_dated_fence_under_a_line_of_text_opens_its_record(self):
        # Two posts concatenated (cat a.md b.md), the first without a blank line closing it.
        one = "---\ntitle: One\ndate: 2023-11-16\n---\n\nBody one.\n"
        two = "---\ntitle: Two\ndate: 2023-11-17\n---\n\nBody two.\n"
        self.assertEqual(summary(one + two), [(None, one), (None, two)])
        self.assertEqual(summary("date 2023-11-16 Zero.\n" + two), [("2023-11-16", "Zero.\n"), (None, two)])

    def test_a_fence_under_a_header_or_at_a_page_break_belongs_to_that_record(self):
        block = "---\ntitle: One\ndate: 2023-11-17\n---\n\nBody.\n"
        rows = [
            ("under the header's line", "date 2023-11-16\n" + block, [("2023-11-16", block)]),
            ("a blank line under the header", "date 2023-11-16\n\n" + block, [("2023-11-16", "\n" + block)]),
            ("after a page break", "Zero.\n\f\n" + block, [(None, "Zero.\n"), (None, block)]),
            ("under a header's text", "date 2023-11-16 Zero.\n\n" + block, [("2023-11-16", "Zero.\n\n"), (None, block)]),
        ]
        for name, text, expected in rows:
            with self.subTest(name):
                self.assertEqual(summary(text), expected)

    def test_rules_and_fences_in_prose_open_no_record(self):
        rows = [
            ("rules between paragraphs", "One.\n\n---\n\nTwo.\n\n+++\n\nThree.\n"),
            ("a rule between lines of a paragraph", "One.\n---\nTwo.\n"),
            ("a rule over a heading and prose", "One.\n\n---\nSection two\n---\n\nTwo.\n"),
            ("a block under a line of text", "One.\n---\ntitle: Two\nslug: two\n---\n\nTwo.\n"),
            ("a block under a line of text, its date unread", "One.\n---\ntitle: Two\ndate: soon\n---\n\nTwo.\n"),
            ("a block never closed", "One.\n\n---\ntitle: Two\nslug: two\n\nTwo.\n"),
            ("a box between rules", "One.\n\n---\nTitle: The Long Road\nAuthor: Jane Doe\nPages: 212\n---\n\nTwo.\n"),
        ]
        for name, text in rows:
            with self.subTest(name):
                self.assertEqual(summary(text), [(None, text)])

    def test_header_date_as_written_and_warnings_travel_with_the_record(self):
        [record] = split_records("date 03/04/2023 Text", day_first=True)
        self.assertEqual((record.date, record.date_raw), ("2023-04-03", "03/04/2023"))
        self.assertEqual(record.warnings, ("date-ambiguous: 03/04/2023 read as day-first (2023-04-03)",))
        [record] = split_records("date 03/04/2023 Text", day_first=False)
        self.assertEqual(record.date, "2023-03-04")

    def test_invalid_header_date_still_opens_a_record(self):
        records = split_records("One.\ndate 2023-02-31 Two.")
        self.assertEqual([(r.date, r.body) for r in records], [(None, "One.\n"), (None, "Two.")])
        self.assertEqual(records[1].warnings, ("date-invalid: 2023-02-31 is not a calendar date",))

    @unittest.skipUnless(os.path.isdir(SEEDS), "seeds not present")
    def test_seeds_are_one_record_each(self):
        with open(os.path.join(SEEDS, "001_535072f1729582a0.txt"), encoding="utf-8") as f:
            [record] = split_records(f.read())
        self.assertEqual(record.date, "2023-11-16")
        self.assertTrue(record.body.startswith("The recent meeting between Russian officials"))
        with open(os.path.join(SEEDS, "000_49fff1c9a7098d58.txt"), encoding="utf-8") as f:
            [record] = split_records(f.read())
        self.assertIsNone(record.date)
        self.assertTrue(record.body.startswith("Israel summons Russian ambassador"))

    def test_pathological_texts_split_in_linear_time(self):
        shapes = {
            "flood of date lines": "date 2023-11-16 x\n",
            "flood of labelled date lines": "Date: 2023-11-16\nTime: 6pm\n",
            "flood of prose date lines": "date night\n",
            "flood of form feeds": "\f\n",
            "flood of form feeds closing lines": "x\f\n",
            "flood of form feeds inside lines": "x\fx",
            "flood of form feeds inside lines before capitals": "Share\fX",
            "flood of chrome lines parted by form feeds": "Share this\fShare this\n",
            "one long line of sentences parted by form feeds": "Rovers win.\f",
            "one long line": "word ",
            "open parentheses": "(",
            "long blank lines": " " * 50 + "\n",
            "flood of front matter": "Title: x\nAuthor: Jane Doe\nDate: 2023-11-16\n",
            "flood of front matter over a blank line": "Title: x\nAuthor: Jane Doe\n\nDate: 2023-11-16\n",
            "flood of published fields": "Title: x\nPublished: 2023-11-16\n",
            "flood of published fields apart": "Title: x\nPublished: 2023-11-16\n\n",
            "flood of fields over no date": "Title: x\n",
            "flood of fences": "---\n",
            "flood of fences apart": "---\n\n",
            "flood of fenced front matter": "---\ntitle: x\ndate: 2023-11-16\n---\n\n",
            "flood of fenced keys never closed": "\n\n---\n" + "title: x\n" * 60,
            "flood of long fenced keys": "\n\n---\n" + ("title: " + "x" * 500 + "\n") * 40,
        }
        for name, unit in shapes.items():
            with self.subTest(name):
                assert_linear(self, split_records, lambda n, unit=unit: unit * (n // len(unit)), 20_000)

    def test_labelled_date_lines_under_a_long_line_split_in_linear_time(self):
        box = "\nDate: 2023-11-16\nTime: 6pm"
        assert_linear(self, split_records, lambda n: "x" * n + box * (n // len(box)), 20_000)

    def test_labelled_dates_under_long_fields_split_in_linear_time(self):
        unit = "Title: " + "x" * 500 + "\nDate: 2023-11-16\n"
        assert_linear(self, split_records, lambda n: unit * (n // len(unit)), 20_000)

    def test_a_database_exports_marker_lines_part_its_articles(self):
        rows = [
            # (name, text, expected bodies)
            (
                "Nexis opens each article with its number, centred",
                "                 1 of 2 DOCUMENTS\n\nOne.\n\n\n                 2 of 2 DOCUMENTS\n\nTwo.\n",
                ["\nOne.\n\n\n", "\nTwo.\n"],
            ),
            ("one document alone", "1 of 1 DOCUMENT\nOne.", ["One."]),
            ("Nexis Uni closes each with End of Document", "One.\n\nEnd of Document\n\nTwo.\n\nEnd of Document\n", ["One.\n\n", "\nTwo.\n\n"]),
            (
                "Factiva closes each with its accession number, crlf",
                "One.\r\n\r\nDocument ASHT000020231116ejbg0005x\r\nTwo.\r\nDocument KCOU000020231117ejbh000a1\r\n",
                ["One.\r\n\r\n", "Two.\r\n"],
            ),
            ("a marker under a header closes its record", "date 2023-11-16 One.\nEnd of Document\nTwo.", ["One.\n", "Two."]),
            ("a number of documents in prose", "The report, 1 of 3 documents released on Tuesday, said so.", None),
            ("a line opening with a number of documents", "x\n1 of 3 DOCUMENTS released on Tuesday\n", None),
            ("the end of document review", "It was noted at the\nend of document review.\nEnd of Documents", None),
            ("a document named in prose", "x\nDocument ASHT00002023 was filed.\nDocument 12\n", None),
        ]
        for name, text, expected in rows:
            with self.subTest(name):
                self.assertEqual([body for _, body in summary(text)], expected or [text])

    def test_export_markers_split_in_linear_time(self):
        unit = " " * 40 + "1 of 3 DOCUMENTS\nText.\nEnd of Document\n" + " " * 70 + "x\n"
        assert_linear(self, split_records, lambda n: unit * (n // len(unit)), 20_000)

    def test_published_fields_split_in_linear_time(self):
        shapes = {
            "long fields": lambda n: "Title: One\nPublished: 2023-11-16\n\n"
            + ("Title: " + "x" * 500 + "\nPublished: 2023-11-16\n") * (n // 530),
            "a long first line": lambda n: "Title: " + "x" * n + "\nPublished: 2023-11-16" * (n // 25),
        }
        for name, make in shapes.items():
            with self.subTest(name):
                assert_linear(self, split_records, make, 20_000)


class CandidateLineTest(unittest.TestCase):
    def test_a_line_opening_with_a_character_passed_over_opens_no_record(self):
        """The first character that lets a line be examined covers every way
        a record's opening line can start: no line opening with any other
        character of the Basic Multilingual Plane is one."""
        first = re.compile(split._OPENING_FIRST)
        rests = ["", "ate 2023-11-16", "ATE:", "--", "++", "»¿date", "\f", " of 3 DOCUMENTS", "nd of Document",
                 "ocument ASHT000020231116ejbg0005x"]  # fmt: skip
        passed_over = [chr(code) for code in range(0x10000) if not first.match(chr(code))]
        opening = [char + rest for char in passed_over for rest in rests if split._OPENS_TEXT.match(char + rest)]
        self.assertEqual(opening, [])


if __name__ == "__main__":
    unittest.main()
