"""A year move in chapter 5 redraws what moves, and only that (issue 11: restyle rather than replot).

The year slider moves, on each growth figure, the year line and the markers at the year (widgets/figures/growth.py,
MOVING), and changes the title of two of them. plotly.js can do both without drawing the figure again: it moves
the two traces (Plotly.animate without a redraw: live.apply(move=True)) and redraws the title alone (a relayout
of ``title.text``). A full redraw would show as plotly's ``plotly_afterplot`` event, which plotly.js fires at the
end of every whole-figure draw. plotly's widget view used to turn that title relayout into a whole redraw (its
``_doNotReportToPy`` marker, which plotly.js takes for an unknown attribute: live.py, FIGURE_ESM's quiet), and
the page must still not report the kernel's own updates back to it (no ``_js2py_relayout`` / ``_restyle`` /
``_update`` message).

Voila, one English chapter: the loader and the figures are the same in JupyterLab (tests/browser/test_browser.py
checks every control of every chapter in both).

Run alone: .venv/bin/python -m pytest tests/browser/test_redraw.py
"""

from __future__ import annotations

import base64

import browserkit as bk
import pytest

from widgets.figures import growth as growth_figures
from widgets.model import growth
from widgets.text import t

CHAPTER = "notebooks/en/05-why-virtualization.ipynb"
REPORTS = (b"_js2py_relayout", b"_js2py_restyle", b"_js2py_update")

# Each growth figure (its x axis is the year): from now on, every change plotly.js makes to its axes' tick labels,
# which it draws again on every whole-figure draw (plotly_afterplot would not tell: plotly.js fires it after a
# partial relayout too); and what a reader sees of it: the title, the year line's path, the texts of the markers
# at the year (the last two traces, found by their uid: plotly.js leaves a trace with no point out of the SVG).
SPY_JS = r"""
(yearTitle) => [...document.querySelectorAll('.js-plotly-plot')]
  .filter((gd) => gd.layout && gd.layout.xaxis && gd.layout.xaxis.title && gd.layout.xaxis.title.text === yearTitle)
  .map((gd, i) => {
    gd.__essayTest = i;
    gd.__ticks = 0;
    gd.__tickSpy?.disconnect();
    gd.__tickSpy = new MutationObserver((records) => { gd.__ticks += records.length; });
    for (const layer of gd.querySelectorAll('.xaxislayer-above, .yaxislayer-above'))
      gd.__tickSpy.observe(layer, {subtree: true, childList: true, attributes: true, characterData: true});
    return i;
  })
"""

SEEN_JS = r"""
() => [...document.querySelectorAll('.js-plotly-plot')].filter((gd) => gd.__essayTest !== undefined).map((gd) => {
  const trace = (k) => gd.querySelector(`.scatterlayer .trace${gd._fullData[gd._fullData.length - k].uid}`);
  const line = trace(2), here = trace(1);
  return {
    title: (gd.querySelector('.gtitle') || {}).textContent || '',
    line: (line && line.querySelector('path.js-line') || {getAttribute: () => ''}).getAttribute('d'),
    here: here ? [...here.querySelectorAll('.textpoint text')].map((e) => e.textContent) : [],
    label: gd.closest('[role=figure]') ? gd.closest('[role=figure]').getAttribute('aria-label') : '',
    ticks: gd.__ticks,
  };
})
"""


@pytest.fixture
def chapter5(browser, voila_server):
    context = browser.new_context(viewport=bk.VIEWPORT)
    context.set_default_timeout(60_000)
    page = context.new_page()
    log = bk.PageLog(page)
    sent: list[bytes] = []
    cdp = context.new_cdp_session(page)

    def frame(event: dict) -> None:
        response = event.get("response") or {}
        data = response.get("payloadData") or ""
        sent.append(base64.b64decode(data) if response.get("opcode") == 2 else data.encode("utf-8"))

    cdp.on("Network.webSocketFrameSent", frame)
    cdp.send("Network.enable")
    try:
        bk.voila_open(page, voila_server, CHAPTER)
        bk.sync(page)
        yield page, sent, log
    finally:
        context.close()


def test_a_year_move_moves_the_year_and_redraws_no_growth_figure(chapter5):
    page, sent, log = chapter5
    _, last = growth.years()
    spied = page.evaluate(SPY_JS, t("growth.axis.year", "en"))
    assert len(spied) == len(growth_figures.FIGURES), f"growth figures on the page: {len(spied)}"
    assert bk.handle_value(page, 0) == last, "the year slider starts at the last year"
    before = page.evaluate(SEEN_JS)
    sent.clear()
    bk.press_handle(page, 0, "ArrowLeft")
    bk.sync(page)
    assert bk.handle_value(page, 0) == last - 1
    after = page.evaluate(SEEN_JS)
    problems = []
    for i, (was, now) in enumerate(zip(before, after)):
        where = f"growth figure {i} ({now['title'][:40]!r})"
        if not now["line"] or now["line"] == was["line"]:
            problems.append(f"{where}: the year line did not move ({was['line']!r} -> {now['line']!r})")
        if was["here"] and not any(str(last - 1) in text for text in now["here"]):
            problems.append(f"{where}: no marker says {last - 1}: {now['here']}")
        if str(last) in was["title"] and str(last - 1) not in now["title"]:
            problems.append(f"{where}: the title still shows {last}: {now['title']!r}")
        if now["title"] and now["title"] not in (now["label"] or ""):
            problems.append(f"{where}: its accessible name {now['label']!r} does not follow the title")
        if now["ticks"]:
            problems.append(f"{where}: its axes were drawn again for a year move ({now['ticks']} changes)")
    if not any(str(last) in was["title"] for was in before):
        problems.append(f"no growth figure's title named the year {last}: {[b['title'] for b in before]}")
    if not any(was["here"] for was in before):
        problems.append("no growth figure showed a marker at the year")
    reports = [name.decode() for frame in sent for name in REPORTS if name in frame]
    if reports:
        problems.append(f"the page reported the kernel's own updates back to it: {sorted(set(reports))}")
    if log.page_errors:
        problems.append(f"errors in the page: {log.page_errors[:5]}")
    assert not problems, "\n".join(problems)
    # The spy sees a whole redraw: a narrower window redraws every figure at its new width.
    page.set_viewport_size({"width": bk.VIEWPORT["width"] - 200, "height": bk.VIEWPORT["height"]})
    redrawn = bk.wait_for(page, lambda: all(f["ticks"] for f in page.evaluate(SEEN_JS)), 30, 0.1)
    assert redrawn, f"a narrower window redrew no axes: {[f['ticks'] for f in page.evaluate(SEEN_JS)]}"
