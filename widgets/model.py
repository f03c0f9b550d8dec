"""What fits on a host: numbers only.

A :class:`Host` (RAM, cores, what its own OS and hypervisor or engine keep), a
:class:`Workload` (the application's memory, its libraries, its CPU share) and
a :class:`Platform` (VM, container or microVM) make a state. :func:`fit`
answers how many instances fit, which resource runs out first, and where the
host's memory goes; :func:`startup` gives each platform's start-up stages.

Every constant comes from data/ through :mod:`widgets.data`. Memory is in MiB,
time in milliseconds. This module never imports plotly or ipywidgets.

Invalid input raises ValueError naming the parameter and its allowed range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from numbers import Real

from . import data

# Allowed ranges. Wide enough for any machine the essay talks about (the
# sliders stop at 64 MiB - 4 TiB and 1 - 256 cores), narrow enough to be sane.
RAM_RANGE_MIB = (1.0, 64 * 1024.0**2)        # 1 MiB .. 64 TiB
CORES_RANGE = (1, 4096)
WORKLOAD_MEMORY_RANGE_MIB = (1.0, 4 * 1024.0**2)  # 1 MiB .. 4 TiB
LIBS_RANGE_MIB = (0.0, 4 * 1024.0**2)
CPU_RANGE = (0.01, 4096.0)

PLATFORMS = ("vm", "container", "microvm")
LIMITS = ("memory", "cpu", "both")


def check_number(name: str, value: object, low: float, high: float) -> float:
    """Check that value is a real, finite number in [low, high]."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
    return number


def check_integer(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or number != int(number) or not low <= number <= high:
        raise ValueError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
    return int(number)


@dataclass(frozen=True)
class Host:
    """A physical machine: RAM and cores, and what its own OS keeps."""

    ram_mib: float
    cores: int
    reserved_mib: float

    def __post_init__(self) -> None:
        ram = check_number("host_ram_mib", self.ram_mib, *RAM_RANGE_MIB)
        cores = check_integer("host_cores", self.cores, *CORES_RANGE)
        reserved = check_number("host_reserved_mib", self.reserved_mib, 0.0, RAM_RANGE_MIB[1])
        if reserved >= ram:
            raise ValueError(
                f"host_ram_mib must be larger than the {reserved:g} MiB the host keeps for its own OS "
                f"(host_reserved_mib); allowed range: above {reserved:g} up to {RAM_RANGE_MIB[1]:g}, "
                f"got {self.ram_mib!r}")
        object.__setattr__(self, "ram_mib", ram)
        object.__setattr__(self, "cores", cores)
        object.__setattr__(self, "reserved_mib", reserved)


@dataclass(frozen=True)
class Workload:
    """One copy of the application: its memory, its libraries', its CPU share."""

    app_mib: float
    libs_mib: float
    cpu: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "app_mib", check_number("workload_app_mib", self.app_mib, *WORKLOAD_MEMORY_RANGE_MIB))
        object.__setattr__(self, "libs_mib", check_number("workload_libs_mib", self.libs_mib, *LIBS_RANGE_MIB))
        object.__setattr__(self, "cpu", check_number("workload_cpu", self.cpu, *CPU_RANGE))


@dataclass(frozen=True)
class Platform:
    """How an instance is made: what each one costs beyond the application."""

    key: str
    guest_os_mib: float   # a guest OS in every instance (0 for containers)
    overhead_mib: float   # hypervisor process / VMM / container shim, per instance
    whole_cpus: bool      # VMs get whole vCPUs; cgroups give containers fractions

    def __post_init__(self) -> None:
        if self.key not in PLATFORMS:
            raise ValueError(f"platform must be one of {', '.join(PLATFORMS)}, got {self.key!r}")
        check_number("guest_os_mib", self.guest_os_mib, 0.0, RAM_RANGE_MIB[1])
        check_number("overhead_mib", self.overhead_mib, 0.0, RAM_RANGE_MIB[1])

    def instance_mib(self, workload: Workload) -> float:
        """Memory one instance takes: overhead, guest OS, libraries, application."""
        return self.overhead_mib + self.guest_os_mib + workload.libs_mib + workload.app_mib

    def cpus(self, workload: Workload) -> float:
        """CPUs one instance reserves: whole vCPUs for a VM, the share itself for a container."""
        return float(math.ceil(workload.cpu - 1e-9)) if self.whole_cpus else workload.cpu


@lru_cache(maxsize=None)
def platforms() -> dict[str, Platform]:
    """The three platforms, their costs read from data/."""
    return {
        "vm": Platform("vm", data.memory_mib("vm.guest_os_memory"), data.memory_mib("vm.overhead"), True),
        "container": Platform("container", 0.0, data.memory_mib("container.overhead"), False),
        "microvm": Platform("microvm", data.memory_mib("microvm.guest_os_memory"),
                            data.memory_mib("microvm.overhead"), True),
    }


def cost_grades(key: str) -> dict[str, str]:
    """How firmly each of a platform's per-instance costs was checked (data/ grades)."""
    platform(key)
    grades = {"overhead": data.record(f"{key}.overhead").grade}
    if key != "container":
        grades["guest_os"] = data.record(f"{key}.guest_os_memory").grade
    return grades


def platform(key: str) -> Platform:
    if not isinstance(key, str) or key not in PLATFORMS:
        raise ValueError(f"platform must be one of {', '.join(PLATFORMS)}, got {key!r}")
    return platforms()[key]


def default_host(ram_mib: float | None = None, cores: int | None = None) -> Host:
    """The essay's default host (the article's 64 GB, 16-core PC), or one with this RAM/cores."""
    return Host(data.memory_mib("host.ram") if ram_mib is None else ram_mib,
                int(data.record("host.cores").value) if cores is None else cores,
                data.memory_mib("host.os_memory"))


def default_workload(app_mib: float | None = None, cpu: float | None = None) -> Workload:
    return Workload(data.memory_mib("workload.app_memory") if app_mib is None else app_mib,
                    data.memory_mib("workload.libs_memory"),
                    data.record("workload.cpu").value if cpu is None else cpu)


@dataclass(frozen=True)
class MemoryBreakdown:
    """Where the host's RAM goes, in MiB. The fields sum to the host's RAM."""

    apps: float
    libs: float
    guest_os: float
    overhead: float
    host: float
    free: float

    def total(self) -> float:
        return self.apps + self.libs + self.guest_os + self.overhead + self.host + self.free


@dataclass(frozen=True)
class Fit:
    """How many instances of a workload fit on a host, and why no more."""

    count: int
    by_memory: int
    by_cpu: int
    limit: str            # "memory", "cpu" or "both": which resource runs out first
    instance_mib: float
    instance_cpus: float
    memory: MemoryBreakdown


def fit(host: Host, workload: Workload, platform: Platform) -> Fit:
    """How many instances fit, which resource limits, and where the memory goes."""
    if not isinstance(host, Host):
        raise ValueError(f"host must be a Host, got {host!r}")
    if not isinstance(workload, Workload):
        raise ValueError(f"workload must be a Workload, got {workload!r}")
    if not isinstance(platform, Platform):
        raise ValueError(f"platform must be a Platform, got {platform!r}")
    per = platform.instance_mib(workload)
    cpus = platform.cpus(workload)
    available = host.ram_mib - host.reserved_mib
    by_memory = int(math.floor(available / per + 1e-9))
    by_cpu = int(math.floor(host.cores / cpus + 1e-9))
    count = min(by_memory, by_cpu)
    limit = "memory" if by_memory < by_cpu else "cpu" if by_cpu < by_memory else "both"
    used = {
        "apps": count * workload.app_mib,
        "libs": count * workload.libs_mib,
        "guest_os": count * platform.guest_os_mib,
        "overhead": count * platform.overhead_mib,
    }
    free = max(0.0, host.ram_mib - host.reserved_mib - sum(used.values()))
    return Fit(count, by_memory, by_cpu, limit, per, cpus,
               MemoryBreakdown(host=host.reserved_mib, free=free, **used))


def fit_or_none(host_ram_mib: float, cores: int, workload: Workload, platform: Platform) -> Fit | None:
    """fit() on a default-reserve host, or None where the host cannot hold its own OS."""
    reserve = data.memory_mib("host.os_memory")
    if host_ram_mib <= reserve:
        return None
    return fit(Host(host_ram_mib, cores, reserve), workload, platform)


# --- start-up ---------------------------------------------------------------

@dataclass(frozen=True)
class Stage:
    """One stage of starting an instance, with its duration and source."""

    key: str          # e.g. "firmware"; the essay's text table names it
    ms: float
    source: str


def startup(platform_key: str) -> tuple[Stage, ...]:
    """What must happen before the application runs, in order, from data/."""
    if not isinstance(platform_key, str) or platform_key not in PLATFORMS:
        raise ValueError(f"platform must be one of {', '.join(PLATFORMS)}, got {platform_key!r}")
    process = data.record("startup.process")
    if platform_key == "vm":
        firmware = data.record("startup.vm.firmware")
        total = data.record("startup.vm.to_command")
        return (
            Stage("firmware", firmware.canonical, firmware.cite()),
            Stage("guest_boot", max(0.0, total.canonical - firmware.canonical), total.cite()),
            Stage("process", process.canonical, process.cite()),
        )
    if platform_key == "microvm":
        boot = data.record("startup.microvm.to_init")
        return (Stage("microvm_boot", boot.canonical, boot.cite()),
                Stage("process", process.canonical, process.cite()))
    engine = data.record("startup.container.engine")
    return (Stage("engine", engine.canonical, engine.cite()),
            Stage("process", process.canonical, process.cite()))


def startup_ms(platform_key: str) -> float:
    """Total time from asking for an instance to the application running."""
    return sum(stage.ms for stage in startup(platform_key))


# --- the state an explorable shares between its views -------------------------

@dataclass(frozen=True)
class State:
    """What the controls set: host RAM and cores, the platform, the workload."""

    ram_mib: float
    cores: int
    platform: str
    app_mib: float
    cpu: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "ram_mib", check_number("host_ram_mib", self.ram_mib, *RAM_RANGE_MIB))
        object.__setattr__(self, "cores", check_integer("host_cores", self.cores, *CORES_RANGE))
        platform(self.platform)
        self.workload()

    @property
    def reserved_mib(self) -> float:
        return data.memory_mib("host.os_memory")

    def workload(self) -> Workload:
        return default_workload(self.app_mib, self.cpu)

    def fit(self) -> Fit | None:
        """The fit for this state, or None where the host cannot hold its own OS."""
        return fit_or_none(self.ram_mib, self.cores, self.workload(), platform(self.platform))


def default_state(**changes: object) -> State:
    """The essay's defaults (data/defaults.csv), with any fields changed."""
    values = dict(ram_mib=data.memory_mib("host.ram"), cores=int(data.record("host.cores").value),
                  platform="vm", app_mib=data.memory_mib("workload.app_memory"),
                  cpu=data.record("workload.cpu").value)
    values.update(changes)
    return State(**values)
