"""The lite build's Pyodide lock step (tools/lite_lock.py) and its wheel trimming (tools/lite_build.slim), on
small wheels made here: no network, no Pyodide."""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import lite_build  # noqa: E402 - tools/ is not a package
import lite_lock as L  # noqa: E402

BASE = {
    "info": {"abi_version": "2026_0", "arch": "wasm32", "platform": "emscripten_5_0_3", "python": "3.14.2"},
    "packages": {
        "numpy": {"name": "numpy", "version": "2.4.6", "file_name": "numpy-2.4.6-cp314-cp314-x.whl", "depends": []},
        "alpha": {"name": "alpha", "version": "0.9", "file_name": "alpha-0.9-py3-none-any.whl", "depends": []},
    },
}


def wheel(folder: Path, name: str, version: str, requires=(), files=None, top_level=None) -> Path:
    """A minimal wheel: METADATA (Name, Version, Requires-Dist), RECORD and the given files."""
    dist = f"{name.replace('-', '_')}-{version}"
    files = dict(files if files is not None else {f"{name.replace('-', '_')}/__init__.py": "x = 1\n"})
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(
        f"Requires-Dist: {r}\n" for r in requires
    )
    files[f"{dist}.dist-info/METADATA"] = meta
    if top_level is not None:
        files[f"{dist}.dist-info/top_level.txt"] = "\n".join(top_level) + "\n"
    files[f"{dist}.dist-info/RECORD"] = "".join(f"{f},,\n" for f in files) + f"{dist}.dist-info/RECORD,,\n"
    path = folder / f"{dist}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as z:
        for f, text in files.items():
            z.writestr(f, text)
    return path


def test_the_lock_has_one_entry_per_wheel_with_the_files_own_hash_and_metadata(tmp_path):
    a = wheel(tmp_path, "alpha", "1.0", ["beta>=2", "gamma; sys_platform == 'win32'"])
    b = wheel(tmp_path, "Beta", "2.1", files={"beta.py": "", "_beta_speedups.py": ""})
    lock = L.make_lock(BASE, [a, b], ["alpha"])
    assert lock["info"] == BASE["info"]
    assert sorted(lock["packages"]) == ["alpha", "beta"], "npm's entries without wheels must not stay"
    alpha = lock["packages"]["alpha"]
    assert alpha["version"] == "1.0" and alpha["file_name"] == a.name
    assert alpha["sha256"] == hashlib.sha256(a.read_bytes()).hexdigest()
    assert alpha["depends"] == ["beta"], "a dependency whose marker is false on Pyodide is not a dependency"
    assert alpha["imports"] == ["alpha"]
    assert lock["packages"]["beta"]["imports"] == ["_beta_speedups", "beta"]
    assert alpha["install_dir"] == "site" and alpha["package_type"] == "package"


def test_top_level_txt_names_the_imports_when_present(tmp_path):
    w = wheel(tmp_path, "pkg", "1", files={"a/__init__.py": "", "b.py": ""}, top_level=["a"])
    assert L.make_lock(BASE, [w], ["pkg"])["packages"]["pkg"]["imports"] == ["a"]


def test_a_missing_dependency_fails_naming_it_and_who_needs_it(tmp_path):
    a = wheel(tmp_path, "alpha", "1.0", ["beta>=2"])
    with pytest.raises(L.LockError, match=r"alpha 1.0 requires beta>=2, and no wheel for beta was given"):
        L.make_lock(BASE, [a], ["alpha"])


def test_a_wanted_package_without_a_wheel_fails(tmp_path):
    a = wheel(tmp_path, "alpha", "1.0")
    with pytest.raises(L.LockError, match="micropip is wanted"):
        L.make_lock(BASE, [a], ["alpha", "micropip"])


def test_a_version_that_does_not_satisfy_a_dependent_fails(tmp_path):
    a = wheel(tmp_path, "alpha", "1.0", ["beta>=2"])
    b = wheel(tmp_path, "beta", "1.5")
    with pytest.raises(L.LockError, match=r"alpha requires beta>=2, but the wheel is beta 1.5"):
        L.make_lock(BASE, [a, b], ["alpha"])


def test_a_wheel_nothing_needs_fails_so_the_site_carries_no_dead_weight(tmp_path):
    a = wheel(tmp_path, "alpha", "1.0")
    six = wheel(tmp_path, "six", "1.17.0")
    with pytest.raises(L.LockError, match=r"nothing wanted needs .*six"):
        L.make_lock(BASE, [a, six], ["alpha"])


def test_dependencies_left_out_on_purpose_are_named_with_a_reason(tmp_path):
    assert all(reason for reason in L.OMIT.values())
    w = wheel(tmp_path, "ipywidgets", "8.1.9", ["jupyterlab_widgets~=3.0.17"])
    assert L.make_lock(BASE, [w], ["ipywidgets"])["packages"]["ipywidgets"]["depends"] == []


def test_names_are_compared_canonically(tmp_path):
    a = wheel(tmp_path, "Prompt_Toolkit", "3.0.52", ["WCWidth"])
    b = wheel(tmp_path, "wcwidth", "0.6.0")
    lock = L.make_lock(BASE, [a, b], ["prompt-toolkit"])
    assert lock["packages"]["prompt-toolkit"]["depends"] == ["wcwidth"]


def test_write_puts_the_lock_and_its_wheels_side_by_side(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (tmp_path / "pyodide-lock.json").write_text(json.dumps(BASE))
    a = wheel(src, "alpha", "1.0")
    out = tmp_path / "site" / "static" / "pyodide"
    L.write(tmp_path / "pyodide-lock.json", out, [a], ["alpha"])
    lock = json.loads((out / "pyodide-lock.json").read_text())
    for entry in lock["packages"].values():
        assert hashlib.sha256((out / entry["file_name"]).read_bytes()).hexdigest() == entry["sha256"]


def test_the_cli_fails_clearly(tmp_path, capsys):
    (tmp_path / "pyodide-lock.json").write_text(json.dumps(BASE))
    a = wheel(tmp_path, "alpha", "1.0", ["beta"])
    assert L.main([str(tmp_path / "pyodide-lock.json"), str(tmp_path / "out"), str(a), "--want", "alpha"]) == 1
    assert "no wheel for beta" in capsys.readouterr().err


WORKER = (
    'i.includes("micropip")||await this._pyodide.loadPackage(["micropip"]),i.includes("piplite")||await '
    "this._pyodide.runPythonAsync(`\n      import micropip\n      await micropip.install('${t}', keep_going=True)\n"
    '    `)}async initKernel(e){let t=[],s=[];for(let e of["ipykernel","comm","pyodide-kernel","jedi","ipython"])'
    "t.includes(e)||s.push(`await piplite.install('${e}', keep_going=True)`);"
)


def test_what_the_kernel_loads_is_read_from_its_worker_script():
    assert L.kernel_needs(WORKER) == ["micropip", "ipykernel", "comm", "pyodide-kernel", "jedi", "ipython", "piplite"]
    with pytest.raises(L.LockError, match="could not read"):
        L.kernel_needs("console.log('a different kernel')")


def test_the_installed_kernel_asks_for_what_the_lite_build_pins():
    """When jupyterlite-pyodide-kernel is installed (make lite), every package its worker loads is pinned in
    tools/lite/requirements-pyodide.txt or comes inside the kernel's own Python package."""
    try:
        script = lite_build.kernel_worker()
    except ValueError:
        pytest.skip("jupyterlite-pyodide-kernel is not installed here (make lite-venv installs it)")
    pinned = {
        L.canonicalize_name(r.split("==")[0])
        for r in lite_build._requirements(lite_build.HERE / "requirements-pyodide.txt")
    }
    shims = {"piplite", "pyodide-kernel", "ipykernel"}
    assert set(L.kernel_needs(script)) <= pinned | shims


def test_slim_leaves_out_what_the_browser_never_reads_and_keeps_record_true(tmp_path):
    w = wheel(
        tmp_path,
        "plotly",
        "7.1.0",
        files={
            "plotly/__init__.py": "",
            "plotly/labextension/static/x.js": "js",
            "plotly-7.1.0.data/data/share/jupyter/labextensions/jupyterlab-plotly/x.js": "js",
            "plotly/package_data/plotly.min.js": "js",
            "plotly/package_data/widgetbundle.js": "js",
        },
    )
    out = lite_build.slim(w, tmp_path / "slim")
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        record = z.read("plotly-7.1.0.dist-info/RECORD").decode()
    assert "plotly/package_data/widgetbundle.js" in names and "plotly/__init__.py" in names
    assert not [n for n in names if "labextension" in n or n.endswith("plotly.min.js")]
    assert sorted(line.split(",")[0] for line in record.splitlines()) == sorted(names)
    other = wheel(tmp_path, "alpha", "1.0")
    assert lite_build.slim(other, tmp_path / "slim") == other


def test_jupyterlab_in_the_venv_loads_no_jupyterlite_extension():
    """JupyterLab and Voila load every extension in the venv's share/jupyter/labextensions. JupyterLite's kernel
    extension fails there ("Shared module @jupyterlite/services doesn't exist in shared scope default"), so make
    lite-venv installs it into .venv/lite-tools (lite_build.TOOLS), where only the lite build looks."""
    installed = sorted(lite_build.labextensions().glob("**/package.json"))
    assert installed, f"no extension in {lite_build.labextensions()}: run make venv"
    needing_lite = []
    for pkg in installed:
        meta = json.loads(pkg.read_text(encoding="utf-8"))
        if "jupyterlab" not in meta:
            continue  # a package.json of a bundled dependency, not an extension
        wants = set(meta.get("dependencies", {})) | set(meta["jupyterlab"].get("sharedPackages", {}))
        if meta["name"].startswith("@jupyterlite/") or any(w.startswith("@jupyterlite/") for w in wants):
            needing_lite.append(meta["name"])
    assert needing_lite == []
    if lite_build.TOOLS.is_dir():  # after make lite-venv: the build finds the kernel's extension there
        assert (lite_build.extension_dir(lite_build.KERNEL_EXTENSION) / "package.json").is_file()


def test_the_lab_page_gets_plotly_preload_once_and_a_page_without_head_fails(tmp_path):
    from widgets.explorables import live

    page = tmp_path / "index.html"
    page.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    lite_build.preload_plotly(page)
    text = page.read_text(encoding="utf-8")
    assert text.count('id="essay-plotly-preload"') == 1
    assert text.index(live.preload_script("../extensions")) < text.index("</head>")
    bare = tmp_path / "bare.html"
    bare.write_text("<html><body></body></html>", encoding="utf-8")
    with pytest.raises(RuntimeError, match="no </head>"):
        lite_build.preload_plotly(bare)
