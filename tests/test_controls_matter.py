"""Every control a reader can move changes what the reader sees, in every state.

For each explorer, in states at the edges (each platform; a host too small
for its own OS; the largest host), every enabled control is moved to each
of a few other values: the figures (data and layout) or a readout must
differ. A control that could change nothing in a state is disabled there.
"""

from __future__ import annotations

import json

import ipywidgets as w
import pytest

from widgets import model
from widgets.explorables import ConsolidationExplorer, HostExplorer, Picker, YearExplorer
from widgets.explorables.base import allowed_values
from widgets.explorables.host import RAM_STOPS_MIB


def seen(ex) -> str:
    """What a reader sees: every figure's data and layout, every readout."""
    html = [v.value for v in vars(ex).values() if isinstance(v, w.HTML)]
    return json.dumps([[f._data, f._layout] for f in ex.figures.values()] + html, sort_keys=True, default=str)


def candidates(control) -> list:
    values = list(allowed_values(control))
    if len(values) <= 6:
        return values
    return [values[0], values[1], values[len(values) // 2], values[-2], values[-1]]


def dead_controls(ex) -> list[str]:
    dead = []
    for name, control in ex.controls.items():
        if control.disabled:
            continue
        start, before = control.value, seen(ex)
        for value in candidates(control):
            if value == start:
                continue
            control.value = value
            if seen(ex) == before:
                dead.append(f"{name}: {start!r} -> {value!r}")
            control.value = start
    return dead


def host_states():
    for platform in ("vm", "container", "microvm"):
        for ram in (RAM_STOPS_MIB[0], 64 * 1024, RAM_STOPS_MIB[-1]):
            yield dict(platform=platform, ram_mib=ram)


@pytest.mark.parametrize("show", [("stack",), ("density",), ("stack", "density")], ids="+".join)
@pytest.mark.parametrize("state", list(host_states()), ids=lambda s: f"{s['platform']}-{s['ram_mib']:g}")
def test_host_explorer_controls_all_matter(show, state):
    ex = HostExplorer("en", model.default_state(**state), show=show)
    assert dead_controls(ex) == []


def test_platform_relabels_the_host_layer_when_nothing_fits():
    ex = HostExplorer("en", model.default_state(ram_mib=64), show=("stack",))
    runtime = {}
    for platform in ("vm", "microvm", "container"):
        ex.platform.value = platform
        block = ex.figures["stack"].data[2]
        assert list(block.y) == [1]  # the host row
        runtime[platform] = block.text[0]
        assert platform.replace("vm", "VM").replace("microVM", "microVM") in ex.figures["stack"].layout.title.text
    assert runtime == {"vm": "Hypervisor", "microvm": "Hypervisor (microVM monitors)", "container": "Container engine"}


def test_stack_only_disables_what_cannot_matter():
    ex = HostExplorer("en", model.default_state(platform="container"), show=("stack",))
    assert ex.ratio.disabled and ex.vm_memory.disabled and not ex.app.disabled
    ex.platform.value = "vm"
    assert not ex.ratio.disabled and not ex.vm_memory.disabled
    ex.ram.value = RAM_STOPS_MIB[0]
    assert ex.ratio.disabled and ex.app.disabled and ex.cpu.disabled
    both = HostExplorer("en", model.default_state(platform="container", ram_mib=64))
    assert not any(c.disabled for c in both.controls.values())  # the density chart's curves still move


@pytest.mark.parametrize("machine", ["pc", "server"])
@pytest.mark.parametrize("platform", ["vm", "container"])
@pytest.mark.parametrize("year", ["first", "last"])
def test_year_explorer_controls_all_matter(machine, platform, year):
    from widgets.model import growth

    first, last = growth.years()
    state = growth.default_state(year=first if year == "first" else last, machine=machine, platform=platform)
    ex = YearExplorer("en", state)
    assert dead_controls(ex) == []
    assert ex.ratio.disabled == (platform == "container" or state.fit() is None)


@pytest.mark.parametrize("platform", ["vm", "container", "nested"])
def test_consolidation_controls_all_matter(platform):
    from widgets.model import consolidation

    ex = ConsolidationExplorer("en", consolidation.default_state(platform=platform))
    assert dead_controls(ex) == []
    assert ex.ratio.disabled == (platform != "vm")


@pytest.mark.parametrize("place", ["hypervisor", "engine", "none"])
def test_picker_controls_all_matter(place):
    from widgets.model import layers

    ex = Picker("en", layers.default_state(place=place))
    assert dead_controls(ex) == []
