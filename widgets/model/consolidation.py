"""How many servers N applications need, with and without virtualization: numbers only.

Before virtualization each application had a server of its own, busy on
average a fraction ``utilization`` of its CPU. Consolidated, the same
applications run as VMs, as containers, or as containers inside a few VMs per
host ("nested": the stack clouds use) on hosts of the same size. Each
application keeps its average CPU use (``utilization`` x the host's cores) and
its memory (the essay's default workload); :func:`widgets.model.fit` says how
many instances a host's memory holds and how many CPUs each one reserves. A
consolidated host is filled only up to ``ceiling`` of its cores, leaving room
for peaks.

Nested: a host is split into ``vms_per_host`` equal VMs, each paying a guest OS
and a hypervisor process; inside each VM, containers are packed by the same
model, with the VM as their host (its guest OS in the place of the host OS).

Numbers only: never imports plotly or ipywidgets. Invalid input raises
ValueError naming the parameter and its allowed range.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .. import data, model
from .checks import check_choice, check_integer, check_number

PLATFORMS = ("vm", "container", "nested")
APPS_RANGE = (1, 100_000)
UTILIZATION_RANGE = (0.01, 1.0)
CEILING_RANGE = (0.1, 1.0)
VMS_PER_HOST_RANGE = (1, 64)


@dataclass(frozen=True)
class State:
    """What the controls set: applications, host size, utilization, platform."""

    apps: int
    ram_mib: float
    cores: int
    utilization: float  # average CPU use of a server running one application, 0.01 .. 1
    ceiling: float  # the busiest a consolidated host is planned to be, 0.1 .. 1
    platform: str  # "vm", "container" or "nested" (containers inside VMs)
    vms_per_host: int = 2  # nested only
    vcpu_ratio: float | None = None  # vCPUs per physical core (None: the essay's default, data/)

    def __post_init__(self) -> None:
        object.__setattr__(self, "apps", check_integer("apps", self.apps, *APPS_RANGE))
        object.__setattr__(self, "ram_mib", check_number("host_ram_mib", self.ram_mib, *model.RAM_RANGE_MIB))
        object.__setattr__(self, "cores", check_integer("host_cores", self.cores, *model.CORES_RANGE))
        object.__setattr__(self, "utilization", check_number("utilization", self.utilization, *UTILIZATION_RANGE))
        object.__setattr__(self, "ceiling", check_number("ceiling", self.ceiling, *CEILING_RANGE))
        check_choice("platform", self.platform, PLATFORMS)
        high = min(VMS_PER_HOST_RANGE[1], self.cores)
        object.__setattr__(
            self, "vms_per_host", check_integer("vms_per_host", self.vms_per_host, VMS_PER_HOST_RANGE[0], high)
        )
        ratio = model.default_vcpu_ratio() if self.vcpu_ratio is None else self.vcpu_ratio
        object.__setattr__(self, "vcpu_ratio", check_number("vcpu_ratio", ratio, *model.VCPU_RATIO_RANGE))
        self.host()  # the host must be able to hold its own OS

    @property
    def app_cpu(self) -> float:
        """Cores one application keeps busy on average."""
        return self.utilization * self.cores

    def host(self) -> model.Host:
        return model.default_host(self.ram_mib, self.cores, self.vcpu_ratio)

    def workload(self) -> model.Workload:
        return model.default_workload(cpu=self.app_cpu)

    def with_platform(self, platform: str) -> State:
        return State(
            self.apps,
            self.ram_mib,
            self.cores,
            self.utilization,
            self.ceiling,
            platform,
            self.vms_per_host,
            self.vcpu_ratio,
        )


def default_state(**changes: object) -> State:
    """The essay's defaults (data/), with any fields changed."""
    values = dict(
        apps=int(data.record("consolidation.apps").value),
        ram_mib=data.memory_mib("host.ram"),
        cores=int(data.record("host.cores").value),
        utilization=data.record("consolidation.utilization").canonical,
        ceiling=data.record("consolidation.ceiling").canonical,
        platform="vm",
        vms_per_host=int(data.record("consolidation.vms_per_host").value),
        vcpu_ratio=model.default_vcpu_ratio(),
    )
    values.update(changes)
    return State(**values)


@dataclass(frozen=True)
class PerHost:
    """How many applications one host holds, and which resource stops it."""

    count: int
    by_memory: int
    by_cpu: int
    limit: str  # "memory", "cpu" or "both"
    instance_cpus: float  # vCPUs each VM is given (whole), or each container's CPU share
    by_demand: int = 0  # what the ceiling allows, by the applications' average CPU use
    by_vcpus: int | None = None  # what the vCPU ratio allows (VMs only)


def _limit(by_memory: int, by_cpu: int) -> str:
    return "memory" if by_memory < by_cpu else "cpu" if by_cpu < by_memory else "both"


def per_host(plan: State) -> PerHost:
    """Applications one consolidated host holds under the plan's platform and ceiling."""
    if not isinstance(plan, State):
        raise ValueError(f"plan must be a State, got {plan!r}")
    workload = plan.workload()
    if plan.platform in ("vm", "container"):
        plat = model.platform(plan.platform)
        f = model.fit(plan.host(), workload, plat)
        by_demand, by_vcpus = model.cpu_limits(plan.host(), workload, plat, plan.ceiling)
        by_cpu = by_demand if by_vcpus is None else min(by_demand, by_vcpus)
        return PerHost(
            min(f.by_memory, by_cpu),
            f.by_memory,
            by_cpu,
            _limit(f.by_memory, by_cpu),
            f.instance_cpus,
            by_demand,
            by_vcpus,
        )
    # nested: v VMs per host, containers inside each
    vm = model.platform("vm")
    container = model.platform("container")
    v = plan.vms_per_host
    host = plan.host()
    vm_cores = plan.cores // v
    vm_ram = (host.ram_mib - host.reserved_mib) / v - vm.overhead_mib
    cpus = container.cpus(workload)
    by_cpu = v * math.floor(vm_cores * plan.ceiling / cpus + 1e-9)
    if vm_ram <= vm.guest_os_mib:
        return PerHost(0, 0, by_cpu, "memory", cpus, by_cpu)
    node = model.Host(vm_ram, vm_cores, vm.guest_os_mib)
    f = model.fit(node, workload, container)
    by_memory = v * f.by_memory
    return PerHost(min(by_memory, by_cpu), by_memory, by_cpu, _limit(by_memory, by_cpu), cpus, by_cpu)


@dataclass(frozen=True)
class Result:
    """Servers before and after consolidation, and how busy they are."""

    apps: int
    servers_before: int
    servers_after: int | None  # None where not one application fits on a host
    per_host: PerHost
    utilization_before: float  # 0 .. 1
    utilization_after: float | None
    host_loads: tuple[float, ...]  # each consolidated host's average CPU use, 0 .. 1

    @property
    def ratio(self) -> float | None:
        """Old servers per consolidated host."""
        return None if not self.servers_after else self.servers_before / self.servers_after


def servers_needed(apps: int, count_per_host: int) -> int | None:
    """Hosts that hold ``apps`` applications at ``count_per_host`` each; None if none fit."""
    apps = check_integer("apps", apps, *APPS_RANGE)
    count_per_host = check_integer("count_per_host", count_per_host, 0, 10**9)
    return None if count_per_host == 0 else -(-apps // count_per_host)


def consolidate(plan: State) -> Result:
    """Servers and utilization before (one per application) and after (consolidated)."""
    ph = per_host(plan)
    hosts = servers_needed(plan.apps, ph.count)
    if hosts is None:
        return Result(plan.apps, plan.apps, None, ph, plan.utilization, None, ())
    loads = []
    left = plan.apps
    for _ in range(hosts):
        here = min(left, ph.count)
        loads.append(here * plan.app_cpu / plan.cores)
        left -= here
    return Result(
        plan.apps, plan.apps, hosts, ph, plan.utilization, plan.apps * plan.app_cpu / (hosts * plan.cores), tuple(loads)
    )


def curve(plan: State, apps_max: int) -> tuple[int | None, ...]:
    """Servers needed for 1 .. apps_max applications under the plan's platform."""
    apps_max = check_integer("apps_max", apps_max, *APPS_RANGE)
    count = per_host(plan).count
    if count == 0:
        return (None,) * apps_max
    return tuple(-(-n // count) for n in range(1, apps_max + 1))  # servers_needed(n, count), checked once
