"""Fixtures for the browser tests: one JupyterLab server, one Voila server and
one headless chromium per session, all on a temporary copy of the notebooks.

Without chromium (/usr/bin/chromium or `chromium` on PATH) or Playwright the
suite is skipped, loudly; with REQUIRE_BROWSER=1 (CI) that is a failure.
Set BROWSER_TEST_NOTEBOOKS=/some/notebooks to test another notebooks folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import browserkit as bk
import pytest

HERE = Path(__file__).resolve().parent
REQUIRE_BROWSER = os.environ.get("REQUIRE_BROWSER") == "1"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None

CHROMIUM = bk.find_chromium()
if CHROMIUM is None:
    MISSING = "chromium is missing (no /usr/bin/chromium, no `chromium` on PATH; apt-get install chromium)"
elif sync_playwright is None:
    MISSING = "playwright is not installed in this Python (pip install -r requirements-dev.txt)"
else:
    MISSING = None

SCREENSHOTS: list[str] = []
_counts = {"collected": 0}


def _is_browser_item(item) -> bool:
    return HERE in Path(item.path).resolve().parents or Path(item.path).resolve().parent == HERE


def pytest_collection_modifyitems(config, items):
    mine = [i for i in items if _is_browser_item(i)]
    _counts["collected"] = len(mine)
    if MISSING and not REQUIRE_BROWSER:
        mark = pytest.mark.skip(reason=f"browser tests SKIPPED: {MISSING}")
        for item in mine:
            item.add_marker(mark)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    tr = terminalreporter
    if MISSING and _counts["collected"]:
        verdict = "FAILED (REQUIRE_BROWSER=1)" if REQUIRE_BROWSER else "SKIPPED"
        tr.write_sep("!", f"BROWSER TESTS {verdict}: {MISSING}", red=True, bold=True)
        if not REQUIRE_BROWSER:
            tr.write_line(
                f"{_counts['collected']} browser tests did not run. Set REQUIRE_BROWSER=1 to make this a failure.",
                red=True,
                bold=True,
            )
    if SCREENSHOTS:
        tr.write_sep("-", "browser screenshots")
        for s in SCREENSHOTS:
            tr.write_line(s)


@pytest.fixture(scope="session")
def browser():
    if MISSING:
        if REQUIRE_BROWSER:
            pytest.fail(f"REQUIRE_BROWSER=1 but {MISSING}", pytrace=False)
        pytest.skip(f"browser tests SKIPPED: {MISSING}")
    with sync_playwright() as p:
        b = bk.launch_browser(p, CHROMIUM)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session")
def notebook_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("browser-root")
    bk.copy_notebooks(root)
    return root


@pytest.fixture(scope="session")
def lab_server(notebook_root, tmp_path_factory, browser):
    server = bk.start_lab(notebook_root, tmp_path_factory.mktemp("lab-state"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def voila_server(notebook_root, tmp_path_factory, browser):
    server = bk.start_voila(notebook_root, tmp_path_factory.mktemp("voila-state"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def lab_results() -> dict:
    """What JupyterLab showed per notebook, for the Voila tests to compare."""
    return {}


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=bk.VIEWPORT)
    context.set_default_timeout(30_000)
    pg = context.new_page()
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture
def shot(record_property):
    """shot(page, name, full_page=False): save a screenshot and report it."""

    def take(pg, name: str, full_page: bool = False) -> Path:
        path = bk.screenshot(pg, name, full_page=full_page)
        rel = os.path.relpath(path, Path.cwd()) if str(path).startswith(str(Path.cwd())) else str(path)
        SCREENSHOTS.append(rel)
        record_property("screenshot", rel)
        print(f"screenshot: {rel}")
        return path

    return take
