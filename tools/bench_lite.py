"""The lite edition's numbers for `make bench` (and the measurements tests/browser/test_lite_browser.py states).

- **First figure**: from asking headless chromium for a chapter (``lab/index.html?path=...``, served by a plain
  static server on 127.0.0.1) to its first figure drawn by a FigureWidget, with Run All given as soon as the
  Pyodide kernel reports idle: what a reader waits for. Cold: a fresh browser context (empty HTTP cache, no
  service worker). Warm: the same chapter loaded again in that context. Target <= 10 s warm.
- **Site size**: every file of lite/, each gzip-compressed (level 6, as static hosts serve it), summed; and the
  files as they are. Target <= 60 MB compressed.

rows() -> [(what, n, p50, p95, target, met)] in tools/bench.py's table format; it builds lite/ when stale.
"""

from __future__ import annotations

import gzip
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import lite_build  # noqa: E402 - tools/ is not a package

TARGETS = {"first_figure_s": 10.0, "size_mb": 60.0}
CHAPTER = "en/02-two-stacks.ipynb"  # an explorer with its figures near the top
MB = 1_000_000


def site_size(folder: Path = lite_build.OUT) -> tuple[int, int]:
    """(bytes as built, bytes gzip-compressed file by file) of every file under folder."""
    raw = packed = 0
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            raw += len(data)
            packed += len(gzip.compress(data, compresslevel=6, mtime=0))
    return raw, packed


def chapter_url(base: str, path: str) -> str:
    return f"{base}lab/index.html?path={path}"


def open_and_run(page, base: str, path: str, timeout: float = 180) -> float:
    """Open a chapter, Run All once its kernel is idle; seconds from asking for the page to the first
    FigureWidget drawn (every wait follows what the page reports; timeout guards a failure)."""
    import browserkit as bk

    lab = bk.Lab(page, None, path)
    start = time.monotonic()
    page.goto(chapter_url(base, path), wait_until="domcontentloaded")
    lab.wait_ready(timeout)
    page.evaluate("async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
    page.wait_for_function(f"() => ({bk.RENDERED_PLOTS_JS})(true) > 0", timeout=timeout * 1000)
    return time.monotonic() - start


def first_figure(browser, base: str, path: str = CHAPTER, rounds: int = 1) -> dict[str, list[float]]:
    """Cold and warm first-figure times (s): each round a fresh context, loaded twice."""
    import browserkit as bk

    times: dict[str, list[float]] = {"cold": [], "warm": []}
    for _ in range(rounds):
        context = browser.new_context(viewport=bk.VIEWPORT)
        try:
            page = context.new_page()
            times["cold"].append(open_and_run(page, base, path))
            page.goto("about:blank")
            times["warm"].append(open_and_run(page, base, path))
        finally:
            context.close()
    return times


def _row(what: str, xs: list[float], unit: str, target: float) -> tuple[str, str, str, str, str, str]:
    p50 = statistics.median(xs)
    p95 = sorted(xs)[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]
    return (what, str(len(xs)), f"{p50:.1f} {unit}", f"{p95:.1f} {unit}", f"<= {target:g} {unit}", "")


def rows(rounds: int = 3) -> list[tuple[str, str, str, str, str, str]]:
    """The lite rows of `make bench`."""
    if lite_build.stale():
        lite_build.build()
    raw, packed = site_size()
    size = (
        f"site size, lite/ (every file gzip -6, summed; {raw / MB:.0f} MB as built)",
        "1",
        f"{packed / MB:.1f} MB",
        "",
        f"<= {TARGETS['size_mb']:g} MB",
        "met" if packed / MB <= TARGETS["size_mb"] else "MISSED",
    )
    try:
        import browserkit as bk
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        return [size, ("lite first figure", "-", "-", "-", "", f"not measured: {e}")]
    if bk.find_chromium() is None:
        return [size, ("lite first figure", "-", "-", "-", "", "not measured: no chromium")]
    with sync_playwright() as p, bk.serve_static(lite_build.OUT) as base:
        browser = bk.launch_browser(p)
        try:
            times = first_figure(browser, base, CHAPTER, rounds)
        finally:
            browser.close()
    out = []
    for kind in ("cold", "warm"):
        what = f"lite first figure, {CHAPTER}, {kind} cache (page asked -> Run All at kernel idle -> first figure)"
        row = _row(what, times[kind], "s", TARGETS["first_figure_s"])
        p95 = float(row[3].split()[0])
        if kind == "cold":  # the target is for a warm cache; a cold load also downloads the site
            out.append((*row[:4], "", ""))
        else:
            out.append((*row[:5], "met" if p95 <= TARGETS["first_figure_s"] else "MISSED"))
    return [*out, size]


if __name__ == "__main__":
    for r in rows():
        print(" | ".join(r))
