"""The lite edition (make lite: tools/lite_build.py) in headless chromium, served by nothing but a static file
server on 127.0.0.1 (browserkit.serve_static): the whole essay runs in the browser through Pyodide.

- every chapter of both editions opens in JupyterLite's lab, its Pyodide kernel reaches idle, Run All executes
  every code cell with no error output and no page error, and every request stays on 127.0.0.1;
- in a chapter with sliders, moving the first one (ArrowRight) changes a figure;
- the kernel's Python is restored from the build's memory snapshot, and no wheel is fetched; the site's snapshot
  holds every package its lock names;
- chapter 3's timer and chapter 7's namespaces demo and /proc panel say what a browser cannot show, and link to
  read-it.html, which the site serves;
- the first-figure time (cold and warm) and the site's size are measured as `make bench` does
  (tools/bench_lite.py) and printed; the targets are `make bench`'s to judge, not a test's.

lite/ is built first when it is missing or stale (its inputs' digest, lite/.stamp). Waits follow what the page
reports (the kernel's status, the cells' execution counts, a figure's drawn state); the timeouts only guard
against a hang.

Run: .venv/bin/python -m pytest tests/browser/test_lite_browser.py -s   (-s shows the measurements)
"""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

import browserkit as bk
import pytest

from widgets import served
from widgets.text import t

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import bench_lite  # noqa: E402 - tools/ is not a package
import lite_build  # noqa: E402

CHAPTERS = [
    f"{lang}/{p.name}"
    for lang in lite_build.EDITIONS
    for p in sorted((ROOT / "notebooks" / lang).glob("[0-9][0-9]-*.ipynb"))
]
KERNEL_TIMEOUT = 180  # s: a guard; a warm start takes some 15 s on 2 busy cores
RUN_TIMEOUT = 240


@pytest.fixture(scope="module")
def lite_url(browser):
    if lite_build.stale():
        subprocess.run([sys.executable, str(ROOT / "tools" / "lite_build.py")], check=True, cwd=ROOT)
    with bk.serve_static(lite_build.OUT) as url:
        yield url


@pytest.fixture(scope="module")
def context(browser):
    """One browser context for the module: later chapters load the site from its cache, as a reader's would."""
    ctx = browser.new_context(viewport=bk.VIEWPORT)
    ctx.set_default_timeout(RUN_TIMEOUT * 1000)
    try:
        yield ctx
    finally:
        ctx.close()


def run_chapter(page, base: str, path: str) -> tuple[bk.Lab, list[str], bk.PageLog]:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    log = bk.PageLog(page)
    lab = bk.Lab(page, None, path)
    page.goto(bench_lite.chapter_url(base, path), wait_until="domcontentloaded")
    lab.wait_ready(KERNEL_TIMEOUT)
    lab.run_all(RUN_TIMEOUT)
    lab.settle(RUN_TIMEOUT)  # every figure drawn: plotly's module may still be on its way when the kernel is idle
    return lab, requests, log


def visible_text(page) -> str:
    return page.evaluate("() => document.body.textContent")


@pytest.mark.parametrize("path", CHAPTERS)
def test_every_chapter_runs_in_the_browser_and_asks_nothing_of_the_internet(path, context, lite_url, shot):
    lang, name = path.split("/")
    page = context.new_page()
    try:
        lab, requests, log = run_chapter(page, lite_url, path)
        state = lab.state()
        # One Python for the chapter: the page does not restore the chapters opened before it (lite_config).
        sessions = page.evaluate("() => [...window.jupyterapp.serviceManager.sessions.running()].map(s => s.path)")
        assert sessions == [path], f"{path}: the page started kernels for {sessions}"
        assert state["errors"] == [], f"{path}: {state['errors']}"
        assert state["stderr"] == [], f"{path}: {state['stderr']}"
        assert page.evaluate(bk.DOM_ERRORS_JS) == []
        assert not log.page_errors, log.page_errors
        counts = bk.controls(page)
        assert counts["widget_errors"] == [], counts["widget_errors"]
        plots = page.evaluate(bk.RENDERED_PLOTS_JS, True)
        sliders = [s for s in counts["sliders"] if s["visible"] and not s["hidden"]]
        if sliders:
            assert plots > 0, f"{path}: no figure drawn"
            before = bk.plot_key(bk.widget_plots(bk.fingerprint(page)))
            index = counts["sliders"].index(sliders[0])
            start = bk.handle_value(page, index)
            key = "ArrowLeft" if start >= sliders[0]["handles"][0]["max"] else "ArrowRight"
            bk.press_handle(page, index, key)
            changed = bk.wait_for(page, lambda: bk.plot_key(bk.widget_plots(bk.fingerprint(page))) != before, 60, 0.1)
            assert changed, f"{path}: moving {sliders[0]['label']!r} changed no figure"
        if name.startswith("03-"):
            assert t("startup.sandbox", lang) in visible_text(page)
        if name.startswith("07-"):
            assert t("ns_demo.sandbox", lang) in visible_text(page)
            page.locator(".widget-button", has_text=t("panel.reveal", lang)).click()
            page.wait_for_function(
                "(s) => document.body.innerText.includes(s)", arg=t("panel.verdict.sandbox", lang)[:40]
            )
        if name.startswith(("03-", "07-")):
            links = page.evaluate("() => [...document.querySelectorAll('a[href$=\"read-it.html\"]')].map(a => a.href)")
            assert links and all(u == lite_url + "read-it.html" for u in links), links
            with urllib.request.urlopen(links[0], timeout=10) as r:
                assert r.status == 200 and "make lab" in r.read().decode()
        assert not log.console_errors, log.console_errors
        assert bk.outside(requests, lite_url) == [], f"{path} asked beyond the site: {bk.outside(requests, lite_url)}"
        # the kernel's Python is restored from the build's memory snapshot (lite_build.snapshot): no wheel is fetched
        snapshot = [u for u in requests if u.endswith(f"/static/pyodide/{lite_build.SNAPSHOT_FILES[0]}")]
        assert snapshot, f"{path}: the kernel did not load Pyodide's snapshot"
        assert [u for u in requests if u.endswith(".whl")] == [], f"{path}: the kernel fetched wheels"
        # one copy of plotly's module: the page's preload (lite_build.preload_plotly) and the figures' loader
        # import the same URL, so the browser evaluates it once
        bundle = {u for u in requests if served.relative_url() in u}
        assert len(bundle) == 1, f"{path}: plotly's bundle requested as {sorted(bundle)}"
        if name.startswith(("02-", "07-")):
            shot(page, f"lite_{lang}_{Path(name).stem}.png")
    finally:
        page.close()


def test_the_site_serves_a_snapshot_that_holds_every_package_of_its_lock(lite_url):
    """The kernel loads lite_build.LOADER, which restores the snapshot and marks every package of the lock loaded:
    each of them must have its files in the snapshot's site-packages, and no wheel stays in the site."""
    import json

    pyodide_dir = lite_build.OUT / "static" / "pyodide"
    config = json.loads((lite_build.OUT / "jupyter-lite.json").read_text(encoding="utf-8"))
    settings = config["jupyter-config-data"]["litePluginSettings"][lite_build.KERNEL_PLUGIN]
    assert settings["pyodideUrl"] == lite_build.LOADER_URL
    for name in [lite_build.LOADER, *lite_build.SNAPSHOT_FILES]:
        assert (pyodide_dir / name).is_file(), name
    assert sorted(p.name for p in pyodide_dir.glob("*.whl")) == []
    site_index = lite_build.SNAPSHOT_FILES[2]
    index = json.loads((pyodide_dir / site_index).read_text(encoding="utf-8"))
    dist_infos = {rel.split("/")[0].lower() for rel, _, _ in index if rel.split("/")[0].endswith(".dist-info")}
    lock = json.loads((pyodide_dir / "pyodide-lock.json").read_text(encoding="utf-8"))
    for name, entry in lock["packages"].items():
        dist = f"{entry['file_name'].split('-')[0]}-{entry['version']}.dist-info".lower()
        assert dist in dist_infos, f"{name}: {dist} is not among the snapshot's files"


def test_first_figure_time_and_site_size(browser, lite_url, capsys):
    times = bench_lite.first_figure(browser, lite_url, bench_lite.CHAPTER)
    raw, packed = bench_lite.site_size()
    with capsys.disabled():
        print(
            f"\nlite: first figure of {bench_lite.CHAPTER} (page asked -> Run All at kernel idle -> first figure): "
            f"cold {times['cold'][0]:.1f} s, warm {times['warm'][0]:.1f} s (target <= {bench_lite.TARGETS['first_figure_s']:g} s warm); "
            f"site {packed / bench_lite.MB:.1f} MB gzip-compressed file by file, {raw / bench_lite.MB:.1f} MB as built "
            f"(target <= {bench_lite.TARGETS['size_mb']:g} MB compressed)"
        )
    assert times["cold"][0] > 0 and times["warm"][0] > 0 and packed > 0
