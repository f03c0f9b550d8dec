"""A Japanese reader meets no English: not in the prose, the widgets, the figures or the outputs.

What counts as English is any word outside a short allowlist (tests/seen_text.py:
product names, acronyms and units, commands and kernel names quoted verbatim).
Code (``<code>``, backticks), citations of sources (quoted as published, in
``<cite>`` or as data/ spells them), URLs and identifiers are not prose.

* every explorer built with ``lang="ja"``, with each control moved across its values,
  and every quiz answer checked, and the live panel on every captured machine;
* the sources table of every figure in data/;
* the Markdown of every notebook in notebooks/ja;
* every output of every ja notebook, executed, with the state of every widget it shows.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from seen_text import english, output_strings, widget_strings

from widgets import data, model
from widgets.explorables import (
    ComparisonTable,
    ConsolidationExplorer,
    HostExplorer,
    MachinePanel,
    Picker,
    Quiz,
    StartupExplorer,
    YearExplorer,
)
from widgets.explorables.base import allowed_values
from widgets.explorables.machine_panel import unshare_demo
from widgets.sources import table

ROOT = Path(__file__).resolve().parent.parent
JA = sorted((ROOT / "notebooks" / "ja").glob("[0-9][0-9]-*.ipynb"))
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "machine").iterdir())


def problems(where: str, strings) -> list[str]:
    found = []
    for s in strings:
        words = english(s)
        if words:
            found.append(f"{where}: {sorted(set(words))} in {s[:200]!r}")
    return found


def sweep(where: str, explorer) -> list[str]:
    """Every control moved across (a sample of) its values, one at a time; what shows at each."""
    found = problems(where, widget_strings(explorer.widget()))
    for name, control in explorer.controls.items():
        if control.disabled:
            continue
        start, values = control.value, list(allowed_values(control))
        if len(values) > 8:
            values = [*values[:: max(1, len(values) // 6)], values[-1]]
        for value in values:
            control.value = value
            found += problems(f"{where}, {name}={value!r}", widget_strings(explorer.widget()))
        control.value = start
    return found


def _explorers():
    from widgets.model import consolidation, growth, layers

    for platform in ("vm", "container", "microvm"):
        yield f"host-{platform}", lambda p=platform: HostExplorer("ja", model.default_state(platform=p))
    for machine in ("pc", "server"):
        yield f"year-{machine}", lambda m=machine: YearExplorer("ja", growth.default_state(machine=m))
    for platform in ("vm", "container", "nested"):
        yield (
            f"consolidation-{platform}",
            lambda p=platform: ConsolidationExplorer("ja", consolidation.default_state(platform=p)),
        )
    for place in layers.PLACES:
        yield f"picker-{place}", lambda p=place: Picker("ja", layers.default_state(place=p))
    yield "startup", lambda: StartupExplorer("ja")
    yield "comparison", lambda: ComparisonTable("ja")
    for root in FIXTURES:
        yield f"panel-{root.name}", lambda r=root: MachinePanel("ja", str(r), ask_first=False)


EXPLORERS = dict(_explorers())


@pytest.mark.parametrize("name", list(EXPLORERS))
def test_explorers_speak_japanese(name):
    found = sweep(name, EXPLORERS[name]())
    assert not found, "\n".join(found[:20])


def test_the_quiz_speaks_japanese_in_every_answer():
    quiz = Quiz("ja")
    found = problems("quiz", widget_strings(quiz.widget()))
    for q in quiz.questions:
        quiz.check(q.key)  # nothing chosen yet: the "pick first" feedback
        for choice in q.choices:
            quiz.answer(q.key, choice)
            found += problems(f"quiz {q.key}={choice}", widget_strings(quiz.widget()))
    assert not found, "\n".join(found[:20])


def test_the_namespace_demonstration_speaks_japanese():
    assert not problems("unshare", widget_strings(unshare_demo("ja")))


def test_the_sources_table_speaks_japanese():
    assert not problems("sources", [table(sorted(data.load_all()), "ja")])


def test_the_checker_finds_english():
    """The rules themselves: prose is caught, names, code, citations and identifiers are not."""
    assert english("メモリが足りません") == []
    assert english("Docker の VM は 64 GB、<code>/proc/meminfo</code> を読む") == []
    assert english("スライダー: Instances") == ["Instances"]
    assert english("%{y}<br>free memory<extra></extra>") == ["free", "memory"]
    cited = next(r.source for r in data.series("host.vcpu_ratio_vmware_typical"))
    assert english(f"出典: {cited}") == []
    assert english("<cite>Anything at all</cite> と `docker run --rm`") == []
    assert english("名前空間 (namespace) と**攻撃対象領域** (attack surface) と権限 (capabilities。root の)") == []
    assert english("the namespace (namespace)") == ["the", "namespace", "namespace"]


# -- the notebooks -------------------------------------------------------------------------------------


_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_FENCE = re.compile(r"```.*?```", re.S)


def markdown_text(source: str) -> str:
    """The prose of a Markdown cell: link targets and fenced code taken out (inline code goes in english())."""
    return _LINK_TARGET.sub("]", _FENCE.sub(" ", source))


def test_there_is_a_japanese_edition():
    assert JA, "no chapters in notebooks/ja"


@pytest.mark.parametrize("path", JA, ids=[p.name for p in JA])
def test_japanese_prose_has_no_english(path):
    nb = nbformat.read(path, as_version=4)
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            found += problems(f"{path.name} cell {i} ({cell.get('id')})", [markdown_text(cell.source)])
    assert not found, "\n".join(found[:20])


def _widget_state_strings(nb) -> list[str]:
    """The strings the executed notebook's widgets hold (nbclient stores their state in the metadata)."""
    from seen_text import figure_strings

    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {}).get("state", {})
    strings = []
    for model_state in state.values():
        name, values = model_state.get("model_name", ""), model_state.get("state", {})
        if "_widget_data" in values:  # a plotly FigureWidget (an anywidget in plotly 6 and later)
            figure = {"data": values["_widget_data"], "layout": values.get("_widget_layout", {})}
            strings += list(figure_strings(figure))
            continue
        if "bundle" in values:
            continue  # the plotly bundle (widgets.explorables.live.PlotlyBundle): code, not text
        for key in ("description", "tooltip", "placeholder"):
            if isinstance(values.get(key), str):
                strings.append(values[key])
        if name in ("HTMLModel", "HTMLMathModel", "LabelModel"):
            strings.append(values.get("value", ""))
        strings += [str(v) for v in values.get("_options_labels", []) or []]
        for target in values.get("targets", []) or []:
            strings += [str(target.get(k) or "") for k in ("name", "description")]
            strings += [str(v) for v in target.get("valuetexts") or []]
    return strings


@pytest.fixture(scope="module")
def executed():
    """Each ja notebook, run once by a kernel with its widgets' state kept (as nbval runs it, plus that)."""
    from nbclient import NotebookClient

    runs = {}
    for path in JA:
        nb = nbformat.read(path, as_version=4)
        NotebookClient(
            nb,
            timeout=180,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
            store_widget_state=True,
        ).execute()
        runs[path.name] = nb
    return runs


@pytest.mark.parametrize("path", JA, ids=[p.name for p in JA])
def test_japanese_outputs_have_no_english(executed, path):
    nb = executed[path.name]
    found = []
    for i, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", f"{path.name} cell {i}: {output.get('evalue')}"
            found += problems(f"{path.name} cell {i} output", list(output_strings(output)))
    found += problems(f"{path.name} widgets", _widget_state_strings(nb))
    assert not found, "\n".join(found[:20])
