"""The consolidation explorer: applications, host, utilization, ceiling, platform.

One :class:`~widgets.consolidation.consolidation.State` drives two views: the servers chart
and the utilization picture (:mod:`widgets.figures.consolidation`). Every
control offers only valid values; each change is one update per figure.
"""

from __future__ import annotations

import ipywidgets as w

from ..model import consolidation
from ..figures import consolidation as figure
from ..text import check_lang, memory, t
from .base import Explorable, nearest, vcpu_ratio_slider
from .live import LiveFigure, apply

# Host sizes offered (RAM MiB, cores): a small server up to a large one.
HOSTS = ((8 * 1024, 4), (16 * 1024, 8), (64 * 1024, 16), (256 * 1024, 64), (1024 * 1024, 128))
UTILIZATION_STOPS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5)
CEILING_STOPS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
VMS_STOPS = (1, 2, 4)


class ConsolidationExplorer(Explorable):
    """Controls, a readout, the servers chart and the utilization picture."""

    def __init__(self, lang: str = "en", plan: consolidation.State | None = None):
        check_lang(lang)
        self.lang = lang
        plan = plan or consolidation.default_state()
        style = {"description_width": "9em"}
        layout = w.Layout(width="36em")
        self.apps = w.IntSlider(value=min(plan.apps, figure.APPS_MAX), min=1, max=figure.APPS_MAX,
                                description=t("consol.control.apps", lang), style=style, layout=layout)
        host = min(HOSTS, key=lambda h: abs(h[0] - plan.ram_mib) + abs(h[1] - plan.cores))
        self.host = w.SelectionSlider(
            options=[(t("consol.host", lang, ram=memory(r), cores=c), (r, c)) for r, c in HOSTS], value=host,
            description=t("consol.control.host", lang), style=style, layout=layout)
        self.utilization = w.SelectionSlider(
            options=[(f"{100 * u:.0f} %", u) for u in UTILIZATION_STOPS],
            value=nearest(UTILIZATION_STOPS, plan.utilization),
            description=t("consol.control.utilization", lang), style=style, layout=layout)
        self.ceiling = w.SelectionSlider(
            options=[(f"{100 * c:.0f} %", c) for c in CEILING_STOPS], value=nearest(CEILING_STOPS, plan.ceiling),
            description=t("consol.control.ceiling", lang), style=style, layout=layout)
        self.platform = w.ToggleButtons(
            options=[(t(f"consol.button.{p}", lang), p) for p in consolidation.PLATFORMS], value=plan.platform,
            description=t("consol.control.platform", lang), style=style)
        self.vms = w.SelectionSlider(options=list(VMS_STOPS), value=nearest(VMS_STOPS, plan.vms_per_host),
                                     description=t("consol.control.vms", lang), style=style, layout=layout)
        self.ratio = vcpu_ratio_slider(lang, plan.vcpu_ratio, style=style, layout=layout)
        self.controls = {"apps": self.apps, "host": self.host, "utilization": self.utilization,
                         "ceiling": self.ceiling, "ratio": self.ratio, "platform": self.platform, "vms": self.vms}
        self.plan = self._plan_from_controls()
        self.readout = w.HTML(layout=w.Layout(min_height="2.5em"))
        self.servers = LiveFigure(figure.spec(self.plan, lang))
        self.picture = LiveFigure(figure.utilization_spec(self.plan, lang))
        self._read()
        self._watch()

    def _plan_from_controls(self) -> consolidation.State:
        ram, cores = self.host.value
        return consolidation.State(apps=self.apps.value, ram_mib=ram, cores=cores, utilization=self.utilization.value,
                          ceiling=self.ceiling.value, platform=self.platform.value, vms_per_host=self.vms.value,
                          vcpu_ratio=self.ratio.value)

    def redraw_from_controls(self) -> None:
        self.set_plan(self._plan_from_controls())

    def set_plan(self, plan: consolidation.State) -> None:
        """Show a plan: both figures redraw from it."""
        if not isinstance(plan, consolidation.State):
            raise ValueError(f"plan must be a widgets.consolidation.consolidation.State, got {plan!r}")
        self.plan = plan
        data, dynamic = figure.traces(plan, self.lang)
        apply(self.servers, data, figure.layout_changes(dynamic, self.lang))
        data, dynamic = figure.utilization_traces(plan, self.lang)
        apply(self.picture, data, figure.utilization_layout_changes(dynamic, self.lang))
        self._read()

    def _read(self) -> None:
        p, lang = self.plan, self.lang
        # Only VMs are given whole vCPUs; the title states the vCPU limit for them alone.
        self.ratio.disabled = p.platform != "vm"
        ph = consolidation.per_host(p)
        how = t(f"consol.how.{p.platform}", lang)
        cpu = f"{p.app_cpu:.2g}"
        if ph.count == 0:
            self.readout.value = t("consol.readout_none", lang, cpu=cpu, how=how)
            return
        result = consolidation.consolidate(p)
        self.readout.value = t("consol.readout", lang, cpu=cpu, count=ph.count, how=how,
                               limit=t(f"limit.{ph.limit}", lang), ratio=f"{result.ratio:.1f}".rstrip("0").rstrip("."))

    def widget(self) -> w.VBox:
        box = w.VBox([self.apps, self.host, self.utilization, self.ceiling, self.ratio, self.platform, self.vms,
                      self.readout,
                      self.servers, self.picture,
                      self.accessibility((self.readout,), {"servers": self.servers, "picture": self.picture})])
        box.explorer = self
        return box

    def _repr_mimebundle_(self, **kwargs):
        return self.widget()._repr_mimebundle_(**kwargs)


def consolidation_explorer(lang: str = "en") -> w.VBox:
    return ConsolidationExplorer(lang).widget()
