"""tools/stress.py: runs a command N times beside CPU burners, stops at the first failure, leaves no burner behind."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STRESS = ROOT / "tools" / "stress.py"


def stress(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(STRESS), *args], capture_output=True, text=True, timeout=60)


def burners_left() -> list[str]:
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if "stress.py" in line and "multiprocessing" in line]


def test_every_run_passes_and_is_reported():
    done = stress("--runs", "2", "--burners", "1", "--", sys.executable, "-c", "print('ran')")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines().count("ran") == 2
    assert "run 1 of 2: passed" in done.stdout and "run 2 of 2: passed" in done.stdout
    assert burners_left() == []


def test_the_first_failure_stops_the_runs_and_is_the_exit_code():
    done = stress("--runs", "3", "--burners", "1", "--", sys.executable, "-c", "raise SystemExit(3)")
    assert done.returncode == 3
    assert "run 1 of 3: FAILED (3)" in done.stdout and "run 2" not in done.stdout
    assert burners_left() == []


def test_a_missing_command_is_a_clear_error():
    done = stress("--runs", "1")
    assert done.returncode == 2 and "give the command to run after --" in done.stderr
    done = stress("--runs", "0", "--", "true")
    assert done.returncode == 2 and "--runs must be at least 1" in done.stderr
