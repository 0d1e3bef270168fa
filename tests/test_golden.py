"""Golden pairs: every tests/golden/<behaviour>.txt parses to <behaviour>.json.

On a mismatch the actual records go to tests/actual/<behaviour>.json and the
failure shows a diff.  NEWSARCHIVE_BLESS=1 rewrites the expected files instead
(see tests/golden/README.md).  An input the parser must reject has a
<behaviour>.json holding {"rejected": "<reason>"}.
"""

import difflib
import json
import os
import unittest

from newsarchive.errors import InputRejected
from newsarchive.pipeline import parse_bytes

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
ACTUAL = os.path.join(HERE, "actual")


def golden_names() -> list[str]:
    return sorted(name[:-4] for name in os.listdir(GOLDEN) if name.endswith(".txt"))


def render(name: str) -> str:
    with open(os.path.join(GOLDEN, name + ".txt"), "rb") as handle:
        data = handle.read()
    try:
        result = [r.to_dict() for r in parse_bytes(data, name + ".txt")]
    except InputRejected as rejected:
        result = {"rejected": rejected.reason}
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


class GoldenTest(unittest.TestCase):
    def test_golden_inputs_exist(self):
        self.assertGreater(len(golden_names()), 0)

    def test_every_golden_input_parses_to_its_expected_records(self):
        bless = os.environ.get("NEWSARCHIVE_BLESS") == "1"
        for name in golden_names():
            with self.subTest(case=name):
                actual = render(name)
                expected_path = os.path.join(GOLDEN, name + ".json")
                if bless:
                    with open(expected_path, "w", encoding="utf-8") as handle:
                        handle.write(actual)
                    continue
                self.assertTrue(os.path.exists(expected_path), f"{name}.json missing")
                with open(expected_path, encoding="utf-8") as handle:
                    expected = handle.read()
                if actual != expected:
                    os.makedirs(ACTUAL, exist_ok=True)
                    with open(os.path.join(ACTUAL, name + ".json"), "w", encoding="utf-8") as handle:
                        handle.write(actual)
                    diff = "".join(
                        difflib.unified_diff(
                            expected.splitlines(True), actual.splitlines(True),
                            f"golden/{name}.json", f"actual/{name}.json",
                        )
                    )
                    self.fail(f"{name} differs:\n{diff}")


if __name__ == "__main__":
    unittest.main()
