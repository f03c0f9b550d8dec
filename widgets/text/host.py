"""Strings of the host explorer (stack diagram, density chart, their controls)."""

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
    "block.hardware": {"en": "Hardware: {ram} RAM, {cores} cores", "ja": "ハードウェア: メモリ {ram}、{cores} コア"},
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
    "hover.more": {
        "en": "{n} more {platforms}, {each} each: {memory} in all",
        "ja": "ほかに {platforms} {n} 個 (各 {each}、計 {memory})",
    },
    "hover.runtime": {
        "en": "{name}: {each} per instance ({overhead}), {memory} in all",
        "ja": "{name}: 1 個あたり {each} ({overhead})、計 {memory}",
    },
    "hover.unconfirmed": {"en": "<br>(an unconfirmed figure: see data/)", "ja": "<br>(未確認の数値: data/ を参照)"},
    # titles and readouts
    "stack.title": {
        "en": "{count} {platforms} fit on a {ram}, {cores}-core host: {limit} runs out first",
        "ja": "メモリ {ram}・{cores} コアのホストに {platforms}は {count} 個入る: 先に尽きるのは{limit}",
    },
    "stack.title_one": {
        "en": "1 {platform} fits on a {ram}, {cores}-core host: {limit} runs out first",
        "ja": "メモリ {ram}・{cores} コアのホストに {platform}は 1 個入る: 先に尽きるのは{limit}",
    },
    "stack.too_small": {
        "en": "A {ram} host cannot hold its own {reserve} OS: not one {platform} fits",
        "ja": "{ram} のホストには自分の OS ({reserve}) すら載らない: {platform}は 1 個も入らない",
    },
    "hover.runtime_none": {
        "en": "{name}: {each} per instance ({overhead}); no room for one",
        "ja": "{name}: 1 個あたり {each} ({overhead})。1 個分の空きもない",
    },
    "stack.none": {
        "en": "Not one {platform} fits on a {ram}, {cores}-core host: {limit} runs out first",
        "ja": "メモリ {ram}・{cores} コアのホストには {platform}が 1 個も入らない: 先に尽きるのは{limit}",
    },
    "limit.memory": {"en": "memory", "ja": "メモリ"},
    "limit.cpu": {"en": "CPU", "ja": "CPU"},
    "limit.both": {"en": "memory and CPU together", "ja": "メモリと CPU が同時"},
    "axis.memory": {"en": "Host memory ({unit})", "ja": "ホストのメモリ ({unit})"},
    "density.title": {
        "en": "How many fit as the host grows ({cores} cores, {ratio}:1 vCPUs; solid: memory runs out first, dotted: CPU)",
        "ja": "ホストが大きくなると何個入るか ({cores} コア、vCPU {ratio}:1、実線: 先にメモリが尽きる、点線: CPU)",
    },
    "density.x": {"en": "Host RAM (log scale)", "ja": "ホストのメモリ (対数目盛)"},
    "density.y": {"en": "Instances that fit (log scale)", "ja": "入るインスタンス数 (対数目盛)"},
    "density.here": {"en": "this host: {count} {platforms}", "ja": "このホスト: {platforms} {count} 個"},
    "density.here_one": {"en": "this host: 1 {platform}", "ja": "このホスト: {platform} 1 個"},
    "density.here_none": {"en": "this host: no {platforms} fit", "ja": "このホスト: {platforms}は 1 個も入らない"},
    "density.hover": {
        "en": "{platform}<br>host RAM %{{customdata}}<br>%{{y:,}} fit, limited by {limit}",
        "ja": "{platform}<br>ホストのメモリ %{{customdata}}<br>%{{y:,}} 個、制約: {limit}",
    },
    # controls
    "control.ram": {"en": "Host RAM", "ja": "ホストのメモリ"},
    "control.cores": {"en": "Cores", "ja": "コア数"},
    "control.platform": {"en": "Platform", "ja": "方式"},
    "control.app": {"en": "App memory", "ja": "アプリのメモリ"},
    "control.cpu": {"en": "App CPU", "ja": "アプリの CPU"},
    "readout.cpu": {"en": "{cpu} of a core", "ja": "{cpu} コア"},
    "control.vcpu_ratio": {"en": "vCPUs per core", "ja": "1 コアあたり vCPU"},
    "readout.vcpu_ratio": {"en": "{ratio} : 1", "ja": "{ratio} : 1"},
    "control.vm_memory": {"en": "VM memory", "ja": "VM のメモリ"},
    "memory_mode.resident": {"en": "What it holds", "ja": "実際に使う分"},
    "memory_mode.configured": {"en": "As configured", "ja": "割り当てた全量"},
    "cpu_rule.vcpus": {"en": "their vCPUs reach {ratio} per core", "ja": "vCPU がコアあたり {ratio} 個に達する"},
    "cpu_rule.demand": {"en": "their average CPU use fills the cores", "ja": "平均 CPU 使用量でコアが埋まる"},
    "readout.summary": {
        "en": "Each container holds {each} and keeps {cpu} of a core busy; memory alone would fit {by_memory}, "
        "CPU alone {by_cpu} ({rule}).",
        "ja": "コンテナ 1 個が使うメモリは {each}、CPU は平均 {cpu} コア。メモリだけなら {by_memory} 個、"
        "CPU だけなら {by_cpu} 個 ({rule})。",
    },
    "readout.summary_vm": {
        "en": "Each {platform} holds {resident} of its configured {configured}; the host sets aside {each} "
        "(hypervisor process included). It gets {vcpus} vCPU and keeps {cpu} of a core busy; "
        "memory alone would fit {by_memory}, CPU alone {by_cpu} ({rule}).",
        "ja": "{platform} 1 個は割り当て {configured} のうち {resident} を使い、ホストが確保するのは {each} "
        "(ハイパーバイザーのプロセス込み)。vCPU {vcpus} 個、CPU は平均 {cpu} コア。メモリだけなら {by_memory} 個、"
        "CPU だけなら {by_cpu} 個 ({rule})。",
    },
    "year.readout.vcpus": {
        "en": "At {ratio} vCPUs per core, the cores allow {vcpus} VMs by their vCPUs.",
        "ja": "1 コアあたり vCPU {ratio} 個なら、vCPU の数で見てコアが許す VM は {vcpus} 個。",
    },
    "readout.too_small": {
        "en": "Give the host more RAM than its own OS needs ({reserve}).",
        "ja": "ホストには自分の OS が使う {reserve} より多いメモリが必要です。",
    },
}
