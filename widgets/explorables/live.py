"""Live figures: a plotly FigureWidget that a browser reload (or Voila) shows
as it is now, one plotly.js per page, and :func:`apply`, a live update that
sends only what changed, and moves a trace that only moves without redrawing
the figure. This module is also the package's one plotly adapter (below).

plotly's FigureWidget sends each update to the browser as a delta
(``_py2js_restyle`` and friends). The full figure it offers a newly opened
view, the ``_widget_data`` / ``_widget_layout`` traits, is set only when the
widget is built and when a cell displays it. A page reload, or Voila rendering
a figure updated after it was displayed, asks the kernel for the widget's
state with ipywidgets' ``get_state`` and got that stale figure.
:class:`LiveFigure` answers ``get_state`` with the figure as it is now. It
sends nothing extra on an update: the current figure is serialised only when
a view asks for the whole state.

One plotly.js per page, fetched once, not carried by the kernel. plotly's
FigureWidget is an anywidget whose ``_esm`` is plotly's whole widget bundle
(about 5 MB): every figure carried it over the websocket, every executed
notebook stored it, and the page evaluated it once per figure (anywidget
gives a model two seconds to load its module; five figures evaluating 5 MB
each on a busy machine overran it, "[anywidget] Failed to initialize model").
Here each figure's ``_esm`` is a short loader (FIGURE_ESM). Once per page it
imports plotly's widget module from the URL the Jupyter server serves it at
(widgets/served.py: JupyterLab, Voila and JupyterLite all serve it), which
the browser caches; where nothing serves it, it asks the kernel's one hidden
:class:`PlotlyBundle`, which answers with the bundle as one binary message.
The loader lets anywidget finish at once and hands the model to plotly's
widget when the module is there; a figure that received updates meanwhile
first asks the kernel for its current state (``essay-figure`` messages).

The plotly adapter
------------------
Every private plotly name the package touches is touched here and nowhere
else (code that needs a figure's plain data reads it through
:func:`trace_props` and :func:`layout_props`). Checked against plotly 7.1.0 (with anywidget 0.11.0,
ipywidgets 8.1.9); each behaviour relied on has its own test in
tests/test_live.py, named in brackets:

1. ``go.FigureWidget._esm`` is plotly's whole widget bundle (anywidget's
   ``FileContents``; ``str()`` gives the text), an ES module whose default
   export is a factory returning ``{initialize, render}``: FIGURE_ESM calls
   it. It is the file ``plotly/package_data/widgetbundle.js``, which
   widgets/served.py copies where Jupyter serves it (the one plotly detail
   outside this module). [test_plotly_bundle_default_export_is_a_widget_factory,
   test_served_file_is_the_widget_bundle]
2. ``_data`` is a list with one plain dict per trace, in trace order, holding
   the properties set on it (nested dicts, ``type`` included); ``_layout`` is
   the layout's plain dict. Both change in place with every update.
   [test_data_and_layout_are_the_plain_dicts_of_what_is_set]
3. ``_layout_obj`` is None while ``BaseFigure.__init__`` runs (ipywidgets asks
   ``get_state`` while building the widget), and ``_layout_obj._props`` is
   ``_layout`` afterwards. [test_layout_obj_is_unset_while_the_widget_is_built]
4. ``_widget_data`` / ``_widget_layout`` are the synced traits a new view is
   drawn from, serialised by their ``to_json`` metadata (plotly's
   ``custom_serializers``) or ipywidgets' ``Widget._trait_to_json``.
   [test_full_figure_traits_and_their_serialisers]
5. plotly calls the static ``_remove_overlapping_props(input_data,
   delta_data, prop_path=())`` on the trace and layout values the browser
   reports back, and drops from the figure every path it returns; LiveFigure
   returns none. [test_reported_values_go_through_remove_overlapping_props]
6. ``_config`` is a synced trait holding plotly.js's config (LiveFigure adds
   ``responsive``). [test_config_is_the_synced_plotly_js_config]
7. ``plotly_update(restyle_data, relayout_data, trace_indexes)`` sends one
   ``plotly_update`` message with per-trace lists, and validates only the
   paths it is given (public, but :func:`apply` relies on its message shape).
   [test_plotly_update_sends_one_message_for_restyle_and_relayout]
8. plotly's widget model applies each update it gets through a ``_py2js_*``
   trait (``change:_py2js_update`` and the rest) to its copy of the figure:
   FIGURE_ESM watches the same traits while plotly loads.
   [test_update_traits_are_the_ones_plotly_listens_to]
9. ``_perform_plotly_update(restyle_data, relayout_data, trace_indexes)``
   applies an update to the figure in the kernel and returns ``(restyle
   changes, relayout changes, trace indexes)``; ``_send_animate_msg(styles_data,
   relayout_data, trace_indexes, animation_opts)`` sends one ``_py2js_animate``
   message, which plotly's widget view hands to ``Plotly.animate``. With
   :data:`MOVE_NOW` (no transition, no redraw) plotly.js moves the traces'
   points and texts and redraws nothing else: no axes, legend, title or other
   trace. [test_animate_moves_traces_in_one_message_without_a_redraw]
10. plotly's widget view marks each update it applies with a
    ``_doNotReportToPy`` key on the object it passes to ``Plotly.update``,
    ``restyle`` and ``relayout`` (the bundle's ``Md.default``, the object it
    also sets as ``window.Plotly``), and its handlers of plotly.js's
    ``plotly_update`` / ``plotly_restyle`` / ``plotly_relayout`` events skip an
    event whose data has that key (``hasOwnProperty``). FIGURE_ESM's
    ``quiet`` relies on both. [test_view_marks_updates_and_skips_marked_events]
11. The view reports to the kernel through the ``_js2py_*`` traits, which
    plotly's handlers set back to None at once; LiveFigure declares them
    again with the same serialisers and ``echo_update=False``, so ipywidgets
    does not send each report (the figure's deltas, 10-20 kB) back to the
    page. [test_reports_from_the_page_are_not_echoed]

When upgrading plotly (or anywidget, ipywidgets): run tests/test_live.py,
tests/test_explorable.py and tests/browser/ (the page's one plotly.js).
"""

from __future__ import annotations

import json
from copy import deepcopy

import anywidget
import plotly
import plotly.graph_objects as go
import plotly.utils
import traitlets
from plotly.serializers import custom_serializers

from .. import served

# Message types between a page and the kernel (custom comm messages).
BUNDLE_REQUEST, BUNDLE_REPLY = "essay-plotly-bundle-request", "essay-plotly-bundle"
FIGURE_REQUEST, FIGURE_REPLY = "essay-figure-request", "essay-figure"


def _constants(**values: object) -> str:
    """JavaScript const declarations of these values (JSON), to head a module."""
    return "".join(f"const {name} = {json.dumps(value)};\n" for name, value in values.items())


# The page's slot for the loader, and the bundle's URL under a labextensions URL: the loader and a page's
# preload (preload_script) share them.
_PAGE_JS = (
    _constants(
        KEY=f"__essay_plotly_widget_{plotly.__version__}",
        # ?v=: JupyterLab lets the browser cache a labextensions file whose URL carries a version.
        FILE=f"{served.relative_url()}?v={plotly.__version__}",
    )
    + r"""const page = () => (globalThis[KEY] ??= {module: null, bundleModel: null, waiting: [], preload: false});
const bundleUrl = (base) => new URL(FILE, new URL(base.replace(/\/*$/, '/'), document.baseURI)).href;
"""
)

# One loader per page and plotly version. It imports plotly's widget module from the URL the Jupyter server
# serves it at (widgets/served.py), once per page; where that fails, it asks the kernel's PlotlyBundle for the
# bundle. Figures and the bundle widget share it through globalThis.
_SHARED_JS = (
    _PAGE_JS
    + _constants(BUNDLE_REQUEST=BUNDLE_REQUEST, BUNDLE_REPLY=BUNDLE_REPLY)
    + r"""
// The bundle's URL: the page's labextensions URL (JupyterLab, Voila, JupyterLite all name it), or null.
function servedUrl() {
  try {
    const config = document.getElementById('jupyter-config-data');
    const base = config && JSON.parse(config.textContent).fullLabextensionsUrl;
    return base ? bundleUrl(base) : null;
  } catch (e) {
    return null;
  }
}

// The bundle from the kernel, as one binary buffer, through the page's PlotlyBundle widget.
function fromKernel(p) {
  return new Promise((resolve, reject) => {
    const ask = (model) => {
      const onMsg = (msg, buffers) => {
        if (!msg || msg.type !== BUNDLE_REPLY) return;
        model.off('msg:custom', onMsg);
        const url = URL.createObjectURL(new Blob([buffers[0]], {type: 'text/javascript'}));
        import(url).then(resolve, reject).finally(() => URL.revokeObjectURL(url));
      };
      model.on('msg:custom', onMsg);
      model.send({type: BUNDLE_REQUEST});
    };
    if (p.bundleModel) ask(p.bundleModel); else p.waiting.push(ask);
  });
}

// What the page has yet to draw: each figure's hand-over to plotly until plotly's render has run. A page that
// wants to know when it has shown everything it was sent awaits these and then plotly's own promises
// (tests/browser/browserkit.py: SYNC_JS, which the browser tests and make bench use instead of time windows).
function pending(work) {
  const set = (globalThis.__essay_pending ??= new Set());
  const done = () => set.delete(work);
  set.add(work);
  work.then(done, done);
  return work;
}

// A task of its own for each figure's hand-over and first draw. Without it, once plotly's module arrives every
// waiting figure initializes and draws in one unbroken run of promise callbacks, which on a busy machine keeps
// the page from everything else for seconds: anywidget gives each model two seconds to load its module and
// initialize, and a model that misses that ignores its messages from then on (a figure that never redraws).
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

// Until the page has nothing else to do. Evaluating plotly's module is one long task (a second or more on a
// busy machine); a model that anywidget is still loading when it starts can miss its two seconds (see turn).
// So the module is downloaded first (into the browser's cache), and evaluated at an idle moment, once every
// model already on its way has finished loading. The timeout is a guard only.
const idle = () => new Promise((resolve) =>
  globalThis.requestIdleCallback ? requestIdleCallback(() => resolve(), {timeout: 10000}) : setTimeout(resolve, 0));

// plotly's widget module, loaded once per page.
function plotlyModule() {
  const p = page();
  return (p.module ??= (async () => {
    const url = servedUrl();
    if (url) {
      try {
        if (!p.preload) {  // a page that preloads (preload_script) has it on its way or evaluated already
          await fetch(url).then((r) => r.ok && r.arrayBuffer()).catch(() => null);
          await idle();
        }
        return await import(url);
      } catch (e) {
        console.info(`[essay] plotly's widget bundle is not served at ${url}; asking the kernel for it`);
      }
    }
    return await fromKernel(p);
  })());
}
"""
)


def preload_script(labextensions_url: str) -> str:
    """A page's <script> that evaluates plotly's widget module at the page's first idle moment, before any figure.

    For a page whose kernel takes a while to start (the lite edition's Pyodide): the module's one long task then
    falls where no anywidget model is loading. labextensions_url is the page's ``fullLabextensionsUrl``,
    relative to the page. A figure that comes before the idle moment imports the same URL, which the browser
    evaluates once; where the import fails, the figure's loader asks the kernel as it would without this.
    """
    script = (
        _PAGE_JS
        + _constants(BASE=labextensions_url)
        + "page().preload = true;\n"
        + "const go = () => import(bundleUrl(BASE)).catch(() => {});\n"
        + "globalThis.requestIdleCallback ? requestIdleCallback(go, {timeout: 10000}) : setTimeout(go, 0);\n"
    )
    return f'<script type="module" id="essay-plotly-preload">\n{script}</script>\n'


# plotly's widget view marks each update it applies for the kernel with a `_doNotReportToPy` key on the very
# object it hands plotly.js (Plotly.update, restyle, relayout), so that its own handler of the event plotly.js fires
# after the update does not report the change back to the kernel (10). plotly.js takes the key for an attribute it
# does not know and redraws the whole figure: a title that changes, or an opacity, costs a full replot (axes, ticks,
# every trace), three times the partial redraw plotly.js makes without it (tools/bench.py's chapter 5 rows). So
# the page's plotly.js gets the update without the key, and the event it fires afterwards gets it back, for the
# view's handler to find. Once per plotly.js (window.Plotly, which plotly's widget bundle sets: it is the object the
# view calls); calls without the key pass through untouched.
_QUIET_JS = r"""
const MARK = '_doNotReportToPy';
const marked = (o) => !!o && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, MARK);
function quiet(P) {
  if (!P || P.__essayQuiet || typeof P.update !== 'function') return;
  P.__essayQuiet = true;
  const EVENTS = {plotly_relayout: (d) => d, plotly_restyle: (d) => Array.isArray(d) && d[0],
                  plotly_update: (d) => d && Array.isArray(d.data) && d.data[0]};
  const hook = (gd) => {
    if (!gd || gd.__essayQuietEmit || typeof gd.emit !== 'function') return;
    const emit = gd.emit;
    gd.__essayQuietEmit = true;
    gd.emit = function (name, data) {
      const part = gd.__essayQuietCalls > 0 && EVENTS[name] && EVENTS[name](data);
      if (part && typeof part === 'object') part[MARK] = true;
      return emit.apply(this, arguments);
    };
  };
  for (const name of ['update', 'restyle', 'relayout']) {
    const original = P[name];
    P[name] = function (gd, change, ...rest) {
      if (!marked(change)) return original.apply(this, arguments);
      const el = typeof gd === 'string' ? document.getElementById(gd) : gd;
      hook(el);
      const clean = {...change};
      delete clean[MARK];
      if (el) el.__essayQuietCalls = (el.__essayQuietCalls || 0) + 1;  // kernel updates in flight on this plot
      const done = () => { if (el) el.__essayQuietCalls--; };
      const out = original.call(this, gd, clean, ...rest);
      Promise.resolve(out).then(done, done);
      return out;
    };
  }
}
"""

BUNDLE_ESM = (
    _SHARED_JS
    + """
export default {
  initialize({ model }) {
    const p = page();
    p.bundleModel = model;
    for (const ask of p.waiting.splice(0)) ask(model);
  },
  render() {},
};
"""
)

# A figure hands its model to plotly's own widget once plotly's module is loaded. It does not make anywidget
# wait for that: anywidget gives a model two seconds to initialize, and a 5 MB module on a slow network or a
# busy machine can take longer. Updates that arrive meanwhile (a reader moving a slider while the page loads)
# would be lost to plotly's model, which applies each update to its copy of the figure; if any arrived, the
# figure asks the kernel for the figure as it is now first. Reapplying an update is harmless: each sets values.
FIGURE_ESM = (
    _SHARED_JS
    + _QUIET_JS
    + _constants(FIGURE_REQUEST=FIGURE_REQUEST, FIGURE_REPLY=FIGURE_REPLY)
    + """
const UPDATES = ['_py2js_addTraces', '_py2js_deleteTraces', '_py2js_moveTraces', '_py2js_restyle',
                 '_py2js_relayout', '_py2js_update', '_py2js_animate', '_py2js_removeLayoutProps',
                 '_py2js_removeTraceProps'];

// The figure as the kernel holds it now, set on the page's model (not sent back). A kernel that never
// answers (it was shut down) leaves the page's copy as it is.
function resync(model) {
  return new Promise((resolve) => {
    const done = (msg) => {
      model.off('msg:custom', onMsg);
      clearTimeout(guard);
      if (msg) {
        model.set('_widget_data', msg.data);
        model.set('_widget_layout', msg.layout);
      }
      resolve();
    };
    const onMsg = (msg) => { if (msg && msg.type === FIGURE_REPLY) done(msg); };
    const guard = setTimeout(() => done(null), 15000);
    model.on('msg:custom', onMsg);
    model.send({type: FIGURE_REQUEST});
  });
}

export default () => {
  let widget = null;
  return {
    initialize({ model, signal, experimental }) {
      let missed = false;
      const miss = () => { missed = true; };
      for (const name of UPDATES) model.on(`change:${name}`, miss);
      widget = pending(plotlyModule().then(async (mod) => {
        await turn();
        if (missed) await resync(model);
        for (const name of UPDATES) model.off(`change:${name}`, miss);
        const plotlyWidget = mod.default();
        quiet(globalThis.Plotly);
        await plotlyWidget.initialize?.({ model, signal, experimental });
        return plotlyWidget;
      }));
      widget.catch((e) => console.error('[essay] plotly could not be loaded', e));
    },
    render({ model, el, signal, experimental }) {
      let cleanup = null, gone = false;
      pending(widget.then(async (w) => {
        await turn();
        if (!gone) cleanup = w.render?.({ model, el, signal, experimental });
        await cleanup;
      })).catch(() => {});
      return () => {
        gone = true;
        Promise.resolve(cleanup).then((f) => { if (typeof f === 'function') f(); });
      };
    },
  };
};
"""
)


class PlotlyBundle(anywidget.AnyWidget):
    """Sends plotly's widget bundle to a page that asks for it (where it is not served); never displayed.

    It holds no state: an executed notebook stores a few hundred bytes for it, and a page that finds the
    bundle at its served URL never asks.
    """

    _esm = BUNDLE_ESM

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.on_msg(self._answer)

    def _answer(self, _widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("type") == BUNDLE_REQUEST:
            self.send({"type": BUNDLE_REPLY}, buffers=[plotly_bundle().encode("utf-8")])


_bundle: PlotlyBundle | None = None


def shared_bundle() -> PlotlyBundle:
    """The kernel's PlotlyBundle, opened again if something closed it."""
    global _bundle
    if _bundle is None or _bundle.comm is None:
        _bundle = PlotlyBundle()
    return _bundle


# === The plotly adapter ========================================================
# Every private plotly name the package uses, and only here; the behaviours
# relied on are numbered in the module docstring and tested in tests/test_live.py.

_FULL = ("_widget_data", "_widget_layout")  # (4) the traits a new view is drawn from


def plotly_bundle() -> str:
    """plotly's whole widget bundle, an ES module (1)."""
    return str(go.FigureWidget._esm)


def trace_props(figure: go.Figure) -> list[dict]:
    """What is set on each trace, as plotly stores it: one plain dict per trace, in order (2). Read only."""
    return figure._data


def layout_props(figure: go.Figure) -> dict:
    """What is set on the layout, as plotly stores it: a plain nested dict (2). Read only."""
    return figure._layout


def _report() -> traitlets.Dict:
    """A trait the page reports through, as plotly declares it, but not echoed back to the page (11)."""
    return traitlets.Dict(allow_none=True).tag(sync=True, echo_update=False, **custom_serializers)


class LiveFigure(go.FigureWidget):
    """A FigureWidget whose full state is always the current figure, and whose
    module is a few lines that borrow the page's one copy of plotly.js."""

    _esm = FIGURE_ESM

    # What the page reports (11): handled in the kernel, never echoed to the page.
    _js2py_traceDeltas = _report()
    _js2py_layoutDelta = _report()
    _js2py_restyle = _report()
    _js2py_relayout = _report()
    _js2py_update = _report()
    _js2py_pointsCallback = _report()

    def __init__(self, *args, **kwargs):
        shared_bundle()
        super().__init__(*args, **kwargs)
        # Responsive: plotly resizes the plot to its container on a window resize. A figure drawn
        # by Run All is drawn before its cell has a width (plotly's 700 px fallback); the
        # accessibility helper (a11y.py) then asks for a resize, so it fills the cell as it does
        # after a reload. (6)
        self._config = {**(self._config or {}), "responsive": True}
        self.on_msg(self._answer)

    def _answer(self, _widget, content, _buffers) -> None:
        """A page that missed updates while plotly loaded asks for the figure as it is now (FIGURE_ESM)."""
        if isinstance(content, dict) and content.get("type") == FIGURE_REQUEST:
            figure = {"data": trace_props(self), "layout": layout_props(self)}
            plain = json.loads(json.dumps(figure, cls=plotly.utils.PlotlyJSONEncoder))
            self.send({"type": FIGURE_REPLY, **plain})

    # After the browser draws an update it reports the values it used back to
    # the kernel ("trace deltas"), and plotly moves every reported value that
    # was also set explicitly out of the figure's data and into its defaults.
    # The figure still shows it, but the data a reload is sent would lack it
    # (a line lost its y values after a reload). Keep explicit values where
    # they were set. (5)
    @staticmethod
    def _remove_overlapping_props(input_data, delta_data, prop_path=()):
        return []

    def get_state(self, key=None, drop_defaults=False):
        state = super().get_state(key=key, drop_defaults=drop_defaults)
        if getattr(self, "_layout_obj", None) is None:  # still being built (3)
            return state
        current = {"_widget_data": trace_props(self), "_widget_layout": layout_props(self)}
        for name in _FULL:
            if name in state:
                to_json = self.trait_metadata(name, "to_json", self._trait_to_json)
                state[name] = to_json(deepcopy(current[name]), self)
        return state


#: Plotly.animate's options for a move: at once, no transition, and no redraw after it (9).
MOVE_NOW = {"transition": {"duration": 0}, "frame": {"duration": 0, "redraw": False}, "mode": "immediate"}


def _send_move(
    figure: go.FigureWidget, restyle: dict[str, list], changed: dict[str, dict[int, object]], indexes: list[int]
) -> None:
    """Apply a restyle (a value list per key over ``indexes``) in the kernel, and move the traces in the browser
    without a redraw, each given only what changed on it (``changed``: key -> trace index -> value) (9)."""
    figure._perform_plotly_update(restyle_data=restyle, trace_indexes=indexes)
    styles = [{key: by_trace[i] for key, by_trace in changed.items() if i in by_trace} for i in indexes]
    figure._send_animate_msg(styles, {}, indexes, MOVE_NOW)


# === end of the plotly adapter =================================================


def apply(figure: go.FigureWidget, data: list[dict], layout: dict, first: int = 0, *, move: bool = False) -> None:
    """Bring a figure's traces and layout to a builder's output.

    data holds one dict of trace properties per trace, in the figure's trace
    order from trace ``first`` on (the properties a builder's ``traces``
    varies, as plotly paths such as ``"marker.color"``); layout holds layout
    paths (``"title.text"``) and their values. Only what differs from the
    figure's current values is validated and sent. When every changed trace
    is of one type, one ``plotly_update`` carries it all (the fast path);
    otherwise a ``batch_update`` does, since one restyle cannot give a bar's
    ``base`` to a scatter trace. Either way the browser gets one message, and
    plotly.js redraws what it needs to: the whole figure (its axes and every
    trace) for new data, less for a new title or colour (FIGURE_ESM's quiet).

    move=True is for traces that only move on fixed axes (a year line and its
    markers): when the changed traces are of one type, their changed
    properties are top-level ones (``x``, ``text``) and every axis they are
    drawn on has a range set in the layout, plotly.js moves them without
    redrawing the rest (:func:`_send_move`); a layout change follows in a
    second message (a relayout, which redraws what it names). Otherwise it is
    the ordinary update above.
    """
    traces_now, layout_now = trace_props(figure), layout_props(figure)
    changed: dict[str, dict[int, object]] = {}
    for index, values in enumerate(data, start=first):
        current = traces_now[index]
        for key, value in values.items():
            if _get(current, key) != value:
                changed.setdefault(key, {})[index] = value
    layout = {key: value for key, value in layout.items() if _get(layout_now, key) != value}
    if not changed and not layout:
        return
    indexes = sorted({index for by_trace in changed.values() for index in by_trace})
    if len({traces_now[i].get("type") for i in indexes}) <= 1:
        restyle = {
            key: [by_trace.get(i, _get(traces_now[i], key)) for i in indexes] for key, by_trace in changed.items()
        }
        if move and changed and _movable(traces_now, layout_now, restyle, indexes):
            _send_move(figure, restyle, changed, indexes)
            if layout:
                figure.plotly_relayout(layout)
            return
        figure.plotly_update(restyle_data=restyle, relayout_data=layout, trace_indexes=indexes)
        return
    traces = figure.data
    with figure.batch_update():
        for key, by_trace in changed.items():
            for index, value in by_trace.items():
                traces[index][key] = value
        for key, value in layout.items():
            figure.layout[key] = value


def _movable(traces: list[dict], layout: dict, restyle: dict, indexes: list[int]) -> bool:
    """Whether plotly.js can move these traces without a redraw: top-level properties, axes with a set range."""
    if any("." in key for key in restyle):
        return False
    for i in indexes:
        for letter in ("x", "y"):
            ref = traces[i].get(f"{letter}axis") or letter  # "x", "x2", ...
            axis = layout.get(f"{letter}axis{ref[1:]}") or {}
            if not axis.get("range") or axis.get("autorange") not in (None, False):
                return False
    return True


def _get(props: dict, path: str):
    """A value from plotly's plain-dict store by dotted path, None where unset; tuples as lists."""
    for part in path.split("."):
        if not isinstance(props, dict) or part not in props:
            return None
        props = props[part]
    return list(props) if isinstance(props, tuple) else props
