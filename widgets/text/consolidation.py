"""Strings of the consolidation chapter: servers needed, utilization, their controls."""

TEXT: dict[str, dict[str, str]] = {
    "consol.platform.one_per_app": {"en": "One server per application", "ja": "1 アプリに 1 台のサーバー"},
    "consol.platform.vm": {"en": "As VMs", "ja": "VM にまとめる"},
    "consol.platform.container": {"en": "As containers", "ja": "コンテナにまとめる"},
    "consol.platform.nested": {
        "en": "Containers in {v} VMs per host",
        "ja": "ホストごとに VM {v} 台、その中にコンテナ",
    },
    "consol.button.vm": {"en": "VMs", "ja": "VM"},
    "consol.button.container": {"en": "Containers", "ja": "コンテナ"},
    "consol.button.nested": {"en": "Containers in VMs", "ja": "VM 上のコンテナ"},
    # servers chart
    "consol.servers.title": {
        "en": "{apps} applications: {before} servers one per application, {after} hosts {how}",
        "ja": "アプリ {apps} 個: 1 アプリ 1 台なら {before} 台、{how}なら {after} 台",
    },
    "consol.servers.title_none": {
        "en": "{apps} applications: {before} servers one per application; {how}, not one fits on a host",
        "ja": "アプリ {apps} 個: 1 アプリ 1 台なら {before} 台。{how}では 1 個もホストに載らない",
    },
    "consol.servers.per_host": {
        "en": "<br><sup>Per host: memory allows {memory}, the applications' CPU use under the ceiling {demand}</sup>",
        "ja": "<br><sup>ホスト 1 台あたり: メモリでは {memory} 個、上限内の CPU 使用量では {demand} 個</sup>",
    },
    "consol.servers.per_host_vcpus": {
        "en": "<br><sup>Per host: memory allows {memory}, the applications' CPU use under the ceiling {demand}, "
        "{vcpus_each} vCPUs each at {ratio}:1 allow {vcpus}</sup>",
        "ja": "<br><sup>ホスト 1 台あたり: メモリでは {memory} 個、上限内の CPU 使用量では {demand} 個、"
        "vCPU {vcpus_each} 個ずつ {ratio}:1 では {vcpus} 個</sup>",
    },
    "consol.how.vm": {"en": "as VMs", "ja": "VM"},
    "consol.how.container": {"en": "as containers", "ja": "コンテナ"},
    "consol.how.nested": {"en": "as containers in VMs", "ja": "VM 上のコンテナ"},
    "consol.servers.x": {"en": "Applications", "ja": "アプリの数"},
    "consol.servers.y": {"en": "Servers needed", "ja": "必要なサーバー台数"},
    "consol.servers.hover": {
        "en": "{name}<br>%{{x}} applications: %{{y}} servers",
        "ja": "{name}<br>アプリ %{{x}} 個: %{{y}} 台",
    },
    "consol.here": {"en": "{n}", "ja": "{n}"},
    # utilization picture
    "consol.util.title": {
        "en": "Average CPU use: {before} on {servers} servers before, {after} on {hosts} hosts after",
        "ja": "CPU の平均使用率: 以前は {servers} 台で {before}、集約後は {hosts} 台で {after}",
    },
    "consol.util.title_none": {
        "en": "Average CPU use {before} on {servers} servers; consolidated, nothing fits",
        "ja": "CPU の平均使用率: {servers} 台で {before}。集約しても何も載らない",
    },
    "consol.util.before": {"en": "Before:<br>one server<br>per app", "ja": "以前:<br>1 アプリ<br>1 台"},
    "consol.util.after": {"en": "After:<br>consolidated", "ja": "集約後"},
    "consol.util.x": {
        "en": "Servers (each column one machine, filled to its average CPU use)",
        "ja": "サーバー (1 列が 1 台。平均 CPU 使用率まで塗りつぶし)",
    },
    "consol.util.used": {"en": "CPU in use", "ja": "使用中の CPU"},
    "consol.util.idle": {"en": "CPU idle", "ja": "遊んでいる CPU"},
    "consol.util.ceiling": {"en": "planned ceiling {ceiling}", "ja": "計画上の上限 {ceiling}"},
    "consol.util.hover": {"en": "server %{{x}}: %{{y:.0%}} busy", "ja": "サーバー %{{x}}: 使用率 %{{y:.0%}}"},
    # controls and readout
    "consol.control.apps": {"en": "Applications", "ja": "アプリの数"},
    "consol.control.host": {"en": "Host", "ja": "ホスト"},
    "consol.control.utilization": {"en": "Busy (one app)", "ja": "使用率 (1 アプリ)"},
    "consol.control.ceiling": {"en": "Fill hosts to", "ja": "使用率の上限"},
    "consol.control.platform": {"en": "Consolidate as", "ja": "集約の方式"},
    "consol.control.vms": {"en": "VMs per host", "ja": "ホストごとの VM"},
    "consol.host": {"en": "{ram}, {cores} cores", "ja": "{ram}・{cores} コア"},
    "consol.readout": {
        "en": "Each application keeps {cpu} cores busy on average. A host holds {count} of them {how} "
        "({limit} runs out first): a consolidation ratio of {ratio}:1.",
        "ja": "アプリ 1 個は平均 {cpu} コアを使う。{how}ならホスト 1 台に {count} 個入る"
        " (先に尽きるのは{limit}): 集約比は {ratio}:1。",
    },
    "consol.readout_none": {
        "en": "Each application keeps {cpu} cores busy on average: not one fits {how} under the ceiling.",
        "ja": "アプリ 1 個は平均 {cpu} コアを使う: {how}では上限の下に 1 個も入らない。",
    },
}
