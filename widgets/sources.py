"""The sources behind a chapter's numbers, as a table a reader can check."""

from __future__ import annotations

import html

from . import data
from .text import t


def table(keys: list[str] | tuple[str, ...], lang: str = "en") -> str:
    """An HTML table: each figure's value, unit, year, source and grade."""
    rows = []
    for key in keys:
        for r in data.series(key):
            rows.append(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(str(cell))}</td>"
                    for cell in (
                        r.key,
                        f"{r.value:g} {r.unit}",
                        r.year or "",
                        r.source,
                        f"{r.grade}: {t('grade.' + r.grade, lang)}",
                    )
                )
                + "</tr>"
            )
    head = "".join(f"<th>{t('sources.' + c, lang)}</th>" for c in ("figure", "value", "year", "source", "grade"))
    return f"<table class='essay-sources'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


class Sources:
    """Displays as the sources table in a notebook."""

    def __init__(self, keys, lang: str = "en"):
        self.keys, self.lang = tuple(keys), lang

    def _repr_html_(self) -> str:
        return table(self.keys, self.lang)


def sources(*keys: str, lang: str = "en") -> Sources:
    return Sources(keys, lang)
