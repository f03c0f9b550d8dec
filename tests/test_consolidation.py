"""Consolidation: servers before and after, utilization, containers in VMs, the figures and controls."""

import math

import pytest

from widgets import model
from widgets.explorables.consolidation import ConsolidationExplorer
from widgets.figures import consolidation as fig
from widgets.model import consolidation as c


def test_defaults_by_hand():
    plan = c.default_state()
    assert (plan.apps, plan.ram_mib, plan.cores, plan.utilization, plan.ceiling) == (60, 65536, 16, 0.1, 0.8)
    assert plan.app_cpu == pytest.approx(1.6) and plan.vcpu_ratio == 4
    vm = c.consolidate(plan.with_platform("vm"))
    # busy 1.6 cores each; 16 cores x 0.8 = 12.8 usable -> 8 per host by demand; 2 vCPUs each at 4:1 -> 32
    ph = vm.per_host
    assert (ph.by_demand, ph.by_vcpus, ph.by_memory, ph.count, ph.limit) == (8, 32, 61, 8, "cpu")
    assert vm.servers_after == 8 and vm.ratio == 7.5 and vm.utilization_after == pytest.approx(60 * 1.6 / (8 * 16))
    ct = c.consolidate(plan.with_platform("container"))
    # 12.8 / 1.6 = 8 per host -> ceil(60 / 8) = 8 hosts, the last one half full
    assert ct.per_host.count == 8 and ct.servers_after == 8
    assert ct.host_loads[-1] == pytest.approx(4 * 1.6 / 16) and ct.host_loads[0] == pytest.approx(0.8)


def test_the_vcpu_ratio_decides_only_when_applications_are_idle():
    busy = c.default_state(platform="vm", vcpu_ratio=1)  # 1:1: 2 vCPUs each -> 8, the same as demand
    assert c.per_host(busy).count == 8
    idle = c.default_state(platform="vm", utilization=0.02)  # 0.32 cores each -> 1 vCPU; demand 40
    assert c.per_host(idle.with_platform("container")).count == 40
    assert c.per_host(idle).count == 40  # 4:1 allows 64 vCPUs: demand decides
    dedicated = c.default_state(platform="vm", utilization=0.02, vcpu_ratio=1)
    assert (c.per_host(dedicated).count, c.per_host(dedicated).by_vcpus) == (16, 16)


def test_nested_pays_one_guest_os_per_vm_not_per_application():
    plan = c.default_state(platform="nested", vms_per_host=2)
    ph = c.per_host(plan)
    vm = model.platform("vm")
    node_ram = (65536 - 338604 / 1024) / 2 - vm.overhead_mib
    per_container = 512 + 64 + 11268 / 1024
    assert ph.by_memory == 2 * math.floor((node_ram - vm.guest_os_mib) / per_container)
    assert ph.by_cpu == 2 * math.floor(8 * 0.8 / 1.6 + 1e-9) == 8
    assert c.consolidate(plan).servers_after == 8


def test_nested_vm_too_small_fits_nothing():
    plan = c.default_state(platform="nested", ram_mib=2048, cores=4, vms_per_host=4)
    r = c.consolidate(plan)
    assert r.per_host.count == 0 and r.servers_after is None and r.ratio is None


def test_servers_needed_rounds_up():
    assert c.servers_needed(60, 8) == 8 and c.servers_needed(64, 8) == 8 and c.servers_needed(65, 8) == 9
    assert c.servers_needed(5, 0) is None


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("apps", 0, "apps must be a whole number from 1 to 100000"),
        ("utilization", 1.5, "utilization must be a number from 0.01 to 1"),
        ("ceiling", 0, "ceiling must be a number from 0.1 to 1"),
        ("platform", "microvm", "platform must be one of vm, container, nested"),
        ("vms_per_host", 17, "vms_per_host must be a whole number from 1 to 16"),
    ],
)
def test_bad_plans_name_the_parameter(field, value, message):
    with pytest.raises(ValueError, match=message):
        c.default_state(**{field: value})


def test_servers_chart_for_the_default_plan():
    spec = fig.spec(c.default_state(), "en")
    assert len(spec["data"]) == len(fig.TRACES)
    one, vm, ct = (spec["data"][fig.TRACES.index(k)] for k in ("one_per_app", "vm", "container"))
    assert one["y"][59] == 60 and vm["y"][59] == 8 and ct["y"][59] == 8
    assert vm["line.width"] == 4 and ct["line.width"] == 2
    assert spec["layout"]["title"]["text"] == (
        "60 applications: 60 servers one per application, 8 hosts as VMs<br><sup>Per host: memory allows 61, "
        "the applications' CPU use under the ceiling 8, 2 vCPUs each at 4:1 allow 32</sup>"
    )
    dedicated = fig.spec(c.default_state(vcpu_ratio=1), "en")["layout"]["title"]["text"]
    assert dedicated.endswith("2 vCPUs each at 1:1 allow 8</sup>")  # the ratio slider shows in the title


def test_utilization_picture_draws_every_machine():
    spec = fig.utilization_spec(c.default_state(platform="container"), "en")
    before_used = spec["data"][fig.UTIL_TRACES.index("before_used")]
    after_used = spec["data"][fig.UTIL_TRACES.index("after_used")]
    assert len(before_used["x"]) == 60 and set(before_used["y"]) == {0.1}
    assert len(after_used["x"]) == 8
    assert spec["layout"]["title"]["text"] == "Average CPU use: 10 % on 60 servers before, 75 % on 8 hosts after"


def test_controls_change_both_figures():
    e = ConsolidationExplorer("en")
    e.update(platform="container", apps=150)
    assert "19 hosts as containers" in e.servers.layout.title.text
    assert len(e.picture.data[fig.UTIL_TRACES.index("after_used")].x) == 19
    e.utilization.value = 0.3
    assert e.state.utilization == 0.3
    assert "150 servers before" in e.picture.layout.title.text
    with pytest.raises(ValueError, match="apps must be one of the control's values"):
        e.update(apps=500)


def test_japanese_titles():
    assert "アプリ 60 個" in fig.build(c.default_state(), "ja").layout.title.text


@pytest.mark.parametrize(
    "changes", [{}, {"utilization": 0.5, "ram_mib": 8192, "cores": 4, "platform": "nested", "vms_per_host": 4}]
)
def test_curve_is_servers_needed_for_every_count(changes):
    plan = c.default_state(**changes)
    count = c.per_host(plan).count
    assert c.curve(plan, 200) == tuple(c.servers_needed(n, count) for n in range(1, 201))
