"""Third-party work a chapter's first cell need not wait for.

plotly's FigureWidget imports nbformat, nbformat imports jsonschema, and jsonschema imports rfc3987_syntax (its
checker for the "iri" formats) if it is installed, which Jupyter's own dependencies install. rfc3987_syntax
builds its Earley parsers when it is imported: on this 2-core machine that was 3.1-3.6 s of the 3.9-4.5 s that
importing the package took, in every chapter's first cell (measured with ``python -X importtime``; reported
upstream as python-jsonschema/jsonschema#1428). Nothing in the essay validates an IRI.

:func:`defer_iri_parsers` puts a stand-in for the module in ``sys.modules`` before anything imports it. The
stand-in has the one name jsonschema takes from it, ``is_valid_syntax``, and imports the real module the first
time that is called, or the first time any other name of the module is asked for (``from rfc3987_syntax import
x``, ``import rfc3987_syntax.syntax_helpers``): then the real module takes its place in ``sys.modules``. Whoever
uses it gets the same answers, later. tests/test_deferred.py checks both.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

NAME = "rfc3987_syntax"


def defer_iri_parsers() -> bool:
    """Install the stand-in, unless the module is imported already or not installed. True if installed."""
    spec = None if NAME in sys.modules else importlib.util.find_spec(NAME)
    if spec is None or spec.submodule_search_locations is None:
        return False
    stand_in = types.ModuleType(NAME, "Stands in for rfc3987_syntax until it is used (widgets/_deferred.py).")
    # A package's path, so that `from rfc3987_syntax import x` (which asks for it) and a submodule's import find
    # what they would without the stand-in, without loading the package.
    stand_in.__path__ = list(spec.submodule_search_locations)

    def real() -> types.ModuleType:
        module = sys.modules.get(NAME)
        if module is not stand_in and module is not None:
            return module
        del sys.modules[NAME]
        try:
            return importlib.import_module(NAME)
        except BaseException:
            sys.modules[NAME] = stand_in
            raise

    def is_valid_syntax(term: str, value: str) -> bool:
        return real().is_valid_syntax(term, value)

    def __getattr__(name: str):  # the module's own (PEP 562)
        if name.startswith("__") and name != "__all__":  # what the import system probes
            raise AttributeError(name)
        return getattr(real(), name)

    stand_in.is_valid_syntax = is_valid_syntax
    stand_in.__getattr__ = __getattr__
    sys.modules[NAME] = stand_in
    return True
