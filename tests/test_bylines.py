"""Byline lines give an author (and a date); prose that opens with "By" does not."""

import unittest

from newsarchive import bylines
from newsarchive.bylines import (
    is_about_author,
    is_job_title,
    is_outlet_line,
    is_newsroom_credit,
    name_over_date,
    parse_byline,
    parse_dateline,
    names_then_stamp,
    parse_timestamp,
    stamp_before_wire_dateline,
)
from newsarchive.text import clean

# (line, author, ISO date or None)
BYLINES = [
    ("By Jane Doe", "Jane Doe", None),
    ("by Jane Doe", "Jane Doe", None),
    ("By: Jane Doe", "Jane Doe", None),
    ("BY JANE DOE", "JANE DOE", None),
    ("By JANE DOE, Reuters", "JANE DOE, Reuters", None),
    ("By Jane Doe and John Roe", "Jane Doe and John Roe", None),
    ("By Jane Doe & John Roe", "Jane Doe & John Roe", None),
    ("By Jane Doe, John Roe and Ann Poe", "Jane Doe, John Roe and Ann Poe", None),
    ("By J. R. Doe", "J. R. Doe", None),
    ("By Ludwig van der Berg", "Ludwig van der Berg", None),
    ("Written by Jane Doe", "Jane Doe", None),
    ("By Jane Doe and John Roe | Nov 16, 2023", "Jane Doe and John Roe", "2023-11-16"),
    ("By Jane Doe | Updated Nov 16, 2023", "Jane Doe", "2023-11-16"),
    ("By Jane Doe - November 16, 2023", "Jane Doe", "2023-11-16"),
    ("By Jane Doe, November 16, 2023", "Jane Doe", "2023-11-16"),
    ("By Jane Doe on 16 Nov 2023", "Jane Doe", "2023-11-16"),
    ("By Jane Doe, Reuters | 2023-11-16", "Jane Doe, Reuters", "2023-11-16"),
    ("By The Associated Press", "The Associated Press", None),
    ("By The Herald Staff | Nov 16, 2023", "The Herald Staff", "2023-11-16"),
    # A newsroom's desks in the page's own case, and a stamp of the day named from today.
    ("By TOI staff and Agencies", "TOI staff and Agencies", None),
    ("By Echo staff", "Echo staff", None),
    ("By Velma Echo Staff Today, 3:45 pm", "Velma Echo Staff", None),
    ("Story by Marta Kowalczyk-Nowak", "Marta Kowalczyk-Nowak", None),
    ("Words: Karl Brandt and Ines Vidal", "Karl Brandt and Ines Vidal", None),
    ("By José Álvarez-Ruiz", "José Álvarez-Ruiz", None),
    ("By Zoë O'Neill in Paris", "Zoë O'Neill", None),
    ("By JANE DOE and JOHN ROE in Lisbon", "JANE DOE and JOHN ROE", None),
    ("By Jane Doe, in Paris | Nov 16, 2023", "Jane Doe", "2023-11-16"),
    ("By Ben Carter 2023-11-16", "Ben Carter", "2023-11-16"),
    ("By Jane Doe Published 16 November 2023", "Jane Doe", "2023-11-16"),
    ("By Anna Lind & Tomás Ó Briain, Published 16 November 2023", "Anna Lind & Tomás Ó Briain", "2023-11-16"),
    ("By MIKE HALVERSON mhalverson@example-courier.com", "MIKE HALVERSON", None),
    ("By Sam Lee (@samlee)", "Sam Lee", None),
    ("Words by Sam Lee, photographs by Ana Cruz", "Sam Lee", None),
    ("Interview by Marcus Bell", "Marcus Bell", None),
    ("Text by Ana Cruz | Nov 16, 2023", "Ana Cruz", "2023-11-16"),
    ("Opinion by Jane Doe", "Jane Doe", None),
    ("Analysis by Stephen Collin", "Stephen Collin", None),
    ("Commentary by Jane Doe | Nov 16, 2023", "Jane Doe", "2023-11-16"),
    ("Guest column by Jane Doe", "Jane Doe", None),
    ("Words and pictures by Jane Doe", "Jane Doe", None),
    ("Text and photos by Jane Doe | Nov 16, 2023", "Jane Doe", "2023-11-16"),
    ("Story & photographs by Jane Doe and John Roe", "Jane Doe and John Roe", None),
    ("By JAMES TOZER FOR MAILONLINE", "JAMES TOZER", None),
    ("By Jane Doe for The Daily Example", "Jane Doe", None),
    ("By Claire Dubois, Europe Correspondent, Mathieu Roche, Science Editor, and Elena Varga, Data Reporter",
     "Claire Dubois, Mathieu Roche, and Elena Varga", None),
    ("Posted by Ines Marlow on November 16, 2023", "Ines Marlow", "2023-11-16"),
    ("Posted by Ines Marlow", "Ines Marlow", None),
    # A time or an age after the names gives no date; the line is a byline all the same.
    ("By Sam Lee | Updated 2 hours ago", "Sam Lee", None),
    ("By Sam Lee · 2 hours ago", "Sam Lee", None),
    ("By Sam Lee - Updated 10:04 GMT", "Sam Lee", None),
    # The date first, then "by" and the names.
    ("Posted on November 16, 2023 by Sarah Kim", "Sarah Kim", "2023-11-16"),
    ("November 16, 2023 by Sarah Kim", "Sarah Kim", "2023-11-16"),
    ("Published 16 Nov 2023 10:04 GMT by Jane Doe and John Roe", "Jane Doe and John Roe", "2023-11-16T10:04:00Z"),
    ("Posted 2 hours ago by Jane Doe", "Jane Doe", None),
    ("16 novembre 2023 par Marie Martin", "Marie Martin", "2023-11-16"),
    ("Veröffentlicht am 16.11.2023 von Anna Schmidt", "Anna Schmidt", "2023-11-16"),
]

NOT_BYLINES = [
    "By Monday staff and volunteers had cleared the square.",
    "By Friday staff walked out.",
    "By Friday and Saturday",
    "By Follow the money, the book, she made her name.",
    "By Monday, the team had left the city.",
    "By the time the vote was called, most had gone.",
    "By contrast, exports rose.",
    "By 2030 the plant will close",
    "Bystanders watched the parade",
    "Byline",
    "By",
    "By far the largest crowd of the year gathered outside",
    "By Jane Doe and then some other words that are not names at all",
    "The report was written by Jane Doe",
    "By The Numbers",
    "By The Way",
    "Words Fail Me",
    "Story by story, the tower rose above the square.",
    "By Jane Doe in the end",
    "Von Trapp",
    "Von der Leyen said the plan was ready.",
    "Por la tarde llegó la lluvia.",
    "Par Avion",
    "Interview by interview, the picture changed.",
    "Text by text, the messages piled up.",
    "Analysis by the council's own staff suggested the costs would double.",
    "Opinion by opinion, the jury came round.",
    "Commentary by the minute filled the broadcast.",
    "Guest column by popular demand",
    "The end of the line",
    "By Jane Doe for the record, he said nothing",
    "By Friday, the editor",
    "By Jane Doe, who said the editor",
    "By Friday the political editor",
    "By Tuesday Deputy political editor",
    "16 people were hurt by Hamas",
    "2023 was marked by Jane Doe",
    "November 16, 2023 by the council",
    "Published in 1998 by Penguin Books",
    "March 2023 by Jane Doe",
    "12 hours later by Jane Doe",
    # Prose beside the editor credits, desk credits, venues and brackets read as bylines.
    "Written by hand, edited by no one, the letter was sent.",
    "Written by Jane Doe, edited by the board",
    "Reporting by Jane Doe; Editing by John Roe",  # a wire's credit tail: is_newsroom_credit
    "Staff reports of the incident were conflicting.",
    "From staff reports, the picture is grim.",
    "From Paris to Rome",
    "By the time the team arrived at the stadium, it was dark.",
    "By Jane Doe at the end of the day",
    "By Jane Doe at the stadium",
    "By Monday at Wembley",
    "By Jane Doe (who said so)",
    "By Jane Doe (and others)",
    "By Jane Doe (see page 4)",
    # Prose beside what a byline says of its author after a mark.
    "By the time the ferry left | Staff Writer",
    "By the time the ferry left, the staff writer had gone home.",
    "By the harbour - The Harwick Post",
    "By now, treyes@harwickpost.example",
    "By all accounts, special to the town",
    "Posted by the council on Monday, the notice was torn down.",
    "Posted by hand, the letter arrived late.",
    "Posted 2 hours ago",
    "By Jane Doe | 16 Nov 2023 (updates in brief)",
    "By the photos: how the town looked in 1900",
    "By Photos by Ana Cruz",
    "By Jane Doe with editing by the whole team",
    "Words and pictures by the children fill the hall.",
    "Text and photos by post are welcome",
    "By the end of 2023 (updated figures show a rise)",
]

# Each row failed before its rule was added: (line, author, ISO date or None).
EDITOR_CREDIT_ON_THE_BYLINE = [
    ("Written by Anand Kulkarni | Edited by Shreya Menon", "Anand Kulkarni", None),
    ("Written by Anand Kulkarni / Edited by Shreya Menon", "Anand Kulkarni", None),
    ("Written by Anand Kulkarni, edited by Shreya Menon", "Anand Kulkarni", None),
    ("By Anand Kulkarni | Edited by Shreya Menon", "Anand Kulkarni", None),
    ("By Anand Kulkarni; Additional reporting by Sam Hill and Ann Lee", "Anand Kulkarni", None),
    ("By Anand Kulkarni | Nov 16, 2023 | Edited by Shreya Menon", "Anand Kulkarni", "2023-11-16"),
    ("By Anand Kulkarni, with additional reporting by Sam Hill", "Anand Kulkarni", None),
    ("By Anand Kulkarni with additional reporting by Sam Hill", "Anand Kulkarni", None),
]
DESK_CREDITS = [
    ("From staff reports", "staff reports", None),
    ("Staff Report", "Staff Report", None),
    ("Staff reports", "Staff reports", None),
    ("From staff and wire reports", "staff and wire reports", None),
    ("By staff reports", "staff reports", None),
]
VENUE_OR_BRACKET_AFTER_THE_NAMES = [
    ("By Declan Moyes at Elmfield Park", "Declan Moyes", None),
    ("By Declan Moyes at the Etihad Stadium", "Declan Moyes", None),
    ("By Declan Moyes at Elmfield Park | Nov 16, 2023", "Declan Moyes", "2023-11-16"),
    ("By Anke de Vries (Lisbon correspondent)", "Anke de Vries", None),
    ("By Anke de Vries (Lisbon Correspondent)", "Anke de Vries", None),
    ("By Anke de Vries (Lisbon correspondent) | Nov 16, 2023", "Anke de Vries", "2023-11-16"),
    ("Par Claire Vautrin (correspondante à Lorvanne)", "Claire Vautrin", None),
    ("Por Ana Ruiz (corresponsal en Lisboa)", "Ana Ruiz", None),
]

# Each row failed before its rule was added: (line, author, ISO date or None,
# what else the line said of the author, for boilerplate).
NOTES_AFTER_THE_NAMES = [
    # A page's button between the names and the date, and its mark after the stamp.
    ("By Lazar Berman Follow 16 November 2023, 6:22 pm", "Lazar Berman", "2023-11-16T18:22:00", ("Follow",)),
    ("By Jacob Magid Follow", "Jacob Magid", None, ("Follow",)),
    ("By Velma Echo Staff 16 Nov 2023, 9:50 pm Edited", "Velma Echo Staff", "2023-11-16T21:50:00", ("Edited",)),
    ("By ORLA QUENBY | oquenby@harwickpost.example", "ORLA QUENBY", None, ("oquenby@harwickpost.example",)),
    ("By Tobin Reyes / Staff Writer", "Tobin Reyes", None, ("Staff Writer",)),
    # A job in sentence case closing the names with no mark between.
    ("By Peter Walker Deputy political editor", "Peter Walker", None, ("Deputy political editor",)),
    ("By Mary Jane Smith Economics editor | Nov 16, 2023", "Mary Jane Smith", "2023-11-16", ("Economics editor",)),
    ("By Tobin Reyes - Staff Writer", "Tobin Reyes", None, ("Staff Writer",)),
    ("By Tobin Reyes — treyes@harwickpost.example", "Tobin Reyes", None, ("treyes@harwickpost.example",)),
    ("By Tobin Reyes, treyes@harwickpost.example", "Tobin Reyes", None, ("treyes@harwickpost.example",)),
    ("By Tobin Reyes, Special to The Harwick Post", "Tobin Reyes", None, ("Special to The Harwick Post",)),
    ("By Tobin Reyes | The Harwick Ledger", "Tobin Reyes", None, ("The Harwick Ledger",)),
    ("By Tobin Reyes | Staff Writer | treyes@harwickpost.example", "Tobin Reyes", None,
     ("Staff Writer", "treyes@harwickpost.example")),
    ("By Tobin Reyes - Staff Writer | Nov 16, 2023", "Tobin Reyes", "2023-11-16", ("Staff Writer",)),
    ("By Tobin Reyes and Ines Marlow, Harwick Post staff writers", "Tobin Reyes and Ines Marlow", None,
     ("Harwick Post staff writers",)),
    ("BY TOBIN REYES | STAFF WRITER", "TOBIN REYES", None, ("STAFF WRITER",)),
    # A job in title case closing the names with no mark between: a job after the words qualifying it.
    ("By Jane Doe Staff Writer", "Jane Doe", None, ("Staff Writer",)),
    ("By Peter Walker Senior Political Correspondent | Nov 16, 2023", "Peter Walker", "2023-11-16",
     ("Senior Political Correspondent",)),
    ("BY JANE DOE STAFF WRITER", "JANE DOE", None, ("STAFF WRITER",)),
    ("By Jane Doe and John Roe Staff Writers", "Jane Doe and John Roe", None, ("Staff Writers",)),
    # The same with the date run into the job, no mark between: the job is cut as before a mark.
    ("By Jane Doe Staff Writer Nov 16, 2023", "Jane Doe", "2023-11-16", ("Staff Writer",)),
    ("By Henrik Solberg Senior Business Reporter 16 November 2023", "Henrik Solberg", "2023-11-16",
     ("Senior Business Reporter",)),
    ("By JANE DOE Associated Press Nov 16, 2023", "JANE DOE", "2023-11-16", ("Associated Press",)),
    ("By Jane Doe Staff Writer Nov 16, 2023 | Edited by John Roe", "Jane Doe", "2023-11-16",
     ("Staff Writer", "Edited by John Roe")),
    # An outlet in title case after names in capitals; a call sign past a mark.
    ("By JANE DOE Associated Press", "JANE DOE", None, ("Associated Press",)),
    ("By JANE DOE and JOHN ROE The Associated Press | Nov 16, 2023", "JANE DOE and JOHN ROE", "2023-11-16",
     ("The Associated Press",)),
    ("By Jane Doe | KTVB", "Jane Doe", None, ("KTVB",)),
    ("By Jane Doe - AFP", "Jane Doe", None, ("AFP",)),
    # A news agency past a bar is a note too; after a comma it names the source and stays.
    ("By Jane Doe | Reuters", "Jane Doe", None, ("Reuters",)),
    ("By Jane Doe | AP | Nov 16, 2023", "Jane Doe", "2023-11-16", ("AP",)),
    ("By Jane Doe, Reuters", "Jane Doe, Reuters", None, ()),
    ("By Jane Doe | PA", "Jane Doe", None, ("PA",)),
    ("By Jane Doe and Pa Smith", "Jane Doe and Pa Smith", None, ()),
    # An account or an email after its network's name or a label.
    ("By Sam Lee | Twitter: @samlee", "Sam Lee", None, ("Twitter: @samlee",)),
    ("By Sam Lee · X @samlee · Nov 16, 2023", "Sam Lee", "2023-11-16", ("X @samlee",)),
    ("By Sam Lee, Email: slee@harwickpost.example", "Sam Lee", None, ("Email: slee@harwickpost.example",)),
    # A photographer's credit after the names and a mark: who took the pictures did not write the story.
    ("Words by Sam Lee, photographs by Ana Cruz", "Sam Lee", None, ("photographs by Ana Cruz",)),
    ("Story by Sam Lee • Photos by Ana Cruz", "Sam Lee", None, ("Photos by Ana Cruz",)),
    ("Words: Sam Lee | Pictures: Ana Cruz", "Sam Lee", None, ("Pictures: Ana Cruz",)),
    ("By Sam Lee | Photography by Ana Cruz", "Sam Lee", None, ("Photography by Ana Cruz",)),
    # A note of an update in brackets after the stamp or the names: the page's, not the author's.
    ("By Jane Doe | 16 Nov 2023 (updated 17 Nov)", "Jane Doe", "2023-11-16", ("(updated 17 Nov)",)),
    ("By Jane Doe, 16 Nov 2023 (Updated: 17/11/2023 10:04 GMT)", "Jane Doe", "2023-11-16",
     ("(Updated: 17/11/2023 10:04 GMT)",)),
    ("By Jane Doe 16 Nov 2023 (updated)", "Jane Doe", "2023-11-16", ("(updated)",)),
    ("By Jane Doe (last updated 17 Nov)", "Jane Doe", None, ("(last updated 17 Nov)",)),
    ("By Jane Doe | Staff Writer | Nov 16, 2023 (Updated Nov 17)", "Jane Doe", "2023-11-16",
     ("Staff Writer", "(Updated Nov 17)")),
]


class BylineTest(unittest.TestCase):
    def test_byline_lines_give_author_and_date(self):
        for line, author, date in BYLINES:
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertIsNotNone(byline)
                self.assertEqual((byline.author, byline.date), (author, date))

    def test_other_credits_on_the_byline_line_are_not_the_author(self):
        self._check(EDITOR_CREDIT_ON_THE_BYLINE)

    def test_other_credits_on_the_byline_line_are_kept_for_boilerplate(self):
        credits = [parse_byline(line).credits for line, _, _ in EDITOR_CREDIT_ON_THE_BYLINE]
        self.assertEqual(credits, [("Edited by Shreya Menon",), ("Edited by Shreya Menon",),
                                   ("edited by Shreya Menon",), ("Edited by Shreya Menon",),
                                   ("Additional reporting by Sam Hill and Ann Lee",), ("Edited by Shreya Menon",),
                                   ("with additional reporting by Sam Hill",), ("with additional reporting by Sam Hill",)])
        self.assertEqual(parse_byline("By Jane Doe").credits, ())

    def test_what_the_line_says_of_the_author_after_the_names_is_cut_for_boilerplate(self):
        for line, author, date, notes in NOTES_AFTER_THE_NAMES:
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertIsNotNone(byline)
                self.assertEqual((byline.author, byline.date, byline.credits), (author, date, notes))
        # A job word without a word qualifying it may be a surname; a name word may qualify a job.
        for line in ("By Mary Anne Writer", "By Jane Money Reporter", "By Ann Lee Critic",
                     # Names and an outlet in the same case, or capitalised words naming no newsroom.
                     "By Jane Doe Associated Press", "By JANE DOE Times Square", "By JANE DOE, CNN"):
            with self.subTest(line=line):
                self.assertEqual((parse_byline(line).author, parse_byline(line).credits), (line[3:], ()))
        for line in ("By Mary Anne Writer Nov 16, 2023", "By Jane Money Reporter Nov 16, 2023"):
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertEqual((byline.author, byline.date, byline.credits), (line[3:-13], "2023-11-16", ()))
        # After a comma an agency or an outlet is the story's source, and stays.
        self.assertEqual(parse_byline("By Tobin Reyes, The Harwick Post").author, "Tobin Reyes, The Harwick Post")

    def test_a_site_account_in_place_of_the_names_gives_no_author(self):
        rows = [
            ("Posted on November 16, 2023 by admin", "2023-11-16", ("admin",)),
            ("Posted by webmaster on 16/11/2023", "2023-11-16", ("webmaster",)),
            ("By newsroom | November 16, 2023", "2023-11-16", ("newsroom",)),
            ("Posted by staff on November 16, 2023 at 9:41 am", "2023-11-16T09:41:00", ("staff",)),
            ("Posted by Admin", None, ("Admin",)),
            ("by editor", None, ("editor",)),
        ]
        for line, date, credits in rows:
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertEqual((byline.author, byline.date, byline.credits), ("", date, credits))
        # In capitals, a word that may name a desk names it, as "Staff Report" does.
        for line, author in (("By Staff", "Staff"), ("By Newsroom | November 16, 2023", "Newsroom"),
                             ("By Editor", "Editor")):
            with self.subTest(line=line):
                self.assertEqual(parse_byline(line).author, author)
        for line in ("By staff accounts, the plan failed.", "16 people were hurt by staff",
                     "Posted on the door was a notice by admin", "By admin standards the site was slow."):
            with self.subTest(line=line):
                self.assertIsNone(parse_byline(line))

    def test_lines_saying_what_the_author_is_or_how_to_reach_them(self):
        for line in ("Staff Writer", "The Harwick Ledger", "treyes@harwickpost.example", "@treyes",
                     "Special to The Harwick Post", "BBC News, Corvell"):
            with self.subTest(line=line):
                self.assertTrue(is_about_author(line))
        for line in ("She wrote to the editor", "Email the desk at news@harwickpost.example", "Special to me",
                     "Tobin Reyes", "Special offers for readers"):
            with self.subTest(line=line):
                self.assertFalse(is_about_author(line))

    def test_a_byline_with_an_impossible_date_keeps_its_author_and_says_why(self):
        for line in ("By Ines Marlow | 31/02/2023", "By Ines Marlow, February 30, 2023",
                     "By Ines Marlow | Nov 16, 2023 25:10"):
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertIsNotNone(byline)
                self.assertEqual((byline.author, byline.date), ("Ines Marlow", None))
                self.assertTrue(byline.warnings[0].startswith("date-invalid: "), byline.warnings)
        self.assertIsNone(parse_byline("By the time the ferry left | 31/02/2023"))

    def test_a_two_digit_year_past_a_mark_or_a_lead_is_read_and_said(self):
        rows = [
            (parse_byline, "By Ines Marlow | 16/11/23", ("Ines Marlow", "2023-11-16")),
            (parse_byline, "By Ines Marlow - 16.11.23 10:04", ("Ines Marlow", "2023-11-16T10:04:00")),
            (parse_byline, "By Ines Marlow | Published 16/11/23 | Updated 17/11/23", ("Ines Marlow", "2023-11-16")),
            (parse_timestamp, "Published: 16-Nov-23", ("", "2023-11-16")),
            (parse_timestamp, "Updated 16/11/23 10:04", ("", "2023-11-16T10:04:00")),
        ]
        for parse, line, expected in rows:
            with self.subTest(line=line):
                found = parse(line)
                self.assertEqual((found.author, found.date), expected)
                self.assertTrue(found.warnings[0].startswith("date-two-digit-year: "), found.warnings)
        # Without a mark or a lead, or run on into prose, it may be a score or a fraction.
        for line in ("By Ines Marlow 16/11/23", "By 3/4/24 the ferry had left", "Updated 3/4/24 figures show a rise"):
            with self.subTest(line=line):
                self.assertIsNone(parse_byline(line))
                self.assertIsNone(parse_timestamp(line))

    def test_a_desk_credit_is_a_byline_naming_the_desk(self):
        self._check(DESK_CREDITS)

    def test_a_venue_or_a_bracketed_role_after_the_names_is_not_part_of_the_author(self):
        self._check(VENUE_OR_BRACKET_AFTER_THE_NAMES)

    def _check(self, rows):
        for line, author, date in rows:
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertIsNotNone(byline)
                self.assertEqual((byline.author, byline.date), (author, date))

    def test_a_job_title_after_the_names_is_not_part_of_the_author(self):
        rows = [
            ("By Jane Doe, Science Correspondent", "Jane Doe", None),
            ("By Jane Doe and John Roe, Transport Correspondents", "Jane Doe and John Roe", None),
            ("By Jane Doe, Political Editor | Nov 16, 2023", "Jane Doe", "2023-11-16"),
            ("By Jane Doe, Staff Writer, in Paris", "Jane Doe", None),
            ("By JANE DOE, Reuters", "JANE DOE, Reuters", None),
            ("BY JANE DOE | STAFF WRITER", "JANE DOE", None),
            ("By Owen Hale, Midlands correspondent", "Owen Hale", None),
            ("By Owen Hale and Ana Cruz, political editors", "Owen Hale and Ana Cruz", None),
            ("By Owen Hale, Midlands correspondent | Nov 16, 2023", "Owen Hale", "2023-11-16"),
        ]
        for line, author, date in rows:
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertEqual((byline.author, byline.date), (author, date))

    def test_a_reading_time_closing_the_byline_is_dropped(self):
        rows = [
            ("By Jane Doe • Published November 16, 2023 • 5 min read", "Jane Doe", "2023-11-16"),
            ("By Jane Doe | 4 min read", "Jane Doe", None),
        ]
        for line, author, date in rows:
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertEqual((byline.author, byline.date), (author, date))

    def test_job_title_lines(self):
        for line in ("Staff Reporter", "Chief Political Correspondent", "Science correspondent", "Editor"):
            with self.subTest(line=line):
                self.assertTrue(is_job_title(line))
        for line in ("The editor", "Jane Doe", "Science correspondent, London", "She wrote to the editor"):
            with self.subTest(line=line):
                self.assertFalse(is_job_title(line))

    def test_outlet_lines(self):
        for line in ("BBC News, Corvell", "Business reporter, BBC News", "BBC News", "Corvell, BBC News",
                     "The Daily Example Times, Science Editor"):
            with self.subTest(line=line):
                self.assertTrue(is_outlet_line(line))
        for line in ("News of the closure spread fast.", "Jane Doe", "BBC News, London, England", "Fox News, 2023",
                     "Press Secretary Jane Doe said", "BBC News, the council said", "Times Square",
                     "Post Office Closures Spark Anger"):
            with self.subTest(line=line):
                self.assertFalse(is_outlet_line(line))

    def test_french_german_and_spanish_bylines(self):
        rows = [
            ("Par Marie Martin", "Marie Martin", None),
            ("Par Marie Martin, le 16 novembre 2023", "Marie Martin", "2023-11-16"),
            ("Von Erika Mustermann, am 16. November 2023", "Erika Mustermann", "2023-11-16"),
            ("Por María García | 16 de noviembre de 2023", "María García", "2023-11-16"),
        ]
        for line, author, date in rows:
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertEqual((byline.author, byline.date), (author, date))

    def test_prose_opening_with_by_is_not_a_byline(self):
        for line in NOT_BYLINES:
            with self.subTest(line=line):
                self.assertIsNone(parse_byline(line))


if __name__ == "__main__":
    unittest.main()


class NewsroomCreditTest(unittest.TestCase):
    CREDITS = (
        "Reporting by Jane Doe; Editing by John Roe",
        "(Reporting by Jane Doe; writing by John Roe)",
        "Reporting by Jane Doe in London and Ann Lee in Paris; Additional reporting by Sam Hill; Editing by Kim Cole.",
        "Additional reporting by Priya Nair",
        "Reporting by Jane Doe, Editing by John Roe",
        "(Reporting by Jane Doe)",
        "Reporting by Jane Doe | Editing by John Roe",
        "Reporting by Jane Doe / Editing by John Roe",
        "With additional reporting by Priya Nair",
        "With reporting by Jane Doe",  # "with" opens no byline
    )
    NOT_CREDITS = (
        "Reporting by Jane Doe",  # a byline: left to parse_byline
        "Editing by the board took a year.",
        "Writing by hand is slow.",
        "Reporting by Jane Doe; the council declined to comment.",
        "(Editing by committee)",
        "Written by hand, edited by no one, the letter was sent.",
        "With editing by the board, the paper improved.",
    )

    def test_credit_tails(self):
        for line in self.CREDITS:
            with self.subTest(line=line):
                self.assertTrue(is_newsroom_credit(line))

    def test_not_credit_tails(self):
        for line in self.NOT_CREDITS:
            with self.subTest(line=line):
                self.assertFalse(is_newsroom_credit(line))


class TimestampTest(unittest.TestCase):
    def test_timestamp_lines(self):
        cases = {
            "First published on Thu 16 Nov 2023 08.00 GMT": "2023-11-16T08:00:00Z",
            "Last updated: 17 November 2023": "2023-11-17",
            "Published on Nov 16, 2023": "2023-11-16",
            "Updated at 10:04 GMT": None,
            "Updated 3pm": None,
            "Posted 2 hours ago": None,
            "Updated 5 mins ago": None,
            "Publié le 16 novembre 2023 à 09h30": "2023-11-16T09:30:00",
            "Mis à jour le 16 novembre 2023": "2023-11-16",
            "Veröffentlicht am 16. November 2023, 14:05 Uhr": "2023-11-16T14:05:00",
            "Publicado el 16 de noviembre de 2023": "2023-11-16",
            "Originally Published: March 12, 2024 at 6:02 AM EDT": "2024-03-12T06:02:00-04:00",
            "Originally published March 12, 2024": "2024-03-12",
            # A page's note of when the story changed.
            "This article was updated at 4:45 p.m. on Nov. 16, 2023.": "2023-11-16T16:45:00",
            "This story was originally published Nov. 15, 2023.": "2023-11-15",
            "THIS STORY HAS BEEN UPDATED AT 10:04 GMT": None,
            # A note of an update in brackets after the date: the first date counts.
            "Published 16 Nov 2023 (updated 17 Nov)": "2023-11-16",
        }
        for line, iso in cases.items():
            with self.subTest(line=line):
                found = parse_timestamp(line)
                self.assertIsNotNone(found)
                self.assertEqual(found.date, iso)

    def test_an_age_alone_is_a_dateline_without_a_date(self):
        for line in ("2 hours ago", "3 days ago", "Brexit | 2 hours ago"):
            with self.subTest(line=line):
                found = parse_dateline(line)
                self.assertIsNotNone(found)
                self.assertIsNone(found.date)
        for line in ("2 hours", "2 hours ago the council met", "Ago"):
            with self.subTest(line=line):
                self.assertIsNone(parse_dateline(line))

    def test_an_age_in_words_or_a_day_named_from_today_is_a_dateline_without_a_date(self):
        for line in ("an hour ago", "Updated a day ago", "Yesterday at 4:15 PM", "Today 10:04 GMT", "Today, 3:45 pm",
                     "il y a 2 heures", "Mis à jour hier à 16h15", "vor 2 Stunden", "Aktualisiert gestern um 16:15 Uhr",
                     "hace 2 horas", "Actualizado ayer a las 16:15",
                     "November 16, 2023 7:04 AM GMT Updated an hour ago"):
            with self.subTest(line=line):
                found = parse_dateline(line)
                self.assertIsNotNone(found)
                self.assertEqual(found.date, "2023-11-16T07:04:00Z" if "2023" in line else None)
        for line in ("An hour ago, the mayor", "Yesterday at noon", "Today at the mall", "Today, 3 people",
                     "Yesterday at 4:15 PM the mayor spoke", "Hace calor", "Vor Ort", "Il y a des jours"):
            with self.subTest(line=line):
                self.assertIsNone(parse_dateline(line))
        self.assertIsNone(parse_timestamp("Updated a plan ago"))
        self.assertIsNone(parse_timestamp("Posted a letter to the mayor weeks ago"))

    def test_a_french_german_or_spanish_at_before_a_time_is_a_lead(self):
        rows = [
            ("Publié le 16 novembre 2023 à 09h30, mis à jour à 11h02", "2023-11-16T09:30:00"),
            ("Veröffentlicht am 16.11.2023 um 10:04 Uhr, aktualisiert um 12:31 Uhr", "2023-11-16T10:04:00"),
            ("Publicado el 16 nov 2023 a las 10:04, actualizado a las 12:31", "2023-11-16T10:04:00"),
        ]
        for line, iso in rows:
            with self.subTest(line=line):
                self.assertEqual(parse_dateline(line).date, iso)
        for line in ("Mis à jour à 11h02", "Aktualisiert um 12:31 Uhr", "Actualizado a las 12:31"):
            with self.subTest(line=line):
                self.assertIsNone(parse_timestamp(line).date)
        for line in ("À 11h02, le maire a parlé", "Um 12:31 Uhr begann die Sitzung", "A las 12:31 llegó el tren"):
            with self.subTest(line=line):
                self.assertIsNone(parse_timestamp(line))
                self.assertIsNone(parse_dateline(line))

    def test_a_stamp_with_an_impossible_date_gives_none_and_says_why(self):
        for line in ("Updated: 31/02/2023 10:04", "February 30, 2023", "Published 29 February 2023"):
            with self.subTest(line=line):
                found = parse_dateline(line)
                self.assertIsNotNone(found)
                self.assertIsNone(found.date)
                self.assertTrue(found.warnings[0].startswith("date-invalid: "), found.warnings)
        self.assertIsNone(parse_timestamp("Updated: 31/02/2023 10:04").date)
        self.assertIsNone(parse_dateline("Sales fell 31/02/2023"))

    def test_prose_is_no_timestamp(self):
        for line in ("Updated figures show a 2023 rise.", "Posted", "on 16 Nov 2023", "Published: a new novel",
                     "Posted 2 hours ago by the mayor", "Publié en 2023 par la ville",
                     "Originally published in 1923, the novel was reissued",
                     "This story was updated at 4:45 p.m. to include comments from the mayor.",
                     "This article was published in 1998 by the Times.",
                     "This story has been updated many times over the years, the editor said.",
                     "This story was updated Nov. 16, 2023, to add a comment from the mayor."):
            with self.subTest(line=line):
                self.assertIsNone(parse_timestamp(line))


class StampOfSeveralPartsTest(unittest.TestCase):
    """A stamp line may hold several stamps, a reading time or a place: each part must read as one."""

    def test_stamps_of_several_parts_give_the_first_date(self):
        cases = {
            "PUBLISHED: 10:04, 16 August 2023 | UPDATED: 12:31, 16 August 2023": "2023-08-16T10:04:00",
            "Updated March 4, 2024 — 5.47pm, first published at 11.02am": "2024-03-04",
            "Published 16 Nov 2023 | Updated 2 hours ago": "2023-11-16",
            "Updated 2 hours ago | Published 16 Nov 2023": "2023-11-16",
            "Published 16 Nov 2023 (updated 17 Nov, 10:04)": "2023-11-16",
        }
        for line, iso in cases.items():
            with self.subTest(line=line):
                self.assertEqual(parse_timestamp(line).date, iso)
                self.assertEqual(parse_dateline(line).date, iso)

    def test_a_dateline_may_carry_a_place_or_a_reading_time(self):
        self.assertEqual(parse_dateline("New Delhi | Updated: November 16, 2023 10:04").date, "2023-11-16T10:04:00")
        self.assertEqual(parse_dateline("16 November 2023 · 4 min read").date, "2023-11-16")
        self.assertEqual(parse_dateline("Nov 16, 2023 / 10:04 AM EST").date, "2023-11-16T10:04:00-05:00")

    def test_parts_parted_by_a_plain_hyphen_or_a_comma(self):
        cases = {
            "Valdemora - 16 de noviembre de 2023 - 10:04 CET": "2023-11-16T10:04:00+01:00",
            "London - 16 November 2023 - 10:04 GMT": "2023-11-16T10:04:00Z",
            "London - November 16, 2023": "2023-11-16",
            "Madrid - 16 nov 2023 - 10:04": "2023-11-16T10:04:00",
            "Published 16 November 2023 - Updated 17 November 2023": "2023-11-16",
            "Publié le 16 novembre 2023 à 14h05, modifié le 16 novembre 2023 à 17h32": "2023-11-16T14:05:00",
            "Published 16 November 2023, updated 17 November 2023": "2023-11-16",
            "Published November 16, 2023, updated November 17, 2023": "2023-11-16",
            "London, November 16, 2023": "2023-11-16",
        }
        for line, iso in cases.items():
            with self.subTest(line=line):
                self.assertEqual(parse_dateline(line).date, iso)

    def test_a_slash_or_a_printed_lead_parts_two_stamps(self):
        cases = {
            "Posted: Mar 4, 2024 / 05:12 PM CST / Updated: Mar 4, 2024 / 06:30 PM CST": "2024-03-04T17:12:00-06:00",
            "Posted: Mar 4, 2024 / 05:12 PM CST Updated: Mar 4, 2024 / 06:30 PM CST": "2024-03-04T17:12:00-06:00",
            "Published: March 12, 2024 6:02 AM EDT Updated: March 12, 2024 9:15 AM EDT": "2024-03-12T06:02:00-04:00",
            "PUBLISHED March 12, 2024 UPDATED March 13, 2024": "2024-03-12",
            "Updated March 12, 2024 First Published March 11, 2024": "2024-03-12",
        }
        for line, iso in cases.items():
            with self.subTest(line=line):
                self.assertEqual(parse_timestamp(line).date, iso)
                self.assertEqual(parse_dateline(line).date, iso)
        self.assertEqual(parse_dateline("March 6, 2024 5:12 PM GMT+1 Updated 2 hours ago").date,
                         "2024-03-06T17:12:00+01:00")
        # A scrape may join the parts with no space between.
        self.assertEqual(parse_dateline("March 6, 20245:12 PM GMT+1Updated 2 hours ago").date,
                         "2024-03-06T17:12:00+01:00")
        self.assertEqual(parse_dateline("November 16, 2023Updated an hour ago").date, "2023-11-16")
        self.assertIsNone(parse_dateline("UNPUBLISHED 2023"))
        for line in ("Published 16 Nov 2023 Updated figures show a rise", "Paris / London / Rome",
                     "Nov 16, 2023 / The mayor resigned", "Published records / updated logs of 2023"):
            with self.subTest(line=line):
                self.assertIsNone(parse_timestamp(line))
                self.assertIsNone(parse_dateline(line))

    def test_a_byline_may_close_in_a_stamp_of_several_parts(self):
        rows = [
            ("By Ines Marlow | Published Nov 16, 2023 | Updated Nov 17, 2023", "Ines Marlow", "2023-11-16"),
            ("By Ines Marlow - Posted: Mar 4, 2024 / 05:12 PM CST / Updated: Mar 4, 2024 / 06:30 PM CST",
             "Ines Marlow", "2024-03-04T17:12:00-06:00"),
        ]
        for line, author, date in rows:
            with self.subTest(line=line):
                byline = parse_byline(line)
                self.assertEqual((byline.author, byline.date), (author, date))
        self.assertIsNone(parse_byline("By the time the ferry left | Published Nov 16, 2023 | Updated Nov 17, 2023"))

    def test_a_time_alone_after_the_date_joins_it(self):
        self.assertEqual(parse_dateline("London | 16 November 2023 | 10:04 GMT").date, "2023-11-16T10:04:00Z")
        # A time under a lead is another stamp's ("Updated 10:04"): the date stays a date.
        self.assertEqual(parse_dateline("16 November 2023 | Updated 10:04").date, "2023-11-16")

    def test_prose_with_a_hyphen_or_a_comma_is_no_stamp(self):
        for line in ("Paris - the city said on 16 November 2023 that it would", "On 16 November 2023, the council met.",
                     "John Smith, 45, from Leeds", "Leeds United 2 - 1 Chelsea", "Chelsea - 2023", "Paris, 2023",
                     "Sales rose 5% - 16 November 2023", "Tickets cost 10 - 15 euros", "Paris, London, 16 Nov 2023",
                     "Published 16 Nov 2023, and the mayor resigned"):
            with self.subTest(line=line):
                self.assertIsNone(parse_timestamp(line))
                self.assertIsNone(parse_dateline(line))

    def test_prose_with_separators_is_no_stamp(self):
        for line in ("Published 16 Nov 2023 | The mayor resigned", "Paris | The talks resumed on 16 Nov 2023",
                     "New Delhi | Mumbai | Chennai", "Updated 16 Nov 2023 — and again, later, 3pm",
                     "The Prime Minister of India | 16 Nov 2023"):
            with self.subTest(line=line):
                self.assertIsNone(parse_timestamp(line))
                self.assertIsNone(parse_dateline(line))


class StampBeforeWireDatelineTest(unittest.TestCase):
    def test_a_stamp_run_into_a_wire_dateline_leaves_the_dateline_opening_the_story(self):
        rows = [
            ("November 16, 2023 10:04 AM UTC LONDON, Nov 16 (Reuters) - The bank held rates.",
             "2023-11-16T10:04:00Z", "LONDON, Nov 16 (Reuters) - The bank held rates."),
            ("Nov 16, 2023 HARWICK, England, Nov 16 (Reuters) - The mill will close.",
             "2023-11-16", "HARWICK, England, Nov 16 (Reuters) - The mill will close."),
            ("Updated 9:41 AM EST, Thu November 16, 2023 Washington (CNN) — Lawmakers passed a bill.",
             "2023-11-16T09:41:00-05:00", "Washington (CNN) — Lawmakers passed a bill."),
            ("2023-11-16 Berlin (dpa) - Die Bahn streikt.", "2023-11-16", "Berlin (dpa) - Die Bahn streikt."),
        ]
        for line, date, story in rows:
            with self.subTest(line=line):
                stamp, rest = stamp_before_wire_dateline(line)
                self.assertEqual((stamp.date, rest), (date, story))

    def test_prose_opening_with_a_date_or_a_dateline_is_left_whole(self):
        for line in ("LONDON, Nov 16 (Reuters) - The bank held rates.",
                     "16 people died in LONDON (Reuters) - the agency said.",
                     "16 November 2023 Council Meeting (Public Session) - the agenda follows.",
                     "Nov 16, 2023 Kestle (in the end) - the town voted no.",
                     "November 16, 2023 LONDON (Reuters) said the bank held rates.",
                     "10:04 AM LONDON (Reuters) - The bank held rates."):
            with self.subTest(line=line):
                self.assertIsNone(stamp_before_wire_dateline(line))


class NameOverDateTest(unittest.TestCase):
    def test_names_and_the_place_filed_from_give_the_names(self):
        for line, author in (("Sam Patel", "Sam Patel"), ("Helena Smith in Athens", "Helena Smith"),
                             ("Helena Smith and Jon Henley in Paris", "Helena Smith and Jon Henley"),
                             ("Jane Doe and John Roe", "Jane Doe and John Roe"),
                             ("Ana Cruz & Sam Lee", "Ana Cruz & Sam Lee"),
                             # Names that open or close as some places' names do.
                             ("Michael Bay", "Michael Bay"), ("Rio Ferdinand", "Rio Ferdinand"),
                             ("Lake Bell", "Lake Bell"), ("Christopher Beach", "Christopher Beach")):
            with self.subTest(line=line):
                self.assertEqual((name_over_date(line).author, name_over_date(line).credits), (author, ()))

    def test_what_the_line_says_of_the_author_after_the_names_is_cut_as_on_a_byline(self):
        rows = [
            ("Jane Doe, Staff Writer", "Jane Doe", ("Staff Writer",)),
            ("Mark Feld | The Ashford Times", "Mark Feld", ("The Ashford Times",)),
            ("Sam Patel | spatel@example.com", "Sam Patel", ("spatel@example.com",)),
            ("Jane Doe, The Courier", "Jane Doe, The Courier", ()),  # after a comma, the source
            ("JANE DOE, THE COURIER", "JANE DOE, THE COURIER", ()),
            ("Lauren Fox, CNN", "Lauren Fox, CNN", ()),  # initials or a call sign name an outlet too
            ("Maria Lopez and Tom Reyes, KTVB", "Maria Lopez and Tom Reyes, KTVB", ()),
            ("Jane Doe, Reuters", "Jane Doe, Reuters", ()),  # so does a news agency's name
            ("Jane Doe, AP", "Jane Doe, AP", ()),
            ("Jane Doe and John Roe, dpa", "Jane Doe and John Roe, dpa", ()),
            ("Peter Walker Deputy political editor", "Peter Walker", ("Deputy political editor",)),
            ("Aletha Adu Political correspondent", "Aletha Adu", ("Political correspondent",)),
            ("Jane Doe Staff Writer", "Jane Doe", ("Staff Writer",)),
            ("Peter Walker Chief Political Correspondent", "Peter Walker", ("Chief Political Correspondent",)),
        ]
        for line, author, credits in rows:
            with self.subTest(line=line):
                found = name_over_date(line)
                self.assertEqual((found.author, found.credits), (author, credits))

    def test_names_before_the_date_on_its_line_are_read_as_over_it(self):
        rows = [
            ("Lauren Fox, CNN | Nov 16, 2023", "Lauren Fox, CNN", "2023-11-16", ()),
            ("Jane Doe, Staff Writer | Nov 16, 2023", "Jane Doe", "2023-11-16", ("Staff Writer",)),
            ("Helena Smith in Athens · 16 Nov 2023", "Helena Smith", "2023-11-16", ()),
            ("Jane Doe Staff Writer — November 16, 2023 | Updated November 17, 2023", "Jane Doe", "2023-11-16",
             ("Staff Writer",)),
        ]
        for line, author, date, credits in rows:
            with self.subTest(line=line):
                found = names_then_stamp(line)
                self.assertEqual((found.author, found.date, found.credits), (author, date, credits))
        # Capitalised words alone before the mark are the place filed from; a heading is no name.
        for line in ("Jane Doe | Nov 16, 2023", "New Delhi | Updated: November 16, 2023 10:04 IST",
                     "Rain, Wind and Snow | Nov 16, 2023", "Lauren Fox, CNN | 2 hours ago",
                     "Lauren Fox, CNN | The Senate vote", "Council Meeting Minutes | Nov 16, 2023", "Ana María Ruiz López | Nov 16, 2023",
                     "New York, USA | Nov 16, 2023"):
            with self.subTest(line=line):
                self.assertIsNone(names_then_stamp(line))

    def test_a_name_alone_before_the_date_where_a_byline_stands_is_the_author(self):
        rows = [
            ("Jane Doe | Nov 16, 2023", "Jane Doe"),
            ("Ana Maria Ruiz · 16 November 2023", "Ana Maria Ruiz"),
            ("MARTA KOWALCZYK | NOV 16, 2023", "MARTA KOWALCZYK"),
            ("Lauren Fox, CNN | Nov 16, 2023", "Lauren Fox, CNN"),
            ("Ana María Ruiz López | Nov 16, 2023", "Ana María Ruiz López"),
            ("Mary Anne de Vries · 16 November 2023", "Mary Anne de Vries"),
        ]
        for line, author in rows:
            with self.subTest(line=line):
                found = names_then_stamp(line, where_byline_stands=True)
                self.assertEqual((found.author, found.date), (author, "2023-11-16"))
        # A place's name, one word or words opening or closing as a place's do, and a section's label name no one.
        for line in ("LONDON | Nov 16, 2023", "New York | Nov 16, 2023", "NEW DELHI | Nov 16, 2023",
                     "New Delhi | Updated: November 16, 2023 10:04 IST", "Port Velma | Nov 16, 2023",
                     "Mexico City · 16 November 2023", "Harwick County | Nov 16, 2023", "Hong Kong | Nov 16, 2023",
                     "San Francisco | Nov 16, 2023", "Special Report | Nov 16, 2023", "Jane Doe | 2 hours ago",
                     "Jane Doe | The vote was close", "New York City Hall | Nov 16, 2023",
                     "Ana María Ruiz López Vidal | Nov 16, 2023"):
            with self.subTest(line=line):
                self.assertIsNone(names_then_stamp(line, where_byline_stands=True))

    def test_other_lines_over_a_date_give_no_name(self):
        for line in ("Heavy rain", "Floods in Spain", "Rising Tensions in the Gulf", "Sam", "Sam Patel in 2023",
                     "Talks resumed in Geneva on Monday", "Jane Doe in Paris and Rome and Lisbon today",
                     "Staff Writer", "The Ashford Times", "Staff Writer, The Courier", "BBC News, Corvell",
                     "Corvell, BBC News", "Business reporter, BBC News", "Smith, Jones Win Seats",
                     "Rain, Wind and Snow", "Voters Head to Polls, Officials Say",
                     "Letters to the editor", "Voters Head to the polls editor", "Ask the Political editor",
                     "Los Angeles, California", "Austin, TX", "New York, USA", "Abu Dhabi, UAE",
                     "Bread and Butter Pudding",
                     "Jane Doe and John Roe and Sam Lee and Ana Cruz", "Lauren Fox, CNN's chief correspondent",
                     "Chief Political Correspondent", "Senior Staff Writer", "Jane Doe Staff Writer of the Year",
                     "San Francisco", "New York", "Port Velma", "Harwick County", "Palm Springs", "Special Report",
                     "State College, PA", "Surry Hills, NSW", "Fremantle, WA", "Santiago, Reuters", "New York, Reuters", "Jane Doe, Labour"):
            with self.subTest(line=line):
                self.assertIsNone(name_over_date(line))


class PlaceFiledFromTest(unittest.TestCase):
    def test_a_place_alone_is_told_from_a_name_and_from_prose(self):
        for line in ("San Francisco", "LONDON", "Kestle", "Austin, TX", "St. Louis", "Washington, D.C.",
                     "Los Angeles, California"):
            with self.subTest(line=line):
                self.assertTrue(bylines.is_place_filed_from(line))
        for line in ("Sam Patel", "Jane Doe", "Jane Doe, Staff Writer", "Ana Ruiz, Reuters", "Heavy rain",
                     "Rain, Wind and Snow", "The council met on Monday.", "Paris, London, Rome"):
            with self.subTest(line=line):
                self.assertFalse(bylines.is_place_filed_from(line))


class DigitTest(unittest.TestCase):
    def test_a_digit_is_found_as_str_isdigit_finds_one(self):
        """ASCII text is read from its bytes, other text character by character: the same answer either way."""
        differ = [hex(code) for code in range(0x110000) if bylines._holds_digit(chr(code)) != chr(code).isdigit()]
        self.assertEqual(differ, [])
        rows = [("Updated 2 hours ago", True), ("Nov. 16, 2023", True), ("an hour ago", False), ("", False),
                ("Page ² of the report", True), ("“Quoted” 5 — text", True), ("“Quoted” — text", False)]
        for text, found in rows:
            with self.subTest(text=text):
                self.assertEqual(bylines._holds_digit(text), found)


class CleanedDatelineTest(unittest.TestCase):
    def test_a_cleaned_line_reads_as_the_same_dateline(self):
        """Told that a line comes from text ``text.clean`` made, a dateline's
        spaces are not collapsed again, which changes nothing: datelines,
        stamps, ages and prose, written with tabs and exotic spaces before
        cleaning, and lines too long for a dateline."""
        lines = ["Updated: Nov 16, 2023", "2 hours ago", "Brexit | 2 hours ago",
                 "New Delhi | Updated: November 16, 2023 10:04", "16 November 2023 · 4 min read",
                 "Publié le 16 novembre 2023 à 09h30, mis à jour à 11h02",
                 "February 30, 2023", "Sales fell 31/02/2023", "Council approves new budget", "November 16, 2023 " * 12,
                 "By Jane Doe | Nov 16, 2023", "“We will rebuild,” the mayor said on 16 November 2023."]  # fmt: skip
        for line in lines:
            for written in (line, line.replace(" ", "\t"), line.replace(" ", " \u00a0 "), f"  {line}  "):
                cleaned = clean(written)[0].strip()
                with self.subTest(line=cleaned):
                    self.assertEqual(parse_dateline(cleaned, cleaned=True), parse_dateline(cleaned))
