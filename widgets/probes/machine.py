"""Read the reader's own machine for a chapter's live panel.

:func:`read_machine` answers three questions from files alone: *where am I
running* (bare metal, a virtual machine, a container, and whether the guest is
told: the CPU's hypervisor bit, virtio devices), *what does the kernel report
versus what my cgroup lets me use*, and *what else holds this process*
(``CapEff``, ``Seccomp``, ``NoNewPrivs`` of ``/proc/self/status``, an AppArmor or
SELinux label). It only reads ``/proc`` and
``/sys`` below a ``root`` directory: it never runs a command, never touches
the network, imports only the standard library and never raises for missing,
unreadable or garbled files. Every problem becomes a :class:`Note` in
:attr:`MachineView.notes` instead.

Passing another ``root`` reads a captured tree (see
``tests/fixtures/machine/``); a ``root`` without ``proc`` (macOS, Windows, a
missing directory) gives a view with ``os_supported=False`` and every value
``None``.

Each piece of ``evidence`` is an :class:`Evidence` record: a group
(``"container"`` or ``"hypervisor"``), a code from :data:`EVIDENCE_CODES` and
the values it names (``Evidence("container", "overlay", {"fstype": "overlay"})``).
The reader-facing sentences live in the essay's text table (``panel.ev.<code>``),
which also translates the value of :func:`kind`; this module holds no prose of
its own. Each of the ``notes`` (what could not be read) is a :class:`Note` record
the same way: a code from :data:`NOTE_CODES` and its values
(``Note("not_found", {"path": "/proc/meminfo"})``), worded by the text table
(``panel.note.<code>``) and never read back by any code.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .sandbox import in_browser

__all__ = [
    "CAP_NAMES",
    "EVIDENCE_CODES",
    "NOTE_CODES",
    "VIRTIO_TYPES",
    "Evidence",
    "MachineView",
    "Note",
    "capability_names",
    "kind",
    "read_machine",
]

# Caps the bytes read from one file; /proc/cpuinfo on a 256-CPU host is ~0.5 MB.
_MAX_READ = 4 * 1024 * 1024
# cgroup v1 reports "no limit" as PAGE_COUNTER_MAX * page size, e.g.
# 9223372036854771712 with 4 KiB pages; anything this large means unlimited.
_V1_UNLIMITED = 2**62
# Deepest cgroup nesting walked when looking for a parent's limit.
_MAX_DEPTH = 64
# The kernel gives the initial (host) PID namespace this fixed inode number
# (PROC_PID_INIT_INO, include/linux/proc_ns.h).
_INIT_PID_NS = "pid:[4026531836]"
# Markers in /proc/<pid>/cgroup paths left by container runtimes.
_CGROUP_MARKERS = ("docker", "kubepods", "containerd", "libpod", "lxc")
# DMI (field, substring, name). Checked in order; "Amazon EC2" is handled in
# _dmi_hypervisor because its .metal instance types are bare metal.
_DMI_VENDORS: tuple[tuple[str, str, str], ...] = (
    ("sys_vendor", "QEMU", "QEMU"),
    ("product_name", "KVM", "KVM"),
    ("sys_vendor", "VMware", "VMware"),
    ("product_name", "VMware", "VMware"),
    ("product_name", "VirtualBox", "VirtualBox"),
    ("sys_vendor", "innotek", "VirtualBox"),
    ("sys_vendor", "Xen", "Xen"),
    ("product_name", "HVM domU", "Xen"),
    ("sys_vendor", "Google", "Google Compute Engine"),
    ("sys_vendor", "Firecracker", "Firecracker"),
    ("product_name", "Firecracker", "Firecracker"),
    ("sys_vendor", "Parallels", "Parallels"),
    ("sys_vendor", "BHYVE", "bhyve"),
    ("product_name", "OpenStack", "OpenStack"),
    ("sys_vendor", "DigitalOcean", "DigitalOcean"),
    ("sys_vendor", "Apple Virtualization", "Apple Virtualization"),
)
# hypervisor value when the CPU says "virtualised" but nothing names the vendor.
UNIDENTIFIED_HYPERVISOR = "unidentified"
#: Every evidence code :func:`read_machine` can give, by group, with the names of the values each carries.
EVIDENCE_CODES: dict[str, dict[str, tuple[str, ...]]] = {
    "container": {
        "dockerenv": (),  # /.dockerenv exists
        "containerenv": (),  # /run/.containerenv exists
        "pid1_env": ("var",),  # PID 1's environment holds var ("container=lxc")
        "cgroup_marker": ("file", "markers"),  # file's cgroup paths name runtimes ("docker, kubepods")
        "overlay": ("fstype",),  # the root file system is an overlay (its fstype)
        "pid_ns": (),  # not the host's initial PID namespace
    },
    "hypervisor": {
        "hv_flag": (),  # /proc/cpuinfo shows the 'hypervisor' CPU flag
        "no_hv_flag": (),  # flags lines were read and none has it
        "dmi": ("desc",),  # DMI sys_vendor / product_name ("QEMU / Standard PC")
        "hv_type": ("type",),  # /sys/hypervisor/type
    },
}
#: Every note code :func:`read_machine` can give, with the names of the values each carries.
NOTE_CODES: dict[str, tuple[str, ...]] = {
    "unreadable": ("path",),  # a directory that could not be read ("/proc" off Linux)
    "not_found": ("path",),  # the file does not exist
    "permission_denied": ("path",),  # reading it was refused
    "is_directory": ("path",),  # a directory stands where a file should be
    "not_text": ("path",),  # its bytes are not UTF-8 text
    "read_error": ("path", "reason"),  # any other OS error; reason is its strerror ("Input/output error")
    "not_listed": ("path",),  # a directory that could not be listed
    "not_understood": ("path",),  # the file was read but its content makes no sense
    "field_not_understood": ("path", "field"),  # one field of the file makes no sense ("CapEff")
    "no_field": ("path", "field"),  # the file has no line for field ("MemTotal", "processor")
    "cgroup_version_unknown": (),  # neither the mounts nor /sys/fs/cgroup tell v1 from v2
    "no_v1_controller": ("controller",),  # no cgroup v1 hierarchy carries controller ("memory", "cpu")
    "limit_not_found": ("file", "path"),  # no limit file ("memory.max") in the cgroup directories up to path
    "no_dmi_vendor": (),  # the CPU says "hypervisor" but DMI names no vendor
}
# Codes that show the hypervisor check ran, so that a negative answer can be trusted (see kind()).
_HYPERVISOR_CHECKED = frozenset({"no_hv_flag", "dmi"})
#: Capability names by bit number, 0 to 40 (include/uapi/linux/capability.h, Linux 5.9 and later).
CAP_NAMES = (
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_DAC_READ_SEARCH",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_SETGID",
    "CAP_SETUID",
    "CAP_SETPCAP",
    "CAP_LINUX_IMMUTABLE",
    "CAP_NET_BIND_SERVICE",
    "CAP_NET_BROADCAST",
    "CAP_NET_ADMIN",
    "CAP_NET_RAW",
    "CAP_IPC_LOCK",
    "CAP_IPC_OWNER",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_CHROOT",
    "CAP_SYS_PTRACE",
    "CAP_SYS_PACCT",
    "CAP_SYS_ADMIN",
    "CAP_SYS_BOOT",
    "CAP_SYS_NICE",
    "CAP_SYS_RESOURCE",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_MKNOD",
    "CAP_LEASE",
    "CAP_AUDIT_WRITE",
    "CAP_AUDIT_CONTROL",
    "CAP_SETFCAP",
    "CAP_MAC_OVERRIDE",
    "CAP_MAC_ADMIN",
    "CAP_SYSLOG",
    "CAP_WAKE_ALARM",
    "CAP_BLOCK_SUSPEND",
    "CAP_AUDIT_READ",
    "CAP_PERFMON",
    "CAP_BPF",
    "CAP_CHECKPOINT_RESTORE",
)
#: Virtio device type IDs (the ``device`` file under /sys/bus/virtio/devices/*; virtio 1.x specification).
VIRTIO_TYPES = {
    1: "net",
    2: "block",
    3: "console",
    4: "entropy",
    5: "balloon",
    8: "scsi",
    9: "9p",
    16: "gpu",
    18: "input",
    19: "vsock",
    20: "crypto",
    24: "mem",
    26: "fs",
    27: "pmem",
}
#: Seccomp modes of proc(5): 0 disabled, 1 strict, 2 filter.
SECCOMP_MODES = {0: "disabled", 1: "strict", 2: "filter"}


@dataclass(frozen=True)
class Evidence:
    """One reason for ``in_container`` or ``hypervisor``: what was found, as a code and its values.

    ``values`` maps the names :data:`EVIDENCE_CODES` lists for the code to
    what was read (file names, identifiers); the text table words them.
    """

    group: str
    """``"container"`` or ``"hypervisor"``."""
    code: str
    """A key of ``EVIDENCE_CODES[group]``, e.g. ``"dockerenv"``."""
    values: dict[str, str] = field(default_factory=dict, hash=False)
    """What was read, e.g. ``{"fstype": "overlay"}``."""

    def __post_init__(self) -> None:
        names = EVIDENCE_CODES.get(self.group, {}).get(self.code)
        if names is None:
            raise ValueError(f"unknown evidence {self.group!r}/{self.code!r}; see EVIDENCE_CODES")
        if set(self.values) != set(names):
            raise ValueError(f"evidence {self.code!r} takes values {names}, got {tuple(self.values)}")


@dataclass(frozen=True)
class Note:
    """Something :func:`read_machine` could not read or make sense of: a code and its values.

    ``values`` maps the names :data:`NOTE_CODES` lists for the code to what
    they stand for (file paths, field names, an OS error's text); the text
    table words them.
    """

    code: str
    """A key of ``NOTE_CODES``, e.g. ``"not_found"``."""
    values: dict[str, str] = field(default_factory=dict, hash=False)
    """What it is about, e.g. ``{"path": "/proc/meminfo"}``."""

    def __post_init__(self) -> None:
        names = NOTE_CODES.get(self.code)
        if names is None:
            raise ValueError(f"unknown note {self.code!r}; see NOTE_CODES")
        if set(self.values) != set(names):
            raise ValueError(f"note {self.code!r} takes values {names}, got {tuple(self.values)}")
        if not all(isinstance(v, str) for v in self.values.values()):
            raise ValueError(f"note {self.code!r}: values must be strings, got {self.values!r}")


@dataclass(frozen=True)
class MachineView:
    """What the live panel shows about the machine the kernel runs on.

    Sizes are bytes, ``None`` means "unknown" or "no limit" (the notes say
    which when a file could not be read).
    """

    os_supported: bool
    """False when ``<root>/proc`` is missing (macOS, Windows, bad root), or is a browser's stand-in."""
    mem_total_bytes: int | None = None
    """``MemTotal`` from ``/proc/meminfo``: what the kernel reports."""
    cpu_count: int | None = None
    """Online CPUs (``/sys/devices/system/cpu/online``, else ``/proc/cpuinfo``)."""
    cgroup_version: int | None = None
    """1 (including hybrid hosts) or 2."""
    cgroup_memory_limit_bytes: int | None = None
    """Tightest memory limit on this process's cgroup and its ancestors."""
    cgroup_cpu_quota: float | None = None
    """CPUs' worth of time allowed per period (1.5 = one and a half CPUs)."""
    namespaces: dict[str, str] = field(default_factory=dict)
    """``/proc/self/ns`` entries, e.g. ``{"pid": "pid:[4026531836]"}``."""
    in_container: bool | None = None
    """True with container evidence, False without, None if nothing was readable."""
    hypervisor: str | None = None
    """Hypervisor name ("QEMU", "Hyper-V", ... or ``"unidentified"``), else None."""
    hypervisor_flag: bool | None = None
    """The CPUID hypervisor bit as ``/proc/cpuinfo`` shows it (the ``hypervisor`` flag); None if no flags line."""
    virtio_devices: tuple[str, ...] | None = None
    """Virtio device types on ``/sys/bus/virtio/devices`` ("net", "block", ...); () none; None if ``/sys`` is absent."""
    cap_effective: int | None = None
    """``CapEff`` of ``/proc/self/status``: the capabilities this process may use now, as a bit mask."""
    cap_last: int | None = None
    """``/proc/sys/kernel/cap_last_cap``: the highest capability number this kernel knows."""
    seccomp_mode: int | None = None
    """``Seccomp`` of ``/proc/self/status``: 0 disabled, 1 strict, 2 filter."""
    seccomp_filters: int | None = None
    """``Seccomp_filters``: how many seccomp filters the process carries (Linux 5.9 and later)."""
    no_new_privs: bool | None = None
    """``NoNewPrivs``: True when nothing this process runs may gain privileges."""
    security_label: str | None = None
    """``/proc/self/attr/current``: the AppArmor profile or SELinux context, if a security module shows one."""
    evidence: tuple[Evidence, ...] = ()
    """Reasons for ``in_container`` and ``hypervisor``, in the order they were found."""
    notes: tuple[Note, ...] = ()
    """What could not be read or made sense of, in the order it was met (no repeats)."""
    sandboxed: bool = False
    """True when this Python runs in a browser (Pyodide): nothing of the reader's machine is readable."""


def kind(view: MachineView) -> str:
    """Classify a view as ``"container"``, ``"vm"``, ``"bare-metal"`` or ``"unknown"``.

    Container evidence wins over hypervisor evidence (a Binder container
    runs inside a cloud VM; ``view.hypervisor`` still names the VM).
    ``"bare-metal"`` needs positive evidence that the hypervisor check ran
    (a CPU flags line or a DMI vendor), otherwise the answer is ``"unknown"``.
    The essay's text table translates these four keys.
    """
    if not view.os_supported:
        return "unknown"
    if view.in_container:
        return "container"
    if view.hypervisor is not None:
        return "vm"
    checked = any(e.code in _HYPERVISOR_CHECKED for e in view.evidence)
    if view.in_container is False and checked:
        return "bare-metal"
    return "unknown"


def read_machine(root: str | os.PathLike[str] = "/") -> MachineView:
    """Read the machine below ``root`` (default: this machine) into a view.

    Never raises for file problems: they become ``notes``. Takes a few
    milliseconds (a few dozen small files).
    """
    if in_browser() and os.path.realpath(os.fspath(root)) == "/":
        # Pyodide: this /proc is Emscripten's stand-in (a /proc/self and little else), not the reader's machine
        return MachineView(os_supported=False, sandboxed=True)
    r = _Reader(os.fspath(root))
    if not r.isdir("/proc"):
        return MachineView(os_supported=False, notes=(Note("unreadable", {"path": "/proc"}),))

    mountinfo = _parse_mountinfo(r.read("/proc/self/mountinfo") or "")
    self_cgroup = r.read("/proc/self/cgroup")
    version = _cgroup_version(r, mountinfo)
    if version is None:
        r.note("cgroup_version_unknown")
    mem_limit, cpu_quota = _cgroup_limits(r, version, mountinfo, self_cgroup or "")
    namespaces = _namespaces(r)
    in_container = _container_evidence(r, mountinfo, self_cgroup, namespaces)
    hypervisor, hv_flag = _hypervisor(r)
    status = _status(r)
    return MachineView(
        os_supported=True,
        mem_total_bytes=_mem_total(r),
        cpu_count=_cpu_count(r),
        cgroup_version=version,
        cgroup_memory_limit_bytes=mem_limit,
        cgroup_cpu_quota=cpu_quota,
        namespaces=namespaces,
        in_container=in_container,
        hypervisor=hypervisor,
        hypervisor_flag=hv_flag,
        virtio_devices=_virtio(r),
        cap_effective=status.get("CapEff"),
        cap_last=_cap_last(r),
        seccomp_mode=status.get("Seccomp"),
        seccomp_filters=status.get("Seccomp_filters"),
        no_new_privs=None if status.get("NoNewPrivs") is None else bool(status["NoNewPrivs"]),
        security_label=_security_label(r),
        evidence=tuple(r.evidence),
        notes=tuple(dict.fromkeys(r.notes)),
    )


# --------------------------------------------------------------------------
# File access: everything goes through _Reader.read, which joins under root.


def _norm(path: str) -> str:
    """Absolute, normalised POSIX path; ".." cannot climb above "/"."""
    # One leading slash only: normpath keeps a leading "//" as is.
    return posixpath.normpath("/" + path.lstrip("/"))


class _Reader:
    def __init__(self, root: str) -> None:
        self.root = root
        self.notes: list[Note] = []
        self.evidence: list[Evidence] = []

    def note(self, code: str, **values: str) -> None:
        self.notes.append(Note(code, values))

    def found(self, group: str, code: str, **values: str) -> None:
        self.evidence.append(Evidence(group, code, values))

    def path(self, rel: str) -> str:
        # normpath on an absolute path drops "..", so content read from a
        # file (cgroup paths, mount points) cannot lead outside root.
        return os.path.join(self.root, _norm(rel).lstrip("/"))

    def read(
        self, rel: str, *, quiet_missing: bool = False, link: bool = False, limit: int = _MAX_READ, quiet: bool = False
    ) -> str | None:
        """Text of ``<root>/rel`` (or its symlink target), or None plus a note (no note at all when ``quiet``).

        ``limit`` caps the bytes read: keep it small for sysctl files, whose
        handlers allocate a buffer of the size asked for (4 MiB fails there).
        """
        before = len(self.notes)
        text = self._read(rel, quiet_missing, link, limit)
        if quiet:
            del self.notes[before:]
        return text

    def _read(self, rel: str, quiet_missing: bool, link: bool, limit: int) -> str | None:
        try:
            p = self.path(rel)
            if link:
                return os.readlink(p)
            with open(p, "rb") as f:
                return f.read(limit).decode("utf-8")
        except FileNotFoundError:
            if not quiet_missing:
                self.note("not_found", path=rel)
        except PermissionError:
            self.note("permission_denied", path=rel)
        except IsADirectoryError:
            self.note("is_directory", path=rel)
        except UnicodeDecodeError:
            self.note("not_text", path=rel)
        except (OSError, ValueError) as e:
            reason = getattr(e, "strerror", None) or type(e).__name__
            self.note("read_error", path=rel, reason=str(reason))
        return None

    def exists(self, rel: str) -> bool:
        try:
            return os.path.lexists(self.path(rel))
        except (OSError, ValueError):
            return False

    def isdir(self, rel: str) -> bool:
        try:
            return os.path.isdir(self.path(rel))
        except (OSError, ValueError):
            return False

    def listdir(self, rel: str) -> list[str] | None:
        try:
            return sorted(os.listdir(self.path(rel)))
        except (OSError, ValueError):
            return None


# --------------------------------------------------------------------------
# What the kernel reports.


def _mem_total(r: _Reader) -> int | None:
    text = r.read("/proc/meminfo")
    if text is None:
        return None
    m = re.search(r"^MemTotal:\s*(\d+)\s*kB\s*$", text, re.MULTILINE)
    if m is None:
        r.note("no_field", path="/proc/meminfo", field="MemTotal")
        return None
    return int(m.group(1)) * 1024


def _parse_cpu_list(text: str) -> int | None:
    """Count CPUs in a kernel cpu list such as ``0-3,8,10-11``."""
    total = 0
    for part in text.strip().split(","):
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", part.strip())
        if m is None:
            return None
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if hi < lo:
            return None
        total += hi - lo + 1
    return total or None


def _cpu_count(r: _Reader) -> int | None:
    text = r.read("/sys/devices/system/cpu/online")
    if text is not None:
        count = _parse_cpu_list(text)
        if count is not None:
            return count
        r.note("not_understood", path="/sys/devices/system/cpu/online")
    info = r.read("/proc/cpuinfo")
    if info is not None:
        count = len(re.findall(r"^processor\s*:", info, re.MULTILINE))
        if count:
            return count
        r.note("no_field", path="/proc/cpuinfo", field="processor")
    return None


# --------------------------------------------------------------------------
# cgroups: what the process is allowed to use.


@dataclass(frozen=True)
class _Mount:
    root: str  # the path inside its filesystem that is mounted
    point: str  # where it is mounted
    fstype: str
    super_options: frozenset[str]


def _unescape(s: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as \ooo.
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), s)


def _parse_mountinfo(text: str) -> list[_Mount]:
    """Parse proc(5) mountinfo; malformed lines are skipped."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if not sep or len(fields) < 6 or len(tail) < 3:
            continue
        mounts.append(
            _Mount(
                root=_unescape(fields[3]),
                point=_unescape(fields[4]),
                fstype=tail[0],
                super_options=frozenset(tail[2].split(",")),
            )
        )
    return mounts


def _cgroup_version(r: _Reader, mounts: list[_Mount]) -> int | None:
    if any(m.fstype == "cgroup" for m in mounts):
        return 1  # pure v1 or hybrid: the controllers are v1
    if any(m.fstype == "cgroup2" for m in mounts):
        return 2
    if r.exists("/sys/fs/cgroup/cgroup.controllers"):
        return 2
    if r.isdir("/sys/fs/cgroup/memory") or r.isdir("/sys/fs/cgroup/cpu"):
        return 1
    return None


def _cgroup_paths(text: str) -> dict[str, str]:
    """Map controller (``""`` for v2) to cgroup path from /proc/<pid>/cgroup."""
    paths: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        for controller in parts[1].split(","):
            paths.setdefault(controller, parts[2])
    return paths


def _ancestors(mount: _Mount, cgroup_path: str) -> Iterator[str]:
    """Directories from this process's cgroup up to the mount point."""
    rel, mroot = _norm(cgroup_path), _norm(mount.root)
    if mroot != "/" and (rel == mroot or rel.startswith(mroot + "/")):
        rel = rel[len(mroot) :] or "/"
    for _ in range(_MAX_DEPTH):
        yield posixpath.join(mount.point, rel.lstrip("/")).rstrip("/") or "/"
        if rel == "/":
            return
        rel = posixpath.dirname(rel)


_Parser = Callable[[_Reader, str, str], "float | int | None"]


def _tightest(r: _Reader, dirs: list[str], name: str, parse: _Parser) -> tuple[bool, float | int | None]:
    """Smallest limit in ``name`` over ``dirs``; (found any file, limit)."""
    found, best = False, None
    for d in dirs:
        rel = posixpath.join(d, name)
        if not r.exists(rel):
            continue
        found = True
        text = r.read(rel)
        if text is None:
            continue
        try:
            value = parse(r, d, text)
        except ValueError:
            r.note("not_understood", path=rel)
            continue
        if value is not None and (best is None or value < best):
            best = value
    return found, best


def _parse_v2_memory(r: _Reader, d: str, text: str) -> int | None:
    text = text.strip()
    if text == "max":
        return None
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def _parse_v2_cpu(r: _Reader, d: str, text: str) -> float | None:
    parts = text.split()
    if not parts or len(parts) > 2:
        raise ValueError(text)
    period = int(parts[1]) if len(parts) == 2 else 100000
    if period <= 0:
        raise ValueError(text)
    if parts[0] == "max":
        return None
    quota = int(parts[0])
    if quota <= 0:
        raise ValueError(text)
    return quota / period


def _parse_v1_memory(r: _Reader, d: str, text: str) -> int | None:
    value = int(text.strip())
    if value < 0:
        raise ValueError(text)
    return None if value >= _V1_UNLIMITED else value


def _parse_v1_cpu(r: _Reader, d: str, text: str) -> float | None:
    quota = int(text.strip())
    if quota == -1:
        return None
    if quota <= 0:
        raise ValueError(text)
    period_text = r.read(posixpath.join(d, "cpu.cfs_period_us"))
    if period_text is None:
        return None
    period = int(period_text.strip())
    if period <= 0:
        raise ValueError(period_text)
    return quota / period


def _v1_mount(mounts: list[_Mount], controller: str, fallbacks: tuple[str, ...], r: _Reader) -> _Mount | None:
    for m in mounts:
        if m.fstype == "cgroup" and controller in m.super_options:
            return m
    for point in fallbacks:
        if r.isdir(point):
            return _Mount("/", point, "cgroup", frozenset({controller}))
    return None


def _cgroup_limits(
    r: _Reader, version: int | None, mounts: list[_Mount], self_cgroup: str
) -> tuple[int | None, float | None]:
    paths = _cgroup_paths(self_cgroup)
    if version == 2:
        mount = next((m for m in mounts if m.fstype == "cgroup2"), None)
        mount = mount or _Mount("/", "/sys/fs/cgroup", "cgroup2", frozenset())
        dirs = list(_ancestors(mount, paths.get("", "/")))
        if not r.isdir(dirs[0]):
            dirs = [mount.point]  # cgroup path not visible here: read the mount itself
        specs: list[tuple[str, _Parser, list[str]]] = [
            ("memory.max", _parse_v2_memory, dirs),
            ("cpu.max", _parse_v2_cpu, dirs),
        ]
    elif version == 1:
        specs = []
        for controller, name, parse, fallbacks in (
            ("memory", "memory.limit_in_bytes", _parse_v1_memory, ("/sys/fs/cgroup/memory",)),
            (
                "cpu",
                "cpu.cfs_quota_us",
                _parse_v1_cpu,
                ("/sys/fs/cgroup/cpu", "/sys/fs/cgroup/cpu,cpuacct", "/sys/fs/cgroup/cpuacct,cpu"),
            ),
        ):
            mount = _v1_mount(mounts, controller, fallbacks, r)
            if mount is None:
                r.note("no_v1_controller", controller=controller)
                specs.append((name, parse, []))
                continue
            dirs = list(_ancestors(mount, paths.get(controller, "/")))
            if not r.isdir(dirs[0]):
                dirs = [mount.point]
            specs.append((name, parse, dirs))
    else:
        return None, None

    results = []
    for name, parse, dirs in specs:
        found, value = _tightest(r, dirs, name, parse) if dirs else (False, None)
        if dirs and not found:
            r.note("limit_not_found", file=name, path=dirs[-1])
        results.append(value)
    mem, cpu = results
    return (int(mem) if mem is not None else None), (float(cpu) if cpu is not None else None)


# --------------------------------------------------------------------------
# Where am I: namespaces, container and hypervisor evidence.


def _namespaces(r: _Reader) -> dict[str, str]:
    names = r.listdir("/proc/self/ns")
    if names is None:
        r.note("not_listed", path="/proc/self/ns")
        return {}
    out = {}
    for name in names:
        target = r.read(f"/proc/self/ns/{name}", link=True)
        if target is not None:
            out[name] = target
    return out


def _container_evidence(
    r: _Reader, mounts: list[_Mount], self_cgroup: str | None, namespaces: dict[str, str]
) -> bool | None:
    before = len(r.evidence)
    for marker, code in (("/.dockerenv", "dockerenv"), ("/run/.containerenv", "containerenv")):
        if r.exists(marker):
            r.found("container", code)

    environ = r.read("/proc/1/environ")
    if environ is not None:
        for var in environ.split("\0"):
            if var.startswith("container="):
                r.found("container", "pid1_env", var=var)
                break

    pid1_cgroup = r.read("/proc/1/cgroup", quiet_missing=True)
    for source, text in (("/proc/self/cgroup", self_cgroup), ("/proc/1/cgroup", pid1_cgroup)):
        paths = " ".join(line.split(":", 2)[-1] for line in (text or "").splitlines())
        hits = [m for m in _CGROUP_MARKERS if m in paths]
        if hits:
            r.found("container", "cgroup_marker", file=source, markers=", ".join(hits))

    root_mount = next((m for m in reversed(mounts) if m.point == "/"), None)
    if root_mount is not None and "overlay" in root_mount.fstype:
        r.found("container", "overlay", fstype=root_mount.fstype)

    pid_ns = namespaces.get("pid")
    if pid_ns is not None and pid_ns != _INIT_PID_NS:
        r.found("container", "pid_ns")

    if len(r.evidence) > before:
        return True
    if self_cgroup is None and not mounts:
        return None  # the main sources were unreadable: no real answer
    return False


def _dmi_hypervisor(r: _Reader) -> tuple[str | None, str | None]:
    """(hypervisor named by DMI or None, short DMI description or None)."""
    values = {}
    for name in ("sys_vendor", "product_name"):
        text = r.read(f"/sys/class/dmi/id/{name}", quiet_missing=True)
        if text is not None and text.strip():
            values[name] = " ".join(text.split())
    if not values:
        return None, None
    desc = " / ".join(values.values())
    vendor, product = values.get("sys_vendor", ""), values.get("product_name", "")
    if "Microsoft" in vendor and "Virtual Machine" in product:
        return "Hyper-V", desc
    if "Amazon EC2" in vendor:
        return (None if product.endswith(".metal") else "Amazon EC2"), desc
    for key, needle, name in _DMI_VENDORS:
        if needle in values.get(key, ""):
            return name, desc
    return None, desc


def _hypervisor(r: _Reader) -> tuple[str | None, bool | None]:
    """(hypervisor name or None, the CPU's hypervisor flag or None if no flags line was read)."""
    flag = None
    info = r.read("/proc/cpuinfo")
    if info is not None:
        flag_lines = re.findall(r"^flags\s*:(.*)$", info, re.MULTILINE)
        if flag_lines:
            flag = any("hypervisor" in line.split() for line in flag_lines)
            r.found("hypervisor", "hv_flag" if flag else "no_hv_flag")

    name, desc = _dmi_hypervisor(r)
    if desc is not None:
        r.found("hypervisor", "dmi", desc=desc)

    hv_type = r.read("/sys/hypervisor/type", quiet_missing=True)
    hv_type = hv_type.strip() if hv_type else ""
    if hv_type:
        r.found("hypervisor", "hv_type", type=hv_type)
        name = name or {"xen": "Xen"}.get(hv_type, hv_type)

    if name is not None:
        return name, flag
    if flag:
        if desc is None:
            r.note("no_dmi_vendor")
        return UNIDENTIFIED_HYPERVISOR, flag
    return None, flag


# --------------------------------------------------------------------------
# What holds this process besides namespaces and cgroups: capabilities,
# seccomp, no_new_privs, a security module's label; and the virtual hardware
# a guest sees (virtio devices).

# Fields of /proc/self/status read here, and their base (proc(5)).
_STATUS_FIELDS = {"CapEff": 16, "Seccomp": 10, "Seccomp_filters": 10, "NoNewPrivs": 10}


def _status(r: _Reader) -> dict[str, int]:
    """The privilege fields of /proc/self/status that are present and well formed."""
    text = r.read("/proc/self/status", limit=65536)
    if text is None:
        return {}
    out = {}
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        base = _STATUS_FIELDS.get(name.strip())
        if not sep or base is None:
            continue
        try:
            number = int(value.strip(), base)
        except ValueError:
            r.note("field_not_understood", path="/proc/self/status", field=name.strip())
            continue
        if number >= 0:
            out[name.strip()] = number
    for name in ("CapEff", "Seccomp"):
        if name not in out:
            r.note("no_field", path="/proc/self/status", field=name)
    return out


def capability_names(mask: int, last: int | None = None) -> tuple[str, ...]:
    """The capability names set in a CapEff-style mask (unknown bits as ``cap_<n>``)."""
    top = max(mask.bit_length() - 1, last if last is not None else -1)
    return tuple(CAP_NAMES[i] if i < len(CAP_NAMES) else f"cap_{i}" for i in range(top + 1) if mask >> i & 1)


def _cap_last(r: _Reader) -> int | None:
    text = r.read("/proc/sys/kernel/cap_last_cap", quiet_missing=True, limit=64)
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        r.note("not_understood", path="/proc/sys/kernel/cap_last_cap")
        return None
    return value if 0 <= value < 64 else None


def _virtio(r: _Reader) -> tuple[str, ...] | None:
    """Virtio device types, sorted; () when the bus is absent or empty; None without /sys."""
    if not r.isdir("/sys"):
        return None
    names = r.listdir("/sys/bus/virtio/devices")
    if not names:
        return ()
    found = []
    for name in names[:64]:
        text = r.read(f"/sys/bus/virtio/devices/{name}/device", quiet_missing=True)
        try:
            ident = int((text or "").strip(), 16)
        except ValueError:
            continue
        found.append(VIRTIO_TYPES.get(ident, f"type {ident}"))
    return tuple(sorted(found))


def _security_label(r: _Reader) -> str | None:
    """AppArmor profile or SELinux context; None when no security module shows one."""
    text = r.read("/proc/self/attr/current", limit=4096, quiet=True)
    if text is None:
        return None
    label = text.strip("\0\n ")
    return label if label and label != "unconfined" and len(label) < 200 else None
