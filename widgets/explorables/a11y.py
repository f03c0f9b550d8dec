"""Accessible names for controls and figures, in JupyterLab and Voila alike.

ipywidgets gives a slider handle ``role=slider`` and keyboard control but no
accessible name, a SelectionSlider announces its index ("3") rather than its
label ("64 GB"), and plotly's SVG has no name. :class:`A11y` is a small
invisible anywidget placed in each explorer's box. It knows, by a CSS class
it gives each control, readout and figure (``_dom_classes``):

* each slider handle's name (the control's description) and, for a
  SelectionSlider, the label of each stop, announced as ``aria-valuetext``;
* each group of toggle buttons' name (``role=group``, ``aria-label``), each
  button's ``aria-pressed``;
* each readout, made a polite live region (``role=status``);
* each figure's name and description: ``role=figure``, named by what it is
  plus its current title (read from the plot in the browser after each of
  its redraws, plotly's ``plotly_afterplot``, so it follows every update with
  no extra message from the kernel), and described by one sentence saying
  what it shows;
* each figure's width: a plot drawn before its cell had a width (Run All)
  kept plotly's default 700 px until a window resize, while a reload drew it
  at the cell's width. Plotly's FigureWidget view autosizes on a window
  resize, so the module dispatches one when a plot's width differs from its
  container's.

The browser side is one ES module held in the widget (no CDN, nothing to
fetch: it works offline). One MutationObserver per page, shared by every
helper's views, reapplies the attributes when a view is drawn again (a
browser reload, a second view of the same control) or a control changes, so
they survive a reload; it ignores what happens inside a plot, which redraws
often and has its own hook. Measured before that: five observers, one per
view of chapter 5's helper, each re-reading every plot's size after every
plot mutation, cost about 40 ms of a 280 ms year change in Voilà. Nothing here runs in the kernel on
an update: the strings are fixed when the explorer is built.
"""

from __future__ import annotations

import itertools

import anywidget
import ipywidgets as w
import traitlets

from ..text import t

_ESM = r"""
const strip = (s) => String(s ?? '').replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')
  .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim();
const set = (e, name, value) => { if (value == null) return; if (e.getAttribute(name) !== value) e.setAttribute(name, value); };
const NATIVE = Element.prototype.setAttribute;

function labelHandle(h, target) {
  set(h, 'aria-label', target.name);
  const texts = target.valuetexts;
  if (!texts) return;
  if (!h.__a11yPatched) {
    // noUiSlider writes aria-valuenow (the index), then aria-valuetext, on every move: give the
    // label of that index as it is written, so a screen reader never hears an index.
    h.__a11yPatched = true;
    h.setAttribute = function (name, value) {
      if (name === 'aria-valuetext' && h.__a11yTexts) {
        const i = Math.round(parseFloat(this.getAttribute('aria-valuenow')));
        if (Number.isFinite(i) && h.__a11yTexts[i] !== undefined) value = h.__a11yTexts[i];
      }
      return NATIVE.call(this, name, value);
    };
  }
  h.__a11yTexts = texts;
  const i = Math.round(parseFloat(h.getAttribute('aria-valuenow')));
  if (Number.isFinite(i) && texts[i] !== undefined) set(h, 'aria-valuetext', texts[i]);
}

// A figure's name follows its title, and its width its container's; checked after every redraw of that plot
// (plotly's afterplot, relayout, restyle and update events), not on every mutation of the page.
function applyFigure(e, gd, target) {
  const title = gd.layout ? strip(gd.layout.title && (gd.layout.title.text ?? gd.layout.title)) : '';
  set(e, 'aria-label', title ? `${target.name}: ${title}` : target.name);
  // A FigureWidget drawn before its cell had a width falls back to plotly's 700 px and keeps it until the
  // window is resized (a reload draws it at the cell's width). Its view autosizes on a window resize, so ask
  // for one when a plot's width differs from its container's (a few times at most per plot, never for a
  // hidden one).
  const now = performance.now();
  if (gd._fullLayout && gd.clientWidth > 0 && Math.abs(gd._fullLayout.width - gd.clientWidth) > 2
      && (gd.__a11yResized || 0) < 4 && now - (gd.__a11yResizedAt || 0) > 400) {
    gd.__a11yResized = (gd.__a11yResized || 0) + 1;
    gd.__a11yResizedAt = now;
    window.dispatchEvent(new Event('resize'));
  }
}

// Once per frame per plot, at the frame's start: plotly fires two or three of these events per update, and
// reading a plot's width right after plotly changed its SVG makes the browser lay the page out there and then
// (measured: about 30 ms of each year change in chapter 5, five plots).
function later(e, gd) {
  if (gd.__a11yQueued) return;
  gd.__a11yQueued = true;
  requestAnimationFrame(() => { gd.__a11yQueued = false; applyFigure(e, gd, gd.__a11yTarget); });
}

function apply(targets) {
  for (const target of targets) {
    for (const e of document.getElementsByClassName(target.cls)) {
      if (target.kind === 'slider') {
        for (const h of e.querySelectorAll('.noUi-handle')) labelHandle(h, target);
      } else if (target.kind === 'group') {
        set(e, 'role', 'group');
        set(e, 'aria-label', target.name);
        for (const b of e.querySelectorAll('button')) set(b, 'aria-pressed', b.classList.contains('mod-active') ? 'true' : 'false');
      } else if (target.kind === 'live') {
        set(e, 'role', 'status');
        set(e, 'aria-live', 'polite');
        if (target.name) set(e, 'aria-label', target.name);
      } else if (target.kind === 'figure') {
        set(e, 'role', 'figure');
        set(e, 'aria-description', target.description);
        const gd = e.classList.contains('js-plotly-plot') ? e : e.querySelector('.js-plotly-plot');
        if (!gd) {
          set(e, 'aria-label', target.name);
        } else if (gd.__a11yTarget !== target || !gd.__a11yHooked) {
          gd.__a11yTarget = target;
          if (!gd.__a11yHooked && typeof gd.on === 'function') {
            gd.__a11yHooked = true;
            for (const event of ['plotly_afterplot', 'plotly_relayout', 'plotly_restyle', 'plotly_update'])
              gd.on(event, () => later(e, gd));
          }
          applyFigure(e, gd, target);
        }
      }
    }
  }
}

// One observer and one pass per page, over the targets of every helper on it: a chapter shows one explorer
// in several boxes, and each box holds a view of its helper. Mutations inside a plot (every redraw) are left
// to the plot's afterplot hook; the pass runs when a control, a readout or a view changes.
const KEY = '__essay_a11y';
const page = () => (globalThis[KEY] ??= (() => {
  const state = {views: new Set(), queued: false};
  const run = () => {
    state.queued = false;
    for (const view of state.views) apply(view.targets);
  };
  state.queue = () => { if (!state.queued) { state.queued = true; requestAnimationFrame(run); } };
  const inPlot = (node) => {
    const e = node.nodeType === 1 ? node : node.parentElement;
    return !!(e && e.closest('.js-plotly-plot'));
  };
  state.observer = new MutationObserver((records) => {
    if (records.some((r) => !inPlot(r.target))) state.queue();
  });
  state.observer.observe(document.body, { subtree: true, childList: true, attributes: true,
                                          attributeFilter: ['aria-valuenow', 'class'] });
  return state;
})());

export default {
  render({ model, el }) {
    el.style.display = 'none';
    const state = page();
    const view = { targets: model.get('targets') || [] };
    state.views.add(view);
    const onChange = () => { view.targets = model.get('targets') || []; state.queue(); };
    model.on('change:targets', onChange);
    apply(view.targets);
    return () => { state.views.delete(view); model.off('change:targets', onChange); };
  },
};
"""

_counter = itertools.count()


class A11y(anywidget.AnyWidget):
    """Invisible: names the controls, readouts and figures it is given, in the page."""

    _esm = _ESM
    targets = traitlets.List(traitlets.Dict()).tag(sync=True)


def _mark(widget: w.DOMWidget) -> str:
    """The widget's a11y class, added once."""
    for cls in widget._dom_classes:
        if cls.startswith("essay-a11y-"):
            return cls
    cls = f"essay-a11y-{next(_counter)}"
    widget.add_class(cls)
    return cls


def slider_texts(control: w.DOMWidget) -> list[str] | None:
    """What each stop of a SelectionSlider says (None for a numeric slider)."""
    if isinstance(control, w.SelectionSlider):
        return [str(label) for label in control._options_labels]
    return None


def targets(
    lang: str, controls: list[w.DOMWidget], readouts: list[w.DOMWidget], figures: dict[str, w.DOMWidget]
) -> list[dict]:
    """What the page must say about each control, readout and figure."""
    out: list[dict] = []
    for control in controls:
        name = control.description or ""
        if isinstance(control, (w.SelectionSlider, w.IntSlider, w.FloatSlider)):
            out.append(dict(cls=_mark(control), kind="slider", name=name, valuetexts=slider_texts(control)))
        elif isinstance(control, w.ToggleButtons):
            out.append(dict(cls=_mark(control), kind="group", name=name))
    for readout in readouts:
        out.append(dict(cls=_mark(readout), kind="live", name=t("a11y.readout", lang)))
    for key, fig in figures.items():
        out.append(
            dict(
                cls=_mark(fig),
                kind="figure",
                name=t(f"a11y.figure.{key}", lang),
                description=t(f"a11y.figure.{key}.description", lang),
            )
        )
    return out


def helper(lang: str, controls, readouts=(), figures: dict | None = None) -> A11y:
    """An A11y widget for these controls, readouts and figures (put it in the explorer's box)."""
    return A11y(targets=targets(lang, list(controls), list(readouts), dict(figures or {})))


def described(figure: w.DOMWidget, key: str, lang: str) -> w.VBox:
    """A figure shown on its own (no controls), named and described for assistive technology."""
    box = w.VBox([figure, helper(lang, (), (), {key: figure})])
    box.figure = figure
    return box
