"""Strings shared by every chapter: sources tables, grades."""

TEXT: dict[str, dict[str, str]] = {
    "sources.figure": {"en": "Figure", "ja": "項目"},
    "sources.value": {"en": "Value", "ja": "値"},
    "sources.year": {"en": "Year", "ja": "年"},
    "sources.source": {"en": "Source", "ja": "出典"},
    "sources.grade": {"en": "Grade", "ja": "確度"},
    "unit.ms": {"en": "{n} ms", "ja": "{n} ミリ秒"},
    "unit.s": {"en": "{n} s", "ja": "{n} 秒"},
    "unit.min": {"en": "{n} min", "ja": "{n} 分"},
    "grade.R": {"en": "read in the primary source", "ja": "一次資料で確認"},
    "grade.S": {"en": "read in a secondary summary", "ja": "二次資料で確認"},
    "grade.C": {"en": "unconfirmed", "ja": "未確認"},
    "grade.I": {"en": "illustrative value chosen by the essay", "ja": "本稿が選んだ例示の値"},
}
