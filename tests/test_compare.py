"""Chapter 4: the comparison table, its evidence, the figure and the row picker.

Checks a reader could make by hand from data/: a VM's start-up is its
stages added up (600 ms + 7,400 ms + 1 ms), a container's is 230 ms + 1 ms;
a VM's own memory is its guest OS plus its hypervisor process; the shared
kernel's 384 system calls against Firecracker's 5 devices.
"""

from __future__ import annotations

import pytest

from widgets import compare, data, model
from widgets.explorables.compare import ComparisonTable, evidence_html, table_html
from widgets.figures import compare as figure
from widgets.text import duration, t


def test_startup_is_the_sum_of_the_sourced_stages():
    vm = compare.startup("vm")
    assert [s for s, _, _ in vm.stages] == ["firmware", "guest_boot", "process"]
    assert vm.ms == pytest.approx(600 + (8000 - 600) + 1)     # firmware, rest of the 7-9 s, the process
    assert vm.grades == ("S", "R")                              # the firmware figure is a quotation: S
    assert compare.startup("microvm").ms == pytest.approx(125 + 1)
    assert compare.startup("container").ms == pytest.approx(230 + 1)


def test_the_articles_words_against_the_sourced_times():
    # The article: VMs take minutes, containers seconds. The sources: seconds, and under a second.
    assert compare.startup("vm").word == "seconds"
    assert compare.startup("container").word == "subsecond"
    assert compare.scale(60_000) == "minutes" and compare.scale(999) == "subsecond"
    assert compare.startup("vm").ms < compare.MINUTE_MS


def test_memory_per_instance_is_guest_os_plus_overhead_plus_the_service():
    wl = model.default_workload()
    vm = compare.memory("vm")
    own = data.memory_mib("vm.guest_os_memory") + data.memory_mib("vm.overhead")
    assert vm.platform_mib == pytest.approx(own) == pytest.approx(1024 + 131e6 / 2**20)
    assert vm.instance_mib == pytest.approx(own + wl.app_mib + wl.libs_mib)
    container = compare.memory("container")
    assert container.platform_mib == pytest.approx(11268 / 1024)          # one shim, in KiB
    assert (vm.fits, container.fits) == (16, 109)                         # as chapter 2 found
    assert vm.grades["overhead"] == "C"                                    # unconfirmed: must be labelled


def test_attack_surface_counts_come_from_data():
    s = compare.surfaces()
    assert (s["container"].count, s["container"].kind, s["container"].year) == (384, "syscalls", 2026)
    assert [r.value for r in data.series("isolation.syscalls_x86_64")] == [358, 384]   # it grows
    assert (s["gvisor"].count, s["gvisor"].listed) == (274, 350)
    assert (s["microvm"].count, s["microvm"].kind) == (5, "devices")
    assert compare.surface_ratio() == pytest.approx(384 / 5)


def test_evidence_rows():
    assert compare.evidence("layer")["vm"]["illusion_layer"] == "hardware"
    assert compare.evidence("layer")["container"]["illusion_layer"] == "os"
    assert compare.evidence("os")["container"] == {"brings_os": False, "guest_os_mib": 0.0}
    assert compare.evidence("use")["vm"]["own_kernel"] and not compare.evidence("use")["container"]["own_kernel"]
    assert compare.evidence("isolation")["vm"] == {}      # no sourced count for a full VM's devices


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
    assert tr["startup"]["x"] == [pytest.approx(8001), pytest.approx(126), pytest.approx(231)]
    assert tr["startup"]["text"][0] == "8 s · grade S + R"
    assert tr["startup"]["text"][2] == "231 ms · grade R"
    assert "C" in tr["memory_total"]["text"][0] and "C" not in tr["memory_total"]["text"][2]
    assert tr["surface"]["x"] == [384, 274, 5]
    assert tr["surface"]["text"][2] == "5 emulated devices (R)"


def test_figure_axes_are_log_and_hold_every_bar():
    spec = figure.spec()
    tr = _by_name(spec)
    for axis, trace in (("xaxis", "memory_total"), ("xaxis2", "startup"), ("xaxis3", "surface")):
        assert spec["layout"][axis]["type"] == "log"
        lo, hi = spec["layout"][axis]["range"]
        assert all(10**lo <= x <= 10**hi for x in tr[trace]["x"])
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
    table.picker.value = "isolation"                      # as a reader clicking the button
    assert "384" in table.evidence.value and "5</b> emulated devices" in table.evidence.value
    assert table.figure.data[figure.TRACES.index("surface")].opacity == 1.0
    assert table.figure.data[figure.TRACES.index("startup")].opacity == figure.FADED
    marked = [line for line in table.table.value.split("<tr") if "FFF3D6" in line]
    assert len(marked) == 1 and t("compare.row.isolation", "en") in marked[0]


def test_evidence_is_filled_in_every_language():
    for lang in ("en", "ja"):
        for row in compare.ROWS:
            text = evidence_html(row, lang)
            assert "{" not in text and text
    assert "8 s" in evidence_html("startup") and "231 ms" in evidence_html("startup")
    assert "16 VMs fit, 109 containers" in evidence_html("efficiency")


def test_table_has_six_rows_and_two_columns():
    html = table_html()
    assert html.count("<tr") == 7 and html.count("</th>") == 3 and html.count("</td>") == 6 * 3


def test_show_refuses_a_bad_row():
    table = ComparisonTable()
    with pytest.raises(ValueError, match="row must be one of"):
        table.show("price")


def test_row_picker_figure_matches_a_fresh_build_after_changes():
    table = ComparisonTable(row="layer")
    for row in ("efficiency", "use", "startup"):
        table.show(row)
    shown = [{k: v for k, v in tr.items() if k != "uid"} for tr in table.figure.to_dict()["data"]]
    assert shown == figure.build("startup").to_dict()["data"]
    assert table.picker.value == "startup"
