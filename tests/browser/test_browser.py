"""Proof in a real browser, for every notebook in JupyterLab and in Voila: it runs with no error, every control
renders and moves what the figures show, a screen reader gets a name for every slider, readout and figure, and
(JupyterLab) a reload shows the current state at the same size, not the state the figures were built with.

Each notebook is opened and run once per front end; the checks on it are separate tests that share that page
(module-scoped fixtures, one per notebook: pytest runs a notebook's tests together, in the order below). Every
wait depends on what the page and the kernel report (browserkit.sync: a kernel round trip, animation frames,
plotly's pending promises, no mutation left), never on a quiet time window, so a loaded machine makes the suite
slower, not red. `make test-browser-stress` runs it beside two CPU burners. A Japanese chapter has its first
control moved (its English twin has every control moved: see twin_is_exercised).

Run: .venv/bin/python -m pytest tests/browser -q  (-k "en/02" for one chapter)
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import browserkit as bk
import pytest

DEBUG = os.environ.get("BROWSER_TEST_DEBUG") == "1"
T0 = time.monotonic()


def debug(msg: str) -> None:
    if DEBUG:
        print(f"[{time.monotonic() - T0:7.2f}s] {msg}", flush=True)


NOTEBOOKS = bk.discover_notebooks()
PARAMS = [pytest.param(p, id=p) for p in NOTEBOOKS] or [
    pytest.param(
        None,
        id="no-notebooks",
        marks=pytest.mark.skip(reason=f"no notebooks matching {bk.NOTEBOOK_GLOB} in {bk.notebooks_source()}"),
    )
]


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


class Exercise:
    """Moves every control and checks that what the page shows follows.

    A control that changes nothing by itself but sits in a widget box with a
    Button (an input for that button, e.g. "Runs" for "Time it") passes when
    clicking the button afterwards changes the figures.
    """

    def __init__(self, page, where: str, path: str | None = None):
        """path: the notebook's path in JupyterLab (its kernel is found by it); None in Voila."""
        self.page, self.where, self.path = page, where, path
        self.problems: list[str] = []
        self.notes: list[str] = []
        self.moves = 0

    def settle(self) -> dict:
        return bk.settle(self.page, self.path)

    def wait_change(self, before: dict, what: str) -> tuple[dict, bool]:
        """Everything the kernel sent after the move is shown (bk.sync); whether the figures differ from `before`."""
        debug(f"{self.where}: {what}")
        after = self.settle()
        self.moves += 1
        return after, bk.plot_key(after) != bk.plot_key(before)

    def expect_change(self, before: dict, what: str, near: tuple[str, int] | None = None) -> dict:
        after, changed = self.wait_change(before, what)
        if changed:
            return after
        btn = bk.button_near(self.page, *near) if near else None
        if btn is not None:
            bk.button(self.page, btn[0]).click()
            after2, changed = self.wait_change(after, f"{what}, then button {btn[1]!r}")
            if changed:
                self.notes.append(f"{what}: changes the figures through button {btn[1]!r}")
                self.applied_by_button = True
                return after2
            self.problems.append(
                f"{self.where}: {what}: the figures did not change, not even after clicking {btn[1]!r}"
            )
            return after2
        self.problems.append(f"{self.where}: {what}: the figures did not change")
        return after

    def expect_restored(self, start: dict, now: dict, what: str) -> None:
        if getattr(self, "applied_by_button", False):
            return  # a button's result (e.g. a timing) need not repeat
        if bk.plot_key(now, semantic=True) != bk.plot_key(start, semantic=True):
            self.problems.append(
                f"{self.where}: {what}: back at the initial value, the figures differ from before:\n"
                + bk.describe_diff(start, now)
            )

    # -- sliders -----------------------------------------------------------

    def move_handle_to(self, i: int, h: int, target: float, lo: float, hi: float) -> None:
        """Arrow / PageUp keys until the handle reads `target`."""
        tol = max(abs(hi - lo) * 1e-6, 1e-9)
        step = None
        for _ in range(400):
            v = bk.handle_value(self.page, i, h)
            if abs(v - target) <= (step / 2 if step else tol):
                return
            up = target > v
            remaining = abs(target - v) / step if step else 1
            key = ("PageUp" if up else "PageDown") if remaining > 8 else ("ArrowRight" if up else "ArrowLeft")
            bk.press_handle(self.page, i, key, h)
            nv = bk.handle_value(self.page, i, h)
            if key.startswith("Arrow") and nv != v:
                step = abs(nv - v)
            if nv == v:  # cannot move further
                return
            if (target - nv) * (target - v) < 0 and step and abs(nv - target) <= step / 2:
                return

    def slider(self, i: int, info: dict) -> None:
        label = info["label"] or f"#{i}"
        near = (bk.SLIDER_SEL, i)
        for h, hd in enumerate(info["handles"]):
            what = f"slider {label!r}" + (f" handle {h}" if len(info["handles"]) > 1 else "")
            if hd["disabled"] or hd["min"] >= hd["max"]:
                continue
            self.applied_by_button = False
            init, lo, hi = hd["now"], hd["min"], hd["max"]
            start = self.settle()
            fp = start
            if init < hi:
                bk.press_handle(self.page, i, "End", h)
                if bk.handle_value(self.page, i, h) != hi:
                    self.problems.append(f"{self.where}: {what}: End did not reach the maximum {hi}")
                fp = self.expect_change(fp, f"{what} End ({init} -> {hi})", near)
            bk.press_handle(self.page, i, "Home", h)
            if bk.handle_value(self.page, i, h) != lo:
                self.problems.append(f"{self.where}: {what}: Home did not reach the minimum {lo}")
            fp = self.expect_change(fp, f"{what} Home (-> {lo})", near)
            if init > lo:
                self.move_handle_to(i, h, init, lo, hi)
                fp = self.expect_change(fp, f"{what} back to {init} with arrow keys", near)
            now = bk.handle_value(self.page, i, h)
            if abs(now - init) > 1e-9 * max(1, abs(init)):
                self.problems.append(f"{self.where}: {what}: could not return to {init} (at {now})")
            else:
                self.expect_restored(start, fp, what)

    # -- toggle buttons, checkboxes, dropdowns ------------------------------

    def toggle(self, i: int, info: dict) -> None:
        if info["disabled"] or len(info["options"]) < 2:
            return
        self.applied_by_button = False
        what = f"toggle buttons {info['label'] + ' ' if info['label'] else ''}{info['options']}"
        near = (bk.TOGGLE_SEL, i)
        start = self.settle()
        fp = start
        init = info["active"]
        for j, opt in enumerate(info["options"]):
            if j == init:
                continue
            bk.toggle_button(self.page, i, j).click()
            fp = self.expect_change(fp, f"{what}: click {opt!r}", near)
        if init >= 0:
            bk.toggle_button(self.page, i, init).click()
            fp = self.expect_change(fp, f"{what}: back to {info['options'][init]!r}", near)
            self.expect_restored(start, fp, what)

    def checkbox(self, i: int, info: dict) -> None:
        if info["disabled"]:
            return
        self.applied_by_button = False
        what = f"checkbox {info['label']!r}"
        box = self.page.locator(bk.CHECKBOX_SEL).nth(i).locator("input")
        start = self.settle()
        box.click()
        fp = self.expect_change(start, f"{what}: click", (bk.CHECKBOX_SEL, i))
        box.click()
        fp = self.expect_change(fp, f"{what}: click back", (bk.CHECKBOX_SEL, i))
        self.expect_restored(start, fp, what)

    def dropdown(self, i: int, info: dict) -> None:
        if info["disabled"] or len(info["options"]) < 2:
            return
        self.applied_by_button = False
        what = f"dropdown {info['label']!r}"
        select = self.page.locator(bk.DROPDOWN_SEL).nth(i).locator("select")
        start = self.settle()
        fp = start
        for j, opt in enumerate(info["options"]):
            if j != info["selected"]:
                select.select_option(index=j)
                fp = self.expect_change(fp, f"{what}: {opt!r}", (bk.DROPDOWN_SEL, i))
        if info["selected"] >= 0:
            select.select_option(index=info["selected"])
            fp = self.expect_change(fp, f"{what}: back to {info['options'][info['selected']]!r}", (bk.DROPDOWN_SEL, i))
            self.expect_restored(start, fp, what)

    def all_controls(self, ctl: dict, first_only: bool = False) -> None:
        """Every shown control (first_only: the first one that moves anything)."""
        for kind, run in (
            ("sliders", self.slider),
            ("toggles", self.toggle),
            ("checkboxes", self.checkbox),
            ("dropdowns", self.dropdown),
        ):
            for i, c in enumerate(ctl[kind]):
                if not c["hidden"]:
                    moves = self.moves
                    run(i, c)
                    if first_only and self.moves > moves:
                        return

    def leave_changed(self, ctl: dict) -> str | None:
        """Leave the first control away from its initial value (so that a
        stale figure cannot pass for the current one). Returns what was done."""
        start = self.settle()
        for i, s in enumerate(ctl["sliders"]):
            hd = s["handles"][0] if s["handles"] else None
            if not s["hidden"] and hd and not hd["disabled"] and hd["min"] < hd["max"]:
                key = "End" if hd["now"] < hd["max"] else "Home"
                bk.press_handle(self.page, i, key, 0)
                _, changed = self.wait_change(start, f"slider {s['label']!r} {key} before reload")
                if changed:
                    return f"slider {s['label']!r} {key}"
        for i, t in enumerate(ctl["toggles"]):
            if not t["hidden"] and not t["disabled"] and len(t["options"]) > 1:
                j = 1 if t["active"] == 0 else 0
                bk.toggle_button(self.page, i, j).click()
                _after, changed = self.wait_change(start, f"toggle {t['options'][j]!r} before reload")
                if changed:
                    return f"toggle {t['options'][j]!r}"
        return None


def check_rendered(ctl: dict, where: str, expected: dict | None) -> list[str]:
    problems = []
    for kind in ("sliders", "toggles", "buttons", "checkboxes", "dropdowns"):
        for n, c in enumerate(ctl[kind]):
            if not c["hidden"] and not c["visible"]:
                problems.append(
                    f"{where}: {kind[:-1]} #{n} {c.get('label') or c.get('text') or ''!r} "
                    f"is shown but has no size (did not render?)"
                )
    for s in ctl["sliders"]:
        if not s["handles"]:
            problems.append(f"{where}: slider {s['label']!r} has no handle")
    if ctl["widget_errors"]:
        problems.append(f"{where}: widget errors in the page: {ctl['widget_errors']}")
    if ctl["loading"]:
        problems.append(f"{where}: {ctl['loading']} widget(s) still 'Loading widget...'")
    if expected:
        rendered = {
            "slider": len(ctl["sliders"]),
            "toggle": len(ctl["toggles"]),
            "button": len(ctl["buttons"]),
            "figure": ctl["plots"],
        }
        for k, n in expected.items():
            if rendered.get(k, 0) < n:
                problems.append(f"{where}: the kernel holds {n} {k} widget(s), the page renders {rendered.get(k, 0)}")
    return problems


def wait_plots_rendered(page, at_least: int, timeout: float = 60, widget_only: bool = False) -> None:
    """Wait (without failing: check_rendered reports) for `at_least` plots."""
    if at_least > 0:
        # A cheap count, polled gently: the full fingerprint (every plot's SVG) polled
        # every 0.1 s kept a loaded machine's page too busy to restore views after a reload.
        bk.wait_for(page, lambda: page.evaluate(bk.RENDERED_PLOTS_JS, widget_only) >= at_least, timeout, 0.5)


def focus_first_widget(page) -> None:
    page.evaluate(
        "() => { const e = document.querySelector('.widget-slider, .widget-toggle-buttons, .js-plotly-plot');"
        " if (!e) return; e.scrollIntoView({block: 'start'});"
        " for (let p = e.parentElement; p; p = p.parentElement)"
        "   if (p.scrollHeight > p.clientHeight + 10 && getComputedStyle(p).overflowY !== 'visible') { p.scrollBy(0, -60); break; } }"
    )
    bk.next_frames(page)


# --------------------------------------------------------------------------
# What a screen reader gets (Chromium's accessibility tree) and the plots' sizes
# --------------------------------------------------------------------------

# The DOM side of what the tree says: per slider, its readout's text and its handle's value text.
SLIDERS_JS = r"""
() => [...document.querySelectorAll('.widget-slider, .widget-hslider')].filter(s => s.checkVisibility()).map(s => {
  const h = s.querySelector('.noUi-handle');
  const r = s.querySelector('.widget-readout');
  return {label: (s.querySelector('.widget-label') || {}).textContent || '',
          readout: r ? (r.value !== undefined && r.tagName === 'INPUT' ? r.value : r.textContent.trim()) : '',
          valuetext: h && h.getAttribute('aria-valuetext'), valuenow: h && h.getAttribute('aria-valuenow'),
          valuemin: h && h.getAttribute('aria-valuemin'), disabled: !h || h.getAttribute('tabindex') === null};
})
"""

PLOT_WIDTHS_JS = r"""
() => [...document.querySelectorAll('.js-plotly-plot')]
  .filter(gd => !gd.classList.contains('jp-RenderedPlotly') && gd._fullLayout)
  .map(gd => Math.round(gd._fullLayout.width))
"""


def ax_nodes(page) -> list[dict]:
    cdp = page.context.new_cdp_session(page)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        cdp.detach()
    out = []
    for n in nodes:
        if n.get("ignored"):
            continue
        props = {p["name"]: p.get("value", {}).get("value") for p in n.get("properties", [])}
        out.append(
            {
                "role": (n.get("role") or {}).get("value"),
                "name": (n.get("name") or {}).get("value") or "",
                "value": (n.get("value") or {}).get("value"),
                **{f"p_{k}": v for k, v in props.items()},
            }
        )
    return out


def is_number(text: str) -> bool:
    return text.replace(",", "").replace(".", "", 1).lstrip("-").isdigit()


def accessibility_problems(page, where: str, path: str | None = None) -> list[str]:
    """Every slider named, a label slider announcing its label, every drawn figure named, a live readout."""
    bk.sync(page, path)  # the helper names what is on the page on the next animation frame
    problems = []
    nodes = ax_nodes(page)
    sliders = [n for n in nodes if n["role"] == "slider"]
    for n in sliders:
        if not n["name"].strip():
            problems.append(f"{where}: a slider has no accessible name (value {n['value']!r})")
    for s in page.evaluate(SLIDERS_JS):
        if not is_number(s["readout"]) and s["valuetext"] != s["readout"]:
            problems.append(
                f"{where}: slider {s['label']!r} announces {s['valuetext']!r}, shows {s['readout']!r} (value {s['valuenow']})"
            )
    plots = len(page.evaluate(PLOT_WIDTHS_JS))
    figures = [n for n in nodes if n["role"] == "figure" and n["name"].strip()]
    if len(figures) < plots:
        problems.append(f"{where}: {plots} figures drawn, {len(figures)} with an accessible name")
    if sliders or plots:
        live = [n for n in nodes if n.get("p_live") == "polite"]
        if not live:
            problems.append(f"{where}: no readout is a polite live region")
    return problems


def move_a_selection_slider(page, path: str | None = None) -> str | None:
    """One step on the first slider whose readout is a label, and back: it announces the label, not the index."""
    for i, s in enumerate(page.evaluate(SLIDERS_JS)):
        if is_number(s["readout"]) or s["disabled"]:
            continue
        at_min = float(s["valuenow"]) <= float(s["valuemin"])
        key, back = ("ArrowRight", "ArrowLeft") if at_min else ("ArrowLeft", "ArrowRight")
        bk.press_handle(page, i, key)
        bk.sync(page, path)
        after = page.evaluate(SLIDERS_JS)[i]
        bk.press_handle(page, i, back)
        bk.sync(page, path)
        if after["valuenow"] == s["valuenow"]:
            return f"slider {s['label']!r} did not move with {key}"
        if after["valuetext"] != after["readout"]:
            return f"after a move, slider {s['label']!r} announces {after['valuetext']!r}, shows {after['readout']!r}"
        return None
    return None


# --------------------------------------------------------------------------
# One notebook, open in one page
# --------------------------------------------------------------------------


@dataclass
class Opened:
    """A notebook open and run in one page, shared by that notebook's tests."""

    nb: str
    where: str
    page: object
    log: bk.PageLog
    path: str | None = None  # JupyterLab's notebook path (its kernel); None in Voila
    lab: bk.Lab | None = None
    run_state: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)
    initial: dict = field(default_factory=dict)
    controls: dict = field(default_factory=dict)
    widths: list = field(default_factory=list)
    errors_seen: int = 0

    def new_page_errors(self) -> list[str]:
        """Uncaught page errors since the last call."""
        new = self.log.page_errors[self.errors_seen :]
        self.errors_seen = len(self.log.page_errors)
        return new


def fail_if(problems: list[str], opened: Opened | None = None) -> None:
    if opened is not None and (errors := opened.new_page_errors()):
        problems.append("uncaught errors in the page:\n  " + "\n  ".join(errors[:10]))
    if problems:
        pytest.fail("\n".join(dict.fromkeys(problems)), pytrace=False)


@pytest.fixture(scope="session")
def lab_context(browser):
    """One browser context for every JupyterLab page: JupyterLab's own scripts load from the cache after the first."""
    context = browser.new_context(viewport=bk.VIEWPORT)
    context.set_default_timeout(60_000)
    yield context
    context.close()


@pytest.fixture(scope="session")
def voila_context(browser):
    context = browser.new_context(viewport=bk.VIEWPORT)
    context.set_default_timeout(60_000)
    yield context
    context.close()


@pytest.fixture(scope="module", params=PARAMS)
def lab_nb(request, lab_context, lab_server, lab_results):
    """The notebook opened in JupyterLab and run (Run All), its figures drawn."""
    nb = request.param
    page = lab_context.new_page()
    path = f"notebooks/{nb}"
    lab = bk.Lab(page, lab_server, path)
    opened = Opened(nb, f"JupyterLab {nb}", page, bk.PageLog(page), path=path, lab=lab)
    try:
        lab.open()
        # The reader's room: the file browser folded away before Run All, so the plots are drawn at the width
        # they keep (compared with their width after a reload).
        page.evaluate("() => { const a = window.jupyterapp; if (!a.shell.leftCollapsed) a.shell.collapseLeft(); }")
        opened.run_state = lab.run_all()
        counts = lab.kernel_counts()
        opened.counts = counts if "error" not in counts else {"error": counts["error"]}
        wait_plots_rendered(page, opened.counts.get("figure", 0))
        opened.initial = lab.settle()
        opened.controls = bk.controls(page)
        opened.widths = page.evaluate(PLOT_WIDTHS_JS)  # drawn right after Run All; compared after a reload
        lab_results[nb] = {"counts": opened.counts, "initial": opened.initial}
        yield opened
    finally:
        lab.shutdown_kernel()
        page.close()


@pytest.fixture(scope="module", params=PARAMS)
def voila_nb(request, voila_context, voila_server):
    """The notebook opened in Voila, every widget model's view rendered."""
    nb = request.param
    page = voila_context.new_page()
    opened = Opened(nb, f"Voila {nb}", page, bk.PageLog(page))
    try:
        opened.counts = bk.voila_open(page, voila_server, f"notebooks/{nb}") or {}
        opened.initial = bk.settle(page)
        opened.controls = bk.controls(page)
        yield opened
    finally:
        page.close()


def rendered_problems(opened: Opened, expected: dict | None) -> list[str]:
    page, where = opened.page, opened.where
    problems = [f"{where}: error in the page: {e}" for e in page.evaluate(bk.DOM_ERRORS_JS)]
    problems += check_rendered(opened.controls, where, expected)
    for p in opened.initial["plots"]:
        if not (p["rendered"] and p["visible"]):
            problems.append(f"{where}: a plot did not render (title {p['title']!r})")
    return problems


def twin_is_exercised(nb: str) -> bool:
    """A Japanese chapter whose English twin is in this run: tests/test_editions.py proves their code cells the
    same, and tests/test_japanese.py moves every control of every explorer in Japanese in the kernel, so in the
    browser one control shows that the Japanese page answers; the English twin has every control moved."""
    lang, name = nb.split("/", 1)
    return lang != "en" and f"en/{name}" in NOTEBOOKS


def exercise(opened: Opened, record_property) -> Exercise:
    ex = Exercise(opened.page, opened.where, opened.path)
    first_only = twin_is_exercised(opened.nb)
    ex.all_controls(opened.controls, first_only=first_only)
    record_property("moves", ex.moves)
    print(
        f"{opened.where}: {ex.moves} moves checked"
        + (" (the first control; the English twin has all)" if first_only else "")
    )
    for note in ex.notes:
        print(f"{opened.where}: note: {note}")
    return ex


# --------------------------------------------------------------------------
# JupyterLab
# --------------------------------------------------------------------------


def test_jupyterlab_runs_and_renders(lab_nb, shot, record_property):
    opened, page = lab_nb, lab_nb.page
    problems = [f"{opened.where}: error output: {e}" for e in opened.run_state["errors"]]
    for s in opened.run_state["stderr"]:
        print(f"{opened.where}: stderr: {s}")
    if "error" in opened.counts:
        problems.append(f"{opened.where}: could not count the kernel's widgets: {opened.counts['error']}")
    problems += rendered_problems(opened, {k: v for k, v in opened.counts.items() if k != "error"})
    ctl = opened.controls
    record_property(
        "controls",
        f"{len(ctl['sliders'])} sliders, {len(ctl['toggles'])} toggles, "
        f"{len(ctl['buttons'])} buttons, {ctl['plots']} plots",
    )
    focus_first_widget(page)
    shot(page, f"{bk.safe_name(opened.nb)}-lab.png")
    fail_if(problems, opened)


def test_jupyterlab_every_control_moves_the_figures(lab_nb, record_property):
    ex = exercise(lab_nb, record_property)
    fail_if(ex.problems, lab_nb)


def test_jupyterlab_accessibility(lab_nb):
    problems = accessibility_problems(lab_nb.page, lab_nb.where, lab_nb.path)
    moved = move_a_selection_slider(lab_nb.page, lab_nb.path)
    fail_if(problems + ([f"{lab_nb.where}: {moved}"] if moved else []), lab_nb)


def test_jupyterlab_reload_shows_the_current_state(lab_nb):
    """The views come back from the live kernel, cells are not re-run, plots keep their width and names."""
    opened, page, lab = lab_nb, lab_nb.page, lab_nb.lab
    where = opened.where
    ex = Exercise(page, where, opened.path)
    done = ex.leave_changed(opened.controls)
    problems = list(ex.problems)
    lab.save()
    before = bk.widget_plots(lab.settle())
    page.reload(wait_until="domcontentloaded")
    lab.wait_ready()
    # Static figures (plotly's mime renderer) are re-drawn from the saved notebook (as PNG when it is not
    # trusted): only FigureWidgets count. Views come back one by one as their models are restored.
    wait_plots_rendered(page, len(before["plots"]), widget_only=True)
    after = bk.widget_plots(lab.settle())
    if bk.plot_key(after, semantic=True) != bk.plot_key(before, semantic=True):
        problems.append(
            f"{where}: after {done or 'running'} and a page reload, the figures do not show the current "
            f"state (stale widget state?):\n" + bk.describe_diff(before, after)
        )
    if (
        after["readouts"]["slider"] != before["readouts"]["slider"]
        or after["readouts"]["toggle"] != before["readouts"]["toggle"]
    ):
        problems.append(
            f"{where}: after a reload the controls show other values: {before['readouts']} vs {after['readouts']}"
        )
    if lab.state()["executed"] != opened.run_state["executed"]:
        problems.append(f"{where}: the reload re-ran cells")
    widths = page.evaluate(PLOT_WIDTHS_JS)
    if len(widths) != len(opened.widths) or any(abs(a - b) > 2 for a, b in zip(opened.widths, widths)):
        problems.append(f"{where}: plot widths after Run All {opened.widths} differ from after a reload {widths}")
    problems += accessibility_problems(page, f"{where} after a reload", opened.path)
    print(f"{where}: reload after {done}")
    fail_if(problems, opened)


# --------------------------------------------------------------------------
# Voila
# --------------------------------------------------------------------------


def test_voila_runs_and_renders(voila_nb, lab_results):
    opened = voila_nb
    lab = lab_results.get(opened.nb)
    models = opened.counts
    problems = []
    if lab and models:
        for k in ("slider", "toggle", "button", "figure"):
            if models[k] != lab["counts"].get(k):
                problems.append(
                    f"{opened.where}: {models[k]} {k} widget models, JupyterLab's kernel had {lab['counts'].get(k)}"
                )
    problems += rendered_problems(opened, lab["counts"] if lab else models)
    # What JupyterLab showed after Run All is compared as a note only: a notebook may measure this machine.
    if lab and bk.plot_key(opened.initial, semantic=True) != bk.plot_key(lab["initial"], semantic=True):
        print(
            f"{opened.where}: note: the first render differs from JupyterLab's after Run All:\n"
            + bk.describe_diff(lab["initial"], opened.initial)
        )
    fail_if(problems, opened)


def test_voila_every_control_moves_the_figures(voila_nb, shot, record_property):
    """Each control away and back: back at its initial value, the figures equal the first render."""
    ex = exercise(voila_nb, record_property)
    problems = list(ex.problems)
    if any("differ from before" in p for p in ex.problems):
        problems.append(
            f"{voila_nb.where}: the first render did not show the figures for the controls' initial values "
            f"(a FigureWidget sent its construction-time state?)"
        )
    shot(voila_nb.page, f"{bk.safe_name(voila_nb.nb)}-voila.png", full_page=True)  # controls back at their start
    fail_if(problems, voila_nb)


def test_voila_accessibility(voila_nb):
    problems = accessibility_problems(voila_nb.page, voila_nb.where)
    moved = move_a_selection_slider(voila_nb.page)
    fail_if(problems + ([f"{voila_nb.where}: {moved}"] if moved else []), voila_nb)
