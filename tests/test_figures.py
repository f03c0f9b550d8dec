"""The stack diagram and the density chart show what the model says."""

import math

import plotly.graph_objects as go
import pytest

from widgets import model
from widgets.figures import density, stack

MAX_RAM = 4 * 1024**2


def trace(fig, name):
    return next(t for t in fig.data if t.name == name)


def test_stack_default_vm_host():
    fig = stack.build(model.default_state())
    assert isinstance(fig, go.Figure) and [t.name for t in fig.data] == list(stack.TRACES)
    assert fig.layout.title.text == "61 VMs fit on a 64 GB, 16-core host: memory runs out first"
    app = trace(fig, "app")
    assert list(app.text) == [f"VM {i}" for i in range(1, 13)]  # twelve drawn columns
    assert len(trace(fig, "guest_os").x) == 12
    more = trace(fig, "more")
    assert "+49 more" in more.text and len(more.y) == 3  # guest OS, libraries, app rows
    # every column is as wide as the memory the host sets aside for one VM (its configured size), in GB
    per_vm_gb = model.fit(model.default_host(), model.default_workload(), model.platform("vm")).instance_mib / 1024
    assert all(w == pytest.approx(per_vm_gb) for w in app.x) and per_vm_gb == pytest.approx(1054 / 1024)
    assert fig.layout.xaxis.range == (0, 64) and fig.layout.xaxis.title.text == "Host memory (GB)"


def test_stack_containers_have_no_guest_os_and_columns_are_narrower():
    vm = stack.build(model.default_state())
    ct = stack.build(model.default_state(platform="container"))
    assert len(trace(ct, "guest_os").x) == 0
    assert ct.layout.title.text == "111 containers fit on a 64 GB, 16-core host: memory runs out first"
    assert trace(ct, "app").x[0] < trace(vm, "app").x[0] * 0.6
    assert trace(ct, "runtime").text == ("Container engine",)
    assert "30 MB per instance" in trace(vm, "runtime").customdata[0]  # QEMU's process, beyond guest RAM
    assert "unconfirmed" not in trace(vm, "runtime").customdata[0] + trace(ct, "runtime").customdata[0]


def test_stack_blocks_cover_the_host_exactly():
    for state in (
        model.default_state(),
        model.default_state(platform="container", cores=256),
        model.default_state(platform="microvm", ram_mib=MAX_RAM),
    ):
        fig = stack.build(state)
        unit = 1024 if state.ram_mib < 1024**2 else 1024**2
        runtime, free = trace(fig, "runtime"), trace(fig, "free")
        host_os = trace(fig, "host_os")
        end = (free.base[0] + free.x[0]) if free.x else runtime.base[0] + runtime.x[0]
        assert end == pytest.approx(state.ram_mib / unit)
        assert host_os.x[0] + runtime.x[0] == pytest.approx(free.base[0] if free.x else end)


def test_stack_for_a_host_too_small_for_its_os():
    fig = stack.build(model.default_state(ram_mib=64))
    assert fig.layout.title.text == "A 64 MB host cannot hold its own 331 MB OS: not one VM fits"
    assert len(trace(fig, "app").x) == 0
    assert trace(fig, "host_os").x[0] > trace(fig, "hardware").x[0]  # the OS overflows the hardware


def test_stack_in_japanese():
    fig = stack.build(model.default_state(platform="container"), "ja")
    assert fig.layout.title.text.startswith("メモリ 64 GB・16 コアのホストに コンテナは 111 個入る")
    assert "コンテナ 1" in trace(fig, "app").text


def test_density_lines_and_marker():
    fig = density.build(model.default_state())
    assert [t.name for t in fig.data[:6]] == ["VMs", "VMs", "microVMs", "microVMs", "containers", "containers"]
    assert fig.layout.xaxis.type == "log" and fig.layout.yaxis.type == "log"
    xs = fig.data[0].x
    assert xs[0] == 64 and xs[-1] == pytest.approx(MAX_RAM)  # 64 MB to 4 TB
    assert list(fig.layout.xaxis.ticktext)[:3] == ["64 MB", "256 MB", "1 GB"]
    here = fig.data[-1]
    assert here.x == (65536,) and here.y == (61,) and here.text == ("this host: 61 VMs",)
    # below the host OS's 331 MB nothing fits: no point on any line
    for t in fig.data[:6]:
        assert all(y is None for x, y in zip(t.x, t.y) if x <= 331)


def test_density_solid_where_memory_limits_dotted_where_cpu_limits():
    fig = density.build(model.default_state())  # 16 cores, 0.1 core per service
    vm_mem, vm_cpu = fig.data[0], fig.data[1]
    assert vm_mem.line.dash == "solid" and vm_cpu.line.dash == "dot"
    assert vm_cpu.y[-1] == 64 and vm_mem.y[-1] is None  # a huge host: 16 cores x 4 vCPUs
    dedicated = density.build(model.default_state(vcpu_ratio=1))
    assert dedicated.data[1].y[-1] == 16  # 1:1, a core per vCPU
    i = list(vm_mem.x).index(4096)  # a 4 GB host: memory limits
    assert vm_mem.y[i] == model.fit_or_none(4096, 16, model.default_workload(), model.platform("vm")).count
    ct_cpu = fig.data[5]
    assert ct_cpu.y[-1] == 160  # 16 cores / 0.1


def test_density_counts_never_fall_as_ram_grows():
    fig = density.build(model.default_state(cores=256))
    for mem, cpu in zip(fig.data[0:6:2], fig.data[1:6:2]):
        ys = [a if a is not None else b for a, b in zip(mem.y, cpu.y)]
        seen = [y for y in ys if y is not None]
        assert seen == sorted(seen)


def test_density_marker_when_nothing_fits():
    fig = density.build(model.default_state(ram_mib=64))
    assert fig.data[-1].text == ("this host: no VMs fit",)


def test_builders_are_pure():
    s = model.default_state(platform="microvm", cores=64)
    assert stack.build(s).to_plotly_json() == stack.build(s).to_plotly_json()
    assert density.spec(s) == density.spec(s)
    assert math.isclose(density.grid()[4], 128)  # four steps per doubling
