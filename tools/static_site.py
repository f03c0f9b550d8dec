"""Build the kernel-free pages: every chapter of every edition as a static HTML page (``make site``).

    python tools/static_site.py                 # into site/ (git-ignored)
    python tools/static_site.py --out /tmp/s    # anywhere else

What a page holds, and where it comes from:

- **Prose and navigation**: the chapter's Markdown cells, rendered by nbconvert's HTML exporter
  (the ``basic`` template: the body only, with the same Markdown renderer JupyterLab's export
  uses), check cells removed by their ``remove-cell`` tag, code hidden. Links to a chapter
  (``02-two-stacks.ipynb``, ``../ja/02-two-stacks.ipynb``) point to its page (``.html``).
- **What a code cell shows**: the chapter runs in this process (an IPython shell, one fresh
  namespace per chapter, the chapter's own code), and the value a cell displays decides what
  stands in its place: a sources table stays a table (:func:`widgets.sources.table`); an
  explorer's box becomes its figures with plotly's own sliders (below); a figure shown alone
  stays a figure; printed text stays text.
- **Widgets that need Python** show a notice (``site.needs.*``) with a "run this chapter live"
  link: Binder when tools/links.py has a release in pyproject.toml's ``[tool.essay]``, otherwise
  the site's own instructions (``index.html#live``). What reads the reader's machine
  (:data:`PROBES`) is never run while the site is built: a cell that calls one shows the notice
  instead; explorers with no figure to precompute (:data:`KERNEL_EXPLORERS`) and the parts of an
  explorer that run Python beyond its figures (:data:`KERNEL_PARTS`) do the same.

The figures stay interactive with no kernel. No figure is drawn twice: the states are made by
the explorer itself. For each control the box shows, the explorer is moved with
:meth:`~widgets.explorables.base.Explorable.update` across the values the control offers, one
control at a time from where the chapter starts it, and each figure is read as the explorer's
builders drew it (:func:`widgets.explorables.live.trace_props` / ``layout_props``), as are its
readouts. This module only turns those states into plotly frames: a base frame (every property
any state changes, at its starting value) and, per state, what differs from it (``baseframe``).
A box's controls become plotly sliders, one per control, in a figure of their own above its
readouts and figures (where the live box has its controls); their labels and their steps' labels
are the widgets' own (the text keys the widgets use), so both editions read in their language.
A control with more than :data:`MAX_STEPS` values offers a selection (doubling from its smallest
value, with its largest and its starting value), said under the figures. Two controls together
would need a grid of states: a page offers one at a time, and moving one puts the others back
where they started (said under the figures).

site/essay.js (written here) draws the figures; when a slider moves, it plays the frame its step
names on each figure of the box (``Plotly.animate``), shows that state's readouts and puts the
other sliders back. plotly.js is written once, from the installed plotly package, as
site/plotly.min.js; no page asks for anything beyond the site (fonts are the system fonts the
figures' theme names; plotly's "Share chart" upload button is switched off).

Size: each page, without the shared plotly.min.js, stays within :data:`PAGE_BUDGET` bytes
(tests/test_site.py checks every page).
"""

from __future__ import annotations

import argparse
import contextlib
import html
import io
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import ipywidgets as w
import nbformat
import plotly.io as pio
from IPython.core.displayhook import DisplayHook
from IPython.core.interactiveshell import InteractiveShell
from nbconvert import HTMLExporter
from plotly.offline import get_plotlyjs
from plotly.utils import PlotlyJSONEncoder
from traitlets.config import Config

sys.path.insert(0, str(Path(__file__).resolve().parent))
import links  # tools/ is not a package: links.py knows the release, nav.py the chapters
import nav

from widgets.explorables.a11y import A11y
from widgets.explorables.base import Explorable, allowed_values
from widgets.explorables.live import layout_props, trace_props
from widgets.explorables.machine_panel import MachinePanel
from widgets.explorables.quiz import Quiz
from widgets.explorables.startup import StartupExplorer
from widgets.figures import theme
from widgets.sources import Sources
from widgets.text import t

ROOT = nav.ROOT
OUT = ROOT / "site"
LANGS = nav.LANGS

#: Bytes a chapter page may take, its figures' precomputed states included, besides the shared
#: plotly.min.js (about 4.8 MB, once per site) and the site's own essay.js and essay.css.
PAGE_BUDGET = 400_000
#: A control with more values than this offers a selection of them (see :func:`offered`).
MAX_STEPS = 40

#: What reads the reader's own machine, where the chapters' code looks it up, and the notice
#: (``site.needs.<kind>``) that stands in place of a cell that calls it.
PROBES = {
    "widgets.probes.timing.measure": "timer",
    "widgets.probes.namespaces.unshare_demo": "unshare",
    "widgets.probes.machine.read_machine": "machine",
    "widgets.model.kernel.read_machine": "machine",
}
#: Explorers with no figure to precompute: what each needs Python for. (The quiz has no figure
#: either, but works without Python: see :meth:`Page.quiz`.)
KERNEL_EXPLORERS = {MachinePanel: "machine"}
#: Explorers whose box holds more than their figures' controls (a button that runs something):
#: those parts (other controls, buttons, readouts) become this notice.
KERNEL_PARTS = {StartupExplorer: "timer"}

#: How essay.js plays a state's frame: at once, redrawn, with no transition.
ANIMATE = {"mode": "immediate", "frame": {"duration": 0, "redraw": True}, "transition": {"duration": 0}}
#: A slider's height on the page, px: its current value, rail, ticks and step labels.
SLIDER_PX = 80
#: Room at each end of a slider for its first and last step's labels, px; the colour of its labels.
SLIDER_INSET_PX, INK = 40, "#2a3f5f"
#: A slider with more steps than this hides its step labels (its current value still shows).
LABELLED_STEPS = 12
#: plotly.js's options for every figure: fill the column; no logo linking out, and no "Share chart"
#: button, which would upload the figure to Plotly's cloud. The sliders' panel has no mode bar at all.
PLOT_CONFIG = {"responsive": True, "displaylogo": False, "showSendToCloud": False}
PANEL_CONFIG = {**PLOT_CONFIG, "displayModeBar": False}
#: The file that marks a folder as a site this tool built, so that it may empty it.
MARK = ".essay-site"
CHAPTER_LINK = re.compile(r'href="((?:\.\./[a-z]{2}/)?\d\d-[a-z0-9-]+)\.ipynb(#[^"]*)?"')


class NeedsKernel(Exception):
    """A cell asked for something that reads the reader's machine (one of :data:`PROBES`)."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


# ---------------------------------------------------------------- the precomputed states


@dataclass(frozen=True)
class Control:
    """One control of an explorer as a kernel-free page offers it."""

    name: str  # its key in the explorer's ``controls``
    label: str  # its description, as the widget shows it
    values: tuple  # the values offered here
    labels: tuple[str, ...]  # each value as the widget labels it
    start: int  # index of the value the chapter starts it at
    total: int  # how many values the live control has


def offered(values: list, start: object, limit: int = MAX_STEPS) -> list:
    """The values a page offers: all of them up to ``limit``; past it, for whole numbers from 1,
    the doublings of the smallest, the largest and the starting value; otherwise evenly spaced ones."""
    if len(values) <= limit:
        return list(values)
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values) and values[0] >= 1:
        picks, v = {values[0], values[-1], start}, values[0]
        while v <= values[-1]:
            picks.add(v)
            v *= 2
    else:
        picks = {values[round(i * (len(values) - 1) / (limit - 2))] for i in range(limit - 1)} | {start}
    return [v for v in values if v in picks]


def _value_labels(control: w.ValueWidget, values: list, lang: str) -> tuple[str, ...]:
    options = getattr(control, "options", None)
    if options:
        named = {(o[1] if isinstance(o, tuple) else o): str(o[0] if isinstance(o, tuple) else o) for o in options}
        return tuple(named[v] for v in values)
    if isinstance(control, (w.Checkbox, w.ToggleButton)):
        return tuple(t("site.control.on" if v else "site.control.off", lang) for v in values)
    return tuple(str(v) for v in values)


def control(name: str, widget: w.ValueWidget, lang: str) -> Control:
    """A control as the page offers it: its label and its values' labels are the widget's own."""
    every = list(allowed_values(widget))
    values = offered(every, widget.value)
    return Control(
        name=name,
        label=widget.description or name,
        values=tuple(values),
        labels=_value_labels(widget, values, lang),
        start=values.index(widget.value),
        total=len(every),
    )


def _pruned(value):
    """Plain JSON without empty objects: plotly leaves ``marker: {}`` on a trace whose marker was only looked at."""
    if isinstance(value, dict):
        kept = {k: _pruned(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v != {}}
    if isinstance(value, list):
        return [_pruned(v) for v in value]
    return value


def figure_dict(figure) -> dict:
    """A figure as the builders drew it, plain JSON, without the shared theme (essay.js adds it)
    and without the ids a FigureWidget gives its traces (plotly.js makes its own)."""
    plain = json.loads(json.dumps({"data": trace_props(figure), "layout": layout_props(figure)}, cls=PlotlyJSONEncoder))
    plain["layout"].pop("template", None)
    for trace in plain["data"]:
        trace.pop("uid", None)
    return _pruned(plain)


@dataclass
class States:
    """What one explorer box shows in each state the page offers: state 0 is where the chapter
    starts; then, per control, each other value it offers (the other controls where they started)."""

    controls: list[Control]
    moves: list[tuple[int, int] | None]  # per state: (control index, value index), None for the start
    figures: dict[str, list[dict]]  # figure key -> its figure in each state
    views: list[list[str]]  # per HTML view of the box, its HTML in each state

    def id(self, state: int) -> str:
        return f"s{state}"

    def state_of(self, control: int, value: int) -> int:
        """The state a control's step shows: the start for the value the chapter starts it at."""
        if value == self.controls[control].start:
            return 0
        return self.moves.index((control, value))


def enumerate_states(explorer: Explorable, controls: list[Control], figures: list[str], views: list) -> States:
    """Move the explorer through every state the page offers; put it back where it was."""

    def snap() -> None:
        for key in figures:
            shots[key].append(figure_dict(explorer.figures[key]))
        for view, html_now in zip(views, seen, strict=True):
            html_now.append(view.value)

    shots: dict[str, list[dict]] = {key: [] for key in figures}
    seen: list[list[str]] = [[] for _ in views]
    moves: list[tuple[int, int] | None] = [None]
    snap()
    for ci, c in enumerate(controls):
        for vi, value in enumerate(c.values):
            if vi != c.start:
                explorer.update(**{c.name: value})
                moves.append((ci, vi))
                snap()
        explorer.update(**{c.name: c.values[c.start]})
    return States(controls, moves, shots, seen)


# ---------------------------------------------------------------- states -> plotly frames and sliders


def _leaves(tree: dict, prefix: tuple = ()) -> Iterator[tuple[tuple, object]]:
    for key, value in tree.items():
        if isinstance(value, dict) and value:
            yield from _leaves(value, (*prefix, key))
        else:
            yield (*prefix, key), value


def _nest(paths: dict[tuple, object]) -> dict:
    out: dict = {}
    for path, value in paths.items():
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return out


def _changes(base: dict, other: dict) -> dict[tuple, object]:
    """The leaf paths whose values differ (a path set on one side only counts, as None on the other)."""
    a, b = dict(_leaves(base)), dict(_leaves(other))
    return {p: b.get(p) for p in a.keys() | b.keys() if a.get(p) != b.get(p)}


def frames(shots: list[dict], ids: list[str]) -> list[dict]:
    """Plotly frames for a figure's states: the first holds, at its starting value, every property
    any state changes; each other state's frame holds what differs from it (``baseframe``)."""
    base = shots[0]
    count = len(base["data"])
    if any(len(s["data"]) != count for s in shots):
        raise ValueError("a figure's trace count changed with its state; the figure contract forbids it")
    data_changes = [[_changes(base["data"][i], s["data"][i]) for i in range(count)] for s in shots]
    layout_changes = [_changes(base["layout"], s["layout"]) for s in shots]
    union = [set().union(*(c[i] for c in data_changes)) for i in range(count)]
    layout_union = set().union(*layout_changes)
    base_leaves = [dict(_leaves(trace)) for trace in base["data"]]
    layout_leaves = dict(_leaves(base["layout"]))
    changing = [i for i in range(count) if union[i]]
    out = [
        {
            "name": ids[0],
            "traces": changing,
            "data": [_nest({p: base_leaves[i].get(p) for p in sorted(union[i])}) for i in changing],
            "layout": _nest({p: layout_leaves.get(p) for p in sorted(layout_union)}),
        }
    ]
    for state in range(1, len(shots)):
        traces = [i for i in range(count) if data_changes[state][i]]
        out.append(
            {
                "name": ids[state],
                "baseframe": ids[0],
                "traces": traces,
                "data": [_nest(data_changes[state][i]) for i in traces],
                "layout": _nest(layout_changes[state]),
            }
        )
    return out


def controls_figure(states: States) -> dict:
    """A plotly figure holding only the box's sliders, one per control, each labelled as the widget is.

    Its steps run nothing themselves (``method: "skip"``): each names the frame of the state it
    shows, and essay.js plays that frame on every figure of the box."""
    sliders = []
    height = SLIDER_PX * len(states.controls)
    for ci, c in enumerate(states.controls):
        steps = [
            {"label": label, "method": "skip", "args": [states.id(states.state_of(ci, vi))]}
            for vi, label in enumerate(c.labels)
        ]
        labelled = len(steps) <= LABELLED_STEPS
        sliders.append(
            {
                "name": c.name,
                "active": c.start,
                "steps": steps,
                "x": 0,
                "len": 1,
                "xanchor": "left",
                "y": 1 - ci / len(states.controls),
                "yanchor": "top",
                "pad": {"t": 0, "b": 0, "l": 0, "r": SLIDER_INSET_PX},
                "currentvalue": {"prefix": f"{c.label}: ", "xanchor": "left", "font": {"size": 13, "color": INK}},
                "font": {"size": 11, "color": INK if labelled else "rgba(0,0,0,0)"},
                "ticklen": 5 if labelled else 3,
                "minorticklen": 2,
                "transition": {"duration": 0},
            }
        )
    hidden = {"visible": False, "fixedrange": True}
    layout = {
        "height": height,
        "margin": {"t": 0, "b": 0, "l": SLIDER_INSET_PX, "r": SLIDER_INSET_PX},
        "xaxis": hidden,
        "yaxis": hidden,
        "sliders": sliders,
    }
    return {"data": [], "layout": layout}


# ---------------------------------------------------------------- what a code cell shows


def _tree(widget: w.Widget) -> Iterator[w.Widget]:
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _tree(child)


def _figure_names(box: w.Box) -> dict[int, tuple[str, str]]:
    """id(figure widget) -> (accessible name, description), from the box's accessibility helper."""
    helper = next((c for c in _tree(box) if isinstance(c, A11y)), None)
    found = {}
    for target in helper.targets if helper else ():
        if target.get("kind") == "figure":
            for widget in _tree(box):
                if target["cls"] in getattr(widget, "_dom_classes", ()):
                    found[id(widget)] = (target["name"], target.get("description", ""))
    return found


def _json_script(payload: dict) -> str:
    text = json.dumps(payload, cls=PlotlyJSONEncoder, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"<script type='application/json' class='essay-data'>{text}</script>"


def _figure_html(name: str, description: str) -> str:
    return (
        f"<figure class='essay-figure' aria-label='{html.escape(name, quote=True)}' "
        f"aria-description='{html.escape(description, quote=True)}'><div class='essay-plot'></div></figure>"
    )


class Page:
    """What one chapter page needs to know while its cells run: its language and its live link."""

    def __init__(self, lang: str, live_href: str):
        self.lang, self.live_href = lang, live_href

    def notice(self, kind: str) -> str:
        return (
            f"<aside class='essay-needs-kernel' role='note'><p>{html.escape(t(f'site.needs.{kind}', self.lang))} "
            f"<a class='essay-live' href='{html.escape(self.live_href, quote=True)}'>"
            f"{html.escape(t('site.live.link', self.lang))}</a></p></aside>"
        )

    def shown(self, value: object, printed: str) -> str:
        """What stands on the page in place of a code cell that displayed ``value`` and printed ``printed``."""
        parts = [f"<p class='essay-printed'>{html.escape(line)}</p>" for line in printed.splitlines() if line.strip()]
        if isinstance(value, Sources):
            parts.append(value._repr_html_())
        elif isinstance(value, w.Box) and getattr(value, "explorer", None) is not None:
            parts.append(self.explorer(value))
        elif isinstance(value, w.Box) and getattr(value, "figure", None) is not None:
            parts.append(self.figures(value, [value.figure]))
        elif value is not None:
            raise ValueError(f"the site cannot show a {type(value).__name__}; teach tools/static_site.py what it is")
        return "".join(parts)

    def explorer(self, box: w.Box) -> str:
        explorer = box.explorer
        if type(explorer) in KERNEL_EXPLORERS:
            return self.notice(KERNEL_EXPLORERS[type(explorer)])
        if isinstance(explorer, Quiz):
            return self.quiz(explorer)
        inside = {id(x) for x in _tree(box)}
        names = [n for n, c in explorer.controls.items() if id(c) in inside]
        controls = [control(n, explorer.controls[n], self.lang) for n in names]
        figures = [k for k, f in explorer.figures.items() if id(f) in inside]
        kernel_part = KERNEL_PARTS.get(type(explorer))
        skip = {id(r) for r in explorer.readouts} if kernel_part else set()
        views = [x for x in _tree(box) if isinstance(x, w.HTML) and id(x) not in skip]
        states = enumerate_states(explorer, controls, figures, views)
        out = self.figures(box, [explorer.figures[k] for k in figures], states, type(explorer).__name__)
        if kernel_part:
            out += self.notice(kernel_part)
        return out

    def quiz(self, quiz: Quiz) -> str:
        """The quiz with no Python: each choice opens (``<details>``) on the feedback the quiz gives for it."""
        parts = [f"<p class='essay-note'>{html.escape(t('site.quiz.how', self.lang))}</p>"]
        for q in quiz.questions:
            parts.append(quiz.prompts[q.key].value)
            for label, choice in quiz.radios[q.key].options:
                quiz.answer(q.key, choice)
                parts.append(
                    f"<details class='essay-choice'><summary>{html.escape(label)}</summary>"
                    f"{quiz.feedback[q.key].value}</details>"
                )
        return f"<div class='essay-quiz'>{''.join(parts)}</div>"

    def figures(self, box: w.Box, widgets: list, states: States | None = None, explorer: str = "") -> str:
        """The box as the page shows it: its controls (sliders), its readouts, its figures, a note.

        The JSON it carries names the explorer and each figure's key (for tests/test_site.py)."""
        names = _figure_names(box)
        payload: dict = {"explorer": explorer, "figures": []}
        parts = []
        if states is not None and states.controls:
            payload["controls"] = controls_figure(states)
            payload["states"] = [states.id(s) for s in range(len(states.moves))]
            label = html.escape(t("site.controls", self.lang), quote=True)
            parts.append(f"<div class='essay-controls' role='group' aria-label='{label}'></div>")
        if states is not None:
            parts += self._views(states, payload)
        for widget in widgets:
            fig = figure_dict(widget)
            if states is not None:
                fig["key"] = next(k for k, f in box.explorer.figures.items() if f is widget)
            if states is not None and states.controls:
                fig["frames"] = frames(states.figures[fig["key"]], payload["states"])
            payload["figures"].append(fig)
            parts.append(_figure_html(*names.get(id(widget), ("", ""))))
        if states is not None and states.controls:
            parts.append(self._note(states))
        return f"<div class='essay-figures'>{''.join(parts)}{_json_script(payload)}</div>"

    @staticmethod
    def _views(states: States, payload: dict) -> list[str]:
        """The box's HTML views: fixed ones as they are, ones that follow the state as a list of variants."""
        parts, variants = [], []
        for values in states.views:
            unique = list(dict.fromkeys(values))
            if len(unique) == 1:
                parts.append(f"<div class='essay-view'>{unique[0]}</div>")
            else:
                parts.append(
                    f"<div class='essay-view' data-view='{len(variants)}' aria-live='polite'>{values[0]}</div>"
                )
                variants.append({"html": unique, "at": [unique.index(v) for v in values]})
        payload["views"] = variants
        return parts

    def _note(self, states: States) -> str:
        lines = [t("site.static.note", self.lang)] if len(states.controls) > 1 else []
        for c in states.controls:
            if len(c.values) < c.total:
                lines.append(t("site.static.sampled", self.lang, control=c.label, count=len(c.values), total=c.total))
        text = " ".join(html.escape(line) for line in lines)
        return (
            f"<p class='essay-note'>{text} <a class='essay-live' href='{html.escape(self.live_href, quote=True)}'>"
            f"{html.escape(t('site.live.link', self.lang))}</a></p>"
        )


class _Displayed(DisplayHook):
    """Keeps the value a cell displays (what Jupyter would show) without formatting or printing it."""

    def __call__(self, result=None):
        if result is not None:
            self.fill_exec_result(result)


@contextlib.contextmanager
def _probes_refused() -> Iterator[None]:
    def refuse(kind: str):
        def probe(*args, **kwargs):
            raise NeedsKernel(kind)

        return probe

    with contextlib.ExitStack() as stack:
        for target, kind in PROBES.items():
            stack.enter_context(mock.patch(target, refuse(kind)))
        yield


def _is_check(cell) -> bool:
    return "check" in cell.metadata.get("tags", [])


def run_chapter(nb, page: Page, shell: InteractiveShell) -> dict[int, str]:
    """Run a chapter's code cells (check cells too: a failing check stops the build) and return,
    by cell index, the HTML each reader-visible code cell shows on the page."""
    shell.reset(new_session=False)
    shown: dict[int, str] = {}
    with _probes_refused():
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                result = shell.run_cell(cell.source, store_history=False)
            error = result.error_before_exec or result.error_in_exec
            if isinstance(error, NeedsKernel) and not _is_check(cell):
                shown[index] = page.notice(error.kind)
            elif error is not None:  # a check cell that fails, or reads the machine, stops the build
                raise RuntimeError(f"cell {index} failed while building the site:\n{printed.getvalue()}") from error
            elif not _is_check(cell):
                shown[index] = page.shown(result.result, printed.getvalue())
    return shown


# ---------------------------------------------------------------- pages


def live_href(lang: str, name: str) -> str:
    """Where "run this chapter live" leads: Binder (JupyterLab) for a configured release, else index.html#live."""
    release = links.from_config(links.configured())
    chapter = next((c for c in links.chapters(lang) if Path(c.path).name == name), None)
    if release is None or chapter is None:
        return "../index.html#live"
    return links.binder(release, chapter)


def _link(match: re.Match) -> str:
    target, anchor = match.groups()
    return f'href="{target}.html{anchor or ""}"'


def render(nb, shown: dict[int, str]) -> str:
    """The chapter's body: Markdown as nbconvert renders it, each code cell replaced by what it shows."""
    cells = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            cells.append(cell)
        elif shown.get(index):
            out = nbformat.v4.new_code_cell("")
            out.outputs = [nbformat.v4.new_output("display_data", data={"text/html": shown[index]})]
            cells.append(out)
    page = nbformat.v4.new_notebook(cells=cells, metadata=nb.metadata)
    exporter = HTMLExporter(
        template_name="basic", exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True
    )
    body, _ = exporter.from_notebook_node(page)
    return CHAPTER_LINK.sub(_link, body)


def _shell(lang: str, title: str, body: str, up: str = "../") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="{up}essay.css">
<script src="{up}plotly.min.js"></script>
<script src="{up}essay.js"></script>
</head>
<body>
<main class="essay-page">
{body}
</main>
</body>
</html>
"""


def chapter_page(path: Path, shell: InteractiveShell) -> str:
    lang = path.parent.name
    nb = nbformat.read(path, as_version=4)
    page = Page(lang, live_href(lang, path.name))
    body = render(nb, run_chapter(nb, page, shell))
    banner = (
        f"<p class='essay-banner'>{html.escape(t('site.banner', lang))} "
        f"<a class='essay-live' href='{html.escape(page.live_href, quote=True)}'>"
        f"{html.escape(t('site.live.link', lang))}</a></p>"
    )
    return _shell(lang, nav.title(nb), banner + body)


def _code(text: str) -> str:
    """A text-table string as HTML, each `name` in backticks set in <code>."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def index_page() -> str:
    """site/index.html: both editions' chapters, and how to run them live."""
    parts = []
    for lang in LANGS:
        chapters = nav.chapters(lang)
        if not chapters:
            continue
        items = "".join(
            f"<li><a href='{lang}/{p.stem}.html'>{html.escape(nav.title(nbformat.read(p, as_version=4)))}</a></li>"
            for p in chapters
        )
        parts.append(
            f"<section lang='{lang}'><h1>{html.escape(t('site.index.title', lang))}</h1>"
            f"<p>{html.escape(t('site.index.intro', lang))}</p>"
            f"<h2>{html.escape(nav.EDITION_NAMES[lang])}</h2><ol start='0'>{items}</ol></section>"
        )
    live = "".join(
        f"<section lang='{lang}'><h2>{html.escape(t('site.live.heading', lang))}</h2>"
        f"<p>{_code(t('site.live.howto', lang))}</p></section>"
        for lang in LANGS
    )
    return _shell(LANGS[0], t("site.index.title", LANGS[0]), "".join(parts) + f"<div id='live'>{live}</div>", "")


ESSAY_JS = r"""/* Kernel-free pages (tools/static_site.py): draw each figure with the site's one plotly.js. A box with
   controls holds a plotly figure of sliders; a step names a state, and this script plays that state's
   precomputed frame on each of the box's figures, shows that state's readouts and puts the other
   sliders back where they started; a slider also takes the arrow keys. A box is marked data-ready once
   it is drawn and answers. */
(() => {
  const TEMPLATE = %(template)s;
  const ANIMATE = %(animate)s;
  const CONFIG = %(config)s;
  const PANEL_CONFIG = %(panel)s;

  function draw(gd, fig, config = CONFIG) {
    fig.layout.template = TEMPLATE;
    const drawn = Plotly.newPlot(gd, fig.data, fig.layout, config);
    return fig.frames ? drawn.then(() => Plotly.addFrames(gd, fig.frames)) : drawn;
  }

  function start(box) {
    const spec = JSON.parse(box.querySelector('script.essay-data').textContent);
    const plots = [...box.querySelectorAll('.essay-plot')];
    const panel = box.querySelector('.essay-controls');
    const views = [...box.querySelectorAll('.essay-view[data-view]')];
    const drawn = plots.map((gd, i) => draw(gd, spec.figures[i]));
    // The box says when it is drawn and its sliders answer (what the browser tests wait for).
    const ready = () => { box.dataset.ready = 'true'; };
    if (!panel) {
      Promise.all(drawn).then(ready);
      return;
    }
    const starts = spec.controls.layout.sliders.map((s) => s.active);
    const show = (id, moved) => {
      const at = spec.states.indexOf(id);
      if (at < 0) return;
      const back = {};
      starts.forEach((first, i) => {
        if (i !== moved && panel.layout.sliders[i].active !== first) back[`sliders[${i}].active`] = first;
      });
      if (Object.keys(back).length) Plotly.relayout(panel, back);
      plots.forEach((gd) => Plotly.animate(gd, [id], ANIMATE));
      views.forEach((view) => {
        const variants = spec.views[Number(view.dataset.view)];
        view.innerHTML = variants.html[variants.at[at]];
      });
      name();
    };
    // plotly's sliders answer the mouse only: give each a name, its value's label and the keys a
    // slider takes (arrows, Home, End), as the live ipywidgets sliders have.
    const keys = {ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1};
    const name = () => {
      panel.querySelectorAll('g.slider-group').forEach((g, i) => {
        const s = panel.layout.sliders[i];
        const attrs = {tabindex: '0', role: 'slider', 'aria-label': s.currentvalue.prefix.replace(/:\s*$/, ''),
          'aria-valuemin': '0', 'aria-valuemax': String(s.steps.length - 1), 'aria-valuenow': String(s.active),
          'aria-valuetext': s.steps[s.active].label};
        for (const [k, v] of Object.entries(attrs)) if (g.getAttribute(k) !== v) g.setAttribute(k, v);
        if (g.__keyed) return;
        g.__keyed = true;
        g.addEventListener('keydown', (e) => {
          const now = panel.layout.sliders[i];
          const to = e.key === 'Home' ? 0 : e.key === 'End' ? now.steps.length - 1 : now.active + (keys[e.key] || NaN);
          if (!(to >= 0 && to < now.steps.length) || to === now.active) return;
          e.preventDefault();
          show(now.steps[to].args[0], i);
          Plotly.relayout(panel, {[`sliders[${i}].active`]: to}).then(name);
        });
      });
    };
    Promise.all([...drawn, draw(panel, spec.controls, PANEL_CONFIG)]).then(() => {
      panel.on('plotly_sliderchange', (e) => show(e.step.args[0], e.slider._index));
      panel.on('plotly_afterplot', name);
      name();
      ready();
    });
  }

  const ready = () => document.querySelectorAll('.essay-figures').forEach(start);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
"""

ESSAY_CSS = """/* Kernel-free pages (tools/static_site.py): the theme's system fonts; nothing fetched. */
body { margin: 0; font-family: %(font)s; font-size: 16px; line-height: 1.6; color: #1a1a1a; background: #fff; }
.essay-page { max-width: 60em; margin: 0 auto; padding: 1em 1.5em 4em; }
.essay-banner, .essay-note, .essay-needs-kernel { font-size: 0.92em; background: #f4f6f8;
  border-left: 4px solid #9aa5b1; padding: 0.5em 0.9em; }
.essay-needs-kernel { border-left-color: #d08b00; background: #fff7e6; }
.essay-figure { margin: 0.5em 0; }
.essay-view { margin: 0.5em 0; max-width: 52em; }
.essay-controls g.slider-group:focus { outline: 2px solid #2a3f5f; outline-offset: 2px; }
.essay-choice { margin: 0.3em 0 0.3em 1em; }
.essay-choice summary { cursor: pointer; }
.anchor-link { display: none; }
table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0; }
th, td { border-bottom: 1px solid #e2e6ea; padding: 3px 10px; text-align: left; vertical-align: top; }
code { font-size: 0.92em; background: #f4f6f8; padding: 0 0.2em; }
h1, h2, h3 { line-height: 1.3; }
"""


def _empty(out: Path) -> None:
    """Make ``out`` an empty folder: it may be missing, empty, or a site this tool wrote (it holds MARK)."""
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out must be a folder, got the file {out}")
    if out.is_dir() and any(out.iterdir()):
        if not (out / MARK).is_file():
            raise ValueError(
                f"--out must be empty or a site tools/static_site.py built (with {MARK}); {out} is neither"
            )
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / MARK).write_text("Built by tools/static_site.py (make site); emptied and rebuilt by it.\n", encoding="utf-8")


def write_site(out: Path = OUT, langs: tuple[str, ...] = LANGS) -> list[Path]:
    """Build the whole site into ``out`` (emptied first); the pages written, chapters first."""
    _empty(out)
    (out / "plotly.min.js").write_text(get_plotlyjs(), encoding="utf-8")
    template = json.dumps(pio.templates[theme.NAME].to_plotly_json(), cls=PlotlyJSONEncoder, separators=(",", ":"))
    script = {"template": template, "animate": ANIMATE, "config": PLOT_CONFIG, "panel": PANEL_CONFIG}
    (out / "essay.js").write_text(
        ESSAY_JS % {k: v if isinstance(v, str) else json.dumps(v) for k, v in script.items()}, encoding="utf-8"
    )
    (out / "essay.css").write_text(ESSAY_CSS % {"font": theme.FONT}, encoding="utf-8")
    pages = []
    # The shell that runs the chapters keeps no history and its profile in a throwaway folder:
    # the build writes nothing outside ``out``.
    with tempfile.TemporaryDirectory() as profile:
        config = Config({"HistoryManager": {"enabled": False}})
        shell = InteractiveShell(displayhook_class=_Displayed, config=config, ipython_dir=profile)
        for lang in langs:
            (out / lang).mkdir()
            for path in nav.chapters(lang):
                target = out / lang / f"{path.stem}.html"
                target.write_text(chapter_page(path, shell), encoding="utf-8")
                pages.append(target)
    (out / "index.html").write_text(index_page(), encoding="utf-8")
    pages.append(out / "index.html")
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the site (emptied first; default site/)")
    args = parser.parse_args(argv)
    try:
        pages = write_site(args.out)
    except ValueError as err:
        parser.error(str(err))
    for page in pages:
        size = page.stat().st_size
        print(f"{page.relative_to(args.out)}  {size / 1000:.0f} kB")
    plotly_mb = (args.out / "plotly.min.js").stat().st_size / 1e6
    budget = PAGE_BUDGET / 1000
    print(f"{len(pages)} pages in {args.out} (budget {budget:.0f} kB a page); plotly.min.js once ({plotly_mb:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
