"""Browser latency: keydown on a slider -> the plot's SVG changes, and first render.

Headless chromium (/usr/bin/chromium) through Playwright; JupyterLab and Voila
from the venv, on a temporary copy of the notebooks. A MutationObserver on
every plot's SVG records performance.now() at the first mutation after the
keydown (also recorded in the page, capture phase) and at the last one before
the page goes quiet: "first change" and "settled" (every figure redrawn).
First render is the time from Run All (JupyterLab) or from opening the page
(Voila) to the first plot drawn. :func:`baseline_latency` measures the
simplest live plot (one FigureWidget, one bar trace, one slider) the same way,
so every figure can be read as a ratio to it. Prints p50 / p95; never fails on
time.

    .venv/bin/python tools/bench_browser.py [notebooks/en/02-x.ipynb] [--moves 40]

From tools/bench.py:

    from bench_browser import browser_latency, rows
    result = browser_latency()          # or browser_latency("notebooks/en/02-x.ipynb")
    for row in rows(result): print(row)
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "browser"))

import browserkit as bk  # noqa: E402

INSTALL_JS = r"""
() => {
  const L = window.__lat = {t0: null, t1: null, last: performance.now(), count: 0};
  const start = () => { L.t0 = performance.now(); L.t1 = null; };
  document.addEventListener('keydown', start, true);
  document.addEventListener('pointerdown', start, true);
  const obs = new MutationObserver((muts) => {
    const now = performance.now();
    if (!muts.some(m => (m.target.closest ? m.target : m.target.parentElement)?.closest('.svg-container'))) return;
    L.last = now; L.count++;
    if (L.t0 !== null && L.t1 === null) L.t1 = now;
  });
  for (const gd of document.querySelectorAll('.js-plotly-plot'))
    obs.observe(gd, {subtree: true, childList: true, attributes: true, characterData: true});
  return document.querySelectorAll('.js-plotly-plot .main-svg').length;
}
"""


def default_notebook(src: Path | None = None) -> str | None:
    """First notebooks/en/NN-*.ipynb other than 00-index whose code mentions a
    slider; failing that, the first chapter (a browser check follows)."""
    src = src or bk.notebooks_source()
    chapters = [p for p in bk.discover_notebooks(src) if p.startswith("en/") and not Path(p).name.startswith("00-")]
    for rel in chapters:
        text = (src / rel).read_text(encoding="utf-8", errors="replace")
        if re.search(r"slider", text, re.I):
            return f"notebooks/{rel}"
    return f"notebooks/{chapters[0]}" if chapters else None


def _locate(nb: Path, src: Path) -> tuple[Path, str]:
    """(notebooks folder to copy, path inside it) for a notebook given as
    notebooks/en/x.ipynb, en/x.ipynb or a path anywhere on disk."""
    if not nb.is_absolute() and not (REPO / nb).exists() and (src / nb).exists():
        return src, nb.as_posix()
    full = (nb if nb.is_absolute() else (REPO / nb)).resolve()
    if not full.exists():
        full = (Path.cwd() / nb).resolve()
    for parent in full.parents:
        if parent.name == "notebooks":
            return parent, full.relative_to(parent).as_posix()
    return full.parent, full.name


def _percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def _measure(page, moves: int, path: str | None = None) -> dict:
    """Move the page's first slider `moves` times with the arrow keys (bouncing off its ends), or, with no
    slider, click through its first row of toggle buttons; time input -> first SVG mutation of a plot
    ("first change") and input -> the last one once everything the kernel sent is drawn ("settled",
    browserkit.sync; no quiet time window). path: the notebook's JupyterLab path (its kernel), None in Voila."""
    n_svg = page.evaluate(INSTALL_JS)
    if n_svg == 0:
        return {"error": "no plot in the page"}
    sliders = page.locator(bk.SLIDER_SEL)
    toggles = page.locator(bk.TOGGLE_SEL)
    if sliders.count():
        label = (sliders.nth(0).locator(".widget-label").first.text_content() or "").strip()
        hd = bk.slider_handle(page, 0)
        lo, hi = float(hd.get_attribute("aria-valuemin")), float(hd.get_attribute("aria-valuemax"))
        key = "ArrowRight"

        def move(_i: int) -> None:
            nonlocal key
            v = float(hd.get_attribute("aria-valuenow"))
            key = "ArrowLeft" if v >= hi else "ArrowRight" if v <= lo else key
            bk.press_handle(page, 0, key)

    elif toggles.count():
        label = (toggles.nth(0).locator(".widget-label").first.text_content() or "").strip() or "buttons"
        options = toggles.nth(0).locator(".widget-toggle-button").count()
        if options < 2:
            return {"error": "no control that changes a figure"}

        def move(i: int) -> None:
            bk.toggle_button(page, 0, (i + 1) % options).click()

    else:
        return {"error": "no slider or toggle buttons in the page"}
    bk.sync(page, path)
    lat: list[float] = []
    settled: list[float] = []
    missed = 0
    for i in range(moves):
        move(i)
        bk.sync(page, path)
        r = page.evaluate("() => window.__lat")
        if r["t0"] is None or r["t1"] is None:
            missed += 1
            continue
        lat.append(r["t1"] - r["t0"])
        settled.append(r["last"] - r["t0"])  # the last figure's last redraw after this input
    return {
        "slider": label,
        "n": len(lat),
        "missed": missed,
        "p50_ms": round(_percentile(lat, 0.5), 1),
        "p95_ms": round(_percentile(lat, 0.95), 1),
        "max_ms": round(max(lat), 1) if lat else float("nan"),
        "mean_ms": round(statistics.fmean(lat), 1) if lat else float("nan"),
        "settled_p50_ms": round(_percentile(settled, 0.5), 1),
        "settled_p95_ms": round(_percentile(settled, 0.95), 1),
    }


#: Marks when the page first shows a drawn plot (window.__first, ms on the page's clock).
FIRST_PLOT_JS = """
(() => {
  window.__first = null;
  const mark = () => {
    if (window.__first === null && document.querySelector('.js-plotly-plot .main-svg'))
      window.__first = performance.now();
  };
  new MutationObserver(mark).observe(document, {subtree: true, childList: true});
})()
"""


def _first_plot(page, timeout: float = 120) -> float | None:
    """Seconds from window.__start (Run All), or from the navigation's start, to the first drawn plot."""
    try:
        page.wait_for_function("() => window.__first !== null", timeout=timeout * 1000)
    except Exception:  # no plot: the row says so
        return None
    return round(page.evaluate("() => (window.__first - (window.__start || 0)) / 1000"), 2)


#: The simplest live plot: what every explorer is compared with (issue 11's baseline).
BASELINE_CODE = """import ipywidgets as w
import plotly.graph_objects as go

figure = go.FigureWidget([go.Bar(x=["a"], y=[1])])
slider = w.IntSlider(value=0, min=0, max=20, description="Baseline")
slider.observe(lambda change: figure.data[0].update(y=[change.new + 1]), names="value")
w.VBox([slider, figure])
"""


def baseline_latency(moves: int = 40) -> dict:
    """:func:`browser_latency` of a notebook holding only the simplest live plot (:data:`BASELINE_CODE`)."""
    import nbformat

    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as tmp:
        folder = Path(tmp) / "notebooks" / "baseline"
        folder.mkdir(parents=True)
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(BASELINE_CODE)])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, folder / "00-baseline.ipynb")
        return browser_latency(folder / "00-baseline.ipynb", moves)


def browser_latency(notebook: str | Path | None = None, moves: int = 40) -> dict:
    """Latency keydown -> SVG changed in JupyterLab and in Voila.

    notebook: a path like notebooks/en/02-x.ipynb (relative to the repo, or
    absolute inside the notebooks folder). Returns {"notebook", "jupyterlab":
    {...}, "voila": {...}} with p50_ms / p95_ms / n, or {"skipped": reason}.
    """
    chromium = bk.find_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"skipped": "playwright is not installed"}
    if chromium is None:
        return {"skipped": "chromium is missing (/usr/bin/chromium)"}
    src = bk.notebooks_source()
    if notebook is None:
        notebook = default_notebook(src)
        if notebook is None:
            return {"skipped": "no chapter notebook found"}
    src, rel = _locate(Path(notebook), src)
    path = f"notebooks/{rel}"
    result: dict = {"notebook": path, "moves": moves}
    with tempfile.TemporaryDirectory(prefix="bench-browser-") as tmp:
        tmp = Path(tmp)
        (tmp / "root").mkdir()
        bk.copy_notebooks(tmp / "root", src)
        with sync_playwright() as p:
            browser = bk.launch_browser(p, chromium)
            try:
                # JupyterLab as a reader gets it: its default windowing (the tests render every cell).
                lab = bk.start_lab(tmp / "root", tmp / "lab", windowing=None)
                try:
                    context = browser.new_context(viewport=bk.VIEWPORT)  # a cold cache
                    page = context.new_page()
                    traffic = Traffic(page)
                    nbl = bk.Lab(page, lab, path)
                    nbl.open()
                    page.evaluate(FIRST_PLOT_JS)
                    page.evaluate("() => { window.__start = performance.now(); }")
                    nbl.run_all()
                    first = _first_plot(page)
                    nbl.settle()
                    view = traffic.take()
                    measured = _measure(page, moves, path)
                    nbl.save()
                    traffic.take()
                    page.reload(wait_until="domcontentloaded")
                    nbl.wait_ready()
                    _wait_plots(page)
                    nbl.settle()
                    result["jupyterlab"] = {
                        **measured,
                        "first_render_s": first,
                        "bytes": view,
                        "bytes_again": traffic.take(),
                    }
                    nbl.shutdown_kernel()
                    context.close()
                finally:
                    lab.stop()
                voila = bk.start_voila(tmp / "root", tmp / "voila")
                try:
                    context = browser.new_context(viewport=bk.VIEWPORT)
                    context.add_init_script(FIRST_PLOT_JS)  # from the navigation's start (performance.now() = 0)
                    page = context.new_page()
                    traffic = Traffic(page)
                    bk.voila_open(page, voila, path)
                    first = _first_plot(page)
                    bk.sync(page)
                    view = traffic.take()
                    measured = _measure(page, moves)
                    page.close()
                    page = context.new_page()  # the same reader opens the page again: a warm cache
                    traffic = Traffic(page)
                    bk.voila_open(page, voila, path)
                    bk.sync(page)
                    result["voila"] = {
                        **measured,
                        "first_render_s": first,
                        "bytes": view,
                        "bytes_again": traffic.take(),
                    }
                    context.close()
                finally:
                    voila.stop()
            finally:
                browser.close()
    return result


def _wait_plots(page, timeout: float = 60) -> None:
    """Every plot a reload brings back is drawn (views return one by one as their models are restored)."""
    bk.wait_for(page, lambda: page.evaluate(bk.RENDERED_PLOTS_JS, True) > 0, timeout, 0.25)


class Traffic:
    """Bytes a page receives: HTTP bodies as sent (compressed where they were) and websocket frames.

    Chromium's DevTools protocol reports each: Network.loadingFinished carries a response's encoded length
    (0 for one served from the cache), Network.webSocketFrameReceived each frame's payload (base64 when binary).
    """

    def __init__(self, page):
        self.http = self.ws = 0
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.on("Network.loadingFinished", self._http)
        self.cdp.on("Network.webSocketFrameReceived", self._frame)
        self.cdp.send("Network.enable")

    def _http(self, event: dict) -> None:
        self.http += int(event.get("encodedDataLength") or 0)

    def _frame(self, event: dict) -> None:
        response = event.get("response") or {}
        data = response.get("payloadData") or ""
        self.ws += len(data) * 3 // 4 if response.get("opcode") == 2 else len(data.encode("utf-8"))

    def take(self) -> dict:
        """Bytes since the last take: {"http", "websocket"}."""
        out = {"http": self.http, "websocket": self.ws}
        self.http = self.ws = 0
        return out


def rows(result: dict) -> list[str]:
    """Table rows for printing."""
    if "skipped" in result:
        return [f"browser latency: SKIPPED ({result['skipped']})"]
    out = [
        f"browser latency, keydown on a slider -> plot SVG changed ({result['notebook']}, headless chromium)",
        f"{'where':<12} {'slider':<16} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'missed':>7}",
    ]
    for where in ("jupyterlab", "voila"):
        r = result.get(where)
        if r is None:
            continue
        if "error" in r:
            out.append(f"{where:<12} {r['error']}")
            continue
        out.append(
            f"{where:<12} {r['slider'][:16]:<16} {r['n']:>4} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} "
            f"{r['max_ms']:>8.1f} {r['missed']:>7}"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("notebook", nargs="?", help="default: the first chapter with a slider")
    ap.add_argument("--moves", type=int, default=40, help="slider moves per front end (default 40)")
    args = ap.parse_args(argv)
    for row in rows(browser_latency(args.notebook, args.moves)):
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
