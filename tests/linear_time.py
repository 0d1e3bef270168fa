"""Check that a function's cost grows linearly with its input, measured in one run.

Timing is noisy on a shared machine, so the check is generous: the small
input is timed as the best of a few runs (noise there would inflate the
ratio), and an input eight times larger may cost up to 24 times as much.
Quadratic work would cost 64 times as much.
"""

import time

GROWTH = 8
ALLOWED_RATIO = 24


def best_time(func, arg, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        func(arg)
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(test, func, make_input, size):
    """Fail ``test`` when func(make_input(GROWTH * size)) costs superlinearly more."""
    small = best_time(func, make_input(size))
    large = best_time(func, make_input(GROWTH * size), repeats=1)
    floor = 0.002  # below this, timer noise dominates the ratio
    test.assertLess(large / max(small, floor), ALLOWED_RATIO, f"{small:.4f}s then {large:.4f}s")
