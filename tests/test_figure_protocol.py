"""Every figure keeps the figure contract (widgets/figures/protocol.py).

For each figure in widgets/figures: it satisfies the Figure protocol; build is
go.Figure(spec); and the spec of one state, brought up to date with another
state's traces and layout_changes (as a live update does), is that state's
spec, with the same trace count and order.
"""

import importlib
import pkgutil

import plotly.graph_objects as go
import pytest

import widgets.figures
from widgets import model
from widgets.figures import kernel, startup
from widgets.figures.protocol import Figure
from widgets.model import consolidation as consolidation_model
from widgets.model import growth as growth_model
from widgets.model import layers as layers_model
from widgets.probes.timing import Timing

NOT_FIGURES = {"palette", "theme", "protocol"}

# States to move between, per figure: each differs from the one before it in what the figure shows.
STATES = {
    "stack": lambda: [
        model.default_state(),
        model.default_state(platform="container", cores=256),
        model.default_state(ram_mib=64),
        model.default_state(platform="microvm", ram_mib=4 * 1024**2),
    ],
    "density": lambda: [
        model.default_state(),
        model.default_state(ram_mib=64, vcpu_ratio=1.0),
        model.default_state(platform="container", cores=256),
    ],
    "compare": lambda: [None, "startup", "isolation", "efficiency"],
    "consolidation.servers": lambda: [
        consolidation_model.default_state(),
        consolidation_model.default_state(platform="container", apps=7),
        consolidation_model.default_state(platform="nested", apps=200),
        consolidation_model.default_state(platform="nested", vms_per_host=4),  # names the VMs per host in its hover
    ],
    "consolidation.utilization": lambda: [
        consolidation_model.default_state(),
        consolidation_model.default_state(platform="container", apps=7),
        consolidation_model.default_state(utilization=0.9, apps=200),
    ],
    **{
        f"growth.{name}": (
            lambda: [
                growth_model.default_state(),
                growth_model.default_state(year=1998),
                growth_model.default_state(year=2010, machine="pc", platform="container"),
            ]
        )
        for name in ("ram", "cores", "storage", "price")
    },
    "kernel": lambda: [None, kernel.State("pid"), kernel.State("v2"), kernel.State()],
    "layers": lambda: [
        layers_model.default_state(),
        layers_model.default_state(place="engine", instances=5),
        layers_model.default_state(place="none"),
    ],
    "startup": lambda: [
        startup.State(),
        startup.State(scale="linear", refs=False, app_ms=20_000.0),
        startup.State(measured=Timing("true", (1.0, 1.2, 1.5), 1.2, 1.0, 1.5, 1.1, 1.3)),
    ],
}


def figures() -> dict[str, Figure]:
    """Every figure in widgets/figures: a module, or each entry of a module's FIGURES."""
    out = {}
    for info in pkgutil.iter_modules(widgets.figures.__path__):
        if info.name in NOT_FIGURES:
            continue
        module = importlib.import_module(f"widgets.figures.{info.name}")
        named = getattr(module, "FIGURES", None)
        if named is None:
            out[info.name] = module
        else:
            out.update({f"{info.name}.{name}": figure for name, figure in named.items()})
    return out


FIGURES = figures()


def test_every_figure_has_states_to_check():
    assert sorted(FIGURES) == sorted(STATES), "add states for a new figure to STATES"


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_satisfies_the_protocol(name):
    figure = FIGURES[name]
    assert isinstance(figure, Figure), f"{name} lacks one of spec, traces, layout_changes, build"


def _updated(spec: dict, data: list[dict], layout: dict) -> go.Figure:
    """The figure of spec, brought up to date as a live update does: path by path."""
    fig = go.Figure(spec)
    assert len(data) == len(fig.data), "traces gives one dict per trace"
    for trace, values in zip(fig.data, data):
        for path, value in values.items():
            trace[path] = value
    for path, value in layout.items():
        fig.layout[path] = value
    return fig


@pytest.mark.parametrize("name", sorted(FIGURES))
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_build_is_the_spec_and_traces_bring_one_state_to_another(name, lang):
    figure = FIGURES[name]
    states = STATES[name]()
    specs = [figure.spec(s, lang) for s in states]
    for state, spec in zip(states, specs):
        assert figure.build(state, lang).to_plotly_json() == go.Figure(spec).to_plotly_json()
    kinds = [[t["type"] for t in spec["data"]] for spec in specs]
    assert all(k == kinds[0] for k in kinds), f"{name}: trace count or order differs between states"
    for (a, spec_a), (b, spec_b) in zip(zip(states, specs), zip(states[1:] + states[:1], specs[1:] + specs[:1])):
        data, dynamic = figure.traces(b, lang)
        moved = _updated(spec_a, data, figure.layout_changes(dynamic, lang))
        assert moved.to_plotly_json() == go.Figure(spec_b).to_plotly_json(), f"{name}: {a!r} -> {b!r}"
