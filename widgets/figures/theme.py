"""The house look: one plotly template, ``"essay"``, that every figure builder applies.

A builder's spec sets ``layout.template = theme.NAME`` and keeps only what is
its own (height, the margins that differ, axis ranges and ticks, titles'
text, legends' y). The template holds what every figure shares:

- plotly's default template ("plotly"), which the figures were drawn on
  before there was a house template, so nothing else changes;
- the font (:data:`FONT`, a chain that renders Japanese as well as English)
  at 13 px, titles at 15 px at the top left, hover labels in the same font;
- white backgrounds, a top margin of 60 px for the title;
- a horizontal legend under the plot, hanging from its y;
- every x and y axis fixed (no zoom), without a zero line, with light grid lines.

So an axis that must show no grid (a category axis, say) sets ``showgrid=False``,
and one whose grid must always show sets ``showgrid=True``: plotly.js otherwise
decides, and drops it in some states (the stack of a host too small for its OS).

Importing this module registers the template in ``plotly.io.templates``; every
builder imports it, so ``go.Figure(spec)`` always finds it.
"""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

from . import palette

NAME = "essay"

# Latin text in Noto Sans (or Arial, as before), Japanese in the first CJK font the
# reader has: Noto on Linux, Hiragino on macOS, Yu Gothic or Meiryo on Windows.
# Browsers pick a font per character down this list.
FONT = (
    "Noto Sans, Arial, Noto Sans CJK JP, Noto Sans JP, Hiragino Sans, Hiragino Kaku Gothic ProN, "
    "Yu Gothic, YuGothic, Meiryo, sans-serif"
)
FONT_SIZE = 13
TITLE_SIZE = 15

_AXIS = dict(fixedrange=True, zeroline=False, gridcolor=palette.GRID)

TEMPLATE = go.layout.Template(pio.templates["plotly"])
TEMPLATE.layout.update(
    font=dict(family=FONT, size=FONT_SIZE),
    title=dict(x=0.01, xanchor="left", font=dict(size=TITLE_SIZE)),
    hoverlabel=dict(font=dict(family=FONT)),
    plot_bgcolor=palette.WHITE,
    paper_bgcolor=palette.WHITE,
    colorway=list(palette.SEQUENCE),
    margin=dict(t=60),
    legend=dict(orientation="h", x=0, xanchor="left", yanchor="top"),
    xaxis=_AXIS,
    yaxis=_AXIS,
)
pio.templates[NAME] = TEMPLATE
