"""Chapter 5: hardware growth, the year explorer and its figures, checked as a reader would."""

import math

import pytest

from widgets import data, model
from widgets.explorables.year import YearExplorer, readout
from widgets.figures import growth as gf
from widgets.figures import stack
from widgets.model import growth
from widgets.text import t

# --- the numbers the prose states ---------------------------------------------------


def test_the_authors_pcs_grew_1024_times_and_256_times_against_the_survey():
    author = growth.author_pc_ram()
    assert [(p.year, p.value) for p in author] == [(1998, 64), (2025, 64 * 1024)]
    assert growth.author_growth() == 1024  # 64 MB -> 64 GB
    assert growth.author_to_survey() == 256  # 64 MB -> 16 GB, the survey's most common size
    assert growth.pc_1998_range() == (32, 64)  # the author's 64 MB was the upper end


def test_survey_shares_as_the_fact_check_reads_them():
    assert {r.year: r.value for r in data.series("hw.ram.steam_share_16gb")} == {2022: 50.55, 2024: 47.08}
    assert {r.year: r.value for r in data.series("hw.ram.steam_share_32gb")} == {2022: 10.95, 2024: 28.72}
    assert [p.value / 1024 for p in growth.survey_ram()] == [8, 16, 16]


def test_epyc_cores_and_the_first_dual_core():
    assert {p.year: p.value for p in growth.cores_per_socket()} == {
        1998: 1,
        2005: 2,
        2017: 32,
        2019: 64,
        2021: 64,
        2022: 96,
        2023: 128,
        2024: 192,
    }


def test_genoa_uses_3_tb_a_socket_not_6():
    assert data.memory_mib("hw.ram.genoa_socket_max") == 3 * 1024**2
    assert growth.server_ram()[-1].value == 2 * 3 * 1024**2  # two sockets: 6 TB
    assert data.memory_mib("hw.ram.server_article") == 4 * 1024**2


def test_storage_and_price_figures():
    s = growth.storage()
    assert [p.value for p in s["nvme"]] == [3940, 7880, 15750]  # MB/s, PCIe Gen3/4/5 x4
    assert s["sata"][0].value == 600 and s["hdd"][-1].value == 275
    assert {p.year: p.value for p in growth.dram_price()} == {1998: 1400, 2010: 12, 2020: 3.6}
    assert all(p.record.grade == "C" for p in growth.dram_price())  # point values: not re-read, unconfirmed
    assert data.record("hw.dram.tenfold_years").grade == "R"


# --- interpolation --------------------------------------------------------------------


def test_interpolation_is_a_straight_line_on_a_log_scale():
    pts = growth.typical_pc_ram()  # 64 MB in 1998 .. 8 GB in 2016
    mid = growth.interpolate(pts, 2007)  # halfway in time: the geometric mean
    assert mid == pytest.approx(math.sqrt(64 * 8192))
    assert growth.interpolate(pts, 1998) == 64 and growth.interpolate(pts, 2016) == 8192


def test_after_the_last_point_the_value_is_held_not_extrapolated():
    last = growth.years()[1]
    pc = growth.machine("pc", last)
    assert pc.ram_mib == 16 * 1024 and pc.ram_how == "held"
    server = growth.machine("server", last)
    assert server.ram_mib == 6 * 1024**2 and server.cores == 384


def test_machines_at_data_years_and_between():
    m = growth.machine("server", 2005)
    assert (m.ram_mib, m.cores, m.ram_how, m.cores_how) == (128 * 1024, 4, "data", "data")
    m = growth.machine("pc", 2016)
    assert m.ram_mib == 8192 and m.ram_how == "data" and m.cores_how == "interpolated"
    assert growth.machine("pc", 1998).cores == 1


# --- what fits ----------------------------------------------------------------------


def test_predict_then_reveal_numbers():
    vm2005 = growth.fits("server", 2005, "vm")  # 4 cores at 4 vCPUs each
    assert (vm2005.count, vm2005.by_memory, vm2005.limit, vm2005.cpu_rule) == (16, 124, "cpu", "vcpus")
    assert growth.fits("server", 2005, "vm", 1).count == 4  # dedicated cores: the old whole-core rule
    assert growth.fits("server", 2005, "container").count == 40
    last = growth.years()[1]
    assert growth.fits("server", last, "vm").count == 1536
    assert growth.fits("server", last, "container").count == 3840
    assert growth.fits("pc", 1998, "vm") is None  # today's host OS needs more than a 1998 PC had


def test_year_state_host_state_is_chapter_2s_service_on_that_machine():
    st = growth.State(2016, "pc", "container")
    host = st.host_state()
    assert isinstance(host, model.State)
    assert (host.ram_mib, host.platform, host.app_mib, host.cpu) == (8192, "container", 512, 0.1)


@pytest.mark.parametrize(
    "kwargs, words",
    [
        (dict(year=1997), "year must be a whole number from 1998 to"),
        (dict(year=2030), "year must be a whole number from 1998 to"),
        (dict(year=2005.5), "year must be"),
        (dict(year=True), "year must be"),
        (dict(year=2005, machine="laptop"), "machine must be one of pc, server"),
        (dict(year=2005, platform="microvm"), "platform must be one of vm, container"),
    ],
)
def test_bad_year_state_raises_naming_the_parameter(kwargs, words):
    with pytest.raises(ValueError, match=words):
        growth.State(**kwargs)


def test_bad_machine_kind_raises():
    with pytest.raises(ValueError, match="machine must be one of"):
        growth.machine("mainframe", 2005)


# --- figures --------------------------------------------------------------------------


@pytest.mark.parametrize("name", gf.NAMES)
def test_every_figure_keeps_its_traces_across_years(name):
    first, last = growth.years()
    counts = {len(gf.spec(growth.State(y), "en", name)["data"]) for y in (first, 2005, 2016, last)}
    assert counts == {len(gf.TRACE_NAMES[name])}
    fig = gf.build(growth.State(2005), "ja", name)
    assert fig.layout.yaxis.type == "log"


def test_the_year_line_and_markers_follow_the_year():
    spec = gf.spec(growth.State(2005), "en", "ram")
    line, here = spec["data"][-2], spec["data"][-1]
    assert list(line["x"]) == [2005, 2005]
    assert sorted(here["y"]) == [pytest.approx(growth.machine("pc", 2005).ram_mib), 128 * 1024]
    assert "2005" in spec["layout"]["title"]["text"] and "128 GB" in spec["layout"]["title"]["text"]


def test_ram_figure_shows_the_authors_pcs_beside_the_survey():
    spec = gf.spec(growth.State(2025), "en", "ram")
    by_name = dict(zip(gf.RAM_TRACES, spec["data"]))
    assert list(by_name["author"]["y"]) == [64, 65536]
    assert list(by_name["survey"]["x"]) == [2016, 2022, 2024]
    assert list(by_name["pc_range"]["y"]) == [32, 64]
    assert "grade S" in by_name["survey"]["customdata"][0]


def test_price_marker_disappears_after_the_last_price():
    data_, _ = gf.traces(growth.State(2024), "en", "price")
    assert list(data_[-1]["x"]) == []
    data_, _ = gf.traces(growth.State(1998), "en", "price")
    assert list(data_[-1]["y"]) == [1400]


def test_price_trend_falls_tenfold_in_5_1_years_before_2010():
    xs, ys = gf.trend_line()
    assert xs[0] == 1998 and ys[0] == 1400
    at = dict(zip(xs, ys))
    assert at[2010] == pytest.approx(1400 * 10 ** (-12 / 5.1))
    assert at[2024] == pytest.approx(at[2010] * 10 ** (-1))


def test_unknown_figure_name_raises():
    with pytest.raises(ValueError, match="figure must be one of ram, cores, storage, price"):
        gf.spec(growth.State(2005), "en", "gpu")


# --- the explorer ---------------------------------------------------------------------


def test_moving_the_year_slider_moves_marker_title_readout_and_stack():
    e = YearExplorer("en")
    e.year.value = 2005
    assert list(e.figures["ram"].data[-2].x) == [2005, 2005]
    assert "2005" in e.figures["cores"].layout.title.text
    assert (
        e.figures["stack"].layout.title.text == stack.spec(growth.State(2005).host_state())["layout"]["title"]["text"]
    )
    assert "16 VMs fit on a 128 GB, 4-core host" in e.figures["stack"].layout.title.text
    assert "<b>16</b>" in e.readout.value
    e.ratio.value = 1.0
    assert "4 VMs fit on a 128 GB, 4-core host" in e.figures["stack"].layout.title.text
    e.update(ratio=16.0)
    assert "<b>40</b>" in e.readout.value and e.state.vcpu_ratio == 16


def test_machine_and_platform_toggles_change_the_stack_not_the_growth_lines():
    e = YearExplorer("en", growth.State(2005))
    ram_before = e.figures["ram"].to_dict()["data"]
    e.platform.value = "container"
    assert "40 containers fit" in e.figures["stack"].layout.title.text
    e.machine.value = "pc"
    assert e.figures["ram"].to_dict()["data"] == ram_before
    assert "typical home PC" in e.readout.value


def test_1998_home_pc_reads_nothing_fits():
    e = YearExplorer("en")
    e.update(year=1998, machine="pc")
    assert "Nothing fits" in e.readout.value
    assert e.figures["stack"].layout.title.text.startswith("A 64 MB host cannot hold")


def test_update_refuses_bad_values_and_leaves_views_alone():
    e = YearExplorer("en", growth.State(2010))
    before = e.readout.value
    with pytest.raises(ValueError, match=r"year must be one of the control's values \(whole numbers from 1998 to "):
        e.update(year=1990)
    with pytest.raises(ValueError, match="no control 'ram'"):
        e.update(ram=4096)
    assert e.readout.value == before and e.year.value == 2010


def test_readout_says_interpolated_or_held_and_speaks_japanese():
    assert "interpolated" in readout(growth.State(2012, "server"))
    assert "held at the last data point" in readout(growth.State(2025, "server"))
    ja = readout(growth.State(2016, "pc", "container"), "ja")
    assert "コンテナ" in ja and "<b>13</b>" in ja
    assert t("year.machine.server", "ja") == "大型サーバー"


def test_slider_offers_only_valid_years():
    e = YearExplorer("en")
    assert (e.year.min, e.year.max) == growth.years()
    for year in range(e.year.min, e.year.max + 1):
        e.year.value = year  # no year on the slider raises
