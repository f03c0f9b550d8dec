"""Every string a reader sees in the figures and controls: one keyed table.

``t("stack.title", "ja", count=3, ...)`` looks a string up and fills it in.
Each key carries every language side by side, so a new edition adds a column
of text, never code. The table is kept in parts, one module per explorable or
figure family (``widgets/text/host.py``, ...), merged here into :data:`TEXT`;
a key defined twice is an error. tests/test_text.py fails when a language
misses a key or a placeholder.
"""

from __future__ import annotations

import importlib
import pkgutil

LANGUAGES = ("en", "ja")


def _merge() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        part = importlib.import_module(f"{__name__}.{info.name}")
        for key, entry in part.TEXT.items():
            if key in table:
                raise KeyError(f"text key {key!r} is defined twice (again in widgets/text/{info.name}.py)")
            table[key] = entry
    return table


TEXT: dict[str, dict[str, str]] = _merge()


MEMORY_UNITS = (("TB", 1024.0**2), ("GB", 1024.0), ("MB", 1.0))


def check_lang(lang: object) -> str:
    """lang itself when it is one of LANGUAGES; a ValueError naming them otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    return lang


def t(key: str, lang: str = "en", /, **values: object) -> str:
    """The string for key in lang, filled in with values."""
    check_lang(lang)
    try:
        entry = TEXT[key]
    except KeyError:
        raise KeyError(f"no text {key!r}") from None
    return entry[lang].format(**values) if values else entry[lang].replace("{{", "{").replace("}}", "}")


def memory_unit(mib: float) -> tuple[str, float]:
    """The largest of MB/GB/TB in which mib is at least 1, and its size in MiB.

    Memory follows the JEDEC custom: 1 GB of RAM is 1024 MB.
    """
    for unit, size in MEMORY_UNITS:
        if mib >= size:
            return unit, size
    return "MB", 1.0


def memory(mib: float) -> str:
    """64 -> '64 MB', 1536 -> '1.5 GB', 4194304 -> '4 TB' (JEDEC units)."""
    unit, size = memory_unit(mib)
    value = mib / size
    if value >= 100 or (value >= 10 and abs(value - round(value)) < 0.05):
        text = f"{value:,.0f}"
    elif value >= 10:
        text = f"{value:,.1f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}"


def duration(ms: float, lang: str = "en") -> str:
    """2.3 -> '2.3 ms', 126 -> '126 ms', 1837 -> '1.84 s', 8001 -> '8 s', 60000 -> '1 min'."""
    if ms >= 60_000:
        return t("unit.min", lang, n=f"{ms / 60_000:.3g}")
    if ms >= 1000:
        s = ms / 1000
        return t("unit.s", lang, n=f"{s:.3g}" if s < 10 else f"{s:.0f}")
    return t("unit.ms", lang, n=f"{ms:.2g}" if ms < 10 else f"{ms:.0f}")


def count(n: int) -> str:
    return f"{n:,}"


def cores(c: float) -> str:
    return f"{c:g}"
