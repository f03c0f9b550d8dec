"""The start-up timelines: what must start before the application runs.

One row per way of running an application, top to bottom: a VM from a stock
cloud image (firmware, then the guest kernel, init and services, then the
application's process); published tuned VMs (markers); a Firecracker microVM;
containers in their own small VMs (Kata, markers); a Docker container; a bare
process; and the reader's own measured process start. Stages are horizontal
bars from the sourced times in :func:`widgets.model.startup`; reference points
come from data/startup_refs.csv. Every legend entry and label carries its grade.

Time runs on a log axis by default (a linear one on request, to show why the
log axis is needed). Eight traces, fixed: five stage kinds, the totals, the
reference points, the measured process.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import plotly.graph_objects as go

from .. import data, model
from ..text import duration, t
from ..timing import Timing
from . import palette

ROWS = ("vm", "tuned_vm", "microvm", "kata", "container", "process", "here")
ROW = {name: i for i, name in enumerate(ROWS)}
STAGES = ("firmware", "guest_boot", "microvm_boot", "engine", "process")
TRACES = STAGES + ("totals", "refs", "measured")
SCALES = ("log", "linear")
FLOOR_MS = 0.1            # where bars start (0 has no place on a log axis)
LOG_RANGE = (-1.0, math.log10(30_000))   # 0.1 ms .. 30 s
LINEAR_MAX_MS = 10_000.0
LINEAR_LABEL_MIN_MS = 300.0

STAGE_COLOUR = {"firmware": palette.GREY, "guest_boot": palette.BLUE, "microvm_boot": palette.BLUISH_GREEN,
                "engine": palette.ORANGE, "process": palette.VERMILLION}
# Reference points: data key, row, where its label goes (so near points do not collide).
REFS = (("lightvm", "tuned_vm", "top center"), ("qboot", "tuned_vm", "top center"),
        ("clear_containers", "tuned_vm", "bottom left"), ("depot_tuned_p50", "tuned_vm", "bottom center"),
        ("kata2_ctr_run", "kata", "top center"), ("kata_qemu_docker_run", "kata", "bottom center"))
PLATFORM_ROWS = (("vm", "vm"), ("microvm", "microvm"), ("container", "container"))


@dataclass(frozen=True)
class View:
    """What the chart shows: the time axis, the published points, the reader's timing."""

    scale: str = "log"
    refs: bool = True
    measured: Timing | None = None

    def __post_init__(self) -> None:
        if self.scale not in SCALES:
            raise ValueError(f"scale must be one of {', '.join(SCALES)}, got {self.scale!r}")
        if not isinstance(self.refs, bool):
            raise ValueError(f"refs must be True or False, got {self.refs!r}")
        if self.measured is not None and not isinstance(self.measured, Timing):
            raise ValueError(f"measured must be a widgets.timing.Timing or None, got {self.measured!r}")


def timelines() -> dict[str, list[tuple[str, float, float, str]]]:
    """Each platform row's stages as (stage, start ms, end ms, source), from the model."""
    out = {}
    for platform, row in PLATFORM_ROWS:
        at = 0.0
        stages = []
        for stage in model.startup(platform):
            stages.append((stage.key, at, at + stage.ms, stage.source))
            at += stage.ms
        out[row] = stages
    process = data.record("startup.process")
    out["process"] = [("process", 0.0, process.canonical, process.cite())]
    return out


def references() -> list[tuple[str, str, float, str, str]]:
    """(key, row, ms, grade, source) of each published reference point."""
    out = []
    for key, row, _ in REFS:
        r = data.record(f"startup_ref.{key}")
        out.append((key, row, r.canonical, r.grade, r.cite()))
    return out


def traces(view: View, lang: str = "en") -> tuple[list[dict], dict]:
    """Each trace's data, and the layout entries that depend on the view."""
    log = view.scale == "log"
    lines = timelines()
    by_stage: dict[str, dict[str, list]] = {s: dict(y=[], base=[], x=[], customdata=[]) for s in STAGES}
    totals = dict(x=[], y=[], text=[])
    for row, stages in lines.items():
        row_name = t(f"startup.row.{row}", lang)
        for stage, start, end, source in stages:
            # Bars start at FLOOR_MS on both axes (0 has no place on a log axis; 0.1 ms is
            # invisible on a linear one), so the bars never change with the view.
            base = max(start, FLOOR_MS)
            b = by_stage[stage]
            b["y"].append(ROW[row])
            b["base"].append(base)
            b["x"].append(max(end - base, 0.0))
            b["customdata"].append(t("startup.hover.stage", lang, row=row_name,
                                     stage=t(f"startup.stage.{stage}", lang), time=duration(end - start, lang),
                                     source=source))
        total = stages[-1][2]
        totals["x"].append(total)
        totals["y"].append(ROW[row])
        totals["text"].append(t("startup.total", lang, time=duration(total, lang)))
    refs = dict(x=[], y=[], text=[], customdata=[], textposition=[])
    if view.refs:
        positions = {key: pos for key, _, pos in REFS}
        for key, row, ms, grade, source in references():
            label = t(f"startup.ref.{key}", lang, time=duration(ms, lang), grade=grade)
            refs["x"].append(ms)
            refs["y"].append(ROW[row])
            # On a linear axis the fast points crowd at zero: their labels stay in the hover.
            refs["text"].append(label if log or ms >= LINEAR_LABEL_MIN_MS else "")
            refs["textposition"].append(positions[key])
            refs["customdata"].append(t("startup.hover.ref", lang, label=label,
                                        note=t(f"startup.note.{key}", lang), source=source))
    m = view.measured
    if m is None:
        at = 1.0 if log else 0.0
        measured = dict(x=[at], y=[ROW["here"]], text=[t("startup.here.none", lang)],
                        customdata=[t("startup.here.none", lang)], mode="text",
                        error_x=dict(visible=False))
    else:
        name = t(f"startup.command.{m.command}", lang)
        measured = dict(
            x=[m.median_ms], y=[ROW["here"]],
            text=[t("startup.here", lang, time=duration(m.median_ms, lang), n=m.repeats)],
            customdata=[t("startup.hover.here", lang, command=name, median=duration(m.median_ms, lang),
                          low=duration(m.low_ms, lang), high=duration(m.high_ms, lang), n=m.repeats)],
            mode="markers+text",
            error_x=dict(visible=True, type="data", symmetric=False,
                         array=[m.high_ms - m.median_ms], arrayminus=[m.median_ms - m.low_ms],
                         color=palette.BLACK, thickness=1.5, width=6))
    data_out = [by_stage[s] for s in STAGES] + [totals, refs, measured]
    return data_out, dict(scale=view.scale)


def layout_changes(dynamic: dict, lang: str) -> dict:
    log = dynamic["scale"] == "log"
    return {"title.text": t(f"startup.title.{dynamic['scale']}", lang),
            "xaxis.type": dynamic["scale"],
            "xaxis.title.text": t(f"startup.axis.{dynamic['scale']}", lang),
            "xaxis.range": list(LOG_RANGE) if log else [-0.025 * LINEAR_MAX_MS, LINEAR_MAX_MS],
            "xaxis.tickvals": _ticks(log),
            "xaxis.ticktext": ["0" if v == 0 else duration(v, lang) for v in _ticks(log)]}


def _ticks(log: bool) -> list[float]:
    return [0.1, 1, 10, 100, 1000, 10_000] if log else [0, 2000, 4000, 6000, 8000, 10_000]


def spec(view: View | None = None, lang: str = "en") -> dict:
    """The whole figure as plain dicts."""
    view = view or View()
    data_out, dynamic = traces(view, lang)
    styles = []
    for stage in STAGES:
        styles.append(dict(type="bar", orientation="h", name=t(f"startup.stage.{stage}", lang), width=0.5,
                           marker=dict(color=STAGE_COLOUR[stage], line=dict(color="#FFFFFF", width=0.5)),
                           hovertemplate="%{customdata}<extra></extra>", legendgroup=stage))
    styles.append(dict(type="scatter", mode="text", showlegend=False, textposition="middle right",
                       textfont=dict(size=12, color=palette.BLACK), hoverinfo="skip", cliponaxis=False))
    styles.append(dict(type="scatter", mode="markers+text", name=t("startup.refs", lang),
                       marker=dict(symbol="diamond", size=11, color=palette.REDDISH_PURPLE,
                                   line=dict(color=palette.BLACK, width=1)),
                       textfont=dict(size=11), hovertemplate="%{customdata}<extra></extra>", cliponaxis=False))
    styles.append(dict(type="scatter", name=t("startup.measured", lang), textposition="top right",
                       showlegend=False,
                       marker=dict(symbol="star", size=15, color=palette.YELLOW, line=dict(color=palette.BLACK, width=1)),
                       textfont=dict(size=12), hovertemplate="%{customdata}<extra></extra>", cliponaxis=False))
    layout = dict(
        height=560, margin=dict(l=230, r=30, t=60, b=185), barmode="overlay",
        font=dict(family=palette.FONT, size=13), plot_bgcolor="#FFFFFF", paper_bgcolor="#FFFFFF",
        title=dict(x=0.01, xanchor="left", font=dict(size=15)),
        legend=dict(orientation="h", x=0, y=-0.2, xanchor="left", yanchor="top"),
        annotations=[dict(text=t("startup.grades", lang), xref="paper", yref="paper", x=0, y=-0.47,
                          xanchor="left", yanchor="top", showarrow=False, font=dict(size=11, color="#555555"))],
        xaxis=dict(title=dict(), gridcolor="#EEEEEE", fixedrange=True, zeroline=False),
        yaxis=dict(tickvals=list(range(len(ROWS))), ticktext=[t(f"startup.row.{r}", lang) for r in ROWS],
                   range=[len(ROWS) - 0.4, -0.6], showgrid=False, zeroline=False, fixedrange=True),
    )
    for path, value in layout_changes(dynamic, lang).items():
        *parents, last = path.split(".")
        node = layout
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return dict(data=[{**s, **d} for s, d in zip(styles, data_out)], layout=layout)


def build(view: View | None = None, lang: str = "en") -> go.Figure:
    """The start-up timeline chart for a view."""
    return go.Figure(spec(view, lang))
