"""Namespaces without an engine: start one process in new namespaces with unshare, and ask it what it sees.

:func:`unshare_demo` runs ONE fixed command (util-linux's ``unshare`` with a
bare Python inside; no shell, never built from input) and returns a
structured :class:`UnshareDemo`: what the process saw inside (its PID, user
id, host name, how many processes) beside the notebook's own, or a reason
code when it could not run ("sandbox": inside a browser, "missing", "blocked",
"unsupported", "timeout", "output"). It never raises for what the machine refuses.

It lives apart from :mod:`widgets.probes.machine`, which only reads files and never
starts a process (tests/test_machine.py). Standard library only; never
imports plotly or ipywidgets.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from .sandbox import in_browser
from .timing import UNSHARE_ARGS, unshare_path

#: What runs inside the new namespaces: a bare Python (no shell, fixed argv) that names itself a new
#: host name (allowed: it is root in its own user namespace and owns its UTS namespace) and reports
#: its PID, its user id, the host name and how many processes its /proc shows.
_INSIDE = (
    "import json, os, socket\n"
    "socket.sethostname('essay-sandbox')\n"
    "print(json.dumps({'pid': os.getpid(), 'uid': os.getuid(), 'hostname': socket.gethostname(),\n"
    "                  'processes': sum(1 for d in os.listdir('/proc') if d.isdigit())}))"
)
#: Chapter 3's namespaces (widgets.probes.timing.UNSHARE_ARGS) plus a UTS namespace, so the process may name its host.
UNSHARE_DEMO_ARGS = (*UNSHARE_ARGS, "--uts")


@dataclass(frozen=True)
class UnshareDemo:
    """What a process sees in namespaces made by unshare alone, or why it could not run."""

    ran: bool
    inside: dict = field(default_factory=dict)  # pid, uid, hostname, processes as seen inside
    outside: dict = field(default_factory=dict)  # the same seen from the notebook's own process
    reason: str | None = None  # "sandbox", "missing", "blocked", "unsupported", "timeout", "output"


def unshare_argv() -> tuple[str, ...] | None:
    """The fixed command line of the demonstration, or None where unshare is not installed."""
    path = unshare_path()
    return None if path is None else (path, *UNSHARE_DEMO_ARGS, sys.executable, "-S", "-c", _INSIDE)


def _run_demo(argv: tuple[str, ...]) -> tuple[int, str]:
    done = subprocess.run(
        argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=10, check=False, shell=False
    )
    return done.returncode, done.stdout


def unshare_demo(
    runner: Callable[[tuple[str, ...]], tuple[int, str]] | None = None, argv: tuple[str, ...] | None = None
) -> UnshareDemo:
    """Start a process in new user, PID, mount and UTS namespaces with unshare, and report what it sees.

    ``runner(argv) -> (exit code, stdout)`` runs the fixed command (tests pass a fake). Never raises for
    what the machine refuses: a record with ``ran=False`` and a reason code instead.
    """
    outside = {
        "pid": os.getpid(),
        "uid": os.getuid() if hasattr(os, "getuid") else None,
        "hostname": socket.gethostname(),
    }
    if runner is None and in_browser():  # a browser's Python: no process starts, its /proc is not the machine's
        return UnshareDemo(False, outside=outside, reason="sandbox")
    if os.path.isdir("/proc"):
        outside["processes"] = sum(1 for d in os.listdir("/proc") if d.isdigit())
    if not os.path.isdir("/proc") and runner is None:
        return UnshareDemo(False, outside=outside, reason="unsupported")
    argv = argv or unshare_argv()
    if argv is None:
        return UnshareDemo(False, outside=outside, reason="missing")
    try:
        code, out = (runner or _run_demo)(argv)
    except FileNotFoundError:
        return UnshareDemo(False, outside=outside, reason="missing")
    except subprocess.TimeoutExpired:
        return UnshareDemo(False, outside=outside, reason="timeout")
    except OSError:
        return UnshareDemo(False, outside=outside, reason="blocked")
    if code != 0:
        return UnshareDemo(False, outside=outside, reason="blocked")
    try:
        inside = json.loads(out.strip().splitlines()[-1])
        inside = {k: inside[k] for k in ("pid", "uid", "hostname", "processes")}
    except (ValueError, IndexError, KeyError, TypeError):
        return UnshareDemo(False, outside=outside, reason="output")
    return UnshareDemo(True, inside=inside, outside=outside)
