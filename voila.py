"""Voilà's options for the essay's app mode, in the one file every way of starting Voilà here reads.

Voilà (0.5.13) reads ``voila.py`` and ``voila.json`` from the directory it starts in:
the ``voila`` command (``make app``, from the repository root) and Voilà as a Jupyter
server extension (Binder, whose server starts in the repository root) alike. A
``jupyter_config.json`` in that directory is not read by either: jupyter_core stopped
reading config from the working directory (4.11.2, CVE-2022-39286).

- ``template = "essay"``: Voilà's lab template without its links to Font Awesome on a
  CDN (share/jupyter/voila/templates/essay), so that a page asks nothing of the
  internet. Voilà looks for templates on the Jupyter data path, so the repository's
  share/jupyter goes at the front of ``JUPYTER_PATH`` for this process.
- ``strip_sources``: the chapters' code stays hidden (Voilà's default, stated).
- ``show_tracebacks``: a cell that fails shows why, for the reader to report.

tests/browser/test_offline.py starts Voilà as ``make app`` does and checks that every
request stays on the machine; tests/test_binder.py checks what Binder's server reads.

This file is a config file, not a module: Python started in the repository root with the
working directory on sys.path (``python -m voila``, ``python -c "import voila"``) would
import it instead of the voila package. Start Voilà with the ``voila`` command.
"""

import os
from pathlib import Path

c = get_config()  # noqa: F821 - traitlets defines get_config() for a config file

_SHARE = str(Path(__file__).resolve().parent / "share" / "jupyter")
_PATH = [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p]
if _SHARE not in _PATH:
    os.environ["JUPYTER_PATH"] = os.pathsep.join([_SHARE, *_PATH])

c.VoilaConfiguration.template = "essay"
c.VoilaConfiguration.strip_sources = True
c.VoilaConfiguration.show_tracebacks = True

# The chapter list (/voila/tree) shows the chapters, not the authors' template for a new one.
# (Standalone Voilà only: under Binder's server the server's own contents settings apply.)
c.ContentsManager.hide_globs.append("_*.ipynb")
