"""The one reader of data/: every number the essay uses, with its source.

Each CSV file in data/ has the columns of :data:`COLUMNS`. A row is a figure:
its value, its unit, the year it describes (where one applies), where it was
read and how firmly (its grade). ``data/README.md`` is the data dictionary.

The CSVs travel with the package: pyproject.toml maps data/ to the subpackage
:data:`PACKAGE`, so a regular install carries them in site-packages and an
editable one reads them where they are. They are read through
:mod:`importlib.resources`, never through a path relative to this file.

A malformed file fails with a :class:`DataError` that names the file, the line
and the column, so whoever edits data/ sees at once what to mend; a missing or
empty data folder fails with a :class:`MissingDataError` that names where it looked.

Nothing here imports plotly or ipywidgets.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: The subpackage that holds the CSVs: data/ in the repository (see pyproject.toml).
PACKAGE = "widgets._data"


def _package_folder() -> Traversable:
    try:
        return resources.files(PACKAGE)
    except ModuleNotFoundError:
        # Not installed with its data: the folder a wheel would have put it in, so that
        # load_all() can say where it looked.
        return Path(__file__).resolve().parent / PACKAGE.rpartition(".")[2]


#: Where the CSVs are: data/ in a clone (editable install), widgets/_data in site-packages otherwise.
DATA_DIR: Traversable = _package_folder()

COLUMNS = ("key", "value", "unit", "year", "source", "grade", "note")

#: Grades: how firmly a figure was checked.
GRADES = {
    "R": "read in the primary source",
    "S": "read in a secondary summary of the primary source",
    "C": "recalled, not confirmed",
    "I": "an illustrative value chosen by the essay, not a measurement",
}

# unit -> (dimension, factor to the dimension's canonical unit)
# Memory is canonical in MiB, time in ms. Memory sizes follow the sources:
# "MB"/"GB" in a source is kept as written (decimal) and converted exactly.
UNITS: dict[str, tuple[str, float]] = {
    "KiB": ("memory", 1 / 1024),
    "MiB": ("memory", 1.0),
    "GiB": ("memory", 1024.0),
    "TiB": ("memory", 1024.0**2),
    "kB": ("memory", 1e3 / 2**20),
    "MB": ("memory", 1e6 / 2**20),
    "GB": ("memory", 1e9 / 2**20),
    "TB": ("memory", 1e12 / 2**20),
    "ms": ("time", 1.0),
    "s": ("time", 1000.0),
    "min": ("time", 60_000.0),
    "cores": ("cores", 1.0),
    "count": ("count", 1.0),
    "percent": ("ratio", 0.01),
    "ratio": ("ratio", 1.0),
    "USD/GB": ("price", 1.0),
    "MB/s": ("bandwidth", 1.0),
    "GB/s": ("bandwidth", 1000.0),
    "per second": ("rate", 1.0),
    "year": ("year", 1.0),
    "IOPS": ("iops", 1.0),
}

CANONICAL = {
    "memory": "MiB",
    "time": "ms",
    "cores": "cores",
    "count": "count",
    "ratio": "ratio",
    "price": "USD/GB",
    "bandwidth": "MB/s",
    "rate": "per second",
    "year": "year",
    "iops": "IOPS",
}


class DataError(ValueError):
    """A data file that cannot be read as the data dictionary says."""

    def __init__(self, path: Path | Traversable, line: int, column: str, problem: str):
        self.path, self.line, self.column, self.problem = path, line, column, problem
        super().__init__(f"{_show(path)}, line {line}, column '{column}': {problem}")


class MissingDataError(DataError):
    """No data folder, or one with no CSV file: a package installed without its data, or a wrong directory."""

    def __init__(self, folder: Path | Traversable, problem: str):
        self.path, self.line, self.column, self.problem = folder, 0, "-", problem
        ValueError.__init__(self, problem)


def _show(path: Path | Traversable) -> str:
    """A data file as data/<name> when it is one of the package's own, else its full path."""
    if isinstance(path, Path) and isinstance(DATA_DIR, Path) and path.parent == DATA_DIR:
        return f"data/{path.name}"
    return str(path)


@dataclass(frozen=True)
class Record:
    """One sourced figure."""

    key: str
    value: float
    unit: str
    year: int | None
    source: str
    grade: str
    note: str
    file: str
    line: int

    @property
    def dimension(self) -> str:
        return UNITS[self.unit][0]

    @property
    def canonical(self) -> float:
        """The value in its dimension's canonical unit (MiB, ms, ...)."""
        return self.value * UNITS[self.unit][1]

    def cite(self) -> str:
        """A short citation: source and grade."""
        return f"{self.source} [{self.grade}]"


def read_csv(path: str | Path | Traversable) -> tuple[Record, ...]:
    """Read and validate one data file; raise DataError on the first fault."""
    if isinstance(path, str):
        path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(path, 0, "-", f"cannot be read ({err.strerror})") from None
    except UnicodeDecodeError:
        raise DataError(path, 0, "-", "is not UTF-8 text") from None
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        raise DataError(path, 1, "-", f"is empty; the header must be {','.join(COLUMNS)}")
    header = [h.strip() for h in rows[0]]
    for column in COLUMNS:
        if column not in header:
            raise DataError(path, 1, column, f"missing column; the header must be {','.join(COLUMNS)}")
    where = {c: header.index(c) for c in COLUMNS}
    records = []
    seen: dict[tuple[str, int | None], int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise DataError(path, number, "-", f"has {len(row)} fields, the header has {len(header)}")
        cell = {c: row[i].strip() for c, i in where.items()}
        if not cell["key"]:
            raise DataError(path, number, "key", "is empty")
        try:
            value = float(cell["value"])
        except ValueError:
            raise DataError(path, number, "value", f"{cell['value']!r} is not a number") from None
        if not math.isfinite(value) or value < 0:
            raise DataError(path, number, "value", f"{cell['value']!r} must be a finite number >= 0")
        if cell["unit"] not in UNITS:
            raise DataError(path, number, "unit", f"unknown unit {cell['unit']!r}; known units: {', '.join(UNITS)}")
        year = None
        if cell["year"]:
            if not cell["year"].isdigit() or not 1940 <= int(cell["year"]) <= 2100:
                raise DataError(path, number, "year", f"{cell['year']!r} is not a year from 1940 to 2100")
            year = int(cell["year"])
        if not cell["source"]:
            raise DataError(path, number, "source", "is empty: every figure needs a source")
        if cell["grade"] not in GRADES:
            raise DataError(path, number, "grade", f"{cell['grade']!r} is not a grade; use one of {', '.join(GRADES)}")
        if (cell["key"], year) in seen:
            raise DataError(
                path, number, "key", f"{cell['key']!r} (year {year}) is already on line {seen[cell['key'], year]}"
            )
        seen[cell["key"], year] = number
        records.append(
            Record(
                cell["key"], value, cell["unit"], year, cell["source"], cell["grade"], cell["note"], path.name, number
            )
        )
    return tuple(records)


@cache
def load_all(directory: str | None = None) -> dict[str, tuple[Record, ...]]:
    """Every data file, by key; a key may hold several years (a series).

    ``directory`` reads another folder of CSVs instead of the package's own (tests do).
    """
    folder = Path(directory) if directory else DATA_DIR
    where = str(folder)
    if not directory:
        where += f" (the package data {PACKAGE}, which is data/ in the repository; reinstall the package)"
    if not folder.is_dir():
        raise MissingDataError(folder, f"no data folder: looked for *.csv in {where}, which is not a folder")
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".csv")), key=lambda p: p.name)
    if not files:
        raise MissingDataError(folder, f"no data files: looked for *.csv in {where} and found none")
    by_key: dict[str, list[Record]] = {}
    for path in files:
        for record in read_csv(path):
            if record.key in by_key and by_key[record.key][0].file != record.file:
                first = by_key[record.key][0]
                raise DataError(
                    path, record.line, "key", f"{record.key!r} is already in {first.file}, line {first.line}"
                )
            by_key.setdefault(record.key, []).append(record)
    return {k: tuple(sorted(v, key=lambda r: r.year or 0)) for k, v in by_key.items()}


def record(key: str) -> Record:
    """The one figure with this key (a key with several years is a series)."""
    records = load_all().get(key)
    if not records:
        raise KeyError(f"no figure {key!r} in data/")
    if len(records) > 1:
        raise KeyError(f"{key!r} is a series of {len(records)} years; use series()")
    return records[0]


def series(key: str) -> tuple[Record, ...]:
    """Every year of a figure, oldest first."""
    records = load_all().get(key)
    if not records:
        raise KeyError(f"no figure {key!r} in data/")
    return records


def memory_mib(key: str) -> float:
    """A memory figure in MiB."""
    return _in(key, "memory")


def duration_ms(key: str) -> float:
    """A time figure in milliseconds."""
    return _in(key, "time")


def _in(key: str, dimension: str) -> float:
    r = record(key)
    if r.dimension != dimension:
        raise DataError(
            DATA_DIR / r.file,
            r.line,
            "unit",
            f"{r.key!r} is in {r.unit}, a {r.dimension} unit; a {dimension} unit is needed",
        )
    return r.canonical
