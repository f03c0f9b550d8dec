"""The editions are twins: one set of chapters, one code, prose in each language.

Every chapter in notebooks/en has a twin of the same file name in every other
edition, and the twins' code cells are the same, cell for cell, except the
first line, which names the edition's language (``LANG = "ja"``). Each
chapter's navigation links to its twin, the README lists every edition's
chapters, and each edition's index offers the other.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
LANGS = ("en", "ja")
CHAPTER = "[0-9][0-9]-*.ipynb"
EN = sorted((NOTEBOOKS / "en").glob(CHAPTER))


def names(lang: str) -> list[str]:
    return sorted(p.name for p in (NOTEBOOKS / lang).glob(CHAPTER))


def code_cells(path: Path) -> list[tuple[str, str]]:
    nb = nbformat.read(path, as_version=4)
    return [(c.get("id", ""), c.source) for c in nb.cells if c.cell_type == "code"]


def language_line(source: str) -> str | None:
    first = source.splitlines()[0] if source else ""
    m = re.match(r'LANG = "(\w+)"', first)
    return m.group(1) if m else None


def differences(first: Path, second: Path) -> list[str]:
    """Where two twins' code differs beyond the language line."""
    a, b = code_cells(first), code_cells(second)
    found = []
    if len(a) != len(b):
        found.append(f"{len(a)} code cells against {len(b)}")
    for n, ((id_a, src_a), (id_b, src_b)) in enumerate(zip(a, b), start=1):
        if id_a != id_b:
            found.append(f"code cell {n}: id {id_a!r} against {id_b!r}")
        lines_a, lines_b = src_a.splitlines(), src_b.splitlines()
        if language_line(src_a) and language_line(src_b):
            lines_a, lines_b = lines_a[1:], lines_b[1:]
        if lines_a != lines_b:
            found.append(f"code cell {n} ({id_a}) differs:\n{src_a}\n----\n{src_b}")
    return found


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_every_chapter_has_its_twin(lang):
    assert names(lang) == names("en"), f"notebooks/{lang} and notebooks/en hold different chapters"


@pytest.mark.parametrize("path", EN, ids=[p.name for p in EN])
@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_twins_share_their_code(lang, path):
    twin = NOTEBOOKS / lang / path.name
    assert twin.exists(), f"no {lang} twin of {path.name}"
    assert not differences(path, twin), "\n".join(differences(path, twin))
    first = [src for _, src in code_cells(twin)][:1]
    if path.name[:2] != "00":
        assert first and language_line(first[0]) == lang, (
            f"{lang}/{path.name}: the first line should be LANG = {lang!r}"
        )


def test_the_check_sees_a_difference(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell('LANG = "en"\nx = 1', id="a"), nbformat.v4.new_code_cell("y = 2", id="b")]
    nbformat.write(nb, tmp_path / "en.ipynb")
    nb.cells[0].source = 'LANG = "ja"  # 日本語版\nx = 1'
    nbformat.write(nb, tmp_path / "ja.ipynb")
    assert differences(tmp_path / "en.ipynb", tmp_path / "ja.ipynb") == []
    nb.cells[1].source = "y = 3"
    nbformat.write(nb, tmp_path / "ja.ipynb")
    assert len(differences(tmp_path / "en.ipynb", tmp_path / "ja.ipynb")) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_each_chapter_links_to_its_twin(lang):
    for path in sorted((NOTEBOOKS / lang).glob(CHAPTER)):
        nb = nbformat.read(path, as_version=4)
        bars = [c.source for c in nb.cells if {"nav-top", "nav-bottom"} & set(c.metadata.get("tags", []))]
        for other in LANGS:
            if other != lang and (NOTEBOOKS / other / path.name).exists():
                assert all(f"](../{other}/{path.name})" in bar for bar in bars), f"{lang}/{path.name}"


def test_the_readme_lists_every_edition():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lang in LANGS:
        for name in names(lang):
            assert f"notebooks/{lang}/{name}" in readme


def test_the_readme_has_a_japanese_section_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## 日本語で読む" in readme
    section = readme.split("## 日本語で読む", 1)[1].split("\n## ", 1)[0]
    assert "make lab" in section and "make test" in section and "notebooks/ja/" in section
