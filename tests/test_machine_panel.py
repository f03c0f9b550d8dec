"""Chapter 7's live panel: what a reader sees on each kind of machine.

Each fixture under tests/fixtures/machine/ is a small captured /proc and /sys
tree; the panel is pointed at it with ``root``. A missing root stands for a
computer without /proc (macOS, Windows).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from widgets.explorables.machine_panel import MachinePanel, _evidence, _html, machine_panel, render
from widgets.model import kernel
from widgets.probes import machine
from widgets.probes.machine import Evidence, MachineView, Note
from widgets.text import t

FIXTURES = Path(__file__).parent / "fixtures" / "machine"


def text_of(html: str) -> str:
    """The panel as a reader reads it: tags removed, entities undone, spaces collapsed."""
    import html as h

    inline = re.sub(r"</?code>", "", html)  # code type is inline: "`cgroup`, `ipc`" reads "cgroup, ipc"
    return " ".join(h.unescape(re.sub(r"<[^>]+>", " ", inline)).split())


def shown(name: str | Path, lang: str = "en") -> str:
    root = name if isinstance(name, Path) else FIXTURES / name
    return text_of(render(kernel.read_panel(str(root)), lang))


def test_docker_container_on_cgroup_v2():
    text = shown("container-cgroup-v2")
    assert "You are reading this inside a container." in text
    assert "probably" not in text
    # MemTotal 65545496 kB = 62.5 GiB; memory.max 2 GiB = 3.2 % of it
    assert "The kernel reports 62.5 GB of RAM." in text
    assert "Your cgroup may use at most 2 GB: 3.2 % of that." in text
    # 8 CPUs; cpu.max "150000 100000" = 1.5 CPUs = 19 % of 8
    assert "The kernel reports 8 CPUs." in text
    assert "Your CPU quota: 1.5 CPUs' worth of time, 19 % of them." in text
    assert "cgroups version 2" in text
    assert "belongs to 8 namespaces" in text and "cgroup, ipc, mnt, net, pid, time, user, uts" in text
    assert "Its PID namespace is not the host's first one" in text
    assert "/.dockerenv exists" in text and "the root file system is overlay" in text
    assert "Under it" not in text  # a Dell server: no hypervisor under this container


def test_docker_on_cgroup_v1_inside_an_ec2_vm():
    text = shown("container-cgroup-v1")
    assert "inside a container" in text
    assert "Under it, the machine itself is a virtual machine (Amazon EC2)." in text
    # 512 MiB of 16655527936 bytes (15.5 GiB) = 3.2 %; 0.5 of 4 CPUs = 12.5 %, shown as 13 %
    assert "Your cgroup may use at most 512 MB: 3.2 % of that." in text
    assert "Your CPU quota: 0.5 CPUs' worth of time, 13 % of them." in text
    assert "cgroups version 1" in text
    assert "The namespaces of this process could not be listed." in text
    assert "/proc/self/cgroup names a container runtime: docker" in text
    assert "What the panel could not read (2)" in text


def test_plain_vm():
    text = shown("vm")
    assert "You are reading this on a virtual machine. The hypervisor: QEMU." in text
    assert "The kernel reports 3.84 GB of RAM." in text
    assert "No cgroup memory limit" in text and "No CPU quota" in text
    assert "Its PID namespace is the host's first one" in text
    assert "the firmware names the machine: QEMU / Standard PC (Q35 + ICH9, 2009)" in text
    assert "could not read" not in text


def test_bare_metal():
    text = shown("bare-metal")
    assert "directly on a physical machine" in text
    assert "The kernel reports 12 CPUs." in text
    assert "the CPU has no hypervisor flag" in text


def test_no_proc_says_what_it_cannot_see(tmp_path):
    text = shown(tmp_path / "not-linux")
    assert "This computer has no /proc" in text and "that is no error" in text
    assert "Memory" not in text
    assert "/proc がありません" in shown(tmp_path / "not-linux", "ja")


def test_a_leftover_dockerenv_in_a_vm_is_worded_softly(tmp_path):
    """This essay's own sandbox: a microVM whose only container clue is /.dockerenv."""
    root = tmp_path / "vm"
    shutil.copytree(FIXTURES / "vm", root, symlinks=True)
    (root / ".dockerenv").write_text("")
    text = shown(root)
    assert text.startswith("You are probably inside a container, but the only sign is /.dockerenv")
    assert "a file some container engines leave" in text
    assert "this may simply be a virtual machine where that file was left behind" in text


def test_japanese_panel():
    text = shown("container-cgroup-v2", "ja")
    assert "あなたはコンテナの中でこれを読んでいます。" in text
    assert "最大 2 GB、その 3.2 % です。" in text
    assert "CPU 1.5 個分" in text
    # the evidence records, worded in Japanese
    assert "/.dockerenv がある" in text and "CPU に hypervisor フラグがない" in text
    assert "ファームウェアが示すマシン名: Dell Inc. / PowerEdge R650" in text


def test_guess_then_reveal_then_read_again(tmp_path):
    root = tmp_path / "c"
    shutil.copytree(FIXTURES / "container-cgroup-v2", root, symlinks=True)
    panel = MachinePanel("en", str(root))
    assert panel.output.value == "" and not panel.revealed  # nothing shown before the guess
    panel.guess.value = "vm"
    panel.reveal_button.click()
    assert panel.revealed and "inside a container" in text_of(panel.output.value)
    assert text_of(panel.comparison.value) == "You guessed: in a virtual machine. The evidence says: a container."
    assert panel.reveal_button.layout.display == "none" and panel.reread_button.layout.display is None
    # the limit changes while the reader reads; "Read again" shows the new one
    (root / "sys/fs/cgroup/memory.max").write_text("1073741824\n")
    panel.reread_button.click()
    assert "at most 1 GB" in text_of(panel.output.value)
    panel.guess.value = "container"
    assert text_of(panel.comparison.value).startswith("You guessed: in a container.")


def test_reveal_without_a_guess_and_without_asking(tmp_path):
    panel = MachinePanel("en", str(tmp_path / "none"), ask_first=False)
    assert panel.revealed
    assert "You did not guess" in text_of(panel.comparison.value)
    assert "not settled" in text_of(panel.comparison.value)
    assert "no /proc" in text_of(panel.output.value)


def test_the_real_machine_never_raises():
    box = machine_panel("en", ask_first=False)
    assert box.explorer.state is not None and box.explorer.output.value.startswith("<div class='machine-panel'")


def test_bad_arguments_raise_naming_them():
    with pytest.raises(ValueError, match="lang must be one of en, ja"):
        MachinePanel("fr")
    with pytest.raises(ValueError, match="root must be a non-empty path string"):
        MachinePanel("en", "")
    with pytest.raises(ValueError, match="lang must be one of"):
        render(kernel.read_panel(str(FIXTURES / "vm")), "de")


# --- privileges and filters; virtual hardware ---------------------------------------


def test_docker_container_shows_its_fences_beyond_namespaces():
    text = shown("container-cgroup-v2")
    assert "Privileges and filters:" in text
    assert "holds 14 of the kernel's 41, exactly the 14 that Docker leaves" in text
    assert "Seccomp: a filter (mode 2; filters installed: 1)" in text and "shuts around 44" in text
    assert "no_new_privs is not set" in text
    assert "Security module: docker-default (enforce)" in text
    assert "effective capabilities: chown, dac_override" in text
    assert "The CPU's hypervisor bit is not set" in text and "No virtio devices." in text


def test_container_on_a_vm_says_this_is_the_usual_arrangement():
    text = shown("container-cgroup-v1")
    assert "Docker Desktop on macOS and Windows runs its containers inside a Linux VM" in text
    assert "The CPU's hypervisor bit is set" in text


def test_a_vm_guest_is_told_it_is_virtualized():
    text = shown("vm")
    assert "the CPU itself tells this kernel that it runs on a hypervisor" in text
    assert "3 virtio devices: block, console, net." in text
    assert "Capabilities: none of the kernel's 41." in text
    assert "Seccomp: off (mode 0)." in text


def test_missing_files_say_not_available_here(tmp_path):
    root = tmp_path / "vm"
    shutil.copytree(FIXTURES / "vm", root, symlinks=True)
    (root / "proc/self/status").unlink()
    (root / "proc/cpuinfo").write_text("processor\t: 0\n")  # no flags line
    shutil.rmtree(root / "sys")
    text = shown(root)
    assert "Capabilities: not available here" in text
    assert "Seccomp: not available here." in text
    assert "The CPU's hypervisor bit: not available here" in text
    assert "Virtio devices: not available here." in text
    assert "no_new_privs" not in text


def test_privileges_in_japanese():
    text = shown("container-cgroup-v2", "ja")
    assert "権限とフィルタ" in text and "カーネルの 41 個のうち 14 個" in text and "約 44 個" in text
    assert "仮想ハードウェア" in text


# --- evidence records, worded in the reader's language ------------------------------


def test_every_evidence_record_is_listed_in_both_languages():
    """A view carrying one record of every code: the panel words each one, values filled in."""
    values = {
        "var": "container=lxc",
        "file": "/proc/self/cgroup",
        "markers": "docker, kubepods",
        "fstype": "overlay",
        "desc": "QEMU / Standard PC",
        "type": "xen",
    }
    records = tuple(
        Evidence(group, code, {name: values[name] for name in names})
        for group, codes in machine.EVIDENCE_CODES.items()
        for code, names in codes.items()
    )
    facts = kernel.panel_facts(MachineView(os_supported=True, in_container=True, hypervisor="Xen", evidence=records))
    for lang in ("en", "ja"):
        text = text_of(render(facts, lang))
        for r in records:
            assert text_of(_html(_evidence(r.code, r.values, lang))) in text, (lang, r.code)
    ja = text_of(render(facts, "ja"))
    assert "/proc/self/cgroup にコンテナランタイム名がある: docker, kubepods" in ja
    assert "ルートファイルシステムが overlay" in ja


# --- notes: what the panel could not read, worded in the reader's language ----------


def test_notes_are_worded_in_japanese_with_paths_as_code():
    text = shown("container-cgroup-v1", "ja")
    assert "パネルが読めなかったもの (2 件)" in text
    assert "/proc/self/ns の中身を一覧できませんでした" in text
    assert "/proc/1/environ が見つかりません" in text
    assert "not found" not in text and "could not be listed" not in text
    html = render(kernel.read_panel(str(FIXTURES / "container-cgroup-v1")), "ja")
    assert "<li><code>/proc/1/environ</code> が見つかりません</li>" in html
    en = render(kernel.read_panel(str(FIXTURES / "container-cgroup-v1")), "en")
    assert "<li><code>/proc/1/environ</code> not found</li>" in en


def test_every_note_is_listed_in_both_languages_and_escaped():
    """A view carrying one note of every code: each is worded, its values escaped, paths in <code>."""
    values = {"path": "/sys/<b>&x", "reason": "Input/output error", "field": "CapEff", "controller": "memory"}
    values["file"] = "memory.max"
    notes = tuple(Note(code, {name: values[name] for name in names}) for code, names in machine.NOTE_CODES.items())
    facts = kernel.panel_facts(MachineView(os_supported=True, notes=notes))
    for lang in ("en", "ja"):
        out = render(facts, lang)
        assert "<b>&x" not in out and "<code>/sys/&lt;b&gt;&amp;x</code>" in out
        assert "<code>Input/output error</code>" not in out  # an OS error's text is prose, not a name
        text = text_of(out)
        assert t("panel.notes", lang, count=len(notes)) in text
        bare = "".join(text.split())  # text_of puts a space where each <code> tag was
        for n in notes:
            assert "".join(t(f"panel.note.{n.code}", lang, **n.values).split()) in bare, (lang, n.code)
    ja = render(facts, "ja")
    assert "<li><code>/sys/&lt;b&gt;&amp;x</code> を読む権限がありません</li>" in ja
    assert "<li><code>/sys/&lt;b&gt;&amp;x</code> を読めませんでした (Input/output error)</li>" in ja
