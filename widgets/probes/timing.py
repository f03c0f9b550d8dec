"""How long starting a process takes on the reader's own machine: numbers only.

:func:`measure` starts one of a few FIXED commands (:data:`COMMANDS`) with
:mod:`subprocess`, without a shell, a number of times, and returns the median
and spread of the wall-clock time from asking for the process to its exit, in
milliseconds. A command is chosen by its key; no command is ever built from
input. :func:`summarise` is the arithmetic alone, so it can be checked by hand.

Standard library only; never imports plotly or ipywidgets.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from numbers import Integral

from .sandbox import in_browser

REPEATS_RANGE = (1, 500)
DEFAULT_REPEATS = 20

_TRUE = "/bin/true"
_UNSHARE = ("/usr/bin/unshare", "/bin/unshare")
#: Namespaces without an engine: util-linux's unshare gives /bin/true a new user namespace (mapped to
#: root inside), PID namespace (it is PID 1's child) and mount namespace with its own /proc.
UNSHARE_ARGS = ("--user", "--map-root-user", "--pid", "--fork", "--mount-proc")


def unshare_path() -> str | None:
    """Where util-linux's unshare is, or None."""
    return next((p for p in _UNSHARE if os.path.isfile(p) and os.access(p, os.X_OK)), None)


def commands() -> dict[str, tuple[str, ...]]:
    """The fixed commands that can be timed, by key; ``true`` only where /bin/true exists."""
    fixed: dict[str, tuple[str, ...]] = {}
    if os.path.isfile(_TRUE) and os.access(_TRUE, os.X_OK):
        fixed["true"] = (_TRUE,)
    # -S: skip the site module, so this is a bare interpreter starting and exiting.
    fixed["python"] = (sys.executable, "-S", "-c", "pass")
    if "true" in fixed:
        # Offered wherever /bin/true is, even without unshare or with user namespaces blocked:
        # measure() then fails with UnshareUnavailable, and the explorer says why.
        fixed["unshare"] = (unshare_path() or "unshare", *UNSHARE_ARGS, _TRUE)
    return fixed


class UnshareUnavailable(RuntimeError):
    """unshare could not run here; ``reason`` is "missing" (not installed) or "blocked" (namespaces refused)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class ProcessesUnavailable(RuntimeError):
    """This Python cannot start processes at all: it runs inside a browser (Pyodide)."""


def can_start_processes() -> bool:
    """False inside a browser (Pyodide): there is no process to time."""
    return not in_browser()


def default_command() -> str:
    """The smallest process available: /bin/true where it exists, else a bare Python."""
    return "true" if "true" in commands() else "python"


@dataclass(frozen=True)
class Timing:
    """Wall-clock times of starting one fixed command, in ms."""

    command: str  # a key of commands()
    samples_ms: tuple[float, ...]
    median_ms: float
    low_ms: float  # fastest run
    high_ms: float  # slowest run
    q1_ms: float  # quartiles: the middle half of the runs lies between them
    q3_ms: float

    @property
    def repeats(self) -> int:
        return len(self.samples_ms)


def _check_repeats(repeats: object) -> int:
    low, high = REPEATS_RANGE
    if isinstance(repeats, bool) or not isinstance(repeats, Integral) or not low <= repeats <= high:
        raise ValueError(f"repeats must be a whole number from {low} to {high}, got {repeats!r}")
    return int(repeats)


def _check_command(command: object) -> tuple[str, ...]:
    fixed = commands()
    if not isinstance(command, str) or command not in fixed:
        raise ValueError(f"command must be one of {', '.join(fixed)}, got {command!r}")
    return fixed[command]


def summarise(command: str, samples_ms: list[float] | tuple[float, ...]) -> Timing:
    """Median, fastest, slowest and quartiles of some run times (ms)."""
    _check_command(command)
    samples = tuple(float(s) for s in samples_ms)
    if not samples:
        raise ValueError("samples_ms must hold at least one time, got none")
    if any(not math.isfinite(s) or s < 0 for s in samples):
        raise ValueError(f"samples_ms must be finite times >= 0 ms, got {samples_ms!r}")
    ordered = sorted(samples)
    if len(ordered) >= 2:
        q1, _, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    else:
        q1 = q3 = ordered[0]
    return Timing(command, samples, statistics.median(ordered), ordered[0], ordered[-1], q1, q3)


def _run(argv: tuple[str, ...]) -> float:
    """Start argv once (no shell), wait for it to exit; the wall-clock time in ms."""
    start = time.perf_counter()
    subprocess.run(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, shell=False
    )
    return (time.perf_counter() - start) * 1000.0


def measure(
    command: str | None = None, repeats: int = DEFAULT_REPEATS, *, runner: Callable[[tuple[str, ...]], float] = _run
) -> Timing:
    """Start a fixed command ``repeats`` times; its median and spread in ms.

    ``command`` is a key of :func:`commands` (default: :func:`default_command`).
    One run first warms the file cache and is not counted. Inside a browser it starts nothing and
    raises :class:`ProcessesUnavailable`.
    """
    if not can_start_processes():
        raise ProcessesUnavailable("a browser's sandbox (Pyodide) starts no processes")
    argv = _check_command(default_command() if command is None else command)
    count = _check_repeats(repeats)
    if command == "unshare":
        try:
            runner(argv)  # warm-up, not counted; it also tells whether unshare runs here at all
        except FileNotFoundError:
            raise UnshareUnavailable("missing") from None
        except subprocess.CalledProcessError:
            raise UnshareUnavailable("blocked") from None
    else:
        runner(argv)  # warm-up, not counted
    return summarise(default_command() if command is None else command, [runner(argv) for _ in range(count)])
