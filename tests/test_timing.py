"""Timing a process start on the reader's machine: fixed commands, arithmetic, bad input."""

import os
import sys

import pytest

from widgets.probes import timing


def test_only_fixed_commands_are_offered():
    cmds = timing.commands()
    assert cmds["python"] == (sys.executable, "-S", "-c", "pass")
    assert ("true" in cmds) == os.access("/bin/true", os.X_OK)
    assert timing.default_command() in cmds


def test_summary_by_hand():
    s = timing.summarise("python", [4.0, 1.0, 3.0, 2.0, 10.0])
    assert s.median_ms == 3.0 and s.low_ms == 1.0 and s.high_ms == 10.0
    assert (s.q1_ms, s.q3_ms) == (2.0, 4.0)
    assert s.repeats == 5


def test_measure_runs_the_fixed_argv_repeats_plus_one_warm_up():
    seen = []

    def fake(argv):
        seen.append(argv)
        return float(len(seen))  # 1 (warm-up), 2, 3, 4

    s = timing.measure("python", 3, runner=fake)
    assert seen == [timing.commands()["python"]] * 4
    assert s.samples_ms == (2.0, 3.0, 4.0) and s.median_ms == 3.0


def test_a_real_process_starts_and_gives_a_sane_summary():
    s = timing.measure(repeats=3)
    assert s.repeats == 3
    assert 0 < s.low_ms <= s.median_ms <= s.high_ms


@pytest.mark.parametrize("bad", [0, -1, 501, 2.5, "10", True, None])
def test_bad_repeat_count_names_the_parameter(bad):
    with pytest.raises(ValueError, match=r"repeats must be a whole number from 1 to 500"):
        timing.measure("python", bad, runner=lambda argv: 1.0)


@pytest.mark.parametrize("bad", ["ls", "/bin/sh", "python; rm -rf /", ("python",), None])
def test_commands_cannot_be_built_from_input(bad):
    calls = []
    with pytest.raises(ValueError, match="command must be one of"):
        timing.measure(bad if bad is not None else 42, 3, runner=lambda argv: calls.append(argv) or 1.0)
    assert calls == []


def test_bad_samples_are_refused():
    with pytest.raises(ValueError, match="samples_ms"):
        timing.summarise("python", [])
    with pytest.raises(ValueError, match="samples_ms"):
        timing.summarise("python", [1.0, float("nan")])
