"""data/: every file reads cleanly; a malformed file names its file, line and column; a missing or
empty data folder says where it looked."""

from importlib import resources
from pathlib import Path

import pytest

from widgets import data

ROOT = Path(__file__).resolve().parent.parent

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


def test_every_csv_in_data_is_read_through_the_package():
    """The numbers come from the package data widgets._data (data/ itself in an editable install, its copy in
    site-packages otherwise), and not one CSV of data/ is left out."""
    assert resources.files(data.PACKAGE) == data.DATA_DIR
    files = {r.file for records in data.load_all().values() for r in records}
    assert files == {p.name for p in (ROOT / "data").glob("*.csv")}


def test_a_missing_data_folder_says_where_it_looked(tmp_path):
    nowhere = tmp_path / "nowhere"
    with pytest.raises(data.MissingDataError, match="no data folder") as err:
        data.load_all(str(nowhere))
    assert str(nowhere) in str(err.value)
    assert isinstance(err.value, data.DataError)


def test_an_empty_data_folder_is_an_error_not_an_empty_essay(tmp_path):
    (tmp_path / "notes.txt").write_text("not a CSV", encoding="utf-8")
    with pytest.raises(data.MissingDataError, match=r"no data files: looked for \*\.csv in") as err:
        data.load_all(str(tmp_path))
    assert str(tmp_path) in str(err.value)


def test_a_package_installed_without_its_data_names_the_package_data(tmp_path, monkeypatch):
    """What a wheel built without its CSVs would meet: an error naming the folder, widgets._data and data/."""
    missing = tmp_path / "site-packages" / "widgets" / "_data"
    monkeypatch.setattr(data, "DATA_DIR", missing)
    with pytest.raises(data.MissingDataError) as err:
        data.load_all.__wrapped__()  # past the cache, which holds the real data
    message = str(err.value)
    assert str(missing) in message and "widgets._data" in message and "data/" in message
    missing.mkdir(parents=True)
    with pytest.raises(data.MissingDataError, match="no data files"):
        data.load_all.__wrapped__()


def test_a_fault_in_a_package_file_is_named_as_in_data():
    """An error in one of the package's own files names it as data/<file>, where a maintainer mends it."""
    err = data.DataError(data.DATA_DIR / "kernel.csv", 3, "note", "bad")
    assert str(err) == "data/kernel.csv, line 3, column 'note': bad"


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
    one = data.record("illusion.told_cpus")
    assert (value(one, "en"), value(one, "ja")) == ("1 core", "1 コア")
