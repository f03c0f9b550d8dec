"""The start-up explorer: the start-up ranges chart, and a button that times a process here.

One :class:`~widgets.figures.startup.State` drives the chart: the time axis (log
or linear), whether the published measurements show, the application's own
start time (added to every row), and the reader's own timing. "Time it on my
machine" starts a fixed command (:mod:`widgets.probes.timing`) and redraws the
chart with the result in one update. Inside a browser (the lite edition) no process
starts: the timer's controls are disabled and the readout says why, with a link to
the ways of reading live.
"""

from __future__ import annotations

from dataclasses import replace

import ipywidgets as w

from .. import model
from ..figures import startup as figure
from ..figures.startup import State
from ..probes import timing
from ..text import duration, t
from .base import Explorable, nearest, stops_slider
from .lite import live_link
from .live import LiveFigure, apply

REPEAT_STOPS = (5, 10, 20, 50, 100)


class StartupExplorer(Explorable):
    """Controls, a readout and the timeline chart, sharing one state.

    The command and repeat controls are not part of the state: they say what the button times.
    """

    state_type = State

    def __init__(self, lang: str = "en", state: State | None = None):
        super().__init__(lang)
        self.state = self._initial(state, State)
        style = {"description_width": "9em"}  # "アプリ自身の起動" needs 9em at the widgets' font size
        self.scale = w.ToggleButtons(
            options=[(t(f"startup.scale.{s}", lang), s) for s in figure.SCALES],
            value=self.state.scale,
            description=t("startup.control.scale", lang),
            style=style,
        )
        self.refs = w.Checkbox(value=self.state.refs, description=t("startup.control.refs", lang), indent=False)
        app = nearest(model.APP_START_STOPS_MS, self.state.app)
        if app != self.state.app:  # the slider offers stops only: the chart shows the stop it shows
            self.state = replace(self.state, app_ms=app)
        self.app = w.SelectionSlider(
            options=[(duration(v, lang), v) for v in model.APP_START_STOPS_MS],
            value=app,
            description=t("startup.control.app", lang),
            style=style,
            layout=w.Layout(width="30em"),
        )
        commands = timing.commands()
        self.command = w.ToggleButtons(
            options=[(t(f"startup.command.{c}", lang), c) for c in commands],
            value=timing.default_command(),
            description=t("startup.control.command", lang),
            style={**style, "button_width": "auto"},  # "/bin/true in new namespaces (unshare)" in full
        )
        self.repeats = stops_slider(
            REPEAT_STOPS, timing.DEFAULT_REPEATS, str, t("startup.control.repeats", lang), style=style
        )
        self.button = w.Button(description=t("startup.button", lang), icon="stopwatch", layout=w.Layout(width="16em"))
        self.readout = w.HTML(layout=w.Layout(min_height="2.5em"))
        self.can_time = timing.can_start_processes()
        for control in (self.command, self.repeats, self.button):
            control.disabled = not self.can_time
        self.controls = {"scale": self.scale, "refs": self.refs, "app": self.app}
        self.other_controls = (self.command, self.repeats)
        self.readouts = (self.readout,)
        self.figure = self.figures["timeline"] = LiveFigure(figure.spec(self.state, lang))
        self._describe()
        self._watch()
        self.button.on_click(lambda _: self.measure())

    def _state_from_controls(self) -> State:
        return replace(self.state, scale=self.scale.value, refs=self.refs.value, app_ms=self.app.value)

    def _draw(self, previous: State) -> None:
        data, dynamic = figure.traces(self.state, self.lang)
        apply(self.figure, data, figure.layout_changes(dynamic, self.lang))

    def measure(self, command: str | None = None, repeats: int | None = None) -> timing.Timing | None:
        """Time the chosen fixed command here and place it on the chart."""
        command = self.command.value if command is None else command
        repeats = self.repeats.value if repeats is None else repeats
        self.readout.value = t("startup.measuring", self.lang, n=repeats)
        self.button.disabled = True
        try:
            result = timing.measure(command, repeats)
        except timing.ProcessesUnavailable:
            self._describe()
            return None
        except timing.UnshareUnavailable as err:
            self.readout.value = t(f"startup.unshare.{err.reason}", self.lang)
            return None
        except (OSError, timing.subprocess.SubprocessError) as err:
            self.readout.value = t("startup.failed", self.lang, error=type(err).__name__)
            return None
        finally:
            self.button.disabled = not self.can_time
        self.set_state(replace(self.state, measured=result))
        return result

    def _describe(self) -> None:
        m = self.state.measured
        if m is None and not self.can_time:
            self.readout.value = f"{t('startup.sandbox', self.lang)}{live_link(self.lang)}"
            return
        if m is None:
            self.readout.value = t("startup.readout.none", self.lang)
            return
        self.readout.value = t(
            "startup.readout",
            self.lang,
            command=t(f"startup.command.{m.command}", self.lang),
            median=duration(m.median_ms, self.lang),
            n=m.repeats,
            low=duration(m.low_ms, self.lang),
            high=duration(m.high_ms, self.lang),
        )

    def _top(self) -> list[w.DOMWidget]:
        return [self.scale, self.refs, self.app, w.HBox([self.command]), self.repeats, self.button, self.readout]


def startup_explorer(lang: str = "en") -> w.VBox:
    return StartupExplorer(lang).widget()
