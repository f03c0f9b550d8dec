"""The host explorer: controls drive one state; both figures follow it, also after a reload."""

import json

import pytest

from widgets import model
from widgets.explorables import (
    ComparisonTable,
    ConsolidationExplorer,
    HostExplorer,
    MachinePanel,
    Picker,
    Quiz,
    StartupExplorer,
    YearExplorer,
    host_explorer,
)
from widgets.explorables.base import Explorable, decimal, percent
from widgets.explorables.host import RAM_STOPS_MIB
from widgets.explorables.live import LiveFigure, apply


@pytest.fixture
def ex():
    return HostExplorer()


def title(fig):
    return fig.layout.title.text


def test_defaults(ex):
    assert ex.state == model.default_state()
    assert title(ex.figures["stack"]) == "61 VMs fit on a 64 GB, 16-core host: memory runs out first"
    assert ex.summary.value == (
        "Each VM holds 907 MB of its configured 1 GB; the host sets aside 1.03 GB (hypervisor process included). "
        "It gets 1 vCPU and keeps 0.1 of a core busy; memory alone would fit 61, CPU alone 64 "
        "(their vCPUs reach 4 per core)."
    )
    assert "4:1 vCPUs" in title(ex.figures["density"])
    assert RAM_STOPS_MIB[0] == 64 and RAM_STOPS_MIB[-1] == 4 * 1024**2


def test_the_toggle_redraws_both_figures(ex):
    ex.platform.value = "container"
    assert title(ex.figures["stack"]) == "111 containers fit on a 64 GB, 16-core host: memory runs out first"
    assert ex.figures["density"].data[-1].text == ("this host: 111 containers",)
    assert len(ex.figures["stack"].data[3].x) == 0  # no guest OS blocks
    assert ex.summary.value.startswith("Each container holds 587 MB")
    ex.platform.value = "microvm"
    assert title(ex.figures["stack"]).startswith("63 microVMs fit")


def test_the_vcpu_ratio_and_the_memory_rule_are_controls(ex):
    ex.ratio.value = 1.0  # every vCPU a dedicated core
    assert title(ex.figures["stack"]) == "16 VMs fit on a 64 GB, 16-core host: CPU runs out first"
    assert "1:1 vCPUs" in title(ex.figures["density"])
    assert ex.summary.value.endswith("CPU alone 16 (their vCPUs reach 1 per core).")
    ex.ratio.value = 16.0
    assert title(ex.figures["stack"]).startswith("61 VMs")
    ex.vm_memory.value = "resident"  # count what each VM holds (KSM, ballooning)
    assert title(ex.figures["stack"]) == "69 VMs fit on a 64 GB, 16-core host: memory runs out first"
    before = ex.figures["stack"].data[5].x[0]
    ex.vm_memory.value = "configured"
    assert ex.figures["stack"].data[5].x[0] > before  # each VM's column is as wide as its configured size
    assert [v for _, v in ex.ratio.options] == list(model.vcpu_ratio_stops())
    assert next(label for label, _ in ex.ratio.options) == "1 : 1"
    with pytest.raises(ValueError, match=r"ratio must be one of the control's values \(1, 1.5, 2"):
        ex.update(ratio=5.0)


def test_ram_slider_extremes_move_both_figures(ex):
    ex.ram.value = RAM_STOPS_MIB[0]
    assert title(ex.figures["stack"]) == "A 64 MB host cannot hold its own 331 MB OS: not one VM fits"
    assert ex.figures["density"].data[-1].text == ("this host: no VMs fit",)
    assert ex.figures["density"].data[-2].x == (64, 64)
    assert "more RAM than its own OS" in ex.summary.value
    ex.ram.value = RAM_STOPS_MIB[-1]
    assert title(ex.figures["stack"]) == "64 VMs fit on a 4 TB, 16-core host: CPU runs out first"
    assert ex.figures["stack"].layout.xaxis.title.text == "Host memory (TB)"
    assert ex.figures["density"].data[-1].x == (4 * 1024**2,)


def test_cores_slider_extremes(ex):
    ex.cores.value = 256
    assert title(ex.figures["stack"]) == "61 VMs fit on a 64 GB, 256-core host: memory runs out first"
    assert "256 cores" in title(ex.figures["density"])
    assert ex.figures["density"].data[1].y[-1] == 1024  # VM line, CPU-limited on the largest host: 256 x 4
    ex.cores.value = 1
    assert title(ex.figures["stack"]) == "4 VMs fit on a 64 GB, 1-core host: CPU runs out first"
    assert ex.figures["density"].data[-1].text == ("this host: 4 VMs",)
    ex.ratio.value = 1.0
    assert ex.figures["density"].data[-1].text == ("this host: 1 VM",)


def test_workload_controls(ex):
    ex.update(platform="container", app=16384.0)  # a 16 GB service
    assert title(ex.figures["stack"]).startswith("3 containers fit")
    ex.update(app=16.0, cpu=8.0)
    assert title(ex.figures["stack"]) == "2 containers fit on a 64 GB, 16-core host: CPU runs out first"


def test_update_refuses_values_no_control_offers(ex):
    with pytest.raises(ValueError, match=r"^ram must be one of the control's values \(64, 96, 128"):
        ex.update(ram=100.0)
    with pytest.raises(ValueError, match="cores must be one of the control's values \\(whole numbers from 1 to 256\\)"):
        ex.update(cores=0)
    with pytest.raises(ValueError, match="no control 'disk'"):
        ex.update(disk=1)
    with pytest.raises(ValueError, match=r"state must be a widgets\.model\.host\.State, got"):
        ex.set_state({"ram_mib": 1})
    with pytest.raises(ValueError, match="lang must be one of"):
        HostExplorer("fr")
    assert title(ex.figures["stack"]).startswith("61 VMs")  # nothing changed


def test_reload_gets_the_current_figure_not_the_first(ex):
    """What a browser reload or Voila asks for: the widget's full state."""
    ex.update(platform="container", ram=RAM_STOPS_MIB[-1], cores=256)
    for name, fig in ex.figures.items():
        state = fig.get_state()
        assert state["_widget_layout"]["title"]["text"] == fig.layout.title.text, name
        sent = state["_widget_data"]
        assert [t.get("text") for t in sent] == [
            list(t.text) if t.text is not None else None for t in fig.data
        ] or name == "density"
        assert [t.get("y") for t in sent] == [list(t.y) if t.y is not None else None for t in fig.data]


def test_a_naive_figurewidget_would_be_stale():
    """The failure LiveFigure exists for, shown on plotly's own FigureWidget."""
    import plotly.graph_objects as go

    naive = go.FigureWidget(go.Figure(layout=dict(title=dict(text="first"))))
    naive.layout.title.text = "second"
    assert naive.get_state()["_widget_layout"]["title"]["text"] == "first"
    live = LiveFigure(go.Figure(layout=dict(title=dict(text="first"))))
    live.layout.title.text = "second"
    assert live.get_state()["_widget_layout"]["title"]["text"] == "second"


def test_plotly_js_is_not_widget_state():
    """Each figure's module is a short loader; plotly's bundle is no widget's state, and travels only on request."""
    import plotly.graph_objects as go

    from widgets import served
    from widgets.explorables import live

    figures = [LiveFigure(go.Figure(go.Bar(x=[1], y=[i]))) for i in range(3)]
    whole = live.plotly_bundle()
    assert len(whole) > 1_000_000  # what a plain FigureWidget sends each time
    for fig in figures:
        state = fig.get_state()
        assert len(state["_esm"]) < 12_000 and "export default" in state["_esm"]
        assert served.relative_url() in state["_esm"]  # the loader imports the served file first
    bundle = live.shared_bundle()
    assert bundle is live.shared_bundle()  # one per kernel
    assert len(str(bundle.get_state())) < 12_000  # an executed notebook stores no bundle
    # the loaders share one page-wide slot per plotly version
    key = f"__essay_plotly_widget_{__import__('plotly').__version__}"
    assert key in live.FIGURE_ESM and key in live.BUNDLE_ESM
    bundle.close()  # e.g. Widget.close_all()
    LiveFigure(go.Figure())
    assert live.shared_bundle() is not bundle and live.shared_bundle().comm is not None


def test_the_bundle_goes_to_a_page_that_asks_for_it():
    """Where nothing serves the bundle, the page asks the PlotlyBundle, which answers with it as one buffer."""
    from widgets.explorables import live

    bundle = live.shared_bundle()
    sent = []
    bundle.send = lambda content, buffers=None: sent.append((content, buffers))
    bundle._handle_custom_msg({"type": "something else"}, [])
    assert sent == []
    bundle._handle_custom_msg({"type": live.BUNDLE_REQUEST}, [])
    ((content, buffers),) = sent
    assert content == {"type": live.BUNDLE_REPLY}
    assert buffers[0].decode("utf-8") == live.plotly_bundle()


def test_a_page_that_missed_updates_gets_the_figure_as_it_is_now():
    """The loader's resync: the kernel answers with the current figure, as plain JSON."""
    import plotly.graph_objects as go

    from widgets.explorables import live

    fig = LiveFigure(go.Figure(go.Bar(x=[1, 2], y=[3, 4]), layout=dict(title=dict(text="first"))))
    apply(fig, [{"y": [5, 6]}], {"title.text": "second"})
    sent = []
    fig.send = lambda content, buffers=None: sent.append(content)
    fig._handle_custom_msg({"type": live.FIGURE_REQUEST}, [])
    (reply,) = sent
    assert reply["type"] == live.FIGURE_REPLY
    assert reply["data"][0]["y"] == [5, 6] and reply["layout"]["title"]["text"] == "second"
    assert json.loads(json.dumps(reply)) == reply


def test_japanese_explorer():
    ex = HostExplorer("ja")
    assert ex.ram.description == "ホストのメモリ"
    assert [label for label, _ in ex.platform.options] == ["VM", "コンテナ", "microVM"]
    ex.platform.value = "container"
    assert "コンテナは 111 個入る" in title(ex.figures["stack"])
    assert [label for label, _ in ex.vm_memory.options] == ["実際に使う分", "割り当てた全量"]


def test_host_explorer_widget_and_show_option():
    box = host_explorer(platform="container")
    assert box.explorer.state.platform == "container"
    only = HostExplorer(show=("density",))
    assert list(only.figures) == ["density"]
    only.platform.value = "container"
    assert only.figures["density"].data[-1].text == ("this host: 111 containers",)
    with pytest.raises(ValueError, match="show must name"):
        HostExplorer(show=("pie",))


# --- every explorer: one base, one naming convention -----------------------------------

STATEFUL = [HostExplorer, YearExplorer, ConsolidationExplorer, Picker, StartupExplorer, ComparisonTable]


@pytest.mark.parametrize("cls", [*STATEFUL, MachinePanel, Quiz], ids=lambda c: c.__name__)
def test_every_explorer_shares_the_base_box(cls):
    ex = cls("en")
    assert isinstance(ex, Explorable)
    box = ex.widget()
    assert box.explorer is ex
    assert box.children[-1] is ex.accessibility() and ex.widget().children[-1] is ex.accessibility()
    for old in ("view", "plan", "row", "facts", "set_view", "set_plan", "show"):
        assert not hasattr(ex, old), old
    with pytest.raises(ValueError, match="lang must be one of en, ja"):
        cls("fr")


@pytest.mark.parametrize("cls", STATEFUL, ids=lambda c: c.__name__)
def test_every_explorer_redraws_through_set_state(cls):
    ex = cls("en")
    before = ex.state
    titles = {k: f.layout.title.text for k, f in ex.figures.items()}
    ex.set_state(before)  # the same state: the same views
    assert ex.state == before and titles == {k: f.layout.title.text for k, f in ex.figures.items()}
    with pytest.raises(ValueError, match=r"^(state must be a widgets\.\S+\.State|row must be one of)"):
        ex.set_state(object())
    with pytest.raises(ValueError, match=r"^(state must be a widgets\.\S+\.State|row must be one of)"):
        cls("en", object())
    assert ex.state == before
    with pytest.raises(ValueError, match="no control 'colour'"):
        ex.update(colour="red")


def test_widget_refuses_a_figure_it_does_not_hold():
    with pytest.raises(ValueError, match="figures must be among stack, density, got 'pie'"):
        HostExplorer().widget("pie")
    with pytest.raises(ValueError, match=r"figures must be among ram, .*stack, got 'density'"):
        YearExplorer().widget("density", full=False)


def test_number_formats():
    assert [decimal(2.5, 2), decimal(8.0, 1), decimal(10.0, 0), decimal(1.47, 1)] == ["2.5", "8", "10", "1.5"]
    assert [percent(0.1), percent(0.375, 1), percent(1.5, 1), percent(0.15)] == ["10 %", "37.5 %", "150 %", "15 %"]


def test_apply_updates_mixed_trace_types_in_one_message():
    import plotly.graph_objects as go

    from widgets.explorables.live import apply

    fig = LiveFigure(go.Figure([go.Bar(x=[1], base=[0], y=[0]), go.Scatter(x=[1], y=[2])]))
    sent = []
    fig._send_update_msg = lambda *a, **k: sent.append((a, k))
    fig._send_restyle_msg = lambda *a, **k: sent.append((a, k))
    apply(fig, [{"base": [5]}, {"y": [7]}], {"title.text": "both"})
    assert fig.data[0].base == (5,) and fig.data[1].y == (7,) and fig.layout.title.text == "both"
    assert len(sent) == 1
    apply(fig, [{"base": [5]}, {"y": [7]}], {"title.text": "both"})  # nothing differs: nothing sent
    assert len(sent) == 1


def test_values_the_browser_reports_back_stay_in_the_reloaded_state():
    """plotly.js reports the values it drew; they must not drop out of the state a reload gets."""
    import plotly.graph_objects as go

    fig = LiveFigure(go.Figure(go.Scatter(x=[0, 1], y=[0.8, 0.8], name="ceiling")))
    fig.data[0].y = [0.5, 0.5]
    fig._js2py_traceDeltas = {
        "trace_deltas": [{"uid": fig.data[0].uid, "y": [0.5, 0.5], "type": "scatter", "mode": "lines"}],
        "trace_edit_id": fig._last_trace_edit_id,
    }
    assert fig.data[0].y == (0.5, 0.5)
    assert fig.get_state()["_widget_data"][0]["y"] == [0.5, 0.5]


def test_startup_app_time_between_stops_snaps_to_the_nearest_stop_in_slider_and_chart():
    from widgets import model
    from widgets.explorables.startup import StartupExplorer
    from widgets.figures.startup import State

    ex = StartupExplorer(state=State(app_ms=250.0))
    assert ex.app.value == ex.state.app_ms == 100.0 and 100.0 in model.APP_START_STOPS_MS
    assert StartupExplorer(state=State(app_ms=100.0)).state.app_ms == 100.0
