"""The picker: where is the illusion made? One state drives the layered diagram.

ToggleButtons choose the place (below the OS with a hypervisor, at the OS with
a container engine, or nowhere: bare metal); sliders set how many instances
there are and what each application is told it has. Every change makes a new
:class:`widgets.model.layers.State`, the diagram is brought to the builder's output
in one update, and a readout sets what the application is told beside what
is really there. On bare metal nothing is told, so the two "told" sliders are
disabled. Controls offer only valid values; a bad value from Python raises
ValueError naming the control and its allowed values.
"""

from __future__ import annotations

import ipywidgets as w

from ..figures import layers as diagram
from ..model import layers
from ..text import memory, t
from .base import Explorable, percent, stops_slider
from .live import LiveFigure, apply


class Picker(Explorable):
    """Place, instances and the promise; the layered diagram and a readout."""

    state_type = layers.State

    def __init__(self, lang: str = "en", state: layers.State | None = None):
        super().__init__(lang)
        self.state = self._initial(state, layers.default_state)
        style = {"description_width": "8em"}
        size = w.Layout(width="30em")
        self.place = w.ToggleButtons(
            options=[(t(f"layers.place.{p}", lang), p) for p in layers.PLACES],
            value=self.state.place,
            description=t("picker.place", lang),
            style={**style, "button_width": "17em"},
        )
        self.instances = w.IntSlider(
            value=self.state.instances,
            min=layers.INSTANCES_RANGE[0],
            max=layers.INSTANCES_RANGE[1],
            description=t("picker.instances", lang),
            style=style,
            layout=size,
        )
        self.cpus = stops_slider(
            layers.TOLD_CPUS,
            self.state.told_cpus,
            lambda c: diagram.cpus(c, lang),
            t("picker.cpus", lang),
            style=style,
            layout=size,
        )
        self.memory = stops_slider(
            layers.TOLD_MEMORY_MIB, self.state.told_mib, memory, t("picker.memory", lang), style=style, layout=size
        )
        self.controls = {"place": self.place, "instances": self.instances, "cpus": self.cpus, "memory": self.memory}
        self.readout = w.HTML(layout=w.Layout(min_height="3.5em", max_width="52em"))
        self.readouts = (self.readout,)
        self.figure = self.figures["layers"] = LiveFigure(diagram.spec(self.state, lang))
        self._describe()
        self._watch()

    def _state_from_controls(self) -> layers.State:
        return layers.State(
            place=self.place.value,
            instances=self.instances.value,
            told_cpus=self.cpus.value,
            told_mib=self.memory.value,
            host_cores=self.state.host_cores,
            host_mib=self.state.host_mib,
        )

    def _draw(self, previous: layers.State) -> None:
        data, dynamic = diagram.traces(self.state, self.lang)
        apply(self.figure, data, diagram.layout_changes(dynamic, self.lang))

    def _describe(self) -> None:
        s, lang = self.state, self.lang
        self.cpus.disabled = self.memory.disabled = not s.illusion
        told_cpus, told_mib = s.sees()
        total_cpus, total_mib = s.promised()
        text = t(
            f"picker.readout.{s.place}",
            lang,
            n=s.instances,
            cpus=diagram.cpus(told_cpus, lang),
            memory=memory(told_mib),
            cores=s.host_cores,
            ram=memory(s.host_mib),
            total_cpus=diagram.cpus(total_cpus, lang),
            total_memory=memory(total_mib),
            share=percent(s.memory_share(), 1),
        )
        if s.illusion:
            text += t("picker.overcommitted" if s.overcommitted() else "picker.kept", lang)
        self.readout.value = text


def picker(lang: str = "en", **state) -> w.VBox:
    """The picker as one widget: controls, readout, layered diagram."""
    return Picker(lang, layers.default_state(**state) if state else None).widget()
