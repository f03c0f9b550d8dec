"""Pure figure builders: a state in, a plotly figure (or its spec) out.

Each module has ``spec(state, lang) -> dict`` (plain data and layout, cheap to
make on every change) and ``build(state, lang) -> go.Figure``. The live
explorables, static exports and tests all call the same builder.
"""
