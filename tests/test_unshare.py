"""Namespaces without an engine: unshare timed as a start-up command, and chapter 7's demonstration.

The runner is injected, so these tests pass on any machine: ran, blocked, missing binary.
"""

import subprocess

import pytest

from widgets.explorables.machine_panel import render_unshare, unshare_demo
from widgets.explorables.startup import StartupExplorer
from widgets.probes import namespaces as machine
from widgets.probes import timing

ARGV = ("/usr/bin/unshare", *machine.UNSHARE_DEMO_ARGS, "python", "-S", "-c", "...")


def test_unshare_is_a_fixed_command_next_to_true():
    cmds = timing.commands()
    if "true" not in cmds:
        pytest.skip("no /bin/true here: the unshare option times /bin/true, so it is not offered")
    argv = cmds["unshare"]
    assert argv[1:] == (*timing.UNSHARE_ARGS, "/bin/true")
    assert argv[0].endswith("unshare")


def test_demo_ran():
    out = '{"pid": 1, "uid": 0, "hostname": "essay-sandbox", "processes": 1}\n'
    demo = machine.unshare_demo(lambda argv: (0, out), argv=ARGV)
    assert demo.ran and demo.reason is None
    assert demo.inside == {"pid": 1, "uid": 0, "hostname": "essay-sandbox", "processes": 1}
    html = render_unshare(demo)
    assert "PID 1" in html and "essay-sandbox" in html
    assert "PID 1" in render_unshare(demo, "ja")


@pytest.mark.parametrize(
    "runner, reason",
    [
        (lambda argv: (1, "unshare: unshare failed: Operation not permitted"), "blocked"),
        (lambda argv: (_ for _ in ()).throw(FileNotFoundError(argv[0])), "missing"),
        (lambda argv: (_ for _ in ()).throw(PermissionError(argv[0])), "blocked"),
        (lambda argv: (_ for _ in ()).throw(subprocess.TimeoutExpired(argv, 10)), "timeout"),
        (lambda argv: (0, "garbage"), "output"),
    ],
)
def test_demo_that_could_not_run_says_why(runner, reason):
    demo = machine.unshare_demo(runner, argv=ARGV)
    assert not demo.ran and demo.reason == reason and demo.inside == {}
    for lang in ("en", "ja"):
        html = render_unshare(demo, lang)
        assert "Traceback" not in html and len(html) > 80


def test_demo_without_the_binary(monkeypatch):
    monkeypatch.setattr(machine, "unshare_argv", lambda: None)
    assert machine.unshare_demo(lambda argv: (0, "")).reason == "missing"


def test_demo_widget_runs_and_reruns():
    calls = []

    def fake(argv):
        calls.append(argv)
        return 1, ""

    box = unshare_demo("en", runner=fake)
    assert box.demo.reason in ("blocked", "missing")
    assert "refused" in box.children[0].value or "not installed" in box.children[0].value
    box.children[1].click()
    assert len(calls) == (2 if box.demo.reason == "blocked" else 0)


def test_timing_unshare_blocked_or_missing(monkeypatch):
    if "unshare" not in timing.commands():
        pytest.skip("no /bin/true here: unshare is not offered")

    def blocked(argv):
        raise subprocess.CalledProcessError(1, argv)

    def missing(argv):
        raise FileNotFoundError(argv[0])

    with pytest.raises(timing.UnshareUnavailable) as err:
        timing.measure("unshare", 3, runner=blocked)
    assert err.value.reason == "blocked"
    with pytest.raises(timing.UnshareUnavailable) as err:
        timing.measure("unshare", 3, runner=missing)
    assert err.value.reason == "missing"
    assert timing.measure("unshare", 3, runner=lambda argv: 2.0).median_ms == 2.0

    ex = StartupExplorer("en")
    monkeypatch.setattr(timing, "_run", blocked)
    monkeypatch.setattr(timing.measure, "__kwdefaults__", {"runner": blocked})
    ex.command.value = "unshare"
    assert ex.measure() is None
    assert "refused to create new user namespaces" in ex.readout.value
    assert not ex.button.disabled
