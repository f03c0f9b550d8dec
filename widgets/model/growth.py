"""How hardware grew from 1998 to today, and what a machine of a given year could host: numbers only.

Every figure comes from ``data/hardware.csv`` through :mod:`widgets.data`.
Memory is in MiB, storage speed in MB/s, price in USD per GB.

Data points are sparse (a handful of years per quantity), so "a typical home
PC of year Y" and "a large server of year Y" are **interpolations**: between
two data points a quantity is taken to grow at a steady rate, that is along a
straight line on a log scale; after the last data point it is held at that
point's value, never extrapolated; before the first there is no value. A
machine says which of its numbers are data points and which are interpolated.

The typical home PC's RAM runs through the upper end of a 1998 PC (64 MB)
and the most common size on the Steam hardware survey (2016, 2022, 2024); its
cores from one (1998) to the article's sixteen (2025). The large server's RAM
runs through one server per era (1998, 2005, 2010) and a two-socket AMD EPYC
Genoa (2022); its cores are two sockets times the cores of one socket.

What fits on such a machine is :func:`widgets.model.fit_or_none` for a
workload and a platform. This module never imports plotly or ipywidgets.
Invalid input raises ValueError naming the parameter and its allowed range.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from functools import cache

from .. import data, model
from .checks import check_choice

MACHINES = ("pc", "server")
#: Platforms the year explorer compares (a microVM is chapter 3's).
PLATFORMS = ("vm", "container")


@dataclass(frozen=True)
class Point:
    """One data point of a series: its year, its value (canonical unit) and the record behind it."""

    year: int
    value: float
    record: data.Record


def points(key: str) -> tuple[Point, ...]:
    """Every year of a data/ series as points, oldest first."""
    return tuple(Point(r.year, r.canonical, r) for r in data.series(key))


_points = points


# --- the series ----------------------------------------------------------------


@cache
def author_pc_ram() -> tuple[Point, ...]:
    """The author's PCs: 64 MB about 1998, 64 GB today (the article)."""
    return _points("hw.ram.author_pc")


@cache
def survey_ram() -> tuple[Point, ...]:
    """The most common RAM size on the Steam hardware survey, by year."""
    return _points("hw.ram.steam_most_common")


@cache
def pc_1998_range() -> tuple[float, float]:
    """Typical PC RAM in 1998, low and high end, in MiB."""
    return data.memory_mib("hw.ram.pc_1998_low"), data.memory_mib("hw.ram.pc_1998_high")


@cache
def typical_pc_ram() -> tuple[Point, ...]:
    """The points a typical home PC's RAM is interpolated through.

    1998: the upper end of a typical PC (64 MB, kind to 1998); then the most
    common size on the Steam survey.
    """
    high = data.record("hw.ram.pc_1998_high")
    return (Point(high.year, high.canonical, high), *survey_ram())


@cache
def sockets() -> int:
    """Sockets of the essay's large server (an illustrative choice: two)."""
    return int(data.record("hw.server.sockets").value)


@cache
def server_ram() -> tuple[Point, ...]:
    """The points a large server's RAM is interpolated through.

    One server per era from data/ (1998, 2005, 2010), then two sockets of an
    AMD EPYC Genoa at 3 TB each (2022, ordinary 128 GB modules).
    """
    genoa = data.record("hw.ram.genoa_socket_max")
    return (*_points("hw.ram.server_max"), Point(genoa.year, sockets() * genoa.canonical, genoa))


@cache
def server_ram_beside() -> tuple[Point, ...]:
    """Server figures shown beside the line, not on it: an 8-socket machine, the article's 4 TB."""
    return _points("hw.ram.server_8socket") + _points("hw.ram.server_article")


@cache
def cores_per_socket() -> tuple[Point, ...]:
    """Cores in one x86 server socket: 1 until April 2005, then AMD EPYC from 2017."""
    return _points("hw.cpu.cores_per_socket")


@cache
def server_cores() -> tuple[Point, ...]:
    """Cores of the essay's two-socket server: sockets times cores per socket."""
    return tuple(Point(p.year, sockets() * p.value, p.record) for p in cores_per_socket())


@cache
def home_cores() -> tuple[Point, ...]:
    """Cores of a home PC: one in 1998, the article's 16 today."""
    return _points("hw.cpu.cores_home")


@cache
def storage() -> dict[str, tuple[Point, ...]]:
    """Sequential storage speed in MB/s: a hard disk, the SATA III ceiling, NVMe over PCIe x4."""
    return {
        "hdd": _points("hw.storage.hdd_seq"),
        "sata": _points("hw.storage.sata3"),
        "nvme": _points("hw.storage.nvme_x4"),
    }


@cache
def dram_price() -> tuple[Point, ...]:
    """DRAM price per GB, nominal USD, at three years (point values not re-checked: grade S)."""
    return _points("hw.dram.price_per_gb")


# --- the years the essay covers --------------------------------------------------


@cache
def years() -> tuple[int, int]:
    """First and last year of the year explorer: 1998 to the latest year in these series."""
    series = (
        author_pc_ram(),
        typical_pc_ram(),
        server_ram(),
        server_ram_beside(),
        cores_per_socket(),
        home_cores(),
        *storage().values(),
        dram_price(),
    )
    first = min(p.year for s in series for p in s)
    last = max(p.year for s in series for p in s)
    return first, last


def _year(year: object) -> int:
    first, last = years()
    if isinstance(year, bool) or not isinstance(year, (int, float)) or year != int(year) or not first <= year <= last:
        raise ValueError(f"year must be a whole number from {first} to {last}, got {year!r}")
    return int(year)


# --- interpolation -----------------------------------------------------------------


def interpolate(points: tuple[Point, ...], year: float) -> float | None:
    """A series' value at year, interpolated on a log scale between its data points.

    Between two points the value grows (or falls) at a steady rate: a straight
    line on a log axis. After the last point the last value is held, not
    extrapolated; before the first there is no value (None).
    """
    if not points:
        raise ValueError("points must hold at least one data point")
    if year < points[0].year:
        return None
    if year >= points[-1].year:
        return points[-1].value
    for p in points:
        if p.year == year:
            return p.value
    for a, b in itertools.pairwise(points):
        if a.year <= year <= b.year:
            if b.year == a.year:
                return b.value
            share = (year - a.year) / (b.year - a.year)
            return math.exp(math.log(a.value) + share * (math.log(b.value) - math.log(a.value)))
    raise AssertionError("unreachable: points are sorted by year")


def is_data_year(points: tuple[Point, ...], year: int) -> bool:
    """True where year is one of the series' data points (no interpolation needed)."""
    return any(p.year == year for p in points)


HOW = ("data", "interpolated", "held")


def how(points: tuple[Point, ...], year: int) -> str:
    """How a series' value at year is had: "data", "interpolated" or "held" (after its last point)."""
    if is_data_year(points, year):
        return "data"
    return "held" if year > points[-1].year else "interpolated"


@dataclass(frozen=True)
class Machine:
    """A typical home PC or a large server of one year, interpolated from data/."""

    kind: str  # "pc" or "server"
    year: int
    ram_mib: float
    cores: int
    ram_how: str  # "data" (a data point's year), "interpolated" or "held" (after the last point)
    cores_how: str

    @property
    def ram_is_data(self) -> bool:
        return self.ram_how == "data"

    @property
    def cores_is_data(self) -> bool:
        return self.cores_how == "data"


def machine(kind: str, year: int) -> Machine:
    """The typical home PC ("pc") or the large server ("server") of a year (interpolated).

    Cores are rounded to a whole number (at least one).
    """
    check_choice("machine", kind, MACHINES)
    year = _year(year)
    ram_points = typical_pc_ram() if kind == "pc" else server_ram()
    core_points = home_cores() if kind == "pc" else server_cores()
    ram = interpolate(ram_points, year)
    cores = interpolate(core_points, year)
    if ram is None or cores is None:  # every series starts in 1998, the first year
        raise AssertionError(f"no {kind} data for {year}")
    return Machine(kind, year, ram, max(1, round(cores)), how(ram_points, year), how(core_points, year))


def price_per_gb(year: int) -> float | None:
    """DRAM USD per GB in a year, interpolated between the point values; None after the last one.

    The price is not held after 2020: 2025 saw a sharp rise (hw.dram.contract_rise_2025).
    """
    year = _year(year)
    points = dram_price()
    if year > points[-1].year:
        return None
    return interpolate(points, year)


# --- ratios the prose states -------------------------------------------------------


def ratio(later_mib: float, earlier_mib: float) -> float:
    """How many times larger later is than earlier."""
    if earlier_mib <= 0:
        raise ValueError(f"earlier_mib must be above 0, got {earlier_mib!r}")
    return later_mib / earlier_mib


def author_growth() -> float:
    """The author's 64 MB (about 1998) to 64 GB (today): 1024 times."""
    first, last = author_pc_ram()[0], author_pc_ram()[-1]
    return ratio(last.value, first.value)


def author_to_survey() -> float:
    """The author's 64 MB to the most common size on the latest Steam survey (16 GB): 256 times."""
    return ratio(survey_ram()[-1].value, author_pc_ram()[0].value)


def tenfold_years(a: Point, b: Point) -> float:
    """Years for a tenfold change at the steady rate between two points."""
    if a.value <= 0 or b.value <= 0 or a.value == b.value or a.year == b.year:
        raise ValueError("points must differ in year and value, and values must be above 0")
    return abs((b.year - a.year) / math.log10(b.value / a.value))


# --- what fits -------------------------------------------------------------------


@dataclass(frozen=True)
class State:
    """What the year explorer sets: the year, which machine, which platform."""

    year: int
    machine: str = "server"
    platform: str = "vm"
    vcpu_ratio: float | None = None  # vCPUs per physical core (None: the essay's default, data/)

    def __post_init__(self) -> None:
        object.__setattr__(self, "year", _year(self.year))
        ratio = model.default_vcpu_ratio() if self.vcpu_ratio is None else self.vcpu_ratio
        object.__setattr__(self, "vcpu_ratio", model.check_number("vcpu_ratio", ratio, *model.VCPU_RATIO_RANGE))
        check_choice("machine", self.machine, MACHINES)
        check_choice("platform", self.platform, PLATFORMS)

    def machine_now(self) -> Machine:
        return machine(self.machine, self.year)

    def host_state(self) -> model.State:
        """The host explorer's state for this year's machine, with chapter 2's default service."""
        m = self.machine_now()
        return model.default_state(ram_mib=m.ram_mib, cores=m.cores, platform=self.platform, vcpu_ratio=self.vcpu_ratio)

    def fit(self) -> model.Fit | None:
        """How many of chapter 2's default services fit, or None where the host cannot hold its own OS."""
        m = self.machine_now()
        return model.fit_or_none(
            m.ram_mib, m.cores, model.default_workload(), model.platform(self.platform), self.vcpu_ratio
        )


def default_state(**changes: object) -> State:
    """The explorer's opening state: a large server of the latest year, VMs."""
    values: dict[str, object] = dict(
        year=years()[1], machine="server", platform="vm", vcpu_ratio=model.default_vcpu_ratio()
    )
    values.update(changes)
    return State(**values)


def fits(kind: str, year: int, platform: str, vcpu_ratio: float | None = None) -> model.Fit | None:
    """How many of chapter 2's default services fit on a machine of a year."""
    return State(year, kind, platform, vcpu_ratio).fit()
