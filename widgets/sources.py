"""The sources behind a chapter's numbers, as a table a reader can check."""

from __future__ import annotations

import html
from collections import Counter

from . import data
from .text import TEXT, t

#: The source of a row the essay chose itself (grade I), worded in the reader's language.
CHOSEN = "Chosen by the essay"


def value(record: data.Record, lang: str = "en") -> str:
    """A row's value with its unit, as the reader's language writes it ("16 cores", "16 コア")."""
    key = f"sources.unit.{record.unit}"
    if record.value == 1 and f"{key}.one" in TEXT:  # "1 core", not "1 cores"
        key = f"{key}.one"
    return t(key, lang, n=f"{record.value:g}")


def source(record: data.Record, lang: str = "en") -> str:
    """A row's source as HTML: a citation, quoted as published in <cite>; the essay's own choice, worded."""
    if record.source == CHOSEN:
        return html.escape(t("sources.chosen", lang))
    return f"<cite>{html.escape(record.source)}</cite>"


def table(keys: list[str] | tuple[str, ...], lang: str = "en") -> str:
    """An HTML table: each figure's value, unit, year, source and grade."""
    rows = []
    for key in keys:
        for r in data.series(key):
            rows.append(
                "<tr>"
                + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in (r.key, value(r, lang), r.year or ""))
                + f"<td>{source(r, lang)}</td>"
                + f"<td>{html.escape(r.grade)}: {html.escape(t('grade.' + r.grade, lang))}</td>"
                + "</tr>"
            )
    head = "".join(f"<th>{t('sources.' + c, lang)}</th>" for c in ("figure", "value", "year", "source", "grade"))
    return f"<table class='essay-sources'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def summary(keys: list[str] | tuple[str, ...], lang: str = "en") -> str:
    """One sentence over these figures: how many, how many rows (each year of a series), how many of each grade."""
    rows = [r for key in keys for r in data.series(key)]
    grades = Counter(r.grade for r in rows)
    return t(
        "summary.figures",
        lang,
        count=len(keys),
        rows=len(rows),
        grades=", ".join(f"{g} {grades[g]}" for g in data.GRADES if grades[g]),
    )


class Sources:
    """Displays as the sources table in a notebook (with a sentence counting its figures, if asked)."""

    def __init__(self, keys, lang: str = "en", counted: bool = False):
        self.keys, self.lang, self.counted = tuple(keys), lang, counted

    def _repr_html_(self) -> str:
        head = f"<p>{html.escape(summary(self.keys, self.lang))}</p>" if self.counted else ""
        return head + table(self.keys, self.lang)


def sources(*keys: str, lang: str = "en", counted: bool = False) -> Sources:
    """The sources table of these figures; ``counted=True`` puts a sentence counting them and their grades above."""
    return Sources(keys, lang, counted)
