"""Chapter 4: the comparison table, its evidence, the figure and the row picker.

Checks a reader could make by hand from data/: a VM reaches a command in
7 to 9 s, a container (docker run, SSD to HDD) in 568 ms to 1,157 ms;
a VM's own memory is its guest OS plus its hypervisor process; the shared
kernel's 375 system calls against a Firecracker microVM's 12 emulated devices, both counted in 2024.
"""

from __future__ import annotations

import pytest

from widgets import data, model
from widgets.explorables.compare import ComparisonTable, evidence_html, table_html
from widgets.figures import compare as figure
from widgets.model import compare
from widgets.text import duration, t


def test_startup_is_a_range_between_named_points():
    vm, container, micro = (compare.startup(p) for p in ("vm", "container", "microvm"))
    assert (vm.low_ms, vm.high_ms, vm.end) == (7000, 9000, "command")
    assert (container.low_ms, container.high_ms, container.end) == (568, 1157, "command")
    assert (micro.low_ms, micro.high_ms, micro.end, micro.bound) == (125, 125, "first_process", "at_most")
    assert vm.grades == container.grades == micro.grades == ("R",)
    with_app = compare.startup("vm", app_ms=1000)
    assert (with_app.low_ms, with_app.high_ms) == (8000, 10_000)


def test_the_articles_words_against_the_sourced_times():
    # The article: VMs take minutes, containers seconds. The sources: seconds, and under a second to about one.
    assert compare.startup("vm").word == "seconds"
    assert compare.startup("container").word == "subsecond-seconds"
    assert compare.scale(60_000) == "minutes" and compare.scale(999) == "subsecond"
    assert compare.scale_range(7000, 9000) == "seconds"
    assert compare.startup("vm").high_ms < compare.MINUTE_MS


def test_memory_per_instance_is_guest_os_plus_overhead_plus_the_service():
    wl = model.default_workload()
    service = wl.app_mib + wl.libs_mib
    vm = compare.memory("vm")
    own = data.memory_mib("vm.guest_os_memory") + data.memory_mib("vm.overhead")
    assert vm.resident_mib == pytest.approx(own + service) == pytest.approx(338604 / 1024 + 30 + 576)
    assert vm.instance_mib == 1024 + 30 == vm.configured_mib  # counted by configured size, by default
    assert vm.platform_mib == pytest.approx(vm.instance_mib - service)
    container = compare.memory("container")
    assert container.platform_mib == pytest.approx(11268 / 1024)  # one shim, in KiB
    assert container.instance_mib == container.resident_mib == container.configured_mib
    assert (vm.fits, container.fits) == (61, 111)  # as chapter 2 finds
    assert set(vm.grades.values()) == {"R"}


def test_attack_surface_counts_come_from_data():
    s = compare.surfaces()
    assert (s["container"].count, s["container"].kind, s["container"].year) == (375, "syscalls", 2024)
    assert [r.value for r in data.series("isolation.syscalls_x86_64")] == [358, 375, 384]  # it grows
    assert (s["gvisor"].count, s["gvisor"].listed) == (274, 350)
    assert (s["microvm"].count, s["microvm"].kind) == (12, "devices")
    assert dict(s["microvm"].parts) == {"isolation.firecracker_device_models": 8, "isolation.kvm_inkernel_devices": 4}
    assert compare.surface_ratio() == pytest.approx(375 / 12)


def test_both_sides_of_the_doors_are_counted_in_the_same_year():
    s = compare.surfaces()
    year = compare.comparison_year()
    assert s["container"].year == s["microvm"].year == year == 2024
    assert all(data.record(k).year == year for k in compare.MICROVM_DOORS)
    # the kernel row of that year was read in torvalds/linux itself; the fork's 6.19 row is only S
    assert s["container"].grade == s["microvm"].grade == "R"
    newest = data.series("isolation.syscalls_x86_64")[-1]
    assert (newest.year, newest.grade) == (2026, "S") and "fork" in newest.source
    assert "6.11" in compare.syscalls().source
    with pytest.raises(ValueError, match="no x86-64 system-call count for 1999"):
        compare.syscalls(1999)


def test_the_faq_counts_are_kept_and_dated_but_not_compared():
    assert (data.record("isolation.firecracker_devices").value, data.record("isolation.firecracker_devices").year) == (
        5,
        2019,
    )
    now = data.record("isolation.firecracker_devices_now")
    assert (now.value, now.year, now.grade) == (6, 2026, "R")
    assert compare.surfaces()["microvm"].count > now.value  # the FAQ's list is shorter than the source


def test_walls_strong_not_complete_and_more_than_namespaces():
    w = compare.walls()
    assert (w.docker_capabilities, w.linux_capabilities, w.capabilities_dropped) == (14, 41, 27)
    assert w.seccomp_blocked == 44 and w.firecracker_seccomp == 24
    assert [(n, y) for n, y, _ in w.crossings] == [("venom", 2015), ("l1tf", 2018), ("mds", 2019)]
    assert all(g == "S" for _, _, g in w.crossings)  # years read in secondary sources: labelled S
    assert set(compare.ISOLATION_KEYS) <= set(compare.DATA_KEYS)


def test_isolation_cell_refines_the_article_kindly():
    en, ja = t("compare.cell.isolation.vm", "en"), t("compare.cell.isolation.vm", "ja")
    assert "not completely" in en and "fully" in en  # the article's word, and ours
    assert "完全ではない" in ja and "「完全に独立」" in ja


def test_evidence_rows():
    assert compare.evidence("layer")["vm"]["illusion_layer"] == "hardware"
    assert compare.evidence("layer")["container"]["illusion_layer"] == "os"
    assert compare.evidence("os")["container"] == {"brings_os": False, "guest_os_mib": 0.0, "configured_min_mib": 0.0}
    assert compare.evidence("use")["vm"]["own_kernel"] and not compare.evidence("use")["container"]["own_kernel"]
    assert compare.evidence("isolation")["vm"] == {}  # no sourced count for a full VM's devices


@pytest.mark.parametrize("bad", ["speed", None, 3])
def test_bad_row_raises_naming_the_parameter(bad):
    with pytest.raises(ValueError, match="row must be one of layer, os, startup"):
        compare.evidence(bad)


def test_bad_platform_raises():
    with pytest.raises(ValueError, match="platform must be one of vm, microvm, container"):
        compare.memory("lxc")


# --- the figure ------------------------------------------------------------------


def _by_name(spec: dict) -> dict:
    return {tr["name"]: tr for tr in spec["data"]}


def test_figure_shows_the_numbers_with_grades_and_marks_the_unconfirmed_one():
    tr = _by_name(figure.spec())
    ends = [b + x for b, x in zip(tr["startup"]["base"], tr["startup"]["x"])]
    assert tr["startup"]["base"][0] == 7000 and ends == [pytest.approx(9000), pytest.approx(125), pytest.approx(1157)]
    assert tr["startup"]["text"][0] == "7 s – 9 s"  # grades live in the hovers
    assert tr["startup"]["text"][1] == "≤ 125 ms"
    assert tr["startup"]["text"][2] == "568 ms – 1.16 s"
    assert tr["startup"]["customdata"][0].endswith("grade R")
    assert "to /sbin/init" in tr["startup"]["y"][1]  # a different end point, named
    assert not any("C" in text for text in tr["memory_total"]["text"])  # no unconfirmed memory figure left
    assert tr["surface"]["x"] == [375, 274, 12]
    assert tr["surface"]["text"][2] == "12 emulated devices" and tr["surface"]["customdata"][2].endswith("grade R")
    assert "8 in the Firecracker process and 4 in KVM" in tr["surface"]["customdata"][2]
    assert "(2024)" in tr["surface"]["customdata"][0] and "(2024)" in tr["surface"]["customdata"][2]


def test_figure_axes_are_log_and_hold_every_bar():
    spec = figure.spec()
    tr = _by_name(spec)
    for axis, trace in (("xaxis", "memory_total"), ("xaxis2", "startup"), ("xaxis3", "surface")):
        assert spec["layout"][axis]["type"] == "log"
        lo, hi = spec["layout"][axis]["range"]
        base = tr[trace].get("base") or [0] * len(tr[trace]["x"])
        assert all(10**lo <= b + x <= 10**hi for b, x in zip(base, tr[trace]["x"]))
    # the one-minute tick is there, to set the article's "minutes" against the bars
    assert 60_000.0 in spec["layout"]["xaxis2"]["tickvals"]


def test_picking_a_row_fades_the_other_panels():
    tr = _by_name(figure.spec("startup"))
    assert tr["startup"]["opacity"] == 1.0
    assert tr["memory_total"]["opacity"] == tr["surface"]["opacity"] == figure.FADED
    assert all(t_["opacity"] == 1.0 for t_ in figure.spec(None)["data"])
    assert [t_["name"] for t_ in figure.spec("use")["data"]] == list(figure.TRACES)


def test_duration_words():
    assert duration(126) == "126 ms"
    assert duration(8001) == "8 s"
    assert duration(60_000) == "1 min"
    assert duration(8001, "ja") == "8 秒"


# --- the explorable ----------------------------------------------------------------


def test_row_picker_marks_the_row_and_shows_its_evidence():
    table = ComparisonTable()
    table.picker.value = "isolation"  # as a reader clicking the button
    assert "<b>375</b>" in table.evidence.value and "<b>12</b> emulated devices" in table.evidence.value
    assert table.figure.data[figure.TRACES.index("surface")].opacity == 1.0
    assert table.figure.data[figure.TRACES.index("startup")].opacity == figure.FADED
    marked = [line for line in table.table.value.split("<tr") if "FFF3D6" in line]
    assert len(marked) == 1 and t("compare.row.isolation", "en") in marked[0]


def test_evidence_is_filled_in_every_language():
    for lang in ("en", "ja"):
        for row in compare.ROWS:
            text = evidence_html(row, lang)
            assert "{" not in text and text
    assert "125 ms" in evidence_html("startup") and "231 ms" not in evidence_html("startup")
    assert "61 VMs fit, 111 containers" in evidence_html("efficiency")
    assert "7 s – 9 s" in evidence_html("startup") and "derived" not in evidence_html("startup")
    assert "it holds 937 MB" in evidence_html("efficiency") and "331 MB" in evidence_html("os")


def test_table_has_six_rows_and_two_columns():
    html = table_html()
    assert html.count("<tr") == 7 and html.count("</th>") == 3 and html.count("</td>") == 6 * 3


def test_set_state_refuses_a_bad_row():
    table = ComparisonTable()
    with pytest.raises(ValueError, match="row must be one of"):
        table.set_state("price")


def test_row_picker_figure_matches_a_fresh_build_after_changes():
    table = ComparisonTable(row="layer")
    for row in ("efficiency", "use", "startup"):
        table.set_state(row)
    shown = [{k: v for k, v in tr.items() if k != "uid"} for tr in table.figure.to_dict()["data"]]
    assert shown == figure.build("startup").to_dict()["data"]
    assert table.picker.value == "startup"
