"""The consolidation explorer: applications, host, utilization, ceiling, platform.

One :class:`~widgets.model.consolidation.State` drives two views: the servers chart
and the utilization picture (:mod:`widgets.figures.consolidation`). Every
control offers only valid values; each change is one update per figure.
"""

from __future__ import annotations

import ipywidgets as w

from ..figures import consolidation as figure
from ..model import consolidation
from ..text import memory, t
from .base import Explorable, decimal, percent, stops_slider, vcpu_ratio_slider
from .live import LiveFigure, apply

# Host sizes offered (RAM MiB, cores): a small server up to a large one.
HOSTS = ((8 * 1024, 4), (16 * 1024, 8), (64 * 1024, 16), (256 * 1024, 64), (1024 * 1024, 128))
UTILIZATION_STOPS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5)
CEILING_STOPS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
VMS_STOPS = (1, 2, 4)


class ConsolidationExplorer(Explorable):
    """Controls, a readout, the servers chart and the utilization picture."""

    state_type = consolidation.State

    def __init__(self, lang: str = "en", state: consolidation.State | None = None):
        super().__init__(lang)
        state = self._initial(state, consolidation.default_state)
        style = {"description_width": "9em"}
        layout = w.Layout(width="36em")
        self.apps = w.IntSlider(
            value=min(state.apps, figure.APPS_MAX),
            min=1,
            max=figure.APPS_MAX,
            description=t("consol.control.apps", lang),
            style=style,
            layout=layout,
        )
        host = min(HOSTS, key=lambda h: abs(h[0] - state.ram_mib) + abs(h[1] - state.cores))
        self.host = w.SelectionSlider(
            options=[(t("consol.host", lang, ram=memory(r), cores=c), (r, c)) for r, c in HOSTS],
            value=host,
            description=t("consol.control.host", lang),
            style=style,
            layout=layout,
        )
        self.utilization = stops_slider(
            UTILIZATION_STOPS,
            state.utilization,
            percent,
            t("consol.control.utilization", lang),
            style=style,
            layout=layout,
        )
        self.ceiling = stops_slider(
            CEILING_STOPS, state.ceiling, percent, t("consol.control.ceiling", lang), style=style, layout=layout
        )
        self.platform = w.ToggleButtons(
            options=[(t(f"consol.button.{p}", lang), p) for p in consolidation.PLATFORMS],
            value=state.platform,
            description=t("consol.control.platform", lang),
            style=style,
        )
        self.vms = stops_slider(
            VMS_STOPS, state.vms_per_host, str, t("consol.control.vms", lang), style=style, layout=layout
        )
        self.ratio = vcpu_ratio_slider(lang, state.vcpu_ratio, style=style, layout=layout)
        self.controls = {
            "apps": self.apps,
            "host": self.host,
            "utilization": self.utilization,
            "ceiling": self.ceiling,
            "ratio": self.ratio,
            "platform": self.platform,
            "vms": self.vms,
        }
        self.state = self._state_from_controls()
        self.readout = w.HTML(layout=w.Layout(min_height="2.5em"))
        self.readouts = (self.readout,)
        self.servers = self.figures["servers"] = LiveFigure(figure.spec(self.state, lang))
        self.picture = self.figures["picture"] = LiveFigure(figure.utilization_spec(self.state, lang))
        self._describe()
        self._watch()

    def _state_from_controls(self) -> consolidation.State:
        ram, cores = self.host.value
        return consolidation.State(
            apps=self.apps.value,
            ram_mib=ram,
            cores=cores,
            utilization=self.utilization.value,
            ceiling=self.ceiling.value,
            platform=self.platform.value,
            vms_per_host=self.vms.value,
            vcpu_ratio=self.ratio.value,
        )

    def _draw(self, previous: consolidation.State) -> None:
        data, dynamic = figure.traces(self.state, self.lang)
        apply(self.servers, data, figure.layout_changes(dynamic, self.lang))
        data, dynamic = figure.utilization_traces(self.state, self.lang)
        apply(self.picture, data, figure.utilization_layout_changes(dynamic, self.lang))

    def _describe(self) -> None:
        s, lang = self.state, self.lang
        # Only VMs are given whole vCPUs; the title states the vCPU limit for them alone.
        self.ratio.disabled = s.platform != "vm"
        ph = consolidation.per_host(s)
        how = t(f"consol.how.{s.platform}", lang)
        cpu = f"{s.app_cpu:.2g}"
        if ph.count == 0:
            self.readout.value = t("consol.readout_none", lang, cpu=cpu, how=how)
            return
        result = consolidation.consolidate(s)
        self.readout.value = t(
            "consol.readout",
            lang,
            cpu=cpu,
            count=ph.count,
            how=how,
            limit=t(f"limit.{ph.limit}", lang),
            ratio=decimal(result.ratio, 1),
        )


def consolidation_explorer(lang: str = "en") -> w.VBox:
    return ConsolidationExplorer(lang).widget()
