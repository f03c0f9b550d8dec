"""What every explorer shares: controls that write one state, set from Python too.

A subclass names its controls in ``self.controls`` (name -> ipywidgets
control), calls :meth:`Explorable._watch` once they exist, and implements
:meth:`Explorable.redraw_from_controls`, which reads the controls into its
state and redraws every view. :meth:`Explorable.update` sets several controls
from Python and redraws once; a value no control offers is refused with a
ValueError naming the control and the values it allows.
"""

from __future__ import annotations

from contextlib import contextmanager

import ipywidgets as w

from .. import model
from ..text import t
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


class Explorable:
    """Controls plus views; one state drives every view."""

    controls: dict[str, w.ValueWidget]

    def redraw_from_controls(self) -> None:  # pragma: no cover - every subclass has one
        raise NotImplementedError

    def accessibility(self, readouts: tuple[w.DOMWidget, ...] = (),
                      figures: dict[str, w.DOMWidget] | None = None) -> a11y.A11y:
        """The explorer's invisible accessibility helper (one per explorer; every widget() box holds it).

        It names every control in ``self.controls``, makes the readouts polite live regions, and
        names and describes the figures (keys of ``a11y.figure.<key>`` in the text table).
        """
        if getattr(self, "_a11y", None) is None:
            self._a11y = a11y.helper(self.lang, self.controls.values(), readouts, figures)
        return self._a11y

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
                raise ValueError(f"{name} must be one of the control's values ({describe(allowed)}), "
                                 f"got {value!r}")
        with self._quiet():
            for name, value in values.items():
                self.controls[name].value = value
        self.redraw_from_controls()


def nearest(stops: tuple, value: float) -> float:
    """The stop closest to value."""
    return min(stops, key=lambda s: abs(s - value))


def vcpu_ratio_slider(lang: str, value: float, **kwargs) -> w.SelectionSlider:
    """The "vCPUs per core" control every explorer with VMs shares: 1:1 up to the documented high (data/)."""
    stops = model.vcpu_ratio_stops()
    return w.SelectionSlider(options=[(t("readout.vcpu_ratio", lang, ratio=f"{r:g}"), r) for r in stops],
                             value=nearest(stops, value), description=t("control.vcpu_ratio", lang), **kwargs)
