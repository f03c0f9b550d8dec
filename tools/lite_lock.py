"""Make the lite build's Pyodide lock file agree with the wheels the site ships (a step of `make lite`).

npm's ``pyodide`` package carries Pyodide's runtime and a ``pyodide-lock.json`` that names 356 packages,
but none of their wheels: a site built from it as it comes asks a CDN for every package, micropip first.
This step writes the lock the site serves instead:

- one entry per wheel given (downloaded from PyPI, pinned, by pip; the kernel's own wheels from
  jupyterlite-pyodide-kernel; the essay's package built from this checkout), with the file's name, its
  sha256 computed from the file (Pyodide checks it on load) and its version, top-level imports and
  dependencies read from the wheel's own metadata (markers evaluated for Pyodide: emscripten, the lock's
  Python);
- nothing else: an entry whose wheel the site lacks would send Pyodide to fetch it from elsewhere;
- it fails, naming what is missing, when a package that is wanted (what the kernel loads and what the
  essay imports), or a dependency of one, has no wheel, or a wheel's version does not satisfy a
  dependent's requirement. A dependency left out on purpose is named in ``OMIT``, with why.

What the kernel loads is read from the kernel's own worker script (:func:`kernel_needs`), so a new
jupyterlite-pyodide-kernel that asks for a new package fails here, not in the reader's browser.

Run: python tools/lite_lock.py BASE_LOCK OUT_DIR WHEEL... --want NAME... (tools/lite_build.py calls
:func:`write`; tests/test_lite_lock.py tests it on small wheels it makes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

# Dependencies a wheel declares that the browser's Python does not need, with why.
OMIT = {
    "jupyterlab-widgets": "ipywidgets' front end (JavaScript), served to the page as a federated extension; "
    "the kernel imports no Python from it",
}


class LockError(Exception):
    """The wheels given cannot make a consistent lock: the message says what is missing."""


def pyodide_environment(info: dict) -> dict[str, str]:
    """The environment markers of Pyodide's Python, from the lock's own ``info`` (python "3.14.2")."""
    full = info["python"]
    env = dict(default_environment())
    env.update(
        sys_platform="emscripten",
        platform_system="Emscripten",
        os_name="posix",
        platform_machine="wasm32",
        implementation_name="cpython",
        platform_python_implementation="CPython",
        python_full_version=full,
        python_version=".".join(full.split(".")[:2]),
        implementation_version=full,
    )
    return env


def wheel_metadata(path: Path) -> dict:
    """A wheel's name (canonical), version, top-level imports and Requires-Dist lines."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        meta_name = next((n for n in names if n.count("/") == 1 and n.endswith(".dist-info/METADATA")), None)
        if meta_name is None:
            raise LockError(f"{path.name}: not a wheel (no .dist-info/METADATA)")
        meta = Parser().parsestr(z.read(meta_name).decode("utf-8"))
        top = next((n for n in names if n.count("/") == 1 and n.endswith(".dist-info/top_level.txt")), None)
        if top is not None:
            imports = [line.strip() for line in z.read(top).decode("utf-8").splitlines() if line.strip()]
        else:
            imports = sorted(
                {
                    n.split("/")[0].removesuffix(".py")
                    for n in names
                    if not n.split("/")[0].endswith((".dist-info", ".data"))
                    and ((n.endswith("/__init__.py") and n.count("/") == 1) or ("/" not in n and n.endswith(".py")))
                }
            )
    return {
        "name": canonicalize_name(meta["Name"]),
        "version": meta["Version"],
        "imports": imports,
        "requires": meta.get_all("Requires-Dist") or [],
    }


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def kernel_needs(worker_js: str) -> list[str]:
    """What jupyterlite-pyodide-kernel's worker loads at start-up, read from its script: the packages it
    passes to ``loadPackage`` and the ones it installs with piplite (unless loadPyodide preloads them)."""
    found: list[str] = []
    for m in re.finditer(r"loadPackage\(\[([^\]]*)\]\)", worker_js):
        found += re.findall(r'"([^"]+)"', m.group(1))
    for m in re.finditer(r"for\s*\(\s*let\s+\w+\s+of\s*\[([^\]]*)\]\s*\)[^;]*piplite\.install", worker_js):
        found += re.findall(r'"([^"]+)"', m.group(1))
    if re.search(r"micropip\.install\(\s*'\$\{", worker_js):
        found.append("piplite")
    if not found:
        raise LockError("could not read what the kernel loads from its worker script (has the kernel changed?)")
    return list(dict.fromkeys(canonicalize_name(n) for n in found))


def make_lock(base: dict, wheels: list[Path], want: list[str]) -> dict:
    """The lock for ``wheels``: ``base``'s ``info``, one entry per wheel, checked to hold ``want`` and
    every dependency of it (see the module's docstring). Raises LockError."""
    env = pyodide_environment(base["info"])
    metas = {}
    for path in wheels:
        meta = wheel_metadata(path)
        if meta["name"] in metas:
            raise LockError(f"two wheels for {meta['name']}: {metas[meta['name']]['path'].name} and {path.name}")
        metas[meta["name"]] = {**meta, "path": path}

    problems: list[str] = []
    depends: dict[str, list[str]] = {}
    for name, meta in metas.items():
        deps = []
        for line in meta["requires"]:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate({**env, "extra": ""}):
                continue
            dep = canonicalize_name(req.name)
            if dep in OMIT:
                continue
            if dep not in metas:
                problems.append(f"{name} {meta['version']} requires {req}, and no wheel for {dep} was given")
                continue
            if not req.specifier.contains(Version(metas[dep]["version"]), prereleases=True):
                problems.append(f"{name} requires {req}, but the wheel is {dep} {metas[dep]['version']}")
            deps.append(dep)
        depends[name] = sorted(set(deps))

    wanted = [canonicalize_name(w) for w in want]
    problems += [
        f"{w} is wanted (the kernel or the essay loads it), and no wheel for it was given"
        for w in wanted
        if w not in metas
    ]
    if problems:
        raise LockError("the Pyodide lock cannot be made consistent:\n  " + "\n  ".join(problems))

    # Only what the wanted packages need: a wheel nobody loads stays out of the site.
    needed, stack = set(), list(wanted)
    while stack:
        name = stack.pop()
        if name not in needed:
            needed.add(name)
            stack += depends[name]
    unused = sorted(set(metas) - needed)
    if unused:
        raise LockError(f"wheels given that nothing wanted needs (leave them out of the site): {', '.join(unused)}")

    packages = {}
    for name in sorted(needed):
        meta = metas[name]
        packages[name] = {
            "name": name,
            "version": meta["version"],
            "file_name": meta["path"].name,
            "install_dir": "site",
            "sha256": sha256(meta["path"]),
            "package_type": "package",
            "imports": meta["imports"],
            "depends": depends[name],
            "unvendored_tests": False,
        }
    return {"info": dict(base["info"]), "packages": packages}


def write(base_lock: Path, out_dir: Path, wheels: list[Path], want: list[str]) -> dict:
    """Write ``out_dir/pyodide-lock.json`` and copy the wheels it names next to it."""
    lock = make_lock(json.loads(base_lock.read_text(encoding="utf-8")), wheels, want)
    out_dir.mkdir(parents=True, exist_ok=True)
    for path in wheels:
        shutil.copy2(path, out_dir / path.name)
    (out_dir / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return lock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_lock", type=Path, help="npm pyodide's pyodide-lock.json (for its info)")
    parser.add_argument("out_dir", type=Path, help="the site's Pyodide folder")
    parser.add_argument("wheels", type=Path, nargs="+")
    parser.add_argument("--want", nargs="+", required=True, help="the packages the site loads")
    args = parser.parse_args(argv)
    try:
        lock = write(args.base_lock, args.out_dir, args.wheels, args.want)
    except LockError as e:
        print(f"lite_lock: {e}", file=sys.stderr)
        return 1
    print(f"lite_lock: {len(lock['packages'])} packages in {args.out_dir / 'pyodide-lock.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
