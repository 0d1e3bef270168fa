"""Check that a function's cost grows linearly with its input, measured in one run.

Timing is noisy on a shared machine, so the check is generous: the small
input is timed as the best of a few runs, an input eight times larger may
cost up to 32 times as much (quadratic work would cost 64 times as much, and
on these sizes would take minutes), a small time counts as at least 10 ms
(below that, caches and timer noise decide the ratio), and a failing ratio
is measured once more before the test fails.
"""

import time

GROWTH = 8
ALLOWED_RATIO = 32
FLOOR_SECONDS = 0.01


def best_time(func, arg, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        func(arg)
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(test, func, make_input, size):
    """Fail ``test`` when func(make_input(GROWTH * size)) costs superlinearly more."""
    small_input, large_input = make_input(size), make_input(GROWTH * size)
    for attempt in range(2):
        small = best_time(func, small_input)
        large = best_time(func, large_input, repeats=1)
        ratio = large / max(small, FLOOR_SECONDS)
        if ratio < ALLOWED_RATIO:
            return
    test.fail(f"cost grew {ratio:.1f} times for {GROWTH} times the input ({small:.4f}s then {large:.4f}s)")
