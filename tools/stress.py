"""Run a test command while CPU burners compete for the machine: `make test-browser-stress`.

A suite whose waits depend on time windows fails when the machine is busy (CI on a shared host, a reader's
laptop compiling something). This starts BURNERS processes that spin on the CPU at normal priority, runs the
command RUNS times in a row, stops at the first failure, and prints each run's time. The burners stop with it,
whatever happens.

    .venv/bin/python tools/stress.py [--runs 3] [--burners 2] -- COMMAND...
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import subprocess
import sys
import time


def burn() -> None:  # pragma: no cover - runs in a child process until terminated
    x = 0
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs in a row that must pass (default 3)")
    parser.add_argument("--burners", type=int, default=2, help="CPU-burning processes beside it (default 2)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    if args.runs < 1 or args.burners < 0:
        parser.error("--runs must be at least 1 and --burners at least 0")
    burners = [multiprocessing.Process(target=burn, daemon=True) for _ in range(args.burners)]
    for b in burners:
        b.start()
    print(f"stress: {args.burners} CPU burner(s) on {os.cpu_count()} cores; {args.runs} runs of: {' '.join(command)}")
    code = 0
    try:
        for run in range(1, args.runs + 1):
            start = time.monotonic()
            code = subprocess.run(command).returncode
            took = time.monotonic() - start
            print(f"stress: run {run} of {args.runs}: {'passed' if code == 0 else f'FAILED ({code})'} in {took:.0f} s")
            if code != 0:
                break
    finally:
        for b in burners:
            b.terminate()
        for b in burners:
            b.join(5)
    return code


if __name__ == "__main__":
    sys.exit(main())
