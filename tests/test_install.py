"""The package installs anywhere, not only as an editable clone: a regular wheel carries its data and runs a chapter.

The wheel is built the way a release is: ``python -m build`` (an sdist, then the wheel from that sdist) from a
copy of the files git tracks or would track, so what MANIFEST.in and pyproject.toml leave out is missing here
too. It is installed, not editable and with ``--no-deps --no-index``, into a fresh venv created for the test,
and a chapter (notebooks/en/02-two-stacks.ipynb) runs against it in a kernel started from that venv, in a
folder outside the repository.

What the test borrows, and why the wheel still stands alone: the fresh venv has no pip and downloads nothing;
a .pth file appends the project venv's site-packages to its path, for the *dependencies* (plotly, ipywidgets,
ipykernel, nbclient...; installing them anew would take a minute and the network, and is what pip does
anyway from the wheel's Requires-Dist). A .pth line only adds a folder to sys.path: the .pth files inside
that folder, among them the editable install's finder that maps ``widgets`` to this repository, are not
run. The fresh venv's own site-packages comes first on the path, and the test asserts, inside the
chapter's kernel, that ``widgets`` and its CSVs were loaded from the fresh venv and that the repository is
on no path. Building uses ``--no-isolation``, with the setuptools and build that requirements-dev.txt pins,
so no download happens at test time either.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
CHAPTER = ROOT / "notebooks" / "en" / "02-two-stacks.ipynb"


def run(args: list[str | Path], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{' '.join(map(str, args))} failed:\n{result.stdout}\n{result.stderr}"
    return result


def clean_env(**extra: str) -> dict[str, str]:
    """The environment minus anything that could put the repository or the project venv on a path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(extra)
    return env


def tracked_tree(dest: Path) -> Path:
    """Copy what a clone would hold (git's tracked files and the new ones it does not ignore) to dest."""
    assert shutil.which("git"), "git is needed to list the repository's files"
    listing = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT).stdout
    for name in filter(None, listing.split("\0")):
        source = ROOT / name
        if not os.path.lexists(source):  # deleted in the work tree, not yet committed
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target, follow_symlinks=False)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("build")
    source = tracked_tree(where / "source")
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", where / "dist", source], env=clean_env())
    (built,) = (where / "dist").glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed (not editable) and the project venv's packages borrowed."""
    home = tmp_path_factory.mktemp("fresh") / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", home])
    python = home / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheel])
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip())
    (site / "_borrowed_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return home


def test_the_wheel_carries_every_csv_and_py_typed(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    csvs = sorted(p.name for p in (ROOT / "data").glob("*.csv"))
    assert csvs, "data/ holds no CSV"
    missing = [name for name in csvs if f"widgets/_data/{name}" not in names]
    assert missing == [], f"CSVs of data/ missing from the wheel: {missing}"
    assert "widgets/py.typed" in names


def test_the_wheel_carries_every_module_and_nothing_else(wheel):
    """pyproject.toml lists the packages by hand (because of the data/ mapping): a new one must be in it."""
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "widgets").rglob("*.py"))
    missing = [m for m in modules if m not in names]
    assert missing == [], f"modules missing from the wheel (add their package to pyproject.toml): {missing}"
    tops = {name.split("/")[0] for name in names}
    assert {t for t in tops if not t.endswith((".dist-info", ".data"))} == {"widgets"}
    assert not any(name.startswith("widgets/_data/") and name.endswith(".md") for name in names)


def test_the_wheel_installs_plotlys_widget_bundle_where_jupyter_serves_it(wheel, venv):
    """setup.py puts plotly's widget bundle in the wheel's data; pip installs it under the venv's labextensions."""
    from widgets import served

    with zipfile.ZipFile(wheel) as z:
        data = [n for n in z.namelist() if ".data/" in n]
        (bundle,) = data
        assert bundle.endswith(f".data/data/share/jupyter/labextensions/{served.relative_url()}")
        assert z.read(bundle) == served.source().read_bytes()
    installed = venv / "share" / "jupyter" / "labextensions" / served.FOLDER / served.filename()
    assert installed.read_bytes() == served.source().read_bytes()


def test_the_wheel_states_the_python_versions_and_the_dependencies(wheel):
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    with zipfile.ZipFile(wheel) as z:
        (metadata,) = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")]
        lines = z.read(metadata).decode().splitlines()
    assert f"Requires-Python: {project['requires-python']}" in lines
    assert {line.split(": ", 1)[1] for line in lines if line.startswith("Requires-Dist: ")} == set(
        project["dependencies"]
    )


def test_the_installed_package_reads_its_own_data(venv, tmp_path):
    """Outside the repository, the installed package finds its CSVs in the fresh venv, not in data/."""
    probe = (
        "import json, widgets\n"
        "from importlib.metadata import distribution\n"
        "from widgets import data, model\n"
        "records = data.load_all()\n"
        "files = sorted({r.file for rs in records.values() for r in rs})\n"
        "vm = model.fit(model.default_host(), model.default_workload(), model.platform('vm'))\n"
        "dist = distribution('vm-container-essay-widgets')\n"
        "print(json.dumps({'package': widgets.__file__, 'data': str(data.DATA_DIR), 'files': files,\n"
        "                  'host_ram': data.memory_mib('host.ram'), 'vms': vm.count,\n"
        "                  'direct_url': dist.read_text('direct_url.json')}))\n"
    )
    out = json.loads(run([venv / "bin" / "python", "-c", probe], cwd=tmp_path, env=clean_env()).stdout)
    assert Path(out["package"]).is_relative_to(venv), out["package"]
    assert Path(out["data"]).is_relative_to(venv), out["data"]
    assert out["files"] == sorted(p.name for p in (ROOT / "data").glob("*.csv"))
    assert out["host_ram"] == 64 * 1024
    assert out["vms"] == 61  # the chapters' default host holds 61 VMs of the essay's service
    # Installed from a wheel file, not editable: pip records no "dir_info": {"editable": true}.
    assert out["direct_url"] is None or '"editable": true' not in out["direct_url"]


def test_a_chapter_runs_against_the_installed_wheel(venv, tmp_path):
    """notebooks/en/02-two-stacks.ipynb, executed by a kernel of the fresh venv, in a folder of its own."""
    work = tmp_path / "reader"
    work.mkdir()
    nb = nbformat.read(CHAPTER, as_version=4)
    nb.cells.append(
        nbformat.v4.new_code_cell(
            "import json as _json, sys as _sys, widgets as _widgets\n"
            "from widgets import data as _data\n"
            "print(_json.dumps({'executable': _sys.executable, 'package': _widgets.__file__,\n"
            "                   'data': str(_data.DATA_DIR), 'path': _sys.path}))"
        )
    )
    nbformat.write(nb, work / CHAPTER.name)
    driver = (
        "import sys, nbformat\n"
        "from nbclient import NotebookClient\n"
        "nb = nbformat.read(sys.argv[1], as_version=4)\n"
        "NotebookClient(nb, timeout=180, kernel_name='python3', resources={'metadata': {'path': sys.argv[2]}}"
        ").execute()\n"
        "nbformat.write(nb, sys.argv[1])\n"
    )
    env = clean_env(
        JUPYTER_PATH="", JUPYTER_DATA_DIR=str(tmp_path / "jupyter-data"), PYDEVD_DISABLE_FILE_VALIDATION="1"
    )
    run([venv / "bin" / "python", "-c", driver, work / CHAPTER.name, work], cwd=work, env=env, timeout=300)

    ran = nbformat.read(work / CHAPTER.name, as_version=4)
    code = [c for c in ran.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert errors == []
    sources = code[-2]  # the chapter's last cell: its sources table
    assert "sources(" in sources.source and sources.outputs, "the sources table showed nothing"
    (stream,) = [o for o in code[-1].outputs if o.output_type == "stream"]
    seen = json.loads(stream.text)
    assert Path(seen["executable"]).parent == venv / "bin", seen["executable"]
    assert Path(seen["package"]).is_relative_to(venv), seen["package"]
    assert Path(seen["data"]).is_relative_to(venv), seen["data"]
    on_path = [p for p in seen["path"] if p and Path(p).resolve().is_relative_to(ROOT.resolve())]
    # The only way into the repository is the borrowed project venv, if it lives inside the repository.
    borrowed = Path(sysconfig.get_path("purelib")).resolve()
    assert [p for p in on_path if Path(p).resolve() != borrowed] == []
