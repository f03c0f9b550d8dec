"""An executed chapter carries its figures, not plotly's 5 MB widget bundle per figure (issue 11).

plotly's FigureWidget holds its widget bundle as widget state: an executed chapter stored it once per figure
(25.6 MB for chapter 5) and a page view sent it again. LiveFigure's module is a short loader and the bundle is a
file the server serves (widgets/served.py), so an executed notebook with its widget state stored stays small.
`make bench` prints the bytes a page view moves for every chapter.
"""

import json
from pathlib import Path

import nbclient
import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 1_000_000  # bytes: the target for an executed chapter, beyond its data


@pytest.mark.parametrize("name", ["05-why-virtualization", "06-consolidation"])  # the chapters with most figures
def test_an_executed_chapter_with_its_widget_state_is_under_a_megabyte(name, tmp_path):
    path = ROOT / "notebooks" / "en" / f"{name}.ipynb"
    nb = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        store_widget_state=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    figures = [s for s in state.values() if "_widget_data" in s["state"]]
    assert len(figures) >= 2, "the chapter's figures were not stored"
    out = tmp_path / path.name
    nbformat.write(nb, out)
    size = out.stat().st_size
    biggest = max(len(json.dumps(s)) for s in state.values())
    assert size <= LIMIT, f"{name} executed weighs {size:,} bytes (largest widget state {biggest:,})"
