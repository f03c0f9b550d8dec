"""Write every chapter's navigation cells, the index's contents and the README's chapter list.

Nobody edits those by hand: run ``make nav`` (or ``python tools/nav.py``) after
adding, renaming or retitling a chapter. ``python tools/nav.py --check`` changes
nothing and exits 1 when anything is stale (tests/test_project.py runs it).

A chapter is notebooks/<lang>/NN-slug.ipynb; its twin in another edition has the
same file name (notebooks/ja/NN-slug.ipynb), and each navigation bar links to
it, named in its own language ("日本語", "English"). Its title is the first ``# ``
heading of its first markdown cell that is not a navigation cell. Generated
cells carry the tag ``nav-top``, ``nav-bottom`` or ``contents``. The README's launch links are
tools/links.py's (``make links``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
README = ROOT / "README.md"
LANGS = ("en", "ja")
WORDS = {
    "en": {"prev": "Previous", "next": "Next", "contents": "Contents", "chapters": "Chapters"},
    "ja": {"prev": "前へ", "next": "次へ", "contents": "目次", "chapters": "章"},
}
#: How a link to a chapter's twin in another edition reads: the edition's name in its own language.
EDITION_NAMES = {"en": "English", "ja": "日本語"}
README_START, README_END = "<!-- chapters:start -->", "<!-- chapters:end -->"
CHAPTER = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")


def chapters(lang: str) -> list[Path]:
    folder = NOTEBOOKS / lang
    return sorted(p for p in folder.glob("*.ipynb") if CHAPTER.match(p.name)) if folder.is_dir() else []


def _tags(cell: dict) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def title(nb: dict) -> str:
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown" and not {"nav-top", "nav-bottom", "contents"} & set(_tags(cell)):
            for line in _source(cell).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    raise SystemExit("a chapter has no '# ' title in its first markdown cell")


def _cell(tag: str, text: str):
    cell = nbformat.v4.new_markdown_cell(text, id=tag)
    cell.metadata = {"tags": [tag], "editable": False, "deletable": False}
    return cell


def _link(path: Path, here: Path, label: str) -> str:
    return f"[{label}]({path.name})" if path.parent == here.parent else f"[{label}]({path.relative_to(here.parent)})"


def expected(lang: str) -> dict[Path, dict]:
    """Each notebook of a language as it should be, navigation brought up to date."""
    paths = chapters(lang)
    books = {p: nbformat.read(p, as_version=4) for p in paths}
    titles = {p: title(nb) for p, nb in books.items()}
    words = WORDS[lang]
    index = next((p for p in paths if p.name.startswith("00-")), None)
    out = {}
    for i, path in enumerate(paths):
        nb = books[path]
        cells = [c for c in nb["cells"] if not {"nav-top", "nav-bottom"} & set(_tags(c))]
        parts = []
        if i > 0:
            parts.append(f"← {words['prev']}: {_link(paths[i - 1], path, titles[paths[i - 1]])}")
        if index and path != index:
            parts.append(_link(index, path, words["contents"]))
        if i + 1 < len(paths):
            parts.append(f"{words['next']}: {_link(paths[i + 1], path, titles[paths[i + 1]])} →")
        for other in LANGS:
            twin = NOTEBOOKS / other / path.name
            if other != lang and twin.exists():
                parts.append(f"[{EDITION_NAMES[other]}](../{other}/{path.name})")
        bar = " | ".join(parts)
        cells = [_cell("nav-top", bar), *cells, _cell("nav-bottom", bar)]
        if path == index:
            listing = "\n".join(f"{n}. {_link(p, path, titles[p])}" for n, p in enumerate(paths[1:], start=1))
            text = f"## {words['chapters']}\n\n{listing}"
            cells = [_cell("contents", text) if "contents" in _tags(c) else c for c in cells]
        nb.cells = cells
        out[path] = nb
    return out


def readme_list() -> str:
    lines = []
    for lang in LANGS:
        paths = chapters(lang)
        if not paths:
            continue
        lines.append(f"**{EDITION_NAMES[lang]}**\n")
        for p in paths:
            nb = nbformat.read(p, as_version=4)
            lines.append(f"- [{p.stem}]({p.relative_to(ROOT).as_posix()}): {title(nb)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _between(text: str, start: str, end: str, body: str) -> str:
    if start not in text or end not in text:
        raise SystemExit(f"README.md needs the markers {start} and {end}")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}{end}{tail}"


def _dump(nb) -> str:
    return nbformat.writes(nb) + "\n"


def run(check: bool) -> list[str]:
    stale = []
    for lang in LANGS:
        for path, nb in expected(lang).items():
            text = _dump(nb)
            if path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(ROOT)))
                if not check:
                    path.write_text(text, encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    new = _between(readme, README_START, README_END, readme_list())
    if new != readme:
        stale.append("README.md")
        if not check:
            README.write_text(new, encoding="utf-8")
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when anything is stale")
    args = parser.parse_args(argv)
    stale = run(args.check)
    if args.check and stale:
        print("stale navigation (run `make nav`):", *stale, sep="\n  ")
        return 1
    if not args.check:
        print("updated:", *stale, sep="\n  ") if stale else print("navigation is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
