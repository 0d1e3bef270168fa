"""Similarity measures: rewrites and copies are told apart from same-topic stories."""

import os
import subprocess
import sys
import time
import unittest

from newsarchive import similarity

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLES = os.path.join(ROOT, "tests", "data", "linking", "articles")
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))
import linking_eval  # noqa: E402

# Pinned floors for the labelled set: a change that costs quality fails here.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.9


def article(name):
    with open(os.path.join(ARTICLES, name + ".txt"), encoding="utf-8") as f:
        return similarity.profile(f.read())


def shares_a_band(a, b):
    keys = set(similarity.band_keys(similarity.signature(a)))
    return bool(keys & set(similarity.band_keys(similarity.signature(b))))


class RewritesAndCopies(unittest.TestCase):
    def test_hand_written_rewrite_is_found_and_called_a_rewrite(self):
        original, rewrite = article("gaza-hostages"), article("gaza-hostages.rewrite")
        self.assertTrue(shares_a_band(original, rewrite))
        self.assertEqual(similarity.compare(original, rewrite).kind, "rewrite")

    def test_republished_copy_is_a_near_copy(self):
        match = similarity.compare(article("storm-cornwall"), article("storm-cornwall.copy"))
        self.assertEqual(match.kind, "near-copy")
        self.assertGreaterEqual(match.score, similarity.NEAR_COPY_SHINGLES)

    def test_different_story_on_the_same_topic_is_not_linked(self):
        self.assertIsNone(similarity.compare(article("ecb-hike"), article("ecb-hold")))
        self.assertIsNone(similarity.compare(article("ecb-hike.rewrite"), article("ecb-hold")))

    def test_compare_is_symmetric(self):
        a, b = article("phone-launch"), article("phone-launch.rewrite")
        self.assertEqual(similarity.compare(a, b), similarity.compare(b, a))

    def test_labelled_set_precision_and_recall_stay_above_the_floor(self):
        outcomes = linking_eval.evaluate(linking_eval.load_texts(), linking_eval.load_pairs())
        self.assertGreaterEqual(len(outcomes), 40)
        precision, recall = linking_eval.precision_recall(outcomes)
        self.assertGreaterEqual(precision, PRECISION_FLOOR)
        self.assertGreaterEqual(recall, RECALL_FLOOR)


class Features(unittest.TestCase):
    def test_names_and_numbers_are_kept_apart_from_function_words(self):
        prof = similarity.profile("The ministry said on Sunday that Moscow’s envoy met 1,400 people.")
        self.assertIn("moscow", prof.names)
        self.assertIn("1400", prof.names)
        self.assertNotIn("the", prof.terms)
        self.assertNotIn("said", prof.terms)

    def test_inflections_fold_to_one_term(self):
        prof = similarity.profile("hosting hosted hosts")
        self.assertEqual(list(prof.terms), ["host"])

    def test_text_without_content_words_has_no_band_keys(self):
        for text in ("", "   \n", "(" * 50_000, "the and of it"):
            self.assertEqual(similarity.band_keys(similarity.signature(similarity.profile(text))), [])

    def test_signature_is_the_same_in_another_process(self):
        text = "Storm Babet flooded Brechin after the River South Esk burst its banks."
        here = similarity.band_keys(similarity.signature(similarity.profile(text)))
        code = (
            "import sys; from newsarchive import similarity as s;"
            f"print(s.band_keys(s.signature(s.profile({text!r}))))"
        )
        env = dict(os.environ, PYTHONHASHSEED="12345")
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
        self.assertEqual(out.stdout.strip(), str(here))

    def test_a_five_megabyte_line_costs_what_five_megabytes_cost(self):
        line = "Brechin flooded " * 330_000
        start = time.perf_counter()
        prof = similarity.profile(line)
        similarity.band_keys(similarity.signature(prof))
        self.assertGreater(len(prof.shingles), 0)
        self.assertLess(time.perf_counter() - start, 10.0)


class WordFeatureCache(unittest.TestCase):
    """The per-word cache keeps memory flat and its frequent words through a turnover."""

    def setUp(self):
        self.cache = similarity._FeatureCache()
        self.cache.LIMIT = 100

    def test_cache_holds_at_most_two_generations(self):
        for n in range(1000):
            self.cache[f"word{n}"]
        self.assertLessEqual(len(self.cache) + len(self.cache.older), 2 * self.cache.LIMIT)

    def test_a_word_used_in_every_generation_is_computed_once(self):
        computed = []
        real = similarity._word_features
        similarity._word_features = lambda word: computed.append(word) or real(word)
        try:
            for n in range(1000):
                self.cache["Brechin"]
                self.cache[f"word{n}"]
        finally:
            similarity._word_features = real
        self.assertEqual(computed.count("Brechin"), 1)
        self.assertEqual(self.cache["Brechin"], real("Brechin"))


if __name__ == "__main__":
    unittest.main()
