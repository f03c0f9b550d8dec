"""Strings of chapter 5: the hardware growth figures and the year explorer."""

TEXT: dict[str, dict[str, str]] = {
    # shared bits
    "growth.axis.year": {"en": "Year", "ja": "年"},
    "growth.hover.point": {
        "en": "{label}<br>{value} in {year}<br>grade {grade}: {grade_text}",
        "ja": "{label}<br>{year} 年: {value}<br>確度 {grade}: {grade_text}",
    },
    "growth.hover.interpolated": {
        "en": "{label}<br>{value} in {year} (interpolated)",
        "ja": "{label}<br>{year} 年: {value} (補間)",
    },
    "growth.hover.held": {
        "en": "{label}<br>{value} in {year} (held at the last data point)",
        "ja": "{label}<br>{year} 年: {value} (最後のデータ点の値のまま)",
    },
    "growth.here.pc": {"en": "home PC {year}: {value}", "ja": "{year} 年の家庭用 PC: {value}"},
    "growth.here.server": {"en": "server {year}: {value}", "ja": "{year} 年のサーバー: {value}"},
    "growth.cores_value": {"en": "{cores} cores", "ja": "{cores} コア"},
    "growth.core_value": {"en": "1 core", "ja": "1 コア"},
    # memory figure
    "growth.ram.title": {
        "en": "Memory, {year}: a typical home PC about {pc}, a large server about {server}",
        "ja": "{year} 年のメモリ: 家庭用 PC は約 {pc}、大型サーバーは約 {server}",
    },
    "growth.ram.y": {"en": "RAM (log scale)", "ja": "メモリ (対数目盛)"},
    "growth.ram.pc_range": {"en": "typical PC of 1998 (32-64 MB)", "ja": "1998 年の一般的な PC (32〜64 MB)"},
    "growth.ram.survey": {"en": "most common size, Steam survey", "ja": "Steam 調査で最も多い容量"},
    "growth.ram.pc_line": {"en": "typical home PC (interpolated)", "ja": "一般的な家庭用 PC (補間)"},
    "growth.ram.author": {"en": "the article's author's PCs", "ja": "記事の著者の PC"},
    "growth.ram.author_first": {"en": "author's first PC", "ja": "著者の最初の PC"},
    "growth.ram.author_now": {"en": "author's PC today", "ja": "著者の現在の PC"},
    "growth.ram.server": {"en": "large server (data points)", "ja": "大型サーバー (データ点)"},
    "growth.ram.server_line": {"en": "large server (interpolated)", "ja": "大型サーバー (補間)"},
    "growth.ram.beside": {"en": "other servers (not on the line)", "ja": "その他のサーバー (線には含めない)"},
    "growth.ram.server_1998": {"en": "four-processor server", "ja": "4 プロセッサのサーバー"},
    "growth.ram.server_2005": {"en": "four-socket server", "ja": "4 ソケットのサーバー"},
    "growth.ram.server_2010": {"en": "two-socket blade server", "ja": "2 ソケットのブレードサーバー"},
    "growth.ram.server_genoa": {
        "en": "two-socket AMD EPYC Genoa, 3 TB a socket",
        "ja": "2 ソケットの AMD EPYC Genoa (1 ソケット 3 TB)",
    },
    "growth.ram.server_8socket": {"en": "8-socket SAP HANA server", "ja": "8 ソケットの SAP HANA サーバー"},
    "growth.ram.server_article": {"en": "the article: servers take up to 4 TB", "ja": "記事: サーバーは最大 4 TB"},
    "growth.ram.steam": {
        "en": "Steam survey: most common size ({share} of machines)",
        "ja": "Steam 調査で最も多い容量 ({share} の PC)",
    },
    # cores figure
    "growth.cores.title": {
        "en": "Cores, {year}: a home PC about {pc}, a two-socket server about {server}",
        "ja": "{year} 年のコア数: 家庭用 PC は約 {pc}、2 ソケットのサーバーは約 {server}",
    },
    "growth.cores.y": {"en": "CPU cores (log scale)", "ja": "CPU コア数 (対数目盛)"},
    "growth.cores.socket": {"en": "cores in one x86 server socket", "ja": "x86 サーバーの 1 ソケットのコア数"},
    "growth.cores.server": {"en": "two-socket server (interpolated)", "ja": "2 ソケットのサーバー (補間)"},
    "growth.cores.home": {"en": "home PC (interpolated)", "ja": "家庭用 PC (補間)"},
    "growth.cores.home_points": {"en": "home PC (data points)", "ja": "家庭用 PC (データ点)"},
    "growth.cores.single": {"en": "one core per processor", "ja": "1 プロセッサ 1 コア"},
    "growth.cores.dual": {"en": "first dual-core x86", "ja": "最初のデュアルコア x86"},
    "growth.cores.epyc": {"en": "AMD EPYC, most cores per socket", "ja": "AMD EPYC の 1 ソケットあたり最大コア数"},
    "growth.cores.home_1998": {"en": "home PC of 1998", "ja": "1998 年の家庭用 PC"},
    "growth.cores.home_now": {"en": "the article: 16+ cores common now", "ja": "記事: 今は 16 コア以上が普通"},
    # storage figure
    "growth.storage.title": {
        "en": "Storage speed: spinning disks, SATA, NVMe (sequential, log scale)",
        "ja": "ストレージの速度: HDD、SATA、NVMe (シーケンシャル、対数目盛)",
    },
    "growth.storage.y": {"en": "MB/s (log scale)", "ja": "MB/s (対数目盛)"},
    "growth.storage.hdd": {"en": "hard disk, outer tracks", "ja": "HDD (外周)"},
    "growth.storage.sata": {"en": "SATA III ceiling (any SATA drive)", "ja": "SATA III の上限 (SATA の SSD も同じ)"},
    "growth.storage.nvme": {"en": "NVMe SSD on PCIe x4 (by spec year)", "ja": "PCIe x4 の NVMe SSD (規格の年)"},
    "growth.storage.nvme_gen": {"en": "PCIe Gen{gen} x4", "ja": "PCIe Gen{gen} x4"},
    "growth.storage.speed": {"en": "{speed} MB/s", "ja": "{speed} MB/s"},
    # price figure
    "growth.price.title": {
        "en": "DRAM price per GB, nominal USD (point values not re-checked)",
        "ja": "DRAM の GB あたり価格 (名目米ドル、各年の値は未再確認)",
    },
    "growth.price.y": {"en": "USD per GB (log scale)", "ja": "1 GB あたりの米ドル (対数目盛)"},
    "growth.price.points": {"en": "DRAM USD per GB (unverified points)", "ja": "DRAM の GB 単価 (未再確認の値)"},
    "growth.price.trend": {
        "en": "trend (AI Impacts): 10x cheaper every {fast} years; from 2010, every {slow} years",
        "ja": "傾向 (AI Impacts): {fast} 年ごとに 1/10、2010 年以降は {slow} 年ごとに 1/10",
    },
    "growth.price.value": {"en": "${price}", "ja": "{price} ドル"},
    "growth.price.here": {"en": "{year}: about {price}", "ja": "{year} 年: 約 {price}"},
    # the year explorer
    "year.control.year": {"en": "Year", "ja": "年"},
    "year.control.machine": {"en": "Machine", "ja": "マシン"},
    "year.control.platform": {"en": "Platform", "ja": "方式"},
    "year.machine.pc": {"en": "Home PC", "ja": "家庭用 PC"},
    "year.machine.server": {"en": "Large server", "ja": "大型サーバー"},
    "year.machine.pc.name": {"en": "a typical home PC", "ja": "一般的な家庭用 PC"},
    "year.machine.server.name": {"en": "a large server", "ja": "大型サーバー"},
    "year.readout.machine": {
        "en": "<b>{year}</b>: {machine} had about <b>{ram}</b> and <b>{cores}</b> ({how}).",
        "ja": "<b>{year} 年</b>: {machine}はメモリ約 <b>{ram}</b>、<b>{cores}</b> ({how})。",
    },
    "year.how.data": {"en": "a data point for that year", "ja": "その年のデータ点"},
    "year.how.held": {
        "en": "held at the last data point, not extrapolated",
        "ja": "最後のデータ点の値のまま。外挿はしない",
    },
    "year.how.each": {"en": "memory: {ram}; cores: {cores}", "ja": "メモリ: {ram}、コア: {cores}"},
    "year.how.interpolated": {
        "en": "interpolated between data points on a log scale",
        "ja": "データ点の間を対数目盛で補間",
    },
    "year.readout.fit": {
        "en": "Chapter 2's service fits <b>{count}</b> times as {platforms}; {limit} runs out first.",
        "ja": "第2章のサービスは{platforms}として <b>{count}</b> 個入る。先に尽きるのは{limit}。",
    },
    "year.readout.once": {
        "en": "Chapter 2's service fits just <b>once</b> as a {platform}; {limit} runs out first.",
        "ja": "第2章のサービスは{platform}として <b>1</b> 個だけ入る。先に尽きるのは{limit}。",
    },
    "year.readout.none": {
        "en": "Not one copy of chapter 2's service fits as a {platform}; {limit} runs out first.",
        "ja": "第2章のサービスは{platform}として 1 個も入らない。先に尽きるのは{limit}。",
    },
    "year.readout.too_small": {
        "en": "Nothing fits: today's host OS alone needs {reserve}, more than the whole machine.",
        "ja": "何も入らない: 今のホスト OS だけで {reserve} 必要で、マシン全体より大きい。",
    },
    "year.readout.price": {
        "en": "A GB of DRAM cost about {price} (interpolated; unverified point values).",
        "ja": "DRAM 1 GB は約 {price} (補間。各年の値は未再確認)。",
    },
    "year.readout.price_point": {
        "en": "A GB of DRAM cost about {price} (a point value not re-checked).",
        "ja": "DRAM 1 GB は約 {price} (未再確認の値)。",
    },
    "year.readout.no_price": {
        "en": "data/ holds no DRAM price after 2020; prices rose sharply in 2025.",
        "ja": "data/ に 2020 年より後の DRAM 価格はない。2025 年には大きく値上がりした。",
    },
}
