"""Whether this Python runs inside a web browser's sandbox: Pyodide, as in the lite edition (`make lite`).

There the kernel is WebAssembly in the reader's browser: it starts no processes (``subprocess`` raises
OSError), and the ``/proc`` it sees is Emscripten's stand-in, not the reader's machine. The probes check
:func:`in_browser` before they try, so a chapter says what a browser cannot show instead of failing.
Standard library only.
"""

from __future__ import annotations

import sys


def in_browser() -> bool:
    """True under Pyodide (``sys.platform == "emscripten"``), where no process starts and /proc is not the machine's."""
    return sys.platform == "emscripten"
