"""Finding inputs: order, folders, links, special files, size limits, display names."""

from __future__ import annotations

import gzip
import os

from newsarchive.discover import Found, Refused, discover, display_path, read_input
from newsarchive.errors import InputRejected
from tests.archive_support import ArchiveTestCase, write


def found_paths(items) -> list[str]:
    return [item.path for item in items if isinstance(item, Found)]


class DiscoverTest(ArchiveTestCase):
    def test_folders_are_walked_recursively_in_sorted_order(self):
        for name in ("b/2.txt", "a/z.txt", "a/y/1.txt", "c.txt"):
            write(os.path.join(self.inputs, name), "x")
        got = found_paths(discover([self.inputs], 100))
        rel = [os.path.relpath(p, self.inputs) for p in got]
        self.assertEqual(rel, ["a/y/1.txt", "a/z.txt", "b/2.txt", "c.txt"])

    def test_symlinked_folder_is_followed_but_not_walked_twice(self):
        write(os.path.join(self.inputs, "real", "a.txt"), "x")
        os.symlink("real", os.path.join(self.inputs, "link"))
        got = found_paths(discover([self.inputs], 100))
        self.assertEqual(got, [os.path.join(self.inputs, "link", "a.txt")])

    def test_symlinked_folder_outside_the_tree_is_followed(self):
        outside = os.path.join(self.tmp, "outside")
        write(os.path.join(outside, "a.txt"), "x")
        os.symlink(outside, os.path.join(self.inputs, "link"))
        got = found_paths(discover([self.inputs], 100))
        self.assertEqual(got, [os.path.join(self.inputs, "link", "a.txt")])

    def test_link_back_into_a_folder_being_walked_is_a_symlink_loop(self):
        os.makedirs(os.path.join(self.inputs, "a", "b"))
        os.symlink("../..", os.path.join(self.inputs, "a", "b", "up"))
        (item,) = discover([self.inputs], 100)
        self.assertEqual(item, Refused(os.path.join(self.inputs, "a", "b", "up"), "symlink loop"))

    def test_self_referencing_link_is_a_symlink_loop(self):
        path = os.path.join(self.inputs, "self")
        os.symlink("self", path)
        self.assertEqual(list(discover([path], 100)), [Refused(path, "symlink loop")])

    def test_over_size_is_refused_from_stat_before_reading(self):
        path = write(os.path.join(self.inputs, "big.txt"), b"x" * 101)
        (item,) = discover([path], 100)
        self.assertIsInstance(item, Refused)
        self.assertIn("size limit", item.reason)

    def test_dash_is_standard_input(self):
        (item,) = discover(["-"], 100)
        self.assertTrue(item.is_stdin)

    def test_gz_is_decompressed_and_capped_at_the_size_limit(self):
        path = write(os.path.join(self.inputs, "a.txt.gz"), gzip.compress(b"y" * 50))
        self.assertEqual(read_input(path, 100)[0], b"y" * 50)
        bomb = write(os.path.join(self.inputs, "bomb.gz"), gzip.compress(b"y" * 10_000))
        with self.assertRaisesRegex(InputRejected, "once decompressed"):
            read_input(bomb, 1000)

    def test_a_file_swapped_for_a_folder_before_reading_is_rejected_not_raised(self):
        folder = os.path.join(self.inputs, "was-a-file")
        os.mkdir(folder)
        with self.assertRaisesRegex(InputRejected, r"not a regular file \(folder\)"):
            read_input(folder, 100)

    def test_read_returns_the_stat_taken_before_reading(self):
        path = write(os.path.join(self.inputs, "a.txt"), b"abc")
        os.utime(path, ns=(5, 7_000_000_000))
        self.assertEqual(read_input(path, 100), (b"abc", 3, 7_000_000_000))

    def test_display_path_escapes_undecodable_bytes_and_control_characters(self):
        path = os.fsdecode(b"/in/caf\xe9\nnew\tline.txt")
        self.assertEqual(display_path(path), "/in/caf\\xe9\\nnew\\tline.txt")
        self.assertEqual(display_path("/in/plain ü.txt"), "/in/plain ü.txt")
