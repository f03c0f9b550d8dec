"""What fits on a host: numbers only.

A :class:`Host` (RAM, cores, what its own OS keeps, how many vCPUs may share
a core), a :class:`Workload` (the application's memory, its libraries, the CPU
it keeps busy) and a :class:`Platform` (VM, container or microVM) make a
state. :func:`fit` answers how many instances fit, which resource runs out
first, and where the host's memory goes, counting each VM by its configured
size or by what it holds. :class:`State` is what an explorable's controls set.

Every constant comes from data/ through :mod:`widgets.data`. Memory is in MiB,
time in milliseconds. This module never imports plotly or ipywidgets.

Invalid input raises ValueError naming the parameter and its allowed range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from .. import data
from .checks import check_choice, check_integer, check_number

# Allowed ranges. Wide enough for any machine the essay talks about (the
# sliders stop at 64 MiB - 4 TiB and 1 - 256 cores), narrow enough to be sane.
RAM_RANGE_MIB = (1.0, 64 * 1024.0**2)  # 1 MiB .. 64 TiB
CORES_RANGE = (1, 4096)
WORKLOAD_MEMORY_RANGE_MIB = (1.0, 4 * 1024.0**2)  # 1 MiB .. 4 TiB
LIBS_RANGE_MIB = (0.0, 4 * 1024.0**2)
CPU_RANGE = (0.01, 4096.0)
VCPU_RATIO_RANGE = (1.0, 64.0)  # vCPUs per physical core: 1 (dedicated) .. 64
MEMORY_MODES = ("resident", "configured")

PLATFORMS = ("vm", "container", "microvm")
LIMITS = ("memory", "cpu", "both")


@dataclass(frozen=True)
class Host:
    """A physical machine: RAM and cores, what its own OS keeps, how far vCPUs may be overcommitted.

    ``vcpu_ratio`` is how many virtual CPUs the hypervisor may place on one
    physical core (1 = every vCPU has a core of its own). None takes the
    essay's sourced default (data/defaults.csv, ``host.vcpu_ratio``).
    """

    ram_mib: float
    cores: int
    reserved_mib: float
    vcpu_ratio: float | None = None

    def __post_init__(self) -> None:
        ram = check_number("host_ram_mib", self.ram_mib, *RAM_RANGE_MIB)
        cores = check_integer("host_cores", self.cores, *CORES_RANGE)
        reserved = check_number("host_reserved_mib", self.reserved_mib, 0.0, RAM_RANGE_MIB[1])
        ratio = default_vcpu_ratio() if self.vcpu_ratio is None else self.vcpu_ratio
        ratio = check_number("vcpu_ratio", ratio, *VCPU_RATIO_RANGE)
        if reserved >= ram:
            raise ValueError(
                f"host_ram_mib must be larger than the {reserved:g} MiB the host keeps for its own OS "
                f"(host_reserved_mib); allowed range: above {reserved:g} up to {RAM_RANGE_MIB[1]:g}, "
                f"got {self.ram_mib!r}"
            )
        object.__setattr__(self, "ram_mib", ram)
        object.__setattr__(self, "cores", cores)
        object.__setattr__(self, "reserved_mib", reserved)
        object.__setattr__(self, "vcpu_ratio", ratio)


def default_vcpu_ratio() -> float:
    """vCPUs per physical core that the essay assumes unless the reader moves it (data/)."""
    return data.record("host.vcpu_ratio").canonical


def vcpu_ratio_stops() -> tuple[float, ...]:
    """The vCPU ratios a reader can choose: 1:1 (a core per vCPU) up to the documented high (data/)."""
    top = max(data.record("host.vcpu_ratio_max").canonical, default_vcpu_ratio())
    return tuple(
        sorted(
            {r for r in (1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0) if r <= top}
            | {top, default_vcpu_ratio()}
        )
    )


def default_memory_mode() -> str:
    """How VMs are counted unless the reader switches: by configured size where the sourced scheduler
    default does not overcommit memory (RAM allocation ratio 1), by what they hold otherwise."""
    return "configured" if data.record("host.ram_allocation_ratio").canonical <= 1 else "resident"


def check_memory_mode(memory: object) -> str:
    """memory itself when it is one of MEMORY_MODES, the default mode for None; else a ValueError."""
    if memory is None:
        return default_memory_mode()
    check_choice("memory", memory, MEMORY_MODES)
    return memory


@dataclass(frozen=True)
class Workload:
    """One copy of the application: its memory, its libraries', the CPU it keeps busy on average."""

    app_mib: float
    libs_mib: float
    cpu: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "app_mib", check_number("workload_app_mib", self.app_mib, *WORKLOAD_MEMORY_RANGE_MIB))
        object.__setattr__(self, "libs_mib", check_number("workload_libs_mib", self.libs_mib, *LIBS_RANGE_MIB))
        object.__setattr__(self, "cpu", check_number("workload_cpu", self.cpu, *CPU_RANGE))


@dataclass(frozen=True)
class Platform:
    """How an instance is made: what each one costs beyond the application.

    A VM or microVM has two sizes: the memory its guest actually holds
    (``resident_mib``: the guest OS's resident footprint, the libraries, the
    application) and the memory it is configured with (``configured_mib``:
    at least ``configured_min_mib``, rounded up to a power of two). Which of
    the two the host must set aside is the ``memory`` mode of :func:`fit`.
    """

    key: str
    guest_os_mib: float  # the guest OS's resident memory in every instance (0 for containers)
    overhead_mib: float  # hypervisor process / VMM / container shim, per instance
    whole_cpus: bool  # VMs get whole vCPUs; cgroups give containers fractions
    configured_min_mib: float = 0.0  # the smallest configured VM size (0 for containers)

    def __post_init__(self) -> None:
        check_choice("platform", self.key, PLATFORMS)
        check_number("guest_os_mib", self.guest_os_mib, 0.0, RAM_RANGE_MIB[1])
        check_number("overhead_mib", self.overhead_mib, 0.0, RAM_RANGE_MIB[1])
        check_number("configured_min_mib", self.configured_min_mib, 0.0, RAM_RANGE_MIB[1])

    def resident_mib(self, workload: Workload) -> float:
        """Memory an instance's contents hold: guest OS (if any), libraries, application."""
        return self.guest_os_mib + workload.libs_mib + workload.app_mib

    def configured_mib(self, workload: Workload) -> float:
        """The memory size a VM is given: the smallest power of two that holds its contents,
        and no less than the platform's minimum. A container has no configured size."""
        resident = self.resident_mib(workload)
        if not self.whole_cpus:
            return resident
        return max(self.configured_min_mib, 2.0 ** math.ceil(math.log2(resident) - 1e-12))

    def instance_mib(self, workload: Workload, memory: str | None = None) -> float:
        """Memory the host sets aside for one instance: overhead plus resident or configured size
        (``memory``: "resident" or "configured"; None, the essay's default)."""
        inside = (
            self.configured_mib(workload) if check_memory_mode(memory) == "configured" else self.resident_mib(workload)
        )
        return self.overhead_mib + inside

    def cpus(self, workload: Workload) -> float:
        """CPUs one instance is given: whole vCPUs for a VM, the share itself for a container."""
        return float(math.ceil(workload.cpu - 1e-9)) if self.whole_cpus else workload.cpu


@cache
def platforms() -> dict[str, Platform]:
    """The three platforms, their costs read from data/."""
    return {
        "vm": Platform(
            "vm",
            data.memory_mib("vm.guest_os_memory"),
            data.memory_mib("vm.overhead"),
            True,
            data.memory_mib("vm.configured_memory_min"),
        ),
        "container": Platform("container", 0.0, data.memory_mib("container.overhead"), False),
        "microvm": Platform(
            "microvm",
            data.memory_mib("microvm.guest_os_memory"),
            data.memory_mib("microvm.overhead"),
            True,
            data.memory_mib("microvm.configured_memory"),
        ),
    }


def cost_grades(key: str) -> dict[str, str]:
    """How firmly each of a platform's per-instance costs was checked (data/ grades)."""
    platform(key)
    grades = {"overhead": data.record(f"{key}.overhead").grade}
    if key != "container":
        grades["guest_os"] = data.record(f"{key}.guest_os_memory").grade
    return grades


def platform(key: str) -> Platform:
    check_choice("platform", key, PLATFORMS)
    return platforms()[key]


def default_host(ram_mib: float | None = None, cores: int | None = None, vcpu_ratio: float | None = None) -> Host:
    """The essay's default host (the article's 64 GB and 16 cores), or one with this RAM/cores/ratio."""
    return Host(
        data.memory_mib("host.ram") if ram_mib is None else ram_mib,
        int(data.record("host.cores").value) if cores is None else cores,
        data.memory_mib("host.os_memory"),
        vcpu_ratio,
    )


def default_workload(app_mib: float | None = None, cpu: float | None = None) -> Workload:
    return Workload(
        data.memory_mib("workload.app_memory") if app_mib is None else app_mib,
        data.memory_mib("workload.libs_memory"),
        data.record("workload.cpu").value if cpu is None else cpu,
    )


@dataclass(frozen=True)
class MemoryBreakdown:
    """Where the host's RAM goes, in MiB. The fields sum to the host's RAM.

    ``unused`` is memory set aside for VMs as configured but not held by
    anything inside them (zero when VMs are counted by what they hold).
    """

    apps: float
    libs: float
    guest_os: float
    overhead: float
    host: float
    free: float
    unused: float = 0.0

    def total(self) -> float:
        return self.apps + self.libs + self.guest_os + self.overhead + self.host + self.free + self.unused


@dataclass(frozen=True)
class Fit:
    """How many instances of a workload fit on a host, and why no more.

    ``by_cpu`` is the smaller of two CPU limits: ``by_demand`` (the cores the
    instances keep busy on average may not exceed the host's cores) and, for
    VMs and microVMs, ``by_vcpus`` (their whole vCPUs may not exceed the
    host's cores times its vCPU ratio). ``cpu_rule`` names the one that binds.
    """

    count: int
    by_memory: int
    by_cpu: int
    limit: str  # "memory", "cpu" or "both": which resource runs out first
    instance_mib: float  # what the host sets aside per instance, under the memory mode
    instance_cpus: float  # vCPUs (VMs) or the CPU share (containers) per instance
    memory: MemoryBreakdown
    by_demand: int = 0
    by_vcpus: int | None = None
    cpu_rule: str = "demand"  # "demand" or "vcpus"
    resident_mib: float = 0.0  # what each instance holds, overhead included
    configured_mib: float = 0.0  # a VM's configured size plus overhead (equal to resident for containers)
    memory_mode: str = "resident"


def _floor(x: float) -> int:
    return math.floor(x + 1e-9)


def cpu_limits(host: Host, workload: Workload, platform: Platform, busy: float = 1.0) -> tuple[int, int | None]:
    """Instances the host's CPUs allow: (by average demand, by whole vCPUs or None for containers).

    Demand: the instances' average use may fill at most ``busy`` (0 < busy <= 1)
    of the host's cores. vCPUs: a VM's whole vCPUs may fill at most the host's
    cores times its vCPU ratio (1 = a core per vCPU, as with dedicated cores).
    """
    busy = check_number("busy", busy, 0.01, 1.0)
    by_demand = _floor(host.cores * busy / workload.cpu)
    by_vcpus = _floor(host.cores * host.vcpu_ratio / platform.cpus(workload)) if platform.whole_cpus else None
    return by_demand, by_vcpus


def fit(host: Host, workload: Workload, platform: Platform, memory: str | None = None) -> Fit:
    """How many instances fit, which resource limits, and where the memory goes.

    ``memory`` says what the host sets aside per VM: ``"resident"``, what the
    guest actually holds (as with memory overcommit: KSM, ballooning, pages
    allocated on first touch), or ``"configured"``, the VM's whole configured
    size (no memory overcommit, as OpenStack Nova's default RAM allocation
    ratio of 1 does). None takes the essay's default (:func:`default_memory_mode`).
    Containers are counted by what they hold either way.
    """
    if not isinstance(host, Host):
        raise ValueError(f"host must be a Host, got {host!r}")
    if not isinstance(workload, Workload):
        raise ValueError(f"workload must be a Workload, got {workload!r}")
    if not isinstance(platform, Platform):
        raise ValueError(f"platform must be a Platform, got {platform!r}")
    memory = check_memory_mode(memory)
    per = platform.instance_mib(workload, memory)
    cpus = platform.cpus(workload)
    available = host.ram_mib - host.reserved_mib
    by_memory = _floor(available / per)
    by_demand, by_vcpus = cpu_limits(host, workload, platform)
    by_cpu = by_demand if by_vcpus is None else min(by_demand, by_vcpus)
    cpu_rule = "vcpus" if by_vcpus is not None and by_vcpus < by_demand else "demand"
    count = min(by_memory, by_cpu)
    limit = "memory" if by_memory < by_cpu else "cpu" if by_cpu < by_memory else "both"
    unused_each = per - platform.instance_mib(workload, "resident")
    used = {
        "apps": count * workload.app_mib,
        "libs": count * workload.libs_mib,
        "guest_os": count * platform.guest_os_mib,
        "overhead": count * platform.overhead_mib,
        "unused": count * unused_each,
    }
    free = max(0.0, host.ram_mib - host.reserved_mib - sum(used.values()))
    return Fit(
        count,
        by_memory,
        by_cpu,
        limit,
        per,
        cpus,
        MemoryBreakdown(host=host.reserved_mib, free=free, **used),
        by_demand=by_demand,
        by_vcpus=by_vcpus,
        cpu_rule=cpu_rule,
        resident_mib=platform.instance_mib(workload, "resident"),
        configured_mib=platform.instance_mib(workload, "configured"),
        memory_mode=memory,
    )


def counts_over_ram(
    rams: tuple[float, ...],
    cores: int,
    workload: Workload,
    platform: Platform,
    vcpu_ratio: float | None = None,
    memory: str | None = None,
) -> tuple[tuple[int, str | None], ...]:
    """(count, limit) of :func:`fit_or_none` at each host RAM in ``rams``; limit None where the
    host cannot hold its own OS. The same numbers, computed once per curve: what one instance
    sets aside and what the CPUs allow do not depend on the host's RAM."""
    reserve = data.memory_mib("host.os_memory")
    probe = Host(RAM_RANGE_MIB[1], cores, reserve, vcpu_ratio)
    memory = check_memory_mode(memory)
    per = platform.instance_mib(workload, memory)
    by_demand, by_vcpus = cpu_limits(probe, workload, platform)
    by_cpu = by_demand if by_vcpus is None else min(by_demand, by_vcpus)
    out = []
    for ram in rams:
        ram = check_number("host_ram_mib", ram, *RAM_RANGE_MIB)
        if ram <= reserve:
            out.append((0, None))
            continue
        by_memory = _floor((ram - reserve) / per)
        limit = "memory" if by_memory < by_cpu else "cpu" if by_cpu < by_memory else "both"
        out.append((min(by_memory, by_cpu), limit))
    return tuple(out)


def fit_or_none(
    host_ram_mib: float,
    cores: int,
    workload: Workload,
    platform: Platform,
    vcpu_ratio: float | None = None,
    memory: str | None = None,
) -> Fit | None:
    """fit() on a default-reserve host, or None where the host cannot hold its own OS."""
    reserve = data.memory_mib("host.os_memory")
    if host_ram_mib <= reserve:
        return None
    return fit(Host(host_ram_mib, cores, reserve, vcpu_ratio), workload, platform, memory)


# --- the state an explorable shares between its views -------------------------


@dataclass(frozen=True)
class State:
    """What the controls set: host RAM, cores and vCPU ratio, the platform, the workload,
    and whether VMs are counted by what they hold or by their configured size."""

    ram_mib: float
    cores: int
    platform: str
    app_mib: float
    cpu: float
    vcpu_ratio: float | None = None
    memory: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "ram_mib", check_number("host_ram_mib", self.ram_mib, *RAM_RANGE_MIB))
        object.__setattr__(self, "cores", check_integer("host_cores", self.cores, *CORES_RANGE))
        ratio = default_vcpu_ratio() if self.vcpu_ratio is None else self.vcpu_ratio
        object.__setattr__(self, "vcpu_ratio", check_number("vcpu_ratio", ratio, *VCPU_RATIO_RANGE))
        object.__setattr__(self, "memory", check_memory_mode(self.memory))
        platform(self.platform)
        self.workload()

    @property
    def reserved_mib(self) -> float:
        return data.memory_mib("host.os_memory")

    def workload(self) -> Workload:
        return default_workload(self.app_mib, self.cpu)

    def fit(self) -> Fit | None:
        """The fit for this state, or None where the host cannot hold its own OS."""
        return fit_or_none(
            self.ram_mib, self.cores, self.workload(), platform(self.platform), self.vcpu_ratio, self.memory
        )


def default_state(**changes: object) -> State:
    """The essay's defaults (data/defaults.csv), with any fields changed."""
    values = dict(
        ram_mib=data.memory_mib("host.ram"),
        cores=int(data.record("host.cores").value),
        platform="vm",
        app_mib=data.memory_mib("workload.app_memory"),
        cpu=data.record("workload.cpu").value,
        vcpu_ratio=default_vcpu_ratio(),
        memory=default_memory_mode(),
    )
    values.update(changes)
    return State(**values)
