"""The decode chain: what each kind of file becomes, and which files are rejected."""

import codecs
import unittest

from newsarchive.decode import decode
from newsarchive.errors import InputRejected

LIMIT = 1 << 20
TEXT = "Moscow’s café — “quoted”\r\nsecond line\n"


class DecodeChainTest(unittest.TestCase):
    def test_each_encoding_gives_text_codec_and_warnings(self):
        rows = [
            # (name, bytes, expected encoding, expected warning codes)
            ("plain utf-8", TEXT.encode("utf-8"), "utf-8", []),
            ("utf-8 bom", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", ["bom-removed"]),
            ("utf-16 le bom", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", ["encoding-utf-16-le"]),
            ("utf-16 be bom", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", ["encoding-utf-16-be"]),
            ("utf-32 le bom", codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le", ["encoding-utf-32-le"]),
            ("utf-16 le, no bom", TEXT.encode("utf-16-le"), "utf-16-le", ["encoding-utf-16-le"]),
            ("utf-16 be, no bom", TEXT.encode("utf-16-be"), "utf-16-be", ["encoding-utf-16-be"]),
            ("cp1252", TEXT.encode("cp1252"), "cp1252", ["encoding-cp1252"]),
        ]
        for name, data, encoding, codes in rows:
            with self.subTest(name):
                decoded = decode(data, LIMIT)
                self.assertEqual(decoded.text, TEXT)
                self.assertEqual(decoded.encoding, encoding)
                self.assertEqual([w.split(":")[0] for w in decoded.warnings], codes)

    def test_line_ends_are_kept_as_written(self):
        self.assertEqual(decode(b"a\r\nb\rc\n", LIMIT).text, "a\r\nb\rc\n")

    def test_any_slice_encodes_back_to_its_original_bytes(self):
        cp1252_with_undefined = "caf\xe9 \x81 and \x9d in a longer line of text".encode("latin-1")
        samples = [
            TEXT.encode("utf-8"),
            codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
            TEXT.encode("utf-16-be"),
            TEXT.encode("cp1252"),
            cp1252_with_undefined,
        ]
        for data in samples:
            decoded = decode(data, LIMIT)
            text = decoded.text
            with self.subTest(data=data[:12]):
                self.assertTrue(data.endswith(decoded.encode(text)))
                pieces = [decoded.encode(text[a:b]) for a, b in ((0, 3), (3, 9), (9, len(text)))]
                self.assertEqual(b"".join(pieces), decoded.encode(text))

    def test_cp1252_undefined_bytes_become_c1_controls_not_lost(self):
        decoded = decode(b"Moscow\xe2\x80\x9d \x81 caf\xe9 in a sentence", LIMIT)
        self.assertEqual(decoded.encoding, "cp1252")
        self.assertEqual(decoded.text, "Moscowâ€\x9d \x81 café in a sentence")

    def test_utf8_with_one_bad_byte_falls_back_to_cp1252_for_the_whole_file(self):
        decoded = decode("good ’ text".encode() + b" \xff", LIMIT)
        self.assertEqual(decoded.text, "good â€™ text ÿ")
        self.assertTrue(decoded.warnings[0].startswith("encoding-cp1252: not valid UTF-8 (byte 14)"))

    def test_a_utf8_byte_order_mark_over_a_cp1252_part_falls_back_to_cp1252_too(self):
        data = codecs.BOM_UTF8 + "good ’ text".encode() + b" it\x92s"
        decoded = decode(data, LIMIT)
        self.assertEqual((decoded.encoding, decoded.text), ("cp1252", "good â€™ text it’s"))
        self.assertEqual(decoded.warnings[0], "bom-removed: UTF-8 byte order mark")
        self.assertTrue(decoded.warnings[1].startswith("encoding-cp1252: not valid UTF-8 (byte 19)"))
        self.assertTrue(data.endswith(decoded.encode(decoded.text)))


class RejectionTest(unittest.TestCase):
    def test_unusable_files_are_rejected_with_a_clear_reason(self):
        rows = [
            ("empty", b"", "empty file"),
            ("whitespace only", b" \r\n\t\n  ", "empty file"),
            ("utf-16 whitespace only", codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"), "empty file"),
            ("nul bytes", b"PK\x03\x04\x00\x00text", "binary file"),
            ("mostly control bytes", bytes(range(1, 9)) * 20 + b"text", "binary file"),
            ("utf-16 without bom, odd length", "hello".encode("utf-16-le")[:-1], "binary file"),
            ("utf-16 without bom, a nul character", "a\x00b c d".encode("utf-16-le"), "binary file"),
            ("a table of 16-bit numbers", b"".join(n.to_bytes(2, "little") for n in range(256)), "binary file"),
            ("utf-16 bom then nul text", codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "binary file"),
            ("cp1252 mostly undefined", b"\x81\x8d\x8f\x90\x9d" * 10 + b"abc", "not decodable text: neither UTF-8 nor cp1252"),
            ("odd utf-16", codecs.BOM_UTF16_LE + b"a\x00b", "not decodable text: invalid UTF-16 LE at byte 2"),
        ]
        for name, data, reason in rows:
            with self.subTest(name):
                with self.assertRaises(InputRejected) as caught:
                    decode(data, LIMIT)
                self.assertEqual(caught.exception.reason, reason)

    def test_file_over_the_limit_is_rejected_before_decoding(self):
        with self.assertRaises(InputRejected) as caught:
            decode(b"\x00" * 11, 10)
        self.assertEqual(caught.exception.reason, "too large: 11 bytes (limit 10)")

    def test_file_at_the_limit_is_read(self):
        self.assertEqual(decode(b"x" * 10, 10).text, "x" * 10)

    def test_a_few_control_bytes_in_text_are_kept_for_cleaning(self):
        self.assertEqual(decode(b"bell \x07 in text", LIMIT).text, "bell \x07 in text")


if __name__ == "__main__":
    unittest.main()
