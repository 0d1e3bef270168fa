"""Header dates to ISO 8601: every family, the calendar checked, nothing invented."""

import unittest
import zoneinfo

from newsarchive import dates
from newsarchive.dates import is_clock_time, match_date, parse_date, parse_stamp_date, read_date_header, split_date_header
from tests.linear_time import assert_linear


class ParseDateTest(unittest.TestCase):
    def test_each_date_family_gives_iso_8601(self):
        rows = [
            # (input, expected, expected warnings)
            ("2023-11-16", "2023-11-16", []),
            ("2023-11-16T09:30:00+02:00", "2023-11-16T09:30:00+02:00", []),
            ("2023-11-16T09:30", "2023-11-16T09:30:00", []),
            ("2023-11-16 09:30:15.250Z", "2023-11-16T09:30:15Z", []),
            ("2023/11/16", "2023-11-16", []),
            ("2023.11.16", "2023-11-16", []),
            ("16/11/2023", "2023-11-16", []),
            ("11/16/2023", "2023-11-16", []),
            ("16.11.2023", "2023-11-16", []),
            ("16-11-2023", "2023-11-16", []),
            ("05/05/2023", "2023-05-05", []),
            ("November 16, 2023", "2023-11-16", []),
            ("Nov. 16, 2023", "2023-11-16", []),
            ("Nov 16 2023", "2023-11-16", []),
            ("Sept. 5, 2023", "2023-09-05", []),
            ("November 16th, 2023", "2023-11-16", []),
            ("16 Nov 2023", "2023-11-16", []),
            ("16 November 2023", "2023-11-16", []),
            ("Thu 16 Nov 2023 08.00 GMT", "2023-11-16T08:00:00Z", []),
            ("16 Nov 2023 14.30 UTC", "2023-11-16T14:30:00Z", []),
            ("16th of November, 2023", "2023-11-16", []),
            ("Thursday, 16 November 2023", "2023-11-16", []),
            ("Thursday, November 16, 2023", "2023-11-16", []),
            ("  16 Nov 2023  ", "2023-11-16", []),
            ("16 Nov 2023.", "2023-11-16", []),
        ]
        for value, iso, warnings in rows:
            with self.subTest(value):
                self.assertEqual(parse_date(value), (iso, tuple(warnings)))

    def test_french_german_and_spanish_written_dates(self):
        rows = [
            ("16 novembre 2023", "2023-11-16"),
            ("jeudi 16 novembre 2023", "2023-11-16"),
            ("1er décembre 2023", "2023-12-01"),
            ("3 juin 2023", "2023-06-03"),
            ("3 juillet 2023", "2023-07-03"),
            ("16 mai 2023", "2023-05-16"),
            ("Jeudi 16 novembre 2023 à 14:05", "2023-11-16T14:05:00"),
            ("16. November 2023", "2023-11-16"),
            ("Donnerstag, 16. März 2023", "2023-03-16"),
            ("16. Dezember 2023 um 14:05 Uhr", "2023-12-16T14:05:00"),
            ("16.11.2023, 14:05 Uhr", "2023-11-16T14:05:00"),
            ("16 de noviembre de 2023", "2023-11-16"),
            ("jueves, 16 de noviembre de 2023 a las 14:05", "2023-11-16T14:05:00"),
        ]
        for value, iso in rows:
            with self.subTest(value):
                self.assertEqual(parse_date(value), (iso, ()))

    def test_a_mark_between_date_and_time_and_a_french_hour(self):
        self.assertEqual(parse_date("16/11/2023 - 14:05"), ("2023-11-16T14:05:00", ()))
        self.assertEqual(parse_date("16 Nov 2023 | 10:04 GMT"), ("2023-11-16T10:04:00Z", ()))
        self.assertEqual(parse_date("16 novembre 2023 à 09h30"), ("2023-11-16T09:30:00", ()))
        self.assertIsNone(parse_date("16/11/2023 -")[0])

    def test_british_and_central_european_zones_name_one_offset_each(self):
        self.assertEqual(parse_date("Thu 4 Apr 2024 14.05 BST"), ("2024-04-04T14:05:00+01:00", ()))
        self.assertEqual(parse_date("4 April 2024 14:05 CEST"), ("2024-04-04T14:05:00+02:00", ()))
        self.assertEqual(parse_date("4 January 2024 14:05 CET"), ("2024-01-04T14:05:00+01:00", ()))

    def test_zones_printed_in_capitals_name_their_offset(self):
        rows = [
            ("16 Nov 2023, 10:04 AEDT", "2023-11-16T10:04:00+11:00"),
            ("16 Nov 2023 10:04 JST", "2023-11-16T10:04:00+09:00"),
            ("16 Nov 2023 10:04 SGT", "2023-11-16T10:04:00+08:00"),
            ("16 Nov 2023 10:04 NPT", "2023-11-16T10:04:00+05:45"),
            ("16 Nov 2023 10:04 UTC+5:30", "2023-11-16T10:04:00+05:30"),
            ("16 Nov 2023 10:04 GMT-4", "2023-11-16T10:04:00-04:00"),
            ("16 Nov 2023 10:04 UTC+0", "2023-11-16T10:04:00Z"),
            ("16 Nov 2023 10:04 +5:30", "2023-11-16T10:04:00+05:30"),
        ]
        for value, iso in rows:
            with self.subTest(value):
                self.assertEqual(parse_date(value), (iso, ()))
        self.assertIsNone(parse_date("16 Nov 2023 10:04 jst")[0])  # a word, not a zone
        self.assertIsNone(parse_date("16 Nov 2023 10:04 UTC+15")[0])

    def test_an_iso_offset_of_hours_alone_is_read_when_it_touches_the_time(self):
        self.assertEqual(parse_date("2023-11-16T09:30:00+02"), ("2023-11-16T09:30:00+02:00", ()))
        self.assertEqual(parse_date("2023-11-16T09:30-05"), ("2023-11-16T09:30:00-05:00", ()))
        header = read_date_header(" date 2023-11-16T09:30:00+02 Quarry reopens")
        self.assertEqual((header.iso, header.rest), ("2023-11-16T09:30:00+02:00", "Quarry reopens"))
        # Apart from the time, two digits after a dash are text, not a zone.
        self.assertEqual(read_date_header("date Nov 16, 2023 10:04 -12 comments").rest, "-12 comments")

    def test_a_zone_naming_several_offsets_keeps_the_time_without_one_and_says_so(self):
        iso, warnings = parse_date("4 April 2024 14:05 IST")  # Indian, Irish or Israeli: not guessed
        self.assertEqual(iso, "2024-04-04T14:05:00")
        self.assertEqual(warnings, ("date-zone-dropped: IST may be Indian, Irish or Israeli time;"
                                    " 4 April 2024 14:05 IST kept without a zone",))
        self.assertIsNone(parse_date("4 April 2024 14:05 ist")[0])

    def test_day_month_year_joined_by_hyphens(self):
        self.assertEqual(parse_date("5-Mar-2024"), ("2024-03-05", ()))
        self.assertEqual(parse_date("05-March-2024 10:04"), ("2024-03-05T10:04:00", ()))
        self.assertEqual(parse_date("31-Feb-2024")[0], None)

    def test_a_time_after_an_iso_date_past_a_mark_or_at_as_after_other_dates(self):
        rows = [
            ("2023-11-17 | 08:15 UTC", "2023-11-17T08:15:00Z"),
            ("2023-11-16 - 14:05", "2023-11-16T14:05:00"),
            ("2023-11-16, 10:04 am", "2023-11-16T10:04:00"),
            ("2023-11-16 at 10:04 GMT", "2023-11-16T10:04:00Z"),
            ("2023-11-16 um 14:05 Uhr", "2023-11-16T14:05:00"),
            ("Nov 16, 2023 @ 9:30 am", "2023-11-16T09:30:00"),
            ("16/11/2023 @ 14:05", "2023-11-16T14:05:00"),
        ]
        for value, iso in rows:
            with self.subTest(value=value):
                self.assertEqual(parse_date(value), (iso, ()))
        self.assertEqual(split_date_header("date 2023-11-17 | 08:15 UTC"), ("2023-11-17T08:15:00Z", "", ()))
        self.assertEqual(split_date_header("date 2023-11-17 | Ferry fares rise"), ("2023-11-17", "Ferry fares rise", ()))
        # "@" leads into a time only: a handle after the date is the text's.
        self.assertEqual(split_date_header("date Nov 16, 2023 @ 9:30 am Ferry"), ("2023-11-16T09:30:00", "Ferry", ()))
        self.assertEqual(split_date_header("date 2023-11-17 @ velma_echo wrote"), ("2023-11-17", "@ velma_echo wrote", ()))

    def test_a_time_touching_the_year_as_a_scrape_joins_them(self):
        rows = [
            ("November 16, 20237:04 AM GMT", "2023-11-16T07:04:00Z"),
            ("November 16, 202312:28 PM GMT+1", "2023-11-16T12:28:00+01:00"),
            ("16 Nov 202310:04", "2023-11-16T10:04:00"),
        ]
        for value, iso in rows:
            with self.subTest(value=value):
                self.assertEqual(parse_date(value), (iso, ()))
        for value in ("November 16, 20231", "November 16, 202312345", "16 Nov 20231004"):
            with self.subTest(value=value):
                self.assertIsNone(parse_date(value)[0])

    def test_a_time_written_before_its_date(self):
        self.assertEqual(parse_date("6:42 PM EST, November 16, 2023"), ("2023-11-16T18:42:00-05:00", ()))
        self.assertEqual(parse_date("18:42, 16 Nov 2023"), ("2023-11-16T18:42:00", ()))
        self.assertEqual(parse_date("3pm | 2023-11-16"), ("2023-11-16T15:00:00", ()))
        self.assertEqual(parse_date("4:45 p.m. on Nov. 16, 2023."), ("2023-11-16T16:45:00", ()))
        self.assertEqual(parse_date("4:45 p.m. on time")[0], None)
        iso, warnings = parse_date("6:42 PM ET, November 16, 2023")
        self.assertEqual((iso, len(warnings)), ("2023-11-16T18:42:00", 1))
        self.assertIn("6:42 PM ET, November 16, 2023 kept without a zone", warnings[0])  # quoted as written
        for value in ("10:04 GMT", "10:04, no date here", "18:42, 16 Nov 2023, 19:00"):
            with self.subTest(value=value):
                self.assertIsNone(parse_date(value)[0])

    def test_chinese_japanese_and_korean_dates(self):
        self.assertEqual(parse_date("2023年11月16日"), ("2023-11-16", ()))
        self.assertEqual(parse_date("2023年11月16日 14:05"), ("2023-11-16T14:05:00", ()))
        self.assertEqual(parse_date("2023년 11월 16일"), ("2023-11-16", ()))
        self.assertEqual(parse_date("2023年2月30日")[0], None)

    def test_foreign_weekday_that_does_not_match_warns(self):
        iso, warnings = parse_date("mardi 16 novembre 2023")
        self.assertEqual(iso, "2023-11-16")
        self.assertEqual(warnings, ("date-weekday-mismatch: mardi but 2023-11-16 is a Thursday",))

    def test_times_keep_their_zone_and_none_is_invented(self):
        rows = [
            ("16 Nov 2023 10:04", "2023-11-16T10:04:00"),
            ("16 Nov 2023 10:04:59", "2023-11-16T10:04:59"),
            ("Nov 16, 2023, 10:04 am", "2023-11-16T10:04:00"),
            ("Nov 16, 2023 at 10:04 p.m.", "2023-11-16T22:04:00"),
            ("Nov 16, 2023 12:30 AM", "2023-11-16T00:30:00"),
            ("Nov 16, 2023 12 pm", "2023-11-16T12:00:00"),
            ("16/11/2023 18:00", "2023-11-16T18:00:00"),
            ("2023-11-16T10:04Z", "2023-11-16T10:04:00Z"),
            ("16 Nov 2023 10:04 UTC", "2023-11-16T10:04:00Z"),
            ("16 Nov 2023 10:04 +0200", "2023-11-16T10:04:00+02:00"),
            ("16 Nov 2023 10:04 -05:30", "2023-11-16T10:04:00-05:30"),
            ("16 Nov 2023 10:04 EST", "2023-11-16T10:04:00-05:00"),
        ]
        for value, iso in rows:
            with self.subTest(value):
                self.assertEqual(parse_date(value), (iso, ()))

    def test_a_seasonal_zone_keeps_the_time_without_an_offset_and_says_so(self):
        iso, warnings = parse_date("Nov 16, 2023 10:04 a.m. ET")
        self.assertEqual(iso, "2023-11-16T10:04:00")
        self.assertEqual(len(warnings), 1)
        self.assertTrue(warnings[0].startswith("date-zone-dropped: ET "))
        self.assertEqual(parse_date("16 Nov 2023 18:30 PT")[0], "2023-11-16T18:30:00")

    def test_gmt_time_gets_z_suffix(self):
        self.assertEqual(parse_date("Thu, 16 Nov 2023 08:04:00 GMT"), ("2023-11-16T08:04:00Z", ()))

    def test_rfc_5322_negative_zero_zone_is_ut_from_an_unknown_zone(self):
        for value in ("Thu, 16 Nov 2023 08:04:00 -0000", "2023-11-16T08:04:00-00:00", "16 Nov 2023 08:04 GMT-0"):
            with self.subTest(value=value):
                self.assertEqual(parse_date(value), ("2023-11-16T08:04:00Z", ()))
        # A zero offset written positive is as written: a known offset of zero.
        self.assertEqual(parse_date("2023-11-16T08:04:00+0000"), ("2023-11-16T08:04:00+00:00", ()))
        self.assertEqual(parse_date("2023-11-16T08:04:00-05:00"), ("2023-11-16T08:04:00-05:00", ()))

    def test_ambiguous_day_and_month_follow_the_setting_and_say_so(self):
        self.assertEqual(
            parse_date("03/04/2023"),
            ("2023-04-03", ("date-ambiguous: 03/04/2023 read as day-first (2023-04-03)",)),
        )
        self.assertEqual(
            parse_date("03/04/2023", day_first=False),
            ("2023-03-04", ("date-ambiguous: 03/04/2023 read as month-first (2023-03-04)",)),
        )

    def test_unambiguous_numeric_dates_ignore_the_setting(self):
        for value in ("16/11/2023", "11/16/2023"):
            for day_first in (True, False):
                with self.subTest(value=value, day_first=day_first):
                    self.assertEqual(parse_date(value, day_first=day_first), ("2023-11-16", ()))

    def test_values_that_are_not_dates_give_none_and_a_warning(self):
        rows = [
            ("2023-02-31", "date-invalid: 2023-02-31 is not a calendar date"),
            ("31 February 2023", "date-invalid: 31 February 2023 is not a calendar date"),
            ("31/02/2023", "date-invalid: 31/02/2023 is not a calendar date"),
            ("13/13/2023", "date-invalid: 13/13/2023 is not a calendar date"),
            ("2023-11-16 25:00", "date-invalid: 2023-11-16 25:00 has no such time"),
            ("Nov 16, 2023 13:00 pm", "date-invalid: Nov 16, 2023 13:00 pm has no such 12-hour time"),
            ("16 Nov 2023 10:04 +1900", "date-invalid: 16 Nov 2023 10:04 +1900 has no such time"),
            ("November 2023", "date-incomplete: November 2023 has no day"),
            ("16 Nov", "date-unparsed: 16 Nov"),
            ("16/11/23", "date-unparsed: 16/11/23"),
            ("yesterday", "date-unparsed: yesterday"),
            ("2023-11-16 and more", "date-unparsed: 2023-11-16 and more"),
            ("", "date-unparsed: "),
        ]
        for value, warning in rows:
            with self.subTest(value):
                self.assertEqual(parse_date(value), (None, (warning,)))

    def test_names_written_with_letters_that_match_ascii_ones_without_case_are_read(self):
        # A pattern's s, i and k match ſ, ı, İ and the Kelvin sign without case: the name is read as matched.
        for value, iso in (("ſept. 5, 2023", "2023-09-05"), ("5 \u212Aey 2023", None),
                           ("Mıttwoch, 16 November 2023", "2023-11-16"), ("İ6 Nov 2023", None),
                           ("Thurſday, 16 Nov 2023", "2023-11-16"), ("16-ſept-23", None),
                           ("Nov 16, 2023 10:04 eſt", "2023-11-16T10:04:00-05:00"),
                           ("Nov 16, 2023 11:00 CEſT", "2023-11-16T11:00:00+02:00")):
            with self.subTest(value=value):
                self.assertEqual(parse_date(value)[0], iso)

    def test_wrong_weekday_keeps_the_date_and_warns(self):
        self.assertEqual(
            parse_date("Wed, 16 Nov 2023"),
            ("2023-11-16", ("date-weekday-mismatch: Wed but 2023-11-16 is a Thursday",)),
        )


class DateHeaderTest(unittest.TestCase):
    def test_header_splits_into_date_and_first_paragraph(self):
        rows = [
            # (line, expected (iso, rest, warnings) or None)
            (" date 2023-11-16 The recent meeting", ("2023-11-16", "The recent meeting", ())),
            ("date 2023-11-16", ("2023-11-16", "", ())),
            ("Date: 16 Nov 2023", ("2023-11-16", "", ())),
            ("DATE 2023-11-16 Text", ("2023-11-16", "Text", ())),
            ("date November 16, 2023 The meeting", ("2023-11-16", "The meeting", ())),
            ("date Nov. 16, 2023 The meeting", ("2023-11-16", "The meeting", ())),
            ("date Thu, 16 Nov 2023 08:04:00 GMT The meeting", ("2023-11-16T08:04:00Z", "The meeting", ())),
            ("date 16 Nov 2023 10:04 The meeting", ("2023-11-16T10:04:00", "The meeting", ())),
            ("date 16 Nov 2023 10 people died", ("2023-11-16", "10 people died", ())),
            ("date 2023-11-16 12 amid fears", ("2023-11-16", "12 amid fears", ())),
            ("date 2023-02-31 The meeting", (None, "The meeting", ("date-invalid: 2023-02-31 is not a calendar date",))),
            ("date March 2024", (None, "", ("date-incomplete: March 2024 has no day",))),
            ("\ufeffdate 2023-11-16 After a byte order mark", ("2023-11-16", "After a byte order mark", ())),
            ("Date: 2023-11-16 | By Jane Doe", ("2023-11-16", "By Jane Doe", ())),
            ("date 2023-11-16. The ferry", ("2023-11-16", "The ferry", ())),
            ("DATE 16/11/2023 — Schools reopen", ("2023-11-16", "Schools reopen", ())),
            ("date 2023-11-16 |", ("2023-11-16", "", ())),
            ("date 2023-11-16 -3 degrees overnight", ("2023-11-16", "-3 degrees overnight", ())),
            ("date 2023-11-16 ... and then", ("2023-11-16", "... and then", ())),
            ("date 2023-11-17 :: Rovers go top", ("2023-11-17", "Rovers go top", ())),
            # A mark between the word and the value goes too; alone, it is a placeholder.
            ("date - 2023-11-16 The ferry", ("2023-11-16", "The ferry", ())),
            ("date | 16 Nov 2023 10:04 | By Jane Doe", ("2023-11-16T10:04:00", "By Jane Doe", ())),
            ("date => '2023-11-16' The ferry", ("2023-11-16", "The ferry", ())),
            ("date - n/a The ferry", (None, "The ferry", ("date-unparsed: header gives n/a",))),
            ("date - The ferry", (None, "The ferry", ("date-unparsed: header gives -",))),
            ("date 2023-11-18 / Velma Foods", ("2023-11-18", "Velma Foods", ())),
            ("date 2023-11-18 -- Velma Foods", ("2023-11-18", "Velma Foods", ())),
            ("date 2023-11-18 ///// Velma Foods", ("2023-11-18", "///// Velma Foods", ())),
            ("date 2023-11-18 /r/news was busy", ("2023-11-18", "/r/news was busy", ())),
            ("date 20240305", ("2024-03-05", "", ())),
            ("date 20240305 Kenya's shilling", ("2024-03-05", "Kenya's shilling", ())),
            ("date 20240231", (None, "", ("date-invalid: 20240231 is not a calendar date",))),
            ("date 5-Mar-2024 Kenya's shilling", ("2024-03-05", "Kenya's shilling", ())),
            ("date 2023-11-16 10:04 AEDT", ("2023-11-16T10:04:00+11:00", "", ())),
            # An RFC 5322 comment naming the zone goes with the date, after a zone only.
            ("date Thu, 16 Nov 2023 08:04:00 -0000 (UTC) Storm hits", ("2023-11-16T08:04:00Z", "Storm hits", ())),
            ("date Thu, 16 Nov 2023 08:04:00 -0800 (PST)", ("2023-11-16T08:04:00-08:00", "", ())),
            ("date 2023-11-16 (AP) Storm hits", ("2023-11-16", "(AP) Storm hits", ())),
            ("date 2023-11-16 (UTC) Storm hits", ("2023-11-16", "(UTC) Storm hits", ())),
            # Two blanks part the value from the text: a time the text goes on after is the text's.
            ("date 16 November 2023  At 10:04 the mayor spoke", ("2023-11-16", "At 10:04 the mayor spoke", ())),
            ("date 2023-11-16  3 pm meeting set", ("2023-11-16", "3 pm meeting set", ())),
            ("date 16 Nov 2023  14:05  Storm hits", ("2023-11-16T14:05:00", "Storm hits", ())),
            ("date 16 Nov 2023  14:05 | Storm hits", ("2023-11-16T14:05:00", "Storm hits", ())),
            ("date 16 Nov 2023  14:05", ("2023-11-16T14:05:00", "", ())),
            ("date 2023-11-16  09:30 UTC Storm hits", ("2023-11-16T09:30:00Z", "Storm hits", ())),
            ("date 16 Nov 2023  10:04 +02:00 Storm hits", ("2023-11-16T10:04:00+02:00", "Storm hits", ())),
            ("date Nov  16, 2023 10:04 The mayor", ("2023-11-16T10:04:00", "The mayor", ())),
        ]
        for line, expected in rows:
            with self.subTest(line):
                self.assertEqual(split_date_header(line), expected)

    def test_header_values_a_scraper_prints_are_read(self):
        rows = [
            (" date Thu Nov 16 15:14:00 UTC 2023", "2023-11-16T15:14:00Z", ()),
            (" date Mon Mar  4 17:12:00 EST 2024", "2024-03-04T17:12:00-05:00", ()),
            (" date 20231116T151400Z", "2023-11-16T15:14:00Z", ()),
            (" date 1700147640", "2023-11-16T15:14:00Z", ()),
            (" date 1700147640000", "2023-11-16T15:14:00Z", ()),
            (" date 3:14 PM GMT, November 16, 2023", "2023-11-16T15:14:00Z", ()),
            (" date Thu Nov 16 2023 15:14:00 GMT+0000 (Coordinated Universal Time)", "2023-11-16T15:14:00Z", ()),
            (" date 17/11/23", "2023-11-17", ("date-two-digit-year: 17/11/23 read as 2023",)),
            (" date 16-Nov-99", "1999-11-16", ("date-two-digit-year: 16-Nov-99 read as 1999",)),
            (" date 16 Nov 23", "2023-11-16", ("date-two-digit-year: 16 Nov 23 read as 2023",)),
            ("date Nov 16, '23", "2023-11-16", ("date-two-digit-year: Nov 16, '23 read as 2023",)),
            ("date Thu, 16 Nov. 23 10:04 GMT", "2023-11-16T10:04:00Z",
             ("date-two-digit-year: Thu, 16 Nov. 23 10:04 GMT read as 2023",)),
            # A French or German month's name is looked up whole, as in a date with four digits.
            (" date 16-juin-23", "2023-06-16", ("date-two-digit-year: 16-juin-23 read as 2023",)),
            (" date 16-Mai-23", "2023-05-16", ("date-two-digit-year: 16-Mai-23 read as 2023",)),
            (" date Thursday, 16-Nov-23 08:04:00 GMT", "2023-11-16T08:04:00Z",
             ("date-two-digit-year: Thursday, 16-Nov-23 08:04:00 GMT read as 2023",)),
            (" date 3/4/24", "2024-04-03",
             ("date-two-digit-year: 3/4/24 read as 2024", "date-ambiguous: 3/4/24 read as day-first (2024-04-03)")),
        ]
        for line, iso, warnings in rows:
            with self.subTest(line):
                self.assertEqual(split_date_header(line), (iso, "", warnings))

    def test_a_two_digit_year_is_read_where_only_a_date_stands(self):
        warning = ("date-two-digit-year: 16 Nov 23 read as 2023",)
        self.assertEqual(parse_stamp_date("16 Nov 23"), ("2023-11-16", warning))
        self.assertEqual(parse_date("16 Nov 23"), (None, ("date-unparsed: 16 Nov 23",)))

    def test_an_hour_before_a_word_in_lower_case_opens_the_text(self):
        rows = [
            ("date 16 November 2023 3 pm meetings were moved.", ("2023-11-16", "3 pm meetings were moved.", ())),
            ("date 16 November 2023 at 3pm meetings were moved.", ("2023-11-16", "at 3pm meetings were moved.", ())),
            ("date 16 Nov 2023, 3 p.m. sessions, the council said", ("2023-11-16", "3 p.m. sessions, the council said", ())),
            # Before a capital, the line's end or a stamp's word, or with its minutes, the time is the header's.
            ("date 16 November 2023 3 pm The mayor spoke.", ("2023-11-16T15:00:00", "The mayor spoke.", ())),
            ("date 16 November 2023 3 pm", ("2023-11-16T15:00:00", "", ())),
            ("date 16 November 2023 3 pm by Jane Doe", ("2023-11-16T15:00:00", "by Jane Doe", ())),
            ("date 16 November 2023 3 pm iPhone sales rose.", ("2023-11-16T15:00:00", "iPhone sales rose.", ())),
            ("date 16 November 2023 10:30 am meetings were moved.", ("2023-11-16T10:30:00", "meetings were moved.", ())),
        ]
        for line, expected in rows:
            with self.subTest(line):
                self.assertEqual(split_date_header(line), expected)

    def test_a_weekday_after_a_header_date_joins_it(self):
        rows = [
            ("date 2023-11-16 Thursday The ferry sailed.", ("2023-11-16", "The ferry sailed.", ())),
            ("date 2023-11-16 (Thu) | By Jane Doe", ("2023-11-16", "By Jane Doe", ())),
            ("date 2023-11-16 10:04 (GMT) THURSDAY", ("2023-11-16T10:04:00Z", "", ())),
            ("date 2023-11-16 (Monday) The ferry", ("2023-11-16", "The ferry", (
                "date-weekday-mismatch: Monday but 2023-11-16 is a Thursday",))),
            # Not the date's and unbracketed, or going on in lower case: the text's.
            ("date 2023-11-16 Monday Night Football returned", ("2023-11-16", "Monday Night Football returned", ())),
            ("date 2023-11-16 Thursday saw the vote", ("2023-11-16", "Thursday saw the vote", ())),
            ("date 2023-11-16 Thursday's vote", ("2023-11-16", "Thursday's vote", ())),
        ]
        for line, expected in rows:
            with self.subTest(line):
                self.assertEqual(split_date_header(line), expected)

    def test_a_zone_named_after_a_header_time_gives_its_offset(self):
        rows = [
            ("date 2023-11-16 09:30 (GMT) The ferry sailed.", ("2023-11-16T09:30:00Z", "The ferry sailed.", ())),
            ("date 16 Nov 2023 10:04 (CEST) | By Jane Doe", ("2023-11-16T10:04:00+02:00", "By Jane Doe", ())),
            ("date 2023-11-16 09:30 (ET) The ferry", ("2023-11-16T09:30:00", "The ferry", (
                "date-zone-dropped: ET is standard or daylight time by season; 2023-11-16 09:30 (ET) kept without a zone",))),
            ("date 2023-11-16 09:30 (Pacific Time) The ferry", ("2023-11-16T09:30:00", "The ferry", (
                "date-zone-dropped: Pacific Time names no offset; 2023-11-16 09:30 (Pacific Time) kept without a zone",))),
            ("date 2023-11-16 09:30 Europe/Nowhere The ferry", ("2023-11-16T09:30:00", "The ferry", (
                "date-zone-dropped: Europe/Nowhere is not in this system's time zone database; "
                "2023-11-16 09:30 Europe/Nowhere kept without a zone",))),
            # A time with its offset keeps it; a date alone names no zone.
            ("date 2023-11-16 Europe/London The ferry", ("2023-11-16", "Europe/London The ferry", ())),
            ("date 2023-11-16T09:30:00Z Europe/London The ferry", ("2023-11-16T09:30:00Z", "The ferry", ())),
            # Words with a slash that name no zone's area, and a time in brackets of prose, stay text.
            ("date 2023-11-16 09:30 Mayor/Council talks", ("2023-11-16T09:30:00", "Mayor/Council talks", ())),
            ("date 2023-11-16 09:30 (Mayor's Office) said", ("2023-11-16T09:30:00", "(Mayor's Office) said", ())),
            # An area and a word without brackets, a lower-case word after them, are the text's, as a weekday is.
            ("date 2023-11-16 09:30 Asia/Pacific markets fell", ("2023-11-16T09:30:00", "Asia/Pacific markets fell", ())),
            ("date 2023-11-16 09:30 US/Canada talks resume", ("2023-11-16T09:30:00", "US/Canada talks resume", ())),
            ("date 16 Nov 2023  09:30 Asia/Pacific markets fell", ("2023-11-16", "09:30 Asia/Pacific markets fell", ())),
        ]
        for line, expected in rows:
            with self.subTest(line):
                self.assertEqual(split_date_header(line), expected)

    def test_an_iana_zone_after_a_header_time_is_looked_up_at_that_date(self):
        if not {"Europe/London", "Asia/Kathmandu", "America/New_York", "Europe/Amsterdam"} <= zoneinfo.available_timezones():
            self.skipTest("this system has no time zone database (install tzdata)")
        rows = [
            ("date 2023-11-16 09:30 Europe/London The ferry", ("2023-11-16T09:30:00+00:00", "The ferry", ())),
            ("date 2023-07-16 09:30 Europe/London The ferry", ("2023-07-16T09:30:00+01:00", "The ferry", ())),
            ("date 16 Nov 2023  09:30 (Asia/Kathmandu) | By Jane", ("2023-11-16T09:30:00+05:45", "By Jane", ())),
            ("date 2023-11-16 09:30 Europe/London by Jane Doe", ("2023-11-16T09:30:00+00:00", "by Jane Doe", ())),
            ("date 2023-11-16 09:30 (Europe/London) markets fell", ("2023-11-16T09:30:00+00:00", "markets fell", ())),
            # A local mean time's seconds are cut off alike either side of Greenwich.
            ("date 1850-01-01 12:00 America/New_York", ("1850-01-01T12:00:00-04:56", "", ())),
            ("date 1850-01-01 12:00 Europe/Amsterdam", ("1850-01-01T12:00:00+00:19", "", ())),
            ("date 2023-10-29 01:30 Europe/London The ferry", ("2023-10-29T01:30:00", "The ferry", (
                "date-zone-dropped: Europe/London has this local time twice or never (a clock change); "
                "2023-10-29 01:30 Europe/London kept without a zone",))),
        ]
        for line, expected in rows:
            with self.subTest(line):
                self.assertEqual(split_date_header(line), expected)

    def test_a_value_in_quotes_is_read_within_them(self):
        rows = [
            ('date: "2023-11-17"', ("2023-11-17", "", ())),
            ("date '2023-11-18T09:30:00Z' The ferry sailed.", ("2023-11-18T09:30:00Z", "The ferry sailed.", ())),
            ('Date: "16 Nov 2023 10:04" | By Jane Doe', ("2023-11-16T10:04:00", "By Jane Doe", ())),
            ('date " 2023-02-31 " The ferry', (None, "The ferry", ("date-invalid: 2023-02-31 is not a calendar date",))),
            ('date ""', (None, "", ("date-unparsed: header gives nothing",))),
            ("date 'null' The ferry", (None, "The ferry", ("date-unparsed: header gives null",))),
            # In brackets, as a template prints a field.
            ("date [2023-11-19] The ferry sailed.", ("2023-11-19", "The ferry sailed.", ())),
            ("date: (16 Nov 2023 10:04) | By Jane Doe", ("2023-11-16T10:04:00", "By Jane Doe", ())),
            ("date [n/a] The ferry", (None, "The ferry", ("date-unparsed: header gives n/a",))),
            ("date (the one we set) was fine", None),
            ("date [2023-11-19]The ferry", None),
            ("date (2023-11-19 The ferry", None),
            # Prose in quotes, a date run into the text or a quote never closed: no header.
            ('date "It was lovely," she said', None),
            ('Date: "TBC" for the fair', None),
            ('date "2023-11-16"The ferry', None),
            ('date "2023-11-16 The ferry sailed.', None),
            ('date "November 2023" was cold', None),
        ]
        for line, expected in rows:
            with self.subTest(line):
                self.assertEqual(split_date_header(line), expected)

    def test_a_header_whose_value_is_unread_still_opens_a_record_without_a_date(self):
        rows = [
            (" date None The ferry sailed.", "The ferry sailed.", "None"),
            (" date n/a", "", "n/a"),
            ("date: None", "", "None"),
            ("date: null The ferry sailed.", "The ferry sailed.", "null"),
            ("date:", "", "nothing"),
            (" date", "", "nothing"),
            ("date  ", "", "nothing"),
            (" date 16-11-2023T09:30 The ferry sailed.", "The ferry sailed.", "16-11-2023T09:30"),
        ]
        for line, rest, shown in rows:
            with self.subTest(line):
                self.assertEqual(split_date_header(line), (None, rest, (f"date-unparsed: header gives {shown}",)))
        # Only the dump's own lower-case header word: an events box's "Date: TBC" is text.
        self.assertIsNone(split_date_header("Date: TBC"))
        self.assertIsNone(split_date_header("DATE: none"))

    def test_prose_that_starts_with_date_is_not_a_header(self):
        for line in (
            "date night was fun",
            "dated documents surfaced",
            "date March 2024 was cold",
            "date 2023-11-16The",
            "Dates 2023-11-16 text",
            "the date 2023-11-16 is set",
            "dAtE 2023-11-16",
            "date 202403051 was a number",
            "date 12345678",
            "date was set for June",
            "date 12 months on",
            "date 3/4 of the way",
            "date 16 Nov 23.5 per cent",
            "date Nov 16, 23 people came",
            "",
        ):
            with self.subTest(line):
                self.assertIsNone(split_date_header(line))

    def test_header_date_follows_day_first_setting(self):
        self.assertEqual(
            split_date_header("date 03/04/2023 Text", day_first=False),
            ("2023-03-04", "Text", ("date-ambiguous: 03/04/2023 read as month-first (2023-03-04)",)),
        )

    def test_long_header_lines_parse_in_linear_time(self):
        shapes = {
            "digits": "1",
            "spaces": " ",
            "month names": "Nov ",
            "numbers and dots": "16.",
            "open parentheses": "(",
            "spanish connectors": "16 de ",
            "cjk date marks": "2023年11",
            "foreign weekdays": "jeudi ",
            "quotes": '"',
            "brackets": "[",
            "short years": "Nov 16, '",
            "zone names": "09:30 Europe/London",
            "long zone names": "09:30 (Pacific",
        }
        for name, unit in shapes.items():
            with self.subTest(name):
                assert_linear(self, split_date_header, lambda n, unit=unit: "date " + unit * n, 100_000)

if __name__ == "__main__":
    unittest.main()


class ClockTimeTest(unittest.TestCase):
    def test_times_of_day_alone(self):
        for value in ("10:04 GMT", "9.30 UTC", "3pm", "10:04", "10:04 a.m."):
            with self.subTest(value=value):
                self.assertTrue(is_clock_time(value))

    def test_numbers_and_dates_are_not_times(self):
        for value in ("12.50", "2023-11-16", "10:04 tomorrow", "", "16.11.2023"):
            with self.subTest(value=value):
                self.assertFalse(is_clock_time(value))

    def test_dotted_time_needs_a_zone(self):
        self.assertEqual(parse_date("2023-11-16 12.50")[0], None)


class DateFamilyChoiceTest(unittest.TestCase):
    def test_families_passed_over_by_the_first_character_could_not_match_there(self):
        """Only the families that can match where a digit stands, or where
        a weekday's or a month's name opens, are tried; trying every family
        finds the same date at every position, also at digits of other
        scripts, at names in any case and at letters that match a name's only
        case-insensitively (ſ, ı, the Kelvin sign)."""
        texts = [
            "2023-11-16T09:30:00+02:00", "16/11/2023 14:05", "Thursday, November 16th, 2023 10:04 am",
            "jeudi 16 novembre 2023 à 09h30", "16. März 2023", "2023年11月16日 14:05", "Thu Nov 16 15:14:00 UTC 2023",
            "November 2023", "Sept. 5, 2023", "ſept. 2023", "Dec 3, 2023 (\u212aST)", "\u0661\u0666/11/2023",
            "\uff11\uff16 Nov 2023", "5-Mar-2024", "on Nov 16, 2023 by", "", "NOVEMBER 2023", "tHU, 16 nOV 2023",
            "Mıttwoch", "\u0130ndeed 2023", "févr. 2023", "FÉVRIER 2023", "ſunday", "Dec 2023 (\u212aST)",
            "Sunday", "Mo", "Thu 16",
        ]  # fmt: skip
        for text in texts:
            for pos in range(len(text) + 1):
                with self.subTest(text=text, pos=pos):
                    every = [(m.end(), family) for family in dates._FAMILIES if (m := family.pattern.match(text, pos))]
                    longest = max(every, key=lambda found: found[0], default=None)
                    found = match_date(text, pos)
                    self.assertEqual(found and found.end, longest and longest[0])
                    self.assertEqual(found is not None and found.complete, longest is not None and longest[1].complete)
