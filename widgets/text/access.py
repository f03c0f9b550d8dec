"""Strings a screen reader announces: figures' names and descriptions, readouts (widgets/explorables/a11y.py)."""

TEXT: dict[str, dict[str, str]] = {
    "a11y.readout": {"en": "Result", "ja": "結果"},
    # each figure: a name (its current title follows it) and one sentence on what it shows
    "a11y.figure.stack": {"en": "Stack diagram", "ja": "積み重ね図"},
    "a11y.figure.stack.description": {
        "en": "Rows from the hardware up to the application; each instance is a column as wide as the memory "
        "it takes, and free memory is the light block on the right.",
        "ja": "ハードウェアからアプリまでの層を行に並べ、各インスタンスは使うメモリの幅の列、右端の薄い部分は空きメモリ。",
    },
    "a11y.figure.density": {"en": "Density chart", "ja": "収容数のグラフ"},
    "a11y.figure.density.description": {
        "en": "How many VMs, microVMs and containers fit as the host's RAM grows, on log scales, with a marker "
        "at the current host.",
        "ja": "ホストのメモリが増えると VM・microVM・コンテナが何個入るかを対数目盛で示し、今のホストに印を付けたグラフ。",
    },
    "a11y.figure.ram": {"en": "Memory over the years", "ja": "メモリの推移"},
    "a11y.figure.ram.description": {
        "en": "The memory of typical PCs, the article author's PCs and a large server by year, on a log scale, "
        "with a line at the chosen year.",
        "ja": "一般的な PC、記事の筆者の PC、大型サーバーのメモリを年ごとに対数目盛で示し、選んだ年に線を引いたグラフ。",
    },
    "a11y.figure.cores": {"en": "Cores over the years", "ja": "コア数の推移"},
    "a11y.figure.cores.description": {
        "en": "The cores of a home PC, one server socket and a two-socket server by year, on a log scale, with "
        "a line at the chosen year.",
        "ja": "家庭用 PC、サーバーの 1 ソケット、2 ソケットのサーバーのコア数を年ごとに対数目盛で示し、選んだ年に線を引いたグラフ。",
    },
    "a11y.figure.storage": {"en": "Storage over the years", "ja": "ストレージの推移"},
    "a11y.figure.storage.description": {
        "en": "The sequential speed of a hard disk, the SATA III ceiling and NVMe by year, on a log scale, with "
        "a line at the chosen year.",
        "ja": "ハードディスク、SATA III の上限、NVMe の連続転送速度を年ごとに対数目盛で示し、選んだ年に線を引いたグラフ。",
    },
    "a11y.figure.price": {"en": "Memory price over the years", "ja": "メモリ価格の推移"},
    "a11y.figure.price.description": {
        "en": "The price of a gigabyte of memory by year, on a log scale, with a line at the chosen year.",
        "ja": "メモリ 1 GB あたりの価格を年ごとに対数目盛で示し、選んだ年に線を引いたグラフ。",
    },
    "a11y.figure.servers": {"en": "Servers needed", "ja": "必要なサーバー数"},
    "a11y.figure.servers.description": {
        "en": "Servers needed against the number of applications: one per application, and consolidated as VMs, "
        "containers, or containers inside VMs.",
        "ja": "アプリの数に対して必要なサーバー数: アプリごとに 1 台の場合と、VM・コンテナ・VM 内のコンテナで集約した場合。",
    },
    "a11y.figure.picture": {"en": "How busy the machines are", "ja": "マシンの稼働率"},
    "a11y.figure.picture.description": {
        "en": "One column per machine filled to its average CPU use: one server per application above, "
        "the consolidated hosts below, with the planned ceiling as a dashed line.",
        "ja": "マシンごとの列を平均 CPU 使用率まで塗った図。上はアプリごとに 1 台、下は集約後のホスト、破線は計画した上限。",
    },
    "a11y.figure.layers": {"en": "Where the illusion is made", "ja": "錯覚が作られる場所"},
    "a11y.figure.layers.description": {
        "en": "The layers from hardware to application, one column per instance where each brings its own, "
        "with a pointer at the layer that makes the illusion; widths are not sizes.",
        "ja": "ハードウェアからアプリまでの層 (各インスタンスが持ち込む層はインスタンスごとの列) と、錯覚を作る層を指す印。幅は大きさではない。",
    },
    "a11y.figure.timeline": {"en": "Start-up times", "ja": "起動時間"},
    "a11y.figure.timeline.description": {
        "en": "How long each platform takes until the application runs, as ranges across named setups, grouped "
        "by the points they are measured between.",
        "ja": "アプリが動くまでの時間を構成ごとの幅で示し、測定の始点と終点が同じものをグループにしたグラフ。",
    },
    "a11y.figure.kernel_timeline": {
        "en": "When Linux gained namespaces and cgroups",
        "ja": "Linux に名前空間と cgroup が加わった時期",
    },
    "a11y.figure.kernel_timeline.description": {
        "en": "A timeline, one row per namespace type, with the Linux release and year that brought it, "
        "and the cgroups milestones below.",
        "ja": "名前空間の種類ごとに 1 行の年表。それをもたらした Linux のリリースと年、下に cgroup の節目。",
    },
    "a11y.figure.evidence": {"en": "Evidence for the table", "ja": "表の根拠"},
    "a11y.figure.evidence.description": {
        "en": "One panel per row of the comparison table; the chosen row's panel is solid, the others faded.",
        "ja": "比較表の行ごとのパネル。選んだ行のパネルは濃く、ほかは薄く表示。",
    },
}
