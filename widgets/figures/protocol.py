"""The figure contract, as a type: what a figure module (or one figure of it) offers.

A figure is drawn from one state (any frozen value: a model State, a table
row's key, None for the default) and a language:

- ``spec(state, lang) -> dict``: the whole figure as plain dicts, ``{"data": [...], "layout": {...}}``;
- ``traces(state, lang) -> (data, dynamic)``: one dict per trace, in the
  spec's trace order, of the properties that follow the state (plotly paths
  such as ``"marker.color"``), and the dynamic values the layout takes;
- ``layout_changes(dynamic, lang) -> dict``: layout paths (``"title.text"``)
  and the values they take from ``dynamic``;
- ``build(state, lang) -> go.Figure``: ``go.Figure(spec(state, lang))``.

The trace count and order are the same for every state, so the figure of one
state plus ``traces`` and ``layout_changes`` of another is the other state's
figure, in one live update (:func:`widgets.explorables.live.apply`).
tests/test_figure_protocol.py checks every figure in widgets/figures.

A module that draws one figure is that figure. A module that draws several
(growth, consolidation) keeps its named functions and lists each figure in
``FIGURES``, a dict of name to :class:`NamedFigure`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import plotly.graph_objects as go


@runtime_checkable
class Figure(Protocol):
    """A figure: spec, traces, layout_changes and build of one state (see the module docstring)."""

    def spec(self, state: Any, lang: str = "en") -> dict: ...

    def traces(self, state: Any, lang: str = "en") -> tuple[list[dict], dict]: ...

    def layout_changes(self, dynamic: dict, lang: str) -> dict: ...

    def build(self, state: Any, lang: str = "en") -> go.Figure: ...


@dataclass(frozen=True)
class NamedFigure:
    """One figure of a module that draws several: its functions gathered under its name. Satisfies Figure."""

    name: str
    spec: Callable[..., dict]
    traces: Callable[..., tuple[list[dict], dict]]
    layout_changes: Callable[[dict, str], dict]
    build: Callable[..., go.Figure]
