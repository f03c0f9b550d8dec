"""The host explorer: host RAM, cores, platform and workload drive two views.

One :class:`~widgets.model.State` drives the stack diagram and the density
chart. Moving a control makes a new state, and each figure is brought to the
builder's output for it in one update; the density curves are recomputed only
when cores or the workload change. Controls offer only valid values, and an
invalid state from Python is refused with the model's ValueError before any
view changes.
"""

from __future__ import annotations

import ipywidgets as w

from .. import model
from ..figures import density, stack
from ..text import memory, t
from .base import Explorable, check_show, stops_slider, vcpu_ratio_slider
from .live import LiveFigure, apply

# Stops of the host RAM slider: 64 MB to 4 TB, two stops per doubling (log scale).
RAM_STOPS_MIB = tuple(sorted({64 * 2**k for k in range(17)} | {96 * 2**k for k in range(16)}))
APP_STOPS_MIB = tuple(16 * 2**k for k in range(11))  # 16 MB .. 16 GB
CPU_STOPS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
CORES_RANGE = (1, 256)
FIGURES = ("stack", "density")


class HostExplorer(Explorable):
    """Controls and linked figures sharing one state."""

    state_type = model.State

    def __init__(self, lang: str = "en", state: model.State | None = None, *, show: tuple[str, ...] = FIGURES):
        super().__init__(lang)
        check_show(show, FIGURES)
        self.state = self._initial(state, model.default_state)
        style = {"description_width": "9em"}
        layout = w.Layout(width="34em")
        self.ram = stops_slider(
            RAM_STOPS_MIB,
            self.state.ram_mib,
            memory,
            t("control.ram", lang),
            continuous_update=True,
            style=style,
            layout=layout,
        )
        self.cores = w.IntSlider(
            value=min(max(self.state.cores, CORES_RANGE[0]), CORES_RANGE[1]),
            min=CORES_RANGE[0],
            max=CORES_RANGE[1],
            description=t("control.cores", lang),
            style=style,
            layout=layout,
        )
        self.ratio = vcpu_ratio_slider(lang, self.state.vcpu_ratio, style=style, layout=layout)
        self.platform = w.ToggleButtons(
            options=[(t(f"platform.{p}.button", lang), p) for p in ("vm", "container", "microvm")],
            value=self.state.platform,
            description=t("control.platform", lang),
            style=style,
        )
        self.app = stops_slider(
            APP_STOPS_MIB, self.state.app_mib, memory, t("control.app", lang), style=style, layout=layout
        )
        self.cpu = stops_slider(
            CPU_STOPS,
            self.state.cpu,
            lambda c: t("readout.cpu", lang, cpu=f"{c:g}"),
            t("control.cpu", lang),
            style=style,
            layout=layout,
        )
        self.vm_memory = w.ToggleButtons(
            options=[(t(f"memory_mode.{m}", lang), m) for m in model.MEMORY_MODES],
            value=self.state.memory,
            description=t("control.vm_memory", lang),
            style=style,
        )
        self.controls = {
            "ram": self.ram,
            "cores": self.cores,
            "ratio": self.ratio,
            "platform": self.platform,
            "app": self.app,
            "cpu": self.cpu,
            "vm_memory": self.vm_memory,
        }
        self.state = self._state_from_controls()
        self.summary = w.HTML(layout=w.Layout(min_height="2.5em"))
        self.readouts = (self.summary,)
        if "stack" in show:
            self.figures["stack"] = LiveFigure(stack.spec(self.state, lang))
        if "density" in show:
            self.figures["density"] = LiveFigure(density.spec(self.state, lang))
        self._describe()
        self._watch()

    # -- state -------------------------------------------------------------
    def _state_from_controls(self) -> model.State:
        return model.State(
            ram_mib=self.ram.value,
            cores=self.cores.value,
            platform=self.platform.value,
            app_mib=self.app.value,
            cpu=self.cpu.value,
            vcpu_ratio=self.ratio.value,
            memory=self.vm_memory.value,
        )

    def _draw(self, previous: model.State) -> None:
        state = self.state
        if "stack" in self.figures:
            data, dynamic = stack.traces(state, self.lang)
            apply(self.figures["stack"], data, stack.layout_changes(dynamic, self.lang))
        if "density" in self.figures:
            data, dynamic = density.traces(state, self.lang)
            fig = self.figures["density"]
            if density.curve_key(previous) == density.curve_key(state):
                # only the marker and the line at the current host move
                apply(fig, data[-2:], {}, first=len(data) - 2, move=True)
            else:
                apply(fig, data, density.layout_changes(dynamic, self.lang))

    def _describe(self) -> None:
        self._summarise()
        self._enable()

    def _enable(self) -> None:
        """Disable a control that cannot change any view this explorer holds in the current state.

        The density chart draws every platform's curve, so with it every control moves something.
        Without it, the vCPU ratio and the VM memory mode matter only to VMs and microVMs on a host
        that holds its own OS, and the application's size and CPU only where the host holds its OS.
        """
        if "density" in self.figures:
            return
        fits = self.state.fit() is not None
        self.app.disabled = self.cpu.disabled = not fits
        self.ratio.disabled = self.vm_memory.disabled = not fits or self.state.platform == "container"

    def _summarise(self) -> None:
        s, lang = self.state, self.lang
        fit = s.fit()
        if fit is None:
            self.summary.value = t("readout.too_small", lang, reserve=memory(s.reserved_mib))
            return
        rule = t(f"cpu_rule.{fit.cpu_rule}", lang, ratio=f"{s.vcpu_ratio:g}")
        counts = dict(by_memory=f"{fit.by_memory:,}", by_cpu=f"{fit.by_cpu:,}", rule=rule, cpu=f"{s.cpu:g}")
        if s.platform == "container":
            self.summary.value = t("readout.summary", lang, each=memory(fit.instance_mib), **counts)
            return
        plat = model.platform(s.platform)
        self.summary.value = t(
            "readout.summary_vm",
            lang,
            platform=t(f"platform.{s.platform}", lang),
            resident=memory(plat.resident_mib(s.workload())),
            configured=memory(plat.configured_mib(s.workload())),
            each=memory(fit.instance_mib),
            vcpus=f"{fit.instance_cpus:g}",
            **counts,
        )


def host_explorer(lang: str = "en", **state) -> w.VBox:
    """The host explorer as one widget: controls, readout, stack diagram, density chart."""
    return HostExplorer(lang, model.default_state(**state) if state else None).widget()
