"""The picker: where is the illusion made? One view drives the layered diagram.

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

from ..model import layers
from ..figures import layers as diagram
from ..text import check_lang, memory, t
from .base import Explorable
from .live import LiveFigure, apply


class Picker(Explorable):
    """Place, instances and the promise; the layered diagram and a readout."""

    def __init__(self, lang: str = "en", view: layers.State | None = None):
        check_lang(lang)
        if view is not None and not isinstance(view, layers.State):
            raise ValueError(f"view must be a widgets.model.layers.State, got {view!r}")
        self.lang = lang
        self.view = view or layers.default_state()
        style = {"description_width": "8em"}
        size = w.Layout(width="30em")
        self.place = w.ToggleButtons(
            options=[(t(f"layers.place.{p}", lang), p) for p in layers.PLACES], value=self.view.place,
            description=t("picker.place", lang), style={**style, "button_width": "17em"})
        self.instances = w.IntSlider(value=self.view.instances, min=layers.INSTANCES_RANGE[0],
                                     max=layers.INSTANCES_RANGE[1], description=t("picker.instances", lang),
                                     style=style, layout=size)
        self.cpus = w.SelectionSlider(options=[(diagram.cpus(c, lang), c) for c in layers.TOLD_CPUS],
                                      value=self.view.told_cpus, description=t("picker.cpus", lang),
                                      style=style, layout=size)
        self.memory = w.SelectionSlider(options=[(memory(m), m) for m in layers.TOLD_MEMORY_MIB],
                                        value=self.view.told_mib, description=t("picker.memory", lang),
                                        style=style, layout=size)
        self.controls = {"place": self.place, "instances": self.instances, "cpus": self.cpus,
                         "memory": self.memory}
        self.readout = w.HTML(layout=w.Layout(min_height="3.5em", max_width="52em"))
        self.figure = LiveFigure(diagram.spec(self.view, lang))
        self._describe()
        self._watch()

    def _view_from_controls(self) -> layers.State:
        return layers.State(place=self.place.value, instances=self.instances.value, told_cpus=self.cpus.value,
                           told_mib=self.memory.value, host_cores=self.view.host_cores, host_mib=self.view.host_mib)

    def redraw_from_controls(self) -> None:
        self.set_view(self._view_from_controls())

    def set_view(self, view: layers.State) -> None:
        """Show a view: the diagram and the readout redraw from it."""
        if not isinstance(view, layers.State):
            raise ValueError(f"view must be a widgets.model.layers.State, got {view!r}")
        self.view = view
        data, dynamic = diagram.traces(view, self.lang)
        apply(self.figure, data, diagram.layout_changes(dynamic, self.lang))
        self._describe()

    def _describe(self) -> None:
        v, lang = self.view, self.lang
        self.cpus.disabled = self.memory.disabled = not v.illusion
        told_cpus, told_mib = v.sees()
        total_cpus, total_mib = v.promised()
        text = t(f"picker.readout.{v.place}", lang, n=v.instances, cpus=diagram.cpus(told_cpus, lang),
                 memory=memory(told_mib), cores=v.host_cores, ram=memory(v.host_mib),
                 total_cpus=diagram.cpus(total_cpus, lang), total_memory=memory(total_mib),
                 share=_percent(v.memory_share()))
        if v.illusion:
            text += t("picker.overcommitted" if v.overcommitted() else "picker.kept", lang)
        self.readout.value = text

    def widget(self) -> w.VBox:
        box = w.VBox([self.place, self.instances, self.cpus, self.memory, self.readout, self.figure,
                      self.accessibility((self.readout,), {"layers": self.figure})])
        box.picker = self
        return box

    def _repr_mimebundle_(self, **kwargs):
        return self.widget()._repr_mimebundle_(**kwargs)


def _percent(share: float) -> str:
    """0.375 -> '37.5 %', 1.5 -> '150 %'."""
    return f"{100 * share:.1f}".rstrip("0").rstrip(".") + " %"


def picker(lang: str = "en", **view) -> w.VBox:
    """The picker as one widget: controls, readout, layered diagram."""
    return Picker(lang, layers.default_state(**view) if view else None).widget()
