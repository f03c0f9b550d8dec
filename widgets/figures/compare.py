"""The evidence behind the comparison table: three panels on log axes.

Top: memory the host sets aside per instance on the essay's default host and
service (counted as widgets.model counts by default), for a VM, a microVM and
a container: a light bar for all of it, a solid bar for the part beyond the
service (guest OS, per-instance overhead, configured but untouched memory).
Middle: start-up as a range across named setups: a VM and a container from
being requested to a command having run, a microVM to its /sbin/init (a
specified ceiling; a different end point, so its row says so). Bottom: the interface the host exposes to
an instance: the system calls of a shared Linux kernel, of gVisor's own
kernel, and the devices a Firecracker microVM emulates.

The state is the table row being read (one of :data:`widgets.model.compare.ROWS`,
or None): the panel that is that row's evidence stays solid and the others
fade. Four Bar traces, fixed. A figure graded C is marked wherever it shows.
"""

from __future__ import annotations

import math

import plotly.graph_objects as go

from ..model import compare
from ..text import duration, memory, t
from . import palette, theme
from . import startup as startup_figure

TRACES = ("memory_total", "memory_platform", "startup", "surface")
PANEL_OF = {"memory_total": "efficiency", "memory_platform": "efficiency", "startup": "startup", "surface": "isolation"}
FADED = 0.25
PANEL_TITLES = (("memory", 1.0), ("startup", 0.655), ("surface", 0.305))
SURFACE_COLOUR = {"container": palette.ORANGE, "gvisor": palette.REDDISH_PURPLE, "microvm": palette.BLUISH_GREEN}
MEMORY_RANGE_MIB = (1.0, 10**6.6)
TIME_RANGE_MS = (10.0, 10**5.6)
SURFACE_RANGE = (1.0, 10**3.6)
MEMORY_TICKS_MIB = (1.0, 10.0, 100.0, 1024.0, 10240.0, 102400.0)
TIME_TICKS_MS = (10.0, 100.0, 1000.0, 10_000.0, 60_000.0)


def check_row(row: object) -> str | None:
    if row is None:
        return None
    return compare.check_row(row)


def grades(letters: tuple[str, ...] | list[str], lang: str = "en") -> str:
    return t("compare.grades", lang, grades=" + ".join(letters))


def _opacity(trace: str, row: str | None) -> float:
    return 1.0 if row is None or PANEL_OF[trace] == row else FADED


def traces(row: str | None = None, lang: str = "en") -> tuple[list[dict], dict]:
    """The four traces' data (each with its opacity for the row), and the layout values that follow."""
    row = check_row(row)
    names = [t(f"platform.{p}", lang) for p in compare.PLATFORMS]
    mem = [compare.memory(p) for p in compare.PLATFORMS]
    unconfirmed = [" " + t("compare.unconfirmed_mark", lang) if "C" in m.grades.values() else "" for m in mem]
    total = dict(
        y=names,
        x=[m.instance_mib for m in mem],
        text=[
            t("compare.memory.text", lang, each=memory(m.instance_mib), own=memory(m.platform_mib)) + c
            for m, c in zip(mem, unconfirmed)
        ],
        customdata=[
            t(
                "compare.memory.hover",
                lang,
                platform=n,
                each=memory(m.instance_mib),
                own=memory(m.platform_mib),
                fits=m.fits,
                grades=", ".join(f"{t('compare.grade_part.' + k, lang)} {v}" for k, v in sorted(m.grades.items())),
            )
            + c
            for n, m, c in zip(names, mem, unconfirmed)
        ],
        opacity=_opacity("memory_total", row),
    )
    own = dict(
        y=names,
        x=[m.platform_mib for m in mem],
        customdata=total["customdata"],
        opacity=_opacity("memory_platform", row),
    )
    # Start-up: each platform's range (a VM and a container to a command; the microVM to its /sbin/init,
    # a ceiling drawn from the axis floor up). Strings from widgets/text/startup.py.
    starts = [compare.startup(p) for p in compare.PLATFORMS]
    ranges = [startup_figure.range_text(s.low_ms, s.high_ms, s.bound == "at_most", lang) for s in starts]
    bases = [TIME_RANGE_MS[0] if s.bound == "at_most" else s.low_ms for s in starts]
    startup = dict(
        y=[t(f"startup.compare.row.{s.platform}", lang) for s in starts],
        base=bases,
        x=[max(s.high_ms - b, 0.0) for s, b in zip(starts, bases)],
        text=ranges,
        customdata=[
            t(
                "startup.compare.hover",
                lang,
                platform=n,
                range=r,
                setup=t(f"startup.setup.{s.setup}", lang),
                grades=grades(s.grades, lang),
            )
            for n, s, r in zip(names, starts, ranges)
        ],
        opacity=_opacity("startup", row),
    )
    surf = compare.surfaces()
    s_names = [t(f"compare.surface.{k}", lang) for k in compare.SURFACES]
    surface = dict(
        y=s_names,
        x=[surf[k].count for k in compare.SURFACES],
        text=[t(f"compare.surface.{k}.text", lang, n=surf[k].count, listed=surf[k].listed) for k in compare.SURFACES],
        customdata=[
            t(f"compare.surface.{k}.hover", lang, **surf[k].values()) + "<br>" + grades([surf[k].grade], lang)
            for k in compare.SURFACES
        ],
        opacity=_opacity("surface", row),
    )
    return [total, own, startup, surface], dict(title=t("compare.figure.title", lang))


def layout_changes(dynamic: dict, lang: str) -> dict:
    return {"title.text": dynamic["title"]}


def _log(r: tuple[float, float]) -> list[float]:
    return [math.log10(r[0]), math.log10(r[1])]


def spec(row: str | None = None, lang: str = "en") -> dict:
    data, dynamic = traces(row, lang)
    platform_colours = [palette.PLATFORM[p] for p in compare.PLATFORMS]
    bar = dict(
        type="bar",
        orientation="h",
        hovertemplate="%{customdata}<extra></extra>",
        cliponaxis=False,
        textposition="outside",
        textfont=dict(size=12),
        width=0.62,
    )
    styles = [
        dict(
            bar,
            name="memory_total",
            xaxis="x",
            yaxis="y",
            textposition="outside",
            marker=dict(color=platform_colours, opacity=0.35, line=dict(color=platform_colours, width=1.5)),
        ),
        dict(
            bar, name="memory_platform", xaxis="x", yaxis="y", textposition="none", marker=dict(color=platform_colours)
        ),
        dict(bar, name="startup", xaxis="x2", yaxis="y2", marker=dict(color=platform_colours)),
        dict(
            bar,
            name="surface",
            xaxis="x3",
            yaxis="y3",
            marker=dict(color=[SURFACE_COLOUR[k] for k in compare.SURFACES]),
        ),
    ]
    axis = dict(type="log", gridcolor=palette.GRID_LOG)
    yaxis = dict(autorange="reversed", ticks="", automargin=True, showgrid=False)
    layout = dict(
        template=theme.NAME,
        height=660,
        margin=dict(l=10, r=20, t=90, b=30),
        showlegend=False,
        barmode="overlay",
        title=dict(text=dynamic["title"]),
        xaxis=dict(
            axis,
            anchor="y",
            range=_log(MEMORY_RANGE_MIB),
            tickvals=list(MEMORY_TICKS_MIB),
            ticktext=[memory(v) for v in MEMORY_TICKS_MIB],
        ),
        yaxis=dict(yaxis, domain=[0.74, 1.0], anchor="x"),
        xaxis2=dict(
            axis,
            anchor="y2",
            range=_log(TIME_RANGE_MS),
            tickvals=list(TIME_TICKS_MS),
            ticktext=[duration(v, lang) for v in TIME_TICKS_MS],
        ),
        yaxis2=dict(yaxis, domain=[0.39, 0.63], anchor="x2"),
        xaxis3=dict(axis, anchor="y3", range=_log(SURFACE_RANGE), dtick=1),
        yaxis3=dict(yaxis, domain=[0.04, 0.28], anchor="x3"),
        annotations=[
            dict(
                text=f"<b>{t(f'compare.axis.{name}', lang)}</b>",
                x=0,
                xref="paper",
                xanchor="left",
                y=top,
                yref="paper",
                yanchor="bottom",
                showarrow=False,
                font=dict(size=13),
            )
            for name, top in PANEL_TITLES
        ],
    )
    return dict(data=[{**s, **d} for s, d in zip(styles, data)], layout=layout)


def build(row: str | None = None, lang: str = "en") -> go.Figure:
    """The evidence figure, with the panel for row (or every panel) in full colour."""
    return go.Figure(spec(row, lang))
