"""Each headline the chapters state holds over the whole range of every control that bears on it,
or over the range the prose names. A reader who moves a slider should never catch a headline out."""

import pytest

from widgets import model
from widgets.explorables.consolidation import UTILIZATION_STOPS
from widgets.explorables.host import APP_STOPS_MIB, CPU_STOPS, RAM_STOPS_MIB
from widgets.model import consolidation, growth

RATIOS = model.vcpu_ratio_stops()
MODES = model.MEMORY_MODES


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("ratio", RATIOS)
def test_ch2_containers_never_fit_fewer_than_vms_and_their_count_ignores_both_rules(ratio, mode):
    for ram in RAM_STOPS_MIB:
        for app in APP_STOPS_MIB:
            for cpu in CPU_STOPS:
                s = model.default_state(ram_mib=ram, app_mib=app, cpu=cpu, vcpu_ratio=ratio, memory=mode)
                vm, ct = (
                    s.fit(),
                    model.default_state(
                        ram_mib=ram, app_mib=app, cpu=cpu, platform="container", vcpu_ratio=ratio, memory=mode
                    ).fit(),
                )
                if vm is None:
                    assert ct is None
                    continue
                assert ct.count >= vm.count
    # "Containers stay at 111 whichever rule you pick" (chapter 2's default service and host).
    assert model.default_state(platform="container", vcpu_ratio=ratio, memory=mode).fit().count == 111


def test_ch2_the_gap_is_under_two_with_shared_vcpus_and_about_seven_when_pinned():
    # "With four vCPUs per core or more, fewer than twice as many containers as VMs; pinned, about seven times."
    ct = model.default_state(platform="container").fit().count
    for ratio in (r for r in RATIOS if r >= 4):
        for mode in MODES:
            assert ct / model.default_state(vcpu_ratio=ratio, memory=mode).fit().count < 2
    pinned = model.default_state(vcpu_ratio=1).fit()
    assert pinned.count == 16 and pinned.limit == "cpu" and round(ct / pinned.count) == 7


@pytest.mark.parametrize("ratio", RATIOS)
def test_ch5_memory_was_not_what_stopped_vms_on_the_2005_server(ratio):
    f = growth.fits("server", 2005, "vm", ratio)
    assert f.limit == "cpu" and f.by_memory > f.count


@pytest.mark.parametrize("ratio", RATIOS)
def test_ch5_a_1998_home_pc_holds_nothing_of_todays_software(ratio):
    for platform in growth.PLATFORMS:
        assert growth.fits("pc", 1998, platform, ratio) is None


@pytest.mark.parametrize("ratio", RATIOS)
def test_ch6_at_ten_percent_busy_vms_and_containers_need_the_same_hosts(ratio):
    # "Sixty servers become 8 hosts, as VMs and as containers alike ... the vCPU rule never bites."
    plan = consolidation.default_state(vcpu_ratio=ratio)
    vm, ct = (consolidation.consolidate(plan.with_platform(p)) for p in ("vm", "container"))
    assert vm.servers_after == ct.servers_after == 8 and vm.per_host.limit == "cpu"


@pytest.mark.parametrize("utilization", [u for u in UTILIZATION_STOPS if u >= 0.05])
def test_ch6_on_the_default_host_cpu_use_decides_not_memory(utilization):
    for platform in consolidation.PLATFORMS:
        ph = consolidation.per_host(consolidation.default_state(platform=platform, utilization=utilization))
        assert ph.limit == "cpu"


def test_ch3_a_container_reaches_a_command_before_a_stock_vm_at_every_app_start():
    for app_ms in model.APP_START_STOPS_MS:
        vm_low, _ = model.span("vm").total(app_ms)
        _, ct_high = model.span("docker").total(app_ms)
        assert ct_high < vm_low
