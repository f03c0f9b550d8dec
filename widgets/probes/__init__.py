"""Probes of the reader's own machine: they read /proc or run processes.

- :mod:`.machine`: what /proc and /sys say about the sandbox this kernel runs in;
- :mod:`.timing`: time a fixed command (a process, or a namespace with unshare);
- :mod:`.namespaces`: run a process in new namespaces and report what it saw;
- :mod:`.sandbox`: whether this Python runs in a browser (Pyodide), where none of the above can look.

No shell commands built from input; nothing here imports plotly or ipywidgets.
The numbers they feed live in :mod:`widgets.model`.
"""
