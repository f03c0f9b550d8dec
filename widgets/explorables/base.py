"""What every explorer shares: controls that write one state, views that redraw from it.

An explorer keeps what it shows in ``self.state`` (a frozen dataclass named
``State``, or for the comparison table the key of its row) and redraws every
view through :meth:`Explorable.set_state`. A subclass:

* calls ``super().__init__(lang)`` (the language is checked there) and picks
  its first state with :meth:`Explorable._initial`;
* names its controls in ``self.controls`` (name -> ipywidgets control, in the
  order they stand in the box), its readouts in ``self.readouts`` and its
  figures in ``self.figures`` (key -> LiveFigure; the key names the figure
  for assistive technology, ``a11y.figure.<key>``), then calls
  :meth:`Explorable._watch`;
* implements :meth:`Explorable._state_from_controls` (the state the controls
  show), :meth:`Explorable._draw` (bring every figure to ``self.state``) and
  :meth:`Explorable._describe` (fill the readouts, disable a control that
  cannot change anything in this state), and sets ``state_type``; an
  explorer whose box holds more than its controls and readouts above the
  figures overrides :meth:`Explorable._top`.

:meth:`Explorable.update` sets several controls from Python and redraws once;
a value no control offers is refused with a ValueError naming the control and
the values it allows. :meth:`Explorable.widget` puts the controls, readouts,
figures and the accessibility helper (:func:`a11y.helper`) in one box.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager

import ipywidgets as w

from .. import model
from ..text import check_lang, t
from . import a11y


def allowed_values(control: w.ValueWidget) -> list | range:
    """The values a reader can give a control: its options, or its whole range."""
    options = getattr(control, "options", None)
    if options:
        return [o[1] if isinstance(o, tuple) else o for o in options]
    if isinstance(control, (w.IntSlider, w.BoundedIntText)):
        return range(control.min, control.max + 1)
    if isinstance(control, (w.Checkbox, w.ToggleButton)):
        return [False, True]
    raise ValueError(f"no fixed set of values for a {type(control).__name__}")


def describe(allowed: list | range) -> str:
    if isinstance(allowed, range):
        return f"whole numbers from {allowed.start} to {allowed.stop - 1}"
    return ", ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in allowed)


def check_show(show: tuple[str, ...], allowed: tuple[str, ...]) -> tuple[str, ...]:
    """The figures an explorer is asked to hold: some of ``allowed``, at least one."""
    if not show or set(show) - set(allowed):
        raise ValueError(f"show must name some of {', '.join(allowed)}, got {show!r}")
    return show


class Explorable:
    """Controls, readouts and figures; one state drives every view."""

    #: What :meth:`set_state` accepts (checked by :meth:`_check_state`).
    state_type: type = object

    def __init__(self, lang: str):
        self.lang = check_lang(lang)
        self.controls: dict[str, w.ValueWidget] = {}
        #: Controls that do not write the state (e.g. what a button runs): named for assistive
        #: technology, never observed.
        self.other_controls: tuple[w.DOMWidget, ...] = ()
        self.readouts: tuple[w.DOMWidget, ...] = ()
        self.figures: dict[str, w.DOMWidget] = {}
        self._a11y: a11y.A11y | None = None

    # -- state -------------------------------------------------------------
    def _initial(self, state, default: Callable[[], object]):
        """The state to start from: the one given (checked), or the default."""
        return default() if state is None else self._check_state(state)

    def _check_state(self, state):
        """The state itself, or a ValueError naming the type :meth:`set_state` accepts."""
        if not isinstance(state, self.state_type):
            kind = self.state_type
            raise ValueError(f"state must be a {kind.__module__}.{kind.__qualname__}, got {state!r}")
        return state

    def _state_from_controls(self):  # pragma: no cover - every subclass with controls has one
        raise NotImplementedError

    def _draw(self, previous) -> None:
        """Bring every figure to ``self.state`` (``previous`` was shown before)."""

    def _describe(self) -> None:
        """Fill the readouts for ``self.state``; disable a control that cannot change anything in it."""

    def set_state(self, state) -> None:
        """Show a state: every view redraws from it (one update per figure)."""
        state = self._check_state(state)
        previous, self.state = self.state, state
        self._draw(previous)
        self._describe()

    def redraw_from_controls(self) -> None:
        """Read the controls into a state and show it."""
        self.set_state(self._state_from_controls())

    # -- controls ----------------------------------------------------------
    def _on_control(self, change) -> None:
        self.redraw_from_controls()

    def _watch(self) -> None:
        for control in self.controls.values():
            control.observe(self._on_control, names="value")

    @contextmanager
    def _quiet(self):
        """Change several controls without a redraw for each one."""
        for control in self.controls.values():
            control.unobserve(self._on_control, names="value")
        try:
            yield
        finally:
            self._watch()

    def update(self, **values) -> None:
        """Set controls from Python by name, then redraw once."""
        for name, value in values.items():
            if name not in self.controls:
                raise ValueError(f"no control {name!r}; controls: {', '.join(self.controls)}")
            allowed = allowed_values(self.controls[name])
            bool_ok = isinstance(self.controls[name], (w.Checkbox, w.ToggleButton))
            if (isinstance(value, bool) and not bool_ok) or value not in allowed:
                raise ValueError(f"{name} must be one of the control's values ({describe(allowed)}), got {value!r}")
        with self._quiet():
            for name, value in values.items():
                self.controls[name].value = value
        self.redraw_from_controls()

    # -- display -----------------------------------------------------------
    def accessibility(self) -> a11y.A11y:
        """The explorer's invisible accessibility helper (one per explorer; every widget() box holds it).

        It names every control, makes the readouts polite live regions, and names and describes the
        figures (keys of ``a11y.figure.<key>`` in the text table).
        """
        if self._a11y is None:
            self._a11y = a11y.helper(
                self.lang, [*self.controls.values(), *self.other_controls], self.readouts, self.figures
            )
        return self._a11y

    def _top(self) -> list[w.DOMWidget]:
        """What stands above the figures: the controls, then the readouts."""
        return [*self.controls.values(), *self.readouts]

    def _box(self, head: list[w.DOMWidget], figures: tuple[str, ...] = ()) -> w.VBox:
        names = figures or tuple(self.figures)
        unknown = [n for n in names if n not in self.figures]
        if unknown:
            raise ValueError(f"figures must be among {', '.join(self.figures)}, got {unknown[0]!r}")
        box = w.VBox([*head, *(self.figures[n] for n in names), self.accessibility()])
        box.explorer = self
        return box

    def widget(self, *figures: str) -> w.VBox:
        """Controls, readouts and the named figures (all by default), with the accessibility helper.

        Showing the explorer twice, with different figures, shows the same
        controls twice: both views of a control move together.
        """
        return self._box(self._top(), figures)

    def _repr_mimebundle_(self, **kwargs):
        return self.widget()._repr_mimebundle_(**kwargs)


# -- the shared pieces of controls and readouts ---------------------------------------------------


def nearest(stops: tuple, value: float) -> float:
    """The stop closest to value."""
    return min(stops, key=lambda s: abs(s - value))


def stops_slider(
    stops: tuple, value: float, label: Callable[[float], str], description: str, **kwargs
) -> w.SelectionSlider:
    """A slider offering only these stops, each shown by ``label(stop)``, set to the stop nearest value."""
    return w.SelectionSlider(
        options=[(label(s), s) for s in stops], value=nearest(stops, value), description=description, **kwargs
    )


def vcpu_ratio_slider(lang: str, value: float, **kwargs) -> w.SelectionSlider:
    """The "vCPUs per core" control every explorer with VMs shares: 1:1 up to the documented high (data/)."""
    return stops_slider(
        model.vcpu_ratio_stops(),
        value,
        lambda r: t("readout.vcpu_ratio", lang, ratio=f"{r:g}"),
        t("control.vcpu_ratio", lang),
        **kwargs,
    )


def decimal(x: float, places: int) -> str:
    """x to at most ``places`` decimals, trailing zeros dropped: (2.50, 2) -> '2.5', (8.0, 1) -> '8'."""
    text = f"{x:.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent(share: float, places: int = 0) -> str:
    """A share as a percentage, trailing zeros dropped: 0.1 -> '10 %'; (0.375, 1) -> '37.5 %'; (1.5, 1) -> '150 %'."""
    return f"{decimal(100 * share, places)} %"
