"""The project's own promises: pins agree, navigation is fresh, notebooks are clean."""

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;#]+)$")


def pins(lines):
    out = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith(("#", "-r")):
            continue
        match = PIN.match(line)
        assert match, f"not an exact pin: {line!r}"
        out[match.group(1).lower().replace("_", "-")] = match.group(2)
    return out


def test_environment_yml_pins_what_requirements_txt_pins():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    deps = env["dependencies"]
    assert "python=3.11" in deps
    pip_section = next(d["pip"] for d in deps if isinstance(d, dict))
    assert pins(pip_section) == pins((ROOT / "requirements.txt").read_text().splitlines())


def test_the_build_takes_plotly_at_the_pinned_version():
    """setup.py copies plotly's widget bundle from the build's plotly: the version a reader's kernel runs."""
    import tomllib

    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    plotly = [r for r in build if r.startswith("plotly")]
    assert plotly == [f"plotly=={pins((ROOT / 'requirements.txt').read_text().splitlines())['plotly']}"]


def test_the_environment_serves_plotlys_widget_bundle():
    """make venv (an editable install, which leaves data files out) put the bundle where Jupyter serves it."""
    from jupyter_core.paths import jupyter_path

    from widgets import served

    found = [Path(p) / served.relative_url() for p in jupyter_path("labextensions")]
    found = [p for p in found if p.is_file()]
    assert found, f"{served.relative_url()} is in no labextensions folder: run `make venv`"
    assert found[0].read_bytes() == served.source().read_bytes()


def test_every_dependency_is_pinned_and_installed_at_that_version():
    from importlib.metadata import version

    wanted = pins((ROOT / "requirements.txt").read_text().splitlines())
    wanted |= pins((ROOT / "requirements-dev.txt").read_text().splitlines())
    for name, pinned in wanted.items():
        assert version(name) == pinned, f"{name}: installed {version(name)}, pinned {pinned}"


def test_declared_package_data_exists():
    import tomllib

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    for package, files in declared.items():
        for name in files:
            assert list((ROOT / package.replace(".", "/")).glob(name)), f"pyproject declares {package}/{name}"


def test_navigation_and_readme_chapter_list_are_fresh():
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "nav.py"), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_chapter_is_listed_in_the_readme_and_the_index():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    index = nbformat.read(ROOT / "notebooks" / "en" / "00-index.ipynb", as_version=4)
    contents = next(c.source for c in index.cells if "contents" in c.metadata.get("tags", []))
    for path in sorted((ROOT / "notebooks" / "en").glob("[0-9][0-9]-*.ipynb")):
        assert f"notebooks/en/{path.name}" in readme
        if not path.name.startswith("00-"):
            assert f"]({path.name})" in contents


TEMPLATE = ROOT / "notebooks" / "_template.ipynb"
MARKER = re.compile(r"^#|\*\*[^*]+[.:]\*\*", re.M)
LEAD_IN = re.compile(r"\*\*[^*]+[.:]\*\*")


def skeleton_markers(lang: str) -> list[str]:
    """What every chapter's Markdown holds, in order, read from the template's cells tagged
    "skeleton": its "## " headings, a "# " title and its bold lead-ins ("**Overview.**").
    Another language lists its own markers in that cell's metadata: {"skeleton": {"ja": [...]}}."""
    markers = []
    for cell in nbformat.read(TEMPLATE, as_version=4).cells:
        if cell.cell_type != "markdown" or "skeleton" not in cell.metadata.get("tags", []):
            continue
        if lang != "en":
            own = cell.metadata.get("skeleton", {}).get(lang)
            assert own is not None or not MARKER.search(cell.source), (
                f"notebooks/_template.ipynb: a skeleton cell has no {lang} markers in its metadata"
            )
            markers += own or []
            continue
        for line in cell.source.splitlines():
            if line.startswith("#"):
                markers.append(line if line.startswith("## ") else "# ")
            else:
                markers += LEAD_IN.findall(line)
    return markers


def test_the_template_is_a_chapter_skeleton():
    nb = nbformat.read(TEMPLATE, as_version=4)
    assert skeleton_markers("en")[:4] == ["# ", "**Overview.**", "**Prerequisites:**", "**Time to read:**"]
    assert {"## Try this", "## Summary", "## Sources"} <= set(skeleton_markers("en"))
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert code[0].startswith('LANG = "en"') and "sources(" in code[-1]


def test_chapters_follow_the_skeleton():
    """Every chapter has the template's skeleton (notebooks/_template.ipynb), in order."""
    for path in sorted((ROOT / "notebooks").glob("*/[0-9][0-9]-*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        tags = [c.metadata.get("tags", []) for c in nb.cells]
        assert "nav-top" in tags[0] and "nav-bottom" in tags[-1], path.name
        if path.name.startswith("00-"):
            continue
        code = [c.source for c in nb.cells if c.cell_type == "code"]
        lang = path.parent.name
        assert code[0].startswith(f'LANG = "{lang}"'), path.name
        assert "sources(" in code[-1], f"{path.name}: the last code cell should show the sources"
        lines = [line for c in nb.cells if c.cell_type == "markdown" for line in c.source.splitlines()]
        at = 0
        for marker in skeleton_markers(lang):
            hit = next(
                (
                    i
                    for i in range(at, len(lines))
                    if marker in lines[i] and (not marker.startswith("#") or lines[i].startswith(marker))
                ),
                None,
            )
            assert hit is not None, f"{lang}/{path.name} lacks {marker!r} (after line {at}), or has it out of order"
            at = hit


def test_the_clean_check_catches_outputs(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import check_notebooks_clean as clean
    finally:
        sys.path.pop(0)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    assert clean.problems(path) == []
    nb.cells[0].execution_count = 1
    nb.cells[0].outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=1)]
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    nbformat.write(nb, path)
    assert clean.problems(path) == [
        "cell 0 has outputs",
        "cell 0 has an execution count",
        "metadata holds widget state",
    ]
    clean.clear(path)
    assert clean.problems(path) == []


def test_committed_notebooks_are_clean():
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "check_notebooks_clean.py")], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout
