"""Every explorer's box carries the accessibility helper, and it names every control, readout and figure."""

import ipywidgets as w
import pytest

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
from widgets.explorables.a11y import A11y

EXPLORERS = [
    HostExplorer,
    YearExplorer,
    ConsolidationExplorer,
    Picker,
    StartupExplorer,
    ComparisonTable,
    MachinePanel,
    Quiz,
]


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("cls", EXPLORERS, ids=lambda c: c.__name__)
def test_every_control_readout_and_figure_is_named(cls, lang):
    box = cls(lang).widget()
    parts = list(walk(box))
    helpers = [p for p in parts if isinstance(p, A11y)]
    assert len(helpers) == 1
    targets = {tg["cls"]: tg for tg in helpers[0].targets}

    def target(widget):
        found = [targets[c] for c in widget._dom_classes if c in targets]
        assert found, f"{type(widget).__name__} {getattr(widget, 'description', '')!r} is not named"
        return found[0]

    for p in parts:
        if isinstance(p, (w.IntSlider, w.SelectionSlider, w.ToggleButtons)):
            tg = target(p)
            assert tg["name"] == p.description and tg["name"].strip()
            if isinstance(p, w.SelectionSlider):
                assert tg["valuetexts"] == list(p._options_labels)
        if type(p).__name__ == "LiveFigure":
            tg = target(p)
            assert tg["kind"] == "figure" and tg["name"].strip() and tg["description"].strip()
    live = [tg for tg in targets.values() if tg["kind"] == "live"]
    assert live, "no readout is a live region"


def test_selection_slider_announces_labels_not_indexes():
    ex = HostExplorer("en")
    ex.widget()
    tg = next(tg for tg in ex.accessibility().targets if tg["name"] == "Host RAM")
    assert tg["valuetexts"][0] == "64 MB" and tg["valuetexts"][-1] == "4 TB"
    ratio = next(tg for tg in ex.accessibility().targets if tg["name"] == "vCPUs per core")
    assert ratio["valuetexts"][0] == "1 : 1"


def test_the_module_is_offline():
    assert "import " not in A11y._esm.split("export default")[0]  # no imports: nothing fetched
    assert "http" not in A11y._esm
