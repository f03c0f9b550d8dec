"""The start-up timelines: what the chart shows for a view, and what controls change."""

import pytest

from widgets import model, timing
from widgets.explorables.startup import StartupExplorer
from widgets.figures import startup as fig


def _trace(spec, name):
    return spec["data"][fig.TRACES.index(name)]


def test_rows_end_where_the_model_says_the_application_runs():
    spec = fig.spec(fig.View(), "en")
    totals = _trace(spec, "totals")
    ends = dict(zip(totals["y"], totals["x"]))
    assert ends[fig.ROW["vm"]] == pytest.approx(model.startup_ms("vm")) == pytest.approx(8001)
    assert ends[fig.ROW["microvm"]] == pytest.approx(126)
    assert ends[fig.ROW["container"]] == pytest.approx(231)
    assert totals["text"][list(totals["y"]).index(fig.ROW["vm"])] == "8 s"


def test_vm_stages_follow_each_other():
    spec = fig.spec(fig.View(), "en")
    fw, boot = _trace(spec, "firmware"), _trace(spec, "guest_boot")
    assert fw["y"] == [fig.ROW["vm"]] and boot["y"] == [fig.ROW["vm"]]
    assert fw["base"][0] + fw["x"][0] == pytest.approx(600)        # firmware ends at 600 ms
    assert boot["base"][0] == pytest.approx(600) and boot["base"][0] + boot["x"][0] == pytest.approx(8000)


def test_every_reference_label_shows_its_grade_and_value():
    refs = _trace(fig.spec(fig.View(), "en"), "refs")
    assert len(refs["x"]) == len(fig.REFS) == 6
    assert "qboot 40 ms (R)" in refs["text"]
    assert "Kata + QEMU 1.84 s (R)" in refs["text"]
    assert "Depot, tuned 600 ms (S)" in refs["text"]
    assert "LightVM 2.3 ms (R)" in refs["text"]


def test_hiding_references_empties_only_that_trace():
    spec = fig.spec(fig.View(refs=False), "en")
    assert len(spec["data"]) == len(fig.TRACES)
    assert list(_trace(spec, "refs")["x"]) == []
    assert len(_trace(spec, "totals")["x"]) == 4


def test_measured_process_lands_on_its_row_with_its_spread():
    m = timing.summarise("python", [2.0, 3.0, 7.0])
    here = _trace(fig.spec(fig.View(measured=m), "en"), "measured")
    assert here["x"] == [3.0] and here["y"] == [fig.ROW["here"]]
    assert here["error_x"]["array"] == [4.0] and here["error_x"]["arrayminus"] == [1.0]
    assert here["text"] == ["3 ms (median of 3)"]


def test_linear_axis_and_japanese():
    spec = fig.spec(fig.View(scale="linear"), "ja")
    assert spec["layout"]["xaxis"]["type"] == "linear"
    assert "線形" in spec["layout"]["title"]["text"]
    assert fig.build(fig.View(), "ja").layout.xaxis.type == "log"


def test_bad_view_names_the_parameter():
    with pytest.raises(ValueError, match="scale must be one of log, linear"):
        fig.View(scale="loglog")
    with pytest.raises(ValueError, match="refs must be True or False"):
        fig.View(refs="yes")


def test_explorer_button_measures_and_redraws(monkeypatch):
    e = StartupExplorer("en")
    monkeypatch.setattr(timing, "measure", lambda command, repeats: timing.summarise(command, [5.0] * repeats))
    e.repeats.value = 5
    e.button.click()
    measured = e.figure.data[fig.TRACES.index("measured")]
    assert list(measured.x) == [5.0]
    assert "5 ms" in e.readout.value
    e.scale.value = "linear"
    assert e.figure.layout.xaxis.type == "linear"
    e.refs.value = False
    assert list(e.figure.data[fig.TRACES.index("refs")].x) == []
