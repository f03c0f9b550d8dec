"""The text table: every key in every language, with the same placeholders."""

import string

import pytest

from widgets import text
from widgets.text import LANGUAGES, TEXT, t


def placeholders(s: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(s) if name}


@pytest.mark.parametrize("key", sorted(TEXT))
def test_every_key_has_every_language_with_the_same_placeholders(key):
    entry = TEXT[key]
    assert set(entry) == set(LANGUAGES), f"{key} has {sorted(entry)}"
    assert all(entry[lang].strip() for lang in LANGUAGES)
    assert len({frozenset(placeholders(entry[lang])) for lang in LANGUAGES}) == 1, key


def test_lookup_fills_in_and_refuses_unknown_language_or_key():
    assert t("block.free", "en", memory="2 GB") == "free 2 GB"
    assert t("block.free", "ja", memory="2 GB") == "空き 2 GB"
    with pytest.raises(ValueError, match="lang must be one of en, ja"):
        t("block.free", "fr", memory="2 GB")
    with pytest.raises(KeyError, match="no text 'nope'"):
        t("nope")


@pytest.mark.parametrize(
    "mib, shown",
    [
        (64, "64 MB"),
        (96, "96 MB"),
        (1536, "1.5 GB"),
        (65536, "64 GB"),
        (1725, "1.68 GB"),
        (4 * 1024**2, "4 TB"),
        (0.5, "0.5 MB"),
        (100 * 1024, "100 GB"),
        (12.5 * 1024, "12.5 GB"),
    ],
)
def test_memory_is_shown_in_jedec_units(mib, shown):
    assert text.memory(mib) == shown


@pytest.mark.parametrize(
    "ms, en, ja",
    [
        (0.1, "0.1 ms", "0.1 ミリ秒"),
        (2.3, "2.3 ms", "2.3 ミリ秒"),
        (126, "126 ms", "126 ミリ秒"),
        (1837, "1.84 s", "1.84 秒"),
        (8001, "8 s", "8 秒"),
        (12_500, "12 s", "12 秒"),
        (60_000, "1 min", "1 分"),
    ],
)
def test_durations_in_both_languages(ms, en, ja):
    assert text.duration(ms) == en and text.duration(ms, "ja") == ja


def test_every_key_is_used():
    """A key no code can look up is dead text: used means a literal key in the package, tools
    or notebooks, or a prefix they complete at run time (t(f"compare.row.{row}"), "grade." + g)."""
    import ast
    from pathlib import Path

    import nbformat

    root = Path(__file__).resolve().parent.parent
    literals, prefixes = set(), set()

    def scan(source: str) -> None:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(node.values[0].value)
            elif (
                isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)
            ):
                prefixes.add(node.left.value)

    code = [p for p in (root / "widgets").rglob("*.py") if p.parent.name != "text" or p.name == "__init__.py"]
    for path in code + sorted((root / "tools").glob("*.py")):
        scan(path.read_text(encoding="utf-8"))
    for path in (root / "notebooks").rglob("*.ipynb"):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                scan(cell.source)
    prefixes = {p for p in prefixes if len(p) >= 3 and p.endswith(".")}
    unused = sorted(k for k in TEXT if k not in literals and not any(k.startswith(p) for p in prefixes))
    assert unused == [], f"text keys nothing looks up: {unused}"
