"""What outside services read from the repository root: Binder (repo2docker), Voilà on Binder, citation tools.

repo2docker reads, at the root (unless a binder/ or .binder/ folder exists, when it reads only that):
environment.yml, which wins over requirements.txt, for the environment; then postBuild, which here only
installs the package. Voilà, as the Jupyter server extension Binder starts in the repository root, reads its
options from voila.py / voila.json in that directory (voila/server_extension.py, load_config_file); it
does not read a jupyter_config.json there, and neither does jupyter_server 2. CITATION.cff is read by
GitHub and Zenodo, and must validate against the Citation File Format 1.2.0 schema.
"""

from __future__ import annotations

import ast
import json
import os
import re
import stat
import subprocess
import sys
from importlib.metadata import packages_distributions, requires, version
from pathlib import Path

import nbformat
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)$")


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def environment_pins() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    (pip,) = [d["pip"] for d in env["dependencies"] if isinstance(d, dict)]
    pins = {}
    for line in pip:
        match = PIN.match(line)
        assert match, f"environment.yml: not an exact pin: {line!r}"
        pins[normal(match.group(1))] = match.group(2)
    return pins


def imported_modules(source: str) -> set[str]:
    """Top-level names of the absolute imports in Python source (IPython magics and shell lines dropped)."""
    lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
    names = set()
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def third_party(modules: set[str]) -> set[str]:
    return {m for m in modules if m not in sys.stdlib_module_names and m not in ("widgets", "__future__")}


def notebook_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                for module in third_party(imported_modules(cell.source)):
                    found.setdefault(module, set()).add(str(path.relative_to(ROOT)))
    return found


def package_imports() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / "widgets").rglob("*.py")):
        for module in third_party(imported_modules(path.read_text(encoding="utf-8"))):
            found.setdefault(module, set()).add(str(path.relative_to(ROOT)))
    return found


def distributions_of(module: str) -> set[str]:
    dists = packages_distributions().get(module)
    assert dists, f"no installed distribution provides the module {module!r}"
    return {normal(d) for d in dists}


# --- Binder builds what the notebooks import ------------------------------------------------------------------


def test_the_walk_finds_the_imports_it_should():
    """The import walk itself: it sees plain and from-imports, skips relative ones, magics and the stdlib."""
    source = "%matplotlib inline\n!ls\nimport os, plotly.graph_objects as go\nfrom ipywidgets import IntSlider\n"
    source += "from . import sibling\nfrom widgets import data\n"
    assert third_party(imported_modules(source)) == {"plotly", "ipywidgets"}
    assert {"plotly", "ipywidgets"} <= set(notebook_imports() | package_imports())


def test_every_module_the_notebooks_and_the_package_import_is_in_environment_yml():
    pins = environment_pins()
    missing = []
    for module, where in sorted((notebook_imports() | package_imports()).items()):
        if not distributions_of(module) & set(pins):
            missing.append(
                f"{module} (from {', '.join(sorted(where)[:3])}) is provided by "
                f"{', '.join(sorted(distributions_of(module)))}, not pinned in environment.yml"
            )
    assert missing == [], "\n".join(missing)


def test_every_module_the_package_imports_is_a_declared_dependency():
    """pip install of the wheel (Colab, a hub) brings what the package imports: pyproject's dependencies."""
    import tomllib

    declared = {
        normal(re.split(r"[\s<>=!~;\[]", d, maxsplit=1)[0])
        for d in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    }
    missing = {m: sorted(w)[0] for m, w in package_imports().items() if not distributions_of(m) & declared}
    assert missing == {}, f"imported by the package but not in pyproject's dependencies: {missing}"


def test_postbuild_installs_the_package_and_nothing_else():
    path = ROOT / "postBuild"
    assert path.stat().st_mode & stat.S_IXUSR, "postBuild must be executable"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#!/usr/bin/env bash"
    commands = [line.strip() for line in lines[1:] if line.strip() and not line.lstrip().startswith("#")]
    installs = [c for c in commands if re.search(r"\b(pip|conda|mamba|micromamba|jupyter|npm)\b", c)]
    # Not editable (-e): a hub that builds its image the same way mounts the home over this copy.
    assert installs == ["python -m pip install --no-deps ."], installs
    others = [c for c in commands if c not in installs]
    assert others == ["set -euo pipefail", "rm -rf build vm_container_essay_widgets.egg-info"], others


def test_repo2docker_reads_the_root_files():
    """Each file does one job, and nothing makes repo2docker look elsewhere or build another way."""
    overriding = {
        "binder": "a binder/ folder: repo2docker would read only it and ignore the root",
        ".binder": "a .binder/ folder: likewise",
        "Dockerfile": "a Dockerfile: repo2docker would build it and nothing else",
        "Pipfile": "a Pipfile: a second, competing environment",
        "start": "a start script: Binder's server would start through it",
    }
    present = [why for name, why in overriding.items() if (ROOT / name).exists()]
    assert present == [], present
    # setup.py is read by pip (postBuild's pip install .), not by repo2docker, which takes environment.yml's
    # conda build pack. It holds the one build step pyproject.toml cannot state (plotly's widget bundle as a
    # data file) and none of the package's metadata, which stays in pyproject.toml.
    setup_py = (ROOT / "setup.py").read_text(encoding="utf-8")
    stated = re.findall(
        r"\b(name|version|packages|install_requires|python_requires|package_data|entry_points)\s*=", setup_py
    )
    assert stated == [], f"setup.py states {stated}: the package's metadata belongs in pyproject.toml"
    assert "setup(data_files=" in setup_py
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert "python=3.11" in env["dependencies"], "Binder's base environment is Python 3.11"


# --- The Binder environment resolves cleanly ------------------------------------------------------------------


def test_notebook_is_pinned_to_a_release_that_accepts_the_pinned_jupyterlab():
    """Binder's base image has notebook 7.4.x (jupyterlab < 4.5): the pins must replace it with one that accepts
    the pinned JupyterLab, or pip leaves a conflict and an incompatible notebook extension."""
    from packaging.requirements import Requirement

    pins = environment_pins()
    assert "notebook" in pins, "environment.yml must pin notebook, or Binder keeps its base image's 7.4.x"
    assert version("notebook") == pins["notebook"]
    (needs,) = [Requirement(r) for r in requires("notebook") if normal(Requirement(r).name) == "jupyterlab"]
    assert needs.specifier.contains(pins["jupyterlab"]), f"notebook {pins['notebook']} needs {needs}"


def test_pip_check_is_clean_with_the_environment_yml_pins():
    """The project venv (requirements-dev.txt, which includes requirements.txt = environment.yml's pins) holds
    every environment.yml pin at its version, and pip finds no broken requirement in it."""
    wrong = {name: (pinned, version(name)) for name, pinned in environment_pins().items() if version(name) != pinned}
    assert wrong == {}, f"installed versions differ from environment.yml (run make venv): {wrong}"
    check = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No broken requirements found." in check.stdout


def test_jupyterlab_finds_notebooks_extension_compatible():
    """What Binder's log showed with notebook 7.4 under jupyterlab 4.6: an incompatible notebook extension."""
    pins = environment_pins()
    lister = Path(sys.executable).parent / "jupyter-labextension"
    listed = subprocess.run([lister, "list"], capture_output=True, text=True, cwd=ROOT)
    assert listed.returncode == 0, listed.stderr
    text = re.sub(r"\x1b\[[0-9;]*m", "", listed.stdout + listed.stderr)  # no colours
    (line,) = [ln for ln in text.splitlines() if "@jupyter-notebook/lab-extension" in ln]
    assert f"v{pins['notebook']}" in line and line.rstrip().endswith("OK"), line
    assert "incompatible" not in text.lower() and "not compatible" not in text.lower(), text


# --- Voilà on Binder --------------------------------------------------------------------------------------------

VOILA_PROBE = """
import json
from pathlib import Path
from jupyter_server.serverapp import ServerApp
from voila.app import Voila
from voila.configuration import VoilaConfiguration
from voila.paths import collect_template_paths
from voila.server_extension import load_config_file

config = load_config_file()
voila = VoilaConfiguration(config=config) if config is not None else None
print(json.dumps({
    "found": config is not None and "VoilaConfiguration" in config,
    "strip_sources": voila and voila.strip_sources,
    "template": voila and voila.template,
    "template_found": bool(voila) and any(
        (Path(p) / "index.html.j2").is_file() for p in collect_template_paths(["voila"], voila.template)
    ),
    "server_paths": ServerApp().config_file_paths,
    "voila_paths": Voila().config_file_paths,
}))
"""


@pytest.fixture(scope="module")
def voila_in_the_root(tmp_path_factory) -> dict:
    """Voilà's view of the repository root, as its server extension loads it on Binder (the server starts in the
    root), with no user or system configuration. In a subprocess run with -P, so that the working directory is
    not on sys.path: there, the root's voila.py (a config file) would shadow the voila package."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "JUPYTER_PATH", "JUPYTER_CONFIG_PATH")}
    env.update(JUPYTER_NO_CONFIG="1", JUPYTER_CONFIG_DIR=str(tmp_path_factory.mktemp("no-config")))
    run = subprocess.run([sys.executable, "-P", "-c", VOILA_PROBE], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_voila_on_binder_reads_its_options_from_the_repository_root(voila_in_the_root):
    """The code stays hidden, and the template the options name exists."""
    seen = voila_in_the_root
    assert seen["found"], "no voila.py or voila.json with VoilaConfiguration at the repository root"
    assert seen["strip_sources"] is True, "Voilà would show the chapters' code"
    assert seen["template_found"], f"template {seen['template']!r} not found on the Jupyter path"


def test_the_root_is_on_voilas_config_path_and_not_on_jupyter_servers(voila_in_the_root):
    """Why the options are in voila.py / voila.json: jupyter_server 2 does not search the working directory,
    so a jupyter_config.json at the root (which Voilà's older docs suggest for Binder) would do nothing."""
    seen = voila_in_the_root
    assert str(ROOT) not in seen["server_paths"]
    assert seen["voila_paths"][0] == str(ROOT)  # the `voila` command too (make app)
    path = ROOT / "jupyter_config.json"
    assert not (path.exists() and "VoilaConfiguration" in json.loads(path.read_text(encoding="utf-8"))), (
        "jupyter_config.json holds Voilà options that nothing reads: move them to voila.py"
    )


# --- CITATION.cff ---------------------------------------------------------------------------------------------

SCHEMA = ROOT / "tests" / "fixtures" / "citation-file-format-1.2.0.schema.json"


def cff_errors(document: dict) -> list[str]:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$id"] == "https://citation-file-format.github.io/1.2.0/schema.json"
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_citation_cff_validates_against_the_cff_1_2_0_schema():
    """What `cffconvert --validate` checks (cffconvert itself needs jsonschema < 4, which the Jupyter pins
    cannot share): the file against the CFF 1.2.0 JSON schema, vendored from citation-file-format 1.2.0."""
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert cff_errors(cff) == []
    assert all(ref.get("authors") for ref in cff.get("references", []))


def test_the_schema_check_rejects_a_reference_without_authors():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    for ref in cff["references"]:
        del ref["authors"]
    assert any("'authors' is a required property" in e for e in cff_errors(cff))
