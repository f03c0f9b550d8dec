"""The reading path is clean: a reader sees prose, controls and figures, never test scaffolding.

Every code cell of every notebook under notebooks/ (every edition, found
recursively) is either a check cell, hidden and tagged (its metadata holds
``jupyter.source_hidden: true`` and the tags ``check`` and ``remove-cell``),
or a reader-visible cell. A visible cell holds no ``assert`` and no
``NBVAL`` marker, and prints only strings from the text table
(``print(t(...))``), so every edition can translate them. A check cell
prints nothing and is never the last code cell (the sources table is).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted(p for p in (ROOT / "notebooks").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
PRINT = re.compile(r"(?<![\w.])print\s*\(")


def is_check_cell(cell) -> bool:
    meta = cell.get("metadata", {})
    tags = meta.get("tags", [])
    return meta.get("jupyter", {}).get("source_hidden") is True and "check" in tags and "remove-cell" in tags


def _parse(source: str) -> ast.Module | None:
    # IPython lines (%magic, !shell) are not Python: blank them so the rest parses.
    lines = ["" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()]
    try:
        return ast.parse("\n".join(lines))
    except SyntaxError:
        return None


def _is_t_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    return (isinstance(f, ast.Name) and f.id == "t") or (isinstance(f, ast.Attribute) and f.attr == "t")


def visible_problems(source: str) -> list[str]:
    """What a reader-visible cell must not hold."""
    found = []
    if "NBVAL" in source:
        found.append("an NBVAL marker")
    tree = _parse(source)
    if tree is None:  # cannot parse: judge by the text
        if re.search(r"(?<![\w.])assert\b", source):
            found.append("an assert")
        for m in PRINT.finditer(source):
            if not re.match(r"\s*(?:\w+\.)*t\(", source[m.end() :]):
                found.append("a print( whose argument is not t(...)")
        return found
    if any(isinstance(n, ast.Assert) for n in ast.walk(tree)):
        found.append("an assert")
    for n in sorted(ast.walk(tree), key=lambda n: getattr(n, "lineno", 0)):
        is_print = isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print"
        if is_print and (not n.args or not _is_t_call(n.args[0])):
            found.append(f"a print( whose argument is not t(...) (line {n.lineno})")
    return found


def check_problems(source: str) -> list[str]:
    tree = _parse(source)
    prints = (
        any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print" for n in ast.walk(tree))
        if tree is not None
        else bool(PRINT.search(source))
    )
    return ["prints (a check cell prints nothing)"] if prints else []


def notebook_problems(path: Path) -> list[str]:
    return problems_in(nbformat.read(path, as_version=4), path.relative_to(ROOT).as_posix())


def problems_in(nb, name: str) -> list[str]:
    code = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    problems = []
    for n, (i, cell) in enumerate(code):
        where = f"{name} cell {i} (code cell {n + 1}, id {cell.get('id', '?')})"
        if is_check_cell(cell):
            problems += [f"{where}: check cell {p}" for p in check_problems(cell.source)]
        else:
            problems += [f"{where}: visible cell holds {p}" for p in visible_problems(cell.source)]
    if code and is_check_cell(code[-1][1]):
        problems.append(f"{name}: the last code cell is a check cell (the sources cell ends a chapter)")
    return problems


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.relative_to(ROOT / "notebooks").as_posix() for p in NOTEBOOKS])
def test_reading_path_is_clean(path):
    problems = notebook_problems(path)
    assert not problems, "\n".join(problems)


def test_notebooks_are_found():
    assert NOTEBOOKS, "no notebooks under notebooks/"


# -- the rules themselves, on made-up cells ------------------------------------


def _cell(source: str, check: bool = False):
    cell = nbformat.v4.new_code_cell(source)
    if check:
        cell.metadata = {"jupyter": {"source_hidden": True}, "tags": ["check", "remove-cell"]}
    return cell


def test_the_rules_catch_what_a_reader_should_not_see():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        _cell('LANG = "en"'),
        _cell("assert 1 == 1"),
        _cell("# NBVAL_CHECK_OUTPUT\nx = 1"),
        _cell("print(x)"),
        _cell('print(f"{x} VMs")'),
        _cell('print(t("k", LANG, n=1))'),
        _cell("print(text.t('k', LANG))"),
        _cell("assert x == 1", check=True),
        _cell("print(x)", check=True),
        _cell("sources(LANG)"),
        _cell("assert x", check=True),
    ]
    problems = problems_in(nb, "probe")
    assert [p.split(" ")[2] for p in problems[:-1]] == ["1", "2", "3", "4", "8"]
    assert "last code cell is a check cell" in problems[-1]
    nb.cells = nb.cells[:-1]
    assert len(problems_in(nb, "probe")) == 5
    half = _cell("print(1)")
    half.metadata = {"jupyter": {"source_hidden": True}, "tags": ["check"]}  # no remove-cell: visible
    assert not is_check_cell(half)
    assert visible_problems("%timeit x\nprint(t('k', LANG))") == []
