"""The stack diagram: what runs on what, sized by the memory it takes.

Rows from the bottom: hardware; the host (its OS, then the hypervisor or the
container engine); then each instance's layers: guest OS (VMs and microVMs
only), libraries, application. Each instance is a column as wide as the
memory it takes, so a guest OS paid again in every VM shows as wider columns.
Past MAX_DRAWN instances the rest is one hatched, labelled block. Free memory
is the light block on the right.

Blocks are Bar traces (a fixed set of eight), never layout shapes: shapes are
slow to update.
"""

from __future__ import annotations

import plotly.graph_objects as go

from .. import model
from ..text import memory, memory_unit, t
from . import palette, theme

MAX_DRAWN = 12
ROW_HARDWARE, ROW_HOST, ROW_GUEST, ROW_LIBS, ROW_APP = range(5)
TRACES = ("hardware", "host_os", "runtime", "guest_os", "libs", "app", "more", "free")


def _bar(name: str, layer: str, *, pattern: str = "") -> dict:
    return dict(
        type="bar",
        orientation="h",
        name=name,
        width=0.86,
        marker=dict(
            color=palette.LAYER[layer],
            line=dict(color=palette.WHITE, width=1),
            pattern=dict(shape=pattern, fgcolor=palette.WHITE, fillmode="overlay"),
        ),
        textposition="inside",
        insidetextanchor="middle",
        constraintext="both",
        textangle=0,
        textfont=dict(color=palette.ON_LAYER[layer]),
        cliponaxis=False,
        hovertemplate="%{customdata}<extra></extra>",
    )


def _blocks(rows: list[int], starts: list[float], widths: list[float], texts: list[str], hovers: list[str]) -> dict:
    return dict(y=rows, base=starts, x=widths, text=texts, customdata=hovers)


def traces(state: model.State, lang: str = "en") -> tuple[list[dict], dict]:
    """The eight traces' data and the layout entries that depend on the state."""
    fit = state.fit()
    reserve = state.reserved_mib
    unit, size = memory_unit(max(state.ram_mib, reserve))
    plat = model.platform(state.platform)
    name = t(f"platform.{state.platform}", lang)
    plural = t(f"platform.{state.platform}.plural", lang)
    empty = _blocks([], [], [], [], [])

    hw_text = t("block.hardware", lang, ram=memory(state.ram_mib), cores=state.cores)
    data = dict.fromkeys(TRACES, empty)
    data["hardware"] = _blocks([ROW_HARDWARE], [0], [state.ram_mib / size], [hw_text], [hw_text])
    host_text = t("block.host_os", lang)
    data["host_os"] = _blocks(
        [ROW_HOST], [0], [reserve / size], [host_text], [t("hover.block", lang, name=host_text, memory=memory(reserve))]
    )
    runtime = t(f"block.{state.platform}.runtime", lang)
    if fit is None:
        # Nothing fits, but the host row still shows what this platform would run on the host OS:
        # the hypervisor, microVM monitors or container engine, as wide as one instance's share of it.
        data["runtime"] = _blocks(
            [ROW_HOST],
            [reserve / size],
            [plat.overhead_mib / size],
            [runtime],
            [
                t(
                    "hover.runtime_none",
                    lang,
                    name=runtime,
                    each=memory(plat.overhead_mib),
                    overhead=t(f"block.{state.platform}.overhead", lang),
                )
            ],
        )
        title = t("stack.too_small", lang, ram=memory(state.ram_mib), reserve=memory(reserve), platform=name)
        return [data[k] for k in TRACES], dict(title=title, unit=unit, x_max=(reserve + plat.overhead_mib) / size)

    width = fit.instance_mib / size
    drawn = min(fit.count, MAX_DRAWN)
    starts = [reserve / size + i * width for i in range(drawn)]
    end = reserve / size + fit.count * width
    labels = [t("block.instance", lang, platform=name, n=i + 1) for i in range(drawn)]

    if fit.count:
        data["runtime"] = _blocks(
            [ROW_HOST],
            [reserve / size],
            [end - reserve / size],
            [runtime],
            [
                t(
                    "hover.runtime",
                    lang,
                    name=runtime,
                    each=memory(plat.overhead_mib),
                    overhead=t(f"block.{state.platform}.overhead", lang),
                    memory=memory(fit.memory.overhead),
                )
                + (t("hover.unconfirmed", lang) if model.cost_grades(state.platform)["overhead"] == "C" else "")
            ],
        )
    layers = [("libs", ROW_LIBS, state.workload().libs_mib), ("app", ROW_APP, state.app_mib)]
    if plat.guest_os_mib:
        layers.insert(0, ("guest_os", ROW_GUEST, plat.guest_os_mib))
    for layer, row, mib in layers:
        layer_name = t(f"layer.{layer}", lang)
        texts = labels if layer == "app" else [layer_name] * drawn
        hovers = [f"{label}<br>{t('hover.block', lang, name=layer_name, memory=memory(mib))}" for label in labels]
        data[layer] = _blocks([row] * drawn, starts, [width] * drawn, texts, hovers)
    rest = fit.count - drawn
    if rest:
        more = t("block.more", lang, n=f"{rest:,}")
        hover = t(
            "hover.more",
            lang,
            n=f"{rest:,}",
            platforms=plural,
            each=memory(fit.instance_mib),
            memory=memory(rest * fit.instance_mib),
        )
        rows = [row for _, row, _ in layers]
        data["more"] = _blocks(
            rows,
            [starts[-1] + width] * len(rows) if drawn else [reserve / size] * len(rows),
            [rest * width] * len(rows),
            [more if row == ROW_APP else "" for row in rows],
            [hover] * len(rows),
        )
    free_mib = fit.memory.free
    if free_mib > 0:
        free = t("block.free", lang, memory=memory(free_mib))
        data["free"] = _blocks(
            [ROW_HOST, ROW_GUEST, ROW_LIBS, ROW_APP], [end] * 4, [free_mib / size] * 4, ["", "", free, ""], [free] * 4
        )
    if fit.count == 1:
        title = t(
            "stack.title_one",
            lang,
            platform=name,
            ram=memory(state.ram_mib),
            cores=state.cores,
            limit=t(f"limit.{fit.limit}", lang),
        )
    elif fit.count:
        title = t(
            "stack.title",
            lang,
            count=f"{fit.count:,}",
            platforms=plural,
            ram=memory(state.ram_mib),
            cores=state.cores,
            limit=t(f"limit.{fit.limit}", lang),
        )
    else:
        title = t(
            "stack.none",
            lang,
            platform=name,
            ram=memory(state.ram_mib),
            cores=state.cores,
            limit=t(f"limit.{fit.limit}", lang),
        )
    return [data[k] for k in TRACES], dict(title=title, unit=unit, x_max=state.ram_mib / size)


def layout_changes(dynamic: dict, lang: str) -> dict:
    """Layout entries that follow the state (the rest is fixed in build)."""
    return {
        "title.text": dynamic["title"],
        "xaxis.title.text": t("axis.memory", lang, unit=dynamic["unit"]),
        "xaxis.range": [0, dynamic["x_max"]],
    }


def spec(state: model.State, lang: str = "en") -> dict:
    """The whole figure as plain dicts: data and layout."""
    data, dynamic = traces(state, lang)
    styles = {
        "hardware": _bar("hardware", "hardware"),
        "host_os": _bar("host_os", "host_os"),
        "runtime": _bar("runtime", "runtime"),
        "guest_os": _bar("guest_os", "guest_os"),
        "libs": _bar("libs", "libs"),
        "app": _bar("app", "app"),
        "more": _bar("more", "app", pattern="/"),
        "free": _bar("free", "free"),
    }
    layout = dict(
        template=theme.NAME,
        height=380,
        margin=dict(l=110, r=20, b=50),
        showlegend=False,
        barmode="overlay",
        title=dict(text=dynamic["title"]),
        uniformtext=dict(minsize=9, mode="hide"),
        xaxis=dict(
            title=dict(text=t("axis.memory", lang, unit=dynamic["unit"])), range=[0, dynamic["x_max"]], showgrid=True
        ),
        yaxis=dict(
            tickvals=[ROW_HARDWARE, ROW_HOST, ROW_GUEST, ROW_LIBS, ROW_APP],
            ticktext=[t(f"layer.{k}", lang) for k in ("hardware", "host", "guest_os", "libs", "app")],
            range=[-0.5, 4.5],
            showgrid=False,
        ),
    )
    return dict(data=[{**styles[k], **d} for k, d in zip(TRACES, data)], layout=layout)


def build(state: model.State, lang: str = "en") -> go.Figure:
    """The stack diagram for a state."""
    return go.Figure(spec(state, lang))
