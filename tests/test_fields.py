"""Title, subtitle and body decisions, the content id, and record numbering."""

import time
import unittest

from newsarchive.errors import InputRejected
from newsarchive.fields import join_lines, parse_fields, without_markdown_marks
from newsarchive.pipeline import parse_bytes
from newsarchive.settings import Settings

HEADLINE = "Council approves new ferry route"
PROSE = "The council approved the route on Tuesday after a long debate."
MORE = "Opponents said the cost of the piers had not been counted."


def dump(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


class TitleTest(unittest.TestCase):
    def test_headline_first_paragraph_is_the_title(self):
        self.assertEqual(parse_fields(dump(HEADLINE, PROSE, MORE)).title, HEADLINE)

    def test_markdown_marks_around_a_heading_are_formatting_not_words(self):
        rows = [
            ("# Council approves new ferry route", "Council approves new ferry route"),
            ("## Council approves new ferry route ##", "Council approves new ferry route"),
            ("**Council approves new ferry route**", "Council approves new ferry route"),
            ("__Council approves new ferry route__", "Council approves new ferry route"),
            ("*Council approves new ferry route*", "Council approves new ferry route"),
            # Marks that are the headline's own stay.
            ("#MeToo marches through Velma", "#MeToo marches through Velma"),
            ("*NSYNC tour comes to Velma", "*NSYNC tour comes to Velma"),
            ("# Velma school adds lessons in C#", "Velma school adds lessons in C#"),
            ("## Velma school adds lessons in C# ##", "Velma school adds lessons in C#"),
            ("**Council** approves the **ferry**", "**Council** approves the **ferry**"),
            ("****", "****"),
            ("# ", "# "),
        ]
        for given, expected in rows:
            with self.subTest(given):
                self.assertEqual(without_markdown_marks(given), expected)

    def test_question_headline_is_a_title(self):
        title = "Will the ferry ever sail?"
        self.assertEqual(parse_fields(dump(title, PROSE, MORE)).title, title)

    def test_first_paragraph_of_prose_is_not_a_title(self):
        draft = parse_fields(dump(PROSE, MORE))
        self.assertIsNone(draft.title)
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")

    def test_a_lone_paragraph_is_body_not_title(self):
        draft = parse_fields(dump(HEADLINE))
        self.assertIsNone(draft.title)
        self.assertEqual(draft.body, HEADLINE)

    def test_headline_wrapped_over_two_lines_is_the_title(self):
        draft = parse_fields(dump("Council approves\nnew ferry route", PROSE))
        self.assertEqual((draft.title, draft.body), (HEADLINE, PROSE))

    def test_a_head_written_one_field_a_line_is_read_field_by_field(self):
        caption = "The pier at dawn. Photo: Ana Reyes"
        draft = parse_fields(f"{HEADLINE}\nIslanders split over the plan to move the crossing\n{caption}\n{caption}\n"
                             f"By Sam Patel\n\n{PROSE}\n")  # fmt: skip
        self.assertEqual((draft.title, draft.subtitle, draft.author, draft.body),
                         (HEADLINE, "Islanders split over the plan to move the crossing", "Sam Patel", PROSE))
        self.assertEqual([(c.text, c.credit) for c in draft.captions], [("The pier at dawn.", "Ana Reyes")])
        self.assertEqual(draft.warnings, ["caption-duplicate-collapsed: The pier at dawn. Photo: Ana Reyes"])

    def test_a_first_paragraph_of_wrapped_prose_is_not_unstacked(self):
        text = f"{HEADLINE}\nThe council approved the route on Tuesday\nafter a long debate.\n\n{MORE}\n"
        self.assertEqual(parse_fields(text).body, f"{HEADLINE} The council approved the route on Tuesday after a long debate.\n\n{MORE}")

    def test_two_lines_whose_second_opens_in_upper_case_are_not_a_title(self):
        self.assertIsNone(parse_fields(dump("Council approves\nNew ferry route", PROSE)).title)
        self.assertIsNone(parse_fields(dump("Council approves the\nroute. It opens soon.", PROSE)).title)

    def test_kicker_over_the_headline_leaves_for_the_audit_list(self):
        for kicker in ("EXCLUSIVE", "World News", "Opinion:", "FOR IMMEDIATE RELEASE", "Media Release",
                       "EMBARGOED UNTIL 00:01 GMT, THURSDAY 7 MARCH 2024"):
            with self.subTest(kicker=kicker):
                draft = parse_fields(dump(kicker, HEADLINE, PROSE, MORE))
                self.assertEqual((draft.title, draft.boilerplate), (HEADLINE, [kicker]))
                draft = parse_fields(dump(f"{kicker}\n{HEADLINE}", PROSE, MORE))
                self.assertEqual((draft.title, draft.boilerplate), (HEADLINE, [kicker]))

    def test_kicker_word_without_a_headline_under_it_stays(self):
        draft = parse_fields(dump("Analysis", PROSE, MORE))
        self.assertEqual((draft.title, draft.boilerplate), ("Analysis", []))
        draft = parse_fields(dump(HEADLINE, PROSE, "Analysis", MORE))
        self.assertEqual(draft.body, f"{PROSE}\n\nAnalysis\n\n{MORE}")

    def test_byline_right_under_the_title_splits_their_paragraph(self):
        draft = parse_fields(f"{HEADLINE}\nBy Jane Doe\n{PROSE}\n\n{MORE}\n")
        self.assertEqual((draft.title, draft.author, draft.subtitle), (HEADLINE, "Jane Doe", None))
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")

    def test_overlong_line_is_not_a_title(self):
        long_line = " ".join(["Word"] * 40)
        self.assertIsNone(parse_fields(dump(long_line, PROSE)).title)


class SubtitleTest(unittest.TestCase):
    def test_standfirst_without_full_stop_is_the_subtitle(self):
        standfirst = "Councillors back a plan to link the port with the island"
        draft = parse_fields(dump(HEADLINE, standfirst, PROSE, MORE))
        self.assertEqual((draft.title, draft.subtitle), (HEADLINE, standfirst))
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")

    def test_standfirst_of_sentences_closed_by_the_byline_is_the_subtitle(self):
        standfirst = "Leaked emails show early warnings. The ministry declined to comment."
        draft = parse_fields(dump(HEADLINE, standfirst, "By Jane Doe", PROSE, MORE))
        self.assertEqual((draft.subtitle, draft.author), (standfirst, "Jane Doe"))
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")

    def test_chinese_sentence_ending_in_a_full_stop_is_not_a_title(self):
        draft = parse_fields(dump("上海市新建的图书馆于周四正式向公众开放。", "图书馆共有五层，设有儿童阅读区。"))
        self.assertIsNone(draft.title)
        self.assertEqual(draft.body, "上海市新建的图书馆于周四正式向公众开放。\n\n图书馆共有五层，设有儿童阅读区。")

    def test_standfirst_in_a_script_without_case_is_the_subtitle(self):
        draft = parse_fields(dump("上海新建图书馆正式开放", "馆内藏书超过二十万册", "图书馆于周四正式开放。", "图书馆共有五层。"))
        self.assertEqual((draft.title, draft.subtitle), ("上海新建图书馆正式开放", "馆内藏书超过二十万册"))
        self.assertEqual(draft.body, "图书馆于周四正式开放。\n\n图书馆共有五层。")

    def test_one_line_sentence_after_title_is_body(self):
        draft = parse_fields(dump(HEADLINE, PROSE, MORE))
        self.assertIsNone(draft.subtitle)
        self.assertTrue(draft.body.startswith(PROSE))

    def test_no_subtitle_without_a_title(self):
        draft = parse_fields(dump(PROSE, "A line without a full stop", MORE))
        self.assertIsNone(draft.subtitle)

    def test_a_job_title_alone_under_the_title_is_no_standfirst(self):
        draft = parse_fields(dump(HEADLINE, "Staff Writer", PROSE, MORE))
        self.assertEqual((draft.title, draft.subtitle), (HEADLINE, None))

    def test_subtitle_needs_body_after_it(self):
        draft = parse_fields(dump(HEADLINE, "A line without a full stop"))
        self.assertIsNone(draft.subtitle)
        self.assertEqual(draft.body, "A line without a full stop")


class BodyTest(unittest.TestCase):
    def test_caption_paragraph_leaves_the_body_wherever_it_stands(self):
        caption = "Workers on the pier. (Jane Roe/Harbour Pictures)"
        draft = parse_fields(dump(PROSE, caption, MORE))
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")
        self.assertEqual([(c.text, c.credit) for c in draft.captions],
                         [("Workers on the pier.", "Jane Roe/Harbour Pictures")])

    def test_a_box_about_the_author_closing_the_page_leaves(self):
        for box in (["About the author\nNadia Brel is the health correspondent of the Courier."],
                    ["About the Author\nTom Avery\nTom Avery is a reporter for the Gazette."],
                    ["About the author", "Priya Nair writes about transport. She lives in Harwick."],
                    ["About the author"]):  # fmt: skip
            with self.subTest(box=box):
                draft = parse_fields(dump(HEADLINE, PROSE, MORE, *box))
                self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")
                self.assertEqual(draft.boilerplate, "\n".join(box).split("\n"))

    def test_a_review_under_an_about_the_author_heading_stays(self):
        review = "The reviewer found little in the notes, which say only that the author grew up by the sea."
        for text in (dump(HEADLINE, PROSE, MORE, "About the author", review),
                     dump(HEADLINE, PROSE, "About the author", MORE, "Maria Lind is a novelist.", review)):  # fmt: skip
            with self.subTest(text=text):
                draft = parse_fields(text)
                self.assertIn("About the author", draft.body)
                self.assertEqual(draft.boilerplate, [])

    def test_labelled_caption_leaves_the_body_with_its_label(self):
        text = dump(HEADLINE, "Image caption,\nVoters queue outside a polling station", PROSE,
                    "Media caption: Watch the moment the lights went out", MORE, "Image caption", "Ballot boxes in a locked room")
        draft = parse_fields(text)
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")
        self.assertEqual([(c.text, c.credit) for c in draft.captions], [
            ("Voters queue outside a polling station", None),
            ("Watch the moment the lights went out", None),
            ("Ballot boxes in a locked room", None),
        ])
        self.assertEqual(draft.boilerplate, ["Image caption,", "Media caption:", "Image caption"])

    def test_source_label_gives_the_labelled_caption_its_credit(self):
        text = dump(HEADLINE, "Image source, Getty Images\nImage caption, Voters queue outside a polling station",
                    PROSE, "Image source, Reuters", MORE, "Image sources vary from one archive to the next.")
        draft = parse_fields(text)
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}\n\nImage sources vary from one archive to the next.")
        self.assertEqual([(c.text, c.credit) for c in draft.captions],
                         [("Voters queue outside a polling station", "Getty Images")])
        self.assertEqual(draft.boilerplate, ["Image source, Getty Images", "Image caption,", "Image source, Reuters"])

    def test_source_label_after_a_bullet_or_with_a_colon_gives_the_credit_as_written(self):
        text = dump(HEADLINE, "• Picture source: Jane Doe/Harbour Pictures\nImage caption: The pier at dawn", PROSE, MORE)
        draft = parse_fields(text)
        self.assertEqual([(c.text, c.credit) for c in draft.captions], [("The pier at dawn", "Jane Doe/Harbour Pictures")])

    def test_prose_opening_with_caption_is_not_a_label(self):
        line = "Captions under the old photographs were rewritten by the museum."
        self.assertEqual(parse_fields(dump(HEADLINE, line, MORE)).body, f"{line}\n\n{MORE}")

    def test_caption_line_inside_a_longer_paragraph_stays(self):
        text = dump(f"{PROSE}\nWorkers on the pier. (Jane Roe/Harbour Pictures)", MORE)
        self.assertEqual(parse_fields(text).captions, [])

    def test_byline_leaves_body_and_fills_author(self):
        draft = parse_fields(dump(HEADLINE, "By Jane Doe", PROSE, MORE))
        self.assertEqual(draft.author, "Jane Doe")
        self.assertNotIn("Jane Doe", draft.body)

    def test_job_title_under_the_byline_leaves_with_it(self):
        draft = parse_fields(dump(HEADLINE, "By JANE DOE\nStaff Reporter", PROSE, MORE))
        self.assertEqual((draft.author, draft.subtitle), ("JANE DOE", None))
        self.assertEqual(draft.boilerplate, ["Staff Reporter"])
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")

    def test_header_date_wins_over_a_different_byline_date(self):
        draft = parse_fields(dump("By Jane Doe | 2023-11-17", PROSE), header_date="2023-11-16")
        self.assertEqual(draft.date, "2023-11-16")
        self.assertEqual(draft.warnings, ["date-conflict: 2023-11-16 kept, byline 2023-11-17 read as 2023-11-17"])

    def test_same_day_in_byline_and_header_is_no_conflict(self):
        draft = parse_fields(dump("By Jane Doe | 2023-11-16", PROSE), header_date="2023-11-16")
        self.assertEqual(draft.warnings, [])

    def test_a_byline_time_completes_a_header_date_of_the_same_day(self):
        draft = parse_fields(dump("By Jane Doe | Nov 16, 2023 09:14 GMT", PROSE), header_date="2023-11-16")
        self.assertEqual((draft.date, draft.warnings), ("2023-11-16T09:14:00Z", []))
        draft = parse_fields(dump("By Jane Doe | Nov 16, 2023 09:14 GMT", PROSE), header_date="2023-11-16T08:00:00Z")
        self.assertEqual((draft.date, draft.warnings), ("2023-11-16T08:00:00Z", []))
        draft = parse_fields(dump(HEADLINE, "Updated: Nov 16, 2023 18:30", PROSE, MORE), header_date="2023-11-16")
        self.assertEqual(draft.date, "2023-11-16")  # a dateline may be the update's time: the header's day stays

    def test_dateline_under_the_title_gives_the_date_and_leaves(self):
        draft = parse_fields(dump(HEADLINE, "Updated: Nov 16, 2023", PROSE, MORE))
        self.assertEqual((draft.title, draft.subtitle, draft.date), (HEADLINE, None, "2023-11-16"))
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")

    def test_timestamp_lines_anywhere_leave_and_the_unused_ones_are_audited(self):
        text = dump(HEADLINE, "First published on Thu 16 Nov 2023 08.00 GMT", PROSE, MORE,
                    "Last updated: 17 November 2023", "Updated at 10:04 GMT")
        draft = parse_fields(text)
        self.assertEqual((draft.date, draft.body), ("2023-11-16T08:00:00Z", f"{PROSE}\n\n{MORE}"))
        self.assertEqual(draft.boilerplate, ["Last updated: 17 November 2023", "Updated at 10:04 GMT"])

    def test_a_live_posts_stamp_over_its_text_leaves_for_the_audit_list(self):
        lead = ["The ferry ran late.", "The pier was shut.", "The buses were full."]  # past the head
        draft = parse_fields(dump(HEADLINE, *lead, f"10:42 GMT\n{PROSE}", f"2h ago 09:05\n{MORE}",
                                  f"3 hours ago\n{PROSE}", "4 hours ago", MORE))  # fmt: skip
        self.assertEqual(draft.body, "\n\n".join([*lead, PROSE, MORE, PROSE, MORE]))
        self.assertEqual(draft.boilerplate, ["10:42 GMT", "2h ago 09:05", "3 hours ago", "4 hours ago"])

    def test_an_age_under_a_name_in_the_head_is_the_heads_dateline(self):
        draft = parse_fields(dump(HEADLINE, "Sam Patel", f"3 hours ago\n{PROSE}", MORE))
        self.assertEqual((draft.author, draft.body), ("Sam Patel", f"{PROSE}\n\n{MORE}"))

    def test_a_time_glued_under_the_heads_date_completes_it_not_a_post(self):
        draft = parse_fields(dump(HEADLINE, "Sam Patel", "November 16, 2023", f"10:04 GMT\n{PROSE}", MORE))
        self.assertEqual((draft.author, draft.date), ("Sam Patel", "2023-11-16T10:04:00Z"))
        self.assertEqual((draft.body, draft.boilerplate), (f"{PROSE}\n\n{MORE}", []))

    def test_a_second_dateline_at_the_top_is_audited(self):
        draft = parse_fields(dump(HEADLINE, "Published: 16 November 2023", "Updated: 17 November 2023", PROSE))
        self.assertEqual((draft.date, draft.boilerplate), ("2023-11-16", ["Updated: 17 November 2023"]))

    def test_a_name_alone_over_the_head_date_is_the_author(self):
        draft = parse_fields(dump(HEADLINE, "Sam Patel", "Thu 16 Nov 2023 14.05 GMT", PROSE))
        self.assertEqual((draft.author, draft.date, draft.body), ("Sam Patel", "2023-11-16T14:05:00Z", PROSE))
        draft = parse_fields(dump(HEADLINE, "Sam Patel\nPublished 16 Nov 2023", PROSE))
        self.assertEqual((draft.author, draft.body), ("Sam Patel", PROSE))

    def test_a_headline_over_the_date_is_no_author(self):
        for head in ("Ferry Strike", "Caption of the pier at dawn. (Ana Reyes/Reuters)\nCaption of the pier at dawn. "
                     "(Ana Reyes/Reuters)\n\nFerry Strike"):  # fmt: skip
            with self.subTest(head=head):
                draft = parse_fields(dump(head, "16 Nov 2023", PROSE, MORE))
                self.assertEqual((draft.title, draft.author), ("Ferry Strike", None))

    def test_a_line_over_the_date_that_is_no_name_stays(self):
        for line in ("Harbour Board Backs Night Ferry", "Updated daily", "Maria de la Cruz Lopez"):
            with self.subTest(line=line):
                draft = parse_fields(dump(HEADLINE, line, "16 Nov 2023", PROSE))
                self.assertIsNone(draft.author)

    def test_prose_opening_with_a_timestamp_word_stays(self):
        line = "Updated figures published on 16 November 2023 show a rise."
        self.assertEqual(parse_fields(dump(PROSE, line)).body, f"{PROSE}\n\n{line}")

    def test_newsroom_credit_tails_leave_for_the_audit_list(self):
        for credit in ("Reporting by Jane Doe; Editing by John Roe",
                       "(Reporting by Jane Doe in Paris; writing by John Roe)",
                       "Additional reporting by Priya Nair"):
            with self.subTest(credit=credit):
                draft = parse_fields(dump("By Ann Lee", PROSE, credit))
                self.assertEqual((draft.author, draft.body, draft.boilerplate), ("Ann Lee", PROSE, [credit]))

    def test_prose_about_editing_and_writing_stays(self):
        for line in ("Editing by the board took a year.", "Writing by hand, she said, is slow."):
            with self.subTest(line=line):
                self.assertEqual(parse_fields(dump(PROSE, line)).body, f"{PROSE}\n\n{line}")

    def test_interview_lines_and_table_rows_are_paragraphs_of_their_own(self):
        draft = parse_fields(dump(PROSE, "Q: When did you start?\nA: At nine.", "Party | Seats\nLabour | 120\nTurnout rose."))
        self.assertEqual(
            draft.body.split("\n\n"),
            [PROSE, "Q: When did you start?", "A: At nine.", "Party | Seats", "Labour | 120", "Turnout rose."],
        )

    def test_numbered_heading_item_and_its_text_are_two_paragraphs(self):
        draft = parse_fields(dump(PROSE, "1. Housing\nThe first section covers housing.", "- Buy milk\nand bread"))
        self.assertEqual(
            draft.body.split("\n\n"),
            [PROSE, "1. Housing", "The first section covers housing.", "- Buy milk and bread"],
        )

    def test_extra_boilerplate_phrases_leave_the_body(self):
        draft = parse_fields(dump(PROSE, "Don't miss:", MORE), extra_boilerplate=frozenset({"don't miss"}))
        self.assertEqual(draft.boilerplate, ["Don't miss:"])
        self.assertEqual(draft.body, f"{PROSE}\n\n{MORE}")


class RecordTest(unittest.TestCase):
    def test_same_article_from_two_paths_has_one_id(self):
        data = dump(HEADLINE, PROSE, MORE).encode()
        first = parse_bytes(data, "a/one.txt")[0]
        second = parse_bytes(data.replace(b"\n", b"\r\n"), "b/two.txt")[0]
        self.assertEqual(first.id, second.id)
        self.assertNotEqual(first.source_sha256, second.source_sha256)
        self.assertRegex(first.id, r"^[0-9a-f]{16}$")

    def test_any_change_of_text_changes_the_id(self):
        base = parse_bytes(dump(HEADLINE, PROSE, MORE).encode(), "x")[0].id
        other = parse_bytes(dump(HEADLINE, PROSE, MORE + " Later.").encode(), "x")[0].id
        self.assertNotEqual(base, other)

    def test_records_without_text_are_skipped_and_not_counted(self):
        data = dump(PROSE, "\f", "Advertisement", "\f", MORE).encode()
        records = parse_bytes(data, "x")
        self.assertEqual([(r.source_record, r.body) for r in records], [(0, PROSE), (1, MORE)])

    def test_records_of_marks_only_are_skipped_and_not_counted(self):
        data = dump(f"date 2023-11-16 {PROSE}", "***", "\f", "---", "\f", "* * *\n\n- - -", "\f", MORE).encode()
        records = parse_bytes(data, "x")
        self.assertEqual([(r.source_record, r.body) for r in records], [(0, PROSE), (1, MORE)])

    def test_marks_between_paragraphs_of_a_record_stay(self):
        [record] = parse_bytes(dump(PROSE, "***", MORE).encode(), "x")
        self.assertEqual(record.body, dump(PROSE, "***", MORE).strip())

    def test_file_of_marks_only_is_rejected(self):
        for text in ("---\n", "***\n\n---\n\n___\n"):
            with self.subTest(text), self.assertRaises(InputRejected) as caught:
                parse_bytes(text.encode(), "x")
            self.assertEqual(caught.exception.reason, "no article text")

    def test_file_of_boilerplate_only_is_rejected(self):
        with self.assertRaises(InputRejected) as caught:
            parse_bytes(dump("Most Popular", "Advertisement").encode(), "x")
        self.assertEqual(caught.exception.reason, "no article text")

    def test_day_first_setting_reaches_the_header_date(self):
        data = b"date 03/04/2023 Some text of the article."
        self.assertEqual(parse_bytes(data, "x")[0].date, "2023-04-03")
        self.assertEqual(parse_bytes(data, "x", Settings(day_first=False))[0].date, "2023-03-04")

    def test_hostile_lines_cost_linear_time(self):
        lines = [
            "(" * 200_000,
            "By " + "A, " * 100_000,
            "Photo: " * 100_000,
            "x (" + "A/B " * 100_000 + ")",
            "Related:\n" + "Headline line\n" * 50_000,
            "Image caption,\n" * 100_000,
            "Cell | cell\n" * 100_000,
            "Q: why?\nA: " * 100_000,
            "Updated at " * 100_000,
            "(Reporting by " * 100_000,
            "EXCLUSIVE\n" + "Headline line\nwraps on\n" * 50_000,
            "— *** " * 200_000 + "東京",
        ]
        for line in lines:
            with self.subTest(line=line[:20]):
                started = time.perf_counter()
                try:
                    parse_bytes(line.encode(), "x")
                except InputRejected:
                    pass
                self.assertLess(time.perf_counter() - started, 2.0)


if __name__ == "__main__":
    unittest.main()


class UnmarkedListTest(unittest.TestCase):
    """A list whose markers the scrape dropped keeps its items apart; wrapped prose is joined."""

    def test_items_without_markers_stay_apart(self):
        items = ["New bike lanes on Main Street", "A second library branch", "Repairs to the swimming pool"]
        self.assertEqual(join_lines(items), items)
        numbers = ["68% of patients reached the goal", "41% did better than on placebo"]
        self.assertEqual(join_lines(numbers), numbers)

    def test_wrapped_prose_is_joined(self):
        for lines in (
            ["The harbour council on Tuesday approved", "a new ferry route."],
            ["The plan was backed by", "Mayor Jane Doe and the council."],
            ["Supporters of the route,", "Opponents of the piers"],
            ["The council met on Monday.", "It voted to close the street."],
            ["Spending includes:", "New bike lanes"],
        ):
            with self.subTest(lines=lines):
                self.assertEqual(join_lines(lines), [" ".join(lines)])

    def test_items_under_a_line_ending_in_a_colon_stay_apart(self):
        for lines in (
            ["The plan includes:", "New bike lanes on the ring road", "A second library branch"],
            ["Residents can comment on three points:", "the bus timetable", "the price of parking permits"],
            ["Counting began at 10pm in all", "the wards. Declarations expected:", "01:30 Orrin Bay", "02:45 Kestle"],
        ):
            with self.subTest(lines=lines):
                intro = next(at for at, line in enumerate(lines) if line.endswith(":"))
                self.assertEqual(join_lines(lines), [" ".join(lines[: intro + 1]), *lines[intro + 1 :]])

    def test_wrapped_prose_or_sentences_under_a_colon_are_joined(self):
        for lines in (
            ["She said:", "the council has failed", "residents for years."],
            ["The minister said:", "The budget is balanced and", "taxes will not rise"],
            ["Three reasons were given:", "Costs have risen sharply.", "Demand has doubled."],
            ["The report names:", "the chief executive", "Mayor Jane Doe"],
        ):
            with self.subTest(lines=lines):
                self.assertEqual(join_lines(lines), [" ".join(lines)])
