"""The comparison table, one row at a time: pick a row, read its evidence.

ToggleButtons pick one of the article's six rows. The table (the essay's
short wording of the article's cells) marks the row, a paragraph under it
gives that row's evidence computed from the model and data/, and the
evidence figure keeps the panel for that row solid while the others fade.
"""

from __future__ import annotations

import html

import ipywidgets as w

from .. import data, model
from ..figures import compare as figure
from ..figures import palette
from ..figures.startup import range_text
from ..model import compare, layers
from ..text import check_lang, memory, t
from .base import Explorable
from .live import LiveFigure, apply


def _layers(names: tuple[str, ...], lang: str) -> str:
    """('os', 'middleware', 'app') -> 'an OS, middleware and the application'."""
    words = [t(f"compare.brought.{n}", lang) for n in names]
    if len(words) < 2:
        return words[0] if words else t("compare.none", lang)
    return t("compare.sep", lang).join(words[:-1]) + t("compare.and", lang) + words[-1]


def evidence_html(row: str, lang: str = "en") -> str:
    """The evidence paragraph for one row, filled in from widgets.model.compare."""
    row = compare.check_row(row)
    check_lang(lang)
    ev = compare.evidence(row)
    if row == "layer":
        values = {f"{p}_layer": t(f"compare.layer.{ev[p]['illusion_layer']}", lang) for p in compare.SIDES}
        values.update({f"{p}_liar": t(f"compare.liar.{ev[p]['liar']}", lang) for p in compare.SIDES})
        values.update({f"{p}_brings": _layers(layers.brought(compare.PLACE[p]), lang) for p in compare.SIDES})
    elif row == "os":
        values = {f"{p}_os": memory(ev[p]["guest_os_mib"]) for p in ("vm", "microvm")}
        values.update({f"{p}_min": memory(ev[p]["configured_min_mib"]) for p in ("vm", "microvm")})
    elif row == "startup":
        starts = {p: compare.startup(p) for p in compare.PLATFORMS}
        values = {p: range_text(s.low_ms, s.high_ms, s.bound == "at_most", lang) for p, s in starts.items()}
    elif row == "efficiency":
        wl = model.default_workload()
        host = model.default_host()
        values = {
            "app": memory(wl.app_mib),
            "libs": memory(wl.libs_mib),
            "ram": memory(host.ram_mib),
            "cores": host.cores,
            "ratio": f"{host.vcpu_ratio:g}",
        }
        for p in compare.PLATFORMS:
            values.update(
                {
                    f"{p}_each": memory(ev[p]["instance_mib"]),
                    f"{p}_own": memory(ev[p]["platform_mib"]),
                    f"{p}_fits": ev[p]["fits"],
                    f"{p}_holds": memory(ev[p]["resident_mib"]),
                }
            )
    elif row == "isolation":
        s = compare.surfaces()
        values = {
            "syscalls": s["container"].count,
            "gvisor": int(data.record("isolation.gvisor_implemented").value),
            "gvisor_table": s["gvisor"].listed,
            "devices": s["microvm"].count,
            "devices_now": int(data.record("isolation.firecracker_devices_now").value),
            "seccomp": int(data.record("isolation.firecracker_seccomp").value),
        }
    else:
        values = {}
    return t(f"compare.evidence.{row}", lang, **values) if values else t(f"compare.evidence.{row}", lang)


def table_html(row: str | None = None, lang: str = "en") -> str:
    """The article's table in the essay's words, with the picked row marked."""
    if row is not None:
        compare.check_row(row)
    head = "".join(
        f"<th style='text-align:left;padding:2px 10px'>{html.escape(t(f'compare.head.{c}', lang))}</th>"
        for c in ("row", *compare.SIDES)
    )
    body = []
    for r in compare.ROWS:
        mark = f"background:{palette.HIGHLIGHT};font-weight:600" if r == row else ""
        cells = [t(f"compare.row.{r}", lang)] + [t(f"compare.cell.{r}.{p}", lang) for p in compare.SIDES]
        body.append(
            f"<tr style='{mark}'>"
            + "".join(f"<td style='text-align:left;padding:2px 10px'>{html.escape(c)}</td>" for c in cells)
            + "</tr>"
        )
    return f"<table class='essay-compare'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


class ComparisonTable(Explorable):
    """A row picker, the table with that row marked, its evidence, and the evidence figure.

    Its state is the key of the picked row (one of :data:`widgets.model.compare.ROWS`).
    """

    def __init__(self, lang: str = "en", row: str = "startup"):
        super().__init__(lang)
        self.state = self._check_state(row)
        self.picker = w.ToggleButtons(
            options=[(t(f"compare.row.{r}", lang), r) for r in compare.ROWS],
            value=self.state,
            description=t("compare.picker", lang),
            style={"description_width": "4em", "button_width": "11em"},
        )
        self.table = w.HTML()
        self.evidence = w.HTML(layout=w.Layout(min_height="4.5em", max_width="52em"))
        self.controls = {"row": self.picker}
        self.readouts = (self.evidence,)
        self.figure = self.figures["evidence"] = LiveFigure(figure.spec(self.state, lang))
        self._describe()
        self._watch()

    def _check_state(self, row: str) -> str:
        return compare.check_row(row)

    def _state_from_controls(self) -> str:
        return self.picker.value

    def set_state(self, row: str) -> None:
        """Mark a row: the picker, the table, the evidence and the figure follow."""
        super().set_state(row)

    def _draw(self, previous: str) -> None:
        if self.picker.value != self.state:
            with self._quiet():
                self.picker.value = self.state
        data, _dynamic = figure.traces(self.state, self.lang)
        apply(self.figure, [{"opacity": d["opacity"]} for d in data], {})

    def _describe(self) -> None:
        self.table.value = table_html(self.state, self.lang)
        self.evidence.value = evidence_html(self.state, self.lang)

    def _top(self) -> list[w.DOMWidget]:
        return [self.picker, self.table, self.evidence]
