"""Pure figure builders: a state in, a plotly figure (or its spec) out.

Each module has ``spec(state, lang) -> dict`` (plain data and layout, cheap to
make on every change), ``build(state, lang) -> go.Figure``, and ``traces`` with
``layout_changes`` for live updates: the contract in :mod:`.protocol`. Every
spec applies the house template of :mod:`.theme`; every colour comes from
:mod:`.palette`. The live explorables, static exports and tests all call the
same builder.
"""
