"""The start-up explorer: the start-up ranges chart, and a button that times a process here.

One :class:`~widgets.figures.startup.State` drives the chart: the time axis (log
or linear), whether the published measurements show, the application's own
start time (added to every row), and the reader's own timing. "Time it on my machine" starts a fixed command (:mod:`widgets.probes.timing`)
and redraws the chart with the result in one update.
"""

from __future__ import annotations

from dataclasses import replace

import ipywidgets as w

from .. import model
from ..probes import timing
from ..figures import startup as figure
from ..figures.startup import State
from ..text import check_lang, duration, t
from . import a11y
from .live import LiveFigure, apply

REPEAT_STOPS = (5, 10, 20, 50, 100)


class StartupExplorer:
    """Controls, a readout and the timeline chart, sharing one view."""

    def __init__(self, lang: str = "en", view: State | None = None):
        check_lang(lang)
        self.lang = lang
        self.view = view or State()
        style = {"description_width": "7em"}
        self.scale = w.ToggleButtons(options=[(t(f"startup.scale.{s}", lang), s) for s in figure.SCALES],
                                     value=self.view.scale, description=t("startup.control.scale", lang),
                                     style=style)
        self.refs = w.Checkbox(value=self.view.refs, description=t("startup.control.refs", lang),
                               indent=False)
        app = self.view.app
        self.app = w.SelectionSlider(options=[(duration(v, lang), v) for v in model.APP_START_STOPS_MS],
                                     value=app if app in model.APP_START_STOPS_MS else model.APP_START_STOPS_MS[0],
                                     description=t("startup.control.app", lang), style=style,
                                     layout=w.Layout(width="28em"))
        commands = timing.commands()
        self.command = w.ToggleButtons(options=[(t(f"startup.command.{c}", lang), c) for c in commands],
                                       value=timing.default_command(),
                                       description=t("startup.control.command", lang), style=style)
        self.repeats = w.SelectionSlider(options=list(REPEAT_STOPS), value=timing.DEFAULT_REPEATS,
                                         description=t("startup.control.repeats", lang), style=style)
        self.button = w.Button(description=t("startup.button", lang), icon="stopwatch",
                               layout=w.Layout(width="16em"))
        self.readout = w.HTML(layout=w.Layout(min_height="2.5em"))
        self.figure = LiveFigure(figure.spec(self.view, lang))
        self.controls = {"scale": self.scale, "refs": self.refs, "app": self.app}
        self.figures = {"timeline": self.figure}
        self._read()
        self.scale.observe(self._on_control, names="value")
        self.refs.observe(self._on_control, names="value")
        self.app.observe(self._on_control, names="value")
        self.button.on_click(lambda _: self.measure())

    def _on_control(self, change) -> None:
        self.set_view(replace(self.view, scale=self.scale.value, refs=self.refs.value, app_ms=self.app.value))

    def set_view(self, view: State) -> None:
        """Show a view: the chart redraws from it in one update."""
        if not isinstance(view, State):
            raise ValueError(f"view must be a widgets.figures.startup.State, got {view!r}")
        self.view = view
        data, dynamic = figure.traces(view, self.lang)
        apply(self.figure, data, figure.layout_changes(dynamic, self.lang))
        self._read()

    def measure(self, command: str | None = None, repeats: int | None = None) -> timing.Timing | None:
        """Time the chosen fixed command here and place it on the chart."""
        command = self.command.value if command is None else command
        repeats = self.repeats.value if repeats is None else repeats
        self.readout.value = t("startup.measuring", self.lang, n=repeats)
        self.button.disabled = True
        try:
            result = timing.measure(command, repeats)
        except timing.UnshareUnavailable as err:
            self.readout.value = t(f"startup.unshare.{err.reason}", self.lang)
            return None
        except (OSError, timing.subprocess.SubprocessError) as err:
            self.readout.value = t("startup.failed", self.lang, error=type(err).__name__)
            return None
        finally:
            self.button.disabled = False
        self.set_view(replace(self.view, measured=result))
        return result

    def _read(self) -> None:
        m = self.view.measured
        if m is None:
            self.readout.value = t("startup.readout.none", self.lang)
            return
        self.readout.value = t("startup.readout", self.lang, command=t(f"startup.command.{m.command}", self.lang),
                               median=duration(m.median_ms, self.lang), n=m.repeats, low=duration(m.low_ms, self.lang),
                               high=duration(m.high_ms, self.lang))

    def widget(self) -> w.VBox:
        if getattr(self, "_a11y", None) is None:
            self._a11y = a11y.helper(self.lang, [self.scale, self.app, self.command, self.repeats], (self.readout,),
                                     {"timeline": self.figure})
        box = w.VBox([self.scale, self.refs, self.app, w.HBox([self.command]), self.repeats, self.button, self.readout,
                      self.figure, self._a11y])
        box.explorer = self
        return box

    def _repr_mimebundle_(self, **kwargs):
        return self.widget()._repr_mimebundle_(**kwargs)


def startup_explorer(lang: str = "en") -> w.VBox:
    return StartupExplorer(lang).widget()
