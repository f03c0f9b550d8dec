"""Chapter 1: the layers of a computer, the layered diagram and the picker.

What a reader would check: which layers each place brings and shares, the
article's example worked by hand (three instances told 1 CPU and 8 GB on a
64 GB, 16-core host), what the diagram draws for a view, what a control does
to it, and that bad input is refused with a ValueError naming the parameter.
"""

from __future__ import annotations

import pytest

from widgets import data
from widgets.explorables.picker import Picker
from widgets.figures import layers as diagram
from widgets.model import layers
from widgets.text import t

GIB = 1024.0


# --- numbers ------------------------------------------------------------------


def test_each_place_brings_and_shares_the_layers_the_article_says():
    # Below the OS: each VM brings (virtual) hardware, an OS, middleware, the application.
    assert layers.brought("hypervisor") == ("hardware", "os", "middleware", "app")
    assert layers.shared("hypervisor") == ("hardware",)
    # At the OS: the kernel is shared; each container brings middleware and the application.
    assert layers.brought("engine") == ("middleware", "app")
    assert layers.shared("engine") == ("hardware", "os")
    # Bare metal: one OS, one set of middleware.
    assert layers.brought("none") == ("app",)
    assert layers.shared("none") == ("hardware", "os", "middleware")


def test_who_tells_the_lie_and_which_part_it_plays():
    assert layers.liar("hypervisor") == "hypervisor" and layers.illusion_layer("hypervisor") == "hardware"
    assert layers.liar("engine") == "engine" and layers.illusion_layer("engine") == "os"
    assert layers.liar("none") is None and layers.illusion_layer("none") is None


def test_every_stack_has_the_four_layers_in_order():
    for place in layers.PLACES:
        seen = [r.layer for r in layers.stack(place) if r.layer in layers.LAYERS]
        assert list(dict.fromkeys(seen)) == list(layers.LAYERS)


def test_default_view_is_the_articles_example_worked_by_hand():
    view = layers.default_state()
    assert data.record("illusion.told_cpus").value == 1
    assert data.record("illusion.told_memory").value == 8 and data.record("illusion.told_memory").unit == "GiB"
    assert (view.instances, view.told_cpus, view.told_mib) == (3, 1, 8 * GIB)
    assert (view.host_cores, view.host_mib) == (16, 64 * GIB)
    assert view.promised() == (3.0, 24 * GIB)  # 3 x 1 CPU, 3 x 8 GB
    assert view.memory_share() == 24 / 64  # 37.5 %
    assert view.cpu_share() == 3 / 16
    assert not view.overcommitted()


def test_promising_more_than_exists_is_overcommitment():
    view = layers.default_state(instances=6, told_mib=16 * GIB)
    assert view.promised()[1] == 96 * GIB and view.memory_share() == 1.5 and view.overcommitted()
    cpus = layers.default_state(told_cpus=8)  # 3 x 8 = 24 CPUs on 16 cores
    assert cpus.cpu_share() == 1.5 and cpus.overcommitted()
    assert not layers.default_state(instances=2, told_cpus=8).overcommitted()  # 16 of 16: kept


def test_bare_metal_promises_nothing_and_shows_the_whole_host():
    view = layers.default_state(place="none")
    assert view.sees() == (16.0, 64 * GIB)
    assert view.promised() == (16.0, 64 * GIB) and not view.overcommitted()


def test_proc_files_describe_the_promise_in_a_vm_and_the_host_in_a_container():
    assert layers.default_state(place="hypervisor").shown_by_proc() == (1.0, 8 * GIB)
    assert layers.default_state(place="engine").shown_by_proc() == (16.0, 64 * GIB)


@pytest.mark.parametrize(
    "change, name",
    [
        (dict(place="kernel"), "place"),
        (dict(instances=0), "instances"),
        (dict(instances=7), "instances"),
        (dict(instances=2.5), "instances"),
        (dict(told_cpus=3), "told_cpus"),
        (dict(told_cpus=True), "told_cpus"),
        (dict(told_mib=3000.0), "told_mib"),
        (dict(host_cores=0), "host_cores"),
        (dict(host_mib=-1.0), "host_ram_mib"),
    ],
)
def test_bad_view_raises_naming_the_parameter(change, name):
    with pytest.raises(ValueError, match=name):
        layers.default_state(**change)


def test_bad_place_raises():
    with pytest.raises(ValueError, match="place must be one of hypervisor, engine, none"):
        layers.stack("vm")


# --- the diagram ----------------------------------------------------------------


def _by_name(fig_spec: dict) -> dict:
    return {tr["name"]: tr for tr in fig_spec["data"]}


def test_diagram_has_a_fixed_trace_set_for_every_view():
    for place in layers.PLACES:
        for n in (1, 6):
            names = [tr["name"] for tr in diagram.spec(layers.default_state(place=place, instances=n))["data"]]
            assert tuple(names) == diagram.TRACES


def test_hypervisor_diagram_draws_a_guest_os_per_vm_and_one_hardware_block():
    traces = _by_name(diagram.spec(layers.default_state()))
    assert len(traces["os"]["y"]) == 3 and traces["os"]["text"] == ["Guest OS"] * 3
    assert len(traces["hardware"]["y"]) == 1 and "16 cores, 64 GB" in traces["hardware"]["text"][0]
    assert traces["virtual_hw"]["text"] == ["1 CPU<br>8 GB"] * 3
    assert len(traces["app"]["y"]) == 3
    # the pointer sits on the hypervisor's row
    rows = [r.key for r in layers.stack("hypervisor")]
    assert traces["pointer"]["y"] == [rows.index("hypervisor")]
    assert "below the OS" in traces["pointer"]["text"][0]


def test_engine_diagram_draws_one_shared_os_and_no_virtual_hardware():
    traces = _by_name(diagram.spec(layers.default_state(place="engine")))
    assert len(traces["os"]["y"]) == 1 and "one kernel" in traces["os"]["text"][0]
    assert traces["virtual_hw"]["y"] == []
    assert len(traces["middleware"]["y"]) == 3
    rows = [r.key for r in layers.stack("engine")]
    assert traces["pointer"]["y"] == [(rows.index("os") + rows.index("engine")) / 2]


def test_shared_blocks_span_every_instance_column():
    fig = _by_name(diagram.spec(layers.default_state(instances=4)))
    apps = fig["app"]
    right_edge = apps["base"][-1] + apps["x"][-1]
    assert fig["hardware"]["base"] == [0.0] and fig["hardware"]["x"] == [pytest.approx(right_edge)]
    assert all(b >= 0 for b in apps["base"]) and apps["base"] == sorted(apps["base"])


def test_diagram_ticks_say_shared_or_one_per_instance():
    fig = diagram.spec(layers.default_state(place="engine"))
    ticks = fig["layout"]["yaxis"]["ticktext"]
    assert len(ticks) == len(layers.stack("engine"))
    assert "one, shared" in ticks[1] and "one per instance" in ticks[-1]


def test_diagram_in_japanese_uses_the_japanese_strings():
    fig = diagram.spec(layers.default_state(place="engine"), "ja")
    assert fig["layout"]["title"]["text"] == t("layers.title.engine", "ja")
    assert "コア" in _by_name(fig)["hardware"]["text"][0]


# --- the picker -----------------------------------------------------------------


def test_picker_control_change_redraws_the_diagram():
    p = Picker()
    assert p.figure.layout.title.text == t("layers.title.hypervisor", "en")
    p.place.value = "engine"  # as a reader clicking the button
    assert p.figure.layout.title.text == t("layers.title.engine", "en")
    os_trace = p.figure.data[diagram.TRACES.index("os")]
    assert len(os_trace.y) == 1  # one shared kernel now
    assert "/proc/meminfo" in p.readout.value and "64 GB" in p.readout.value


def test_picker_instances_slider_adds_columns_and_readout_warns_on_overcommit():
    p = Picker()
    p.update(instances=6, memory=16 * GIB)
    assert len(p.figure.data[diagram.TRACES.index("app")].y) == 6
    assert "more than the host has" in p.readout.value
    p.update(instances=2, memory=8 * GIB)
    assert "keep every promise" in p.readout.value


def test_picker_disables_told_sliders_on_bare_metal():
    p = Picker()
    p.update(place="none")
    assert p.cpus.disabled and p.memory.disabled
    assert "No illusion" in p.readout.value
    p.update(place="hypervisor")
    assert not p.cpus.disabled


def test_picker_controls_offer_only_valid_values():
    p = Picker()
    for value in [v for _, v in p.cpus.options]:
        layers.default_state(told_cpus=value)
    for value in [v for _, v in p.memory.options]:
        layers.default_state(told_mib=value)
    assert (p.instances.min, p.instances.max) == layers.INSTANCES_RANGE


@pytest.mark.parametrize("name, value", [("instances", 9), ("cpus", 3), ("memory", 100.0), ("place", "vm")])
def test_picker_refuses_bad_values_naming_the_control(name, value):
    p = Picker()
    with pytest.raises(ValueError, match=name):
        p.update(**{name: value})
    with pytest.raises(ValueError, match="no control"):
        p.update(colour="red")


def test_picker_after_changes_shows_exactly_what_a_fresh_build_shows():
    p = Picker()
    p.update(place="engine", instances=5, cpus=2)
    p.update(place="none")
    p.update(place="hypervisor", instances=1, memory=32 * GIB)
    fresh = diagram.build(p.state)
    shown = [{k: v for k, v in tr.items() if k != "uid"} for tr in p.figure.to_dict()["data"]]
    assert shown == fresh.to_dict()["data"]
    for key in ("title", "yaxis", "xaxis"):
        assert p.figure.to_dict()["layout"][key] == fresh.to_dict()["layout"][key]


def test_picker_readout_states_the_articles_share_as_computed():
    p = Picker()
    assert "37.5 %" in p.readout.value and "24 GB" in p.readout.value and "3 CPUs" in p.readout.value
    assert "37.5 %" in Picker("ja").readout.value
