"""Checks shared by the model's modules: a number in range, or a ValueError naming it.

Numbers only: never imports plotly or ipywidgets.
"""

from __future__ import annotations

import math
from numbers import Real


def check_number(name: str, value: object, low: float, high: float) -> float:
    """Check that value is a real, finite number in [low, high]."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
    return number


def check_integer(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or number != int(number) or not low <= number <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    return int(number)


def check_choice(name: str, value: object, allowed: tuple) -> object:
    """Check that value is one of allowed (compared as is: True is not 1, strings are not coerced)."""
    try:
        ok = value in allowed and (not isinstance(value, bool) or any(isinstance(a, bool) for a in allowed))
    except TypeError:  # an unhashable value against a set or dict
        ok = False
    if not ok:
        shown = ", ".join(f"{a:g}" if isinstance(a, float) else str(a) for a in allowed)
        raise ValueError(f"{name} must be one of {shown}, got {value!r}")
    return value
