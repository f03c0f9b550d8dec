"""Strings of the start-up chapter: the start-up ranges chart, its controls, the live timing."""

TEXT: dict[str, dict[str, str]] = {
    # rows of the chart, grouped by the points they run between
    "startup.group.command": {"en": "<b>Requested → a command has run</b>", "ja": "<b>要求 → コマンドが動いた</b>"},
    "startup.group.first_process": {
        "en": "<b>Ready → first process in the sandbox</b>",
        "ja": "<b>準備済み → 隔離環境の最初のプロセス</b>",
    },
    "startup.row.vm": {"en": "VM, stock cloud image", "ja": "VM (標準のクラウドイメージ)"},
    "startup.row.tuned_vm": {"en": "Tuned VMs (published)", "ja": "チューニングした VM (公表値)"},
    "startup.row.docker": {"en": "Container, docker run", "ja": "コンテナ (docker run)"},
    "startup.row.kata": {"en": "Container in its own VM (Kata)", "ja": "専用 VM 内のコンテナ (Kata)"},
    "startup.row.microvm": {"en": "microVM (Firecracker)", "ja": "microVM (Firecracker)"},
    "startup.row.runtime": {"en": "Container, OCI runtime alone", "ja": "コンテナ (OCI ランタイムのみ)"},
    "startup.row.process": {"en": "A process (fork/exec)", "ja": "プロセス (fork/exec)"},
    "startup.row.here": {"en": "This machine: a new process", "ja": "このマシン: 新しいプロセス"},
    # the named setups behind each range
    "startup.setup.depot_stock": {
        "en": "stock Ubuntu cloud image + cloud-init, Cloud Hypervisor, 8 vCPU / 16 GB; until a command runs (depot.dev, 2026)",
        "ja": "標準の Ubuntu クラウドイメージ + cloud-init、Cloud Hypervisor、8 vCPU / 16 GB; コマンドが動くまで (depot.dev、2026)",
    },
    "startup.setup.docker_azure": {
        "en": "docker run --rm alpine echo hello, image cached; Azure 2 vCPU / 8 GB VM, Premium SSD to Standard HDD (Khan, arXiv 2026)",
        "ja": "docker run --rm alpine echo hello (イメージ取得済み); Azure 2 vCPU / 8 GB の VM、Premium SSD から Standard HDD (Khan、arXiv 2026)",
    },
    "startup.setup.firecracker_spec": {
        "en": "Firecracker's specified ceiling: start call to the guest's /sbin/init; 1 vCPU, 128 MiB, tuned kernel",
        "ja": "Firecracker の仕様上の上限: 開始 API からゲストの /sbin/init まで; 1 vCPU、128 MiB、調整済みカーネル",
    },
    "startup.setup.crun_runc": {
        "en": "crun to runc, one of 100 sequential containers running /bin/true (crun's README)",
        "ja": "crun から runc、/bin/true を実行するコンテナを 100 個順に起動した 1 個あたり (crun の README)",
    },
    "startup.setup.fork_exec": {
        "en": "fork/exec on Linux (LightVM paper, 2017)",
        "ja": "Linux の fork/exec (LightVM 論文、2017)",
    },
    # bars and labels
    "startup.bar.platform": {"en": "Platform, fastest setup", "ja": "基盤 (最速の構成)"},
    "startup.bar.spread": {"en": "Platform, up to the slowest setup", "ja": "基盤 (最遅の構成まで)"},
    "startup.bar.app": {"en": "The application's own start", "ja": "アプリ自身の起動"},
    "startup.range": {"en": "{low} – {high}", "ja": "{low} – {high}"},
    "startup.at_most": {"en": "≤ {high}", "ja": "{high} 以下"},
    "startup.hover.span": {
        "en": "{row}: {range}<br>platform {platform}, application +{app}<br>{setup}<br>grades {grades}",
        "ja": "{row}: {range}<br>基盤 {platform}、アプリ +{app}<br>{setup}<br>確度 {grades}",
    },
    "startup.hover.at_most": {
        "en": "a specified ceiling, not a measurement: nothing is known below it",
        "ja": "仕様上の上限で、測定値ではない: それより下は分からない",
    },
    "startup.refs": {"en": "Published measurements (other end points)", "ja": "公表された測定値 (終点が異なる)"},
    "startup.measured": {"en": "Measured here", "ja": "ここで測定"},
    # reference points
    "startup.ref.lightvm": {"en": "LightVM {time}", "ja": "LightVM {time}"},
    "startup.ref.qboot": {"en": "qboot {time}", "ja": "qboot {time}"},
    "startup.ref.clear_containers": {"en": "Clear Containers {time}", "ja": "Clear Containers {time}"},
    "startup.ref.depot_tuned_p50": {"en": "Depot, tuned {time}", "ja": "Depot (調整後) {time}"},
    "startup.ref.kata2_ctr_run": {"en": "Kata 2.0 {time}", "ja": "Kata 2.0 {time}"},
    "startup.ref.kata_qemu_docker_run": {"en": "Kata + QEMU {time}", "ja": "Kata + QEMU {time}"},
    "startup.hover.ref": {
        "en": "{label} (grade {grade})<br>{note}<br>{source}",
        "ja": "{label} (確度 {grade})<br>{note}<br>{source}",
    },
    "startup.note.lightvm": {
        "en": "a Xen VM with a tiny guest, created by its toolstack: not to an init",
        "ja": "小さなゲストを載せた Xen の VM (ツールスタックによる作成、init までではない)",
    },
    "startup.note.qboot": {
        "en": "minimal firmware with a slimmed-down QEMU, 2015",
        "ja": "最小限のファームウェアと軽量化した QEMU (2015)",
    },
    "startup.note.clear_containers": {
        "en": "Intel's experimental VM for containers (kvmtool), 2015",
        "ja": "Intel の実験的なコンテナ用 VM (kvmtool、2015)",
    },
    "startup.note.depot_tuned_p50": {
        "en": "the same stock-image VM after tuning; median, reported secondhand",
        "ja": "上の標準イメージ VM をチューニングした後の中央値 (二次資料)",
    },
    "startup.note.kata2_ctr_run": {
        "en": "ctr run, Kata 2.0 with QEMU 5 and virtio-fs; one run",
        "ja": "ctr run、Kata 2.0 + QEMU 5 + virtio-fs (1 回)",
    },
    "startup.note.kata_qemu_docker_run": {
        "en": "docker run -d with the Kata runtime and QEMU: to started, not to a command",
        "ja": "Kata ランタイムと QEMU での docker run -d (起動まで、コマンド実行までではない)",
    },
    "startup.here": {"en": "{time} (median of {n})", "ja": "{time} ({n} 回の中央値)"},
    "startup.here.none": {"en": "not measured yet: press the button above", "ja": "未測定: 上のボタンを押してください"},
    "startup.hover.here": {
        "en": "{command}<br>median {median}, fastest {low}, slowest {high} ({n} runs)",
        "ja": "{command}<br>中央値 {median}、最速 {low}、最遅 {high} ({n} 回)",
    },
    # titles and axes
    "startup.title.log": {
        "en": "How long until the application runs: ranges across named setups (log time axis)",
        "ja": "アプリが動くまでの時間: 構成ごとの幅 (時間は対数目盛)",
    },
    "startup.title.linear": {
        "en": "How long until the application runs: ranges across named setups (linear time axis)",
        "ja": "アプリが動くまでの時間: 構成ごとの幅 (時間は線形目盛)",
    },
    "startup.axis.log": {
        "en": "Time to the end point, plus the application's own start (log scale)",
        "ja": "終点までの時間 + アプリ自身の起動 (対数目盛)",
    },
    "startup.axis.linear": {
        "en": "Time to the end point, plus the application's own start",
        "ja": "終点までの時間 + アプリ自身の起動",
    },
    "startup.footer": {
        "en": "Rows are compared only within a group: same start and end points. Hover for each setup and its grade.",
        "ja": "比較は同じグループ (同じ始点と終点) の中だけ。構成と確度はマウスを重ねると表示。",
    },
    # controls and messages
    "startup.control.scale": {"en": "Time axis", "ja": "時間軸"},
    "startup.scale.log": {"en": "Log", "ja": "対数"},
    "startup.scale.linear": {"en": "Linear", "ja": "線形"},
    "startup.control.refs": {"en": "Show published measurements", "ja": "公表された測定値を表示"},
    "startup.control.app": {"en": "App's own start", "ja": "アプリ自身の起動"},
    "startup.control.command": {"en": "Process", "ja": "プロセス"},
    "startup.command.true": {"en": "/bin/true", "ja": "/bin/true"},
    "startup.command.python": {"en": "bare Python", "ja": "素の Python"},
    "startup.command.unshare": {
        "en": "/bin/true in new namespaces (unshare)",
        "ja": "新しい名前空間での /bin/true (unshare)",
    },
    "startup.unshare.missing": {
        "en": "unshare (from util-linux) is not installed here, so namespaces without an engine cannot be timed on "
        "this machine. Choose /bin/true to time a plain process.",
        "ja": "ここには unshare (util-linux) がないため、エンジンなしの名前空間は計測できません。"
        "/bin/true を選ぶと普通のプロセスを計測できます。",
    },
    # inside a browser (the lite edition, Pyodide): no process starts, so the button cannot time one
    "startup.sandbox": {
        "en": "This copy of the essay runs its Python inside your browser (Pyodide), and a browser's sandbox starts no processes, so there is nothing here to time. The chart keeps the published measurements.",
        "ja": "この版のエッセイは Python をブラウザの中 (Pyodide) で動かしています。ブラウザのサンドボックスはプロセスを起動しないため、ここでは測るものがありません。グラフには公表された測定値が残ります。",
    },
    "startup.unshare.blocked": {
        "en": "This machine refused to create new user namespaces (often the case inside a container, or where "
        "an administrator has turned them off), so unshare could not run. That is a setting of this "
        "machine: it says nothing about how long creating namespaces takes where they are allowed.",
        "ja": "このマシンは新しいユーザー名前空間の作成を拒否したため、unshare を実行できませんでした (コンテナの中や、"
        "管理者が無効にしている場合によくあります)。これはこのマシンの設定で、"
        "許可されている環境で名前空間の作成にかかる時間については何も示しません。",
    },
    "startup.control.repeats": {"en": "Runs", "ja": "回数"},
    "startup.button": {"en": "Time it on my machine", "ja": "このマシンで計測"},
    "startup.measuring": {"en": "Starting the process {n} times…", "ja": "プロセスを {n} 回起動しています…"},
    "startup.readout": {
        "en": "Starting {command} took {median} (median of {n} runs; fastest {low}, slowest {high}).",
        "ja": "{command} の起動: 中央値 {median} ({n} 回; 最速 {low}、最遅 {high})。",
    },
    "startup.readout.none": {
        "en": "Press the button to time a new process on the machine running this notebook.",
        "ja": "ボタンを押すと、このノートブックを動かしているマシンで新しいプロセスの起動時間を測ります。",
    },
    "startup.failed": {
        "en": "Could not start the process here: {error}",
        "ja": "ここではプロセスを起動できませんでした: {error}",
    },
    "startup.ratio": {
        "en": "With an application that takes {app} to start, a container reaches a command between "
        "{low} and {high} times sooner than a stock VM.",
        "ja": "起動に {app} かかるアプリなら、コンテナはコマンド実行まで素の VM より {low}〜{high} 倍速い。",
    },
    # the comparison figure's start-up panel (chapter 4)
    "startup.compare.row.vm": {"en": "VM, to a command", "ja": "VM (コマンドまで)"},
    "startup.compare.row.container": {"en": "Container, to a command", "ja": "コンテナ (コマンドまで)"},
    "startup.compare.row.microvm": {"en": "microVM, to /sbin/init (ceiling)", "ja": "microVM (/sbin/init まで、上限)"},
    "startup.compare.hover": {
        "en": "{platform}: {range}<br>{setup}<br>{grades}",
        "ja": "{platform}: {range}<br>{setup}<br>{grades}",
    },
}
