"""Chapter 7's numbers and figure: the namespace and cgroups timeline, and the panel's facts.

The versions are the ones the Linux manual pages give (clone(2), unshare(2),
cgroups(7), man-pages 6.03); a reader can check each one with `man 2 clone`.
"""

from __future__ import annotations

import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest

from widgets import data
from widgets.figures import kernel as timeline
from widgets.model import kernel
from widgets.probes import machine
from widgets.probes.machine import Evidence, MachineView, Note
from widgets.text import LANGUAGES, TEXT, t

FIXTURES = Path(__file__).parent / "fixtures" / "machine"

# namespace -> (first usable kernel version, its release year), as the man pages and release history give them
EXPECTED = {
    "mnt": ("2.4.19", 2002),
    "uts": ("2.6.19", 2006),
    "ipc": ("2.6.19", 2006),
    "pid": ("2.6.24", 2008),
    "net": ("2.6.24", 2008),
    "user": ("3.8", 2013),
    "cgroup": ("4.6", 2016),
    "time": ("5.6", 2020),
}
EXPECTED_CGROUPS = {"v1": ("2.6.24", 2008), "memory": ("2.6.25", 2008), "v2": ("4.5", 2016)}


def test_eight_namespace_types_with_their_man_page_versions():
    arrivals = kernel.namespace_arrivals()
    assert len(arrivals) == 8 == data.record("kernel.ns.types").value
    assert {a.name: (a.version, a.year) for a in arrivals} == EXPECTED
    years = [a.year for a in arrivals]
    assert years == sorted(years), "oldest first"


def test_user_namespaces_began_in_2_6_23_and_were_complete_in_3_8():
    first = kernel.user_first_pieces()
    assert (first.version, first.year) == ("2.6.23", 2007)
    assert first.year < {a.name: a.year for a in kernel.namespace_arrivals()}["user"]


def test_cgroups_milestones():
    assert {a.name: (a.version, a.year) for a in kernel.cgroup_arrivals()} == EXPECTED_CGROUPS


def test_every_kernel_row_is_a_year_with_the_version_first_in_its_note():
    for key in kernel.timeline_keys():
        r = data.record(key)
        assert r.source and r.grade in "RS"
        if key != "kernel.ns.types":
            assert r.unit == "year" and r.year == r.value
            assert r.note.startswith("Linux ")


def test_the_numbers_only_module_imports_no_plotly_or_ipywidgets():
    code = (
        "import sys, widgets.model.kernel; print(any(m.split('.')[0] in ('plotly', 'ipywidgets') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent
    )
    assert out.stdout.strip() == "False"


# --- the timeline figure ---------------------------------------------------


def test_timeline_has_one_marker_per_namespace_type_at_its_year_labelled_with_its_version():
    fig = timeline.spec(lang="en")
    assert [d["name"] for d in fig["data"]] == ["ns", "user", "namespaces", "cg", "cgroups", "highlight"]
    markers = fig["data"][2]
    assert len(markers["x"]) == 8
    assert markers["x"] == [EXPECTED[n][1] for n in kernel.NAMESPACES]
    assert markers["text"][0] == "Linux 2.4.19"
    assert markers["text"][kernel.NAMESPACES.index("user")] == "Linux 3.8 (first pieces 2.6.23)"
    assert "isolates: process IDs" in markers["customdata"][kernel.NAMESPACES.index("pid")]
    cg = fig["data"][4]
    assert cg["x"] == [2008, 2008, 2016] and cg["text"] == ["Linux 2.6.24", "Linux 2.6.25", "Linux 4.5"]
    # the dotted stretch runs from the first pieces to completion, on the user row
    user = fig["data"][1]
    assert user["x"] == [2007, 2013] and user["y"][0] == markers["y"][kernel.NAMESPACES.index("user")]
    assert "8 namespace types, 2002 to 2020" in fig["layout"]["title"]["text"]
    assert "shapes" not in fig["layout"]


def test_timeline_rows_are_distinct_and_the_first_namespace_is_on_top():
    fig = timeline.spec()
    ys = fig["data"][2]["y"] + fig["data"][4]["y"]
    assert len(set(ys)) == len(ys) == 11
    assert fig["data"][2]["y"][0] == max(ys)
    assert len(fig["layout"]["yaxis"]["ticktext"]) == 11


def test_since_lines_run_from_each_arrival_to_the_right_edge():
    fig = timeline.spec()
    right = fig["layout"]["xaxis"]["range"][1]
    xs = fig["data"][0]["x"]
    starts, ends = xs[0::3], xs[1::3]
    assert starts == [EXPECTED[n][1] for n in kernel.NAMESPACES]
    assert set(ends) == {right} and right > 2020


def test_highlight_rings_one_row_and_keeps_the_trace_count():
    plain = timeline.spec()
    ringed = timeline.spec(timeline.State(highlight="pid"))
    assert len(plain["data"]) == len(ringed["data"]) == 6
    assert plain["data"][5]["x"] == []
    pid = kernel.NAMESPACES.index("pid")
    assert ringed["data"][5]["x"] == [2008] and ringed["data"][5]["y"] == [ringed["data"][2]["y"][pid]]
    v2 = timeline.spec(timeline.State(highlight="v2"))
    assert v2["data"][5]["x"] == [2016] and v2["data"][5]["y"] == [v2["data"][4]["y"][2]]


def test_bad_highlight_raises_naming_the_parameter():
    with pytest.raises(ValueError, match="highlight must be None or one of mnt, uts"):
        timeline.State(highlight="docker")


def test_timeline_in_japanese():
    fig = timeline.spec(lang="ja")
    assert fig["layout"]["title"]["text"].startswith("共有カーネル")
    assert "分離するもの: プロセス ID" in fig["data"][2]["customdata"][kernel.NAMESPACES.index("pid")]
    assert fig["layout"]["xaxis"]["title"]["text"] == t("kernel.axis.year", "ja")


def test_build_gives_a_plotly_figure():
    fig = timeline.build(lang="en")
    assert len(fig.data) == 6 and fig.data[2].mode == "markers+text"


# --- the panel's facts -------------------------------------------------------


def test_evidence_records_are_sorted_into_container_and_hypervisor_clues():
    view = MachineView(
        os_supported=True,
        in_container=True,
        hypervisor="QEMU",
        evidence=(
            Evidence("container", "dockerenv"),
            Evidence("hypervisor", "dmi", {"desc": "QEMU / Standard PC"}),
            Evidence("container", "cgroup_marker", {"file": "/proc/1/cgroup", "markers": "docker, kubepods"}),
            Evidence("hypervisor", "no_hv_flag"),
        ),
    )
    f = kernel.panel_facts(view)
    assert f.container_evidence == (
        ("dockerenv", {}),
        ("cgroup_marker", {"file": "/proc/1/cgroup", "markers": "docker, kubepods"}),
    )
    assert f.hypervisor_evidence == (("dmi", {"desc": "QEMU / Standard PC"}), ("no_hv_flag", {}))
    assert f.verdict == "container"  # more than a lone /.dockerenv


def test_fixture_evidence_reaches_the_panel_as_code_and_values():
    f = kernel.read_panel(str(FIXTURES / "container-cgroup-v2"))
    assert f.container_evidence == (("dockerenv", {}), ("overlay", {"fstype": "overlay"}), ("pid_ns", {}))
    assert f.hypervisor_evidence == (("no_hv_flag", {}), ("dmi", {"desc": "Dell Inc. / PowerEdge R650"}))
    vm = kernel.read_panel(str(FIXTURES / "vm"))
    assert vm.container_evidence == () and [code for code, _ in vm.hypervisor_evidence] == ["hv_flag", "dmi"]


# Every record code machine.py can give, as (text key, value names): evidence, then notes.
RECORD_TEXTS = [
    *((f"panel.ev.{c}", names) for codes in machine.EVIDENCE_CODES.values() for c, names in codes.items()),
    *((f"panel.note.{c}", names) for c, names in machine.NOTE_CODES.items()),
]


@pytest.mark.parametrize("key, names", RECORD_TEXTS)
def test_every_evidence_and_note_code_has_text_in_every_language(key, names):
    """Each code machine.py can give is worded in every language, with exactly its values as placeholders."""
    assert set(TEXT[key]) == set(LANGUAGES), f"{key} has {sorted(TEXT[key])}"
    for lang in LANGUAGES:
        fields = {name for _, name, _, _ in string.Formatter().parse(TEXT[key][lang]) if name}
        assert fields == set(names), (key, lang)
        worded = t(key, lang, **{name: f"<{name}>" for name in names})
        assert all(f"<{name}>" in worded for name in names)


def test_no_evidence_or_note_text_without_a_code():
    keys = {k for k in TEXT if k.startswith(("panel.ev.", "panel.note."))}
    assert keys == {key for key, _ in RECORD_TEXTS}
    assert len(RECORD_TEXTS) == len(keys)  # no evidence code sits in two groups


def test_notes_reach_the_panel_as_code_and_values():
    view = MachineView(
        os_supported=True,
        notes=(Note("not_found", {"path": "/proc/meminfo"}), Note("cgroup_version_unknown")),
    )
    assert kernel.panel_facts(view).notes == (("not_found", {"path": "/proc/meminfo"}), ("cgroup_version_unknown", {}))
    v1 = kernel.read_panel(str(FIXTURES / "container-cgroup-v1"))
    assert v1.notes == (("not_listed", {"path": "/proc/self/ns"}), ("not_found", {"path": "/proc/1/environ"}))


def test_docker_container_facts():
    f = kernel.read_panel(str(FIXTURES / "container-cgroup-v2"))
    assert f.verdict == "container"
    assert f.mem_total_gib == pytest.approx(65545496 / 1024**2)
    assert f.mem_limit_gib == 2 and f.mem_limit_share == pytest.approx(2 / (65545496 / 1024**2))
    assert (f.cpu_count, f.cpu_quota, f.cgroup_version) == (8, 1.5, 2)
    assert len(f.namespaces) == 8 and ("pid", "4026532660") in f.namespaces
    assert f.own_pid_namespace is True


def test_a_lone_dockerenv_is_only_a_weak_sign(tmp_path):
    root = tmp_path / "vm"
    shutil.copytree(FIXTURES / "vm", root, symlinks=True)
    (root / ".dockerenv").write_text("")
    f = kernel.read_panel(str(root))
    assert f.verdict == "container-weak" and f.hypervisor == "QEMU"
    assert [code for code, _ in f.container_evidence] == ["dockerenv"]


def test_no_proc_means_unsupported_not_an_error(tmp_path):
    f = kernel.read_panel(str(tmp_path / "nowhere"))
    assert not f.supported and f.verdict == "unknown" and f.mem_total_gib is None


# --- what else holds a process, and what a guest sees ------------------------------


def test_dockers_default_capabilities_are_the_fourteen_of_moby_and_of_data():
    row = data.record("isolation.docker_capabilities")
    assert len(kernel.DOCKER_DEFAULT_CAPS) == int(row.value) == 14
    assert all(name in row.note for name in kernel.DOCKER_DEFAULT_CAPS)
    assert int(data.record("isolation.linux_capabilities").value) == 41


def test_panel_facts_name_the_capability_set_and_the_seccomp_mode():
    docker = kernel.read_panel(str(FIXTURES / "container-cgroup-v2"))
    assert (docker.capability_set, len(docker.capabilities), docker.capabilities_known) == ("docker-default", 14, 41)
    assert (docker.seccomp, docker.seccomp_filters, docker.seccomp_blocked_by_docker) == ("filter", 1, 44)
    assert docker.security_label == "docker-default (enforce)" and docker.no_new_privs is False
    vm = kernel.read_panel(str(FIXTURES / "vm"))
    assert (vm.capability_set, vm.capabilities, vm.seccomp) == ("none", (), "disabled")
    assert vm.hypervisor_flag is True and vm.virtio_devices == ("block", "console", "net")
    bare = kernel.read_panel(str(FIXTURES / "bare-metal"))
    assert bare.hypervisor_flag is False and bare.virtio_devices == ()


def test_full_and_partial_capability_sets(tmp_path):
    root = tmp_path / "bm"
    shutil.copytree(FIXTURES / "bare-metal", root, symlinks=True)
    status = root / "proc/self/status"
    text = status.read_text()
    status.write_text(text.replace("CapEff:\t0000000000000000", "CapEff:\t000001ffffffffff"))
    assert kernel.read_panel(str(root)).capability_set == "full"
    status.write_text(text.replace("CapEff:\t0000000000000000", "CapEff:\t000001fffeffffff"))  # all but sys_resource
    f = kernel.read_panel(str(root))
    assert f.capability_set == "some" and len(f.capabilities) == 40 and "CAP_SYS_RESOURCE" not in f.capabilities


def test_without_cap_last_cap_the_known_count_comes_from_data(tmp_path):
    root = tmp_path / "vm"
    shutil.copytree(FIXTURES / "vm", root, symlinks=True)
    (root / "proc/sys/kernel/cap_last_cap").unlink()
    assert kernel.read_panel(str(root)).capabilities_known == 41


def test_missing_status_leaves_privileges_unknown(tmp_path):
    root = tmp_path / "vm"
    shutil.copytree(FIXTURES / "vm", root, symlinks=True)
    (root / "proc/self/status").unlink()
    f = kernel.read_panel(str(root))
    assert (f.capabilities, f.capability_set, f.seccomp, f.no_new_privs) == (None, None, None, None)
