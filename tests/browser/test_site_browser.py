"""The kernel-free pages (tools/static_site.py) in headless chromium, served by nothing but a static file
server (Python's http.server, in a thread, on a free port of 127.0.0.1).

- every page of both editions draws all its figures with no error, and asks for nothing beyond the
  site;
- on an English and a Japanese chapter, clicking a step of a plotly slider redraws the figure (its
  SVG changes) to the title the explorer itself shows in that state, the readout follows, and moving
  another control puts the first one back where it started; every request stays on 127.0.0.1;
- a slider is named as its widget is, says its value's label, and takes the arrow keys.

Waits follow what the page reports: each box of figures marks itself ``data-ready`` once drawn (essay.js),
and each plot reports ``plotly_animated`` when a step's frame has been played.

Run: .venv/bin/python -m pytest tests/browser/test_site_browser.py
(Not test_site.py: pytest imports test modules by their base name, and tests/test_site.py has that one.)
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import browserkit as bk
import pytest

from widgets import explorables
from widgets.explorables.base import allowed_values

ROOT = Path(__file__).resolve().parents[2]


sys.path.insert(0, str(ROOT / "tools"))
import static_site as S  # noqa: E402 - tools/ is not a package

PAGES = [f"{lang}/{p.stem}.html" for lang in S.LANGS for p in S.nav.chapters(lang)] + ["index.html"]

READY_JS = "() => [...document.querySelectorAll('.essay-figures')].every((b) => b.dataset.ready === 'true')"
PLOTS_DRAWN_JS = r"""
() => [...document.querySelectorAll('.essay-plot, .essay-controls')].map((gd) => !!(gd._fullLayout && gd.querySelector('svg.main-svg')))
"""
# plotly.js offers a "Share chart" button that uploads the figure to Plotly's cloud: none may show.
UPLOADERS_JS = (
    "() => [...document.querySelectorAll('.js-plotly-plot')].filter((gd) => gd._context.showSendToCloud).length"
)
# Where to click to choose a step: the middle of its tick, at the height of the rail (scrolled into view).
STEP_POINT_JS = r"""
([box, slider, step]) => {
  const panel = document.querySelectorAll('.essay-figures')[box].querySelector('.essay-controls');
  const group = panel.querySelectorAll('g.slider-group')[slider];
  group.scrollIntoView({block: 'center'});
  const tick = group.querySelectorAll('.slider-tick-rect')[step].getBoundingClientRect();
  const rail = group.querySelector('.slider-rail-rect').getBoundingClientRect();
  return [tick.left + tick.width / 2, rail.top + rail.height / 2];
}
"""
# Count each plot's finished frames from now on.
LISTEN_JS = r"""
(box) => {
  window.__played = 0;
  for (const gd of document.querySelectorAll('.essay-figures')[box].querySelectorAll('.essay-plot')) {
    gd.on('plotly_animated', () => { window.__played += 1; });
  }
}
"""
# What the box shows: each plot's title and a hash-able copy of its SVG, the sliders' positions, the readouts.
SHOWN_JS = r"""
(box) => {
  const b = document.querySelectorAll('.essay-figures')[box];
  return {
    titles: [...b.querySelectorAll('.essay-plot')].map((gd) => gd.layout.title.text),
    svgs: [...b.querySelectorAll('.essay-plot')].map((gd) => gd.querySelector('svg.main-svg').outerHTML),
    active: b.querySelector('.essay-controls').layout.sliders.map((s) => s.active),
    prefixes: b.querySelector('.essay-controls').layout.sliders.map((s) => s.currentvalue.prefix),
    views: [...b.querySelectorAll('.essay-view[data-view]')].map((v) => v.textContent.replace(/\s+/g, ' ').trim()),
  };
}
"""

# Which of the explorer's figures the box shows, in order.
KEYS_JS = (
    "(box) => JSON.parse(document.querySelectorAll('.essay-figures')[box]"
    ".querySelector('script.essay-data').textContent).figures.map((f) => f.key)"
)


@pytest.fixture(scope="module")
def site_url(browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    S.write_site(out)
    with bk.serve_static(out) as url:
        yield url


outside = bk.outside


def open_page(page, base: str, path: str) -> tuple[list[str], bk.PageLog]:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    log = bk.PageLog(page)
    page.goto(base + path)
    page.wait_for_function(READY_JS)
    return requests, log


def choose(page, box: int, slider: int, step: int, plots: int) -> dict:
    """Click a slider's step; wait until every plot of the box has played its frame; what the box shows."""
    page.evaluate(LISTEN_JS, box)
    x, y = page.evaluate(STEP_POINT_JS, [box, slider, step])
    page.mouse.click(x, y)
    page.wait_for_function("(n) => window.__played >= n", arg=plots)
    return page.evaluate(SHOWN_JS, box)


def text(value: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", value))).strip()


@pytest.mark.parametrize("path", PAGES)
def test_every_page_draws_its_figures_and_asks_nothing_of_the_internet(path, page, site_url):
    requests, log = open_page(page, site_url, path)
    drawn = page.evaluate(PLOTS_DRAWN_JS)
    assert all(drawn), f"{path}: a figure was not drawn ({drawn})"
    assert page.evaluate(UPLOADERS_JS) == 0, f"{path}: a figure offers to upload itself to Plotly's cloud"
    assert not log.page_errors and not log.console_errors, f"{path}: {log.page_errors + log.console_errors}"
    assert requests and outside(requests, site_url) == [], (
        f"{path} asked beyond the site: {outside(requests, site_url)}"
    )
    assert sum(u.endswith("/plotly.min.js") for u in requests) == 1


@pytest.mark.parametrize(
    "path, kind, move, step, then",
    [
        ("en/02-two-stacks.html", "HostExplorer", "ram", 10, "cores"),
        ("ja/06-consolidation.html", "ConsolidationExplorer", "platform", 1, "apps"),
    ],
)
def test_a_plotly_slider_redraws_the_figure_with_no_kernel(path, kind, move, step, then, page, site_url, shot):
    lang = path.split("/")[0]
    requests, log = open_page(page, site_url, path)
    explorer = getattr(explorables, kind)(lang)
    names = list(explorer.controls)
    plots = len(page.evaluate(KEYS_JS, 0))
    before = page.evaluate(SHOWN_JS, 0)
    # the sliders read as the widgets do, in the page's language
    assert before["prefixes"] == [f"{c.description}: " for c in explorer.controls.values()]

    after = choose(page, 0, names.index(move), step, plots)
    control = explorer.controls[move]
    explorer.update(**{move: S.offered(list(allowed_values(control)), control.value)[step]})
    keys = page.evaluate(KEYS_JS, 0)
    want = [S.figure_dict(explorer.figures[k])["layout"]["title"]["text"] for k in keys]
    assert after["titles"] == want, "the figures do not show the state the slider chose"
    assert all(a != b for a, b in zip(before["svgs"], after["svgs"], strict=True)), "a figure did not redraw"
    assert after["active"][names.index(move)] == step
    assert after["views"] == [text(explorer.readouts[0].value)], "the readout does not follow the slider"
    shot(page, f"site_{lang}_{Path(path).stem}.png")

    # moving another control puts the first back where the chapter starts it
    again = choose(page, 0, names.index(then), 0, plots)
    assert again["active"][names.index(move)] == before["active"][names.index(move)]
    assert again["active"][names.index(then)] == 0
    assert again["titles"] != after["titles"]

    assert not log.page_errors and not log.console_errors, log.page_errors + log.console_errors
    assert outside(requests, site_url) == [], f"requests left the machine: {outside(requests, site_url)}"


# Focus a slider of a box's panel (scrolled to the middle of the window, as a reader would have it).
FOCUS_JS = r"""
([box, slider]) => {
  const group = document.querySelectorAll('.essay-figures')[box].querySelectorAll('.essay-controls g.slider-group')[slider];
  group.scrollIntoView({block: 'center'});
  group.focus();
  return document.activeElement === group;
}
"""
ARIA_JS = r"""
(slider) => {
  const g = document.querySelectorAll('.essay-controls g.slider-group')[slider];
  return Object.fromEntries(['role', 'aria-label', 'aria-valuenow', 'aria-valuetext'].map((a) => [a, g.getAttribute(a)]));
}
"""


def test_a_slider_has_a_name_and_takes_the_arrow_keys(page, site_url):
    requests, log = open_page(page, site_url, "en/02-two-stacks.html")
    explorer = explorables.HostExplorer("en")
    slider = list(explorer.controls).index("ram")
    control = explorer.controls["ram"]
    values = S.offered(list(allowed_values(control)), control.value)
    labels = {v: label for label, v in control.options}
    start = values.index(control.value)
    assert page.evaluate(ARIA_JS, slider) == {
        "role": "slider",
        "aria-label": control.description,
        "aria-valuenow": str(start),
        "aria-valuetext": labels[control.value],
    }
    assert page.evaluate(FOCUS_JS, [0, slider])
    page.evaluate(LISTEN_JS, 0)
    page.keyboard.press("ArrowRight")
    page.wait_for_function("(n) => window.__played >= n", arg=1)
    page.wait_for_function(
        "([s, now]) => document.querySelectorAll('.essay-controls g.slider-group')[s].getAttribute('aria-valuenow') === now",
        arg=[slider, str(start + 1)],
    )
    explorer.update(ram=values[start + 1])
    shown = page.evaluate(SHOWN_JS, 0)
    assert shown["active"][slider] == start + 1
    assert shown["titles"] == [S.figure_dict(explorer.figures["stack"])["layout"]["title"]["text"]]
    assert page.evaluate(ARIA_JS, slider)["aria-valuetext"] == labels[values[start + 1]]
    assert not log.page_errors and not log.console_errors, log.page_errors + log.console_errors
    assert outside(requests, site_url) == []
