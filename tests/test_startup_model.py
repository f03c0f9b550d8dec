"""Start-up as ranges between named points (widgets.model, start-up section), checked by hand from data/.

By hand: a stock VM to a command 7-9 s (depot.dev); docker run on SSD 568 ms, on HDD 1157 ms (Khan,
arXiv 2026); crun 1.69 s and runc 3.34 s for 100 containers, so 16.9-33.4 ms each; Firecracker's
ceiling 125 ms to /sbin/init; fork/exec 1 ms. The application's own start is added to every row.
"""

import pytest

from widgets import data, model


def test_spans_come_from_data_with_their_points():
    s = model.startup_spans()
    assert (s["vm"].low_ms, s["vm"].high_ms) == (7000, 9000)
    assert (s["docker"].low_ms, s["docker"].high_ms) == (568, 1157)
    assert (s["runtime"].low_ms, s["runtime"].high_ms) == (pytest.approx(1690 / 100), pytest.approx(3340 / 100))
    assert (s["microvm"].low_ms, s["microvm"].high_ms, s["microvm"].bound) == (125, 125, "at_most")
    assert (s["process"].low_ms, s["process"].high_ms) == (1, 1)
    assert {k: (v.start, v.end) for k, v in s.items()} == {
        "vm": ("request", "command"),
        "docker": ("request", "command"),
        "microvm": ("ready", "first_process"),
        "runtime": ("ready", "first_process"),
        "process": ("ready", "first_process"),
    }
    for sp in s.values():
        assert all(data.record(k) for k in sp.keys) and set(sp.grades) == {"R"}
        assert sp.start in model.START_POINTS and sp.end in model.END_POINTS


def test_no_start_time_is_derived_from_a_phrase():
    with pytest.raises(KeyError):
        data.record("startup.container.engine")  # the 230 ms "two orders of magnitude" figure is gone
    with pytest.raises(KeyError):
        data.record("startup.vm.firmware")  # a 2015 firmware quote is not subtracted from a 2026 total
    assert all(data.record(k).grade in ("R", "I") for k in model.STARTUP_KEYS)
    assert data.record("startup.app.default").grade == "I"


def test_application_start_is_added_to_every_row():
    for sp in model.startup_spans().values():
        assert sp.total(0) == (sp.low_ms, sp.high_ms)
        assert sp.total(1000) == (sp.low_ms + 1000, sp.high_ms + 1000)
    assert model.default_app_ms() == 0
    assert model.APP_START_STOPS_MS == (0, 10, 100, 1000, 10_000)


def test_ratio_by_hand():
    r = model.startup_ratio("vm", "docker")
    assert (r.low, r.high) == (pytest.approx(7000 / 1157), pytest.approx(9000 / 568))  # 6.05 to 15.8
    r = model.startup_ratio("vm", "docker", app_ms=10_000)
    assert (r.low, r.high) == (pytest.approx(17_000 / 11_157), pytest.approx(19_000 / 10_568))  # 1.52 to 1.80
    r = model.startup_ratio("microvm", "runtime")
    assert (r.low, r.high, r.at_most) == (pytest.approx(125 / 33.4), pytest.approx(125 / 16.9), True)


def test_only_spans_with_the_same_points_are_compared():
    with pytest.raises(ValueError, match="slow and fast must share start and end points"):
        model.startup_ratio("microvm", "docker")  # to /sbin/init against to a command
    with pytest.raises(ValueError, match="slow and fast must share start and end points"):
        model.startup_ratio("vm", "runtime")


def test_platform_api_for_callers():
    assert model.startup("vm").key == "vm" and model.startup("container").key == "docker"
    assert model.startup("microvm").key == "microvm"
    assert model.startup("container").total(100) == (568 + 100, 1157 + 100)


# --- the chapter's headlines hold over every control ---------------------------------


def test_headline_container_before_vm_at_every_app_start_and_both_ends():
    """Chapter 3: "a container reaches a command before a stock VM, whatever the application" holds at
    every stop of the control and both ends of both ranges; "6 to 16 times" is named for an application
    that starts at once, and the prose names how it shrinks (1.5 to 1.8 times at 10 s)."""
    vm, docker = model.span("vm"), model.span("docker")
    for app in (*model.APP_START_STOPS_MS, model.APP_START_RANGE_MS[1]):
        (vm_low, _), (_, docker_high) = vm.total(app), docker.total(app)
        assert docker_high < vm_low  # worst container end before best VM end
        r = model.startup_ratio("vm", "docker", app)
        assert 1 < r.low <= r.high
    # the ratio only shrinks as the application's own start grows: the widest gap is at 0
    lows = [model.startup_ratio("vm", "docker", a).low for a in model.APP_START_STOPS_MS]
    highs = [model.startup_ratio("vm", "docker", a).high for a in model.APP_START_STOPS_MS]
    assert lows == sorted(lows, reverse=True) and highs == sorted(highs, reverse=True)
    at0 = model.startup_ratio("vm", "docker", 0)
    assert (round(at0.low), round(at0.high)) == (6, 16)
    at10s = model.startup_ratio("vm", "docker", 10_000)
    assert (round(at10s.low, 1), round(at10s.high, 1)) == (1.5, 1.8)


def test_headline_runtime_before_microvm_ceiling_at_every_app_start():
    """Chapter 3: the OCI runtime's measured range lies under Firecracker's ceiling at every stop; since
    that ceiling is not a measurement, the prose says "up to", never "faster by"."""
    for app in model.APP_START_STOPS_MS:
        r = model.startup_ratio("microvm", "runtime", app)
        assert r.at_most and r.low > 1


@pytest.mark.parametrize(
    "call",
    [
        lambda: model.startup("lxc"),
        lambda: model.span("kata"),
    ],
)
def test_bad_platform_or_span_names_the_parameter(call):
    with pytest.raises(ValueError, match=r"^(platform|span) must be one of"):
        call()


@pytest.mark.parametrize("bad", [-1, 60_001, float("nan"), "100", True, None])
def test_bad_app_start_names_the_parameter_and_range(bad):
    with pytest.raises(ValueError, match=r"^app_ms must be a number from 0 to 60000"):
        model.startup_ratio("vm", "docker", bad)
    with pytest.raises(ValueError, match=r"^app_ms must be"):
        model.span("vm").total(bad)
