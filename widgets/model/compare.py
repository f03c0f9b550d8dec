"""The article's comparison table, row by row, with the evidence for each row: numbers only.

The article compares VMs and containers on six rows (:data:`ROWS`). Its
words for each cell live in the text table (``compare.cell.<row>.<platform>``);
this module computes what the essay's sources say about each row:

- ``layer`` and ``os``: where the illusion is made and which layers each
  instance brings (:mod:`widgets.model.layers`), and the guest OS each VM carries;
- ``startup``: each platform's measured start-up range, with its start and
  end points (:func:`widgets.model.startup_spans`) and grades;
- ``efficiency``: memory per instance, in all and beyond the application
  (:func:`widgets.model.fit` on the essay's default host and service);
- ``isolation``: the interface the host exposes to an instance, its attack
  surface: the system calls of a shared kernel against the handful of
  devices a Firecracker microVM emulates, with gVisor between;
- ``use``: no number; what the layers allow (a VM brings its own kernel).

Nothing here imports plotly or ipywidgets. Invalid input raises ValueError
naming the parameter and the allowed values.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import data, model
from . import layers
from .checks import check_choice

ROWS = ("layer", "os", "startup", "efficiency", "isolation", "use")
SIDES = ("vm", "container")  # the article's two columns
PLATFORMS = ("vm", "microvm", "container")
SURFACES = ("container", "gvisor", "microvm")
PLACE = {"vm": "hypervisor", "microvm": "hypervisor", "container": "engine"}
MINUTE_MS = 60_000.0
SECOND_MS = 1_000.0


def check_row(row: object) -> str:
    check_choice("row", row, ROWS)
    return row


def check_platform(platform: object) -> str:
    check_choice("platform", platform, PLATFORMS)
    return platform


# --- memory ------------------------------------------------------------------


@dataclass(frozen=True)
class Memory:
    """One instance's memory: what the host sets aside for it, and how much of that is beyond the service."""

    platform: str
    instance_mib: float
    platform_mib: float  # everything beyond the application and its libraries
    fits: int  # how many fit on the host
    limit: str  # which resource runs out first
    grades: dict[str, str]  # overhead / guest_os -> grade
    resident_mib: float = 0.0  # what the instance holds (overhead included)
    configured_mib: float = 0.0  # its configured size plus overhead (VMs; equal to resident for containers)


def memory(platform: str, host: model.Host | None = None, workload: model.Workload | None = None) -> Memory:
    """Memory per instance on a host (default: the article's 64 GB and 16 cores, the essay's service),
    counted as the essay counts by default (:func:`widgets.model.default_memory_mode`)."""
    check_platform(platform)
    host = host or model.default_host()
    workload = workload or model.default_workload()
    plat = model.platform(platform)
    f = model.fit(host, workload, plat)
    return Memory(
        platform,
        f.instance_mib,
        f.instance_mib - workload.app_mib - workload.libs_mib,
        f.count,
        f.limit,
        model.cost_grades(platform),
        f.resident_mib,
        f.configured_mib,
    )


# --- start-up ----------------------------------------------------------------


@dataclass(frozen=True)
class Startup:
    """Time from asking for an instance to a named end point, as a range across named setups, with grades.

    A VM and a container run to "a command has run" (comparable); the microVM's only sourced figure runs
    from its start call to the guest's /sbin/init, and is a ceiling ("at_most"), not a measurement.
    """

    platform: str
    low_ms: float
    high_ms: float
    setup: str  # text key: startup.setup.<setup>
    start: str  # model.START_POINTS
    end: str  # model.END_POINTS
    bound: str  # "range" or "at_most"
    keys: tuple[str, ...]  # data/ keys
    grades: tuple[str, ...]  # their distinct grades
    word: str  # "minutes", "seconds", "subsecond", or "<low word>-<high word>" if it straddles


def scale(ms: float) -> str:
    """The word for a duration: "minutes" from a minute up, "seconds" from a second, else "subsecond"."""
    return "minutes" if ms >= MINUTE_MS else "seconds" if ms >= SECOND_MS else "subsecond"


def scale_range(low_ms: float, high_ms: float) -> str:
    """One word if both ends of a range take it, else "low-high" (e.g. "subsecond-seconds")."""
    low, high = scale(low_ms), scale(high_ms)
    return low if low == high else f"{low}-{high}"


def startup(platform: str, app_ms: float = 0.0) -> Startup:
    """A platform's start-up range with an application that itself takes app_ms to start (default 0)."""
    check_platform(platform)
    sp = model.startup(platform)
    low, high = sp.total(app_ms)
    return Startup(
        platform,
        low,
        high,
        sp.setup,
        sp.start,
        sp.end,
        sp.bound,
        sp.keys,
        tuple(dict.fromkeys(sp.grades)),
        scale_range(low, high),
    )


# --- isolation: the interface an instance can reach on the host ---------------

#: What a Firecracker microVM's guest can talk to on the host: the devices the
#: Firecracker process emulates, and the ones KVM emulates inside the host kernel.
MICROVM_DOORS = ("isolation.firecracker_device_models", "isolation.kvm_inkernel_devices")
_GRADE_ORDER = "RSCI"  # best first: a sum is only as firm as its weakest part


@dataclass(frozen=True)
class Surface:
    """What the host's kernel (or its stand-in) offers an instance: how many entry points, of which kind."""

    name: str  # container, gvisor, microvm
    count: int  # entry points that answer the instance (gVisor: the calls it implements)
    listed: int  # entry points listed (gVisor's table; the same as count elsewhere)
    kind: str  # "syscalls" or "devices"
    key: str  # the data/ key it comes from (the first part, for the microVM)
    year: int | None
    grade: str
    parts: tuple[tuple[str, int], ...] = ()  # (data key, count) that add up to count, for the microVM

    def values(self) -> dict[str, object]:
        """The placeholders the text table's surface strings use."""
        own, kvm = (dict(self.parts).get(k, 0) for k in MICROVM_DOORS)
        return {"n": self.count, "listed": self.listed, "year": self.year or "", "own": own, "kvm": kvm}


def _weakest(grades: list[str]) -> str:
    return max(grades, key=_GRADE_ORDER.index)


def comparison_year() -> int:
    """The one year both sides of the doors comparison are counted in (the microVM's device counts' year)."""
    years = {data.record(k).year for k in MICROVM_DOORS}
    if len(years) != 1 or None in years:
        raise ValueError(f"the microVM's device counts must share one year, got {sorted(map(str, years))}")
    return years.pop()


def syscalls(year: int | None = None) -> data.Record:
    """The x86-64 system-call count of one year (default: the comparison year)."""
    year = comparison_year() if year is None else year
    for r in data.series("isolation.syscalls_x86_64"):
        if r.year == year:
            return r
    raise ValueError(
        f"no x86-64 system-call count for {year}; years: "
        f"{', '.join(str(r.year) for r in data.series('isolation.syscalls_x86_64'))}"
    )


def surfaces() -> dict[str, Surface]:
    """The attack surface of each way of isolating, from data/: doors into host code, counted in the same year.

    A container's doors are the host kernel's x86-64 system calls; a
    Firecracker microVM's are the devices emulated for it on the host, by the
    Firecracker process and by KVM inside the host kernel. Both are counted in
    :func:`comparison_year`. gVisor's table is undated.
    """
    linux = syscalls()
    listed = data.record("isolation.gvisor_syscalls")
    gvisor = data.record("isolation.gvisor_implemented")
    doors = [data.record(k) for k in MICROVM_DOORS]
    count = sum(int(r.value) for r in doors)
    return {
        "container": Surface(
            "container", int(linux.value), int(linux.value), "syscalls", linux.key, linux.year, linux.grade
        ),
        "gvisor": Surface(
            "gvisor", int(gvisor.value), int(listed.value), "syscalls", gvisor.key, gvisor.year, gvisor.grade
        ),
        "microvm": Surface(
            "microvm",
            count,
            count,
            "devices",
            doors[0].key,
            doors[0].year,
            _weakest([r.grade for r in doors]),
            tuple((r.key, int(r.value)) for r in doors),
        ),
    }


def surface_ratio() -> float:
    """How many times more doors a shared kernel offers than a Firecracker microVM, counted in the same year."""
    s = surfaces()
    return s["container"].count / s["microvm"].count


@dataclass(frozen=True)
class Walls:
    """What else holds each side: a container's extra fences, and the flaws that crossed a VM's walls."""

    docker_capabilities: int  # capabilities a Docker container's root keeps
    linux_capabilities: int  # capabilities the kernel defines
    seccomp_blocked: int  # system calls Docker's default seccomp profile shuts (its docs' round figure)
    firecracker_seccomp: int  # system calls the Firecracker process itself may make (S)
    crossings: tuple[tuple[str, int, str], ...]  # (name, year, grade): flaws that reached across a VM's walls

    @property
    def capabilities_dropped(self) -> int:
        return self.linux_capabilities - self.docker_capabilities


#: Flaws that crossed a VM's walls, oldest first: a device-emulation escape and two CPU side channels.
CROSSINGS = ("venom", "l1tf", "mds")


def walls() -> Walls:
    """The numbers behind "strong, not complete" (VMs) and "more than namespaces and cgroups" (containers)."""
    crossings = tuple(
        sorted(
            (
                (n, int(data.record(f"isolation.cve.{n}").value), data.record(f"isolation.cve.{n}").grade)
                for n in CROSSINGS
            ),
            key=lambda c: c[1],
        )
    )
    return Walls(
        int(data.record("isolation.docker_capabilities").value),
        int(data.record("isolation.linux_capabilities").value),
        int(data.record("isolation.docker_seccomp_blocked").value),
        int(data.record("isolation.firecracker_seccomp").value),
        crossings,
    )


#: Every data key the isolation row uses.
ISOLATION_KEYS = (
    "isolation.syscalls_x86_64",
    "isolation.gvisor_syscalls",
    "isolation.gvisor_implemented",
    *MICROVM_DOORS,
    "isolation.firecracker_devices",
    "isolation.firecracker_devices_now",
    "isolation.firecracker_seccomp",
    "isolation.docker_seccomp_blocked",
    "isolation.docker_capabilities",
    "isolation.linux_capabilities",
    *(f"isolation.cve.{n}" for n in CROSSINGS),
)


# --- the rows ----------------------------------------------------------------


def evidence(row: str) -> dict[str, dict[str, object]]:
    """The numbers behind one row of the table, per platform (plain values, for prose and tests)."""
    check_row(row)
    out: dict[str, dict[str, object]] = {}
    for p in PLATFORMS:
        place = PLACE[p]
        if row == "layer":
            out[p] = {"liar": layers.liar(place), "illusion_layer": layers.illusion_layer(place)}
        elif row == "os":
            out[p] = {
                "brings_os": "os" in layers.brought(place),
                "guest_os_mib": model.platform(p).guest_os_mib,
                "configured_min_mib": model.platform(p).configured_min_mib,
            }
        elif row == "startup":
            s = startup(p)
            out[p] = {"low_ms": s.low_ms, "high_ms": s.high_ms, "word": s.word, "grades": s.grades}
        elif row == "efficiency":
            m = memory(p)
            out[p] = {
                "instance_mib": m.instance_mib,
                "platform_mib": m.platform_mib,
                "fits": m.fits,
                "grades": m.grades,
                "resident_mib": m.resident_mib,
                "limit": m.limit,
            }
        elif row == "isolation":
            s = surfaces()["container" if p == "container" else "microvm"] if p != "vm" else None
            out[p] = {} if s is None else {"count": s.count, "kind": s.kind, "grade": s.grade}
        else:
            out[p] = {"own_kernel": "os" in layers.brought(place)}
    return out


DATA_KEYS = (
    "host.ram",
    "host.cores",
    "host.vcpu_ratio",
    "host.ram_allocation_ratio",
    "host.os_memory",
    "workload.app_memory",
    "workload.libs_memory",
    "workload.cpu",
    "vm.guest_os_memory",
    "vm.configured_memory_min",
    "vm.overhead",
    "microvm.guest_os_memory",
    "microvm.configured_memory",
    "microvm.overhead",
    "container.overhead",
    *model.STARTUP_KEYS,
    *ISOLATION_KEYS,
)
