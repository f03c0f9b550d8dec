"""The layered diagram: where do we fool the application?

Rows from the bottom are the layers of one computer as the picker's place
builds it (:func:`widgets.model.layers.stack`): hardware; for a hypervisor, the
hypervisor and each instance's virtual hardware; the OS; for a container
engine, the engine; middleware; applications. A row one copy of which serves
every instance is one wide block; a row each instance brings is a block per
instance, one column each. The y-axis says which is which. A marker and a
label to the right point at the row that makes the illusion.

Seven Bar traces, fixed: hardware, the illusion-maker, virtual hardware, OS,
middleware, application, and the pointer (a small block with its label).
The diagram is schematic: block widths are not sizes.
"""

from __future__ import annotations

import plotly.graph_objects as go

from ..model import layers
from ..text import memory, t
from . import palette, theme

WIDTH = 1.0  # one instance's column
GAP = 0.08
POINTER_WIDTH = 0.012  # the pointer's block, as a share of the stack's width
STACK_SHARE = 0.64  # the stack takes this share of the plot's width; the pointer's label the rest
TRACES = ("hardware", "illusion", "virtual_hw", "os", "middleware", "app", "pointer")
_COLOUR = {
    "hardware": (palette.LAYER["hardware"], palette.BLACK),
    "illusion": (palette.LAYER["runtime"], palette.BLACK),
    "virtual_hw": (palette.LIGHT_GREY, palette.BLACK),
    "os.shared": (palette.LAYER["host_os"], palette.BLACK),
    "os.each": (palette.LAYER["guest_os"], palette.WHITE),
    "middleware": (palette.LAYER["libs"], palette.BLACK),
    "app": (palette.LAYER["app"], palette.BLACK),
}
_TRACE_OF = {
    "hardware": "hardware",
    "hypervisor": "illusion",
    "engine": "illusion",
    "virtual_hw": "virtual_hw",
    "os": "os",
    "middleware": "middleware",
    "app": "app",
}


def cpus(n: float, lang: str) -> str:
    return t("layers.cpu.one" if n == 1 else "layers.cpu.many", lang, n=f"{n:g}")


def _sees(view: layers.State, lang: str) -> tuple[str, str]:
    c, m = view.sees()
    return cpus(c, lang), memory(m)


def _block_text(row: layers.Row, view: layers.State, i: int, lang: str) -> tuple[str, str]:
    """In-block text and hover text for one block (i: the instance, or -1 for a shared block)."""
    told_cpus, told_mem = _sees(view, lang)
    host = dict(cores=view.host_cores, ram=memory(view.host_mib))
    if row.key == "hardware":
        text = t("layers.block.hardware", lang, **host)
        return text, t("layers.hover.hardware", lang) + "<br>" + text
    if row.key == "virtual_hw":
        text = t("layers.block.virtual_hw", lang, cpus=told_cpus, memory=told_mem)
        return text, t("layers.hover.virtual_hw", lang, n=i + 1, cpus=told_cpus, memory=told_mem)
    if row.key == "app":
        text = t("layers.block.app", lang, n=i + 1)
        hover = t(f"layers.hover.app.{view.place}", lang, n=i + 1, cpus=told_cpus, memory=told_mem, **host)
        return text, hover
    scope = "shared" if row.scope == "shared" else "each"
    text = t(f"layers.block.{row.key}.{scope}" if row.key in ("os", "middleware") else f"layers.block.{row.key}", lang)
    hover = t(f"layers.hover.{row.key}.{scope}" if row.key in ("os", "middleware") else f"layers.hover.{row.key}", lang)
    return text, hover


def traces(view: layers.State, lang: str = "en") -> tuple[list[dict], dict]:
    """The seven traces' data, and the layout values that follow the view."""
    rows = layers.stack(view.place)
    n = view.instances
    total = n * WIDTH + (n - 1) * GAP
    parts: dict[str, dict[str, list]] = {
        k: {"y": [], "base": [], "x": [], "text": [], "customdata": [], "marker.color": [], "textfont.color": []}
        for k in TRACES[:-1]
    }
    for y, row in enumerate(rows):
        trace = parts[_TRACE_OF[row.key]]
        colour_key = f"os.{row.scope}" if row.key == "os" else _TRACE_OF[row.key]
        fill, ink = _COLOUR[colour_key]
        blocks = [(0.0, total, -1)] if row.scope == "shared" else [(i * (WIDTH + GAP), WIDTH, i) for i in range(n)]
        for start, width, i in blocks:
            text, hover = _block_text(row, view, i, lang)
            trace["y"].append(y)
            trace["base"].append(start)
            trace["x"].append(width)
            trace["text"].append(text)
            trace["customdata"].append(hover)
            trace["marker.color"].append(fill)
            trace["textfont.color"].append(ink)
    liar = layers.liar(view.place)
    if liar is None:
        y = [r.key for r in rows].index("app")
        note = t("layers.pointer.none", lang)
    else:
        keys = [r.key for r in rows]
        y = keys.index(liar)
        if liar == "engine":  # the kernel makes the fences the engine asks for: point between the two rows
            y = (y + keys.index("os")) / 2
        note = t(f"layers.pointer.{view.place}", lang)
    pointer = {
        "y": [y],
        "base": [total * (1 + POINTER_WIDTH)],
        "x": [total * POINTER_WIDTH],
        "text": [note],
        "customdata": [note],
        "marker.color": [palette.VERMILLION],
        "textfont.color": [palette.VERMILLION],
    }
    data = [parts[k] for k in TRACES[:-1]] + [pointer]
    ticks = [t(f"layers.row.{r.key}", lang) + "<br><i>" + t(f"layers.scope.{r.scope}", lang) + "</i>" for r in rows]
    return data, dict(
        title=t(f"layers.title.{view.place}", lang), ticks=ticks, rows=len(rows), x_max=total / STACK_SHARE
    )


def layout_changes(dynamic: dict, lang: str) -> dict:
    """Layout entries that follow the view (the rest is fixed in build)."""
    return {
        "title.text": dynamic["title"],
        "yaxis.tickvals": list(range(dynamic["rows"])),
        "yaxis.ticktext": dynamic["ticks"],
        "yaxis.range": [-0.5, dynamic["rows"] - 0.5],
        "xaxis.range": [-0.02, dynamic["x_max"]],
    }


def spec(view: layers.State, lang: str = "en") -> dict:
    """The whole figure as plain dicts."""
    data, dynamic = traces(view, lang)
    styles = []
    for key in TRACES[:-1]:
        styles.append(
            dict(
                type="bar",
                orientation="h",
                name=key,
                width=0.84,
                marker=dict(
                    line=dict(color=palette.WHITE, width=1),
                    pattern=dict(shape="/" if key == "virtual_hw" else "", fgcolor=palette.GREY, fillmode="overlay"),
                ),
                textposition="inside",
                insidetextanchor="middle",
                constraintext="none",
                textangle=0,
                cliponaxis=False,
                hovertemplate="%{customdata}<extra></extra>",
            )
        )
    styles.append(
        dict(
            type="bar",
            orientation="h",
            name="pointer",
            width=0.3,
            textposition="outside",
            constraintext="none",
            textfont=dict(size=13),
            textangle=0,
            cliponaxis=False,
            hovertemplate="%{customdata}<extra></extra>",
        )
    )
    layout = dict(
        template=theme.NAME,
        height=470,
        margin=dict(l=130, r=10, b=20),
        showlegend=False,
        barmode="overlay",
        title=dict(text=dynamic["title"]),
        xaxis=dict(range=[-0.02, dynamic["x_max"]], visible=False),
        yaxis=dict(
            tickvals=list(range(dynamic["rows"])),
            ticktext=dynamic["ticks"],
            range=[-0.5, dynamic["rows"] - 0.5],
            showgrid=False,
        ),
    )
    return dict(data=[_merged(s, d) for s, d in zip(styles, data)], layout=layout)


def _merged(style: dict, values: dict) -> dict:
    """A trace: its style with the data set in, dotted paths ('marker.color') going into nested dicts."""
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in style.items()}
    for key, value in values.items():
        node = out
        *path, last = key.split(".")
        for part in path:
            node[part] = dict(node.get(part, {}))
            node = node[part]
        node[last] = value
    return out


def build(view: layers.State, lang: str = "en") -> go.Figure:
    """The layered diagram for a view."""
    return go.Figure(spec(view, lang))
