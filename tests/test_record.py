import calendar
import hashlib
import json
import time
import unittest

from newsarchive import identity, store
from newsarchive.record import Caption, Record, count_words, words

# Values that could confuse a line assembled from parts: the text that
# follows the body in the line, quotes, backslashes, line ends, a NUL.
AWKWARD = ['a "quoted" title, "word_count": 3', "back\\slash", "two\nlines", "nul\x00", "é — ’", ""]


def record(**changes) -> Record:
    values = dict(id="0" * 16, source_path="dump.txt", source_record=0, source_sha256="f" * 64,
                  title=AWKWARD[0], subtitle=AWKWARD[1], author=None, date="2023-11-16",
                  captions=(Caption(AWKWARD[2], "AP Photo"),), body='The body, "word_count": 9\n\nends.',
                  word_count=5, boilerplate=(AWKWARD[3],), warnings=(AWKWARD[4],))  # fmt: skip
    values.update(changes)
    return Record(**values)


class JsonLineTest(unittest.TestCase):
    def test_line_is_the_plain_json_encoding_of_the_record(self):
        for text in AWKWARD:
            with self.subTest(text=text):
                rec = record(title=text, body=text + " body", supersedes=text or None)
                self.assertEqual(rec.to_json(), json.dumps(rec.to_dict(), ensure_ascii=False))
                self.assertEqual(json.loads(rec.to_json()), rec.to_dict())

    def test_line_escapes_a_file_name_that_was_not_utf8(self):
        rec = record(source_path="caf\udce9.txt")
        line = rec.to_json()
        line.encode("utf-8")  # valid UTF-8
        self.assertEqual(json.loads(line)["source_path"], "caf\udce9.txt")

    def test_indented_form_holds_the_same_record(self):
        rec = record()
        self.assertEqual(json.loads(rec.to_json(indent=2)), json.loads(rec.to_json()))


class ContentIdTest(unittest.TestCase):
    def test_id_hashes_the_canonical_json_of_the_article(self):
        for text in AWKWARD:
            with self.subTest(text=text):
                captions = (Caption(text, None), Caption("Harbour", text))
                canonical = [identity.ID_SCHEME, text, None, text, "2023-11-16",
                             [[c.text, c.credit] for c in captions], text + " body"]  # fmt: skip
                data = json.dumps(canonical, ensure_ascii=False, separators=(",", ":")).encode()
                expected = hashlib.sha256(data).hexdigest()[:16]
                got = identity.content_id(title=text, subtitle=None, author=text, date="2023-11-16",
                                          captions=captions, body=text + " body")  # fmt: skip
                self.assertEqual(got, expected)


class WordsTest(unittest.TestCase):
    def test_words_of_a_text_are_its_whitespace_split_each_time(self):
        text = "The ferry  left\n\nat dawn."
        self.assertEqual(words(text), text.split())
        self.assertEqual(words(text), ["The", "ferry", "left", "at", "dawn."])
        large = "word " * 20_000
        self.assertEqual(len(words(large)), 20_000)

    def test_count_ignores_paragraphs_of_marks(self):
        self.assertEqual(count_words("One two.\n\n***\n\nThree."), 3)


class IngestStampTest(unittest.TestCase):
    def test_stamp_is_the_current_utc_second(self):
        before = time.time()
        stamp = store.utc_now()
        after = time.time()
        seconds = calendar.timegm(time.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ"))
        self.assertLessEqual(int(before), seconds)
        self.assertLessEqual(seconds, int(after))


if __name__ == "__main__":
    unittest.main()
