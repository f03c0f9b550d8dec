"""Consolidation: servers needed for N applications, and how busy they are.

Two builders share one :class:`~widgets.consolidation.consolidation.State`:

* the servers chart (``spec``/``build``/``traces``): servers needed against the
  number of applications, one server per application and consolidated as VMs,
  containers, or containers inside VMs; the chosen platform's line is thicker,
  and markers with a vertical line sit at the plan's number of applications.
  Six traces, fixed.
* the utilization picture (``utilization_spec``/``utilization_build``/
  ``utilization_traces``): one column per machine, filled to its average CPU
  use; above, one server per application; below, the consolidated hosts, with
  the planned ceiling as a dashed line. Five traces, fixed.

``FIGURES`` names the two (``"servers"``, ``"utilization"``) as
:class:`~widgets.figures.protocol.NamedFigure` objects.
"""

from __future__ import annotations

import plotly.graph_objects as go

from ..model import consolidation
from ..text import t
from . import palette, theme
from .protocol import NamedFigure

APPS_MAX = 200
LINES = ("one_per_app", "vm", "container", "nested")
COLOUR = {
    "one_per_app": palette.VERMILLION,
    "vm": palette.BLUE,
    "container": palette.ORANGE,
    "nested": palette.REDDISH_PURPLE,
}
DASH = {"one_per_app": "dot", "vm": "solid", "container": "solid", "nested": "dash"}
TRACES = (*LINES, "here_line", "here")
UTIL_TRACES = ("before_idle", "before_used", "after_idle", "after_used", "ceiling")


def _name(key: str, plan: consolidation.State, lang: str) -> str:
    return (
        t(f"consol.platform.{key}", lang, v=plan.vms_per_host) if key == "nested" else t(f"consol.platform.{key}", lang)
    )


def _percent(x: float) -> str:
    return f"{100 * x:.0f} %"


def _ratio(r: float) -> str:
    return f"{r:.1f}".rstrip("0").rstrip(".")


def traces(plan: consolidation.State, lang: str = "en") -> tuple[list[dict], dict]:
    """The servers chart: each trace's data and the layout entries that follow the plan."""
    xs = list(range(1, APPS_MAX + 1))

    def hover(key: str) -> str:  # the line's name, which can name the VMs per host, follows the plan
        return t("consol.servers.hover", lang, name=_name(key, plan, lang)) + "<extra></extra>"

    out = [dict(x=xs, y=xs, name=_name("one_per_app", plan, lang), hovertemplate=hover("one_per_app"))]
    here_x, here_y, here_text, here_colour = (
        [plan.apps],
        [plan.apps],
        [t("consol.here", lang, n=plan.apps)],
        [COLOUR["one_per_app"]],
    )
    for key in LINES[1:]:
        p = plan.with_platform(key)
        ys = list(consolidation.curve(p, APPS_MAX))
        chosen = key == plan.platform
        out.append(
            dict(
                x=xs, y=ys, name=_name(key, plan, lang), hovertemplate=hover(key), **{"line.width": 4 if chosen else 2}
            )
        )
        n = consolidation.servers_needed(plan.apps, consolidation.per_host(p).count)
        if n is not None:
            here_x.append(plan.apps)
            here_y.append(n)
            here_text.append(t("consol.here", lang, n=n) if chosen else "")
            here_colour.append(COLOUR[key])
    out.append(dict(x=[plan.apps, plan.apps], y=[0, APPS_MAX]))
    out.append(dict(x=here_x, y=here_y, text=here_text, **{"marker.color": here_colour}))
    result = consolidation.consolidate(plan)
    how = t(f"consol.how.{plan.platform}", lang)
    if result.servers_after is None:
        title = t("consol.servers.title_none", lang, apps=plan.apps, before=plan.apps, how=how)
    else:
        title = t("consol.servers.title", lang, apps=plan.apps, before=plan.apps, after=result.servers_after, how=how)
    ph = result.per_host
    if ph.by_vcpus is None:
        title += t("consol.servers.per_host", lang, memory=f"{ph.by_memory:,}", demand=f"{ph.by_demand:,}")
    else:
        title += t(
            "consol.servers.per_host_vcpus",
            lang,
            memory=f"{ph.by_memory:,}",
            demand=f"{ph.by_demand:,}",
            vcpus_each=f"{ph.instance_cpus:g}",
            ratio=f"{plan.vcpu_ratio:g}",
            vcpus=f"{ph.by_vcpus:,}",
        )
    return out, dict(title=title)


def layout_changes(dynamic: dict, lang: str) -> dict:
    return {"title.text": dynamic["title"]}


def spec(plan: consolidation.State | None = None, lang: str = "en") -> dict:
    """The servers chart as plain dicts."""
    plan = plan or consolidation.default_state()
    data, dynamic = traces(plan, lang)
    styles = []
    for key in LINES:
        styles.append(
            dict(
                type="scatter",
                mode="lines",
                line=dict(color=COLOUR[key], width=2, shape="linear" if key == "one_per_app" else "hv", dash=DASH[key]),
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
            textposition="middle right",
            marker=dict(size=10, line=dict(color=palette.BLACK, width=1)),
            textfont=dict(size=13),
            hoverinfo="skip",
            cliponaxis=False,
        )
    )
    layout = dict(
        template=theme.NAME,
        height=430,
        margin=dict(l=70, r=30, t=80, b=110),
        title=dict(text=dynamic["title"]),
        legend=dict(y=-0.2),
        xaxis=dict(title=dict(text=t("consol.servers.x", lang)), range=[0, APPS_MAX + 2]),
        yaxis=dict(title=dict(text=t("consol.servers.y", lang)), range=[0, APPS_MAX + 2]),
    )
    return dict(data=[{**s, **d} for s, d in zip(styles, data)], layout=layout)


def build(plan: consolidation.State | None = None, lang: str = "en") -> go.Figure:
    return go.Figure(spec(plan, lang))


# --- the utilization picture ----------------------------------------------------


def utilization_traces(plan: consolidation.State, lang: str = "en") -> tuple[list[dict], dict]:
    """The utilization picture: each trace's data and the layout entries that follow the plan."""
    result = consolidation.consolidate(plan)
    before_x = list(range(1, plan.apps + 1))
    used = [plan.utilization] * plan.apps
    loads = list(result.host_loads)
    after_x = list(range(1, len(loads) + 1))
    colour = COLOUR[plan.platform]
    # Each machine is a full-height idle column with its used part drawn over it
    # (overlay bars from 0: no base, so every trace takes the same update keys).
    data = [
        dict(x=before_x, y=[1.0] * plan.apps),
        dict(x=before_x, y=used),
        dict(x=after_x, y=[1.0] * len(loads)),
        dict(x=after_x, y=loads, **{"marker.color": colour}),
        dict(
            x=[0.5, plan.apps + 0.5],
            y=[plan.ceiling] * 2,
            text=["", t("consol.util.ceiling", lang, ceiling=_percent(plan.ceiling))],
        ),
    ]
    if result.servers_after is None:
        title = t("consol.util.title_none", lang, before=_percent(plan.utilization), servers=plan.apps)
    else:
        title = t(
            "consol.util.title",
            lang,
            before=_percent(plan.utilization),
            servers=plan.apps,
            after=_percent(result.utilization_after),
            hosts=result.servers_after,
        )
    return data, dict(title=title, x_max=plan.apps + 0.5)


def utilization_layout_changes(dynamic: dict, lang: str) -> dict:
    return {"title.text": dynamic["title"], "xaxis.range": [0.5, dynamic["x_max"]]}


def utilization_spec(plan: consolidation.State | None = None, lang: str = "en") -> dict:
    """The utilization picture as plain dicts."""
    plan = plan or consolidation.default_state()
    data, dynamic = utilization_traces(plan, lang)
    hover = t("consol.util.hover", lang) + "<extra></extra>"

    def bar(axis: str, name: str, colour: str, legend: bool, idle: bool) -> dict:
        return dict(
            type="bar",
            xaxis="x",
            yaxis=axis,
            name=name,
            marker=dict(color=colour),
            showlegend=legend,
            legendrank=2 if idle else 1,
            **(dict(hoverinfo="skip") if idle else dict(hovertemplate=hover)),
        )

    styles = [
        bar("y", t("consol.util.idle", lang), palette.LIGHT_GREY, True, True),
        bar("y", t("consol.util.used", lang), palette.VERMILLION, True, False),
        bar("y2", t("consol.util.idle", lang), palette.LIGHT_GREY, False, True),
        bar("y2", t("consol.util.used", lang), palette.BLUE, False, False),
        dict(
            type="scatter",
            mode="lines+text",
            xaxis="x",
            yaxis="y2",
            showlegend=False,
            hoverinfo="skip",
            textposition="top left",
            line=dict(color=palette.BLACK, width=1.5, dash="dash"),
            cliponaxis=False,
        ),
    ]
    axis = dict(range=[0, 1], tickformat=".0%", tickvals=[0, 0.5, 1], showgrid=False)
    layout = dict(
        template=theme.NAME,
        height=420,
        margin=dict(l=110, r=30, b=90),
        barmode="overlay",
        bargap=0.15,
        title=dict(text=dynamic["title"]),
        legend=dict(y=-0.2),
        xaxis=dict(
            title=dict(text=t("consol.util.x", lang)), range=[0.5, dynamic["x_max"]], anchor="y2", showgrid=False
        ),
        yaxis=dict(domain=[0.56, 1.0], title=dict(text=t("consol.util.before", lang)), **axis),
        yaxis2=dict(domain=[0.0, 0.44], title=dict(text=t("consol.util.after", lang)), **axis),
    )
    return dict(data=[{**s, **d} for s, d in zip(styles, data)], layout=layout)


def utilization_build(plan: consolidation.State | None = None, lang: str = "en") -> go.Figure:
    return go.Figure(utilization_spec(plan, lang))


FIGURES = {
    "servers": NamedFigure("servers", spec, traces, layout_changes, build),
    "utilization": NamedFigure(
        "utilization", utilization_spec, utilization_traces, utilization_layout_changes, utilization_build
    ),
}
