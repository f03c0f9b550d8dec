"""data/: every file reads cleanly; a malformed file names its file, line and column."""

import pytest

from widgets import data

GOOD_HEADER = "key,value,unit,year,source,grade,note\n"


def write(tmp_path, text, name="figures.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_data_file_reads_and_every_figure_has_a_source():
    everything = data.load_all()
    assert len(everything) >= 10
    for records in everything.values():
        for r in records:
            assert r.source and r.grade in data.GRADES and r.unit in data.UNITS


def test_canonical_units():
    assert data.memory_mib("vm.guest_os_memory") == pytest.approx(330.668, abs=1e-3)  # 338,604 KiB
    assert data.memory_mib("vm.configured_memory_min") == 1024  # 1 GB of RAM: binary, 1 GiB
    assert data.memory_mib("vm.overhead") == 30  # 30 MiB
    assert data.memory_mib("vm.overhead_cloud_hypervisor") == pytest.approx(5932 / 1024)  # KiB
    assert data.memory_mib("container.overhead") == pytest.approx(11.004, abs=1e-3)  # 11,268 KiB
    assert data.duration_ms("startup.vm.to_command_high") == 9000  # 9 s


def test_a_good_fixture_file(tmp_path):
    path = write(tmp_path, GOOD_HEADER + 'a.b,1.5,GiB,2024,"Somebody, somewhere",R,fine\na.c,2,ms,,Somewhere else,S,\n')
    a, c = data.read_csv(path)
    assert (a.key, a.canonical, a.year, a.line) == ("a.b", 1536, 2024, 2)
    assert (c.year, c.canonical, c.line) == (None, 2, 3)


@pytest.mark.parametrize(
    "text, line, column, words",
    [
        ("key,value,unit,year,source,note\n", 1, "grade", "missing column"),
        (GOOD_HEADER + "a.b,12x,MB,2020,src,R,\n", 2, "value", "'12x' is not a number"),
        (GOOD_HEADER + "a.b,,MB,2020,src,R,\n", 2, "value", "is not a number"),
        (GOOD_HEADER + "a.b,nan,MB,2020,src,R,\n", 2, "value", "finite number"),
        (GOOD_HEADER + "a.b,-3,MB,2020,src,R,\n", 2, "value", "finite number"),
        (GOOD_HEADER + "a.b,1,MB,2020,src,R,\na.c,1,furlongs,2020,src,R,\n", 3, "unit", "unknown unit 'furlongs'"),
        (GOOD_HEADER + "a.b,1,MB,2020,,R,\n", 2, "source", "every figure needs a source"),
        (GOOD_HEADER + "a.b,1,MB,2020,src,Q,\n", 2, "grade", "'Q' is not a grade"),
        (GOOD_HEADER + "a.b,1,MB,98,src,R,\n", 2, "year", "'98' is not a year"),
        (GOOD_HEADER + "a.b,1,MB,2020,src,R\n", 2, "-", "has 6 fields"),
        (GOOD_HEADER + "a.b,1,MB,2020,src,R,\na.b,2,MB,2020,src,R,\n", 3, "key", "already on line 2"),
        (GOOD_HEADER + ",1,MB,2020,src,R,\n", 2, "key", "is empty"),
    ],
)
def test_malformed_files_name_file_line_and_column(tmp_path, text, line, column, words):
    path = write(tmp_path, text, "broken.csv")
    with pytest.raises(data.DataError) as err:
        data.read_csv(path)
    message = str(err.value)
    assert "broken.csv" in message and f"line {line}" in message and f"column '{column}'" in message
    assert words in message
    assert isinstance(err.value, ValueError)


def test_a_key_in_two_files_is_refused(tmp_path):
    write(tmp_path, GOOD_HEADER + "a.b,1,MB,2020,src,R,\n", "one.csv")
    write(tmp_path, GOOD_HEADER + "a.b,1,MB,2021,src,R,\n", "two.csv")
    with pytest.raises(data.DataError, match=r"two.csv, line 2, column 'key': 'a.b' is already in one.csv"):
        data.load_all(str(tmp_path))


def test_a_series_and_a_single_figure(tmp_path, monkeypatch):
    write(tmp_path, GOOD_HEADER + "ram.pc,64,MB,1998,src,S,\nram.pc,64,GB,2025,src,S,\nx.y,1,s,,src,R,\n")
    original = data.load_all
    monkeypatch.setattr(data, "load_all", lambda directory=None: original(str(tmp_path)))
    assert [r.year for r in data.series("ram.pc")] == [1998, 2025]
    assert data.duration_ms("x.y") == 1000
    with pytest.raises(KeyError, match="series"):
        data.record("ram.pc")
    with pytest.raises(data.DataError, match="a memory unit is needed"):
        data.memory_mib("x.y")
    with pytest.raises(KeyError, match="no figure 'nope'"):
        data.record("nope")


def test_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(data.DataError, match="cannot be read"):
        data.read_csv(tmp_path / "missing.csv")
    path = tmp_path / "latin1.csv"
    path.write_bytes(GOOD_HEADER.encode() + "a.b,1,MB,2020,Caf\xe9,R,\n".encode("latin-1"))
    with pytest.raises(data.DataError, match="not UTF-8"):
        data.read_csv(path)


def test_every_unit_has_its_wording_in_the_sources_table():
    """The sources table words each value with its unit in the reader's language (text keys sources.unit.*)."""
    from widgets.sources import value
    from widgets.text import TEXT

    units = {r.unit for records in data.load_all().values() for r in records}
    missing = sorted(u for u in units if f"sources.unit.{u}" not in TEXT)
    assert missing == [], f"units with no sources.unit.<unit> text: {missing}"
    cores = data.record("host.cores")
    assert (value(cores, "en"), value(cores, "ja")) == ("16 cores", "16 コア")
