"""data/ is also the package ``widgets._data``, so that the CSVs travel with the package.

pyproject.toml maps this folder to that subpackage: a regular install copies the CSVs into
site-packages, and an editable install (``make venv``) imports this file, so both read the numbers
through ``importlib.resources`` (``widgets/data.py``). Nothing here but this docstring; see data/README.md
in the repository.
"""
