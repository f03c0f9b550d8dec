"""The namespace and cgroups timeline: when each piece of the shared kernel arrived.

One row per namespace type (oldest at the top), then one row per cgroups
milestone. Each row has a marker at the release year of the kernel that
brought it, labelled with the version, and a thin line on to the right edge
("there since"). User namespaces also show a dotted stretch from their first
pieces (2.6.23) to their completion (3.8).

Six traces, always in this order, never layout shapes: namespace lines, the
user-namespace stretch, namespace markers, cgroups lines, cgroups markers, and
the highlight ring (empty unless a row is highlighted).
"""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from ..model import kernel
from ..text import t
from . import palette, theme

TRACES = ("ns_since", "user_partial", "ns_markers", "cg_since", "cg_markers", "highlight")
ROWS = tuple(f"ns.{n}" for n in kernel.NAMESPACES) + tuple(f"cg.{c}" for c in kernel.CGROUPS)
LABEL_ROOM_YEARS = 5  # room right of the newest marker for its label
GAP = 0.6  # extra space between the namespace rows and the cgroups rows


@dataclass(frozen=True)
class State:
    """What the timeline shows: optionally one highlighted row ("pid", "v2", ...)."""

    highlight: str | None = None

    def __post_init__(self) -> None:
        allowed = (*kernel.NAMESPACES, *kernel.CGROUPS)
        if self.highlight is not None and self.highlight not in allowed:
            raise ValueError(f"highlight must be None or one of {', '.join(allowed)}, got {self.highlight!r}")


def _rows() -> dict[str, float]:
    """y of each row: the first namespace at the top."""
    y, out = 0.0, {}
    for row in reversed(ROWS):
        out[row] = y
        y += 1 + (GAP if row == f"cg.{kernel.CGROUPS[0]}" else 0)
    return out


def _x_range() -> tuple[float, float]:
    years = [a.year for a in (*kernel.namespace_arrivals(), *kernel.cgroup_arrivals(), kernel.user_first_pieces())]
    return min(years) - 1, max(years) + LABEL_ROOM_YEARS


def _since(arrivals, rows, prefix, x_end) -> dict:
    xs, ys = [], []
    for a in arrivals:
        xs += [a.year, x_end, None]
        ys += [rows[f"{prefix}.{a.name}"]] * 2 + [None]
    return dict(x=xs, y=ys)


def _label(a: kernel.Arrival, prefix: str, lang: str) -> str:
    if prefix == "ns" and a.name == "user":
        return t("kernel.label.user", lang, version=a.version, first=kernel.user_first_pieces().version)
    return t("kernel.label", lang, version=a.version)


def _hover(a: kernel.Arrival, prefix: str, lang: str) -> str:
    name = t(f"kernel.{prefix}.{a.name}", lang)
    what = t(f"kernel.{prefix}.{a.name}.what", lang)
    grade = t(f"grade.{a.grade}", lang)
    return t("kernel.hover", lang, name=name, what=what, version=a.version, year=a.year, grade=grade)


def traces(state: State | None = None, lang: str = "en") -> tuple[list[dict], dict]:
    """The six traces' data, and the layout values that depend on the state."""
    state = state or State()
    rows = _rows()
    _x0, x1 = _x_range()
    ns, cg = kernel.namespace_arrivals(), kernel.cgroup_arrivals()
    first = kernel.user_first_pieces()
    user = next(a for a in ns if a.name == "user")

    def markers(arrivals, prefix):
        return dict(
            x=[a.year for a in arrivals],
            y=[rows[f"{prefix}.{a.name}"] for a in arrivals],
            text=[_label(a, prefix, lang) for a in arrivals],
            customdata=[_hover(a, prefix, lang) for a in arrivals],
        )

    data = {
        "ns_since": _since(ns, rows, "ns", x1),
        "user_partial": dict(
            x=[first.year, user.year],
            y=[rows["ns.user"]] * 2,
            customdata=[
                t(
                    "kernel.hover.user_first",
                    lang,
                    version=first.version,
                    year=first.year,
                    grade=t(f"grade.{first.grade}", lang),
                )
            ]
            * 2,
        ),
        "ns_markers": markers(ns, "ns"),
        "cg_since": _since(cg, rows, "cg", x1),
        "cg_markers": markers(cg, "cg"),
        "highlight": dict(x=[], y=[]),
    }
    if state.highlight is not None:
        hit = next((("ns", a) for a in ns if a.name == state.highlight), None) or next(
            ("cg", a) for a in cg if a.name == state.highlight
        )
        data["highlight"] = dict(x=[hit[1].year], y=[rows[f"{hit[0]}.{hit[1].name}"]])
    title = t("kernel.title", lang, count=len(ns), first=min(a.year for a in ns), last=max(a.year for a in ns))
    return [data[k] for k in TRACES], dict(title=title)


def layout_changes(dynamic: dict, lang: str) -> dict:
    return {"title.text": dynamic["title"]}


def spec(state: State | None = None, lang: str = "en") -> dict:
    """The whole timeline as plain dicts."""
    data, dynamic = traces(state, lang)
    rows = _rows()
    x0, x1 = _x_range()
    hover = "%{customdata}<extra></extra>"
    styles = {
        "ns_since": dict(type="scatter", mode="lines", line=dict(color=palette.SKY_BLUE, width=1.5), hoverinfo="skip"),
        "user_partial": dict(
            type="scatter",
            mode="lines+markers",
            line=dict(color=palette.BLUE, width=2, dash="dot"),
            marker=dict(symbol="circle-open", size=[10, 0], color=palette.BLUE),
            hovertemplate=hover,
        ),
        "ns_markers": dict(
            type="scatter",
            mode="markers+text",
            textposition="top right",
            marker=dict(size=13, color=palette.BLUE, line=dict(color=palette.WHITE, width=1)),
            textfont=dict(color=palette.BLACK, size=12),
            hovertemplate=hover,
            cliponaxis=False,
        ),
        "cg_since": dict(type="scatter", mode="lines", line=dict(color=palette.ORANGE, width=1.5), hoverinfo="skip"),
        "cg_markers": dict(
            type="scatter",
            mode="markers+text",
            textposition="top right",
            marker=dict(size=13, color=palette.VERMILLION, symbol="diamond", line=dict(color=palette.WHITE, width=1)),
            textfont=dict(color=palette.BLACK, size=12),
            hovertemplate=hover,
            cliponaxis=False,
        ),
        "highlight": dict(
            type="scatter",
            mode="markers",
            hoverinfo="skip",
            marker=dict(size=26, symbol="circle-open", color=palette.BLACK, line=dict(width=2)),
        ),
    }
    names = {
        "ns_since": "ns",
        "user_partial": "user",
        "ns_markers": "namespaces",
        "cg_since": "cg",
        "cg_markers": "cgroups",
        "highlight": "highlight",
    }
    ticks = [rows[r] for r in ROWS]
    ticktext = [t(f"kernel.{r.split('.')[0]}.{r.split('.')[1]}.tick", lang) for r in ROWS]
    layout = dict(
        template=theme.NAME,
        height=500,
        margin=dict(l=250, r=20, b=50),
        showlegend=False,
        title=dict(text=dynamic["title"]),
        xaxis=dict(title=dict(text=t("kernel.axis.year", lang)), range=[x0, x1], dtick=2, showgrid=True),
        yaxis=dict(tickvals=ticks, ticktext=ticktext, range=[-0.7, max(rows.values()) + 0.7], showgrid=False),
    )
    return dict(data=[{**styles[k], "name": names[k], **d} for k, d in zip(TRACES, data)], layout=layout)


def build(state: State | None = None, lang: str = "en") -> go.Figure:
    """The namespace and cgroups timeline."""
    return go.Figure(spec(state, lang))
