"""Hardware growth, 1998 to today, on log axes: four figures, one builder each.

- ``ram``: the article author's two PCs beside survey data on typical PCs
  (1998 range, the most common size on the Steam survey), a large server's
  maximum RAM, and a line for each interpolated between data points;
- ``cores``: cores in one x86 server socket, a two-socket server and a home
  PC (both interpolated);
- ``storage``: a hard disk's sequential speed, the SATA III ceiling, NVMe
  over PCIe x4;
- ``price``: DRAM USD per GB at three years (point values unverified) and
  the long-run trend (AI Impacts).

Each figure has ``<name>_spec(state, lang)``, ``<name>_build(state, lang)``
and ``<name>_traces(state, lang)`` (all four share :func:`layout_changes`),
gathered as ``FIGURES[name]`` (a :class:`~widgets.figures.protocol.NamedFigure`);
the generic :func:`spec`, :func:`build` and :func:`traces` take the figure's name.
The state is a :class:`widgets.model.growth.State`: a dashed vertical line and
markers show its year. Every trace is fixed in number and order; only the
last ones (the year line and the markers) move with the state, so a live
update sends those and the title.
"""

from __future__ import annotations

import math
from functools import lru_cache

import plotly.graph_objects as go

from ..model import growth
from ..model.checks import check_choice
from ..text import memory, t
from . import palette, theme
from .protocol import NamedFigure

NAMES = ("ram", "cores", "storage", "price")
X_RANGE = (1996.5, 2026.5)
HEIGHT = 400
MOVING = 2  # the last two traces of every figure follow the state: the year line, the markers


def _years() -> list[int]:
    first, last = growth.years()
    return list(range(first, last + 1))


def _hover_point(label: str, value: str, point: growth.Point, lang: str) -> str:
    return t(
        "growth.hover.point",
        lang,
        label=label,
        value=value,
        year=point.year,
        grade=point.record.grade,
        grade_text=t(f"grade.{point.record.grade}", lang),
    )


def _line_hovers(points: tuple[growth.Point, ...], label: str, fmt, lang: str) -> tuple[list, list]:
    """An interpolated line at every year, and its hover texts (data point, interpolated or held)."""
    xs, ys, hovers = [], [], []
    by_year = {p.year: p for p in points}
    for year in _years():
        value = growth.interpolate(points, year)
        if value is None:
            continue
        xs.append(year)
        ys.append(value)
        if year in by_year:
            hovers.append(_hover_point(label, fmt(value), by_year[year], lang))
        elif year > points[-1].year:
            hovers.append(t("growth.hover.held", lang, label=label, value=fmt(value), year=year))
        else:
            hovers.append(t("growth.hover.interpolated", lang, label=label, value=fmt(value), year=year))
    return [xs, ys], hovers


def _cores_text(c: float, lang: str) -> str:
    return t("growth.core_value", lang) if round(c) == 1 else t("growth.cores_value", lang, cores=f"{round(c):,}")


def _log_range(low: float, high: float) -> list[float]:
    return [math.log10(low), math.log10(high)]


def _layout(
    title: str, y_title: str, y_range: list[float], tickvals: list[float], ticktext: list[str], lang: str
) -> dict:
    return dict(
        template=theme.NAME,
        height=HEIGHT,
        margin=dict(l=80, r=30, b=110),
        title=dict(text=title),
        legend=dict(y=-0.2, font=dict(size=12)),
        xaxis=dict(title=dict(text=t("growth.axis.year", lang)), range=list(X_RANGE), dtick=2),
        yaxis=dict(type="log", title=dict(text=y_title), range=y_range, tickvals=tickvals, ticktext=ticktext),
        hovermode="closest",
    )


def _year_line(year: int, y_range: list[float]) -> dict:
    return dict(x=[year, year], y=[10 ** y_range[0], 10 ** y_range[1]])


def _line_style(name: str, color: str, *, dash: str = "dash", width: float = 2, legend: bool = True) -> dict:
    return dict(
        type="scatter",
        mode="lines",
        name=name,
        showlegend=legend,
        line=dict(color=color, width=width, dash=dash),
        hovertemplate="%{customdata}<extra></extra>",
    )


def _marker_style(
    name: str, color: str, symbol: str, *, size: int = 10, text: bool = False, hollow: bool = False
) -> dict:
    return dict(
        type="scatter",
        mode="markers+text" if text else "markers",
        name=name,
        marker=dict(
            color=palette.WHITE if hollow else color,
            size=size,
            symbol=symbol,
            line=dict(color=color if hollow else palette.BLACK, width=2 if hollow else 1),
        ),
        textfont=dict(size=12, color=palette.BLACK),
        cliponaxis=False,
        hovertemplate="%{customdata}<extra></extra>",
    )


def _year_line_style() -> dict:
    return dict(
        type="scatter",
        mode="lines",
        showlegend=False,
        hoverinfo="skip",
        line=dict(color=palette.GREY, width=1.5, dash="dot"),
    )


def _here_style() -> dict:
    return dict(
        type="scatter",
        mode="markers+text",
        showlegend=False,
        cliponaxis=False,
        marker=dict(size=14, color=palette.TRANSPARENT, line=dict(color=palette.BLACK, width=2.5)),
        textfont=dict(size=12, color=palette.BLACK),
        hovertemplate="%{text}<extra></extra>",
    )


def _here(points: list[tuple[float | None, str, str]], year: int) -> dict:
    """Markers at the selected year: (value, label, text position) for each; None values are left out."""
    shown = [(v, label, pos) for v, label, pos in points if v is not None]
    return dict(
        x=[year] * len(shown),
        y=[v for v, _, _ in shown],
        text=[label for _, label, _ in shown],
        textposition=[pos for _, _, pos in shown],
    )


def _side(year: int) -> str:
    """Text of the year markers goes to the side with more room."""
    return "right" if year < 2012 else "left"


# --- memory ---------------------------------------------------------------------

RAM_RANGE_MIB = (8.0, 32 * 1024.0**2)  # 8 MB .. 32 TB (room under 64 MB for labels)
RAM_TICKS = [16.0 * 4**i for i in range(11)]  # 16 MB, 64 MB, ... 16 TB
RAM_TRACES = ("pc_range", "survey", "pc_line", "author", "server", "server_line", "beside", "year_line", "here")

_SERVER_LABEL = {1998: "growth.ram.server_1998", 2005: "growth.ram.server_2005", 2010: "growth.ram.server_2010"}


@lru_cache(maxsize=4)
def _ram_static(lang: str) -> tuple[dict, ...]:
    low, high = growth.pc_1998_range()
    high_rec = growth.typical_pc_ram()[0]
    label = t("growth.ram.pc_range", lang)
    pc_range = dict(
        x=[1998, 1998], y=[low, high], customdata=[_hover_point(label, memory(v), high_rec, lang) for v in (low, high)]
    )
    survey = growth.survey_ram()
    shares = {
        p.year: p.value for p in growth.points("hw.ram.steam_share_8gb") + growth.points("hw.ram.steam_share_16gb")
    }
    survey_tr = dict(
        x=[p.year for p in survey],
        y=[p.value for p in survey],
        customdata=[
            _hover_point(t("growth.ram.steam", lang, share=f"{100 * shares[p.year]:.1f} %"), memory(p.value), p, lang)
            for p in survey
        ],
    )
    (pc_x, pc_y), pc_hover = _line_hovers(growth.typical_pc_ram(), t("growth.ram.pc_line", lang), memory, lang)
    author = growth.author_pc_ram()
    author_labels = [t("growth.ram.author_first", lang), t("growth.ram.author_now", lang)]
    author_tr = dict(
        x=[p.year for p in author],
        y=[p.value for p in author],
        text=author_labels,
        textposition=["top right", "top left"],
        customdata=[_hover_point(lab, memory(p.value), p, lang) for lab, p in zip(author_labels, author)],
    )
    server = growth.server_ram()
    server_labels = [t(_SERVER_LABEL.get(p.year, "growth.ram.server_genoa"), lang) for p in server]
    server_tr = dict(
        x=[p.year for p in server],
        y=[p.value for p in server],
        customdata=[_hover_point(lab, memory(p.value), p, lang) for lab, p in zip(server_labels, server)],
    )
    (s_x, s_y), s_hover = _line_hovers(server, t("growth.ram.server_line", lang), memory, lang)
    beside = growth.server_ram_beside()
    beside_labels = [t("growth.ram.server_8socket", lang), t("growth.ram.server_article", lang)]
    beside_tr = dict(
        x=[p.year for p in beside],
        y=[p.value for p in beside],
        customdata=[_hover_point(lab, memory(p.value), p, lang) for lab, p in zip(beside_labels, beside)],
    )
    return (
        pc_range,
        survey_tr,
        dict(x=pc_x, y=pc_y, customdata=pc_hover),
        author_tr,
        server_tr,
        dict(x=s_x, y=s_y, customdata=s_hover),
        beside_tr,
    )


def ram_traces(state: growth.State, lang: str = "en") -> tuple[list[dict], dict]:
    """The memory figure's trace data and its state-dependent layout (the title)."""
    pc = growth.machine("pc", state.year)
    server = growth.machine("server", state.year)
    y_range = _log_range(*RAM_RANGE_MIB)
    side = _side(state.year)
    here = _here(
        [
            (pc.ram_mib, t("growth.here.pc", lang, year=state.year, value=memory(pc.ram_mib)), f"bottom {side}"),
            (
                server.ram_mib,
                t("growth.here.server", lang, year=state.year, value=memory(server.ram_mib)),
                f"top {side}",
            ),
        ],
        state.year,
    )
    data = [*_ram_static(lang), _year_line(state.year, y_range), here]
    title = t("growth.ram.title", lang, year=state.year, pc=memory(pc.ram_mib), server=memory(server.ram_mib))
    return data, dict(title=title)


def ram_spec(state: growth.State, lang: str = "en") -> dict:
    data, dynamic = ram_traces(state, lang)
    styles = [
        dict(
            type="scatter",
            mode="lines",
            name=t("growth.ram.pc_range", lang),
            line=dict(color=palette.ORANGE, width=7),
            hovertemplate="%{customdata}<extra></extra>",
        ),
        _marker_style(t("growth.ram.survey", lang), palette.ORANGE, "diamond", size=12),
        _line_style(t("growth.ram.pc_line", lang), palette.ORANGE),
        _marker_style(t("growth.ram.author", lang), palette.VERMILLION, "star", size=16, text=True),
        _marker_style(t("growth.ram.server", lang), palette.BLUE, "square", size=11),
        _line_style(t("growth.ram.server_line", lang), palette.BLUE),
        _marker_style(t("growth.ram.beside", lang), palette.BLUE, "circle", size=11, hollow=True),
        _year_line_style(),
        _here_style(),
    ]
    layout = _layout(
        dynamic["title"],
        t("growth.ram.y", lang),
        _log_range(*RAM_RANGE_MIB),
        RAM_TICKS,
        [memory(v) for v in RAM_TICKS],
        lang,
    )
    return dict(data=[{**s, **d} for s, d in zip(styles, data)], layout=layout)


def ram_build(state: growth.State, lang: str = "en") -> go.Figure:
    return go.Figure(ram_spec(state, lang))


# --- cores ----------------------------------------------------------------------

CORES_RANGE = (0.4, 800.0)  # room under one core for labels
CORES_TICKS = [2.0**i for i in range(10)]  # 1 .. 512
CORES_TRACES = ("socket", "server", "home", "home_points", "year_line", "here")


def _socket_label(point: growth.Point, lang: str) -> str:
    if point.value == 1:
        return t("growth.cores.single", lang)
    if point.value == 2:
        return t("growth.cores.dual", lang)
    return t("growth.cores.epyc", lang)


@lru_cache(maxsize=4)
def _cores_static(lang: str) -> tuple[dict, ...]:
    fmt = lambda c: _cores_text(c, lang)  # noqa: E731
    socket = growth.cores_per_socket()
    socket_tr = dict(
        x=[p.year for p in socket],
        y=[p.value for p in socket],
        customdata=[_hover_point(_socket_label(p, lang), fmt(p.value), p, lang) for p in socket],
    )
    (s_x, s_y), s_hover = _line_hovers(growth.server_cores(), t("growth.cores.server", lang), fmt, lang)
    (h_x, h_y), h_hover = _line_hovers(growth.home_cores(), t("growth.cores.home", lang), fmt, lang)
    home = growth.home_cores()
    labels = [t("growth.cores.home_1998", lang), t("growth.cores.home_now", lang)]
    home_tr = dict(
        x=[p.year for p in home],
        y=[p.value for p in home],
        customdata=[_hover_point(lab, fmt(p.value), p, lang) for lab, p in zip(labels, home)],
    )
    return (socket_tr, dict(x=s_x, y=s_y, customdata=s_hover), dict(x=h_x, y=h_y, customdata=h_hover), home_tr)


def cores_traces(state: growth.State, lang: str = "en") -> tuple[list[dict], dict]:
    pc = growth.machine("pc", state.year)
    server = growth.machine("server", state.year)
    y_range = _log_range(*CORES_RANGE)
    side = _side(state.year)
    here = _here(
        [
            (pc.cores, t("growth.here.pc", lang, year=state.year, value=_cores_text(pc.cores, lang)), f"bottom {side}"),
            (
                server.cores,
                t("growth.here.server", lang, year=state.year, value=_cores_text(server.cores, lang)),
                f"top {side}",
            ),
        ],
        state.year,
    )
    data = [*_cores_static(lang), _year_line(state.year, y_range), here]
    title = t(
        "growth.cores.title",
        lang,
        year=state.year,
        pc=_cores_text(pc.cores, lang),
        server=_cores_text(server.cores, lang),
    )
    return data, dict(title=title)


def cores_spec(state: growth.State, lang: str = "en") -> dict:
    data, dynamic = cores_traces(state, lang)
    socket_style = _marker_style(t("growth.cores.socket", lang), palette.BLUISH_GREEN, "square", size=10)
    styles = [
        socket_style,
        _line_style(t("growth.cores.server", lang), palette.BLUE),
        _line_style(t("growth.cores.home", lang), palette.ORANGE),
        _marker_style(t("growth.cores.home_points", lang), palette.ORANGE, "diamond", size=12),
        _year_line_style(),
        _here_style(),
    ]
    layout = _layout(
        dynamic["title"],
        t("growth.cores.y", lang),
        _log_range(*CORES_RANGE),
        CORES_TICKS,
        [f"{v:g}" for v in CORES_TICKS],
        lang,
    )
    return dict(data=[{**s, **d} for s, d in zip(styles, data)], layout=layout)


def cores_build(state: growth.State, lang: str = "en") -> go.Figure:
    return go.Figure(cores_spec(state, lang))


# --- storage --------------------------------------------------------------------

STORAGE_RANGE = (50.0, 40_000.0)  # MB/s
STORAGE_TICKS = [100.0, 300.0, 1000.0, 3000.0, 10_000.0, 30_000.0]
STORAGE_TRACES = ("hdd", "sata", "nvme", "year_line", "here")


@lru_cache(maxsize=4)
def _storage_static(lang: str) -> tuple[dict, ...]:
    fmt = lambda v: t("growth.storage.speed", lang, speed=f"{v:,.0f}")  # noqa: E731
    s = growth.storage()
    hdd_label = t("growth.storage.hdd", lang)
    hdd = dict(
        x=[p.year for p in s["hdd"]],
        y=[p.value for p in s["hdd"]],
        customdata=[_hover_point(hdd_label, fmt(p.value), p, lang) for p in s["hdd"]],
    )
    sata_point = s["sata"][0]
    last = growth.years()[1]
    sata_label = t("growth.storage.sata", lang)
    sata = dict(
        x=[sata_point.year, last],
        y=[sata_point.value] * 2,
        customdata=[_hover_point(sata_label, fmt(sata_point.value), sata_point, lang)] * 2,
    )
    nvme = s["nvme"]
    nvme_tr = dict(
        x=[p.year for p in nvme],
        y=[p.value for p in nvme],
        customdata=[
            _hover_point(t("growth.storage.nvme_gen", lang, gen=gen), fmt(p.value), p, lang)
            for gen, p in zip((3, 4, 5), nvme)
        ],
    )
    return hdd, sata, nvme_tr


def storage_traces(state: growth.State, lang: str = "en") -> tuple[list[dict], dict]:
    y_range = _log_range(*STORAGE_RANGE)
    data = [*_storage_static(lang), _year_line(state.year, y_range), _here([], state.year)]
    return data, dict(title=t("growth.storage.title", lang))


def storage_spec(state: growth.State, lang: str = "en") -> dict:
    data, dynamic = storage_traces(state, lang)
    hdd = _marker_style(t("growth.storage.hdd", lang), palette.VERMILLION, "circle", size=11)
    hdd.update(mode="lines+markers", line=dict(color=palette.VERMILLION, width=2))
    sata = _marker_style(t("growth.storage.sata", lang), palette.REDDISH_PURPLE, "triangle-up", size=12)
    sata.update(
        mode="lines+markers",
        line=dict(color=palette.REDDISH_PURPLE, width=2, dash="dot"),
        marker=dict(
            color=palette.REDDISH_PURPLE, size=[12, 0], symbol="triangle-up", line=dict(color=palette.BLACK, width=1)
        ),
    )
    nvme = _marker_style(t("growth.storage.nvme", lang), palette.BLUE, "square", size=11)
    nvme.update(mode="lines+markers", line=dict(color=palette.BLUE, width=2))
    styles = [hdd, sata, nvme, _year_line_style(), _here_style()]
    layout = _layout(
        dynamic["title"],
        t("growth.storage.y", lang),
        _log_range(*STORAGE_RANGE),
        STORAGE_TICKS,
        [f"{v:,.0f}" for v in STORAGE_TICKS],
        lang,
    )
    return dict(data=[{**s, **d} for s, d in zip(styles, data)], layout=layout)


def storage_build(state: growth.State, lang: str = "en") -> go.Figure:
    return go.Figure(storage_spec(state, lang))


# --- price ----------------------------------------------------------------------

PRICE_RANGE = (0.3, 10_000.0)  # USD per GB
PRICE_TICKS = [1.0, 10.0, 100.0, 1000.0, 10_000.0]
PRICE_TRACES = ("points", "trend", "year_line", "here")


def price_text(usd: float, lang: str) -> str:
    """$1,400, $87, $3.6: whole dollars from 10 up, one decimal below."""
    return t("growth.price.value", lang, price=f"{usd:,.0f}" if usd >= 10 else f"{usd:.1f}")


def trend_line() -> tuple[list[int], list[float]]:
    """The long-run trend drawn from the first price point: 10x per 5.1 years to 2010, then 10x per 14 years.

    The rates are AI Impacts' (grade R); the anchor, 1998's price, is an unverified point value (S).
    """
    from .. import data

    fast = data.record("hw.dram.tenfold_years").value
    slow = data.record("hw.dram.tenfold_years_since_2010").value
    first = growth.dram_price()[0]
    last = growth.years()[1]
    xs, ys = [], []
    for year in range(first.year, last + 1):
        fast_years = min(year, 2010) - first.year
        slow_years = max(0, year - 2010)
        xs.append(year)
        ys.append(first.value * 10 ** (-fast_years / fast - slow_years / slow))
    return xs, ys


@lru_cache(maxsize=4)
def _price_static(lang: str) -> tuple[dict, ...]:
    from .. import data

    points = growth.dram_price()
    label = t("growth.price.points", lang)
    pts = dict(
        x=[p.year for p in points],
        y=[p.value for p in points],
        customdata=[_hover_point(label, price_text(p.value, lang), p, lang) for p in points],
    )
    xs, ys = trend_line()
    name = t(
        "growth.price.trend",
        lang,
        fast=f"{data.record('hw.dram.tenfold_years').value:g}",
        slow=f"{data.record('hw.dram.tenfold_years_since_2010').value:g}",
    )
    trend = dict(x=xs, y=ys, customdata=[f"{name}<br>{x}: {price_text(y, lang)}" for x, y in zip(xs, ys)])
    return pts, trend


def price_traces(state: growth.State, lang: str = "en") -> tuple[list[dict], dict]:
    y_range = _log_range(*PRICE_RANGE)
    usd = growth.price_per_gb(state.year)
    label = None if usd is None else t("growth.price.here", lang, year=state.year, price=price_text(usd, lang))
    here = _here([(usd, label, f"top {_side(state.year)}")], state.year)
    data = [*_price_static(lang), _year_line(state.year, y_range), here]
    return data, dict(title=t("growth.price.title", lang))


def price_spec(state: growth.State, lang: str = "en") -> dict:
    from .. import data

    data_, dynamic = price_traces(state, lang)
    pts = _marker_style(t("growth.price.points", lang), palette.REDDISH_PURPLE, "circle", size=11)
    pts.update(mode="lines+markers", line=dict(color=palette.REDDISH_PURPLE, width=2, dash="dot"))
    name = t(
        "growth.price.trend",
        lang,
        fast=f"{data.record('hw.dram.tenfold_years').value:g}",
        slow=f"{data.record('hw.dram.tenfold_years_since_2010').value:g}",
    )
    styles = [pts, _line_style(name, palette.GREY, dash="dash"), _year_line_style(), _here_style()]
    layout = _layout(
        dynamic["title"],
        t("growth.price.y", lang),
        _log_range(*PRICE_RANGE),
        PRICE_TICKS,
        [price_text(v, lang) for v in PRICE_TICKS],
        lang,
    )
    return dict(data=[{**s, **d} for s, d in zip(styles, data_)], layout=layout)


def price_build(state: growth.State, lang: str = "en") -> go.Figure:
    return go.Figure(price_spec(state, lang))


# --- by name --------------------------------------------------------------------

TRACE_NAMES = {"ram": RAM_TRACES, "cores": CORES_TRACES, "storage": STORAGE_TRACES, "price": PRICE_TRACES}


def _name(name: str) -> str:
    return check_choice("figure", name, NAMES)


def spec(state: growth.State, lang: str = "en", name: str = "ram") -> dict:
    """One growth figure (ram, cores, storage or price) as plain dicts."""
    return FIGURES[_name(name)].spec(state, lang)


def traces(state: growth.State, lang: str = "en", name: str = "ram") -> tuple[list[dict], dict]:
    """One growth figure's trace data and its state-dependent layout."""
    return FIGURES[_name(name)].traces(state, lang)


def layout_changes(dynamic: dict, lang: str) -> dict:
    """Layout entries that follow the state: the title (the same for every growth figure)."""
    return {"title.text": dynamic["title"]}


FIGURES = {
    "ram": NamedFigure("ram", ram_spec, ram_traces, layout_changes, ram_build),
    "cores": NamedFigure("cores", cores_spec, cores_traces, layout_changes, cores_build),
    "storage": NamedFigure("storage", storage_spec, storage_traces, layout_changes, storage_build),
    "price": NamedFigure("price", price_spec, price_traces, layout_changes, price_build),
}


def build(state: growth.State, lang: str = "en", name: str = "ram") -> go.Figure:
    """One growth figure for a state."""
    return go.Figure(spec(state, lang, name))
