"""Tests for widgets.probes.machine: the live panel's view of the reader's machine.

The fixture trees under tests/fixtures/machine/ are small captured /proc and
/sys trees (a few files each, formats from proc(5) and cgroups(7)).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from widgets.probes import machine, sandbox
from widgets.probes.machine import Evidence, MachineView, Note, kind, read_machine

FIXTURES = Path(__file__).parent / "fixtures" / "machine"
GIB = 1024**3


def container(code: str, **values: str) -> Evidence:
    return Evidence("container", code, values)


def hypervisor(code: str, **values: str) -> Evidence:
    return Evidence("hypervisor", code, values)


def copy_fixture(name: str, tmp_path: Path) -> Path:
    """A writable copy of a fixture tree (symlinks kept as symlinks)."""
    dest = tmp_path / name
    shutil.copytree(FIXTURES / name, dest, symlinks=True)
    return dest


# --------------------------------------------------------------------------
# The four captured machines.


def test_container_cgroup_v2_docker():
    view = read_machine(FIXTURES / "container-cgroup-v2")
    assert view.os_supported
    assert kind(view) == "container"
    assert view.in_container is True
    assert container("dockerenv") in view.evidence
    assert container("overlay", fstype="overlay") in view.evidence
    assert view.cgroup_version == 2
    assert view.cpu_count == 8
    assert view.mem_total_bytes == 65545496 * 1024
    assert view.cgroup_memory_limit_bytes == 2 * GIB
    assert view.cgroup_cpu_quota == pytest.approx(1.5)
    # What the kernel reports is much more than what the cgroup allows.
    assert view.cgroup_memory_limit_bytes < view.mem_total_bytes / 10
    assert view.cgroup_cpu_quota < view.cpu_count
    # Docker on a Dell host: no hypervisor, and the PID namespace is the container's own.
    assert view.hypervisor is None
    assert view.namespaces["pid"] == "pid:[4026532660]"
    assert view.namespaces["user"] == "user:[4026531837]"  # no user namespace
    assert container("pid_ns") in view.evidence
    assert view.notes == ()


def test_container_cgroup_v1_docker_in_ec2_vm():
    view = read_machine(FIXTURES / "container-cgroup-v1")
    assert kind(view) == "container"
    assert view.cgroup_version == 1
    assert view.cpu_count == 4
    assert view.cgroup_memory_limit_bytes == 512 * 1024**2
    assert view.cgroup_cpu_quota == pytest.approx(0.5)
    assert view.cgroup_memory_limit_bytes < view.mem_total_bytes
    # No /.dockerenv in this tree: the evidence is the cgroup path.
    assert container("dockerenv") not in view.evidence
    assert container("cgroup_marker", file="/proc/self/cgroup", markers="docker") in view.evidence
    # A container inside a cloud VM: container wins, the VM is still named.
    assert view.hypervisor == "Amazon EC2"
    assert hypervisor("hv_flag") in view.evidence
    # This tree has no /proc/self/ns and no /proc/1/environ: notes, no crash.
    assert view.namespaces == {}
    assert Note("not_listed", {"path": "/proc/self/ns"}) in view.notes
    assert Note("not_found", {"path": "/proc/1/environ"}) in view.notes


def test_vm_qemu():
    view = read_machine(FIXTURES / "vm")
    assert kind(view) == "vm"
    assert view.hypervisor == "QEMU"
    assert view.in_container is False
    assert view.cgroup_version == 2
    assert view.cgroup_memory_limit_bytes is None  # memory.max "max" all the way up
    assert view.cgroup_cpu_quota is None  # cpu.max "max 100000"
    assert view.cpu_count == 2
    assert view.mem_total_bytes == 4026128 * 1024
    assert view.namespaces["pid"] == "pid:[4026531836]"
    assert view.notes == ()


def test_bare_metal_dell():
    view = read_machine(FIXTURES / "bare-metal")
    assert kind(view) == "bare-metal"
    assert view.hypervisor is None
    assert view.in_container is False
    assert view.evidence == (hypervisor("no_hv_flag"), hypervisor("dmi", desc="Dell Inc. / Precision 3660"))
    assert view.cgroup_version == 2
    assert view.cgroup_memory_limit_bytes is None
    assert view.cgroup_cpu_quota is None
    assert view.cpu_count == 12
    assert view.notes == ()


def test_absent_root_is_the_off_linux_case(tmp_path):
    view = read_machine(tmp_path / "does-not-exist")
    assert view.os_supported is False
    assert kind(view) == "unknown"
    assert view.notes == (Note("unreadable", {"path": "/proc"}),)
    assert view.mem_total_bytes is None
    assert view.cpu_count is None
    assert view.cgroup_version is None
    assert view.cgroup_memory_limit_bytes is None
    assert view.cgroup_cpu_quota is None
    assert view.in_container is None
    assert view.hypervisor is None
    assert view.namespaces == {}


def test_empty_proc_directory_gives_notes_not_answers(tmp_path):
    (tmp_path / "proc").mkdir()
    view = read_machine(tmp_path)
    assert view.os_supported is True
    assert kind(view) == "unknown"
    assert view.in_container is None
    assert view.mem_total_bytes is None and view.cpu_count is None
    assert Note("not_found", {"path": "/proc/meminfo"}) in view.notes
    assert Note("cgroup_version_unknown") in view.notes


# --------------------------------------------------------------------------
# Garbage, odd and unreadable content: always None plus a note.


def test_garbage_memory_max(tmp_path):
    root = copy_fixture("container-cgroup-v2", tmp_path)
    (root / "sys/fs/cgroup/memory.max").write_text("banana\n")
    view = read_machine(root)
    assert view.cgroup_memory_limit_bytes is None
    assert Note("not_understood", {"path": "/sys/fs/cgroup/memory.max"}) in view.notes
    assert view.cgroup_cpu_quota == pytest.approx(1.5)  # the rest still works
    assert kind(view) == "container"


@pytest.mark.parametrize("text", ["banana", "150000 0", "-5 100000", "1 2 3", "", "max banana"])
def test_garbage_cpu_max(tmp_path, text):
    root = copy_fixture("container-cgroup-v2", tmp_path)
    (root / "sys/fs/cgroup/cpu.max").write_text(text)
    view = read_machine(root)
    assert view.cgroup_cpu_quota is None
    assert Note("not_understood", {"path": "/sys/fs/cgroup/cpu.max"}) in view.notes


def test_cpu_max_without_limit(tmp_path):
    root = copy_fixture("container-cgroup-v2", tmp_path)
    (root / "sys/fs/cgroup/cpu.max").write_text("max 100000\n")
    assert read_machine(root).cgroup_cpu_quota is None


def test_v1_unlimited_sentinels(tmp_path):
    root = copy_fixture("container-cgroup-v1", tmp_path)
    (root / "sys/fs/cgroup/memory/memory.limit_in_bytes").write_text("9223372036854771712\n")
    (root / "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us").write_text("-1\n")
    view = read_machine(root)
    assert view.cgroup_memory_limit_bytes is None
    assert view.cgroup_cpu_quota is None
    assert not any(n.code.endswith("not_understood") for n in view.notes)


def test_v1_garbage_and_missing_period(tmp_path):
    root = copy_fixture("container-cgroup-v1", tmp_path)
    (root / "sys/fs/cgroup/memory/memory.limit_in_bytes").write_text("lots\n")
    (root / "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us").unlink()
    view = read_machine(root)
    assert view.cgroup_memory_limit_bytes is None
    assert view.cgroup_cpu_quota is None
    assert Note("not_understood", {"path": "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) in view.notes
    assert Note("not_found", {"path": "/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us"}) in view.notes


def test_binary_and_directory_in_place_of_files(tmp_path):
    root = copy_fixture("vm", tmp_path)
    (root / "proc/meminfo").write_bytes(b"\xff\xfe\x00garbage")
    online = root / "sys/devices/system/cpu/online"
    online.unlink()
    online.mkdir()
    view = read_machine(root)
    assert view.mem_total_bytes is None
    assert Note("not_text", {"path": "/proc/meminfo"}) in view.notes
    assert Note("is_directory", {"path": "/sys/devices/system/cpu/online"}) in view.notes
    assert view.cpu_count == 2  # fell back to the processor lines of /proc/cpuinfo
    assert kind(view) == "vm"


def test_garbage_cpu_list_falls_back_to_cpuinfo(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    (root / "sys/devices/system/cpu/online").write_text("7-3\n")
    view = read_machine(root)
    assert view.cpu_count == 12
    assert Note("not_understood", {"path": "/sys/devices/system/cpu/online"}) in view.notes


def test_cpu_list_with_gaps(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    (root / "sys/devices/system/cpu/online").write_text("0-3,8,10-11\n")
    assert read_machine(root).cpu_count == 7


def test_meminfo_without_memtotal(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    (root / "proc/meminfo").write_text("MemFree: 12 kB\n")
    view = read_machine(root)
    assert view.mem_total_bytes is None
    assert Note("no_field", {"path": "/proc/meminfo", "field": "MemTotal"}) in view.notes


def test_odd_cgroup_paths_terminate_and_stay_under_root(tmp_path):
    root = copy_fixture("vm", tmp_path)
    for path in ("//user.slice//user-1000.slice/", "/../../../../etc", "/a/b/../../..", "no-colons-here"):
        (root / "proc/self/cgroup").write_text(f"0::{path}\n")
        view = read_machine(root)
        assert view.cgroup_version == 2
        assert view.cgroup_memory_limit_bytes is None


def test_parent_cgroup_limit_applies(tmp_path):
    # systemd's MemoryMax= on user.slice limits every session below it.
    root = copy_fixture("vm", tmp_path)
    (root / "sys/fs/cgroup/user.slice/memory.max").write_text("1073741824\n")
    (root / "sys/fs/cgroup/user.slice/user-1000.slice/cpu.max").write_text("200000 100000\n")
    view = read_machine(root)
    assert view.cgroup_memory_limit_bytes == GIB
    assert view.cgroup_cpu_quota == pytest.approx(2.0)


def test_cgroup_path_not_visible_falls_back_to_mount(tmp_path):
    root = copy_fixture("container-cgroup-v2", tmp_path)
    (root / "proc/self/cgroup").write_text("0::/system.slice/docker-3f2c8e1d9b7a.scope\n")
    view = read_machine(root)
    assert view.cgroup_memory_limit_bytes == 2 * GIB


def test_version_from_layout_without_mountinfo(tmp_path):
    v2 = copy_fixture("container-cgroup-v2", tmp_path)
    (v2 / "proc/self/mountinfo").unlink()
    assert read_machine(v2).cgroup_version == 2
    v1 = copy_fixture("container-cgroup-v1", tmp_path)
    (v1 / "proc/self/mountinfo").unlink()
    view = read_machine(v1)
    assert view.cgroup_version == 1
    assert view.cgroup_cpu_quota == pytest.approx(0.5)  # found via the cpu -> cpu,cpuacct link


# --------------------------------------------------------------------------
# Other container and hypervisor evidence.


def test_podman_and_lxc_markers(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    (root / "run").mkdir()
    (root / "run/.containerenv").write_text('engine="podman-4.9.3"\n')
    (root / "proc/1/environ").write_bytes(b"container=lxc\0HOME=/\0")
    view = read_machine(root)
    assert kind(view) == "container"
    assert container("containerenv") in view.evidence
    assert container("pid1_env", var="container=lxc") in view.evidence


def test_hyper_v_but_not_a_surface_laptop(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    dmi = root / "sys/class/dmi/id"
    (dmi / "sys_vendor").write_text("Microsoft Corporation\n")
    (dmi / "product_name").write_text("Surface Laptop 5\n")
    assert kind(read_machine(root)) == "bare-metal"
    (dmi / "product_name").write_text("Virtual Machine\n")
    view = read_machine(root)
    assert view.hypervisor == "Hyper-V"
    assert kind(view) == "vm"


def test_ec2_metal_is_bare_metal(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    dmi = root / "sys/class/dmi/id"
    (dmi / "sys_vendor").write_text("Amazon EC2\n")
    (dmi / "product_name").write_text("c5.metal\n")
    assert kind(read_machine(root)) == "bare-metal"


def test_hypervisor_flag_without_vendor(tmp_path):
    root = copy_fixture("vm", tmp_path)
    shutil.rmtree(root / "sys/class/dmi")
    view = read_machine(root)
    assert view.hypervisor == machine.UNIDENTIFIED_HYPERVISOR
    assert kind(view) == "vm"
    assert Note("no_dmi_vendor") in view.notes


def test_xen_from_sys_hypervisor(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    shutil.rmtree(root / "sys/class/dmi")
    (root / "sys/hypervisor").mkdir()
    (root / "sys/hypervisor/type").write_text("xen\n")
    view = read_machine(root)
    assert view.hypervisor == "Xen"
    assert hypervisor("hv_type", type="xen") in view.evidence


def test_no_cpu_flags_and_no_dmi_is_unknown_not_bare_metal(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    (root / "proc/cpuinfo").write_text("processor\t: 0\nBogoMIPS\t: 48.00\n")  # e.g. arm64
    shutil.rmtree(root / "sys/class/dmi")
    view = read_machine(root)
    assert view.in_container is False and view.hypervisor is None
    assert kind(view) == "unknown"


def test_evidence_records_name_what_was_found_in_order():
    assert read_machine(FIXTURES / "container-cgroup-v1").evidence == (
        container("cgroup_marker", file="/proc/self/cgroup", markers="docker"),
        container("cgroup_marker", file="/proc/1/cgroup", markers="docker"),
        container("overlay", fstype="overlay"),
        hypervisor("hv_flag"),
        hypervisor("dmi", desc="Amazon EC2 / m5.xlarge"),
    )
    assert read_machine(FIXTURES / "vm").evidence == (
        hypervisor("hv_flag"),
        hypervisor("dmi", desc="QEMU / Standard PC (Q35 + ICH9, 2009)"),
    )


def test_every_evidence_code_can_be_produced(tmp_path):
    """EVIDENCE_CODES is exactly what read_machine gives: the four machines plus a tree with every other clue."""
    root = copy_fixture("container-cgroup-v2", tmp_path)
    (root / "run").mkdir()
    (root / "run/.containerenv").write_text("")
    (root / "proc/1/environ").write_bytes(b"container=podman\0")
    (root / "proc/self/cgroup").write_text("0::/kubepods/burstable/pod1/containerd-ab12\n")
    (root / "sys/hypervisor").mkdir()
    (root / "sys/hypervisor/type").write_text("xen\n")
    views = [
        read_machine(root),
        *(read_machine(FIXTURES / n) for n in ("container-cgroup-v2", "container-cgroup-v1", "vm", "bare-metal")),
    ]
    seen = {(e.group, e.code) for v in views for e in v.evidence}
    assert seen == {(g, c) for g, codes in machine.EVIDENCE_CODES.items() for c in codes}
    assert container("cgroup_marker", file="/proc/self/cgroup", markers="kubepods, containerd") in views[0].evidence
    assert container("pid1_env", var="container=podman") in views[0].evidence
    assert hypervisor("hv_type", type="xen") in views[0].evidence
    for view in views:
        for e in view.evidence:
            assert set(e.values) == set(machine.EVIDENCE_CODES[e.group][e.code])


def test_evidence_records_are_frozen_and_refuse_unknown_codes():
    record = container("overlay", fstype="overlay")
    with pytest.raises(AttributeError):
        record.code = "pid_ns"  # type: ignore[misc]
    assert hash(record) == hash(container("overlay", fstype="overlay"))
    with pytest.raises(ValueError, match="unknown evidence 'container'/'hv_flag'"):
        container("hv_flag")
    with pytest.raises(ValueError, match="unknown evidence"):
        Evidence("other", "dockerenv", {})
    with pytest.raises(ValueError, match="takes values"):
        container("overlay")


def test_note_records_are_frozen_and_refuse_unknown_codes_or_values():
    record = Note("not_found", {"path": "/proc/meminfo"})
    with pytest.raises(AttributeError):
        record.code = "not_text"  # type: ignore[misc]
    assert record == Note("not_found", {"path": "/proc/meminfo"}) != Note("not_found", {"path": "/proc/cpuinfo"})
    assert Note("no_dmi_vendor") == Note("no_dmi_vendor", {})
    with pytest.raises(ValueError, match="unknown note 'file not found'"):
        Note("file not found", {"path": "/proc/meminfo"})
    with pytest.raises(ValueError, match="takes values"):
        Note("not_found")
    with pytest.raises(ValueError, match="takes values"):
        Note("read_error", {"path": "/proc/meminfo"})
    with pytest.raises(ValueError, match="strings"):
        Note("not_found", {"path": 3})  # type: ignore[dict-item]


def test_repeated_notes_are_kept_once_in_order(tmp_path):
    (tmp_path / "proc").mkdir()
    notes = read_machine(tmp_path).notes  # /proc/cpuinfo is read twice: for the CPUs and their flags
    assert len(notes) == len(set(notes)) and notes.count(Note("not_found", {"path": "/proc/cpuinfo"})) == 1
    assert notes[0] == Note("not_found", {"path": "/proc/self/mountinfo"})  # the first file read


def test_bare_metal_needs_a_record_that_the_hypervisor_check_ran():
    no_flag = (hypervisor("no_hv_flag"),)
    assert kind(MachineView(os_supported=True, in_container=False, evidence=no_flag)) == "bare-metal"
    assert (
        kind(
            MachineView(
                os_supported=True, in_container=False, evidence=(hypervisor("dmi", desc="Dell Inc. / Precision 3660"),)
            )
        )
        == "bare-metal"
    )
    assert (
        kind(MachineView(os_supported=True, in_container=False, evidence=(hypervisor("hv_type", type="kvm"),)))
        == "unknown"
    )
    assert kind(MachineView(os_supported=True, in_container=False)) == "unknown"


def test_kind_container_wins_over_hypervisor():
    view = MachineView(os_supported=True, in_container=True, hypervisor="Google Compute Engine")
    assert kind(view) == "container"
    assert kind(MachineView(os_supported=False, in_container=True)) == "unknown"


# --------------------------------------------------------------------------
# The reader's real machine, and the module's promises.


def test_real_machine_reads_without_error():
    start = time.perf_counter()
    view = read_machine()
    elapsed = time.perf_counter() - start
    assert isinstance(view, MachineView)
    assert kind(view) in {"container", "vm", "bare-metal", "unknown"}
    assert isinstance(view.os_supported, bool)
    for value in (view.mem_total_bytes, view.cpu_count, view.cgroup_memory_limit_bytes):
        assert value is None or (isinstance(value, int) and value > 0)
    assert view.cgroup_version in (None, 1, 2)
    assert view.cgroup_cpu_quota is None or (isinstance(view.cgroup_cpu_quota, float) and view.cgroup_cpu_quota > 0)
    assert view.in_container in (None, True, False)
    assert view.hypervisor is None or isinstance(view.hypervisor, str)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in view.namespaces.items())
    assert all(isinstance(n, Note) and n.code in machine.NOTE_CODES for n in view.notes)
    assert all(isinstance(v, str) and "\n" not in v for n in view.notes for v in n.values.values())
    assert all(isinstance(e, Evidence) and e.code in machine.EVIDENCE_CODES[e.group] for e in view.evidence)
    assert all(isinstance(v, str) and "\n" not in v for e in view.evidence for v in e.values.values())
    if sys.platform.startswith("linux"):
        assert view.os_supported
        assert view.mem_total_bytes is not None and view.cpu_count is not None
    else:
        assert not view.os_supported
    assert elapsed < 0.5  # budget is 50 ms; generous here so a loaded CI box does not flake


def test_read_is_fast_on_fixtures():
    start = time.perf_counter()
    for name in ("container-cgroup-v2", "container-cgroup-v1", "vm", "bare-metal"):
        read_machine(FIXTURES / name)
    assert (time.perf_counter() - start) / 4 < 0.05


def test_view_is_frozen():
    view = read_machine(FIXTURES / "vm")
    with pytest.raises(AttributeError):
        view.cpu_count = 1  # type: ignore[misc]


def test_import_pulls_in_no_widgets_or_plots():
    code = (
        "import sys, widgets.probes.machine;"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('plotly', 'ipywidgets', 'anywidget', 'subprocess', 'socket')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _imports(path: str) -> set[str]:
    imported = set()
    for node in ast.walk(ast.parse(Path(path).read_text())):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    return imported


def test_module_imports_only_harmless_stdlib():
    # .sandbox (is this a browser's Python?) reads sys.platform and nothing else
    assert _imports(machine.__file__) <= {
        "__future__",
        "os",
        "posixpath",
        "re",
        "dataclasses",
        "typing",
        "collections",
        "sandbox",
    }
    assert _imports(sandbox.__file__) <= {"__future__", "sys"}


def test_fixture_namespace_links_survive_checkout():
    link = FIXTURES / "vm/proc/self/ns/pid"
    assert link.is_symlink(), "git must store /proc/self/ns entries as symlinks"
    assert os.readlink(link) == "pid:[4026531836]"


def test_read_errors_become_notes_even_as_root(tmp_path, monkeypatch):
    root = copy_fixture("container-cgroup-v2", tmp_path)
    real_open = open

    def flaky_open(path, *args, **kwargs):
        name = os.fspath(path)
        if name.endswith("memory.max"):
            raise PermissionError(13, "Permission denied", name)
        if name.endswith("meminfo"):
            raise OSError(5, "Input/output error", name)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(machine, "open", flaky_open, raising=False)
    view = read_machine(root)
    assert view.cgroup_memory_limit_bytes is None
    assert view.mem_total_bytes is None
    assert Note("permission_denied", {"path": "/sys/fs/cgroup/memory.max"}) in view.notes
    assert Note("read_error", {"path": "/proc/meminfo", "reason": "Input/output error"}) in view.notes
    assert view.cgroup_cpu_quota == pytest.approx(1.5)


def test_nul_byte_in_cgroup_path(tmp_path):
    root = copy_fixture("vm", tmp_path)
    (root / "proc/self/cgroup").write_bytes(b"0::/user.slice/a\0b\n")
    view = read_machine(root)
    assert view.cgroup_version == 2
    assert view.cgroup_memory_limit_bytes is None


# --------------------------------------------------------------------------
# What holds a process besides namespaces and cgroups, and what a guest sees.


def test_docker_container_keeps_docker_default_capabilities_under_a_seccomp_filter():
    view = read_machine(FIXTURES / "container-cgroup-v2")
    assert view.cap_effective == 0xA80425FB and view.cap_last == 40
    names = machine.capability_names(view.cap_effective, view.cap_last)
    assert len(names) == 14 and "CAP_SYS_ADMIN" not in names and "CAP_NET_BIND_SERVICE" in names
    assert (view.seccomp_mode, view.seccomp_filters, view.no_new_privs) == (2, 1, False)
    assert view.security_label == "docker-default (enforce)"  # AppArmor's profile for Docker


def test_vm_guest_sees_the_hypervisor_bit_and_virtio_devices():
    view = read_machine(FIXTURES / "vm")
    assert view.hypervisor_flag is True
    assert view.virtio_devices == ("block", "console", "net")
    assert (view.cap_effective, view.seccomp_mode, view.no_new_privs) == (0, 0, False)
    assert view.security_label is None


def test_bare_metal_has_no_hypervisor_bit_and_no_virtio():
    view = read_machine(FIXTURES / "bare-metal")
    assert view.hypervisor_flag is False
    assert view.virtio_devices == ()
    assert view.notes == ()


def test_capability_names_decode_a_full_set_and_unknown_bits():
    assert machine.capability_names(0) == ()
    assert machine.capability_names((1 << 41) - 1) == machine.CAP_NAMES
    assert len(machine.CAP_NAMES) == 41  # CAP_LAST_CAP 40 (Linux 5.9 on)
    assert machine.capability_names(1 << 21) == ("CAP_SYS_ADMIN",)
    assert machine.capability_names(1 << 45) == ("cap_45",)  # a newer kernel's capability


def test_root_on_the_host_holds_the_full_set(tmp_path):
    root = copy_fixture("bare-metal", tmp_path)
    status = root / "proc/self/status"
    status.write_text(status.read_text().replace("CapEff:\t0000000000000000", "CapEff:\t000001ffffffffff"))
    view = read_machine(root)
    assert len(machine.capability_names(view.cap_effective, view.cap_last)) == view.cap_last + 1 == 41


def test_missing_status_and_sysctl_are_noted_not_raised(tmp_path):
    root = copy_fixture("vm", tmp_path)
    (root / "proc/self/status").unlink()
    (root / "proc/sys/kernel/cap_last_cap").unlink()
    view = read_machine(root)
    assert (view.cap_effective, view.seccomp_mode, view.no_new_privs, view.cap_last) == (None, None, None, None)
    assert Note("not_found", {"path": "/proc/self/status"}) in view.notes
    assert not any("cap_last_cap" in n.values.get("path", "") for n in view.notes)  # an old kernel simply lacks it


def test_garbled_status_fields_become_notes(tmp_path):
    root = copy_fixture("vm", tmp_path)
    (root / "proc/self/status").write_text("Name:\tx\nCapEff:\tzz-not-hex\nSeccomp:\tmaybe\nNoNewPrivs:\t1\n")
    (root / "proc/sys/kernel/cap_last_cap").write_text("forty\n")
    view = read_machine(root)
    assert view.cap_effective is None and view.seccomp_mode is None and view.no_new_privs is True
    assert Note("field_not_understood", {"path": "/proc/self/status", "field": "CapEff"}) in view.notes
    assert Note("not_understood", {"path": "/proc/self/cap_last_cap"}) not in view.notes
    assert Note("not_understood", {"path": "/proc/sys/kernel/cap_last_cap"}) in view.notes


def test_status_of_an_old_kernel_without_seccomp_lines(tmp_path):
    root = copy_fixture("vm", tmp_path)
    status = root / "proc/self/status"
    status.write_text(
        "".join(
            line + "\n" for line in status.read_text().splitlines() if not line.startswith(("Seccomp", "NoNewPrivs"))
        )
    )
    view = read_machine(root)
    assert view.cap_effective == 0 and view.seccomp_mode is None and view.no_new_privs is None
    assert Note("no_field", {"path": "/proc/self/status", "field": "Seccomp"}) in view.notes


def test_virtio_device_types_and_odd_entries(tmp_path):
    root = copy_fixture("vm", tmp_path)
    devices = root / "sys/bus/virtio/devices"
    for name, ident in (("virtio3", "0x0013"), ("virtio4", "0x0004"), ("virtio5", "0x00ff"), ("virtio6", "junk")):
        (devices / name).mkdir()
        (devices / name / "device").write_text(ident + "\n")
    (devices / "virtio7").mkdir()  # no device file at all
    view = read_machine(root)
    assert view.virtio_devices == ("block", "console", "entropy", "net", "type 255", "vsock")


def test_no_sys_means_virtio_unknown_not_none(tmp_path):
    root = copy_fixture("vm", tmp_path)
    shutil.rmtree(root / "sys")
    assert read_machine(root).virtio_devices is None


def test_unconfined_or_unreadable_security_label_is_no_label(tmp_path):
    root = copy_fixture("container-cgroup-v2", tmp_path)
    (root / "proc/self/attr/current").write_text("unconfined\n")
    assert read_machine(root).security_label is None
    (root / "proc/self/attr/current").unlink()
    view = read_machine(root)
    assert view.security_label is None and view.notes == ()
