"""A plotly FigureWidget that a browser reload (or Voila) shows as it is now.

plotly's FigureWidget sends each update to the browser as a delta
(``_py2js_restyle`` and friends). The full figure it offers a newly opened
view, the ``_widget_data`` / ``_widget_layout`` traits, is set only when the
widget is built and when a cell displays it. A page reload, or Voila rendering
a figure updated after it was displayed, asks the kernel for the widget's
state with ipywidgets' ``get_state`` and got that stale figure.

:class:`LiveFigure` answers ``get_state`` with the figure as it is now. It
sends nothing extra on an update: the current figure is serialised only when
a view asks for the whole state.

One plotly.js per page. plotly's FigureWidget is an anywidget whose ``_esm``
is plotly's whole widget bundle (about 5 MB), so every figure carried it to
the page and the page evaluated it once per figure. anywidget gives each model
two seconds to load its module; after a reload on a busy machine, five
figures evaluating 5 MB each overran it ("[anywidget] Failed to initialize
model") and later outputs never came back. Here one hidden :class:`PlotlyBundle`
per kernel carries the bundle and evaluates it once per page; each figure's
``_esm`` is a few lines that wait for it and hand over to plotly's own
widget. Everything here uses anywidget's public ``_esm`` contract; the
private plotly attributes this module relies on are listed in
tests/test_explorable.py.
"""

from __future__ import annotations

import json
from copy import deepcopy

import anywidget
import plotly
import plotly.graph_objects as go
import traitlets

_FULL = ("_widget_data", "_widget_layout")

# One promise per page and plotly version: the PlotlyBundle resolves it with
# plotly's widget module; every figure waits for it.
_SHARED_JS = """
const key = %s;
const shared = () => (globalThis[key] ??= (() => {
  const box = {started: false};
  box.promise = new Promise((resolve, reject) => { box.resolve = resolve; box.reject = reject; });
  return box;
})());
""" % json.dumps(f"__essay_plotly_widget_{plotly.__version__}")

BUNDLE_ESM = _SHARED_JS + """
export default {
  initialize({ model }) {
    const box = shared();
    if (box.started) return;
    box.started = true;
    const url = URL.createObjectURL(new Blob([model.get("bundle")], {type: "text/javascript"}));
    import(url).then(box.resolve, box.reject).finally(() => URL.revokeObjectURL(url));
  },
  render() {},
};
"""

FIGURE_ESM = _SHARED_JS + """
export default async () => (await shared().promise).default();
"""


class PlotlyBundle(anywidget.AnyWidget):
    """plotly's widget bundle, sent to the page once per kernel; never displayed."""

    _esm = BUNDLE_ESM
    bundle = traitlets.Unicode().tag(sync=True)


_bundle: PlotlyBundle | None = None


def shared_bundle() -> PlotlyBundle:
    """The kernel's PlotlyBundle, opened again if something closed it."""
    global _bundle
    if _bundle is None or _bundle.comm is None:
        _bundle = PlotlyBundle(bundle=str(go.FigureWidget._esm))
    return _bundle


class LiveFigure(go.FigureWidget):
    """A FigureWidget whose full state is always the current figure, and whose
    module is a few lines that borrow the page's one copy of plotly.js."""

    _esm = FIGURE_ESM

    def __init__(self, *args, **kwargs):
        shared_bundle()
        super().__init__(*args, **kwargs)
        # Responsive: plotly resizes the plot to its container on a window resize. A figure drawn
        # by Run All is drawn before its cell has a width (plotly's 700 px fallback); the
        # accessibility helper (a11y.py) then asks for a resize, so it fills the cell as it does
        # after a reload.
        self._config = {**(self._config or {}), "responsive": True}

    # After the browser draws an update it reports the values it used back to
    # the kernel ("trace deltas"), and plotly moves every reported value that
    # was also set explicitly out of the figure's data and into its defaults.
    # The figure still shows it, but the data a reload is sent would lack it
    # (a line lost its y values after a reload). Keep explicit values where
    # they were set.
    @staticmethod
    def _remove_overlapping_props(input_data, delta_data, prop_path=()):
        return []

    def get_state(self, key=None, drop_defaults=False):
        state = super().get_state(key=key, drop_defaults=drop_defaults)
        if getattr(self, "_layout_obj", None) is None:  # still being built
            return state
        current = {"_widget_data": self._data, "_widget_layout": self._layout_obj._props}
        for name in _FULL:
            if name in state:
                to_json = self.trait_metadata(name, "to_json", self._trait_to_json)
                state[name] = to_json(deepcopy(current[name]), self)
        return state


def apply(figure: go.FigureWidget, data: list[dict], layout: dict, first: int = 0) -> None:
    """Bring a figure's traces and layout to a builder's output in one update message.

    data holds one dict of trace properties per trace, in the figure's trace
    order from trace ``first`` on (the properties a builder's ``traces``
    varies, as plotly paths such as ``"marker.color"``); layout holds layout
    paths (``"title.text"``) and their values. Only what differs from the
    figure's current values is validated and sent. When every changed trace
    is of one type, one ``plotly_update`` carries it all (the fast path);
    otherwise a ``batch_update`` does, since one restyle cannot give a bar's
    ``base`` to a scatter trace. Either way the browser gets one message.
    """
    changed: dict[str, dict[int, object]] = {}
    for index, values in enumerate(data, start=first):
        current = figure._data[index]
        for key, value in values.items():
            if _get(current, key) != value:
                changed.setdefault(key, {})[index] = value
    layout = {key: value for key, value in layout.items() if _get(figure._layout, key) != value}
    if not changed and not layout:
        return
    indexes = sorted({index for by_trace in changed.values() for index in by_trace})
    if len({figure._data[i].get("type") for i in indexes}) <= 1:
        restyle = {key: [by_trace.get(i, _get(figure._data[i], key)) for i in indexes]
                   for key, by_trace in changed.items()}
        figure.plotly_update(restyle_data=restyle, relayout_data=layout, trace_indexes=indexes)
        return
    traces = figure.data
    with figure.batch_update():
        for key, by_trace in changed.items():
            for index, value in by_trace.items():
                traces[index][key] = value
        for key, value in layout.items():
            figure.layout[key] = value


def _get(props: dict, path: str):
    """A value from plotly's plain-dict store by dotted path, None where unset; tuples as lists."""
    for part in path.split("."):
        if not isinstance(props, dict) or part not in props:
            return None
        props = props[part]
    return list(props) if isinstance(props, tuple) else props
