"""The shared kernel in numbers: when namespaces and cgroups arrived, and the live panel's facts.

Two things live here, both numbers only (no plotly, no ipywidgets, no prose):

* the timeline of Linux namespaces and cgroups from ``data/kernel.csv``
  (:func:`namespace_arrivals`, :func:`cgroup_arrivals`); each row's note
  begins with the exact kernel version ("Linux 2.6.24 ..."), its value is the
  release year;
* :func:`panel_facts`, what the chapter's live panel shows about the reader's
  machine, computed from :func:`widgets.probes.machine.read_machine`. Its
  :class:`~widgets.probes.machine.Evidence` records are passed on as
  (code, values) pairs, split into container and hypervisor clues, and its
  :class:`~widgets.probes.machine.Note` records (what could not be read) as
  (code, values) pairs too; the essay's text table words them
  (``panel.ev.<code>``, ``panel.note.<code>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import data
from ..probes.machine import SECCOMP_MODES, MachineView, capability_names, kind, read_machine

#: The eight namespace types of namespaces(7), oldest first, and their data keys.
NAMESPACES = ("mnt", "uts", "ipc", "pid", "net", "user", "cgroup", "time")
#: cgroups milestones of cgroups(7) and their data keys.
CGROUPS = ("v1", "memory", "v2")
#: The partial first arrival of user namespaces (Linux 2.6.23).
USER_FIRST_KEY = "kernel.ns.user_first"

_VERSION = re.compile(r"^Linux (\d+(?:\.\d+)+)")


@dataclass(frozen=True)
class Arrival:
    """One kernel feature and the release that brought it."""

    name: str  # "pid", "v2", ...
    key: str  # its data key
    year: int  # release year of that kernel
    version: str  # "2.6.24"
    grade: str


def _arrival(name: str, key: str) -> Arrival:
    r = data.record(key)
    m = _VERSION.match(r.note)
    if m is None or r.unit != "year":
        raise data.DataError(
            data.DATA_DIR / r.file,
            r.line,
            "note",
            f"{key!r} must be a year whose note starts with the version, e.g. 'Linux 2.6.24'",
        )
    return Arrival(name, key, int(r.value), m.group(1), r.grade)


def namespace_arrivals() -> tuple[Arrival, ...]:
    """The eight namespace types, each at the release that made it usable (clone(2), unshare(2))."""
    arrivals = tuple(_arrival(name, f"kernel.ns.{name}") for name in NAMESPACES)
    expected = int(data.record("kernel.ns.types").value)
    if len(arrivals) != expected:  # the man page's table and this list must agree
        raise ValueError(f"namespaces(7) lists {expected} types, the essay knows {len(arrivals)}")
    return arrivals


def user_first_pieces() -> Arrival:
    """Where user namespaces began (Linux 2.6.23), before they were complete in 3.8."""
    return _arrival("user", USER_FIRST_KEY)


def cgroup_arrivals() -> tuple[Arrival, ...]:
    """cgroups v1, its memory controller, and cgroups v2 (cgroups(7))."""
    return tuple(_arrival(name, f"kernel.cgroups.{name}") for name in CGROUPS)


def timeline_keys() -> tuple[str, ...]:
    """Every data key the timeline uses (for a chapter's sources table)."""
    return (
        "kernel.ns.types",
        *(a.key for a in namespace_arrivals()),
        USER_FIRST_KEY,
        *(a.key for a in cgroup_arrivals()),
    )


# --------------------------------------------------------------------------
# The live panel: what the reader's machine says.

#: The capabilities a Docker container's root keeps (moby/moby oci/caps/defaults.go;
#: data key isolation.docker_capabilities).
DOCKER_DEFAULT_CAPS = frozenset(
    {
        "CAP_CHOWN",
        "CAP_DAC_OVERRIDE",
        "CAP_FSETID",
        "CAP_FOWNER",
        "CAP_MKNOD",
        "CAP_NET_RAW",
        "CAP_SETGID",
        "CAP_SETUID",
        "CAP_SETFCAP",
        "CAP_SETPCAP",
        "CAP_NET_BIND_SERVICE",
        "CAP_SYS_CHROOT",
        "CAP_KILL",
        "CAP_AUDIT_WRITE",
    }
)
#: Data keys of the panel's privilege rows (for a chapter's sources table).
PRIVILEGE_KEYS = ("isolation.linux_capabilities", "isolation.docker_capabilities", "isolation.docker_seccomp_blocked")
#: /proc/self/ns entries that are views of another namespace, not types of their own.
_FOR_CHILDREN = "_for_children"
_NS_ID = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class PanelFacts:
    """What the live panel shows, as numbers and codes (the text table words them)."""

    supported: bool  # False: no /proc below root (macOS, Windows), or a browser's sandbox (sandboxed)
    verdict: str  # "container" | "container-weak" | "vm" | "bare-metal" | "unknown"
    hypervisor: str | None  # the VM under everything, if the CPU or DMI says so
    mem_total_gib: float | None  # what the kernel reports (MemTotal), in GiB
    mem_limit_gib: float | None  # the cgroup memory limit, None = no limit (or unknown)
    mem_limit_share: float | None  # limit / kernel-reported RAM (0..1, may exceed 1)
    cpu_count: int | None  # CPUs the kernel reports
    cpu_quota: float | None  # CPUs' worth of time the cgroup allows, None = no quota
    cgroup_version: int | None
    namespaces: tuple[tuple[str, str], ...]  # (type, id) for each namespace type visible
    namespace_types_known: int  # the eight of namespaces(7)
    own_pid_namespace: bool | None  # True: not the host's initial PID namespace
    container_evidence: tuple[tuple[str, dict[str, str]], ...]
    hypervisor_evidence: tuple[tuple[str, dict[str, str]], ...]
    notes: tuple[tuple[str, dict[str, str]], ...]  # what could not be read: (code, values), see NOTE_CODES
    # what holds the process besides namespaces and cgroups (None: not available here)
    capabilities: tuple[str, ...] | None = None  # effective capabilities, by name
    capabilities_known: int | None = None  # how many this kernel defines (cap_last_cap + 1, else data/)
    capability_set: str | None = None  # "full" | "docker-default" | "none" | "some"
    docker_capabilities: int = 14  # what Docker leaves a container (data/)
    seccomp: str | None = None  # "disabled" | "strict" | "filter"
    seccomp_filters: int | None = None
    seccomp_blocked_by_docker: int = 44  # Docker's default profile, its docs' round figure (data/)
    no_new_privs: bool | None = None
    security_label: str | None = None  # AppArmor profile or SELinux context
    # what a guest sees of its virtual hardware
    hypervisor_flag: bool | None = None  # the CPUID hypervisor bit, as /proc/cpuinfo shows it
    virtio_devices: tuple[str, ...] | None = None  # () none; None: /sys not readable
    sandboxed: bool = False  # the kernel runs in the reader's browser (Pyodide): it can read nothing of the machine


def panel_facts(view: MachineView) -> PanelFacts:
    """The panel's content for a machine view."""
    container = tuple((e.code, dict(e.values)) for e in view.evidence if e.group == "container")
    hypervisor = tuple((e.code, dict(e.values)) for e in view.evidence if e.group == "hypervisor")
    verdict = kind(view)
    if verdict == "container" and [code for code, _ in container] == ["dockerenv"]:
        verdict = "container-weak"  # only a file some engines leave behind: it may be a leftover
    gib = 1024**3
    total = view.mem_total_bytes / gib if view.mem_total_bytes is not None else None
    limit = view.cgroup_memory_limit_bytes / gib if view.cgroup_memory_limit_bytes is not None else None
    share = limit / total if (limit is not None and total) else None
    namespaces = tuple(
        (name, (_NS_ID.search(target) or [None, target])[1])
        for name, target in sorted(view.namespaces.items())
        if not name.endswith(_FOR_CHILDREN)
    )
    own_pid = None
    if "pid" in view.namespaces:
        own_pid = any(code == "pid_ns" for code, _ in container)
    known = view.cap_last + 1 if view.cap_last is not None else int(data.record("isolation.linux_capabilities").value)
    caps = cap_set = None
    if view.cap_effective is not None:
        caps = capability_names(view.cap_effective, view.cap_last)
        cap_set = (
            "none"
            if not caps
            else "full"
            if len(caps) >= known
            else "docker-default"
            if set(caps) == DOCKER_DEFAULT_CAPS
            else "some"
        )
    return PanelFacts(
        supported=view.os_supported,
        sandboxed=view.sandboxed,
        verdict=verdict,
        hypervisor=view.hypervisor,
        mem_total_gib=total,
        mem_limit_gib=limit,
        mem_limit_share=share,
        cpu_count=view.cpu_count,
        cpu_quota=view.cgroup_cpu_quota,
        cgroup_version=view.cgroup_version,
        namespaces=namespaces,
        namespace_types_known=int(data.record("kernel.ns.types").value),
        own_pid_namespace=own_pid,
        container_evidence=container,
        hypervisor_evidence=hypervisor,
        notes=tuple((n.code, dict(n.values)) for n in view.notes),
        capabilities=caps,
        capabilities_known=known,
        capability_set=cap_set,
        docker_capabilities=int(data.record("isolation.docker_capabilities").value),
        seccomp=SECCOMP_MODES.get(view.seccomp_mode) if view.seccomp_mode is not None else None,
        seccomp_filters=view.seccomp_filters,
        seccomp_blocked_by_docker=int(data.record("isolation.docker_seccomp_blocked").value),
        no_new_privs=view.no_new_privs,
        security_label=view.security_label,
        hypervisor_flag=view.hypervisor_flag,
        virtio_devices=view.virtio_devices,
    )


def read_panel(root: str = "/") -> PanelFacts:
    """Read the machine below root and return the panel's content."""
    return panel_facts(read_machine(root))
