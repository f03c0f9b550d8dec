"""Strings shared by every chapter: sources tables, grades."""

TEXT: dict[str, dict[str, str]] = {
    "sources.figure": {"en": "Figure", "ja": "項目"},
    "sources.value": {"en": "Value", "ja": "値"},
    "sources.year": {"en": "Year", "ja": "年"},
    "sources.source": {"en": "Source", "ja": "出典"},
    "sources.grade": {"en": "Grade", "ja": "確度"},
    # a row the essay chose itself (data/: source "Chosen by the essay"); every other source is a citation
    "sources.chosen": {"en": "Chosen by the essay", "ja": "本稿が選んだ値"},
    # a value with its unit, one key per unit data/ uses (tests/test_data.py: every unit has one)
    "sources.unit.year": {"en": "{n}", "ja": "{n} 年"},
    "sources.unit.count": {"en": "{n}", "ja": "{n}"},
    "sources.unit.percent": {"en": "{n} %", "ja": "{n} %"},
    "sources.unit.cores": {"en": "{n} cores", "ja": "{n} コア"},
    "sources.unit.cores.one": {"en": "{n} core", "ja": "{n} コア"},
    "sources.unit.ratio": {"en": "{n}:1", "ja": "{n}:1"},
    "sources.unit.KiB": {"en": "{n} KiB", "ja": "{n} KiB"},
    "sources.unit.MiB": {"en": "{n} MiB", "ja": "{n} MiB"},
    "sources.unit.GiB": {"en": "{n} GiB", "ja": "{n} GiB"},
    "sources.unit.TiB": {"en": "{n} TiB", "ja": "{n} TiB"},
    "sources.unit.ms": {"en": "{n} ms", "ja": "{n} ミリ秒"},
    "sources.unit.s": {"en": "{n} s", "ja": "{n} 秒"},
    "sources.unit.MB/s": {"en": "{n} MB/s", "ja": "{n} MB/s"},
    "sources.unit.GB/s": {"en": "{n} GB/s", "ja": "{n} GB/s"},
    "sources.unit.USD/GB": {"en": "{n} USD/GB", "ja": "{n} ドル/GB"},
    "unit.ms": {"en": "{n} ms", "ja": "{n} ミリ秒"},
    "unit.s": {"en": "{n} s", "ja": "{n} 秒"},
    "unit.min": {"en": "{n} min", "ja": "{n} 分"},
    "grade.R": {"en": "read in the primary source", "ja": "一次資料で確認"},
    "grade.S": {"en": "read in a secondary summary", "ja": "二次資料で確認"},
    "grade.C": {"en": "unconfirmed", "ja": "未確認"},
    "grade.I": {"en": "illustrative value chosen by the essay", "ja": "本稿が選んだ例示の値"},
}
