"""Fail when a committed notebook holds outputs, execution counts or widget state.

Run by `make test` and CI: notebooks are committed clean; readers run them.
``python tools/check_notebooks_clean.py --fix`` clears them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent


def notebooks() -> list[Path]:
    """Notebooks git tracks (all of them under notebooks/ outside a git checkout)."""
    try:
        out = subprocess.run(["git", "ls-files", "*.ipynb"], cwd=ROOT, capture_output=True, text=True, check=True)
        return [ROOT / line for line in out.stdout.splitlines() if line]
    except (OSError, subprocess.CalledProcessError):
        return sorted(ROOT.glob("notebooks/**/*.ipynb"))


def problems(path: Path) -> list[str]:
    nb = nbformat.read(path, as_version=4)
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and cell.get("outputs"):
            found.append(f"cell {i} has outputs")
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            found.append(f"cell {i} has an execution count")
    if "widgets" in nb.metadata:
        found.append("metadata holds widget state")
    return found


def clear(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, path)


def main(argv: list[str]) -> int:
    bad = 0
    for path in notebooks():
        found = problems(path)
        if found and "--fix" in argv:
            clear(path)
            print(f"cleared {path.relative_to(ROOT)}")
        elif found:
            bad += 1
            print(f"{path.relative_to(ROOT)}: " + "; ".join(found))
    if bad:
        print(f"{bad} notebook(s) are not clean: run `python tools/check_notebooks_clean.py --fix`")
        return 1
    print(f"notebooks clean: {len(notebooks())} checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
