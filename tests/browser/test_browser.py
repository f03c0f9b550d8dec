"""Proof in a real browser: every notebook runs in JupyterLab and in Voila,
every control renders and moves what the figures show, and a reload shows
the current state, not the state the figures were built with.

Run: .venv/bin/python -m pytest tests/browser -q
"""

from __future__ import annotations

import os
import time

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

CHANGE_TIMEOUT = 15.0  # seconds for a move to show in the figure


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


class Exercise:
    """Moves every control and checks that what the page shows follows.

    A control that changes nothing by itself but sits in a widget box with a
    Button (an input for that button, e.g. "Runs" for "Time it") passes when
    clicking the button afterwards changes the figures.
    """

    def __init__(self, page, where: str, busy=None):
        self.page, self.where, self.busy = page, where, busy
        self.problems: list[str] = []
        self.notes: list[str] = []
        self.moves = 0

    def settle(self) -> dict:
        return bk.settle(self.page, busy=self.busy)

    def wait_change(self, before: dict, what: str) -> tuple[dict, bool]:
        """Wait for the figures to differ from `before`. Gives up after
        CHANGE_TIMEOUT, or sooner once the kernel has been idle for a while
        and nothing changed."""
        debug(f"{self.where}: {what}")
        key = bk.plot_key(before)
        t0 = time.monotonic()
        idle_since = None
        while time.monotonic() - t0 < CHANGE_TIMEOUT:
            if bk.plot_key(bk.fingerprint(self.page)) != key:
                break
            if self.busy is not None and time.monotonic() - t0 > 1.0:
                if self.busy():
                    idle_since = None
                else:
                    idle_since = idle_since or time.monotonic()
                    if time.monotonic() - idle_since > 0.8:
                        break
            self.page.wait_for_timeout(50)
        after = self.settle()
        self.moves += 1
        return after, bk.plot_key(after) != key

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

    def all_controls(self, ctl: dict) -> None:
        for kind, run in (
            ("sliders", self.slider),
            ("toggles", self.toggle),
            ("checkboxes", self.checkbox),
            ("dropdowns", self.dropdown),
        ):
            for i, c in enumerate(ctl[kind]):
                if not c["hidden"]:
                    run(i, c)

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
    page.wait_for_timeout(300)


def fail_if(problems: list[str], log: bk.PageLog | None = None) -> None:
    if log is not None and log.page_errors:
        problems.append("uncaught errors in the page:\n  " + "\n  ".join(log.page_errors[:10]))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# --------------------------------------------------------------------------
# JupyterLab
# --------------------------------------------------------------------------


@pytest.mark.parametrize("nb", PARAMS)
def test_jupyterlab(nb, page, lab_server, lab_results, shot, record_property):
    path = f"notebooks/{nb}"
    where = f"JupyterLab {nb}"
    log = bk.PageLog(page)
    lab = bk.Lab(page, lab_server, path)
    problems: list[str] = []
    try:
        lab.open()
        state = lab.run_all()
        problems += [f"{where}: error output: {e}" for e in state["errors"]]
        for s in state["stderr"]:
            print(f"{where}: stderr: {s}")
        counts = lab.kernel_counts()
        if "error" in counts:
            problems.append(f"{where}: could not count the kernel's widgets: {counts['error']}")
            counts = {}
        wait_plots_rendered(page, counts.get("figure", 0))
        initial = bk.settle(page, busy=lab.busy)
        problems += [f"{where}: error in the page: {e}" for e in page.evaluate(bk.DOM_ERRORS_JS)]
        ctl = bk.controls(page)
        problems += check_rendered(ctl, where, counts)
        for p in initial["plots"]:
            if not (p["rendered"] and p["visible"]):
                problems.append(f"{where}: a plot did not render (title {p['title']!r})")
        lab_results[nb] = {"counts": counts, "initial": initial, "controls": ctl}
        record_property(
            "controls",
            f"{len(ctl['sliders'])} sliders, {len(ctl['toggles'])} toggles, "
            f"{len(ctl['buttons'])} buttons, {ctl['plots']} plots",
        )

        page.evaluate("() => { const a = window.jupyterapp; if (!a.shell.leftCollapsed) a.shell.collapseLeft(); }")
        focus_first_widget(page)
        shot(page, f"{bk.safe_name(nb)}-lab.png")

        ex = Exercise(page, where, busy=lab.busy)
        ex.all_controls(ctl)
        problems += ex.problems

        # Reload: the views come back from the live kernel, cells are not re-run.
        n = len(ex.problems)
        done = ex.leave_changed(ctl)
        problems += ex.problems[n:]
        lab.save()
        before = bk.widget_plots(bk.settle(page, busy=lab.busy))
        page.reload(wait_until="domcontentloaded")
        lab.wait_ready()
        wait_plots_rendered(page, len(before["plots"]), widget_only=True)
        # Static figures (plotly's mime renderer) are re-drawn from the saved
        # notebook (as PNG when it is not trusted): only FigureWidgets count.
        # Widget views come back one by one after a reload (an HTML readout can
        # follow its figure by a moment): give them up to 20 s to match. A
        # stale view never matches, and fails below with the difference.
        wanted = bk.plot_key(before, semantic=True)
        after = bk.widget_plots(bk.settle(page, busy=lab.busy))
        deadline = time.monotonic() + 20
        while bk.plot_key(after, semantic=True) != wanted and time.monotonic() < deadline:
            page.wait_for_timeout(250)
            after = bk.widget_plots(bk.settle(page, busy=lab.busy))
        if bk.plot_key(after, semantic=True) != wanted:
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
        if lab.state()["executed"] != state["executed"]:
            problems.append(f"{where}: the reload re-ran cells")
        record_property("moves", ex.moves)
        print(f"{where}: {ex.moves} moves checked, reload after {done}")
        for note in ex.notes:
            print(f"{where}: note: {note}")
        problems = list(dict.fromkeys(problems))
    finally:
        lab.shutdown_kernel()
    fail_if(problems, log)


# --------------------------------------------------------------------------
# Voila
# --------------------------------------------------------------------------


@pytest.mark.parametrize("nb", PARAMS)
def test_voila(nb, page, voila_server, lab_results, shot, record_property):
    path = f"notebooks/{nb}"
    where = f"Voila {nb}"
    log = bk.PageLog(page)
    problems: list[str] = []
    models = bk.voila_open(page, voila_server, path)
    lab = lab_results.get(nb)
    expected = lab["counts"] if lab else models
    if lab and models:
        for k in ("slider", "toggle", "button", "figure"):
            if models[k] != lab["counts"].get(k):
                problems.append(
                    f"{where}: {models[k]} {k} widget models, JupyterLab's kernel had {lab['counts'].get(k)}"
                )
    first = bk.settle(page)
    problems += [f"{where}: error in the page: {e}" for e in page.evaluate(bk.DOM_ERRORS_JS)]
    ctl = bk.controls(page)
    problems += check_rendered(ctl, where, expected)
    for p in first["plots"]:
        if not (p["rendered"] and p["visible"]):
            problems.append(f"{where}: a plot did not render (title {p['title']!r})")

    # The first render must be the figures for the controls' initial values:
    # Exercise moves each control away and back and compares with what was
    # shown before (for the first control, the first render). What JupyterLab
    # showed after Run All is compared too, as a note only: a notebook may
    # measure this machine and so differ from run to run.
    if lab and bk.plot_key(first, semantic=True) != bk.plot_key(lab["initial"], semantic=True):
        print(
            f"{where}: note: the first render differs from JupyterLab's after Run All:\n"
            + bk.describe_diff(lab["initial"], first)
        )
    ex = Exercise(page, where, busy=lambda: bk.voila_busy(page))
    ex.all_controls(ctl)
    if any("differ from before" in p for p in ex.problems):
        problems.append(
            f"{where}: the first render did not show the figures for the controls' initial values "
            f"(a FigureWidget sent its construction-time state?)"
        )
    problems += ex.problems
    record_property("moves", ex.moves)
    print(f"{where}: {ex.moves} moves checked")
    for note in ex.notes:
        print(f"{where}: note: {note}")
    shot(page, f"{bk.safe_name(nb)}-voila.png", full_page=True)  # all controls back at their initial values
    fail_if(list(dict.fromkeys(problems)), log)
