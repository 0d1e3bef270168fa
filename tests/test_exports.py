"""A news database's text export: which lines are its fields, and what the record takes from them."""

import unittest

from newsarchive.dates import parse_date_then_weekday
from newsarchive.exports import take_export_fields
from newsarchive.fields import parse_fields, split_paragraphs
from tests.linear_time import assert_linear

BODY = "The council voted on Tuesday to approve a network of protected cycle lanes."


def taken(text):
    """The lines the export's fields took, and the paragraphs left."""
    paragraphs = split_paragraphs(text)
    fields = take_export_fields(paragraphs)
    return [line for _, lines in fields for line in lines], paragraphs


class ExportHeadTest(unittest.TestCase):
    def test_a_word_count_in_the_head_tells_an_export(self):
        rows = [
            # (text, lines taken)
            (f"Lanes approved\n\nLENGTH: 523 words\n\n{BODY}", ["LENGTH: 523 words"]),
            (f"Lanes approved\n\nLength: 1,204 words\nSection: NEWS; Pg. 4\n\n{BODY}", ["Length: 1,204 words", "Section: NEWS; Pg. 4"]),
            (f"Lanes approved\n\n523 words\n\n{BODY}", ["523 words"]),
            (f"Lanes approved\n\n12 words\n16 November 2023\n\n{BODY}", ["12 words", "16 November 2023"]),
        ]
        for text, expected in rows:
            with self.subTest(text):
                self.assertEqual(taken(text)[0], expected)

    def test_word_counts_and_labels_of_prose_tell_no_export(self):
        rows = [
            f"Lanes approved\n\nThe plan runs to 523 words.\n\n{BODY}",
            f"Lanes approved\n\nLength: 3 miles\nSection: NEWS\n\n{BODY}",
            f"Lanes approved\n\nLENGTH : five hundred words\n\n{BODY}",
            f"Lanes approved\n\n{BODY}\n\nLOAD-DATE: November 17, 2023",
        ]
        for text in rows:
            with self.subTest(text):
                self.assertEqual(taken(text), ([], split_paragraphs(text)))

    def test_the_closing_fields_stop_at_the_text(self):
        text = (
            f"Lanes approved\n\nLENGTH: 95 words\n\n{BODY}\n\nSection: the quay path will be closed.\n\n"
            "Route: Harbour Road\nLength: 3 miles\n\nLOAD-DATE: November 17, 2023\n\nLANGUAGE: ENGLISH"
        )
        lines, paragraphs = taken(text)
        self.assertEqual(lines, ["LENGTH: 95 words", "LOAD-DATE: November 17, 2023", "LANGUAGE: ENGLISH"])
        self.assertEqual(paragraphs[-1], ["Route: Harbour Road", "Length: 3 miles"])

    def test_a_factiva_head_leaves_down_to_its_language(self):
        text = f"Lanes approved\n\nJane Doe\n523 words\n16 November 2023\n07:30 GMT\nThe Ashford Times\nASHT\nEnglish\n\n{BODY}"
        draft = parse_fields(text)
        self.assertEqual((draft.title, draft.author, draft.date), ("Lanes approved", "Jane Doe", "2023-11-16T07:30:00Z"))
        self.assertEqual(draft.boilerplate, ["523 words", "The Ashford Times", "ASHT", "English"])
        self.assertEqual(draft.body, BODY)

    def test_a_headline_right_over_the_word_count_stays_the_title(self):
        text = f"Angela Merkel Speaks\n523 words\n16 November 2023\nThe Times\nTIMES\nEnglish\n\n{BODY}"
        draft = parse_fields(text)
        self.assertEqual((draft.title, draft.author, draft.date), ("Angela Merkel Speaks", None, "2023-11-16"))

    def test_a_line_under_the_word_count_is_no_author_when_it_names_no_one(self):
        text = f"Lanes approved\n\nCouncil news\n523 words\n16 November 2023\nEnglish\n\n{BODY}"
        self.assertIsNone(parse_fields(text).author)

    def test_a_nexis_head_gives_title_author_date_and_standfirst(self):
        text = (
            "The Ashford Times\n\nNovember 16, 2023 Thursday\nLate Edition - Final\n\n"
            "SECTION: NEWS\n\nLENGTH: 523 words\n\nHEADLINE: Lanes approved\n\nBYLINE: By Jane Doe\n\n"
            f"HIGHLIGHT: The plan adds twelve miles of lanes\nby 2026\n\nBODY:\n\n{BODY}"
        )
        draft = parse_fields(text, header_date="2023-11-17")
        self.assertEqual(
            (draft.title, draft.subtitle, draft.author, draft.date),
            ("Lanes approved", "The plan adds twelve miles of lanes by 2026", "Jane Doe", "2023-11-17"),
        )
        self.assertIn("November 16, 2023 Thursday", draft.boilerplate)
        self.assertTrue(any(warning.startswith("date-conflict") for warning in draft.warnings))
        self.assertEqual(draft.body, BODY)

    def test_a_papers_date_may_name_its_weekday_after_it(self):
        rows = [
            ("November 16, 2023 Thursday", "2023-11-16", ()),
            ("November 16, 2023 Thursday 10:30 PM GMT", "2023-11-16T22:30:00Z", ()),
            ("November 17, 2023 Thursday", "2023-11-17", ("date-weekday-mismatch: Thursday but 2023-11-17 is a Friday",)),
            ("November 16, 2023", "2023-11-16", ()),
        ]
        for value, iso, warnings in rows:
            with self.subTest(value):
                self.assertEqual(parse_date_then_weekday(value), (iso, warnings))
        self.assertIsNone(parse_date_then_weekday("November 16, 2023 Thursday tea")[0])

    def test_export_heads_are_read_in_linear_time(self):
        shapes = {
            "fields": "LOAD-DATE: November 17, 2023\n\n",
            "field lines": "Subject: CITY GOVERNMENT (90%)\n",
            "word counts": "523 words\n",
            "long label lines": "LENGTH: " + "1" * 500 + "\n\n",
        }
        for name, unit in shapes.items():
            with self.subTest(name):
                assert_linear(
                    self, lambda text: taken(text), lambda n, unit=unit: "Head\n\nLENGTH: 5 words\n\n" + unit * (n // len(unit)), 20_000
                )
        with self.subTest("one field's value over many lines"):
            assert_linear(self, taken, lambda n: "Head\n\nLENGTH: 5 words\n\nLOAD-DATE: x\n" + "word\n" * (n // 5), 20_000)


if __name__ == "__main__":
    unittest.main()
