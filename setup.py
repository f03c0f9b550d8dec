"""The one build step pyproject.toml cannot state: the wheel carries plotly's widget bundle for Jupyter to serve.

Everything else about the package is in pyproject.toml. widgets/served.py says why the bundle is a served file;
it is loaded here by its path, since the package is not importable while it is being built. The bundle comes from
the plotly the build runs with ([build-system] requires plotly at the version requirements.txt pins;
tests/test_project.py checks that they agree).
"""

import importlib.util
from pathlib import Path

from setuptools import setup

_spec = importlib.util.spec_from_file_location("_essay_served", Path(__file__).parent / "widgets" / "served.py")
served = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(served)

# data_files take paths relative to this file's folder, where the build runs.
_bundle = served.install(Path("build") / "served").as_posix()

setup(data_files=[(f"share/jupyter/labextensions/{served.FOLDER}", [_bundle])])
