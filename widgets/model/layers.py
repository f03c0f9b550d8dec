"""The layers of a computer, and where virtualization tells its lie: numbers only.

A computer, drawn the article's way, is four layers from the bottom:
hardware (CPU, memory, storage, I/O), the operating system, middleware, and
the application. Virtualization makes an application believe it has a
machine of its own. *Where* that belief is made is the difference between
the two families:

- ``"hypervisor"``: below the OS. A hypervisor stands in for the hardware and
  offers each instance virtual hardware; each instance brings its own OS,
  middleware and application.
- ``"engine"``: at the OS. One host kernel serves every instance; a container
  engine has the kernel fence each one off (namespaces) and limit it
  (cgroups); each instance brings its middleware and application.
- ``"none"``: bare metal. One OS and one set of installed middleware serve
  every application, and each application sees the whole machine.

:func:`stack` gives a place's rows from the bottom, each shared or repeated
per instance; :class:`State` sets what an application is told against what is
really there. Every default comes from data/ (the article's "1 CPU and 8 GB",
its three VMs, its 64 GB, 16-core host). This module never imports plotly or
ipywidgets. Invalid input raises ValueError naming the parameter and the
allowed values.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import data, model
from .checks import check_choice

LAYERS = ("hardware", "os", "middleware", "app")
HARDWARE_PARTS = ("cpu", "memory", "storage", "io")
PLACES = ("hypervisor", "engine", "none")
SCOPES = ("shared", "each")

# Ranges of the picker's controls (and of State): small enough to draw.
INSTANCES_RANGE = (1, 6)
TOLD_CPUS = (1, 2, 4, 8)
TOLD_MEMORY_MIB = tuple(1024.0 * g for g in (1, 2, 4, 8, 16, 32))


@dataclass(frozen=True)
class Row:
    """One row of a stack: which layer, and whether one copy serves all or each instance has its own."""

    key: str  # hardware, hypervisor, virtual_hw, os, engine, middleware, app
    layer: str  # the computer layer it belongs to (one of LAYERS), or "illusion" for the liar itself
    scope: str  # "shared" or "each"


_STACKS: dict[str, tuple[Row, ...]] = {
    "hypervisor": (
        Row("hardware", "hardware", "shared"),
        Row("hypervisor", "illusion", "shared"),
        Row("virtual_hw", "hardware", "each"),
        Row("os", "os", "each"),
        Row("middleware", "middleware", "each"),
        Row("app", "app", "each"),
    ),
    "engine": (
        Row("hardware", "hardware", "shared"),
        Row("os", "os", "shared"),
        Row("engine", "illusion", "shared"),
        Row("middleware", "middleware", "each"),
        Row("app", "app", "each"),
    ),
    "none": (
        Row("hardware", "hardware", "shared"),
        Row("os", "os", "shared"),
        Row("middleware", "middleware", "shared"),
        Row("app", "app", "each"),
    ),
}


def check_place(place: object) -> str:
    check_choice("place", place, PLACES)
    return place


def stack(place: str) -> tuple[Row, ...]:
    """The rows of a place's stack, from the bottom."""
    return _STACKS[check_place(place)]


def brought(place: str) -> tuple[str, ...]:
    """The computer layers each instance brings with it (its own copy), bottom first."""
    return tuple(dict.fromkeys(r.layer for r in stack(place) if r.scope == "each"))


def shared(place: str) -> tuple[str, ...]:
    """The computer layers one copy of which serves every instance, bottom first."""
    return tuple(dict.fromkeys(r.layer for r in stack(place) if r.scope == "shared" and r.layer in LAYERS))


def liar(place: str) -> str | None:
    """The row that makes the illusion: the hypervisor, the container engine, or None on bare metal."""
    rows = [r.key for r in stack(place) if r.layer == "illusion"]
    return rows[0] if rows else None


def illusion_layer(place: str) -> str | None:
    """The layer whose part the illusion plays: "hardware" below the OS (a hypervisor's virtual
    hardware), "os" at the OS (the kernel fences each container), None on bare metal."""
    return {"hypervisor": "hardware", "engine": "os", "none": None}[check_place(place)]


@dataclass(frozen=True)
class State:
    """What each of several applications is told it has, against what the host really has."""

    place: str
    instances: int
    told_cpus: int
    told_mib: float
    host_cores: int
    host_mib: float

    def __post_init__(self) -> None:
        check_place(self.place)
        if (
            isinstance(self.instances, bool)
            or not isinstance(self.instances, int)
            or not INSTANCES_RANGE[0] <= self.instances <= INSTANCES_RANGE[1]
        ):
            raise ValueError(
                f"instances must be a whole number from {INSTANCES_RANGE[0]} to "
                f"{INSTANCES_RANGE[1]}, got {self.instances!r}"
            )
        check_choice("told_cpus", self.told_cpus, TOLD_CPUS)
        check_choice("told_mib", self.told_mib, TOLD_MEMORY_MIB)
        model.Host(self.host_mib, self.host_cores, 0.0)  # raises ValueError naming host_ram_mib / host_cores

    @property
    def illusion(self) -> bool:
        return self.place != "none"

    def sees(self) -> tuple[float, float]:
        """(CPUs, MiB) the application is told it has: the promise, or on bare metal the whole host."""
        if not self.illusion:
            return float(self.host_cores), self.host_mib
        return float(self.told_cpus), self.told_mib

    def shown_by_proc(self) -> tuple[float, float]:
        """(CPUs, MiB) that /proc/cpuinfo and /proc/meminfo describe inside an instance.

        A VM's guest kernel describes its virtual hardware. A container reads the
        host kernel's files, which describe the whole host: its limits are
        enforced (cgroups), not drawn as smaller hardware.
        """
        if self.place == "hypervisor":
            return float(self.told_cpus), self.told_mib
        return float(self.host_cores), self.host_mib

    def promised(self) -> tuple[float, float]:
        """(CPUs, MiB) promised to all the instances together.

        On bare metal nothing is promised: the applications share the one real
        machine, so this is the host itself.
        """
        if not self.illusion:
            return float(self.host_cores), self.host_mib
        cpus, mib = self.sees()
        return cpus * self.instances, mib * self.instances

    def memory_share(self) -> float:
        """The promised memory as a fraction of the host's (above 1: more is promised than exists)."""
        return self.promised()[1] / self.host_mib

    def cpu_share(self) -> float:
        """The promised CPUs as a fraction of the host's cores."""
        return self.promised()[0] / self.host_cores

    def overcommitted(self) -> bool:
        """True where the promises add up to more memory or CPUs than the host has."""
        return self.memory_share() > 1 + 1e-9 or self.cpu_share() > 1 + 1e-9


def default_state(**changes: object) -> State:
    """The article's example: three instances, each told 1 CPU and 8 GB, on its 64 GB, 16-core host."""
    values = dict(
        place="hypervisor",
        instances=int(data.record("illusion.instances").value),
        told_cpus=int(data.record("illusion.told_cpus").value),
        told_mib=data.memory_mib("illusion.told_memory"),
        host_cores=int(data.record("host.cores").value),
        host_mib=data.memory_mib("host.ram"),
    )
    values.update(changes)
    return State(**values)


DATA_KEYS = ("illusion.told_cpus", "illusion.told_memory", "illusion.instances", "host.ram", "host.cores")
