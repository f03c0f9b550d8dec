"""The model: hand-computed cases, properties over many inputs, invalid input."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from widgets import model

MB = 1e6 / 2**20  # one decimal megabyte in MiB


def test_platform_costs_come_from_data():
    vm, container, microvm = (model.platforms()[k] for k in ("vm", "container", "microvm"))
    assert vm.guest_os_mib == pytest.approx(338604 / 1024)  # an idle Ubuntu cloud-image guest, resident KiB
    assert vm.overhead_mib == 30  # QEMU's process beyond guest RAM
    assert vm.configured_min_mib == 1024  # Ubuntu cloud image minimum, 1 GB of RAM
    assert container.guest_os_mib == 0 and container.configured_min_mib == 0
    assert container.overhead_mib == pytest.approx(11268 / 1024)  # containerd shim, 11,268 KiB
    assert microvm.guest_os_mib == 82  # a Kata guest's used memory, free -m
    assert microvm.overhead_mib == 5  # Firecracker VMM, 5 MiB
    assert microvm.configured_min_mib == 128  # Firecracker's specification VM
    assert vm.whole_cpus and microvm.whole_cpus and not container.whole_cpus


def test_defaults_are_novas():
    # OpenStack Nova's defaults: 4 vCPUs per core, no memory overcommit (VMs counted by configured size).
    assert model.default_vcpu_ratio() == 4 and model.default_memory_mode() == "configured"
    state = model.default_state()
    assert (state.vcpu_ratio, state.memory) == (4, "configured")
    assert model.vcpu_ratio_stops()[0] == 1 and model.vcpu_ratio_stops()[-1] == 16 and 4 in model.vcpu_ratio_stops()


def test_hand_computed_default_host():
    # 64 GiB host keeping 338,604 KiB for its OS; service 512 MiB + 64 MiB libraries, 0.1 core; 16 cores, 4:1.
    host, work = model.default_host(), model.default_workload()
    os_mib = 338604 / 1024
    assert (host.ram_mib, host.cores, host.reserved_mib, host.vcpu_ratio) == (65536, 16, pytest.approx(os_mib), 4)
    vm = model.fit(host, work, model.platform("vm"))  # configured: 1 GiB + 30 MiB each
    assert vm.instance_mib == 1024 + 30 and vm.resident_mib == pytest.approx(30 + os_mib + 64 + 512)
    assert vm.by_memory == math.floor((65536 - os_mib) / 1054) == 61
    assert (vm.by_vcpus, vm.by_demand, vm.by_cpu) == (64, 160, 64)
    assert vm.count == 61 and vm.limit == "memory"
    held = model.fit(host, work, model.platform("vm"), "resident")
    assert held.by_memory == math.floor((65536 - os_mib) / (30 + os_mib + 576)) == 69
    assert held.count == 64 and held.limit == "cpu" and held.cpu_rule == "vcpus"
    dedicated = model.fit(model.default_host(vcpu_ratio=1), work, model.platform("vm"))
    assert dedicated.count == 16 and dedicated.limit == "cpu"
    ct = model.fit(host, work, model.platform("container"))
    per_ct = 11268 / 1024 + 64 + 512
    assert ct.by_memory == math.floor((65536 - os_mib) / per_ct) == 111
    assert ct.by_cpu == 160 and ct.count == 111 and ct.limit == "memory"


def test_memory_breakdown_by_hand():
    host = model.Host(ram_mib=10_000, cores=8, reserved_mib=1000)
    work = model.Workload(app_mib=100, libs_mib=50, cpu=0.5)
    f = model.fit(host, work, model.platform("container"))
    shim = 11268 / 1024
    assert f.count == 16  # CPU: 8 / 0.5; memory alone would fit floor(9000 / 161) = 55
    assert f.by_memory == 55 and f.limit == "cpu"
    m = f.memory
    assert (m.apps, m.libs, m.guest_os, m.host) == (1600, 800, 0, 1000)
    assert m.overhead == pytest.approx(16 * shim)
    assert m.free == pytest.approx(10_000 - 1000 - 16 * (150 + shim))


def test_both_limits_at_once():
    host = model.Host(ram_mib=2000, cores=2, reserved_mib=0)
    work = model.Workload(app_mib=1000 - 11268 / 1024, libs_mib=0, cpu=1)
    f = model.fit(host, work, model.platform("container"))
    assert (f.by_memory, f.by_cpu, f.count, f.limit) == (2, 2, 2, "both")


def test_vcpu_ratio_by_hand():
    # 16 cores; a service busy 0.1 core on average gets 1 whole vCPU per VM.
    work = model.Workload(app_mib=100, libs_mib=0, cpu=0.1)
    vm = model.platform("vm")
    dedicated = model.fit(model.Host(1024 * 1024, 16, 0, vcpu_ratio=1), work, vm)
    assert (dedicated.by_vcpus, dedicated.by_demand, dedicated.by_cpu) == (16, 160, 16)
    assert dedicated.cpu_rule == "vcpus" and dedicated.limit == "cpu"
    four = model.fit(model.Host(1024 * 1024, 16, 0, vcpu_ratio=4), work, vm)
    assert (four.by_vcpus, four.by_cpu, four.cpu_rule) == (64, 64, "vcpus")
    many = model.fit(model.Host(1024 * 1024, 16, 0, vcpu_ratio=32), work, vm)
    assert (many.by_vcpus, many.by_cpu, many.cpu_rule) == (512, 160, "demand")  # average use binds
    container = model.fit(model.Host(1024 * 1024, 16, 0, vcpu_ratio=1), work, model.platform("container"))
    assert container.by_vcpus is None and container.by_cpu == 160  # the ratio is for vCPUs only


def test_busy_ceiling_limits_demand_not_vcpus():
    host = model.Host(64 * 1024, 16, 0, vcpu_ratio=1)
    work = model.Workload(app_mib=100, libs_mib=0, cpu=1.6)
    assert model.cpu_limits(host, work, model.platform("vm"), 0.8) == (8, 8)  # 12.8 / 1.6; 16 / 2
    assert model.cpu_limits(host, work, model.platform("container"), 0.8) == (8, None)


def test_configured_size_by_hand():
    vm = model.Platform("vm", guest_os_mib=200, overhead_mib=20, whole_cpus=True, configured_min_mib=1024)
    small = model.Workload(app_mib=300, libs_mib=50, cpu=0.1)  # holds 550 MiB
    assert vm.resident_mib(small) == 550 and vm.configured_mib(small) == 1024
    big = model.Workload(app_mib=1500, libs_mib=50, cpu=0.1)  # holds 1750 MiB -> 2 GiB
    assert vm.configured_mib(big) == 2048
    assert vm.instance_mib(small, "resident") == 570 and vm.instance_mib(small, "configured") == 1044
    host = model.Host(10 * 1044, 4, 0, vcpu_ratio=16)
    f = model.fit(host, small, vm, "configured")
    assert f.count == 10 and f.memory.unused == pytest.approx(10 * (1024 - 550))
    assert f.memory.total() == pytest.approx(host.ram_mib)
    assert model.fit(host, small, vm, "resident").count == 18  # 10440 / 570, counted by what they hold
    container = model.platform("container")
    assert container.configured_mib(small) == container.resident_mib(small)


def test_vm_rounds_cpu_up_to_whole_vcpus():
    work = model.Workload(app_mib=64, libs_mib=0, cpu=1.2)
    assert model.platform("vm").cpus(work) == 2
    assert model.platform("container").cpus(work) == 1.2


def test_nothing_fits_when_one_instance_is_too_big():
    host = model.Host(ram_mib=4096, cores=4, reserved_mib=1536)
    f = model.fit(host, model.Workload(app_mib=3000, libs_mib=0, cpu=0.1), model.platform("vm"))
    assert f.count == 0 and f.limit == "memory" and f.memory.free == pytest.approx(4096 - 1536)


def test_host_too_small_for_its_own_os():
    with pytest.raises(ValueError, match="host_ram_mib must be larger than the 1536 MiB"):
        model.Host(ram_mib=64, cores=1, reserved_mib=1536)
    assert model.fit_or_none(64, 1, model.default_workload(), model.platform("vm")) is None
    assert model.default_state(ram_mib=64).fit() is None


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: model.Host(-1, 4, 0), "host_ram_mib"),
        (lambda: model.Host(float("nan"), 4, 0), "host_ram_mib"),
        (lambda: model.Host(float("inf"), 4, 0), "host_ram_mib"),
        (lambda: model.Host("64", 4, 0), "host_ram_mib"),
        (lambda: model.Host(True, 4, 0), "host_ram_mib"),
        (lambda: model.Host(4096, 0, 0), "host_cores"),
        (lambda: model.Host(4096, 2.5, 0), "host_cores"),
        (lambda: model.Host(4096, None, 0), "host_cores"),
        (lambda: model.Host(4096, 4, -1), "host_reserved_mib"),
        (lambda: model.Workload(0, 0, 1), "workload_app_mib"),
        (lambda: model.Workload(10, -1, 1), "workload_libs_mib"),
        (lambda: model.Workload(10, 0, 0), "workload_cpu"),
        (lambda: model.Workload(10, 0, float("nan")), "workload_cpu"),
        (lambda: model.platform("lxc"), "platform"),
        (lambda: model.fit("host", model.default_workload(), model.platform("vm")), "host must be a Host"),
        (lambda: model.default_state(cores=300.5), "host_cores"),
    ],
)
def test_invalid_input_names_the_parameter_and_range(call, name):
    with pytest.raises(ValueError) as err:
        call()
    message = str(err.value)
    assert message.startswith(name) and "must be" in message


# --- properties --------------------------------------------------------------

rams = st.floats(min_value=1, max_value=model.RAM_RANGE_MIB[1], allow_nan=False)
cores = st.integers(min_value=1, max_value=4096)
apps = st.floats(min_value=1, max_value=64 * 1024)
libs = st.floats(min_value=0, max_value=4096)
cpus = st.floats(min_value=0.01, max_value=64)
platforms = st.sampled_from(model.PLATFORMS)
reserves = st.floats(min_value=0, max_value=8192)


@settings(max_examples=1000, deadline=None)
@given(rams, rams, cores, reserves, apps, libs, cpus, platforms)
def test_more_ram_never_fits_fewer(ram_a, ram_b, n_cores, reserve, app, lib, cpu, key):
    small, large = sorted((ram_a, ram_b))
    if small <= reserve:
        return
    work = model.Workload(app, lib, cpu)
    a = model.fit(model.Host(small, n_cores, reserve), work, model.platform(key))
    b = model.fit(model.Host(large, n_cores, reserve), work, model.platform(key))
    assert b.count >= a.count


ratios = st.floats(min_value=model.VCPU_RATIO_RANGE[0], max_value=model.VCPU_RATIO_RANGE[1])


@settings(max_examples=1000, deadline=None)
@given(rams, cores, reserves, apps, libs, cpus, platforms, ratios, ratios)
def test_more_overcommit_never_fits_fewer_and_configured_never_fits_more(
    ram, n_cores, reserve, app, lib, cpu, key, r_a, r_b
):
    if ram <= reserve:
        return
    low, high = sorted((r_a, r_b))
    work, plat = model.Workload(app, lib, cpu), model.platform(key)
    a = model.fit(model.Host(ram, n_cores, reserve, low), work, plat)
    b = model.fit(model.Host(ram, n_cores, reserve, high), work, plat)
    assert b.count >= a.count
    assert (
        model.fit(model.Host(ram, n_cores, reserve, low), work, plat, "configured").count
        <= model.fit(model.Host(ram, n_cores, reserve, low), work, plat, "resident").count
    )
    one = model.fit(model.Host(ram, n_cores, reserve, 1), work, plat)
    if plat.whole_cpus:  # 1:1 is the dedicated-core rule: whole vCPUs each on the host's cores
        assert one.by_cpu == min(one.by_demand, math.floor(n_cores / math.ceil(cpu - 1e-9) + 1e-9))


@settings(max_examples=300, deadline=None)
@given(
    cores,
    apps,
    libs,
    cpus,
    platforms,
    ratios,
    st.sampled_from(model.MEMORY_MODES),
    st.lists(rams, min_size=1, max_size=8),
)
def test_counts_over_ram_are_fit_or_none_at_each_ram(n_cores, app, lib, cpu, key, ratio, mode, ram_list):
    work, plat = model.Workload(app, lib, cpu), model.platform(key)
    curve = model.counts_over_ram(tuple(ram_list), n_cores, work, plat, ratio, mode)
    for ram, (count, limit) in zip(ram_list, curve):
        f = model.fit_or_none(ram, n_cores, work, plat, ratio, mode)
        assert (count, limit) == ((0, None) if f is None else (f.count, f.limit))


@settings(max_examples=1000, deadline=None)
@given(rams, cores, reserves, apps, libs, cpus)
def test_containers_fit_at_least_as_many_as_vms(ram, n_cores, reserve, app, lib, cpu):
    if ram <= reserve:
        return
    host, work = model.Host(ram, n_cores, reserve), model.Workload(app, lib, cpu)
    vm = model.fit(host, work, model.platform("vm"))
    for key in ("container", "microvm"):
        assert model.fit(host, work, model.platform(key)).count >= vm.count
    assert (
        model.fit(host, work, model.platform("container")).count
        >= model.fit(host, work, model.platform("microvm")).count
    )


@settings(max_examples=1000, deadline=None)
@given(rams, cores, reserves, apps, libs, cpus, platforms, ratios, st.sampled_from(model.MEMORY_MODES))
def test_breakdown_sums_to_host_ram_and_nothing_is_negative(ram, n_cores, reserve, app, lib, cpu, key, ratio, mode):
    if ram <= reserve:
        return
    f = model.fit(model.Host(ram, n_cores, reserve, ratio), model.Workload(app, lib, cpu), model.platform(key), mode)
    parts = (
        f.memory.apps,
        f.memory.libs,
        f.memory.guest_os,
        f.memory.overhead,
        f.memory.host,
        f.memory.free,
        f.memory.unused,
    )
    assert all(p >= 0 for p in parts) and f.count >= 0 and f.by_memory >= 0 and f.by_cpu >= 0
    assert f.memory.total() == pytest.approx(ram, rel=1e-9, abs=1e-6)
    assert f.count == min(f.by_memory, f.by_cpu)


junk = st.one_of(
    st.none(),
    st.text(max_size=5),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**12), max_value=10**20),
    st.complex_numbers(),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)


@settings(max_examples=1000, deadline=None)
@given(junk, junk, junk, junk, junk, junk)
def test_invalid_input_is_always_a_value_error(ram, n_cores, reserve, app, lib, cpu):
    try:
        host = model.Host(ram, n_cores, reserve)
        work = model.Workload(app, lib, cpu)
    except ValueError:
        return
    for key in model.PLATFORMS:
        f = model.fit(host, work, model.platform(key))
        assert f.count >= 0


def test_model_does_not_import_plotly_or_ipywidgets():
    """Every module under widgets/model/ and widgets/probes/ is numbers or probes only."""
    import pkgutil
    import subprocess
    import sys

    import widgets.model
    import widgets.probes

    modules = [
        f"{pkg.__name__}.{m.name}"
        for pkg in (widgets.model, widgets.probes)
        for m in pkgutil.iter_modules(pkg.__path__)
    ]
    assert {"widgets.model.host", "widgets.model.startup", "widgets.model.growth", "widgets.probes.machine"} <= set(
        modules
    )
    code = (
        "import sys, importlib, widgets.model, widgets.data; "
        f"[importlib.import_module(m) for m in {modules!r}]; "
        "bad = [m for m in ('plotly', 'ipywidgets', 'anywidget') if m in sys.modules]; "
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
