"""Build the lite edition, `make lite`: the whole essay, both editions, running in the reader's browser through
Pyodide, from static files in lite/ that any host can serve (and that work offline once loaded).

Every piece comes from a registry through its ordinary client, pinned:

- JupyterLite's builder and its Pyodide kernel: pip, requirements-lite.txt (installed by `make lite-venv` into
  .venv/lite-tools, beside the venv's packages: :data:`TOOLS`);
- Pyodide's runtime: npm, tools/lite/package.json and package-lock.json (`npm ci`);
- the wheels the browser's Python runs: pip download, tools/lite/requirements-pyodide.txt (pure wheels, hashes);
  the kernel's own wheels (piplite, pyodide-kernel, its ipykernel and widgetsnbextension shims) from the installed
  jupyterlite-pyodide-kernel; the essay's package as a wheel built from this checkout.

Then tools/lite_lock.py writes the lock the site serves (an entry for every wheel, nothing else; the wheels are then
unpacked into the memory snapshot's files, :func:`snapshot`), and
`jupyter lite build` assembles lite/ from a staging folder under build/lite/:

- the notebooks of notebooks/en and notebooks/ja, as en/ and ja/ (so their links to each other still work),
  copied with the Pyodide kernel named in their metadata; the source notebooks are not touched;
- jupyter-lite.json: the kernel loads Pyodide from the site, with every package at start-up (no piplite install
  while a chapter runs), and never falls back to PyPI;
- a memory snapshot of that Pyodide with the packages unpacked and IPython, plotly, ipywidgets and the essay's
  package imported (:func:`snapshot`, tools/lite/snapshot.mjs), which the kernel restores through
  tools/lite/essay-pyodide.mjs rather than start Python and unpack the wheels on each page load;
- only the front-end extensions a chapter uses (the widget manager, anywidget and the kernel), only the lab app,
  no source maps;
- read-it.html, the README's ways of reading live, where a chapter links when the browser cannot see the
  reader's machine (chapter 3's timer, chapter 7's panel: widgets/explorables/lite.py);
- plotly's widget bundle at extensions/vm-container-essay-widgets/plotly-widget-<version>.js
  (widgets/served.py), where widgets/explorables/live.py looks for it (the page config's fullLabextensionsUrl is
  the site's extensions/), so a page need not fetch 5 MB of JavaScript through the kernel.

lite/.stamp records a digest of every input; :func:`stale` compares it (the browser test builds when stale).
Run: python tools/lite_build.py [--out lite] [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import lite_lock  # noqa: E402 - tools/ is not a package

from widgets import served  # noqa: E402
from widgets.explorables import live  # noqa: E402

HERE = ROOT / "tools" / "lite"
OUT = ROOT / "lite"
WORK = ROOT / "build" / "lite"
EDITIONS = ("en", "ja")
# What the essay's notebooks import in the browser (the package pulls in plotly, ipywidgets, anywidget, traitlets).
ESSAY_PACKAGES = ["vm-container-essay-widgets"]
# Pyodide's runtime, from npm's pyodide package (the rest of that package is for Node and for its docs).
RUNTIME = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]
# What the memory snapshot has imported (tools/lite/snapshot.mjs): what the kernel and a chapter's first cell import,
# short of the kernel itself (it starts its IPython shell when imported; in the snapshot it saved nothing measurable).
SNAPSHOT_IMPORTS = ["piplite", "IPython", "plotly.graph_objects", "ipywidgets", "anywidget", "widgets.explorables"]
# The snapshot's files, beside pyodide.mjs, and the loader the kernel is given in its place (tools/lite/).
SNAPSHOT_FILES = ["essay-snapshot.bin.gz", "essay-site.bin.gz", "essay-site.json"]
LOADER = "essay-pyodide.mjs"
LOADER_URL = f"./static/pyodide/{LOADER}"
# The kernel's shims that the site loads (widgetsnbextension 3.6.999 is for ipywidgets 7).
KERNEL_WHEELS = ["piplite-", "pyodide_kernel-", "ipykernel-", "widgetsnbextension-4."]
# Front-end extensions a chapter uses, by their folder under share/jupyter/labextensions.
EXTENSIONS = ["@jupyter-widgets/jupyterlab-manager", "anywidget", "@jupyterlite/pyodide-kernel-extension"]
KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
KERNELSPEC = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
# JupyterLab features a reader of a static, offline site does not want: news and update checks ask the internet.
DISABLED = ["@jupyterlab/apputils-extension:announcements"]
# The page the probes' "read it live" link leads to (widgets/explorables/lite.py: READ_IT, one folder above lab/).
READ_IT = "read-it.html"
INPUTS = [
    "notebooks/en",
    "notebooks/ja",
    "widgets",
    "data",
    "pyproject.toml",
    "MANIFEST.in",
    "setup.py",
    "README.md",
    "requirements.txt",
    "requirements-lite.txt",
    "tools/lite",
    "tools/lite_build.py",
    "tools/lite_lock.py",
]


def log(msg: str) -> None:
    print(f"lite: {msg}", flush=True)


def run(cmd: list[str], **kw) -> None:
    log(" ".join(str(c) for c in cmd))
    subprocess.run(cmd, check=True, **kw)


def digest() -> str:
    """A digest of every input of the build (file paths and contents), and of the builder's versions."""
    h = hashlib.sha256()
    for rel in INPUTS:
        path = ROOT / rel
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for f in files:
            if "__pycache__" in f.parts or ".ipynb_checkpoints" in f.parts or "node_modules" in f.parts:
                continue
            h.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def stale(out: Path = OUT) -> bool:
    stamp = out / ".stamp"
    return not stamp.is_file() or stamp.read_text().strip() != digest()


# JupyterLite's builder and its kernel (requirements-lite.txt), installed with pip --target by `make lite-venv`. Not
# in the venv itself: the kernel's JupyterLab extension in the venv's share/ would load into every JupyterLab and
# Voila the venv serves, and fail there ("Shared module @jupyterlite/services doesn't exist"). Only the build sees it.
TOOLS = Path(sys.prefix) / "lite-tools"
KERNEL_EXTENSION = "@jupyterlite/pyodide-kernel-extension"


def labextensions() -> Path:
    return Path(sys.prefix) / "share" / "jupyter" / "labextensions"


def extension_dir(name: str) -> Path:
    """Where a front-end extension the site needs is installed: the kernel's in TOOLS, the others in the venv."""
    root = TOOLS / "share" / "jupyter" / "labextensions" if name == KERNEL_EXTENSION else labextensions()
    return root / name


def tools_env() -> dict[str, str]:
    """The environment `jupyter lite build` runs in: this Python with TOOLS first on its path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TOOLS)] + [p for p in [env.get("PYTHONPATH", "")] if p])
    return env


def npm_pyodide(work: Path) -> Path:
    """npm ci of tools/lite into build/lite/npm: Pyodide's runtime, as the package-lock pins it."""
    npm = work / "npm"
    npm.mkdir(parents=True, exist_ok=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(HERE / name, npm / name)
    pkg = npm / "node_modules" / "pyodide"
    want = json.loads((HERE / "package.json").read_text())["dependencies"]["pyodide"]
    if not (pkg / "package.json").is_file() or json.loads((pkg / "package.json").read_text())["version"] != want:
        run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=npm)
    return pkg


def pyodide_wheels(work: Path) -> list[Path]:
    """pip download of tools/lite/requirements-pyodide.txt (pip keeps what it already has, checking hashes)."""
    dest = work / "wheels"
    dest.mkdir(parents=True, exist_ok=True)
    req = HERE / "requirements-pyodide.txt"
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps"]
    pure = ["--only-binary=:all:", "--python-version", "3.14", "--implementation", "py", "--abi", "none"]
    run([*pip, *pure, "--platform", "any", "--require-hashes", "-d", str(dest), "-r", str(req)])
    names = {lite_lock.canonicalize_name(line.split("==")[0]) for line in _requirements(req)}
    found = [p for p in sorted(dest.glob("*.whl")) if lite_lock.wheel_metadata(p)["name"] in names]
    return found


def _requirements(path: Path) -> list[str]:
    return [line.split()[0] for line in path.read_text().splitlines() if line and not line.startswith((" ", "#", "-"))]


def package_wheel(work: Path) -> Path:
    """The essay's package, built from this checkout (as tests/test_install.py builds it)."""
    dest = work / "package"
    shutil.rmtree(dest, ignore_errors=True)
    run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dest), str(ROOT)],
        stdout=subprocess.DEVNULL,
    )
    (wheel,) = dest.glob("*.whl")
    return wheel


# Files of a wheel that the browser's Python never reads, left out of the site's copy (and of its RECORD): plotly
# ships its JupyterLab extension twice (for a Jupyter server to serve; the site serves no plotly extension, since
# every figure is a FigureWidget) and plotly.js for offline HTML export; the widget bundle stays, as live.py can ask
# the kernel for it. About 15 MB of the 40 MB the wheel unpacks to on every page load.
# The essay's own wheel carries plotly's widget bundle as a data file for a Jupyter server to serve
# (widgets/served.py); the site serves it from extensions/ itself, so the browser's Python need not unpack it.
OMIT_FILES = {
    "plotly": ("plotly/labextension/", "plotly-{version}.data/", "plotly/package_data/plotly.min.js"),
    "vm-container-essay-widgets": ("vm_container_essay_widgets-{version}.data/",),
}


def slim(wheel: Path, dest: Path) -> Path:
    """A copy of ``wheel`` in ``dest`` without its OMIT_FILES (the wheel itself when it has none)."""
    meta = lite_lock.wheel_metadata(wheel)
    prefixes = tuple(p.format(version=meta["version"]) for p in OMIT_FILES.get(meta["name"], ()))
    if not prefixes:
        return wheel
    dest.mkdir(parents=True, exist_ok=True)
    out = dest / wheel.name
    with zipfile.ZipFile(wheel) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename.startswith(prefixes):
                continue
            data = zin.read(info)
            if info.filename.endswith(".dist-info/RECORD"):
                lines = data.decode("utf-8").splitlines()
                data = ("\n".join(line for line in lines if not line.startswith(prefixes)) + "\n").encode("utf-8")
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def compiled(wheels: list[Path], pkg: Path, work: Path) -> list[Path]:
    """Each wheel with bytecode added by Pyodide's own Python (tools/lite/compile.mjs, in Node), cached by the
    source wheel's sha256 under build/lite/pyc/."""
    cache = work / "pyc"
    out, todo = [], []
    for wheel in wheels:
        dest = cache / lite_lock.sha256(wheel)[:16] / wheel.name
        out.append(dest)
        if not dest.is_file():
            todo.append((wheel, dest))
    if todo:
        tmp = cache / "new"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        run(["node", str(HERE / "compile.mjs"), str(pkg), str(tmp)] + [str(w) for w, _ in todo])
        for wheel, dest in todo:
            dest.parent.mkdir(parents=True, exist_ok=True)
            (tmp / wheel.name).replace(dest)
    return out


def kernel_wheels() -> list[Path]:
    pypi = extension_dir(KERNEL_EXTENSION) / "static" / "pypi"
    found = [p for p in sorted(pypi.glob("*.whl")) if p.name.startswith(tuple(KERNEL_WHEELS))]
    if len(found) != len(KERNEL_WHEELS):
        raise SystemExit(f"lite: the kernel's wheels are not all in {pypi}: found {[p.name for p in found]}")
    return found


def kernel_worker() -> str:
    static = extension_dir(KERNEL_EXTENSION) / "static"
    (worker,) = static.glob("comlink.worker.*.js")  # ValueError when the kernel is not installed
    return worker.read_text(encoding="utf-8")


def stage_notebooks(contents: Path) -> None:
    """Copies of both editions with the Pyodide kernel in their metadata (the sources keep python3)."""
    shutil.rmtree(contents, ignore_errors=True)
    for lang in EDITIONS:
        (contents / lang).mkdir(parents=True)
        for nb in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")):
            data = json.loads(nb.read_text(encoding="utf-8"))
            data["metadata"]["kernelspec"] = dict(KERNELSPEC)
            (contents / lang / nb.name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


def snapshot(pyodide_dir: Path, wheels: list[Path]) -> None:
    """Pyodide restored, not started: tools/lite/snapshot.mjs unpacks the wheels and imports SNAPSHOT_IMPORTS in
    the site's own Pyodide (in Node) and writes its memory and files beside it (SNAPSHOT_FILES); LOADER, which the
    kernel loads instead of pyodide.mjs, restores them. The wheels themselves then leave the site: every file of
    theirs is in the snapshot's files, and the lock that names them marks them all loaded (LOADER)."""
    run(
        ["node", str(HERE / "snapshot.mjs"), str(pyodide_dir), str(pyodide_dir), " ".join(SNAPSHOT_IMPORTS)]
        + [str(w) for w in wheels]
    )
    missing = [name for name in SNAPSHOT_FILES if not (pyodide_dir / name).is_file()]
    if missing:  # snapshot.mjs and LOADER name these files too
        raise SystemExit(f"lite: tools/lite/snapshot.mjs did not write {missing}")
    shutil.copy2(HERE / LOADER, pyodide_dir / LOADER)
    for wheel in wheels:
        wheel.unlink()


def use_loader(config: Path) -> None:
    """Point the kernel at LOADER again: the kernel's build addon sets pyodideUrl to static/pyodide/pyodide.mjs
    whenever the site has a Pyodide of its own."""
    data = json.loads(config.read_text(encoding="utf-8"))
    settings = data["jupyter-config-data"]["litePluginSettings"][KERNEL_PLUGIN]
    settings["pyodideUrl"] = LOADER_URL
    config.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def lite_config(packages: list[str]) -> dict:
    return {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Virtual machines and containers",
            "disabledExtensions": DISABLED,
            # window.jupyterapp, which the browser test and the bench read (as they do in JupyterLab)
            "exposeAppInBrowser": "true",
            # A page opens the chapter it is asked for, not every chapter opened before: JupyterLab restores
            # its workspace (every open tab, each with its own Pyodide kernel) on each page load, so kept in
            # the browser's storage, the tenth chapter a reader opened started ten kernels (it took 7 s more
            # per earlier chapter here). Kept in memory, a workspace lasts as long as its page.
            "enableMemoryStorage": True,
            "workspacesStorageDrivers": ["memoryStorageDriver"],
            # Closing a chapter's tab stops its kernel: each is a Python in the reader's browser.
            "settingsOverrides": {"@jupyterlab/notebook-extension:tracker": {"kernelShutdown": True}},
            "litePluginSettings": {
                KERNEL_PLUGIN: {
                    "pyodideUrl": LOADER_URL,
                    "disablePyPIFallback": True,
                    "loadPyodideOptions": {"packages": packages},
                }
            },
        },
    }


def readme_section(heading: str) -> str:
    """One ``## heading`` section of README.md, as Markdown (up to the next ``## ``)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n") + len(heading) + 5
    end = text.find("\n## ", start)
    return text[start : end if end != -1 else None]


def read_it_page() -> str:
    """lite/read-it.html: where widgets/explorables/lite.py's link leads when a probe cannot look from the
    browser. The README's "Read it" and "日本語で読む" sections (the ways of reading live, which the README keeps
    true), in one page that needs nothing beyond itself."""
    import mistune

    from widgets.text import t

    parts = []
    for lang, heading in (("en", "Read it"), ("ja", "日本語で読む")):
        parts.append(
            f"<section lang='{lang}'><h1>{html.escape(t('lite.read_it.title', lang))}</h1>"
            f"<p>{html.escape(t('lite.read_it.intro', lang))}</p>{mistune.html(readme_section(heading))}</section>"
        )
    style = "body{font:16px/1.5 system-ui,sans-serif;max-width:44em;margin:2em auto;padding:0 1em}code{font-size:90%}"
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(t('lite.read_it.title', 'en'))}</title><style>{style}</style></head>"
        f"<body>{'<hr>'.join(parts)}</body></html>\n"
    )


def preload_plotly(page: Path) -> None:
    """The lab page evaluates plotly's widget module while Pyodide starts (live.preload_script)."""
    text = page.read_text(encoding="utf-8")
    if "</head>" not in text:
        raise RuntimeError(f"{page} has no </head> to add plotly's preload to")
    page.write_text(text.replace("</head>", live.preload_script("../extensions") + "</head>", 1), encoding="utf-8")


def build(out: Path = OUT, work: Path = WORK) -> float:
    """Build the site into ``out``; returns the seconds it took."""
    start = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    stage = work / "stage"
    shutil.rmtree(stage, ignore_errors=True)
    (stage / "static").mkdir(parents=True)

    pkg = npm_pyodide(work)
    sources = pyodide_wheels(work) + kernel_wheels() + [package_wheel(work)]
    wheels = compiled([slim(w, work / "slim") for w in sources], pkg, work)
    want = lite_lock.kernel_needs(kernel_worker()) + ESSAY_PACKAGES
    pyodide_dir = stage / "static" / "pyodide"
    lock = lite_lock.write(pkg / "pyodide-lock.json", pyodide_dir, wheels, want)
    for name in RUNTIME:
        shutil.copy2(pkg / name, pyodide_dir / name)
    log(f"Pyodide {json.loads((pkg / 'package.json').read_text())['version']}: {len(lock['packages'])} packages")
    snapshot(pyodide_dir, [pyodide_dir / entry["file_name"] for entry in lock["packages"].values()])

    (stage / "jupyter-lite.json").write_text(json.dumps(lite_config(want), indent=1) + "\n")
    stage_notebooks(work / "contents")

    shutil.rmtree(out, ignore_errors=True)
    # jupyter lite's task database would skip steps whose targets it believes built: every build starts afresh
    for db in work.glob(".jupyterlite.doit.db*"):
        db.unlink()
    extensions = [str(extension_dir(e)) for e in EXTENSIONS]
    run(
        [sys.executable, "-m", "jupyterlite_core", "build"]
        + ["--lite-dir", str(stage), "--output-dir", str(out), "--contents", str(work / "contents")]
        + ["--apps", "lab", "--no-sourcemaps", "--no-unused-shared-packages", "--ignore-sys-prefix"]
        + [f"--LiteBuildConfig.federated_extensions={e}" for e in extensions],
        cwd=work,
        env=tools_env(),
    )
    use_loader(out / "jupyter-lite.json")
    served.install(out / "extensions")  # where live.py's loader looks: <fullLabextensionsUrl>/<served.relative_url()>
    preload_plotly(out / "lab" / "index.html")
    (out / READ_IT).write_text(read_it_page(), encoding="utf-8")
    # a browser asks for /favicon.ico before JupyterLite sets its own icon: answer it rather than with a 404
    if (out / "lab" / "favicon.ico").is_file():
        shutil.copy2(out / "lab" / "favicon.ico", out / "favicon.ico")
    (out / ".stamp").write_text(digest() + "\n")
    seconds = time.monotonic() - start
    log(f"built {out} in {seconds:.0f} s")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the lite edition into lite/.")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--force", action="store_true", help="build even when lite/ is current")
    args = parser.parse_args(argv)
    if not args.force and not stale(args.out):
        log(f"{args.out} is current (make lite FORCE=1 rebuilds)")
        return 0
    try:
        build(args.out)
    except lite_lock.LockError as e:
        print(f"lite: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
