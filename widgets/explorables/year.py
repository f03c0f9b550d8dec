"""The year explorer: pick a year, see what a machine of that year could host.

A year slider (1998 to the latest year in data/hardware.csv), a machine
toggle (a typical home PC or a large server) and a platform toggle (VM or
container) make a :class:`widgets.model.growth.State`. Every view redraws from
it: the growth figures move their year line and markers, a readout states
the machine (interpolated between data points where the year is not one) and
how many of chapter 2's default services fit, and the host stack diagram of
chapter 2 (:mod:`widgets.figures.stack`, reused) draws that year's machine
through its :class:`widgets.model.State`.

Controls offer only valid values; a value no control offers, set from Python
with ``update``, raises a ValueError naming the control and the values it
allows, before any view changes.
"""

from __future__ import annotations

import ipywidgets as w

from .. import model
from ..figures import growth as growth_figures
from ..figures import stack
from ..model import growth
from ..text import memory, t
from .base import Explorable, check_show, vcpu_ratio_slider
from .live import LiveFigure, apply

FIGURES = (*growth_figures.NAMES, "stack")


class YearExplorer(Explorable):
    """A year slider and toggles driving the growth figures, a readout and the stack diagram."""

    state_type = growth.State

    def __init__(self, lang: str = "en", state: growth.State | None = None, *, show: tuple[str, ...] = FIGURES):
        super().__init__(lang)
        check_show(show, FIGURES)
        self.state = self._initial(state, growth.default_state)
        first, last = growth.years()
        style = {"description_width": "9em"}
        self.year = w.IntSlider(
            value=self.state.year,
            min=first,
            max=last,
            step=1,
            description=t("year.control.year", lang),
            continuous_update=True,
            style=style,
            layout=w.Layout(width="34em"),
        )
        self.machine = w.ToggleButtons(
            options=[(t(f"year.machine.{m}", lang), m) for m in growth.MACHINES],
            value=self.state.machine,
            description=t("year.control.machine", lang),
            style=style,
        )
        self.platform = w.ToggleButtons(
            options=[(t(f"platform.{p}.button", lang), p) for p in growth.PLATFORMS],
            value=self.state.platform,
            description=t("year.control.platform", lang),
            style=style,
        )
        self.ratio = vcpu_ratio_slider(lang, self.state.vcpu_ratio, style=style, layout=w.Layout(width="34em"))
        self.controls = {"year": self.year, "machine": self.machine, "platform": self.platform, "ratio": self.ratio}
        self.readout = w.HTML(layout=w.Layout(min_height="4.5em"))
        self.readouts = (self.readout,)
        for name in show:
            if name == "stack":
                self.figures[name] = LiveFigure(stack.spec(self.state.host_state(), lang))
            else:
                self.figures[name] = LiveFigure(growth_figures.spec(self.state, lang, name))
        self._describe()
        self._watch()

    # -- state -------------------------------------------------------------
    def _state_from_controls(self) -> growth.State:
        return growth.State(self.year.value, self.machine.value, self.platform.value, self.ratio.value)

    def _draw(self, previous: growth.State) -> None:
        state = self.state
        for name, fig in self.figures.items():
            if name == "stack":
                data, dynamic = stack.traces(state.host_state(), self.lang)
                apply(fig, data, stack.layout_changes(dynamic, self.lang))
            elif previous.year != state.year:
                data, dynamic = growth_figures.traces(state, self.lang, name)
                moving = growth_figures.MOVING  # only the year line and the markers move
                apply(
                    fig,
                    data[-moving:],
                    growth_figures.layout_changes(dynamic, self.lang),
                    first=len(data) - moving,
                    move=True,
                )

    # -- readout -------------------------------------------------------------
    def readout_text(self) -> str:
        """The readout for the current state: the machine, then what fits on it."""
        return readout(self.state, self.lang)

    def _describe(self) -> None:
        self.readout.value = self.readout_text()
        # vCPUs per core bound VMs only, and only on a machine that holds its own OS: otherwise the
        # slider would change nothing on the page, so it is disabled.
        self.ratio.disabled = self.state.platform == "container" or self.state.fit() is None

    # -- display -------------------------------------------------------------
    def widget(self, *figures: str, full: bool = True) -> w.VBox:
        """Controls, readout and the named figures (all shown ones by default).

        With full=False only the year slider comes with the figures: a second view of the same
        slider, for a figure further down the page (moving either moves both).
        """
        return self._box(self._top() if full else [self.year], figures)


def readout(state: growth.State, lang: str = "en") -> str:
    """What a machine of the state's year was, and how many of chapter 2's services fit on it."""
    m = state.machine_now()
    if m.ram_how == m.cores_how:
        how = t(f"year.how.{m.ram_how}", lang)
    else:
        how = t("year.how.each", lang, ram=t(f"year.how.{m.ram_how}", lang), cores=t(f"year.how.{m.cores_how}", lang))
    cores = t("growth.core_value", lang) if m.cores == 1 else t("growth.cores_value", lang, cores=f"{m.cores:,}")
    lines = [
        t(
            "year.readout.machine",
            lang,
            year=state.year,
            machine=t(f"year.machine.{state.machine}.name", lang),
            ram=memory(m.ram_mib),
            cores=cores,
            how=how,
        )
    ]
    fit = state.fit()
    if fit is None:
        lines.append(t("year.readout.too_small", lang, reserve=memory(model.default_state().reserved_mib)))
    elif fit.count == 0:
        lines.append(
            t(
                "year.readout.none",
                lang,
                platform=t(f"platform.{state.platform}", lang),
                limit=t(f"limit.{fit.limit}", lang),
            )
        )
    elif fit.count == 1:
        lines.append(
            t(
                "year.readout.once",
                lang,
                platform=t(f"platform.{state.platform}", lang),
                limit=t(f"limit.{fit.limit}", lang),
            )
        )
    else:
        lines.append(
            t(
                "year.readout.fit",
                lang,
                count=f"{fit.count:,}",
                platforms=t(f"platform.{state.platform}.plural", lang),
                limit=t(f"limit.{fit.limit}", lang),
            )
        )
    if fit is not None and fit.by_vcpus is not None:
        # what the vCPU ratio allows, so that moving its slider always shows
        lines.append(t("year.readout.vcpus", lang, ratio=f"{state.vcpu_ratio:g}", vcpus=f"{fit.by_vcpus:,}"))
    usd = growth.price_per_gb(state.year)
    if usd is None:
        lines.append(t("year.readout.no_price", lang))
    else:
        point = growth.is_data_year(growth.dram_price(), state.year)
        lines.append(
            t(
                "year.readout.price_point" if point else "year.readout.price",
                lang,
                price=growth_figures.price_text(usd, lang),
            )
        )
    return "<br>".join(lines)


def year_explorer(lang: str = "en", **state) -> w.VBox:
    """The year explorer as one widget: controls, readout, growth figures and the stack diagram."""
    return YearExplorer(lang, growth.default_state(**state) if state else None).widget()
