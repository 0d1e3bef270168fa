"""Text hygiene: each repair done, counted once, and the article's words left alone."""

import unittest

from newsarchive import text
from newsarchive.record import count_words
from newsarchive.text import clean, clean_and_scan, repair_mojibake
from tests.linear_time import assert_linear


class CleanTest(unittest.TestCase):
    def test_joiners_that_spell_a_word_or_an_emoji_stay(self):
        for kept in ("می\u200cخواهیم", "क्\u200dष", "👩\u200d🚒", "🏳\ufe0f\u200d🌈"):
            with self.subTest(kept):
                self.assertEqual(clean(f"The {kept} stays."), (f"The {kept} stays.", ()))
        self.assertEqual(clean("Ha\u200cmas and\u200d x"), ("Hamas and x", ("zero-width-removed: 2 characters",)))

    def test_each_kind_of_damage_is_repaired_with_one_counted_warning(self):
        rows = [
            # (name, input, expected text, expected warnings)
            ("curly apostrophe", "Moscowâ€™s move", "Moscow’s move", ["mojibake-repaired: 1 sequences"]),
            ("accented letters", "cafÃ© and naÃ¯ve", "café and naïve", ["mojibake-repaired: 2 sequences"]),
            ("quotes, one left as a c1 control", "â€œYesâ€\x9d, he said", "“Yes”, he said", ["mojibake-repaired: 2 sequences"]),
            ("latin-1 variant with c1 controls", "Israelâ\x80\x99s", "Israel’s", ["mojibake-repaired: 1 sequences"]),
            ("dashes", "2020â€“2023 â€” done", "2020–2023 — done", ["mojibake-repaired: 2 sequences"]),
            ("cyrillic run", "ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет", ["mojibake-repaired: 6 sequences"]),
            ("emoji", "ok ðŸ˜€", "ok 😀", ["mojibake-repaired: 1 sequences"]),
            ("double mojibake", "Moscow\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s", "Moscow’s", ["mojibake-repaired: 4 sequences"]),
            ("closing quote whose last byte was dropped", "â€œYes,â€ he said", "“Yes,” he said", ["mojibake-repaired: 2 sequences"]),
            ("closing quote whose last byte became U+FFFD", "â€œYesâ€\ufffd", "“Yes”", ["mojibake-repaired: 2 sequences"]),
            ("dash whose curly quote was straightened", 'streets â€" landlords', "streets — landlords", ["mojibake-repaired: 1 sequences"]),
            ("quote garbled twice", "a Ã¢â‚¬Å“specialÃ¢â‚¬Â\x9d offer", "a “special” offer", ["mojibake-repaired: 8 sequences"]),
            ("portuguese capitals are not mojibake", "MÃE and SÃO TOMÉ", "MÃE and SÃO TOMÉ", []),
            ("crlf", "a\r\nb", "a\nb", ["line-ends-normalised: 1 CR or CRLF"]),
            ("bare cr", "a\rb\rc", "a\nb\nc", ["line-ends-normalised: 2 CR or CRLF"]),
            ("nbsp", "10\u00a0km and\u202fmore", "10 km and more", ["spaces-replaced: 2 non-breaking or exotic spaces"]),
            ("zero-width", "Ha\u200bmas\u00ad and\ufeff\u2060 x", "Hamas and x", ["zero-width-removed: 4 characters"]),
            ("direction marks", "spring\u200e, \u202bשלום\u202c \u2067x\u2069\u200f", "spring, שלום x", ["zero-width-removed: 6 characters"]),
            ("controls", "bell\x07 and\x1b esc\x81", "bell and esc", ["control-chars-removed: 3 characters"]),
            ("c1 of latin-1", "they\x92re \x93in\x94 \x96 ok\x85", "they’re “in” – ok…", ["c1-read-as-cp1252: 5 characters"]),
            ("space runs and tabs", "a  b\t\tc \td", "a b c d", ["whitespace-collapsed: 3 runs"]),
            ("trailing blanks", "a \nb\t\nc ", "a\nb\nc", ["trailing-blanks-removed: 3 lines"]),
            ("form feed inside a line", "a\fb", "a b", []),
            ("clean text untouched", "“Quotes” stay — and so does 'this'.\n\nPara", "“Quotes” stay — and so does 'this'.\n\nPara", []),
            ("german ß before a quote is not mojibake", "„Fuß“ und «Spaß»", "„Fuß“ und «Spaß»", []),
            ("french é before an ellipsis is not mojibake", "café…” he said", "café…” he said", []),
            ("leading space kept", " date 2023", " date 2023", []),
            ("html references", "it&#8217;s &lt;5&gt; &amp; &#x2019;", "it’s <5> & ’", ["html-entities-decoded: 5 references"]),
            ("html references escaped twice", "&amp;quot;no&amp;quot; &amp;amp; &amp;#39;", '"no" & \'', ["html-entities-decoded: 4 references"]),
            ("nbsp reference becomes a space", "10&nbsp;km", "10 km", ["html-entities-decoded: 1 references", "spaces-replaced: 1 non-breaking or exotic spaces"]),
            ("ampersands of prose stay", "AT&T, R&D; Q&A and Ben & Jerry", "AT&T, R&D; Q&A and Ben & Jerry", []),
            ("reference without its semicolon stays", "&copy 2023 &amp AT&amp", "&copy 2023 &amp AT&amp", []),
            ("name html does not define stays", "&foo; &Dagger2;", "&foo; &Dagger2;", []),
            ("number that is no character stays", "&#0; &#xD800; &#1114112;", "&#0; &#xD800; &#1114112;", []),
        ]
        for name, given, text, warnings in rows:
            with self.subTest(name):
                self.assertEqual(clean(given), (text, tuple(warnings)))

    def test_mojibake_only_on_some_lines_is_repaired_there(self):
        given = "Good line: café, naïve, “quoted”.\nBad line: cafÃ© and Moscowâ€™s.\nGood again: Zürich."
        text, warnings = clean(given)
        self.assertEqual(text, "Good line: café, naïve, “quoted”.\nBad line: café and Moscow’s.\nGood again: Zürich.")
        self.assertEqual(warnings, ("mojibake-repaired: 2 sequences",))

    def test_mojibake_of_a_nbsp_becomes_a_plain_space(self):
        self.assertEqual(clean("a\u00c2\u00a0b")[0], "a b")

    def test_sequence_that_is_not_valid_utf8_is_left_as_written(self):
        # E0 must be followed by A0-BF; "à€™" is three bytes no UTF-8 reading accepts.
        self.assertEqual(repair_mojibake("x à€™ y"), ("x à€™ y", 0))

    def test_pathological_lines_clean_in_linear_time(self):
        shapes = {
            "mojibake lead bytes": "Ã",
            "half sequences": "â€",
            "straightened dashes": 'â€"',
            "sequences garbled twice": "Ã¢â‚¬Å",
            "two-byte leads": "Ð\u0178Ð",
            "spaces": " ",
            "zero-width": "\u200b",
            "mixed": "a \u00a0\t\r\n\x07",
            "ampersands": "&",
            "unclosed references": "&amp&#12",
            "references": "&amp;#8217;",
            "long reference names": "&" + "a" * 40,
        }
        for name, unit in shapes.items():
            with self.subTest(name):
                assert_linear(self, clean, lambda n, unit=unit: unit * (n // len(unit)) + "x", 40_000)

if __name__ == "__main__":
    unittest.main()


class WordCountTest(unittest.TestCase):
    def test_words_as_a_reader_counts_them(self):
        rows = [
            ("The council met on Tuesday.", 5),
            ("Before\n\n***\n\nAfter", 2),
            ("*** * ***\n\nOpening marks", 2),
            ("Fireworks lit the lake.\n\n🎆🎆🎆\n\n---", 4),
            ("- Apples\n\n- Pears", 4),
            ("40,000 people | +10", 4),
            ("افتتح معرض القاهرة الدولي", 4),
            ("שלום עולם.", 2),
            ("東京で美術館が開館した。", 11),
            ("北京市 iPhone15 发布", 6),
        ]
        for body, words in rows:
            with self.subTest(body=body):
                self.assertEqual(count_words(body), words)

    def test_clean_tells_whether_chinese_or_japanese_may_be_there(self):
        self.assertFalse(clean_and_scan("Plain “quoted” text — here.")[2])
        self.assertTrue(clean_and_scan("東京 text")[2])


class SuspectScanTest(unittest.TestCase):
    def test_the_scan_by_bytes_finds_what_the_class_finds_for_every_character(self):
        """Told from the UTF-8 bytes, every code point is found exactly when
        the class holds it, alone and among curly quotes, dashes and accents."""
        scan, by_bytes = text._SUSPECT_OR_UNSPACED.search, text._holds_suspect_or_unspaced
        differ = [hex(code) for code in range(0x110000) if by_bytes(chr(code)) != (scan(chr(code)) is not None)]
        self.assertEqual(differ, [])
        for code in [*range(0x2000, 0x2070), 0x0D, 0x09, 0xA0, 0xE9, 0x3000, 0xFEFF, 0x4E2D, 0x1F600]:
            for around in ("Plain text", "“Quoted” — text…", "Caf\u00e9 text", "x\U0001F600y"):
                sample = f"{around} {chr(code)} {around}"
                with self.subTest(code=hex(code), around=around):
                    self.assertEqual(by_bytes(sample), scan(sample) is not None)


class CleanedSpacingTest(unittest.TestCase):
    def test_cleaned_text_has_single_spaces_and_no_other_whitespace_but_line_ends(self):
        """What the chrome checks rely on when told text is cleaned (``boilerplate.strip_boilerplate``)."""
        blanks = "".join(chr(code) for code in range(0x110000) if chr(code).isspace())
        samples = (f"One{blanks}two  three \n four\u00c2\u00a0five", f"{blanks}x{blanks}\n{blanks}", "a\x85b\r\nc\u2028d")
        for sample in samples:
            with self.subTest(sample=sample):
                cleaned = clean(sample)[0]
                self.assertNotIn("  ", cleaned)
                self.assertEqual({char for char in cleaned if char.isspace()} - {" ", "\n"}, set())
