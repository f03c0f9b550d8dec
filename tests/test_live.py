"""The plotly adapter (widgets/explorables/live.py): one test per plotly behaviour it relies on.

Each test is named in the numbered list of live.py's docstring; a plotly (or
anywidget, ipywidgets) upgrade that changes a behaviour fails its test. What
LiveFigure makes of them (a reload gets the current figure, one plotly.js per
page, one message per update) is tested in tests/test_explorable.py.
"""

import re
from copy import deepcopy

import anywidget
import plotly.graph_objects as go

from widgets.explorables import live
from widgets.explorables.live import LiveFigure, apply, layout_props, trace_props


def two_traces(cls=go.FigureWidget):
    return cls(
        go.Figure(
            [go.Bar(x=[1, 2], y=[3, 4], marker=dict(color="#0072B2")), go.Scatter(x=[1], y=[2])],
            layout=dict(title=dict(text="first")),
        )
    )


def test_plotly_bundle_default_export_is_a_widget_factory():
    """(1) FIGURE_ESM calls the bundle's default export: a factory returning {initialize, render}."""
    assert issubclass(go.FigureWidget, anywidget.AnyWidget)
    bundle = live.plotly_bundle()
    exports = re.findall(r"export\s*\{([^}]*)\}", bundle)
    assert exports, "plotly's bundle is no longer an ES module with an export list"
    default = re.search(r"(?:^|,)\s*([\w$]+)\s+as\s+default\b", exports[-1])
    assert default, f"plotly's bundle exports no default: {exports[-1]}"
    factory = re.search(rf"\b{re.escape(default.group(1))}\s*=\s*\(\)\s*=>", bundle)
    assert factory, "plotly's default export is no longer a factory taking no arguments"
    body = bundle[factory.end() : factory.end() + 400]
    assert "initialize(" in body and "render(" in body


def test_data_and_layout_are_the_plain_dicts_of_what_is_set():
    """(2) _data: one plain dict per trace, in order, with type; _layout: a plain dict; both kept in place."""
    fig = two_traces()
    data, layout = trace_props(fig), layout_props(fig)
    assert isinstance(data, list) and all(type(t) is dict for t in data) and type(layout) is dict
    assert [t["type"] for t in data] == ["bar", "scatter"]
    assert data[0]["marker"] == {"color": "#0072B2"} and "marker" not in data[1]  # only what is set
    assert layout["title"] == {"text": "first"}
    fig.data[1].marker.color = "#D55E00"
    fig.layout.title.text = "second"
    assert trace_props(fig)[1]["marker"]["color"] == "#D55E00"
    assert layout_props(fig)["title"]["text"] == "second"
    assert trace_props(fig) is data and layout_props(fig) is layout


def test_layout_obj_is_unset_while_the_widget_is_built():
    """(3) ipywidgets asks get_state before plotly has a layout; afterwards _layout_obj._props is _layout."""
    seen = []

    class Probe(go.FigureWidget):
        def get_state(self, key=None, drop_defaults=False):
            seen.append(getattr(self, "_layout_obj", None))
            return super().get_state(key=key, drop_defaults=drop_defaults)

    fig = Probe(go.Figure(layout=dict(title=dict(text="t"))))
    assert seen and seen[0] is None
    assert fig._layout_obj._props is layout_props(fig)


def test_full_figure_traits_and_their_serialisers():
    """(4) _widget_data/_widget_layout are synced, and LiveFigure serialises them as plotly does."""
    for name in live._FULL:
        assert go.FigureWidget.class_trait_names(sync=True).count(name) == 1
    plain, ours = two_traces(), two_traces(LiveFigure)
    for a, b in zip(ours.data, plain.data):
        a.uid = b.uid  # plotly gives each widget trace a random uid
    for name in live._FULL:
        assert ours.get_state()[name] == plain.get_state()[name]
        to_json = ours.trait_metadata(name, "to_json", ours._trait_to_json)
        assert to_json(deepcopy(getattr(plain, name)), plain) == plain.get_state()[name]


def test_reported_values_go_through_remove_overlapping_props():
    """(5) plotly strips browser-reported values through _remove_overlapping_props; overriding it keeps them."""
    calls = []

    class Keep(go.FigureWidget):
        @staticmethod
        def _remove_overlapping_props(input_data, delta_data, prop_path=()):
            calls.append((input_data, delta_data))
            return []

    def report(fig):
        fig.data[0].y = [0.5, 0.5]
        fig._js2py_traceDeltas = {
            "trace_deltas": [{"uid": fig.data[0].uid, "y": [0.5, 0.5], "type": "scatter"}],
            "trace_edit_id": fig._last_trace_edit_id,
        }
        return trace_props(fig)[0].get("y")

    assert report(go.FigureWidget(go.Figure(go.Scatter(x=[0, 1], y=[0.8, 0.8])))) is None  # what plotly does
    assert report(Keep(go.Figure(go.Scatter(x=[0, 1], y=[0.8, 0.8])))) is not None
    assert calls, "plotly no longer calls _remove_overlapping_props on reported values"


def test_config_is_the_synced_plotly_js_config():
    """(6) _config is synced to the browser as plotly.js's config."""
    assert "_config" in go.FigureWidget.class_trait_names(sync=True)
    fig = LiveFigure(go.Figure())
    assert fig.get_state()["_config"]["responsive"] is True
    fig._config = {**fig._config, "displaylogo": False}
    assert fig.get_state()["_config"] == {"responsive": True, "displaylogo": False}


def test_plotly_update_sends_one_message_for_restyle_and_relayout():
    """(7) apply's fast path: one plotly_update with a value list per key over the changed traces."""
    fig = LiveFigure(
        go.Figure(
            [go.Scatter(x=[1], y=[1]), go.Scatter(x=[1], y=[2]), go.Scatter(x=[1], y=[3])],
            layout=dict(title=dict(text="first")),
        )
    )
    sent = []
    fig.observe(lambda change: change["new"] and sent.append(change["new"]), "_py2js_update")
    apply(fig, [{"y": [1]}, {"y": [20]}, {"y": [30], "marker.color": "#E69F00"}], {"title.text": "second"})
    assert len(sent) == 1
    msg = sent[0]
    assert msg["style_traces"] == [1, 2] and msg["layout_data"] == {"title.text": "second"}
    assert msg["style_data"]["y"] == [[20], [30]] and msg["style_data"]["marker.color"] == [None, "#E69F00"]
    assert [t.y for t in fig.data] == [(1,), (20,), (30,)] and fig.data[2].marker.color == "#E69F00"


def test_served_file_is_the_widget_bundle():
    """(1) The file widgets/served.py installs where Jupyter serves it is the text of go.FigureWidget._esm."""
    from widgets import served

    assert served.source().read_text(encoding="utf-8") == live.plotly_bundle()


def test_update_traits_are_the_ones_plotly_listens_to():
    """(8) FIGURE_ESM watches, while plotly loads, every update trait plotly's widget model applies."""
    watched = set(re.search(r"const UPDATES = \[([^\]]*)\]", live.FIGURE_ESM).group(1).replace("'", "").split(","))
    watched = {name.strip() for name in watched}
    traits = {name for name in go.FigureWidget.class_trait_names() if name.startswith("_py2js_")}
    assert watched == traits
    bundle = live.plotly_bundle()
    model_listens = set(re.findall(r'this\.model\.on\("change:(_py2js_\w+)"', bundle))
    assert traits <= model_listens


def test_the_preload_script_imports_the_url_and_fills_the_slot_the_loader_reads():
    """A page's preload (the lite edition) names the loader's page slot and builds the bundle's URL as it does."""
    script = live.preload_script("../extensions/")
    assert script.startswith('<script type="module" id="essay-plotly-preload">') and script.endswith("</script>\n")
    assert live._PAGE_JS in script and live._PAGE_JS in live.FIGURE_ESM and live._PAGE_JS in live.BUNDLE_ESM
    assert 'const BASE = "../extensions/";' in script and "import(bundleUrl(BASE))" in script
    assert "page().preload = true" in script and "const URL" not in script  # URL is the browser's class, not shadowed


def year_figure() -> LiveFigure:
    """Three lines on fixed axes, then a year line: what a growth figure's year move changes."""
    return LiveFigure(
        go.Figure(
            [go.Scatter(x=[1, 2], y=[1, 2]), go.Scatter(x=[1, 1], y=[0, 5]), go.Scatter(x=[1], y=[3], text=["a"])],
            layout=dict(title=dict(text="1"), xaxis=dict(range=[0, 10]), yaxis=dict(range=[0, 5])),
        )
    )


def sent_messages(fig: go.FigureWidget, *traits: str) -> list[tuple[str, dict]]:
    sent: list[tuple[str, dict]] = []
    for name in traits:
        fig.observe(lambda change: change["new"] and sent.append((change["name"], change["new"])), name)
    return sent


def test_animate_moves_traces_in_one_message_without_a_redraw():
    """(9) apply(move=True): one _py2js_animate (per-trace values, MOVE_NOW), then a relayout for the layout."""
    fig = year_figure()
    sent = sent_messages(fig, "_py2js_animate", "_py2js_update", "_py2js_relayout")
    apply(fig, [{"x": [2, 2]}, {"x": [2], "text": ["b"]}], {"title.text": "2"}, first=1, move=True)
    assert [name for name, _ in sent] == ["_py2js_animate", "_py2js_relayout"]
    animate, relayout = sent[0][1], sent[1][1]
    assert animate["style_traces"] == [1, 2] and animate["layout_data"] == {}
    assert animate["style_data"] == [{"x": [2, 2]}, {"x": [2], "text": ["b"]}]  # each trace: what changed on it
    assert animate["animation_opts"] == live.MOVE_NOW
    assert live.MOVE_NOW["frame"]["redraw"] is False and live.MOVE_NOW["transition"]["duration"] == 0
    assert relayout["relayout_data"] == {"title.text": "2"}
    assert [t.x for t in fig.data] == [(1, 2), (2, 2), (2,)] and fig.data[2].text == ("b",)
    assert fig.layout.title.text == "2"


def test_a_move_is_an_ordinary_update_where_plotly_would_have_to_redraw():
    """move=True falls back to one plotly_update for a nested property or an axis without a set range."""
    fig = year_figure()
    sent = sent_messages(fig, "_py2js_animate", "_py2js_update")
    apply(fig, [{"marker.color": "#E69F00"}], {}, first=2, move=True)
    fig.layout.yaxis.range = None
    apply(fig, [{"x": [3]}], {}, first=2, move=True)
    assert [name for name, _ in sent] == ["_py2js_update", "_py2js_update"]
    assert fig.data[2].marker.color == "#E69F00" and fig.data[2].x == (3,)


def test_view_marks_updates_and_skips_marked_events():
    """(10) plotly's view puts _doNotReportToPy on what it hands Plotly.update/restyle/relayout, the object it sets
    as window.Plotly, and skips plotly.js events whose data has the key: FIGURE_ESM's quiet() relies on all three."""
    bundle = live.plotly_bundle()
    marked = re.findall(r"(\w+)\._doNotReportToPy=!0,(\w+)\.default\.(update|restyle|relayout)\(this\.el,", bundle)
    assert {m[2] for m in marked} == {"update", "restyle", "relayout"}, marked
    assert len({m[1] for m in marked}) == 1, "the view calls more than one plotly.js object"
    assert re.search(r"window\.Plotly=(\w+),\1\}", bundle), "plotly.js no longer sets window.Plotly"
    for event in ("restyle", "relayout", "update"):
        handler = re.search(rf"handle_plotly_{event}\(\w+\)\{{(.{{0,160}})", bundle)
        assert handler and 'hasOwnProperty("_doNotReportToPy")' in handler.group(1), event
    quiet = live._QUIET_JS
    assert "const MARK = '_doNotReportToPy';" in quiet and "quiet(globalThis.Plotly)" in live.FIGURE_ESM
    for event in ("plotly_relayout", "plotly_restyle", "plotly_update"):
        assert event in quiet


def test_reports_from_the_page_are_not_echoed():
    """(11) Every _js2py_ trait: synced with plotly's serialisers, echo_update off; a report is handled, not echoed."""
    names = [n for n in go.FigureWidget.class_trait_names(sync=True) if n.startswith("_js2py_")]
    assert len(names) >= 6
    fig = year_figure()
    for name in names:
        assert fig.trait_metadata(name, "echo_update") is False, name
        for key in ("to_json", "from_json"):
            assert fig.trait_metadata(name, key) is go.FigureWidget.class_traits()[name].metadata[key], (name, key)
    sent: list[dict] = []
    fig._send = lambda msg, buffers=None: sent.append(msg)
    fig.set_state({"_js2py_relayout": {"relayout_data": {"title.text": "from the page"}, "source_view_id": "v"}})
    assert fig.layout.title.text == "from the page"  # plotly's handler ran
    assert not [m for m in sent if m.get("method") == "echo_update"]
