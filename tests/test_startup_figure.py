"""The start-up chart: what it shows for a view, and what the controls change."""

import pytest

from widgets import model
from widgets.explorables.startup import StartupExplorer
from widgets.figures import startup as fig
from widgets.probes import timing


def _trace(spec, name):
    return spec["data"][fig.TRACES.index(name)]


def _ends(spec, name):
    tr = _trace(spec, name)
    return {y: b + x for y, b, x in zip(tr["y"], tr["base"], tr["x"])}


def test_each_row_is_its_range_and_labels_it():
    spec = fig.spec(fig.State(), "en")
    solid, light = _ends(spec, "platform"), _ends(spec, "spread")
    assert solid[fig.ROW["vm"]] == pytest.approx(7000) and light[fig.ROW["vm"]] == pytest.approx(9000)
    assert solid[fig.ROW["docker"]] == pytest.approx(568) and light[fig.ROW["docker"]] == pytest.approx(1157)
    assert solid[fig.ROW["runtime"]] == pytest.approx(16.9) and light[fig.ROW["runtime"]] == pytest.approx(33.4)
    # a ceiling: nothing solid, a light bar from the floor up to 125 ms
    assert solid[fig.ROW["microvm"]] == pytest.approx(fig.FLOOR_MS) and light[fig.ROW["microvm"]] == 125
    labels = dict(zip(_trace(spec, "labels")["y"], _trace(spec, "labels")["text"]))
    assert labels[fig.ROW["vm"]] == "7 s – 9 s"
    assert labels[fig.ROW["docker"]] == "568 ms – 1.16 s"
    assert labels[fig.ROW["microvm"]] == "≤ 125 ms"
    assert labels[fig.ROW["runtime"]] == "17 ms – 33 ms"
    assert labels[fig.ROW["process"]] == "1 ms"


def test_rows_are_grouped_by_their_start_and_end_points():
    spec = fig.spec(fig.State(), "en")
    ticks = spec["layout"]["yaxis"]["ticktext"]
    command, first = fig.ROW["group.command"], fig.ROW["group.first_process"]
    assert "a command has run" in ticks[command] and "first process" in ticks[first]
    spans = model.startup_spans()
    for row in fig.SPAN_ROWS:
        group = command if spans[row].end == "command" else first
        others = [g for g in (command, first) if g > group]
        assert group < fig.ROW[row] < (others[0] if others else len(fig.ROWS))


def test_the_application_start_is_added_to_every_row():
    spec = fig.spec(fig.State(app_ms=1000.0), "en")
    app = _trace(spec, "app")
    assert list(app["x"]) == [1000.0] * len(fig.SPAN_ROWS)
    labels = dict(zip(_trace(spec, "labels")["y"], _trace(spec, "labels")["text"]))
    assert labels[fig.ROW["vm"]] == "8 s – 10 s" and labels[fig.ROW["microvm"]] == "≤ 1.12 s"  # 1,125 ms
    # hovers carry the setup and the grade; labels do not
    hover = _trace(spec, "platform")["customdata"][0]
    assert "Cloud Hypervisor" in hover and "grades R" in hover
    assert not any("(R)" in s for s in labels.values())


def test_trace_count_is_fixed_across_states():
    views = [
        fig.State(),
        fig.State(refs=False),
        fig.State(scale="linear", app_ms=10_000.0),
        fig.State(measured=timing.summarise("python", [2.0])),
    ]
    for v in views:
        spec = fig.spec(v, "en")
        assert [tr["type"] for tr in spec["data"]] == ["bar", "bar", "bar", "scatter", "scatter", "scatter"]
        assert all(len(_trace(spec, n)["x"]) == len(fig.SPAN_ROWS) for n in ("platform", "spread", "app", "labels"))


def test_every_reference_label_shows_its_value_and_its_grade_in_the_hover():
    refs = _trace(fig.spec(fig.State(), "en"), "refs")
    assert len(refs["x"]) == len(fig.REFS) == 6
    assert "qboot 40 ms" in refs["text"] and "Kata + QEMU 1.84 s" in refs["text"]
    assert "Depot, tuned 600 ms" in refs["text"]
    assert any("(grade S)" in c for c in refs["customdata"])


def test_hiding_references_empties_only_that_trace():
    spec = fig.spec(fig.State(refs=False), "en")
    assert len(spec["data"]) == len(fig.TRACES)
    assert list(_trace(spec, "refs")["x"]) == []
    assert len(_trace(spec, "labels")["x"]) == 5


def test_measured_process_lands_on_its_row_with_its_spread():
    m = timing.summarise("python", [2.0, 3.0, 7.0])
    here = _trace(fig.spec(fig.State(measured=m), "en"), "measured")
    assert here["x"] == [3.0] and here["y"] == [fig.ROW["here"]]
    assert here["error_x"]["array"] == [4.0] and here["error_x"]["arrayminus"] == [1.0]
    assert here["text"] == ["3 ms (median of 3)"]


def test_linear_axis_widens_for_a_slow_application_and_japanese():
    spec = fig.spec(fig.State(scale="linear"), "ja")
    assert spec["layout"]["xaxis"]["type"] == "linear" and spec["layout"]["xaxis"]["range"][1] == 10_000
    assert "線形" in spec["layout"]["title"]["text"]
    wide = fig.spec(fig.State(scale="linear", app_ms=10_000.0), "en")
    assert wide["layout"]["xaxis"]["range"][1] == 20_000 >= 9000 + 10_000
    assert fig.build(fig.State(), "ja").layout.xaxis.type == "log"


def test_bad_view_names_the_parameter():
    with pytest.raises(ValueError, match="scale must be one of log, linear"):
        fig.State(scale="loglog")
    with pytest.raises(ValueError, match="refs must be True or False"):
        fig.State(refs="yes")
    with pytest.raises(ValueError, match="app_ms must be a number from 0 to 60000"):
        fig.State(app_ms=-5)


def test_explorer_controls_redraw(monkeypatch):
    e = StartupExplorer("en")
    assert [label for label, _ in e.app.options] == ["0 ms", "10 ms", "100 ms", "1 s", "10 s"]
    monkeypatch.setattr(timing, "measure", lambda command, repeats: timing.summarise(command, [5.0] * repeats))
    e.repeats.value = 5
    e.button.click()
    measured = e.figure.data[fig.TRACES.index("measured")]
    assert list(measured.x) == [5.0]
    assert "5 ms" in e.readout.value
    e.app.value = 100.0
    assert list(e.figure.data[fig.TRACES.index("app")].x) == [100.0] * 5
    assert e.state.app_ms == 100.0 and e.state.measured is not None  # the timing survives
    e.scale.value = "linear"
    assert e.figure.layout.xaxis.type == "linear"
    e.refs.value = False
    assert list(e.figure.data[fig.TRACES.index("refs")].x) == []
    fresh = fig.build(e.state).to_dict()["data"]
    shown = [{k: v for k, v in tr.items() if k != "uid"} for tr in e.figure.to_dict()["data"]]
    assert shown == fresh
