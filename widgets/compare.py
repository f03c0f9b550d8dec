"""The article's comparison table, row by row, with the evidence for each row: numbers only.

The article compares VMs and containers on six rows (:data:`ROWS`). Its
words for each cell live in the text table (``compare.cell.<row>.<platform>``);
this module computes what the essay's sources say about each row:

- ``layer`` and ``os``: where the illusion is made and which layers each
  instance brings (:mod:`widgets.layers`), and the guest OS each VM carries;
- ``startup``: each platform's time to a running application
  (:func:`widgets.model.startup_ms`) with the grade of every stage;
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

from . import data, layers, model

ROWS = ("layer", "os", "startup", "efficiency", "isolation", "use")
SIDES = ("vm", "container")            # the article's two columns
PLATFORMS = ("vm", "microvm", "container")
SURFACES = ("container", "gvisor", "microvm")
PLACE = {"vm": "hypervisor", "microvm": "hypervisor", "container": "engine"}
MINUTE_MS = 60_000.0
SECOND_MS = 1_000.0


def check_row(row: object) -> str:
    if not isinstance(row, str) or row not in ROWS:
        raise ValueError(f"row must be one of {', '.join(ROWS)}, got {row!r}")
    return row


def check_platform(platform: object) -> str:
    if not isinstance(platform, str) or platform not in PLATFORMS:
        raise ValueError(f"platform must be one of {', '.join(PLATFORMS)}, got {platform!r}")
    return platform


# --- memory ------------------------------------------------------------------

@dataclass(frozen=True)
class Memory:
    """One instance's memory: in all, and what the platform adds beyond the application and its libraries."""

    platform: str
    instance_mib: float
    platform_mib: float          # guest OS + per-instance overhead
    fits: int                    # how many fit on the host
    limit: str                   # which resource runs out first
    grades: dict[str, str]       # overhead / guest_os -> grade


def memory(platform: str, host: model.Host | None = None, workload: model.Workload | None = None) -> Memory:
    """Memory per instance on a host (default: the article's 64 GB, 16-core PC and the essay's service)."""
    check_platform(platform)
    host = host or model.default_host()
    workload = workload or model.default_workload()
    plat = model.platform(platform)
    f = model.fit(host, workload, plat)
    return Memory(platform, f.instance_mib, plat.guest_os_mib + plat.overhead_mib, f.count, f.limit,
                  model.cost_grades(platform))


# --- start-up ----------------------------------------------------------------

@dataclass(frozen=True)
class Startup:
    """Time from asking for an instance to its application running, and how firmly each stage is known."""

    platform: str
    ms: float
    stages: tuple[tuple[str, float, str], ...]   # (stage, ms, grade)
    word: str                                   # "minutes", "seconds" or "subsecond": the scale it falls in

    @property
    def grades(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(g for _, _, g in self.stages))


def _grade(cite: str) -> str:
    return cite.rsplit("[", 1)[1].rstrip("]")


def scale(ms: float) -> str:
    """The word for a duration: "minutes" from a minute up, "seconds" from a second, else "subsecond"."""
    return "minutes" if ms >= MINUTE_MS else "seconds" if ms >= SECOND_MS else "subsecond"


def startup(platform: str) -> Startup:
    check_platform(platform)
    stages = tuple((s.key, s.ms, _grade(s.source)) for s in model.startup(platform))
    total = model.startup_ms(platform)
    return Startup(platform, total, stages, scale(total))


# --- isolation: the interface an instance can reach on the host ---------------

@dataclass(frozen=True)
class Surface:
    """What the host's kernel (or its stand-in) offers an instance: how many entry points, of which kind."""

    name: str          # container, gvisor, microvm
    count: int         # entry points that answer the instance (gVisor: the calls it implements)
    listed: int        # entry points listed (gVisor's table; the same as count elsewhere)
    kind: str          # "syscalls" or "devices"
    key: str           # the data/ key it comes from
    year: int | None
    grade: str


def surfaces() -> dict[str, Surface]:
    """The attack surface of each way of isolating, from data/."""
    linux = data.series("isolation.syscalls_x86_64")[-1]        # the newest kernel read
    listed = data.record("isolation.gvisor_syscalls")
    gvisor = data.record("isolation.gvisor_implemented")
    devices = data.record("isolation.firecracker_devices")
    return {
        "container": Surface("container", int(linux.value), int(linux.value), "syscalls", linux.key, linux.year,
                             linux.grade),
        "gvisor": Surface("gvisor", int(gvisor.value), int(listed.value), "syscalls", gvisor.key, gvisor.year,
                          gvisor.grade),
        "microvm": Surface("microvm", int(devices.value), int(devices.value), "devices", devices.key,
                           devices.year, devices.grade),
    }


def surface_ratio() -> float:
    """How many times more entry points a shared kernel offers than a Firecracker microVM's devices."""
    s = surfaces()
    return s["container"].count / s["microvm"].count


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
            out[p] = {"brings_os": "os" in layers.brought(place),
                      "guest_os_mib": model.platform(p).guest_os_mib}
        elif row == "startup":
            s = startup(p)
            out[p] = {"ms": s.ms, "word": s.word, "grades": s.grades}
        elif row == "efficiency":
            m = memory(p)
            out[p] = {"instance_mib": m.instance_mib, "platform_mib": m.platform_mib, "fits": m.fits,
                      "grades": m.grades}
        elif row == "isolation":
            s = surfaces()["container" if p == "container" else "microvm"] if p != "vm" else None
            out[p] = {} if s is None else {"count": s.count, "kind": s.kind, "grade": s.grade}
        else:
            out[p] = {"own_kernel": "os" in layers.brought(place)}
    return out


DATA_KEYS = ("host.ram", "host.cores", "host.os_memory", "workload.app_memory", "workload.libs_memory",
             "workload.cpu", "vm.guest_os_memory", "vm.overhead", "microvm.guest_os_memory", "microvm.overhead",
             "container.overhead", "startup.vm.firmware", "startup.vm.to_command", "startup.microvm.to_init",
             "startup.container.engine", "startup.process", "isolation.syscalls_x86_64",
             "isolation.gvisor_syscalls", "isolation.gvisor_implemented", "isolation.firecracker_devices",
             "isolation.firecracker_devices_now", "isolation.firecracker_seccomp")
