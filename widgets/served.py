"""plotly's widget bundle as a file the Jupyter server serves, so a page downloads it once, not per kernel message.

plotly's FigureWidget carries its whole widget bundle (about 5 MB of JavaScript) as widget state. Sent over the
kernel's websocket, it travelled with every page view and was stored in every executed notebook. Every Jupyter
front end this essay runs in already serves the files under each Jupyter data path's ``labextensions/``
folder: JupyterLab at ``/lab/extensions/``, Voilà at ``/voila/labextensions/``, JupyterLite at
``extensions/``, each named in the page's ``jupyter-config-data`` as ``fullLabextensionsUrl``. So the bundle is
installed there, as a plain file (not an extension: the folder has no package.json, and JupyterLab lists only
folders that have one), under a name that carries plotly's version:
``<prefix>/share/jupyter/labextensions/vm-container-essay-widgets/plotly-widget-7.1.0.js``.

- A wheel of the package carries it (setup.py copies it from the plotly it builds with, the version
  requirements.txt pins) and pip installs it with the package: Binder, a school's hub.
- An editable install does not install data files, so ``make venv`` runs ``python -m widgets.served``.
- Where the file is not served (another plotly version, an editor that is not a Jupyter server), the page asks
  the kernel for the bundle instead (:class:`widgets.explorables.live.PlotlyBundle`): slower, never broken.

This module imports only plotly and the standard library: setup.py loads it by path, before the package exists.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path

import plotly

#: The folder under a ``labextensions/`` data path that holds the served files.
FOLDER = "vm-container-essay-widgets"


def filename(version: str = plotly.__version__) -> str:
    """The bundle's file name for a plotly version: a kernel with another plotly asks for another file."""
    return f"plotly-widget-{version}.js"


def relative_url() -> str:
    """Where the page finds the bundle, relative to its ``fullLabextensionsUrl``."""
    return f"{FOLDER}/{filename()}"


def source() -> Path:
    """plotly's widget bundle as it ships in plotly's package data (the text of ``go.FigureWidget._esm``)."""
    return Path(plotly.__file__).resolve().parent / "package_data" / "widgetbundle.js"


def install(labextensions: Path) -> Path:
    """Copy the bundle into ``labextensions/FOLDER/`` (kept if already identical); return the file's path."""
    src = source()
    if not src.is_file():
        raise FileNotFoundError(f"plotly {plotly.__version__} has no widget bundle at {src}")
    dest = Path(labextensions) / FOLDER / filename()
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not (dest.is_file() and filecmp.cmp(src, dest, shallow=False)):
        shutil.copyfile(src, dest)
    return dest


def default_labextensions() -> Path:
    """This environment's own labextensions folder, which its Jupyter servers serve."""
    return Path(sys.prefix) / "share" / "jupyter" / "labextensions"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install plotly's widget bundle where Jupyter serves it.")
    parser.add_argument(
        "labextensions",
        nargs="?",
        type=Path,
        default=default_labextensions(),
        help="a labextensions folder (default: this environment's, %(default)s)",
    )
    args = parser.parse_args(argv)
    print(install(args.labextensions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
