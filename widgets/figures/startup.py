"""The start-up chart: how long until the application runs, as ranges between named points.

Rows are grouped by the points they run between, and only rows of one group
are compared. "Requested → a command has run": a VM from a stock cloud image
(7–9 s), published tuned VMs (markers), a container by ``docker run`` on SSD to
HDD, containers in their own small VMs (Kata, markers). "Ready → first process
in the sandbox": a Firecracker microVM (a specified ceiling), an OCI runtime
alone (crun to runc), a bare process, and the reader's own measured process.

Each row is a solid bar to its fastest named setup, a lighter bar on to its
slowest, and a vermilion bar for the application's own start time (a control,
the same for every row). Spans come from :func:`widgets.model.startup_spans`;
reference points from data/startup_refs.csv. Grades are in the hovers.

Time runs on a log axis by default (a linear one on request). Six traces, fixed:
platform, spread, app, labels, reference points, the measured process.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import plotly.graph_objects as go

from .. import data, model
from ..probes.timing import Timing
from ..text import duration, t
from . import palette, theme

ROWS = (
    "group.command",
    "vm",
    "tuned_vm",
    "docker",
    "kata",
    "group.first_process",
    "microvm",
    "runtime",
    "process",
    "here",
)
ROW = {name: i for i, name in enumerate(ROWS)}
SPAN_ROWS = ("vm", "docker", "microvm", "runtime", "process")  # rows drawn from a model span
TRACES = ("platform", "spread", "app", "labels", "refs", "measured")
SCALES = ("log", "linear")
FLOOR_MS = 0.1  # where bars start (0 has no place on a log axis)
LOG_RANGE = (-1.0, math.log10(30_000))  # 0.1 ms .. 30 s
LINEAR_MAX_MS = (10_000.0, 20_000.0)  # the linear axis widens when the application's start needs it
LINEAR_LABEL_MIN_MS = 300.0

ROW_COLOUR = {
    "vm": palette.BLUE,
    "docker": palette.ORANGE,
    "microvm": palette.BLUISH_GREEN,
    "runtime": palette.ORANGE,
    "process": palette.GREY,
}
SPREAD_OPACITY = 0.4
# Reference points: data key, row, where its label goes (so near points do not collide).
REFS = (
    ("lightvm", "tuned_vm", "top center"),
    ("qboot", "tuned_vm", "top center"),
    ("clear_containers", "tuned_vm", "bottom left"),
    ("depot_tuned_p50", "tuned_vm", "bottom center"),
    ("kata2_ctr_run", "kata", "top center"),
    ("kata_qemu_docker_run", "kata", "bottom center"),
)


@dataclass(frozen=True)
class State:
    """What the chart shows: the time axis, the published points, the application's start, the reader's timing."""

    scale: str = "log"
    refs: bool = True
    measured: Timing | None = None
    app_ms: float | None = None  # None: the essay's default (data/startup.csv)

    def __post_init__(self) -> None:
        model.check_choice("scale", self.scale, SCALES)
        if not isinstance(self.refs, bool):
            raise ValueError(f"refs must be True or False, got {self.refs!r}")
        if self.measured is not None and not isinstance(self.measured, Timing):
            raise ValueError(f"measured must be a widgets.probes.timing.Timing or None, got {self.measured!r}")
        if self.app_ms is not None:
            model.check_app_ms(self.app_ms)

    @property
    def app(self) -> float:
        return model.default_app_ms() if self.app_ms is None else model.check_app_ms(self.app_ms)


def range_text(low: float, high: float, at_most: bool, lang: str) -> str:
    """'7 s – 9 s', '≤ 125 ms', or one duration when both ends agree."""
    if at_most:
        return t("startup.at_most", lang, high=duration(high, lang))
    if duration(low, lang) == duration(high, lang):
        return duration(high, lang)
    return t("startup.range", lang, low=duration(low, lang), high=duration(high, lang))


def rows(app_ms: float = 0.0) -> dict[str, tuple[model.Span, float, float]]:
    """Each span row's span and its (low, high) with the application's own start added."""
    spans = model.startup_spans()
    return {row: (spans[row], *spans[row].total(app_ms)) for row in SPAN_ROWS}


def references() -> list[tuple[str, str, float, str, str]]:
    """(key, row, ms, grade, source) of each published reference point."""
    out = []
    for key, row, _ in REFS:
        r = data.record(f"startup_ref.{key}")
        out.append((key, row, r.canonical, r.grade, r.cite()))
    return out


def _linear_max(view: State) -> float:
    top = max(high for _, _, high in rows(view.app).values())
    return next((m for m in LINEAR_MAX_MS if top <= m * 0.9), LINEAR_MAX_MS[-1])


def traces(view: State, lang: str = "en") -> tuple[list[dict], dict]:
    """Each trace's data, and the layout entries that depend on the view."""
    log = view.scale == "log"
    app = view.app
    platform = dict(y=[], base=[], x=[], customdata=[])
    spread = dict(y=[], base=[], x=[], customdata=[])
    app_bars = dict(y=[], base=[], x=[], customdata=[])
    labels = dict(x=[], y=[], text=[])
    for row, (sp, low, high) in rows(app).items():
        at_most = sp.bound == "at_most"
        row_name = t(f"startup.row.{row}", lang)
        hover = t(
            "startup.hover.span",
            lang,
            row=row_name,
            range=range_text(low, high, at_most, lang),
            platform=range_text(sp.low_ms, sp.high_ms, at_most, lang),
            app=duration(app, lang),
            setup=t(f"startup.setup.{sp.setup}", lang),
            grades=" + ".join(dict.fromkeys(sp.grades)),
        )
        if at_most:
            hover += "<br>" + t("startup.hover.at_most", lang)
        # A ceiling has no known fastest end: nothing solid, a light bar from the floor up to it.
        solid_end = FLOOR_MS if at_most else max(sp.low_ms, FLOOR_MS)
        top = max(sp.high_ms, FLOOR_MS)
        for bars, base, length in (
            (platform, FLOOR_MS, solid_end - FLOOR_MS),
            (spread, solid_end, top - solid_end),
            (app_bars, top, app),
        ):
            bars["y"].append(ROW[row])
            bars["base"].append(base)
            bars["x"].append(max(length, 0.0))
            bars["customdata"].append(hover)
        labels["x"].append(max(high, FLOOR_MS))
        labels["y"].append(ROW[row])
        labels["text"].append(range_text(low, high, at_most, lang))
    refs = dict(x=[], y=[], text=[], customdata=[], textposition=[])
    if view.refs:
        positions = {key: pos for key, _, pos in REFS}
        for key, row, ms, grade, source in references():
            label = t(f"startup.ref.{key}", lang, time=duration(ms, lang))
            refs["x"].append(ms)
            refs["y"].append(ROW[row])
            # On a linear axis the fast points crowd at zero: their labels stay in the hover.
            refs["text"].append(label if log or ms >= LINEAR_LABEL_MIN_MS else "")
            refs["textposition"].append(positions[key])
            refs["customdata"].append(
                t(
                    "startup.hover.ref",
                    lang,
                    label=label,
                    grade=grade,
                    note=t(f"startup.note.{key}", lang),
                    source=source,
                )
            )
    m = view.measured
    if m is None:
        at = 1.0 if log else 0.0
        measured = dict(
            x=[at],
            y=[ROW["here"]],
            text=[t("startup.here.none", lang)],
            customdata=[t("startup.here.none", lang)],
            mode="text",
            error_x=dict(visible=False),
        )
    else:
        name = t(f"startup.command.{m.command}", lang)
        measured = dict(
            x=[m.median_ms],
            y=[ROW["here"]],
            text=[t("startup.here", lang, time=duration(m.median_ms, lang), n=m.repeats)],
            customdata=[
                t(
                    "startup.hover.here",
                    lang,
                    command=name,
                    median=duration(m.median_ms, lang),
                    low=duration(m.low_ms, lang),
                    high=duration(m.high_ms, lang),
                    n=m.repeats,
                )
            ],
            mode="markers+text",
            error_x=dict(
                visible=True,
                type="data",
                symmetric=False,
                array=[m.high_ms - m.median_ms],
                arrayminus=[m.median_ms - m.low_ms],
                color=palette.BLACK,
                thickness=1.5,
                width=6,
            ),
        )
    out = [platform, spread, app_bars, labels, refs, measured]
    return out, dict(scale=view.scale, linear_max=_linear_max(view))


def layout_changes(dynamic: dict, lang: str) -> dict:
    log = dynamic["scale"] == "log"
    ticks = _ticks(log, dynamic["linear_max"])
    return {
        "title.text": t(f"startup.title.{dynamic['scale']}", lang),
        "xaxis.type": dynamic["scale"],
        "xaxis.title.text": t(f"startup.axis.{dynamic['scale']}", lang),
        "xaxis.range": list(LOG_RANGE) if log else [-0.025 * dynamic["linear_max"], dynamic["linear_max"]],
        "xaxis.tickvals": ticks,
        "xaxis.ticktext": ["0" if v == 0 else duration(v, lang) for v in ticks],
    }


def _ticks(log: bool, linear_max: float = LINEAR_MAX_MS[0]) -> list[float]:
    if log:
        return [0.1, 1, 10, 100, 1000, 10_000]
    return [linear_max * i / 5 for i in range(6)]


def spec(view: State | None = None, lang: str = "en") -> dict:
    """The whole figure as plain dicts."""
    view = view or State()
    data_out, dynamic = traces(view, lang)
    colours = [ROW_COLOUR[r] for r in SPAN_ROWS]  # rows are fixed, so colours are too
    bar = dict(type="bar", orientation="h", width=0.5, hovertemplate="%{customdata}<extra></extra>")
    styles = [
        dict(
            bar,
            name=t("startup.bar.platform", lang),
            marker=dict(color=colours, line=dict(color=palette.WHITE, width=0.5)),
        ),
        dict(
            bar,
            name=t("startup.bar.spread", lang),
            opacity=SPREAD_OPACITY,
            marker=dict(color=colours, line=dict(width=0)),
        ),
        dict(
            bar,
            name=t("startup.bar.app", lang),
            marker=dict(color=palette.VERMILLION, line=dict(color=palette.WHITE, width=0.5)),
        ),
        dict(
            type="scatter",
            mode="text",
            showlegend=False,
            textposition="middle right",
            textfont=dict(size=12, color=palette.BLACK),
            hoverinfo="skip",
            cliponaxis=False,
        ),
        dict(
            type="scatter",
            mode="markers+text",
            name=t("startup.refs", lang),
            marker=dict(
                symbol="diamond", size=11, color=palette.REDDISH_PURPLE, line=dict(color=palette.BLACK, width=1)
            ),
            textfont=dict(size=11),
            hovertemplate="%{customdata}<extra></extra>",
            cliponaxis=False,
        ),
        dict(
            type="scatter",
            name=t("startup.measured", lang),
            textposition="top right",
            showlegend=False,
            marker=dict(symbol="star", size=15, color=palette.YELLOW, line=dict(color=palette.BLACK, width=1)),
            textfont=dict(size=12),
            hovertemplate="%{customdata}<extra></extra>",
            cliponaxis=False,
        ),
    ]
    ticktext = [t(f"startup.{r}", lang) if r.startswith("group.") else t(f"startup.row.{r}", lang) for r in ROWS]
    layout = dict(
        template=theme.NAME,
        height=640,
        margin=dict(l=290, r=40, b=170),
        barmode="overlay",
        legend=dict(y=-0.16),
        annotations=[
            dict(
                text=t("startup.footer", lang),
                xref="paper",
                yref="paper",
                x=0,
                y=-0.36,
                xanchor="left",
                yanchor="top",
                showarrow=False,
                font=dict(size=11, color=palette.QUIET),
            )
        ],
        xaxis=dict(),
        yaxis=dict(tickvals=list(range(len(ROWS))), ticktext=ticktext, range=[len(ROWS) - 0.4, -0.6], showgrid=False),
    )
    for path, value in layout_changes(dynamic, lang).items():
        *parents, last = path.split(".")
        node = layout
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return dict(data=[{**s, **d} for s, d in zip(styles, data_out)], layout=layout)


def build(view: State | None = None, lang: str = "en") -> go.Figure:
    """The start-up chart for a view."""
    return go.Figure(spec(view, lang))
