"""Start-up: numbers only.

Start-up is measured between two named points, and only spans that share both
points are compared. Every span is a range (low, high) across the setups its
sources name; the application's own start time is a control, added to every
row alike. Nothing here is derived from a phrase: every number is a measured
or specified figure in data/startup.csv.

:func:`startup_spans` gives each platform's measured start-up range between
named start and end points; :func:`startup_ratio` compares two of them.
Time is in milliseconds. Never imports plotly or ipywidgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import data
from .checks import check_choice, check_number
from .host import PLATFORMS

#: Where a span starts: "request" (nothing prepared but the image on disk) or "ready" (kernel, root
#: file system or bundle prepared; the VMM, runtime or parent process is told to start it).
START_POINTS = ("request", "ready")
#: Where it ends: "command" (a command has run inside) or "first_process" (the first process in the sandbox runs).
END_POINTS = ("command", "first_process")
SPANS = ("vm", "docker", "microvm", "runtime", "process")
#: The stops of the application's own start-up time (ms): a control, not a measurement.
APP_START_STOPS_MS = (0.0, 10.0, 100.0, 1000.0, 10_000.0)
APP_START_RANGE_MS = (0.0, 60_000.0)
STARTUP_KEYS = (
    "startup.vm.to_command_low",
    "startup.vm.to_command_high",
    "startup.container.docker_ssd",
    "startup.container.docker_hdd",
    "startup.microvm.to_init",
    "startup.container.crun_100",
    "startup.container.runc_100",
    "startup.container.runtime_runs",
    "startup.process",
    "startup.app.default",
)


@dataclass(frozen=True)
class Span:
    """How long one platform takes between a named start point and a named end point, as a range.

    ``low_ms``/``high_ms`` are the fastest and slowest of the named setups
    (``setup`` is a text key: ``startup.setup.<setup>``); ``bound`` is
    "range" for measurements and "at_most" for a specified ceiling (then
    low_ms == high_ms and nothing is known below it).
    """

    key: str  # one of SPANS
    platform: str  # vm, microvm, container or process
    setup: str
    start: str  # one of START_POINTS
    end: str  # one of END_POINTS
    low_ms: float
    high_ms: float
    keys: tuple[str, ...]  # the data/ keys it comes from
    grades: tuple[str, ...]  # their grades, in the order of keys
    bound: str = "range"

    def total(self, app_ms: float = 0.0) -> tuple[float, float]:
        """(low, high) from the start point to the application running, with its own start of app_ms."""
        app = check_app_ms(app_ms)
        return self.low_ms + app, self.high_ms + app


def check_app_ms(app_ms: object) -> float:
    """The application's own start-up time, in ms: 0 to 60,000 (a minute)."""
    return check_number("app_ms", app_ms, *APP_START_RANGE_MS)


def default_app_ms() -> float:
    return check_app_ms(data.duration_ms("startup.app.default"))


def _span(key, platform, setup, start, end, low_key, high_key, divide_by=None, bound="range") -> Span:
    low, high = data.record(low_key), data.record(high_key)
    keys = tuple(dict.fromkeys((low_key, high_key) + ((divide_by,) if divide_by else ())))
    n = data.record(divide_by).value if divide_by else 1.0
    return Span(
        key,
        platform,
        setup,
        start,
        end,
        low.canonical / n,
        high.canonical / n,
        keys,
        tuple(data.record(k).grade for k in keys),
        bound,
    )


def startup_spans() -> dict[str, Span]:
    """Every start-up span, from data/, by key (see :data:`SPANS`)."""
    return {
        # A stock Ubuntu cloud image with cloud-init under Cloud Hypervisor, until a command runs in it.
        "vm": _span(
            "vm", "vm", "depot_stock", "request", "command", "startup.vm.to_command_low", "startup.vm.to_command_high"
        ),
        # docker run --rm alpine echo hello, warm, on an Azure VM: SSD (low) and HDD (high).
        "docker": _span(
            "docker",
            "container",
            "docker_azure",
            "request",
            "command",
            "startup.container.docker_ssd",
            "startup.container.docker_hdd",
        ),
        # Firecracker's specified ceiling from the InstanceStart call to the guest's /sbin/init.
        "microvm": _span(
            "microvm",
            "microvm",
            "firecracker_spec",
            "ready",
            "first_process",
            "startup.microvm.to_init",
            "startup.microvm.to_init",
            bound="at_most",
        ),
        # An OCI runtime alone, one of 100 sequential /bin/true containers: crun (low) and runc (high).
        "runtime": _span(
            "runtime",
            "container",
            "crun_runc",
            "ready",
            "first_process",
            "startup.container.crun_100",
            "startup.container.runc_100",
            divide_by="startup.container.runtime_runs",
        ),
        # fork/exec of a process on Linux.
        "process": _span(
            "process", "process", "fork_exec", "ready", "first_process", "startup.process", "startup.process"
        ),
    }


def span(key: str) -> Span:
    check_choice("span", key, SPANS)
    return startup_spans()[key]


# The span each platform stands for where one is needed: a VM and a container to a command, the
# microVM to its first process (its only sourced end point).
PLATFORM_SPAN = {"vm": "vm", "container": "docker", "microvm": "microvm"}


def startup(platform_key: str) -> Span:
    """The start-up span a platform stands for (vm, container: to a command; microvm: to its /sbin/init)."""
    check_choice("platform", platform_key, PLATFORMS)
    return span(PLATFORM_SPAN[platform_key])


@dataclass(frozen=True)
class Ratio:
    """How many times longer the slow span takes than the fast one: between low and high."""

    slow: str
    fast: str
    app_ms: float
    low: float
    high: float
    at_most: bool  # True when the slow span is a ceiling: the true ratio may be lower than low


def same_points(a: Span, b: Span) -> bool:
    """Whether two spans run between the same start point and the same end point."""
    return (a.start, a.end) == (b.start, b.end)


def startup_ratio(slow: str, fast: str, app_ms: float = 0.0) -> Ratio:
    """slow / fast between the same end points, as a range over both spans and an application start of app_ms.

    low = (slow's fastest + app) / (fast's slowest + app); high = (slow's slowest + app) / (fast's fastest + app).
    """
    a, b = span(slow), span(fast)
    app = check_app_ms(app_ms)
    if not same_points(a, b):
        raise ValueError(
            f"slow and fast must share start and end points: {slow!r} runs {a.start} -> {a.end}, "
            f"{fast!r} {b.start} -> {b.end}"
        )
    (a_low, a_high), (b_low, b_high) = a.total(app), b.total(app)
    return Ratio(slow, fast, app, a_low / b_high, a_high / b_low, a.bound == "at_most")
