"""What a screen reader gets, read from Chromium's accessibility tree, in JupyterLab and Voila;
and figures that keep their size across a reload.

- every slider has a non-empty accessible name; a SelectionSlider's value
  text is its label ("64 GB"), not its index, also after a move;
- the explorers' readouts are polite live regions;
- every figure drawn by a FigureWidget has an accessible name;
- (JupyterLab) a plot is as wide right after Run All as after a reload.

Run: .venv/bin/python -m pytest tests/browser/test_accessibility.py -k 02-two-stacks
"""

from __future__ import annotations

import browserkit as bk
import pytest
from test_browser import PARAMS, wait_plots_rendered

# The DOM side of what the tree says: per slider, its readout's text and its handle's value text.
SLIDERS_JS = r"""
() => [...document.querySelectorAll('.widget-slider, .widget-hslider')].filter(s => s.checkVisibility()).map(s => {
  const h = s.querySelector('.noUi-handle');
  const r = s.querySelector('.widget-readout');
  return {label: (s.querySelector('.widget-label') || {}).textContent || '',
          readout: r ? (r.value !== undefined && r.tagName === 'INPUT' ? r.value : r.textContent.trim()) : '',
          valuetext: h && h.getAttribute('aria-valuetext'), valuenow: h && h.getAttribute('aria-valuenow')};
})
"""

PLOT_WIDTHS_JS = r"""
() => [...document.querySelectorAll('.js-plotly-plot')]
  .filter(gd => !gd.classList.contains('jp-RenderedPlotly') && gd._fullLayout)
  .map(gd => Math.round(gd._fullLayout.width))
"""


def settled_widths(page) -> list[int]:
    """The plots' drawn widths once two readings 0.3 s apart agree (or the last reading after 10 s)."""
    return bk.wait_for(
        page,
        lambda: (
            (a := page.evaluate(PLOT_WIDTHS_JS)) == (page.wait_for_timeout(300) or page.evaluate(PLOT_WIDTHS_JS)) and a
        ),
        10,
        0.1,
    ) or page.evaluate(PLOT_WIDTHS_JS)


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


def accessibility_problems(page, where: str) -> list[str]:
    problems = []
    # Wait until the helper has named what is on the page (it runs on the next animation frame).
    bk.wait_for(
        page,
        lambda: page.evaluate(
            "() => [...document.querySelectorAll('.noUi-handle')].every(h => h.getAttribute('aria-label'))"
        ),
        10,
        0.1,
    )
    nodes = ax_nodes(page)
    sliders = [n for n in nodes if n["role"] == "slider"]
    for n in sliders:
        if not n["name"].strip():
            problems.append(f"{where}: a slider has no accessible name (value {n['value']!r})")
    for s in page.evaluate(SLIDERS_JS):
        numeric = s["readout"].replace(",", "").replace(".", "", 1).lstrip("-").isdigit()
        if not numeric and s["valuetext"] != s["readout"]:
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


def move_a_selection_slider(page) -> str | None:
    """Press ArrowRight on the first slider whose readout is a label; what it announces then."""
    for i, s in enumerate(page.evaluate(SLIDERS_JS)):
        numeric = s["readout"].replace(",", "").replace(".", "", 1).lstrip("-").isdigit()
        if not numeric:
            before = s["valuenow"]
            bk.press_handle(page, i, "ArrowRight" if s["valuenow"] == "0" else "ArrowLeft")
            bk.wait_for(page, lambda i=i, before=before: page.evaluate(SLIDERS_JS)[i]["valuenow"] != before, 5, 0.05)
            after = bk.wait_for(
                page, lambda i=i: (x := page.evaluate(SLIDERS_JS)[i])["valuetext"] == x["readout"] and x, 5, 0.05
            )
            return None if after else f"after a move, slider {s['label']!r}: {page.evaluate(SLIDERS_JS)[i]}"
    return None


@pytest.mark.parametrize("nb", PARAMS)
def test_voila_accessibility(nb, page, voila_server):
    where = f"Voila {nb}"
    bk.voila_open(page, voila_server, f"notebooks/{nb}")
    bk.settle(page)
    problems = accessibility_problems(page, where)
    moved = move_a_selection_slider(page)
    problems += [moved] if moved else []
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("nb", PARAMS)
def test_jupyterlab_accessibility_and_width_across_reload(nb, page, lab_server):
    path = f"notebooks/{nb}"
    where = f"JupyterLab {nb}"
    lab = bk.Lab(page, lab_server, path)
    problems: list[str] = []
    try:
        lab.open()
        lab.run_all()
        counts = lab.kernel_counts()
        wait_plots_rendered(page, counts.get("figure", 0) if isinstance(counts, dict) else 0, widget_only=True)
        bk.settle(page, busy=lab.busy)
        # the plots' drawn width, once it stops changing
        first = settled_widths(page)
        problems += accessibility_problems(page, where)
        moved = move_a_selection_slider(page)
        problems += [moved] if moved else []
        lab.save()
        page.reload(wait_until="domcontentloaded")
        lab.wait_ready()
        wait_plots_rendered(page, len(first), widget_only=True)
        bk.settle(page, busy=lab.busy)
        # every plot back (views return one by one after a reload), then its width once it stops changing
        bk.wait_for(page, lambda: len(page.evaluate(PLOT_WIDTHS_JS)) >= len(first), 60, 0.2)
        again = settled_widths(page)
        if [abs(a - b) > 2 for a, b in zip(first, again)] != [False] * len(first) or len(first) != len(again):
            problems.append(f"{where}: plot widths after Run All {first} differ from after a reload {again}")
        problems += accessibility_problems(page, f"{where} after a reload")
    finally:
        lab.shutdown_kernel()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
