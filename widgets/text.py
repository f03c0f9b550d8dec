"""Every string a reader sees in the figures and controls, keyed, per language.

``t("stack.title", "ja", count=3, ...)`` looks a string up and fills it in.
Each key carries every language side by side, so a new edition adds a column
of text, never code. tests/test_text.py fails when a language misses a key or
a placeholder.
"""

from __future__ import annotations

LANGUAGES = ("en", "ja")

TEXT: dict[str, dict[str, str]] = {
    # platforms
    "platform.vm": {"en": "VM", "ja": "VM"},
    "platform.container": {"en": "container", "ja": "コンテナ"},
    "platform.microvm": {"en": "microVM", "ja": "microVM"},
    "platform.vm.plural": {"en": "VMs", "ja": "VM"},
    "platform.container.plural": {"en": "containers", "ja": "コンテナ"},
    "platform.microvm.plural": {"en": "microVMs", "ja": "microVM"},
    "platform.vm.button": {"en": "VM", "ja": "VM"},
    "platform.container.button": {"en": "Container", "ja": "コンテナ"},
    "platform.microvm.button": {"en": "microVM", "ja": "microVM"},
    # layers of the stack diagram
    "layer.hardware": {"en": "Hardware", "ja": "ハードウェア"},
    "layer.host": {"en": "Host", "ja": "ホスト"},
    "layer.guest_os": {"en": "Guest OS", "ja": "ゲストOS"},
    "layer.libs": {"en": "Libraries", "ja": "ライブラリ"},
    "layer.app": {"en": "Application", "ja": "アプリ"},
    "block.hardware": {"en": "Hardware: {ram} RAM, {cores} cores",
                       "ja": "ハードウェア: メモリ {ram}、{cores} コア"},
    "block.host_os": {"en": "Host OS", "ja": "ホストOS"},
    "block.vm.runtime": {"en": "Hypervisor", "ja": "ハイパーバイザー"},
    "block.microvm.runtime": {"en": "Hypervisor (microVM monitors)", "ja": "ハイパーバイザー (microVM モニタ)"},
    "block.container.runtime": {"en": "Container engine", "ja": "コンテナエンジン"},
    "block.vm.overhead": {"en": "hypervisor process", "ja": "ハイパーバイザーのプロセス"},
    "block.microvm.overhead": {"en": "microVM monitor", "ja": "microVM モニタ"},
    "block.container.overhead": {"en": "container shim", "ja": "コンテナの shim"},
    "block.instance": {"en": "{platform} {n}", "ja": "{platform} {n}"},
    "block.more": {"en": "+{n} more", "ja": "ほか {n} 個"},
    "block.free": {"en": "free {memory}", "ja": "空き {memory}"},
    "hover.block": {"en": "{name}: {memory}", "ja": "{name}: {memory}"},
    "hover.more": {"en": "{n} more {platforms}, {each} each: {memory} in all",
                   "ja": "ほかに {platforms} {n} 個 (各 {each}、計 {memory})"},
    "hover.runtime": {"en": "{name}: {each} per instance ({overhead}), {memory} in all",
                      "ja": "{name}: 1 個あたり {each} ({overhead})、計 {memory}"},
    "hover.unconfirmed": {"en": "<br>(an unconfirmed figure: see data/)", "ja": "<br>(未確認の数値: data/ を参照)"},
    # titles and readouts
    "stack.title": {"en": "{count} {platforms} fit on a {ram}, {cores}-core host: {limit} runs out first",
                    "ja": "メモリ {ram}・{cores} コアのホストに {platforms}は {count} 個入る: 先に尽きるのは{limit}"},
    "stack.too_small": {"en": "A {ram} host cannot hold its own {reserve} OS: nothing fits",
                        "ja": "{ram} のホストには自分の OS ({reserve}) すら載らない: 何も入らない"},
    "stack.none": {"en": "Not one {platform} fits on a {ram}, {cores}-core host: {limit} runs out first",
                   "ja": "メモリ {ram}・{cores} コアのホストには {platform}が 1 個も入らない: 先に尽きるのは{limit}"},
    "limit.memory": {"en": "memory", "ja": "メモリ"},
    "limit.cpu": {"en": "CPU", "ja": "CPU"},
    "limit.both": {"en": "memory and CPU together", "ja": "メモリと CPU が同時"},
    "axis.memory": {"en": "Host memory ({unit})", "ja": "ホストのメモリ ({unit})"},
    "density.title": {"en": "How many fit as the host grows ({cores} cores; solid: memory runs out first, dotted: CPU)",
                      "ja": "ホストが大きくなると何個入るか ({cores} コア、実線: 先にメモリが尽きる、点線: CPU)"},
    "density.x": {"en": "Host RAM (log scale)", "ja": "ホストのメモリ (対数目盛)"},
    "density.y": {"en": "Instances that fit (log scale)", "ja": "入るインスタンス数 (対数目盛)"},
    "density.here": {"en": "this host: {count} {platforms}", "ja": "このホスト: {platforms} {count} 個"},
    "density.here_none": {"en": "this host: none fit", "ja": "このホスト: 1 個も入らない"},
    "density.hover": {"en": "{platform}<br>host RAM %{{customdata[0]}}<br>%{{y:,}} fit, limited by %{{customdata[1]}}",
                      "ja": "{platform}<br>ホストのメモリ %{{customdata[0]}}<br>%{{y:,}} 個、制約: %{{customdata[1]}}"},
    # controls
    "control.ram": {"en": "Host RAM", "ja": "ホストのメモリ"},
    "control.cores": {"en": "Cores", "ja": "コア数"},
    "control.platform": {"en": "Platform", "ja": "方式"},
    "control.app": {"en": "App memory", "ja": "アプリのメモリ"},
    "control.cpu": {"en": "App CPU", "ja": "アプリの CPU"},
    "readout.cpu": {"en": "{cpu} of a core", "ja": "{cpu} コア"},
    "readout.summary": {
        "en": "Each {platform} takes {each} and {cpus} CPU; memory alone would fit {by_memory}, CPU alone {by_cpu}.",
        "ja": "{platform} 1 個あたり {each}・CPU {cpus}。メモリだけなら {by_memory} 個、CPU だけなら {by_cpu} 個。"},
    "readout.too_small": {"en": "Give the host more RAM than its own OS needs ({reserve}).",
                          "ja": "ホストには自分の OS が使う {reserve} より多いメモリが必要です。"},
}

MEMORY_UNITS = (("TB", 1024.0**2), ("GB", 1024.0), ("MB", 1.0))


def t(key: str, lang: str = "en", /, **values: object) -> str:
    """The string for key in lang, filled in with values."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    try:
        entry = TEXT[key]
    except KeyError:
        raise KeyError(f"no text {key!r}") from None
    return entry[lang].format(**values) if values else entry[lang].replace("{{", "{").replace("}}", "}")


def memory_unit(mib: float) -> tuple[str, float]:
    """The largest of MB/GB/TB in which mib is at least 1, and its size in MiB.

    Memory follows the JEDEC custom: 1 GB of RAM is 1024 MB.
    """
    for unit, size in MEMORY_UNITS:
        if mib >= size:
            return unit, size
    return "MB", 1.0


def memory(mib: float) -> str:
    """64 -> '64 MB', 1536 -> '1.5 GB', 4194304 -> '4 TB' (JEDEC units)."""
    unit, size = memory_unit(mib)
    value = mib / size
    if value >= 100 or abs(value - round(value)) < 0.05:
        text = f"{value:,.0f}"
    elif value >= 10:
        text = f"{value:,.1f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}"


def count(n: int) -> str:
    return f"{n:,}"


def cores(c: float) -> str:
    return f"{c:g}"
