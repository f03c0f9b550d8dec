"""Machinery shared by the browser tests and tools/bench_browser.py.

Starts JupyterLab / Voila servers on a copy of the notebooks, drives headless
Debian chromium through Playwright's sync API, and reads what the page shows
("fingerprints" of every plotly plot and every widget readout).

Nothing here downloads anything: chromium is /usr/bin/chromium (never
`playwright install`).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK_GLOB = "**/[0-9][0-9]-*.ipynb"
SCREENSHOT_DIR = REPO / "screenshots"

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
VIEWPORT = {"width": 1280, "height": 900}


# --------------------------------------------------------------------------
# Discovery and environment
# --------------------------------------------------------------------------


def notebooks_source() -> Path:
    """The notebooks folder to test: the repo's, or $BROWSER_TEST_NOTEBOOKS."""
    override = os.environ.get("BROWSER_TEST_NOTEBOOKS")
    return Path(override).resolve() if override else REPO / "notebooks"


def discover_notebooks(src: Path | None = None) -> list[str]:
    """Paths like 'en/01-x.ipynb', relative to the notebooks folder, sorted."""
    src = src or notebooks_source()
    if not src.is_dir():
        return []
    found = [p.relative_to(src).as_posix() for p in src.glob(NOTEBOOK_GLOB) if ".ipynb_checkpoints" not in p.parts]
    return sorted(found)


def find_chromium() -> str | None:
    """/usr/bin/chromium, else `chromium` on PATH; $BROWSER_TEST_CHROMIUM
    overrides both (a path that does not exist = no browser)."""
    override = os.environ.get("BROWSER_TEST_CHROMIUM")
    if override:
        return override if Path(override).exists() else None
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


def venv_bin() -> Path:
    """Directory holding jupyter/voila: next to the running python if there."""
    here = Path(sys.executable).parent
    if (here / "jupyter-lab").exists():
        return here
    return REPO / ".venv" / "bin"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_notebooks(dest_root: Path, src: Path | None = None) -> Path:
    """Copy the notebooks folder to dest_root/notebooks (JupyterLab autosaves
    into the notebook, so the tests work on a copy). The repo's data/ folder
    is linked next to it, so relative paths a reader would use still work."""
    src = src or notebooks_source()
    dest = dest_root / "notebooks"
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    data = src.parent / "data"
    if data.is_dir() and not (dest_root / "data").exists():
        (dest_root / "data").symlink_to(data, target_is_directory=True)
    return dest


# --------------------------------------------------------------------------
# Servers
# --------------------------------------------------------------------------


@dataclass
class Server:
    name: str
    proc: subprocess.Popen
    base_url: str
    token: str
    log_path: Path
    children: set[int] = field(default_factory=set)

    def url(self, path: str, **query: str) -> str:
        sep = "&" if "?" in path else "?"
        q = "&".join([f"token={self.token}"] + [f"{k}={v}" if v else k for k, v in query.items()])
        return f"{self.base_url}{path}{sep}{q}"

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def api(self, method: str, path: str) -> object:
        req = urllib.request.Request(
            f"{self.base_url}{path}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(req, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def _descendants(self) -> set[int]:
        """Pids of processes whose ancestor is the server (kernels run in
        their own sessions, so killing the process group misses them)."""
        parents: dict[int, int] = {}
        for d in Path("/proc").iterdir():
            if not d.name.isdigit():
                continue
            try:
                stat = (d / "stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents[int(d.name)] = ppid
        found: set[int] = set()
        frontier = {self.proc.pid}
        while frontier:
            nxt = {pid for pid, pp in parents.items() if pp in frontier} - found
            found |= nxt
            frontier = nxt
        return found

    def stop(self) -> None:
        """Stop the server by its process group id, then any leftover kernels
        it started (by pid)."""
        if self.proc.poll() is None:
            self.children |= self._descendants()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        deadline = time.monotonic() + 3
        for pid in sorted(self.children):
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            if _alive(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _server_env(state_dir: Path, windowing: str | None = "none") -> dict[str, str]:
    """Isolate runtime/config/settings from the user's so that what a person
    has configured (or a running lab of theirs) does not leak in."""
    env = dict(os.environ)
    for var, sub in [
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTERLAB_SETTINGS_DIR", "settings"),
        ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"),
    ]:
        d = state_dir / sub
        d.mkdir(parents=True, exist_ok=True)
        env[var] = str(d)
    settings = state_dir / "settings"
    # Render every cell (no windowing: the tests query the whole DOM; windowing=None keeps JupyterLab's
    # default, as the bench does) and do not ask about fetching news.
    (settings / "@jupyterlab" / "notebook-extension").mkdir(parents=True, exist_ok=True)
    if windowing is not None:
        (settings / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings").write_text(
            json.dumps({"windowingMode": windowing})
        )
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True, exist_ok=True)
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    env.pop("JUPYTER_TOKEN", None)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _start(
    name: str,
    cmd: list[str],
    root: Path,
    state_dir: Path,
    port: int,
    token: str,
    ready_path: str,
    timeout: float = 60,
    windowing: str | None = "none",
) -> Server:
    state_dir.mkdir(parents=True, exist_ok=True)
    log_path = state_dir / f"{name}.log"
    log = open(log_path, "wb")  # noqa: SIM115 - the server writes to it until stop() closes it
    proc = subprocess.Popen(
        cmd,
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=_server_env(state_dir, windowing),
        start_new_session=True,
    )
    log.close()
    server = Server(name, proc, f"http://127.0.0.1:{port}", token, log_path)
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with {proc.returncode}:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(server.url(ready_path), timeout=2) as r:
                if r.status == 200:
                    return server
        except (urllib.error.URLError, OSError) as e:
            last = e
        time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"{name} did not answer within {timeout}s ({last}):\n{server.log_tail()}")


def start_lab(root: Path, state_dir: Path, windowing: str | None = "none") -> Server:
    """JupyterLab on root; windowing: the notebook windowing mode ("none" renders every cell; None: the default)."""
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        str(venv_bin() / "jupyter-lab"),
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    return _start("jupyterlab", cmd, root, state_dir, port, token, "/api/status", windowing=windowing)


def start_voila(root: Path, state_dir: Path) -> Server:
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        str(venv_bin() / "voila"),
        str(root),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
        f"--token={token}",
        "--show_tracebacks=True",
    ]
    return _start("voila", cmd, root, state_dir, port, token, "/voila/tree")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # the tests report what matters
        pass


@contextlib.contextmanager
def serve_static(folder: Path):
    """Serve a folder with nothing but a static file server (Python's http.server, in a thread) on a free port
    of 127.0.0.1; yields its base URL, ending in /."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def outside(requests: list[str], base: str) -> list[str]:
    """The requests that left the site: anything but the site's own server, data: and blob: URLs."""
    here = urlsplit(base).netloc
    return [u for u in requests if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != here]


# --------------------------------------------------------------------------
# Browser
# --------------------------------------------------------------------------


def launch_browser(playwright, executable: str | None = None):
    return playwright.chromium.launch(
        executable_path=executable or find_chromium() or "/usr/bin/chromium",
        args=CHROMIUM_ARGS,
        headless=True,
    )


class PageLog:
    """Collects console errors and uncaught page errors."""

    # Uncaught errors known to be harmless: jupyterlab-plotly's mime renderer
    # (a static go.Figure output) calls a method Voila's output area lacks;
    # the figure renders all the same.
    BENIGN_PAGE_ERRORS = (("setData is not a function", "jupyterlab-plotly"),)

    IGNORE = (
        "fontawesome",
        "cdn.jsdelivr.net",
        "favicon",
        "ERR_INTERNET_DISCONNECTED",
        "ERR_NAME_NOT_RESOLVED",
        "ERR_CONNECTION_REFUSED",
        "net::ERR_",
    )

    def __init__(self, page):
        self.page_errors: list[str] = []
        self.console_errors: list[str] = []
        self.benign: list[str] = []
        page.on("pageerror", self._page_error)
        page.on("console", self._console)

    def _page_error(self, e) -> None:
        text = f"{getattr(e, 'message', e)}"
        stack = getattr(e, "stack", "") or ""
        if any(m in text and where in stack for m, where in self.BENIGN_PAGE_ERRORS):
            self.benign.append(text)
        else:
            self.page_errors.append(f"{text}\n    {stack[:600]}")

    def _console(self, msg) -> None:
        if msg.type == "error":
            text = msg.text
            if not any(s.lower() in text.lower() for s in self.IGNORE):
                self.console_errors.append(text)


# --------------------------------------------------------------------------
# What the page shows
# --------------------------------------------------------------------------

# Returns, for every .js-plotly-plot, its data/layout (canonical JSON), its
# title and a hash of its SVG; and the readouts of every widget.
FINGERPRINT_JS = r"""
() => {
  const canon = (v) => {
    if (v === null || v === undefined) return null;
    const t = typeof v;
    if (t === 'number') return Number.isFinite(v) ? Number(v.toPrecision(8)) : String(v);
    if (t === 'string' || t === 'boolean') return v;
    if (t === 'function') return undefined;
    if (ArrayBuffer.isView(v)) return Array.from(v, canon);
    if (Array.isArray(v)) return v.map(canon);
    if (v instanceof Date) return v.toISOString();
    if (t === 'object') {
      const o = {};
      for (const k of Object.keys(v).sort()) {
        if (k.startsWith('_') || k === 'uid') continue;  // uid: random per kernel
        const c = canon(v[k]);
        if (c !== undefined) o[k] = c;
      }
      return o;
    }
    return String(v);
  };
  // Ranges plotly computed itself (autorange) depend on pixel size and on
  // redraw history, not on the figure's state: drop them.
  const stripAuto = (layout) => {
    for (const k of Object.keys(layout)) {
      const ax = layout[k];
      if (ax && typeof ax === 'object' && !Array.isArray(ax) &&
          /^([xy]axis\d*|coloraxis\d*)$/.test(k)) {
        if (ax.autorange !== false && ax.autorange !== undefined) delete ax.range;
        delete ax.autorange;
      }
    }
    delete layout.autosize;
    // A responsive plot's own resize (plotly's Plots.resize) deletes layout.width and
    // layout.height and autosizes from its container; a reload draws the kernel's
    // fixed height again. Neither is the figure's state: the drawn size is checked in
    // test_accessibility.py (widths after Run All and after a reload).
    delete layout.width;
    delete layout.height;
    return layout;
  };
  const hash = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
    return (h >>> 0).toString(16) + ':' + s.length;
  };
  const plots = [...document.querySelectorAll('.js-plotly-plot')].map((gd) => {
    const svg = [...gd.querySelectorAll('.main-svg')].map(s => s.outerHTML).join('');
    const title = gd.querySelector('.gtitle');
    const r = gd.getBoundingClientRect();
    return {
      data: JSON.stringify(canon(gd.data || [])),
      layout: JSON.stringify(stripAuto(canon(gd.layout || {}) || {})),
      title: title ? title.textContent : '',
      text: [...gd.querySelectorAll('.main-svg text')].map(t => t.textContent).join('|'),
      svg: hash(svg),
      rendered: !!gd._fullLayout && gd.querySelectorAll('.main-svg').length > 0,
      // false for a static figure (plotly's mime renderer), which a reload
      // re-renders from the saved notebook, not from the kernel
      widget: !gd.classList.contains('jp-RenderedPlotly') && !!gd.closest('.jupyter-widgets, .widget-subarea, [data-mime-type="application/vnd.jupyter.widget-view+json"]'),
      visible: r.width > 10 && r.height > 10,
    };
  });
  const txt = (sel) => [...document.querySelectorAll(sel)].map(e => (e.value !== undefined && e.tagName === 'INPUT') ? e.value : e.textContent.trim());
  return {
    plots,
    readouts: {
      slider: [...document.querySelectorAll('.noUi-handle')].map(h => h.getAttribute('aria-valuenow')),
      readout: txt('.widget-readout'),
      toggle: txt('.widget-toggle-button.mod-active'),
      html: txt('.widget-html-content, .widget-htmlmath-content'),
      output: txt('.widget-output .jp-OutputArea-output'),
      label: txt('.widget-label'),
    },
  };
}
"""

CONTROLS_JS = r"""
() => {
  // hidden: display:none / visibility:hidden on it or an ancestor (on purpose);
  // visible: laid out with a size. Hidden controls are skipped, not failed.
  const hidden = (e) => !e.checkVisibility({visibilityProperty: true});
  const vis = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const base = (e) => ({hidden: hidden(e), visible: vis(e)});
  const sliders = [...document.querySelectorAll('.widget-slider, .widget-hslider, .widget-vslider')];
  const toggles = [...document.querySelectorAll('.widget-toggle-buttons')];
  const buttons = [...document.querySelectorAll('.widget-button')].filter(b => !b.closest('.widget-toggle-buttons'));
  const checkboxes = [...document.querySelectorAll('.widget-checkbox')];
  const dropdowns = [...document.querySelectorAll('.widget-dropdown')];
  const label = (e) => ((e.querySelector('.widget-label') || {}).textContent || '').trim();
  const body = document.body.innerText;
  return {
    sliders: sliders.map(s => ({...base(s), label: label(s),
      handles: [...s.querySelectorAll('.noUi-handle')].map(h => ({
        now: parseFloat(h.getAttribute('aria-valuenow')),
        min: parseFloat(h.getAttribute('aria-valuemin')),
        max: parseFloat(h.getAttribute('aria-valuemax')),
        disabled: h.closest('[disabled]') !== null || h.getAttribute('tabindex') === null,
      }))})),
    toggles: toggles.map(t => ({...base(t), label: label(t),
      options: [...t.querySelectorAll('.widget-toggle-button')].map(b => b.textContent.trim()),
      active: [...t.querySelectorAll('.widget-toggle-button')].findIndex(b => b.classList.contains('mod-active')),
      disabled: [...t.querySelectorAll('.widget-toggle-button')].some(b => b.disabled),
    })),
    buttons: buttons.map(b => ({...base(b), text: b.textContent.trim(), disabled: b.disabled})),
    checkboxes: checkboxes.map(c => ({...base(c), label: c.textContent.trim(),
      checked: !!(c.querySelector('input') || {}).checked, disabled: !!(c.querySelector('input') || {}).disabled})),
    dropdowns: dropdowns.map(d => ({...base(d), label: label(d),
      options: [...d.querySelectorAll('option')].map(o => o.textContent),
      selected: (d.querySelector('select') || {}).selectedIndex, disabled: !!(d.querySelector('select') || {}).disabled})),
    plots: [...document.querySelectorAll('.js-plotly-plot')].length,
    widget_errors: ['Error displaying widget', 'Error rendering output', 'Failed to load model class']
        .filter(s => body.includes(s)),
    loading: (body.match(/Loading widget\.\.\./g) || []).length,
  };
}
"""

# The first enabled, shown Button in the nearest widget box around a control
# (selector + index), as [box-local index, label], or null.
BUTTON_NEAR_JS = r"""
([sel, i]) => {
  const el = document.querySelectorAll(sel)[i];
  for (let box = el && el.parentElement; box; box = box.parentElement) {
    if (box.classList.contains('jp-OutputArea-output') || box.classList.contains('jp-Cell')) break;
    if (!box.classList.contains('widget-box')) continue;
    const all = [...document.querySelectorAll('.widget-button')].filter(b => !b.closest('.widget-toggle-buttons'));
    const b = [...box.querySelectorAll('.widget-button')].find(b => !b.closest('.widget-toggle-buttons')
        && !b.disabled && b.checkVisibility({visibilityProperty: true}));
    if (b) return [all.indexOf(b), b.textContent.trim()];
  }
  return null;
}
"""

# Stderr tracebacks and error outputs shown in the DOM (JupyterLab and Voila).
DOM_ERRORS_JS = r"""
() => {
  const out = [];
  for (const e of document.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')) {
    const t = e.innerText;
    if (/Traceback|Error|Exception/.test(t)) out.push(t.slice(0, 2000));
  }
  for (const e of document.querySelectorAll('.jp-OutputArea-output.jp-mod-error, .output_error')) {
    out.push(e.innerText.slice(0, 2000));
  }
  const body = document.body.innerText;
  for (const s of ['There was an error when executing cell', 'Error displaying widget']) {
    if (body.includes(s)) out.push(s);
  }
  return out;
}
"""

# How many plots are drawn (widget_only: drawn by a FigureWidget, not plotly's mime renderer).
RENDERED_PLOTS_JS = r"""
(widgetOnly) => [...document.querySelectorAll('.js-plotly-plot')].filter(gd =>
  !!gd._fullLayout && gd.querySelector('.main-svg') &&
  (!widgetOnly || (!gd.classList.contains('jp-RenderedPlotly') &&
   !!gd.closest('.jupyter-widgets, .widget-subarea, [data-mime-type="application/vnd.jupyter.widget-view+json"]')))).length
"""


def fingerprint(page) -> dict:
    return page.evaluate(FINGERPRINT_JS)


def widget_plots(fp: dict) -> dict:
    """The fingerprint restricted to plots drawn by FigureWidgets."""
    return {**fp, "plots": [p for p in fp["plots"] if p["widget"]]}


def plot_key(fp: dict, semantic: bool = False) -> list:
    """What the plots (and HTML / Output widgets) show. semantic=True: data,
    layout and title only, not pixel-dependent things such as tick labels
    and SVG paths."""
    extra = [fp["readouts"]["html"], fp["readouts"]["output"]]
    if semantic:
        return [(p["data"], p["layout"], p["title"]) for p in fp["plots"]] + extra
    return [(p["data"], p["layout"], p["title"], p["text"], p["svg"]) for p in fp["plots"]] + extra


def describe_diff(a: dict, b: dict) -> str:
    """Short human account of how two fingerprints' plots differ."""
    lines = []
    if len(a["plots"]) != len(b["plots"]):
        lines.append(f"number of plots {len(a['plots'])} != {len(b['plots'])}")
    for i, (pa, pb) in enumerate(zip(a["plots"], b["plots"])):
        for k in ("title", "data", "layout", "text"):
            if pa[k] != pb[k]:
                x, y = pa[k], pb[k]
                j = next((n for n, (c, d) in enumerate(zip(x, y)) if c != d), min(len(x), len(y)))
                lines.append(
                    f"plot {i} {k}: ...{x[max(0, j - 60) : j + 80]!r}... vs ...{y[max(0, j - 60) : j + 80]!r}..."
                )
    for k in ("html", "output"):
        if a["readouts"][k] != b["readouts"][k]:
            lines.append(f"{k} widgets: {str(a['readouts'][k])[:200]!r} vs {str(b['readouts'][k])[:200]!r}")
    return "\n".join(lines) or "(plots identical)"


def wait_for(page, predicate, timeout: float, interval: float = 0.05):
    """Poll predicate() (Python, may evaluate on page) until truthy; the timeout is a failure guard only."""
    deadline = time.monotonic() + timeout
    while True:
        v = predicate()
        if v:
            return v
        if time.monotonic() > deadline:
            return v
        page.wait_for_timeout(interval * 1000)


# Settling on what the page and the kernel report, never on a quiet time window.
#
# One round: a kernel_info request is sent on the kernel's shell channel (Voila's kernels take no
# execute requests, but they take this), and its future resolves once the reply and the kernel's
# "idle" status for it have arrived. The kernel handles shell messages in order and its iopub stream
# is ordered, so by then every message an earlier control change caused (each figure update, each
# readout) has reached the page. ipykernel 7 runs subshells, and JupyterLab and Voila send comm
# messages (every widget's) to a subshell of their own by default ("commsOverSubshells":
# "perCommTarget"), a thread beside the main shell: a button's handler still runs there when the main
# shell answers. So the round asks the kernel for its subshells (on the control channel), sends the
# kernel_info request to the main shell and to each subshell, and waits for every answer. Then two
# animation frames let the widget manager's promise chains and plotly's redraws run; figures still
# waiting for plotly's module (the page's __essay_pending, kept by widgets/explorables/live.py) and
# pending plotly promises are awaited. The page is settled when a whole
# round saw no mutation in the notebook's content (cells, outputs, widgets; not the toolbar, whose
# kernel indicator the round itself flips), and no output prompt still shows [*]. ipywidgets holds
# back a control's next message until the kernel acknowledges the previous one; it is sent when that
# acknowledgement arrives, which is before the round's own reply, so the next round waits for it.
SYNC_JS = r"""
async ([path, timeoutMs]) => {
  const app = window.jupyterapp;
  let kernel = null;
  if (path && app && app.shell) {
    for (const w of app.shell.widgets('main'))
      if (w.context && w.context.path === path && w.sessionContext && w.sessionContext.session)
        kernel = w.sessionContext.session.kernel;
  } else if (app && app.widgetManager) {
    kernel = app.widgetManager._kernel || null;  // Voila
  }
  const S = (window.__essaySync ??= (() => {
    const state = {mutations: 0};
    const content = '.jp-Notebook, #rendered_cells, .jp-OutputArea, body.essay-site';
    const counted = (node) => {
      const e = node.nodeType === 1 ? node : node.parentElement;
      return !!(e && (e.closest(content) || !document.querySelector(content)));
    };
    new MutationObserver((records) => {
      for (const r of records) if (counted(r.target)) { state.mutations++; break; }
    }).observe(document.documentElement, {subtree: true, childList: true, attributes: true, characterData: true});
    return state;
  })());
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const info = (subshell) => {
    const header = {msg_id: `essay-sync-${Math.random().toString(36).slice(2)}`, msg_type: 'kernel_info_request',
                    username: '', session: kernel.clientId, date: new Date().toISOString(), version: '5.3'};
    if (subshell) header.subshell_id = subshell;
    const msg = {header, parent_header: {}, metadata: {}, content: {}, channel: 'shell', buffers: []};
    return kernel.sendShellMessage(msg, true, true).done;
  };
  const barrier = async () => {
    if (!kernel || kernel.isDisposed || kernel.connectionStatus !== 'connected') return false;
    await kernel.info;
    let subshells = [];
    if (kernel.supportsSubshells && typeof kernel.requestListSubshell === 'function')
      subshells = (await kernel.requestListSubshell({}).done).content.subshell_id || [];
    await Promise.all([info(null), ...subshells.map(info)]);
    return true;
  };
  const running = () => [...document.querySelectorAll('.jp-InputArea-prompt')].some((p) => p.textContent.includes('*'));
  const deadline = performance.now() + timeoutMs;
  let rounds = 0, withKernel = false;
  while (performance.now() < deadline) {
    const before = S.mutations;
    withKernel = (await barrier()) || withKernel;
    await frame();
    await frame();
    const drawing = [...(window.__essay_pending || [])];  // figures waiting for plotly (widgets/explorables/live.py)
    if (drawing.length) await Promise.all(drawing).catch(() => {});
    for (const gd of document.querySelectorAll('.js-plotly-plot'))
      if (gd._promises && gd._promises.length) await Promise.all(gd._promises).catch(() => {});
    rounds++;
    if (S.mutations === before && !drawing.length && !running() && rounds >= 2) return {settled: true, rounds, kernel: withKernel};
  }
  return {settled: false, rounds, kernel: withKernel};
}
"""


def sync(page, path: str | None = None, timeout: float = 120.0) -> dict:
    """Wait until the page has shown everything the kernel sent it (see SYNC_JS); path names a JupyterLab notebook.

    Returns {"settled", "rounds", "kernel"}; raises AssertionError if the page never settles within the timeout
    (a failure guard: a settled page settles in a few rounds).
    """
    result = page.evaluate(SYNC_JS, [path, timeout * 1000])
    if not result["settled"]:
        raise AssertionError(f"the page did not settle within {timeout:.0f} s ({result['rounds']} rounds)")
    return result


def settle(page, path: str | None = None, timeout: float = 120.0) -> dict:
    """:func:`sync`, then the page's fingerprint."""
    sync(page, path, timeout)
    return fingerprint(page)


# --------------------------------------------------------------------------
# JupyterLab
# --------------------------------------------------------------------------

LAB_STATE_JS = r"""
(path) => {
  const app = window.jupyterapp;
  if (!app) return {ready: false, why: 'no app'};
  let panel = null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content && w.content.model) panel = w;
  }
  if (!panel) return {ready: false, why: 'no panel'};
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  const cells = [...panel.content.model.cells];
  const code = cells.filter(c => c.type === 'code');
  return {
    ready: panel.context.isReady && !!kernel,
    status: kernel ? kernel.status : 'none',
    code: code.length,
    executed: code.filter(c => c.executionCount !== null).length,
    running: panel.content.node.querySelectorAll('.jp-InputArea-prompt').length ?
      [...panel.content.node.querySelectorAll('.jp-InputArea-prompt')].filter(p => p.textContent.includes('*')).length : 0,
    errors: code.flatMap((c, i) => c.outputs.toJSON()
        .filter(o => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr' && /Traceback/.test(o.text)))
        .map(o => `cell ${i}: ` + (o.output_type === 'error' ? `${o.ename}: ${o.evalue}` : String(o.text).slice(0, 500)))),
    stderr: code.flatMap((c, i) => c.outputs.toJSON()
        .filter(o => o.output_type === 'stream' && o.name === 'stderr').map(o => `cell ${i}: ` + String(o.text).slice(0, 300))),
  };
}
"""

KERNEL_COUNTS_EXPR = (
    "__import__('json').dumps((lambda W, BFW: (lambda ws: {"
    "'slider': sum(1 for w in ws if getattr(w, '_view_name', '') in "
    "('IntSliderView','FloatSliderView','FloatLogSliderView','IntRangeSliderView',"
    "'FloatRangeSliderView','SelectionSliderView','SelectionRangeSliderView')),"
    "'toggle': sum(1 for w in ws if getattr(w, '_view_name', '') == 'ToggleButtonsView'),"
    "'button': sum(1 for w in ws if getattr(w, '_view_name', '') == 'ButtonView'),"
    "'figure': sum(1 for w in ws if isinstance(w, BFW))})"
    "(list(W.widgets.widget._instances.values())))"
    "(__import__('ipywidgets'), __import__('plotly.basewidget', fromlist=['x']).BaseFigureWidget))"
)

KERNEL_COUNTS_JS = r"""
async ([path, expr]) => {
  const app = window.jupyterapp;
  let panel = null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content && w.content.model) panel = w;
  }
  const kernel = panel.sessionContext.session.kernel;
  const future = kernel.requestExecute({code: '', silent: true, store_history: false,
                                        user_expressions: {c: expr}});
  const reply = await future.done;
  const r = reply.content.user_expressions.c;
  if (r.status !== 'ok') return {error: r.ename + ': ' + r.evalue};
  return JSON.parse(r.data['text/plain'].slice(1, -1));
}
"""


class Lab:
    """One notebook open in JupyterLab in one page."""

    def __init__(self, page, server: Server, path: str):
        self.page, self.server, self.path = page, server, path

    def open(self, timeout: float = 60) -> None:
        self.page.goto(self.server.url(f"/lab/tree/{self.path}", reset=""), wait_until="domcontentloaded")
        self.wait_ready(timeout)

    def state(self) -> dict:
        return self.page.evaluate(LAB_STATE_JS, self.path)

    def wait_ready(self, timeout: float = 60) -> dict:
        st = wait_for(self.page, lambda: (s := self.state())["ready"] and s["status"] == "idle" and s, timeout, 0.2)
        if not st:
            raise AssertionError(f"JupyterLab did not open {self.path} with an idle kernel: {self.state()}")
        return st

    def busy(self) -> bool:
        s = self.state()
        return s["status"] != "idle" or s["running"] > 0

    def settle(self, timeout: float = 120.0) -> dict:
        """Everything the notebook's kernel sent is shown (:func:`sync`); the page's fingerprint."""
        return settle(self.page, self.path, timeout)

    def run_all(self, timeout: float = 180) -> dict:
        self.page.evaluate("async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
        st = wait_for(
            self.page,
            lambda: (s := self.state())["status"] == "idle" and s["running"] == 0 and s["executed"] == s["code"] and s,
            timeout,
            0.2,
        )
        if not st:
            raise AssertionError(f"run-all did not finish within {timeout}s: {self.state()}")
        return st

    def save(self) -> None:
        self.page.evaluate(
            "async (path) => { const app = window.jupyterapp;"
            " for (const w of app.shell.widgets('main')) if (w.context && w.context.path === path) await w.context.save(); }",
            self.path,
        )

    def kernel_counts(self) -> dict:
        return self.page.evaluate(KERNEL_COUNTS_JS, [self.path, KERNEL_COUNTS_EXPR])

    def shutdown_kernel(self) -> None:
        """Shut the notebook's kernel down through the REST API (frees CPU)."""
        try:
            for s in self.server.api("GET", "/api/sessions"):
                if s.get("path") == self.path or s.get("notebook", {}).get("path") == self.path:
                    self.server.api("DELETE", f"/api/sessions/{s['id']}")
        except Exception:
            pass


# --------------------------------------------------------------------------
# Voila
# --------------------------------------------------------------------------


VOILA_MODEL_COUNTS_JS = r"""
async () => {
  const app = window.jupyterapp;
  const wm = app && (app.widgetManager || null);
  if (!wm || !wm._models) return null;
  const models = await Promise.all(Object.values(wm._models));
  const slider = new Set(['IntSliderView', 'FloatSliderView', 'FloatLogSliderView', 'IntRangeSliderView',
                          'FloatRangeSliderView', 'SelectionSliderView', 'SelectionRangeSliderView']);
  const v = (m) => m.get('_view_name');
  return {
    restored: !!wm._restoredStatus,
    slider: models.filter(m => slider.has(v(m))).length,
    toggle: models.filter(m => v(m) === 'ToggleButtonsView').length,
    button: models.filter(m => v(m) === 'ButtonView').length,
    figure: models.filter(m => m.get('_widget_data') !== undefined && m.get('_widget_layout') !== undefined).length,
  };
}
"""

RENDERED_COUNTS_JS = r"""
() => ({
  slider: document.querySelectorAll('.widget-slider, .widget-hslider, .widget-vslider').length,
  toggle: document.querySelectorAll('.widget-toggle-buttons').length,
  button: [...document.querySelectorAll('.widget-button')].filter(b => !b.closest('.widget-toggle-buttons')).length,
  figure: [...document.querySelectorAll('.js-plotly-plot')].filter(g => g._fullLayout && g.querySelector('.main-svg')).length,
})
"""


def voila_open(page, server: Server, path: str, timeout: float = 120, render_timeout: float = 30) -> dict | None:
    """Open a notebook in Voila, wait for the cells and for every widget
    model's view to render. Returns the front end's widget model counts."""
    page.goto(server.url(f"/voila/render/{path}"), wait_until="domcontentloaded", timeout=timeout * 1000)
    widget_outputs = page.evaluate(
        "() => [...document.querySelectorAll('script[type=\"application/vnd.voila.cell-output+json\"]')]"
        ".filter(s => s.textContent.includes('application/vnd.jupyter.widget-view+json')).length"
    )
    page.wait_for_function(
        "() => { const r = document.getElementById('rendered_cells');"
        " return r && getComputedStyle(r).display !== 'none'; }",
        timeout=timeout * 1000,
    )
    if not widget_outputs:
        return None
    deadline = time.monotonic() + timeout
    models = None
    while time.monotonic() < deadline:
        models = page.evaluate(VOILA_MODEL_COUNTS_JS)
        if models and models["restored"]:
            break
        page.wait_for_timeout(100)
    else:
        raise AssertionError(f"Voila: the widget manager did not restore the widgets within {timeout}s: {models}")
    # Every model with a view should show; give up after render_timeout and
    # let the caller compare (a model may legitimately never be displayed).
    wait_for(
        page, lambda: all(v >= models[k] for k, v in page.evaluate(RENDERED_COUNTS_JS).items()), render_timeout, 0.1
    )
    return models


# --------------------------------------------------------------------------
# Controls
# --------------------------------------------------------------------------


def controls(page) -> dict:
    return page.evaluate(CONTROLS_JS)


def slider_handle(page, i: int, h: int = 0):
    return page.locator(".widget-slider, .widget-hslider, .widget-vslider").nth(i).locator(".noUi-handle").nth(h)


def handle_value(page, i: int, h: int = 0) -> float:
    return float(slider_handle(page, i, h).get_attribute("aria-valuenow"))


def press_handle(page, i: int, key: str, h: int = 0) -> None:
    handle = slider_handle(page, i, h)
    handle.focus()  # scrolls it into view too; keys need no "stable" element
    page.keyboard.press(key)


SLIDER_SEL = ".widget-slider, .widget-hslider, .widget-vslider"
TOGGLE_SEL = ".widget-toggle-buttons"
CHECKBOX_SEL = ".widget-checkbox"
DROPDOWN_SEL = ".widget-dropdown"


def button_near(page, sel: str, i: int):
    """(index among all buttons, label) of a Button in the control's box."""
    r = page.evaluate(BUTTON_NEAR_JS, [sel, i])
    return tuple(r) if r else None


def button(page, i: int):
    return page.locator(".widget-button:not(.widget-toggle-buttons .widget-button)").nth(i)


def voila_busy(page) -> bool:
    """Whether Voila's kernel is busy (the widget manager's kernel status)."""
    return page.evaluate(
        "() => { const wm = window.jupyterapp && window.jupyterapp.widgetManager;"
        " const k = wm && wm._kernel; return !!k && k.status !== 'idle'; }"
    )


def toggle_button(page, i: int, j: int):
    return page.locator(".widget-toggle-buttons").nth(i).locator(".widget-toggle-button").nth(j)


CONTENT_HEIGHT_JS = r"""
() => {
  let h = document.documentElement.scrollHeight;
  for (const e of document.querySelectorAll('body, body *')) {
    const o = getComputedStyle(e).overflowY;
    if ((o === 'auto' || o === 'scroll') && e.scrollHeight > e.clientHeight)
      h = Math.max(h, e.scrollHeight + e.getBoundingClientRect().top);
  }
  return Math.ceil(h);
}
"""


def screenshot(page, name: str, full_page: bool = False, max_height: int = 8000) -> Path:
    """Save a PNG under screenshots/. full_page: grow the viewport to the
    content's height first (pages such as Voila's scroll an inner element,
    which Playwright's own full_page does not capture), then restore it."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / name
    if full_page:
        size = page.viewport_size or VIEWPORT
        height = min(max_height, max(size["height"], page.evaluate(CONTENT_HEIGHT_JS)))
        page.set_viewport_size({"width": size["width"], "height": height})
        sync(page)  # plotly's responsive plots redraw at the new size
        try:
            page.screenshot(path=str(path))
        finally:
            page.set_viewport_size(size)
            sync(page)
    else:
        page.screenshot(path=str(path))
    return path


def next_frames(page, n: int = 2) -> None:
    """Let the page draw n animation frames (what it laid out is on screen)."""
    page.evaluate(
        "(n) => new Promise((done) => { const step = (k) => k ? requestAnimationFrame(() => step(k - 1)) : done();"
        " step(n); })",
        n,
    )


def safe_name(path: str) -> str:
    return path.replace("/", "_").removesuffix(".ipynb")
