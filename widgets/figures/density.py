"""The density chart: how many instances fit as the host's RAM grows.

Host RAM on a log axis from 64 MB to 4 TB; one line per platform (VM,
microVM, container), solid where memory runs out first and dotted where CPU
does; a marker and a vertical line at the current host. Nine traces, fixed.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

import plotly.graph_objects as go

from .. import model
from ..text import memory, t
from . import palette, theme

RAM_MIN_MIB = 64.0  # 64 MB: the article's 1998 PC
RAM_MAX_MIB = 4 * 1024.0**2  # 4 TB: the article's largest server
STEPS_PER_DOUBLING = 4
ORDER = ("vm", "microvm", "container")
TRACES = (*tuple(f"{p}.{kind}" for p in ORDER for kind in ("memory", "cpu")), "here_line", "here")


@cache
def grid() -> tuple[float, ...]:
    """Host RAM values (MiB) the curves are computed at, evenly spaced on a log axis."""
    doublings = round(math.log2(RAM_MAX_MIB / RAM_MIN_MIB))
    return tuple(RAM_MIN_MIB * 2 ** (i / STEPS_PER_DOUBLING) for i in range(doublings * STEPS_PER_DOUBLING + 1))


@cache
def _grid_labels() -> tuple[str, ...]:
    return tuple(memory(r) for r in grid())


def curve_key(state: model.State) -> tuple:
    """What the curves depend on: everything in a state but the host's RAM and the platform shown."""
    return (state.cores, state.app_mib, state.cpu, state.vcpu_ratio, state.memory)


@lru_cache(maxsize=64)
def curve(
    platform_key: str,
    cores: int,
    app_mib: float,
    cpu: float,
    vcpu_ratio: float | None = None,
    memory: str | None = None,
) -> tuple[tuple[int, str | None], ...]:
    """(count, limit) at each grid RAM; limit None where the host cannot hold its own OS."""
    return model.counts_over_ram(
        grid(), cores, model.default_workload(app_mib, cpu), model.platform(platform_key), vcpu_ratio, memory
    )


def _split(points: tuple[tuple[int, str | None], ...]) -> tuple[list, list]:
    """Two y arrays: memory-limited stretch and CPU-limited stretch, joined where they meet."""
    n = len(points)
    kinds = ["memory" if lim == "memory" else "cpu" if lim in ("cpu", "both") else None for _, lim in points]
    ys = {"memory": [None] * n, "cpu": [None] * n}
    for i, (count, _) in enumerate(points):
        if count <= 0:
            continue
        for kind in ("memory", "cpu"):
            near = kinds[max(0, i - 1) : i + 2]
            if kinds[i] == kind or (kind in near and kinds[i] is not None):
                ys[kind][i] = count
    return ys["memory"], ys["cpu"]


def traces(state: model.State, lang: str = "en") -> tuple[list[dict], dict]:
    """Each trace's data, and the layout entries that depend on the state."""
    data = []
    top = 1
    for key in ORDER:
        points = curve(key, *curve_key(state))
        top = max(top, max(c for c, _ in points))
        data.extend(dict(y=y) for y in _split(points))
    y_top = math.log10(top) + 0.3
    fit = state.fit()
    plural = t(f"platform.{state.platform}.plural", lang)
    data.append(dict(x=[state.ram_mib, state.ram_mib], y=[1, 10**y_top]))
    if fit is not None and fit.count > 0:
        here = (
            t("density.here_one", lang, platform=t(f"platform.{state.platform}", lang))
            if fit.count == 1
            else t("density.here", lang, count=f"{fit.count:,}", platforms=plural)
        )
        data.append(
            dict(x=[state.ram_mib], y=[fit.count], text=[here], **{"marker.color": palette.PLATFORM[state.platform]})
        )
    else:
        here = t("density.here_none", lang, platforms=plural)
        data.append(dict(x=[state.ram_mib], y=[1], text=[here], **{"marker.color": palette.PLATFORM[state.platform]}))
    return data, dict(title=t("density.title", lang, cores=state.cores, ratio=f"{state.vcpu_ratio:g}"), y_top=y_top)


def layout_changes(dynamic: dict, lang: str) -> dict:
    return {"title.text": dynamic["title"], "yaxis.range": [0, dynamic["y_top"]]}


def spec(state: model.State, lang: str = "en") -> dict:
    data, dynamic = traces(state, lang)
    styles = []
    xs, labels = list(grid()), list(_grid_labels())
    for key in ORDER:
        name = t(f"platform.{key}.plural", lang)
        for kind in ("memory", "cpu"):
            hover = t("density.hover", lang, platform=name, limit=t(f"limit.{kind}", lang)) + "<extra></extra>"
            styles.append(
                dict(
                    type="scatter",
                    mode="lines",
                    name=name,
                    legendgroup=key,
                    x=xs,
                    customdata=labels,
                    showlegend=kind == "memory",
                    hovertemplate=hover,
                    line=dict(color=palette.PLATFORM[key], width=3, dash="solid" if kind == "memory" else "dot"),
                )
            )
    styles.append(
        dict(
            type="scatter",
            mode="lines",
            showlegend=False,
            hoverinfo="skip",
            line=dict(color=palette.GREY, width=1, dash="dash"),
        )
    )
    styles.append(
        dict(
            type="scatter",
            mode="markers+text",
            showlegend=False,
            textposition="top left",
            marker=dict(size=13, line=dict(color=palette.BLACK, width=1.5)),
            hovertemplate="%{text}<extra></extra>",
            cliponaxis=False,
        )
    )
    ticks = [RAM_MIN_MIB * 4**i for i in range(int(math.log(RAM_MAX_MIB / RAM_MIN_MIB, 4)) + 1)]
    layout = dict(
        template=theme.NAME,
        height=400,
        margin=dict(l=70, r=20, b=60),
        title=dict(text=dynamic["title"]),
        legend=dict(y=-0.22),
        xaxis=dict(
            type="log",
            title=dict(text=t("density.x", lang)),
            range=[math.log10(RAM_MIN_MIB), math.log10(RAM_MAX_MIB)],
            tickvals=ticks,
            ticktext=[memory(v) for v in ticks],
        ),
        yaxis=dict(type="log", title=dict(text=t("density.y", lang)), range=[0, dynamic["y_top"]], dtick=1),
    )
    return dict(data=[{**s, **d} for s, d in zip(styles, data)], layout=layout)


def build(state: model.State, lang: str = "en") -> go.Figure:
    """The density chart for a state."""
    return go.Figure(spec(state, lang))
